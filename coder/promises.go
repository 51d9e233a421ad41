package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Promises of material help. Test sentences in round6_test.go.

// promiseAfterAnd reports whether the promise at toks[i] (an intention,
// 03x, one way) is coordinated by "and" with the event coded before it and
// names no party of its own ("praising Santiago's handling of the fires
// and offering to send firefighting aircraft"): it then has that event's
// target. Parties of the promiser's own country (own, its sources) after
// it are what is offered, not the party it is offered to ("and offered the
// Andean country the help of Portuguese rescue teams").
func promiseAfterAnd(toks []dyad.Token, args []arg, m match, i int, own []arg) bool {
	if !m.p.Intent || m.p.Recip || m.p.Noun || rootOf(m.p.Code) != "03" || m.targets != nil || i < 2 {
		return false
	}
	k := i - 1
	if toks[k].Tag == "RB" {
		k--
	}
	// "and offered", "and offering", or a participle after a comma
	// (", offering to send aircraft")
	if k < 1 || toks[k].Lemma != "and" && !(toks[k].Text == "," && toks[i].Tag == "VBG") {
		return false
	}
	return noPartyAfter(toks, args, m.last) || onlyOwnPartiesAfter(toks, args, m.first, own)
}

// onlyOwnPartiesAfter reports whether every party named from toks[from] to
// the next comma or semicolon is of the country of one of own, and one is.
func onlyOwnPartiesAfter(toks []dyad.Token, args []arg, from int, own []arg) bool {
	countries := map[string]bool{}
	for _, a := range own {
		if c := dyad.ActorCountry(a.code); c != "" {
			countries[c] = true
		}
	}
	if len(countries) == 0 {
		return false
	}
	end := from
	for end < len(toks) && toks[end].Text != "," && toks[end].Text != ";" {
		end++
	}
	found := false
	for _, a := range args {
		if a.first < from || a.first >= end {
			continue
		}
		if !countries[dyad.ActorCountry(a.code)] {
			return false
		}
		found = true
	}
	return found
}

// infinitiveCode returns the code of the pattern the infinitive verb
// toks[i] starts, or "".
func (c *Coder) infinitiveCode(toks []dyad.Token, i int, args []arg) string {
	if i >= len(toks) || !strings.HasPrefix(toks[i].Tag, "VB") {
		return ""
	}
	inArg := make([]bool, len(toks))
	for _, a := range args {
		for k := max(a.first, 0); k < a.last && k < len(toks); k++ {
			inArg[k] = true
		}
	}
	if m, ok := c.matchAt(toks, i, inArg, nil); ok {
		return m.p.Code
	}
	return ""
}

// ownGovernment are the nouns a possessive pronoun makes the speaker's
// own side ("and said his government would ...").
var ownGovernment = map[string]bool{
	"government": true, "country": true, "administration": true, "nation": true,
	"ministry": true, "cabinet": true, "office": true, "party": true,
}

// saidOwnIntention reports whether the verb toks[i] is an act the speaker
// of an earlier event announces for its own side in a second clause: "...
// and said his government was ready to send divers", "..., and said it
// would seek a longer agreement with Havana". The subject must be a
// pronoun or a pronoun's government, the act announced (will/would/shall,
// or ready/willing/prepared to), and the clause start with "and
// said/added/announced (that)".
func saidOwnIntention(toks []dyad.Token, i int) bool {
	k := i - 1
	skipRB := func() {
		for k >= 0 && toks[k].Tag == "RB" {
			k--
		}
	}
	skipRB()
	if k < 0 {
		return false
	}
	switch {
	case toks[k].Lemma == "to":
		k--
		skipRB()
		if k < 1 {
			return false
		}
		switch toks[k].Lemma {
		case "ready", "willing", "prepared":
		default:
			return false
		}
		k--
		skipRB()
		if k < 0 || toks[k].Lemma != "be" {
			return false
		}
		k--
	case toks[k].Tag == "MD":
		switch toks[k].Lemma {
		case "will", "would", "shall", "'ll":
		default:
			return false
		}
		k--
	default:
		return false
	}
	if k < 2 {
		return false
	}
	switch {
	case toks[k].Tag == "PRP":
		switch toks[k].Lemma {
		case "he", "she", "it", "they", "we":
		default:
			return false
		}
		k--
	case ownGovernment[toks[k].Lemma] && toks[k-1].Tag == "PRP$":
		k -= 2
	default:
		return false
	}
	if k >= 0 && toks[k].Lemma == "that" {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].Lemma {
	case "say", "add", "announce", "state", "indicate":
	default:
		return false
	}
	if !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	k--
	skipRB()
	return k >= 1 && toks[k].Lemma == "and"
}

// inception are the verbs that start an act ("would begin sharing", "will
// start to patrol"): under will/would they make the act an intention.
var inception = map[string]bool{"begin": true, "start": true, "commence": true}

// reliefHelpers are the people and goods whose help offered is
// humanitarian aid: "offered Nepal the help of its mountain rescue teams".
var reliefHelpers = map[string]bool{
	"rescue": true, "rescuer": true, "relief": true, "humanitarian": true, "medical": true,
	"doctor": true, "nurse": true, "medic": true, "firefighter": true, "diver": true,
}

// offerSubcode rewrites an offer of help in general (033) whose object,
// up to the clause's end, names relief helpers or goods ("offered the
// Himalayan country the help of Slovenian mountain rescue teams") as the
// intention to give humanitarian aid (0333).
func (c *Coder) offerSubcode(toks []dyad.Token, m match, evs []dyad.Event) {
	if m.p.Noun || len(evs) == 0 {
		return
	}
	end := clauseEnd(toks, m.last)
	for k := m.first + 1; k < end && k < len(toks); k++ {
		if l := toks[k].Lemma; reliefHelpers[l] || reliefGoods[l] {
			c.recode(evs, "033", "0333", "humanitarian help offered")
			return
		}
	}
}
