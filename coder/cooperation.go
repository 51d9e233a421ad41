package coder

import (
	"strings"

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
	group, role := sameSpanGroup(toks, before)
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
	sources, ok := twoCountries(group, role)
	if !ok {
		return match{}, false
	}
	p := &codebook.Pattern{Code: cooperationCode(role), Words: []string{t.Lemma}, Recip: true, NoObject: true, Origin: "coder: A and B working together"}
	return match{p: p, first: i, last: last, sources: sources}, true
}

// partnerNouns name working with a partner: "in cooperation/coordination/
// collaboration with X".
var partnerNouns = map[string]bool{"cooperation": true, "coordination": true, "collaboration": true, "conjunction": true, "partnership": true}

// partnerAt returns the index of "with" when toks[i] is the noun of "in
// (close) cooperation/coordination/collaboration with", else -1.
func partnerAt(toks []dyad.Token, i int) int {
	if !partnerNouns[toks[i].Lemma] || !strings.HasPrefix(toks[i].Tag, "NN") || i+1 >= len(toks) || toks[i+1].Lemma != "with" {
		return -1
	}
	k := i - 1
	if k >= 0 && toks[k].Tag == "JJ" {
		k--
	}
	if k < 0 || toks[k].Lemma != "in" {
		return -1
	}
	return i + 1
}

// cooperationWithAt matches "in (close) cooperation/coordination/
// collaboration with Y" beside the clause's subject X ("Spanish police,
// in cooperation with Moroccan authorities, dismantled a network",
// "Italian police arrested 12 suspects in coordination with Albanian
// prosecutors"): cooperation of X and Y, both ways (063 when either is police or
// courts, 062 armed forces, 064 intelligence, else 060). X is
// the mention right before the phrase's comma, else the actors before the
// clause's first finite verb; Y must be of another country.
func (c *Coder) cooperationWithAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	w := partnerAt(toks, i)
	if w < 0 {
		return match{}, false
	}
	partner := firstGroup(toks, args, w+1, clauseEnd(toks, w+1))
	if len(partner) == 0 || partner[0].first > w+2 {
		return match{}, false
	}
	in := i - 1
	if toks[in].Tag == "JJ" {
		in--
	}
	var subj []arg
	if in > 0 && toks[in-1].Text == "," {
		// "Spanish police, in cooperation with ..."
		for _, a := range args {
			if a.last == in-1 && !a.possessor {
				subj = nearestGroup(toks, argsBefore(args, a.last))
			}
		}
	} else {
		start := clauseStart(toks, in)
		f := -1
		for k := start; k < in; k++ {
			if finite(toks[k]) && !covers(args, k) {
				f = k
				break
			}
		}
		if f >= 0 {
			var before []arg
			for _, a := range args {
				if a.first >= start && a.last <= f && !a.possessor {
					before = append(before, a)
				}
			}
			if len(before) > 0 {
				subj = nearestGroup(toks, before)
			}
		}
	}
	if len(subj) == 0 || sameCode(subj, partner[0]) || dyad.ActorCountry(subj[0].code) == dyad.ActorCountry(partner[0].code) {
		return match{}, false
	}
	role := ""
	for _, a := range append(append([]arg(nil), subj...), partner...) {
		switch r := dyad.ActorRole(a.code); r {
		case "COP", "JUD", "MIL", "SPY":
			if role == "" {
				role = r
			}
		}
	}
	p := &codebook.Pattern{Code: cooperationCode(role), Words: []string{toks[i].Lemma, "with"}, Recip: true, Origin: "coder: in cooperation with Y"}
	return match{p: p, first: i, last: w + 1, sources: subj, targets: partner}, true
}

// notPartners drops from targets the partner of an "in cooperation with"
// phrase ("arrested 12 suspects in coordination with Albanian
// prosecutors"): a party one works with is no target of the act.
func notPartners(toks []dyad.Token, targets []arg) []arg {
	var kept []arg
	for _, t := range targets {
		k := t.first - 1
		if k > 0 && toks[k].Tag == "DT" {
			k--
		}
		if k > 0 && toks[k].Lemma == "with" && partnerAt(toks, k-1) == k {
			continue
		}
		kept = append(kept, t)
	}
	return kept
}

// jointOperationAt matches "A and B VERB ... in a joint operation/raid/
// investigation" ("Spanish and Moroccan police broke up a ring in a joint
// operation"): the coordinated subject cooperates, both ways, in the
// sector its role names, as "A and B jointly VERB" does; after a
// participle (", arresting nine suspects in a joint operation") the
// subject is the main clause's. The trigger is
// the word "joint"; one party alone codes nothing.
func (c *Coder) jointOperationAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	if toks[i].Lemma != "joint" || i+1 >= len(toks) || i < 2 {
		return match{}, false
	}
	switch toks[i+1].Lemma {
	case "operation", "raid", "investigation", "crackdown", "sweep", "probe", "mission":
	default:
		return match{}, false
	}
	k := i - 1
	if toks[k].Tag == "DT" {
		k--
	}
	if k < 1 || (toks[k].Lemma != "in" && toks[k].Lemma != "during" && toks[k].Lemma != "through") {
		return match{}, false
	}
	start, origin := clauseStart(toks, i), "coder: A and B VERB in a joint operation"
	for j := k - 1; j > start && j > 1; j-- {
		if toks[j].Tag == "VBG" && toks[j-1].Text == "," {
			// "A and B police have broken up a gang that ...,
			// arresting nine suspects in a joint operation": the
			// participle's subject is the sentence's first clause's
			// (a mention may begin with the dateline's dash)
			start = max(afterDateline(toks, 0, j)-1, 0)
			origin = jointParticipleOrigin
			break
		}
	}
	v := -1
	for j := start; j < k; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") && !covers(args, j) {
			v = j
			break
		}
	}
	if v < 0 {
		return match{}, false
	}
	var before []arg
	for _, a := range args {
		if a.first >= start && a.last <= v && !a.possessor {
			before = append(before, a)
		}
	}
	if len(before) == 0 {
		return match{}, false
	}
	group, role := sameSpanGroup(toks, before)
	if r := roleBeforeList(toks, before, group); r != "" {
		// "Police in Andorra and Spain arrested nine people in a joint
		// operation": the role before the countries is each one's
		role = r
	}
	sources, ok := twoCountries(group, role)
	if !ok {
		return match{}, false
	}
	code := cooperationCode(role)
	p := &codebook.Pattern{Code: code, Words: []string{"joint", toks[i+1].Lemma}, Recip: true, NoObject: true, Origin: origin}
	return match{p: p, first: i, last: i + 2, sources: sources}, true
}

// jointParticipleOrigin names the joint operation of a participle after
// the main clause (", arresting nine suspects in a joint operation"): its
// parties are the main clause's subject, so a relative clause between
// them makes it no content of another event.
const jointParticipleOrigin = "coder: A and B VERB ..., VERBing ... in a joint operation"

// craftNouns are the forces and craft a country sends, named before "from"
// or "of" its name ("patrol boats from Ghana and Togo", "the navies of
// Ghana and Togo").
var craftNouns = map[string]bool{
	"boat": true, "ship": true, "vessel": true, "warship": true, "frigate": true, "navy": true,
	"troop": true, "soldier": true, "force": true, "unit": true, "aircraft": true, "jet": true,
	"submarine": true, "destroyer": true, "corvette": true, "cutter": true, "marine": true,
}

// civilCraft are modifiers of craft no armed force sails.
var civilCraft = map[string]bool{"fishing": true, "cargo": true, "merchant": true, "passenger": true, "civilian": true, "commercial": true}

// forcesFrom returns the countries of the forces or craft that head the
// subject in toks[start:verb], named in a "from"/"of" phrase after them
// ("Patrol boats from Sao Tome and Nigeria began joint patrols"), as their
// armed forces (MIL); nil when the subject is no such noun or names no
// country.
func forcesFrom(toks []dyad.Token, args []arg, start, verb int) []arg {
	for k := start; k+2 < verb; k++ {
		l := toks[k].Lemma
		if !craftNouns[l] && !craftNouns[strings.TrimSuffix(l, "s")] || !strings.HasPrefix(toks[k].Tag, "NN") {
			// (a capitalised plural may keep its "s": "Frigates of")
			continue
		}
		if l := toks[k+1].Lemma; l != "from" && l != "of" {
			continue // "Navy ships from": the head is the last noun
		}
		if k > 0 && civilCraft[toks[k-1].Lemma] {
			return nil // "fishing boats from Ghana": no armed forces
		}
		var out []arg
		for _, a := range firstGroup(toks, args, k+2, verb) {
			if !isCountry(a.code) {
				return nil
			}
			a.code += "MIL"
			out = append(out, a)
		}
		return out
	}
	return nil
}

// sameSpanGroup returns the group of parties nearest the end of before (see
// nearestGroup) with the mentions that share the span of its last one
// ("Slovenian and Croatian police", read as two entities, are one
// coordinated group), and the first role any of them has.
func sameSpanGroup(toks []dyad.Token, before []arg) ([]arg, string) {
	group := nearestGroup(toks, before)
	last := group[len(group)-1]
	for _, a := range before {
		if a.first == last.first && a.last == last.last && a.code != last.code {
			group = append(group, a)
		}
	}
	role := ""
	for _, a := range group {
		if r := dyad.ActorRole(a.code); r != "" && role == "" {
			role = r
		}
	}
	return group, role
}

// twoCountries returns the joint parties of group in role (see
// jointParties) and whether they are two or more, of two or more
// countries: cooperation across a border.
func twoCountries(group []arg, role string) ([]arg, bool) {
	sources := jointParties(group, role)
	countries := map[string]bool{}
	for _, s := range sources {
		countries[dyad.ActorCountry(s.code)] = true
	}
	return sources, len(sources) >= 2 && len(countries) >= 2
}

// roleBeforeList returns the role of the party named right before a list
// of two or more bare countries and an in/of/from ("police in Spain and
// Morocco", "prosecutors of Italy and Albania"), or "".
func roleBeforeList(toks []dyad.Token, before, group []arg) string {
	if len(group) < 2 || group[0].first < 1 {
		return ""
	}
	for _, g := range group {
		if len(g.code) != 3 {
			return ""
		}
	}
	k := group[0].first - 1
	if l := toks[k].Lemma; l != "in" && l != "of" && l != "from" {
		return ""
	}
	for _, a := range before {
		if a.last == k {
			if r := dyad.ActorRole(a.code); r != "" {
				return r
			}
		}
	}
	return ""
}
