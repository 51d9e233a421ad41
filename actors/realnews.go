package actors

// Rules of the real-news round 8 (README, "Real news, round 8"): short
// forms of bodies named before, "they" and "them" for things and for the
// sentence's plural subject, state media of the subject's state, bases in
// a place, forces led by a people of no state, and "<owner>'s <post>,
// <Name>,". The dateline's country for an unknown official is
// officialCountry in resolve.go.

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// shortForms gives a name the KB lacks that is the end of the name of an
// international body or organisation named before in the article to that
// body: "General Assembly" or "the Assembly" after "the U.N. General
// Assembly", "Security Council" after "the UN Security Council", "the
// Commission" after "the European Commission". Any of the body's names
// counts ("International Monetary Fund" for "IMF"), and the short form must
// be shorter than it. A short form before any such name stays unknown, and
// so does one owned or qualified by another name ("Russia's Security
// Council", "the Russian Security Council").
func (r *Resolver) shortForms(d *dyad.Doc, hits [][]hit) {
	var seen []*Entry
	for si := range hits {
		for k := range hits[si] {
			h := &hits[si][k]
			if h.entry != nil {
				if h.entry.Kind == KindIGO || h.entry.Kind == KindOrg {
					seen = append(seen, h.entry)
				}
				continue
			}
			if h.unknown != dyad.Org && (h.unknown != "" || h.last-h.first != 1) {
				continue
			}
			if h.first > 0 && h.first <= len(d.Sentences[si].Tokens) && d.Sentences[si].Tokens[h.first-1].Tag == "POS" || qualified(hits[si], h.first) {
				continue
			}
			if e := bodyEndingWith(seen, strings.Fields(strings.ToLower(h.text))); e != nil {
				h.entry, h.form, h.unknown = e, FormName, ""
			}
		}
	}
}

// wordSurnames resolves a surname the KB leaves out because it is an
// ordinary word (a month: "May") when it stands first in a sentence right
// before a finite verb of an agent ("May said", "May told reporters"; not
// "May is") and a person named in
// full earlier in the article has it as the last word of a name: "Prime
// Minister Theresa May ... May said".
func wordSurnames(d *dyad.Doc, hits [][]hit, labels [][]label) {
	var named []*Entry
	for si := range hits {
		toks := d.Sentences[si].Tokens
		if i := 0; len(named) > 0 && len(toks) > 1 && capitalised(toks[i].Text) && surnameVerb(toks[i+1]) {
			if e := personEndingWith(named, toks[i].Text); labels[si][i].hit == 0 && e != nil {
				hits[si] = append(hits[si], hit{first: i, last: i + 1, entry: e, form: FormSurname, text: toks[i].Text})
				labels[si][i].hit = len(hits[si])
			}
		}
		for _, h := range hits[si] {
			if h.entry != nil && h.entry.Kind == KindPerson && h.form == FormName && !slices.Contains(named, h.entry) {
				named = append(named, h.entry)
			}
		}
	}
}

// surnameVerb reports whether t is a finite verb a person as subject does
// ("said", "told", "met"): not a form of "be" or "have" ("May is a busy
// month") nor a base form after a modal ("May be").
func surnameVerb(t dyad.Token) bool {
	if t.Lemma == "say" || t.Lemma == "tell" {
		return true
	}
	return (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") && t.Lemma != "be" && t.Lemma != "have"
}

// personEndingWith returns the most recently named of people one of whose
// names of two words or more ends with word w (case-sensitive: a proper
// noun), nil if none or if two people fit.
func personEndingWith(people []*Entry, w string) *Entry {
	var found *Entry
	for _, e := range people {
		for _, n := range e.Names {
			f := strings.Fields(n)
			if len(f) >= 2 && f[len(f)-1] == w {
				if found != nil && found != e {
					return nil
				}
				found = e
				break
			}
		}
	}
	return found
}

// qualified reports whether a name of hs ends right before token i.
func qualified(hs []hit, i int) bool {
	for _, h := range hs {
		if h.last == i {
			return true
		}
	}
	return false
}

// bodyEndingWith returns the most recent of the bodies one of whose names
// ends with the words w and has more words than w, nil if none.
func bodyEndingWith(bodies []*Entry, w []string) *Entry {
	if len(w) == 0 {
		return nil
	}
	for i := len(bodies) - 1; i >= 0; i-- {
		for _, n := range bodies[i].Names {
			f := strings.Fields(strings.ToLower(n))
			if len(f) > len(w) && slices.Equal(f[len(f)-len(w):], w) {
				return bodies[i]
			}
		}
	}
	return nil
}

// bodyNoun returns the actor of "the assembly", "the council", "the
// 193-member assembly": a phrase of "the", modifiers that are no names, and
// a common noun that ends the name of a body named before in the article
// (the most recent one). ok is false when no such body was named.
func (st *docState) bodyNoun(toks []dyad.Token, first, last int) (actorRef, bool) {
	h := toks[last-1]
	if h.Tag != "NN" && h.Tag != "NNP" || last-first < 2 {
		return actorRef{}, false
	}
	e := bodyEndingWith(st.bodies, []string{h.Lemma})
	if e == nil {
		return actorRef{}, false
	}
	a := actorRef{key: e.ID, etype: dyad.Org, text: e.Name, kb: e.ID, kind: "nominal"}
	a.code, a.role = e.CodeAt(st.date)
	return a, true
}

// thingsBefore reports whether "they" at nps[k] refers to things, not
// actors: the nearest plural subject before it in its sentence (a plural
// noun phrase a verb follows) names no actor ("Qatar said the measures
// were unjustified and based on false claims, and that they would not
// affect ..."), and no phrase before it names actors in the plural (a
// plural role or people, "officials", "the Houthis", or names joined by
// "and": "Iran and Iraq said the talks went well and that they would
// meet again").
func thingsBefore(toks []dyad.Token, labels []label, nps []np, k int) bool {
	nearest := -1
	for q := k - 1; q >= 0; q-- {
		p := nps[q]
		actor := namesActor(toks, labels, p)
		if actor && (plural(toks, p) || p.coord || q+1 < k && nps[q+1].coord) {
			return false
		}
		if p.last-p.first == 1 && toks[p.first].Tag == "PRP" {
			continue
		}
		if nearest < 0 && plural(toks, p) && p.last < len(toks) && (strings.HasPrefix(toks[p.last].Tag, "VB") || toks[p.last].Tag == "MD") {
			nearest = q
			if actor {
				return false
			}
		}
	}
	return nearest >= 0
}

// namesActor reports whether phrase p may name an actor: a name or a role
// in it, or a plural group word ("the two countries", "both sides", "the
// two regional rivals").
func namesActor(toks []dyad.Token, labels []label, p np) bool {
	for i := p.first; i < p.last; i++ {
		if labels[i].hit != 0 || labels[i].role != nil {
			return true
		}
	}
	return plural(toks, p) && (groupNouns[strings.TrimSuffix(headLemma(toks, p.first, p.last), "+")] || counted2(toks, p))
}

// thingsNear reports whether "them" at nps[k] refers to things: the
// nearest plural noun phrase before it in its sentence, in any position,
// names no actor ("welcomed the expulsions, calling them ...", "toward
// their homes, many of them destroyed"). An object pronoun refers back to
// an object as often as to a subject.
func thingsNear(toks []dyad.Token, labels []label, nps []np, k int) bool {
	for q := k - 1; q >= 0; q-- {
		p := nps[q]
		if p.last-p.first == 1 && toks[p.first].Tag == "PRP" {
			continue
		}
		if plural(toks, p) {
			return !namesActor(toks, labels, p)
		}
	}
	return false
}

// counted2 reports whether phrase p starts with "the two", "the three" or
// "both": a group of actors named before.
func counted2(toks []dyad.Token, p np) bool {
	if p.last-p.first < 2 {
		return false
	}
	switch toks[p.first].Lemma {
	case "both":
		return true
	case "the":
		l := toks[p.first+1].Lemma
		return l == "two" || l == "three"
	}
	return false
}

// groupNouns are plural heads that name actors without a role or a name.
var groupNouns = map[string]bool{"country": true, "nation": true, "state": true, "side": true,
	"government": true, "party": true, "member": true, "neighbour": true, "neighbor": true,
	"ally": true, "power": true, "capital": true}

// plural reports whether the head of noun phrase p is a plural noun.
func plural(toks []dyad.Token, p np) bool {
	last := p.last - 1
	if last > p.first && toks[last].Tag == "POS" {
		last--
	}
	// a plural the lemmatiser reduced: not "afterwards" read as a noun
	return last >= p.first && (toks[last].Tag == "NNS" || toks[last].Tag == "NNPS") && toks[last].Lemma != strings.ToLower(toks[last].Text)
}

// stateWords mark media of a state ("state media", "the official news
// agency", "government-run television").
var stateWords = map[string]bool{"state": true, "state-run": true, "state-owned": true, "state-controlled": true,
	"official": true, "government": true, "government-run": true, "government-controlled": true, "government-owned": true}

// stateMedia reports whether the phrase toks[first:last] has a word of
// stateWords.
func stateMedia(toks []dyad.Token, first, last int) bool {
	for i := first; i < last; i++ {
		if stateWords[toks[i].Lemma] || stateWords[strings.ToLower(toks[i].Text)] {
			return true
		}
	}
	return false
}

// subjectCountry is the country of the subject of the sentence whose
// noun phrases are nps, leaving out nps[skip]: the first phrase before the
// sentence's first verb whose actor has a country, else the first such
// phrase a verb follows ("state media said North Korea launched"); ""
// when there is none. Bodies of no country (IGO, "---") do not count.
func subjectCountry(toks []dyad.Token, nps []np, skip int) string {
	v := len(toks)
	for i, t := range toks {
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			v = i
			break
		}
	}
	country := func(p np) string {
		for _, a := range p.actors {
			if c := dyad.ActorCountry(a.code); c != "" && c != "IGO" && c != "---" {
				return c
			}
		}
		return ""
	}
	for q, p := range nps {
		if q == skip || p.last > v {
			break
		}
		if c := country(p); c != "" {
			return c
		}
	}
	for q, p := range nps {
		if q == skip || p.last >= len(toks) {
			continue
		}
		if n := toks[p.last]; strings.HasPrefix(n.Tag, "VB") || n.Tag == "MD" {
			if c := country(p); c != "" {
				return c
			}
		}
	}
	return ""
}

// compassWords qualify a place after "in" ("in western Iraq").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true}

// placeIn returns the country of the place after "in" at toks[i] ("in
// western Iraq", "in the north of Syria", "near Erbil in Iraq"): placeTail,
// else a country named right after "in", a determiner and compass words;
// "" when none.
func (st *docState) placeIn(si int, toks []dyad.Token, i int) string {
	if c := st.placeTail(si, toks, i); c != "" {
		return c
	}
	j := i + 1
	for j < len(toks) && (toks[j].Tag == "DT" || compassWords[toks[j].Lemma]) {
		j++
	}
	for _, h := range st.hits {
		if h.first == j && h.entry != nil && h.entry.Kind == KindCountry && h.form == FormName {
			return h.entry.Country
		}
	}
	for _, pm := range st.d.Places {
		if pm.Sentence == si && j < len(toks) && pm.Start == toks[j].Start && !pm.Dateline && pm.Country != "" {
			return pm.Country
		}
	}
	return ""
}

// ethnicLed returns the index of a compound "<People>-led" right before or
// inside the phrase toks[first:last] ("Kurdish-led forces", "the
// Tuareg-led rebels") whose first part the KB does not know (no country,
// body or person: "Saudi-led" and "U.S.-led" are countries' adjectives,
// found by the scan) and is no region's ("Arab-led", "Western-led"); -1
// when there is none.
func ethnicLed(kb *KB, toks []dyad.Token, first, last int) int {
	for i := max(first-1, 0); i < last-1; i++ {
		pre, ok := strings.CutSuffix(toks[i].Text, "-led")
		if !ok || !capitalised(pre) || strings.Contains(pre, "-") {
			continue
		}
		if len(kb.Lookup(pre)) > 0 || regionCores[strings.ToLower(pre)] || regionWords[strings.ToLower(pre)] {
			continue
		}
		return i
	}
	return -1
}

// possessedAppositive gives an unknown person named right after "<owner>'s
// <post>," the owner's code when the post is no role of the table ("the
// Taliban's political chief, Mullah Abdul Ghani Baradar,"): an
// organisation's own code, or a country with the person's sector. nps[k]
// must be the comma-ended post right after the possessor nps[k-1], and
// nps[k+1] the name right after the comma. It reports whether it did so.
func (st *docState) possessedAppositive(toks []dyad.Token, nps []np, k int) bool {
	if k < 1 || k+1 >= len(nps) {
		return false
	}
	o, post, name := nps[k-1], nps[k], &nps[k+1]
	if !o.possessor || len(o.actors) != 1 || len(post.actors) != 0 || post.first != o.last && (post.first != o.last+1 || toks[o.last].Tag != "POS") || post.last >= len(toks) || toks[post.last].Text != "," || name.first != post.last+1 {
		return false
	}
	if len(name.actors) != 1 || name.actors[0].etype != dyad.Person || name.actors[0].kind != "name" || name.actors[0].kb != "" {
		return false
	}
	if !strings.HasPrefix(toks[post.last-1].Tag, "NN") {
		return false
	}
	own, pa := o.actors[0], &name.actors[0]
	switch {
	case own.etype == dyad.Org && dyad.ActorRole(own.code) != "" && dyad.ActorCountry(own.code) != "":
		pa.code = own.code
	case own.etype == dyad.GPE && dyad.ActorRole(own.code) == "" && dyad.ActorCountry(own.code) != "":
		sec := dyad.ActorRole(pa.code)
		if sec == "" {
			return false
		}
		pa.code = dyad.JoinActor(dyad.ActorCountry(own.code), sec)
	default:
		return false
	}
	pa.role = "appositive: " + joinTokens(toks[o.first:post.last])
	return true
}

// pluralRoleSubject returns the index of the nearest plural subject
// before "they" at nps[k] in its sentence (a plural noun phrase a verb
// follows) when it is a role phrase, with no name in it but a modifier of
// the KB before the role, or a people ("the Palestinians"), and not one of
// phrases joined by "and" ("Several European governments said they would",
// "the leaders criticised what they called"); -1 otherwise.
func pluralRoleSubject(toks []dyad.Token, hits []hit, labels []label, nps []np, k int) int {
	for q := k - 1; q >= 0; q-- {
		p := nps[q]
		if p.last-p.first == 1 && toks[p.first].Tag == "PRP" {
			continue
		}
		if !plural(toks, p) || p.last >= len(toks) || !strings.HasPrefix(toks[p.last].Tag, "VB") && toks[p.last].Tag != "MD" {
			continue
		}
		if p.coord || q+1 < len(nps) && nps[q+1].coord {
			return -1
		}
		role := false
		for i := p.first; i < p.last; i++ {
			if h := labels[i].hit; h != 0 {
				e := hits[h-1]
				if e.entry != nil && e.entry.Kind == KindCountry && e.form == FormPeople {
					role = true // "the Palestinians said they"
					continue
				}
				if e.entry == nil || e.last >= p.last {
					// a name other than a modifier before the role
					// ("Kenyan officials", "EU diplomats" are roles)
					return -1
				}
			}
			if labels[i].role != nil {
				role = true
			}
		}
		if role {
			return q
		}
		return -1
	}
	return -1
}

// subjectGroupBefore returns the members of the coordinated group nearest
// before nps[k] (coordinatedBefore) when a verb follows the group: the
// subject of a clause ("Bolivia and Ecuador said they"); nil otherwise.
func subjectGroupBefore(toks []dyad.Token, nps []np, k int) []actorRef {
	g := coordinatedBefore(nps, k)
	if len(g) < 2 {
		return nil
	}
	q := k - 1
	for q >= 0 && len(nps[q].actors) == 0 {
		q--
	}
	if q < 0 || nps[q].last >= len(toks) {
		return nil
	}
	if n := toks[nps[q].last]; !strings.HasPrefix(n.Tag, "VB") && n.Tag != "MD" {
		return nil
	}
	return g
}
