package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Releases and hand-overs in the passive. Test sentences in
// releases_test.go.

// releaseVerbs are the verbs of a passive release or hand-over ("were
// released", "were freed", "handed over to").
var releaseVerbs = map[string]bool{"release": true, "free": true, "hand": true, "repatriate": true}

// passiveReleaser returns the party that releases or hands over the people
// of a passive with no agent ("Nine Indonesian fishermen ... were released
// on Tuesday and handed over to Indonesian consular officials, Prime
// Minister James Marape's office said"): the state speaker of the
// sentence's report, when it is of another country than the people
// released. It returns nil for an active verb, a by-phrase, a speaker of no
// state (a rights group, the Red Cross) or of the released people's own
// country.
func passiveReleaser(d *dyad.Doc, si int, args []arg, m match) []arg {
	toks := d.Sentences[si].Tokens
	i := m.first
	if m.p.Noun || m.sources != nil || m.p.Code != "0841" || toks[i].Tag != "VBN" || !releaseVerbs[toks[i].Lemma] {
		return nil
	}
	if !beforeBe(toks, i) && !coordinatedPassive(toks, i) {
		return nil
	}
	end := clauseEnd(toks, m.last)
	for k := m.last; k < end && k < len(toks); k++ {
		if toks[k].Lemma == "by" {
			return nil
		}
	}
	q := quoteAt(d, toks[i].Start)
	if q == nil || q.SpeakerActor == "" || q.Kind != dyad.Indirect {
		return nil
	}
	sp := q.SpeakerActor
	c := dyad.ActorCountry(sp)
	if !isCountry(c) {
		return nil
	}
	switch dyad.ActorRole(sp) {
	case "", "GOV", "MIL", "COP", "JUD", "SPY":
	default:
		return nil
	}
	// the people released: the subject before the verb
	start := clauseStart(toks, i)
	released := firstGroup(toks, args, start, i)
	if len(released) == 0 {
		return nil
	}
	for _, a := range released {
		if dyad.ActorCountry(a.code) == c {
			return nil
		}
	}
	return []arg{{first: -1, last: -1, code: sp, entity: "implied:" + strings.ToLower(sp), kind: "implied"}}
}

// timeWord are the words that open a time phrase after a verb ("detained
// last month", "arrested this week").
var timeWord = map[string]bool{"last": true, "this": true, "earlier": true, "next": true}

// passiveAfter reports whether a finite "be" with a past participle
// ("were released", "have been freed") follows toks[from] in its clause
// before any comma: the clause's own verb, after a reduced relative.
func passiveAfter(toks []dyad.Token, from int) bool {
	for k := from; k+1 < len(toks) && !boundary(toks, k) && toks[k].Text != ","; k++ {
		if toks[k].Lemma == "be" && finite(toks[k]) {
			j := k + 1
			for j < len(toks) && toks[j].Tag == "RB" {
				j++
			}
			return j < len(toks) && toks[j].Tag == "VBN"
		}
	}
	return false
}

// coordinatedPassive reports whether the participle toks[i] follows "and"
// after a passive participle of its clause ("were released on Tuesday and
// handed over to ..."): a passive too, whose subject is no agent.
func coordinatedPassive(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i].Tag != "VBN" || toks[i-1].Lemma != "and" {
		return false
	}
	for k := i - 2; k >= 0 && !boundary(toks, k) && toks[k].Text != ","; k-- {
		if toks[k].Tag == "VBN" {
			return beforeBe(toks, k)
		}
	}
	return false
}

// placePhraseAfter reports whether a place phrase ("in the northern
// departments of Concepcion", "across Sindh") follows the trigger ending at
// token from, within six words and before end: in/across/throughout with a
// proper name within its next five words.
func placePhraseAfter(toks []dyad.Token, from, end int) bool {
	for k := from; k < end && k < from+6 && k < len(toks); k++ {
		switch toks[k].Lemma {
		case "in", "across", "throughout":
		default:
			continue
		}
		if toks[k].Tag != "IN" {
			continue
		}
		for j := k + 1; j < end && j <= k+5 && j < len(toks); j++ {
			if toks[j].Tag == "NNP" || toks[j].Tag == "NNPS" {
				return true
			}
			if toks[j].Text == "," || strings.HasPrefix(toks[j].Tag, "VB") {
				break
			}
		}
		return false
	}
	return false
}
