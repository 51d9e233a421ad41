package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Seventh round: constructions from the misses of the sixth held-out set.
// Each has its own test sentences in round7_test.go.

// visitingGuestAt matches the attributive participle "visiting" before an
// actor ("the king told visiting Iraqi Prime Minister X", "Ruto met the
// visiting Somali president"): the actor after it is the visitor, and the
// visit (042) is to the subject of the clause, never the other way.
func visitingGuestAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	if i < 1 || toks[i].Lemma != "visit" || toks[i].Tag != "VBG" && toks[i].Tag != "JJ" && toks[i].Tag != "NN" {
		return match{}, false
	}
	prev := toks[i-1]
	if !(strings.HasPrefix(prev.Tag, "VB") && prev.Lemma != "be" || prev.Tag == "DT") {
		return match{}, false
	}
	guests := firstGroup(toks, args, i+1, clauseEnd(toks, i+1))
	if len(guests) == 0 || guests[0].first != i+1 {
		return match{}, false
	}
	hosts := clauseSubject(toks, args, i)
	if len(hosts) == 0 || sameCode(hosts, guests[0]) {
		return match{}, false
	}
	p := &codebook.Pattern{Code: "042", Words: []string{"visit"}, Origin: "coder: the visiting guest of the clause's subject"}
	return match{p: p, first: i, last: i + 1, sources: guests, targets: hosts}, true
}

// hostedBetween rewrites the events of a host's pattern with talks
// ("X hosted talks between A and B", "hosted negotiations between"): the
// parties named after "between" negotiate with each other (046, both
// ways) and the host mediates (045 to each). It returns evs unchanged for
// any other pattern, without "between", or with fewer than two parties.
func (c *Coder) hostedBetween(toks []dyad.Token, m match, evs []dyad.Event) []dyad.Event {
	if m.p.Noun || m.p.Code != "043" || toks[m.first].Lemma != "host" || len(evs) < 2 {
		return evs
	}
	talks := false
	for _, w := range m.p.Words[1:] {
		switch w {
		case "talk", "talks", "negotiation", "negotiations", "meeting", "dialogue":
			talks = true
		}
	}
	if !talks {
		return evs
	}
	end := clauseEnd(toks, m.last)
	if !slices.ContainsFunc(toks[m.last:end], func(t dyad.Token) bool { return t.Lemma == "between" }) {
		return evs
	}
	type party struct{ code, entity string }
	var parties []party
	for _, ev := range evs {
		if ev.Target == "" || ev.Negated || slices.Contains(parties, party{ev.Target, ev.TargetEntity}) {
			continue
		}
		parties = append(parties, party{ev.Target, ev.TargetEntity})
	}
	if len(parties) < 2 {
		return evs
	}
	out := make([]dyad.Event, 0, len(evs)+len(parties)*(len(parties)-1))
	for _, ev := range evs {
		ev.CAMEO = "045"
		ev.Pattern += " (the host mediates between the parties)"
		c.fill(&ev)
		out = append(out, ev)
	}
	base := evs[0]
	for _, a := range parties {
		for _, b := range parties {
			if a.code == b.code {
				continue
			}
			out = append(out, c.derived(base, a.code, a.entity, b.code, b.entity, "046", "the parties' talks"))
		}
	}
	return out
}

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
	case "them", "him", "her":
		return true
	}
	return false
}

// repelledAttack returns, for the events of a defence against a named
// attacker ("troops fought off an attack by Boko Haram fighters",
// "repelled an assault by the militia"), the attack itself: the
// attacker's (the attack noun's code, else 190) on each defender. The
// defence stays coded as it was. It returns nil for any other match.
func (c *Coder) repelledAttack(toks []dyad.Token, args []arg, m match, evs []dyad.Event) []dyad.Event {
	if m.p.Noun || rootOf(m.p.Code) != "19" || len(evs) == 0 {
		return nil
	}
	k := m.last
	switch toks[m.first].Lemma {
	case "fight", "beat", "hold":
		if k >= len(toks) || toks[k].Lemma != "off" && toks[k].Lemma != "back" {
			return nil
		}
		k++
	case "repel", "repulse":
	default:
		return nil
	}
	end := clauseEnd(toks, k)
	noun := -1
	for j := k; j < end && j <= k+3; j++ {
		if attackNouns[toks[j].Lemma] && strings.HasPrefix(toks[j].Tag, "NN") {
			noun = j
			break
		}
	}
	if noun < 0 || noun+1 >= end || toks[noun+1].Lemma != "by" {
		return nil
	}
	attackers := firstGroup(toks, args, noun+2, end)
	if len(attackers) == 0 || attackers[0].first != noun+2 && !(attackers[0].first == noun+3 && toks[noun+2].Tag == "DT") {
		return nil
	}
	code := c.nounCode(toks, noun)
	if code == "" {
		code = "190"
	}
	var out []dyad.Event
	for _, ev := range evs {
		if ev.Negated || ev.Source == "" {
			continue
		}
		for _, a := range attackers {
			if a.code == ev.Source {
				continue
			}
			out = append(out, c.derived(ev, a.code, a.entity, ev.Source, ev.SourceEntity, code, "the attack repelled"))
		}
	}
	return out
}

// victimNouns name non-combatants.
var victimNouns = map[string]bool{
	"civilian": true, "villager": true, "people": true, "resident": true, "worshipper": true,
	"student": true, "child": true, "farmer": true, "refugee": true, "woman": true,
	"civilians": true, "villagers": true, "residents": true, "worshippers": true, "students": true,
	"children": true, "farmers": true, "refugees": true, "women": true,
}

// massKillingAt matches the content of an accusation that is a mass
// killing of civilians ("accused the militia of killing at least 40
// civilians in a raid on a village"): CAMEO 202 (mass killings) by the
// accused on the victims, when at least ten victims (or "dozens",
// "hundreds") are counted. The match runs on over an "in a ... raid/
// attack" phrase after the victims (and an aside between commas), which
// is the same act and no event of its own. accused is the target of the
// accusation just coded; without it nothing matches.
func massKillingAt(toks []dyad.Token, i int, args []arg, accused []arg) (match, bool) {
	if len(accused) == 0 || toks[i].Tag != "VBG" || toks[i].Lemma != "kill" && toks[i].Lemma != "massacre" {
		return match{}, false
	}
	victims, ok := manyVictims(toks, args, i+1, true, 10)
	if !ok {
		return match{}, false
	}
	v := victims[len(victims)-1]
	last := v.last
	// ", among them women and children, in a night-time raid on ..."
	k := last
	if k < len(toks) && toks[k].Text == "," {
		for k++; k < len(toks) && k < last+10 && toks[k].Text != ","; k++ {
		}
		k++
	}
	if k < len(toks) && toks[k].Lemma == "in" {
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if attackNouns[toks[j].Lemma] || attackNouns[strings.ToLower(toks[j].Text)] {
				last = j + 1
				break
			}
		}
	}
	p := &codebook.Pattern{Code: "202", Words: []string{toks[i].Lemma}, Origin: "coder: a mass killing of civilians in an accusation"}
	return match{p: p, first: i, last: last, sources: accused, targets: victims}, true
}

// demonymObject returns the country named by a demonym in an "of/from"
// phrase of the act a warning threatens ("would suspend imports of
// Brazilian chicken if exporters ..."), in toks[from:to], when the
// condition's parties (cond) are only common nouns ("exporters") and the
// demonym's country is not that of the warner (the last mention before
// toks[warn]): the threat is then against that country.
func demonymObject(toks []dyad.Token, args []arg, from, to, warn int, cond []arg) (arg, bool) {
	for _, t := range cond {
		if t.kind != "nominal" {
			return arg{}, false
		}
	}
	own := ""
	if before := argsBefore(args, warn); len(before) > 0 {
		own = dyad.ActorCountry(before[len(before)-1].code)
	}
	for _, a := range args {
		if a.first < from || a.last > to || a.kind != "modifier" || a.first < 1 {
			continue
		}
		if l := toks[a.first-1].Lemma; l != "of" && l != "from" {
			continue
		}
		if c := dyad.ActorCountry(a.code); c == "" || c == own {
			continue
		}
		return a, true
	}
	return arg{}, false
}

// addedThat reports whether toks[i] stands in a that-clause of ", adding
// that" or ", and added that": a further statement of the speaker, not the
// content of the event coded before it ("Gunmen abducted a consul, the
// ministry said, adding that it had asked Mexican authorities to ...").
func addedThat(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 1; k-- {
		if boundary(toks, k) {
			v := k - 1
			return toks[k].Lemma == "that" && toks[v].Lemma == "add" && v >= 1 && (toks[v-1].Text == "," || toks[v-1].Lemma == "and")
		}
	}
	return false
}

// addedSpeaker returns the speaker of ", adding that it/he/she had ..."
// when toks[i] is the verb of that clause and its subject is such a
// pronoun: the mention just before "said" ahead of "adding" ("the foreign
// ministry said, adding that it had asked ..."), or nil.
func addedSpeaker(toks []dyad.Token, args []arg, i int) []arg {
	that := -1
	for k := i - 1; k >= 1; k-- {
		if boundary(toks, k) {
			that = k
			break
		}
	}
	if that < 3 || !addedThat(toks, i) || that+1 >= i {
		return nil
	}
	switch strings.ToLower(toks[that+1].Text) {
	case "it", "he", "she", "they":
	default:
		return nil
	}
	v := that - 1 // "adding"
	c := v - 1    // "," or "and"
	if c < 2 || toks[c-1].Lemma != "say" {
		return nil
	}
	before := argsBefore(args, c-1)
	if len(before) == 0 || before[len(before)-1].last != c-1 {
		return nil
	}
	return nearestGroup(toks, before)
}

// foreignGunmen recodes the unidentified attackers (…UAF) of an attack
// or abduction (18x-20x) that the actor stage gave the victim's country,
// or no country ("---UAF"), when the act took place in another country,
// named in the clause after the trigger by a place, a country's name
// after "in" or a demonym ("Gunmen abducted a Guatemalan official in the
// southern Mexican state of Chiapas", "in southern Madagascar"): the
// attackers are that country's unidentified forces.
func foreignGunmen(d *dyad.Doc, si int, args []arg, m match, evs []dyad.Event) {
	r := rootOf(m.p.Code)
	if r != "18" && r != "19" && r != "20" {
		return
	}
	toks := d.Sentences[si].Tokens
	end := clauseEnd(toks, m.last)
	for n := range evs {
		ev := &evs[n]
		if !strings.HasSuffix(ev.Source, "UAF") || ev.Target == "" {
			continue
		}
		own := dyad.ActorCountry(ev.Source)
		if own == "" || own != dyad.ActorCountry(ev.Target) && isCountry(own) {
			continue
		}
		where := ""
		for _, a := range args {
			if a.first < m.last || a.last > end {
				continue
			}
			// "in the southern Mexican state of", "in northern Mozambique"
			if a.kind == "modifier" && placeNounAfter(toks, a.last) || a.kind == "name" && len(a.code) == 3 && locative(toks, a.first) {
				if c := dyad.ActorCountry(a.code); c != "" && c != own && isCountry(c) {
					where = c
					break
				}
			}
		}
		if where == "" {
			if p := placeAfter(d, si, m.last, end); p != nil && p.Country != own && isCountry(p.Country) {
				where = p.Country
			}
		}
		if where == "" {
			continue
		}
		ev.Source, ev.SourceEntity = where+"UAF", ""
	}
}

// placeNouns name a part of a country ("the Mexican state of Chiapas").
var placeNouns = map[string]bool{
	"state": true, "town": true, "city": true, "province": true, "region": true, "village": true,
	"district": true, "capital": true, "territory": true, "department": true, "county": true,
}

// placeNounAfter reports whether a place noun stands at toks[k] or
// toks[k+1] (after one modifier: "Mexican border town").
func placeNounAfter(toks []dyad.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		if placeNouns[toks[j].Lemma] && strings.HasPrefix(toks[j].Tag, "NN") {
			return true
		}
	}
	return false
}

// proposalNouns name what a party may reject: an act of another.
var proposalNouns = map[string]bool{
	"resolution": true, "proposal": true, "plan": true, "demand": true, "offer": true,
	"ultimatum": true, "deal": true, "initiative": true, "decision": true,
}

// rejectedOrigin names the rule of rejectedProposalAt in explanations.
const rejectedOrigin = "coder: a proposal X would not accept"

// rejectedProposalAt matches a rejection in a relative clause of a
// proposal noun after the event just coded ("called on X to free the
// prisoners, in a resolution that X's envoy said his government would not
// accept", "a plan Y rejected"): the relative clause's subject rejects
// (120) the source of that event (prev).
func rejectedProposalAt(toks []dyad.Token, i int, args []arg, prev []arg) (match, bool) {
	if len(prev) == 0 || !strings.HasPrefix(toks[i].Tag, "VB") {
		return match{}, false
	}
	switch toks[i].Lemma {
	case "reject":
	case "accept":
		if !negatedAt(toks, i) {
			return match{}, false
		}
	default:
		return match{}, false
	}
	that := -1
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
		if toks[k].Lemma == "that" || toks[k].Lemma == "which" {
			that = k
			break
		}
	}
	if that < 1 || !proposalNouns[toks[that-1].Lemma] || !strings.HasPrefix(toks[that-1].Tag, "NN") {
		return match{}, false
	}
	subj := firstGroup(toks, args, that+1, i)
	if len(subj) == 0 || subj[0].first > that+4 || sameCode(subj, prev[0]) {
		return match{}, false
	}
	p := &codebook.Pattern{Code: "120", NegCode: "120", Words: []string{toks[i].Lemma}, Origin: rejectedOrigin}
	return match{p: p, first: i, last: i + 1, sources: subj, targets: prev}, true
}

// ownTroopsDeployed recodes a show of force (15x) whose target is the
// source's own armed forces, named as the object ("Niger has deployed
// 2,000 more soldiers to its western regions"): the troops are what is
// deployed, so the event is theirs with no target (CAMEO 15 needs none).
func ownTroopsDeployed(evs []dyad.Event) {
	for n := range evs {
		ev := &evs[n]
		if ev.Root != "15" || ev.Target == "" || ev.Source == ev.Target {
			continue
		}
		if r := dyad.ActorRole(ev.Target); r != "MIL" && r != "COP" {
			continue
		}
		if c := dyad.ActorCountry(ev.Source); c == "" || c != dyad.ActorCountry(ev.Target) {
			continue
		}
		ev.Source, ev.SourceEntity = ev.Target, ev.TargetEntity
		ev.Target, ev.TargetEntity = "", ""
	}
}

// derived returns a copy of ev between other parties and with another
// code, found by a construction around it: the pattern names why, the
// evidence sentences are ev's (copied), and the code's facts are filled in.
func (c *Coder) derived(ev dyad.Event, source, sourceEntity, target, targetEntity, code, why string) dyad.Event {
	r := ev
	r.Source, r.SourceEntity = source, sourceEntity
	r.Target, r.TargetEntity = target, targetEntity
	r.CAMEO = code
	r.Pattern = ev.Pattern + " (" + why + ")"
	r.Sentences = append([]int(nil), ev.Sentences...)
	c.fill(&r)
	return r
}
