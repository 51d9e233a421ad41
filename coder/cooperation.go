package coder

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Cooperation named by a participle after its parties. Test sentences in
// cooperation_test.go.

// togetherVerbs are the participles of joint work: "working together",
// "acting jointly", "cooperating".
var togetherVerbs = map[string]bool{
	"work": true, "act": true, "operate": true, "cooperate": true, "collaborate": true,
}

// togetherAt matches a participle of joint work right after a coordinated
// group of parties of two or more countries, as subject or as agent of a
// passive ("Spanish and Moroccan police working together have broken up
// a ring", "a network dismantled by Slovenian and Croatian police acting
// jointly"): cooperation among them, both ways, in the sector their role
// names (063 police and courts, 062 armed forces, 064 intelligence, else
// 060), as "A and B jointly VERB" is. "working" and "acting" need
// "together", "jointly" or "in tandem" after them; "cooperating" and
// "collaborating" stand alone; a comma may come between ("Kenyan and
// Ugandan troops, acting jointly, ..."). One country alone codes nothing.
func (c *Coder) togetherAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	t := toks[i]
	if t.Tag != "VBG" || !togetherVerbs[t.Lemma] || i < 1 || covers(args, i) {
		return match{}, false
	}
	last := i + 1
	switch {
	case i+1 < len(toks) && (toks[i+1].Lemma == "together" || toks[i+1].Lemma == "jointly"):
		last = i + 2
	case i+2 < len(toks) && toks[i+1].Lemma == "in" && toks[i+2].Lemma == "tandem":
		last = i + 3
	case t.Lemma == "cooperate" || t.Lemma == "collaborate":
	default:
		return match{}, false
	}
	at := i // where the group ends: right before, or before a comma
	if toks[i-1].Text == "," {
		at = i - 1
	}
	var before []arg
	for _, a := range args {
		if a.last <= at && a.first >= clauseStart(toks, at) && !a.possessor {
			before = append(before, a)
		}
	}
	if len(before) == 0 || before[len(before)-1].last != at {
		return match{}, false
	}
	group := nearestGroup(toks, before)
	// mentions with the same span ("Slovenian and Croatian police" read
	// as two entities) are one coordinated group
	end := group[len(group)-1]
	for _, a := range before {
		if a.first == end.first && a.last == end.last && a.code != end.code {
			group = append(group, a)
		}
	}
	role := ""
	for _, a := range group {
		if r := dyad.ActorRole(a.code); r != "" && role == "" {
			role = r
		}
	}
	if role == "" && len(group) >= 2 && group[0].first > 0 {
		// "police in Chile and Argentina": the role before the countries
		if k := group[0].first - 1; toks[k].Lemma == "in" || toks[k].Lemma == "of" || toks[k].Lemma == "from" {
			for _, a := range before {
				if a.last == k && dyad.ActorRole(a.code) != "" {
					role = dyad.ActorRole(a.code)
				}
			}
		}
	}
	sources := jointParties(group, role)
	countries := map[string]bool{}
	for _, s := range sources {
		countries[dyad.ActorCountry(s.code)] = true
	}
	if len(sources) < 2 || len(countries) < 2 {
		return match{}, false
	}
	p := &codebook.Pattern{Code: cooperationCode(role), Words: []string{t.Lemma}, Recip: true, NoObject: true, Origin: "coder: A and B working together"}
	return match{p: p, first: i, last: last, sources: sources}, true
}
