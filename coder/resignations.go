package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Demands that an official resign. Test sentences in resignations_test.go.

// officeNouns head the noun phrase of an official named by office alone
// ("the national security minister"), which the actor stage may leave
// without an actor.
var officeNouns = map[string]bool{"minister": true, "president": true, "premier": true, "governor": true,
	"mayor": true, "chief": true, "head": true, "commissioner": true, "speaker": true, "chancellor": true,
	"secretary": true, "director": true, "chairman": true, "chairwoman": true, "prosecutor": true}

// resignationDemanded reports whether the clause after a demand's trigger
// (from toks[from]) is "(that) the <office> (should/must) resign/quit/step
// down": an official named by office alone, before any comma, who is asked
// to go. Up to four modifiers may stand between "the" and the office, a
// time expression or "on Wednesday" before "that".
// The role returned is the official's: COP for a police chief, MIL for an
// army chief, else GOV; "" when the clause is no such demand.
func resignationDemanded(toks []dyad.Token, from int) string {
	k := from
	for k < len(toks) && k < from+5 && toks[k].Lemma != "that" && toks[k].Lemma != "the" && toks[k].Text != "," {
		k++ // "demanded on Wednesday that"
	}
	if k < len(toks) && toks[k].Lemma == "that" {
		k++
	}
	if k >= len(toks) || toks[k].Tag != "DT" && toks[k].Tag != "PRP$" {
		return ""
	}
	office, role := -1, "GOV"
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch toks[j].Lemma {
		case "police":
			role = "COP"
		case "army", "military":
			role = "MIL"
		}
		if officeNouns[toks[j].Lemma] {
			office = j
			continue
		}
		if office >= 0 || !skippable(toks[j]) {
			break
		}
	}
	if office < 0 {
		return ""
	}
	v := office + 1
	if v < len(toks) && toks[v].Tag == "MD" {
		v++
	}
	if v >= len(toks) {
		return ""
	}
	switch toks[v].Lemma {
	case "resign", "quit":
		return role
	case "step":
		if v+1 < len(toks) && (toks[v+1].Lemma == "down" || toks[v+1].Lemma == "aside") {
			return role
		}
	}
	return ""
}

// governmentOf returns the implied party of the given role (GOV, COP, MIL)
// of the country of sources[0] ("the opposition party demanded that the
// minister resign": of its own country), or nil when it has none.
func governmentOf(sources []arg, role string) []arg {
	if len(sources) == 0 {
		return nil
	}
	c := dyad.ActorCountry(sources[0].code)
	if !isCountry(c) {
		return nil
	}
	return []arg{{first: -1, last: -1, code: c + role, entity: "implied:" + c, kind: "implied"}}
}

// refusalOrigin marks the matches of refusedResignationAt.
const refusalOrigin = "coder: a refusal to remove an official after a demand"

// removalVerbs ask for or carry out an official's removal.
var removalVerbs = map[string]bool{"ask": true, "sack": true, "fire": true, "dismiss": true, "remove": true,
	"force": true, "tell": true, "accept": true}

// refusedResignationAt matches, after a demand (lastRoot 10) and "but", a
// refusal to remove an official: "but the prime minister said he would not
// ask the minister to step down", "but the president refused to sack
// her", "but the minister said he would not resign". The trigger toks[i] is
// "refuse", "reject" or "decline", or a removal verb or resign/quit under
// "not"/"never"; a resign, step down, quit or removal verb must follow
// within eight tokens (or be the trigger). It is 1231 (refuse a change of
// leadership) toward the demanders, passed as demanders.
func refusedResignationAt(toks []dyad.Token, i int, args []arg, lastRoot string, lastEnd int, demanders []arg) (match, bool) {
	if lastRoot != "10" || len(demanders) == 0 || lastEnd < 0 || lastEnd >= i || !strings.HasPrefix(toks[i].Tag, "VB") {
		return match{}, false
	}
	but := false
	for k := lastEnd; k < i; k++ {
		if toks[k].Lemma == "but" || toks[k].Lemma == "however" {
			but = true
		}
	}
	if !but {
		return match{}, false
	}
	l := toks[i].Lemma
	refuse := l == "refuse" || l == "reject" || l == "decline"
	negated := i > 0 && (toks[i-1].Lemma == "not" || toks[i-1].Lemma == "never" || toks[i-1].Text == "n't")
	resign := l == "resign" || l == "quit" || l == "step" && i+1 < len(toks) && toks[i+1].Lemma == "down"
	switch {
	case refuse, negated && removalVerbs[l]:
		for k := i + 1; k < len(toks) && k <= i+8; k++ {
			t := toks[k]
			if t.Text == "," || t.Text == ";" || t.Lemma == "and" {
				break
			}
			if t.Lemma == "resign" || t.Lemma == "quit" || t.Lemma == "step" && k+1 < len(toks) && toks[k+1].Lemma == "down" ||
				refuse && removalVerbs[t.Lemma] && t.Lemma != "ask" && t.Lemma != "tell" {
				p := &codebook.Pattern{Code: "1231", NegCode: "1231", Words: []string{l}, Origin: refusalOrigin}
				return match{p: p, first: i, last: i + 1, targets: demanders}, true
			}
		}
	case negated && resign:
		p := &codebook.Pattern{Code: "1231", NegCode: "1231", Words: []string{l}, Origin: refusalOrigin}
		return match{p: p, first: i, last: i + 1, targets: demanders}, true
	}
	return match{}, false
}
