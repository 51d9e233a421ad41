package coder

import "github.com/dyadproject/dyad"

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
