package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// Expulsions of diplomats. Test sentences in round7_test.go.

// expelledFrom returns the target of an expulsion of diplomats "from"
// another country or its embassy ("expelled two diplomats from Mali's
// embassy in Dakar"): that country's government, whether the actor stage
// read the phrase into the diplomats' mention or gave it as a possessor.
// It returns nil for any other match.
func expelledFrom(toks []dyad.Token, args []arg, m match) []arg {
	if m.p.Noun || rootOf(m.p.Code) != "16" || toks[m.first].Lemma != "expel" || m.targets != nil {
		return nil
	}
	end := clauseEnd(toks, m.last)
	for _, a := range args {
		if a.last <= m.last || a.first >= end {
			continue
		}
		from := slices.IndexFunc(toks[max(a.first, m.first):a.last], func(t dyad.Token) bool { return t.Lemma == "from" }) >= 0
		if a.first < m.last && !from {
			// a mention that straddles the trigger names its own
			// country only through "from"
			continue
		}
		if a.first >= m.last && !(m.last < len(toks) && toks[m.last].Lemma == "from" && a.first <= m.last+2) {
			return nil
		}
		if len(a.code) == 3 {
			a.code += "GOV" // the diplomats are their government's
		}
		return []arg{a}
	}
	return nil
}

// accusedPronoun reports whether the accusation (11x) at toks[i] is a
// participle after a comma whose object is a personal pronoun (",
// accusing them of meddling"): the pronoun is the target of the event
// coded before it.
func accusedPronoun(toks []dyad.Token, m match, i int) bool {
	if m.p.Noun || rootOf(m.p.Code) != "11" || m.targets != nil || toks[i].Tag != "VBG" || i < 1 || toks[i-1].Text != "," {
		return false
	}
	if m.last >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[m.last].Text) {
	case "them", "him", "her", "it":
		return true
	case "the":
		// "revoked the licence of a channel ..., accusing the station
		// of ...": a definite noun the actor stage left without an
		// actor, right before "of", names the party just targeted
		k := m.last + 1
		for k < len(toks) && k <= m.last+2 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ") {
			k++
		}
		return k > m.last+1 && k < len(toks) && toks[k].Lemma == "of" && strings.HasPrefix(toks[k-1].Tag, "NN")
	}
	return false
}
