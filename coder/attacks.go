package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Attacks: the defence against a named attacker and the unidentified
// attackers of a place. Test sentences in round7_test.go and
// kidnappings_test.go.

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

// foreignGunmen recodes the unidentified attackers (…UAF) of an attack
// or abduction (18x-20x) that the actor stage gave the victim's country,
// or no country ("---UAF"), when the act took place in another country,
// named in the clause after the trigger by a place, a country's name
// after "in", a region read as a party ("in Jonglei state") or a demonym ("Gunmen abducted a Guatemalan official in the
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
			// "in Jonglei state", "in Kunar province": a region the
			// actor stage read as a party of its country
			region := a.kind == "nominal" && a.last > a.first && placeNouns[toks[a.last-1].Lemma] && locative(toks, a.first)
			if region || a.kind == "modifier" && placeNounAfter(toks, a.last) || a.kind == "name" && len(a.code) == 3 && locative(toks, a.first) {
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

// aircraftNouns head a subject that attacks from the air.
var aircraftNouns = map[string]bool{
	"warplane": true, "jet": true, "bomber": true, "drone": true, "helicopter": true,
	"aircraft": true, "plane": true, "gunship": true, "fighter-bomber": true, "airplane": true,
}

// aerialAttack rewrites an attack coded as unspecified (190) by a verb
// whose subject is headed by a military aircraft ("Jordanian warplanes
// struck hideouts in Syria", "Turkish drones hit a convoy") as an aerial
// attack (195), CAMEO's code for the weapon used.
func (c *Coder) aerialAttack(toks []dyad.Token, args []arg, m match, evs []dyad.Event) {
	if m.p.Noun || len(evs) == 0 || !strings.HasPrefix(toks[m.first].Tag, "VB") {
		return
	}
	for i := range evs {
		if evs[i].CAMEO != "190" || evs[i].Negated {
			continue
		}
		aerial := false
		for _, a := range args {
			if a.entity != evs[i].SourceEntity || a.last > m.first || a.last < 1 {
				continue
			}
			h := toks[a.last-1].Lemma
			if a.last < m.first && strings.HasPrefix(toks[a.last].Tag, "NN") {
				h = toks[a.last].Lemma // "Russian jets": a modifier mention
			}
			aerial = aircraftNouns[h] || aircraftNouns[strings.TrimSuffix(h, "s")]
		}
		if aerial {
			evs[i].CAMEO = "195"
			evs[i].Pattern += " (by aircraft)"
			c.fill(&evs[i])
		}
	}
}

// raidVerbs are the verbs of an air raid whose subject aircraftOwners reads.
var raidVerbs = map[string]bool{"bomb": true, "strike": true, "hit": true, "attack": true, "pound": true,
	"raid": true, "target": true, "fire": true, "shell": true, "strafe": true, "destroy": true, "kill": true}

// aircraftOwners rewrites a bare country mention that modifies a noun
// phrase headed by a military aircraft ("Myanmar military jets", "Syrian
// government warplanes") as that country's armed forces (MIL): the
// aircraft fly for its military, never for the country as a whole. Up to
// two modifiers may stand between the country and the aircraft noun, and
// the phrase must be the subject of a raid verb right after it ("Syrian
// government jets bombed"); elsewhere the gold files keep the bare country.
func aircraftOwners(toks []dyad.Token, args []arg) {
	for i := range args {
		a := &args[i]
		if len(a.code) != 3 || !isCountry(a.code) || a.possessor || a.last-a.first > 4 {
			continue
		}
		if a.last >= len(toks) || !raidVerbs[toks[a.last].Lemma] || !strings.HasPrefix(toks[a.last].Tag, "VB") {
			continue // only the subject of a raid ("jets bombed"), not "shot down a Russian warplane"
		}
		// (the mention may span the phrase: "Myanmar military jets")
		for k := a.first + 1; k < len(toks) && k <= a.last+2; k++ {
			t := toks[k]
			if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
				break
			}
			if aircraftNouns[t.Lemma] || aircraftNouns[strings.TrimSuffix(t.Lemma, "s")] {
				if k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "NN") {
					break // "Syrian jet fuel"
				}
				a.code += "MIL"
				break
			}
		}
	}
}

// postForces map the nouns of a force's premises or units ("a police post",
// "an army checkpoint") to the role of the force they belong to.
var postForces = map[string]string{"police": "COP", "army": "MIL", "military": "MIL", "troops": "MIL", "soldiers": "MIL"}

// postNouns are the premises and units an attack "on a police post" hits.
var postNouns = map[string]bool{"post": true, "station": true, "checkpoint": true, "base": true, "camp": true,
	"patrol": true, "convoy": true, "barracks": true, "outpost": true, "position": true, "headquarters": true}

// attackByOn returns the parties of an attack noun matched by m that names
// its attacker in a "by" phrase right after it and its target in an
// "on"/"against" phrase after that ("an attack by armed men on a police
// post"): the attacker, and the actor of that phrase or, for the premises
// or unit of a force ("a police post", "an army convoy"), that force of
// the attacker's country. ok is false when either is missing.
func attackByOn(toks []dyad.Token, args []arg, m match) (src, tgt []arg, ok bool) {
	if !m.p.Noun || m.last+1 >= len(toks) || toks[m.last].Lemma != "by" {
		return nil, nil, false
	}
	switch rootOf(m.p.Code) {
	case "18", "19", "20":
	default:
		return nil, nil, false
	}
	src = firstGroup(toks, args, m.last+1, len(toks))
	if len(src) == 0 || src[0].first > m.last+3 {
		return nil, nil, false
	}
	end := src[len(src)-1].last
	if end >= len(toks) || toks[end].Lemma != "on" && toks[end].Lemma != "against" {
		return nil, nil, false
	}
	if t := firstGroup(toks, args, end+1, len(toks)); len(t) > 0 && t[0].first <= end+3 {
		return src, t, true
	}
	c := dyad.ActorCountry(src[0].code)
	if !isCountry(c) {
		return nil, nil, false
	}
	role := ""
	for k := end + 1; k < len(toks) && k <= end+4; k++ {
		if r, ok := postForces[toks[k].Lemma]; ok {
			role = r
			continue
		}
		if role != "" && postNouns[toks[k].Lemma] {
			return src, []arg{{first: -1, last: -1, code: c + role, entity: "implied:" + c + role, kind: "implied"}}, true
		}
		if !skippable(toks[k]) {
			break
		}
	}
	return nil, nil, false
}

// condemnedAttackOrigin marks the matches of condemnedAttackAt.
const condemnedAttackOrigin = "attack by X on Y after a condemnation"

// assaultNouns are the nouns of an attack condemnedAttackAt reads.
var assaultNouns = map[string]bool{"attack": true, "raid": true, "assault": true, "ambush": true}

// condemnedAttackAt matches an attack noun toks[i] right after a
// condemnation (root 11) that names its attacker and its target
// (attackByOn): "condemned an attack by armed men on a police post in which
// two officers were killed" is also the attack itself (190), by the armed
// men on the police of their country.
//
// An attacker named right before the noun ("condemned an Israeli army raid
// on a refugee camp ...", the tagger reading "raid" as a verb after "an
// Israeli army") makes the attack that party's too, toward the party the
// clause names after it or the country of its place.
func condemnedAttackAt(toks []dyad.Token, i int, args []arg, lastRoot string) (match, bool) {
	if lastRoot != "11" || !assaultNouns[toks[i].Lemma] {
		return match{}, false
	}
	before := attackerBefore(toks, args, i)
	if !strings.HasPrefix(toks[i].Tag, "NN") && before == nil {
		return match{}, false
	}
	m := match{p: &codebook.Pattern{Code: "190", Noun: true, Words: []string{toks[i].Lemma}, Origin: condemnedAttackOrigin}, first: i, last: i + 1}
	src, tgt, ok := attackByOn(toks, args, m)
	if !ok {
		if before == nil || i+1 >= len(toks) || toks[i+1].Lemma != "on" && toks[i+1].Lemma != "against" {
			return match{}, false
		}
		m.last = i + 2
		m.sources = before
		return m, true
	}
	m.sources, m.targets = src, tgt
	return m, true
}

// attackerBefore returns the party that an indefinite or definite noun
// phrase names right before the attack noun toks[i] ("an Israeli army
// raid", "a Russian missile strike"), or nil.
func attackerBefore(toks []dyad.Token, args []arg, i int) []arg {
	for _, a := range args {
		if a.last != i || a.possessor {
			continue
		}
		switch strings.ToLower(toks[a.first].Text) {
		case "a", "an", "the":
			return []arg{a}
		}
	}
	return nil
}

// mediumWords are the nouns of the means a claim is made through ("in a
// statement read on its radio station"), whose owners are no target.
var mediumWords = map[string]bool{"statement": true, "video": true, "message": true, "post": true, "broadcast": true, "channel": true, "station": true, "radio": true, "website": true, "outlet": true}

// claimMedia drops from the targets of a claim of responsibility (015)
// those named in the phrase of its medium: after "in", "on", "via" or
// "through" and a medium noun ("claimed responsibility for the attack in
// a statement read on its radio station").
func claimMedia(toks []dyad.Token, from int, targets []arg) []arg {
	medium := -1
	for k := from; k < len(toks); k++ {
		if boundary(toks, k) {
			break
		}
		if mediumWords[toks[k].Lemma] && k > 0 {
			for j := k - 1; j >= from && j >= k-4; j-- {
				if l := toks[j].Lemma; l == "in" || l == "on" || l == "via" || l == "through" {
					medium = j
					break
				}
			}
			if medium >= 0 {
				break
			}
		}
	}
	if medium < 0 {
		return targets
	}
	var kept []arg
	for _, t := range targets {
		if t.first < medium {
			kept = append(kept, t)
		}
	}
	return kept
}

// rankWords rank an attack among others in an appositive that names it
// again ("the deadliest attack", "the latest such raid", "the second
// bombing").
var rankWords = map[string]bool{
	"latest": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"last": true, "most": true, "such": true, "newest": true,
}

// restatedAttack reports whether the attack noun toks[i] (a pattern of
// code) heads an appositive that ranks the attack just coded among others
// (", the deadliest attack on the army in the area this year", ", the
// latest such raid"): the same event named again, none of its own. It
// needs an attack (18-20) coded before it in the sentence and "the" with
// a superlative or a rank word after a comma.
func restatedAttack(toks []dyad.Token, i int, code, lastRoot string) bool {
	if !attackRoot(lastRoot) || !attackRoot(rootOf(code)) {
		return false
	}
	ranked := false
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		switch {
		case t.Tag == "JJS" || t.Tag == "RBS" || rankWords[strings.ToLower(t.Text)]:
			ranked = true
		case t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "HYPH" || t.Tag == "VBN":
		case strings.ToLower(t.Text) == "the":
			return ranked && k > 0 && toks[k-1].Text == ","
		default:
			return false
		}
	}
	return false
}

// attackRoot reports whether a CAMEO root is one of the attack roots
// (18 assault, 19 fight, 20 mass violence).
func attackRoot(r string) bool { return r == "18" || r == "19" || r == "20" }

// stateForces are the roles of a state's own forces and officials.
var stateForces = map[string]bool{"MIL": true, "COP": true, "GOV": true, "SPY": true}

// sideVerbs are the verbs of a two-sided fight whose "with" phrase names
// the other side ("clashed with", "fought with").
var sideVerbs = map[string]bool{"clash": true, "fight": true, "battle": true, "skirmish": true}

// domesticFighters gives an armed group named by common nouns alone
// ("armed groups", "militants", "gunmen") fighting a country's forces
// named with their country ("heavy fighting between Malian troops and
// armed groups", "Nigerien soldiers clashed with gunmen") that country,
// when the actor stage gave it another one (the dateline's: "ALGIERS ...
// fighting between Malian troops and armed groups"): an unnamed group
// that fights a state's forces is, unless its words say otherwise, of
// that state. A group whose country the sentence names as where things
// happen ("officials in Mali said", a place in it) keeps it. args are
// sorted by position.
func domesticFighters(d *dyad.Doc, si int, args []arg) {
	toks := d.Sentences[si].Tokens
	for i := 0; i+1 < len(args); i++ {
		a, b := args[i], &args[i+1]
		if b.first <= a.last || !fightPair(toks, a, *b) {
			continue
		}
		ac, bc := dyad.ActorCountry(a.code), dyad.ActorCountry(b.code)
		if !isCountry(ac) || !isCountry(bc) || ac == bc || !stateForces[dyad.ActorRole(a.code)] || !namesCountry(toks, a) {
			continue
		}
		if b.kind != "nominal" || !nonState(b.code) || !strings.HasPrefix(b.code, bc) || namesCountry(toks, *b) || placedIn(d, si, args, bc) {
			continue
		}
		b.code = ac + b.code[len(bc):]
	}
}

// fightPair reports whether mentions a and b are the two sides of a fight:
// "between a and b" after a fight noun, or "a clashed/fought with b".
func fightPair(toks []dyad.Token, a, b arg) bool {
	gap := toks[a.last:b.first]
	if len(gap) == 1 && gap[0].Lemma == "and" {
		return a.first >= 1 && toks[a.first-1].Lemma == "between" && a.first >= 2 &&
			fightNouns[toks[a.first-2].Lemma]
	}
	if len(gap) == 2 && sideVerbs[gap[0].Lemma] && strings.HasPrefix(gap[0].Tag, "VB") && gap[1].Lemma == "with" {
		return true
	}
	return false
}

// fightNouns name a two-sided fight ("fighting between", "clashes
// between").
var fightNouns = map[string]bool{"fighting": true, "fight": true, "clash": true, "clashes": true, "battle": true, "combat": true, "hostility": true, "hostilities": true, "skirmish": true}

// placedIn reports whether sentence si names country c as a place: a
// place of the gazetteer there (not the dateline) or the country's name
// after "in" ("officials in Mali said").
func placedIn(d *dyad.Doc, si int, args []arg, c string) bool {
	for _, p := range d.Places {
		if p.Sentence == si && !p.Dateline && p.Country == c {
			return true
		}
	}
	toks := d.Sentences[si].Tokens
	for _, a := range args {
		if a.code == c && a.first > 0 && toks[a.first-1].Lemma == "in" {
			return true
		}
	}
	return false
}

// killingResult reports whether the trigger toks[i] of m is a participle
// of killing or wounding right after a comma, or such a verb right after
// "and" ("struck Iran's nuclear sites and killed several commanders"),
// that follows an attack (18-20) coded before it, whose victims the actor stage gave the attackers'
// country though the attack hit another ("Russian troops shelled the city
// of Kherson, killing two civilians", the civilians read as Russian): the
// attack's toll, with no event of its own. Victims of the attackers'
// country hit in it ("Al Shabaab militants stormed a hotel in Kismayo,
// killing 11 people") or of the country attacked ("attacked southern
// Israel, killing hundreds of people") are coded as before.
func killingResult(toks []dyad.Token, args []arg, m match, i int, lastRoot string, lastSources []arg, lastTarget string) bool {
	if m.p.Noun || !attackRoot(lastRoot) || i < 1 {
		return false
	}
	participle := toks[i].Tag == "VBG" && toks[i-1].Text == ","
	coordinate := toks[i].Tag == "VBD" && toks[i-1].Lemma == "and"
	if !participle && !coordinate {
		return false
	}
	switch toks[i].Lemma {
	case "kill", "wound", "injure":
	default:
		return false
	}
	if len(lastSources) == 0 || lastTarget == "" {
		return false
	}
	var victim *arg
	for k := range args {
		if args[k].first > i {
			victim = &args[k]
			break
		}
	}
	if victim == nil || victim.first >= clauseEnd(toks, i+1) {
		return false
	}
	vc, sc, tc := dyad.ActorCountry(victim.code), dyad.ActorCountry(lastSources[0].code), dyad.ActorCountry(lastTarget)
	return vc != "" && vc == sc && tc != "" && tc != sc
}

// condemnVerbs are the verbs of condemning an act.
var condemnVerbs = map[string]bool{"condemn": true, "denounce": true, "criticise": true, "criticize": true, "deplore": true, "decry": true}

// condemnedObject reports whether the noun toks[i] heads the object of a
// verb of condemnation ("condemned the raid on a hospital"): the attack
// condemned is no act of the party condemning it.
func condemnedObject(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") && condemnVerbs[t.Lemma] {
			return true
		}
		switch t.Tag {
		case "DT", "PDT", "JJ", "JJS", "NN", "NNP", "NNS", "PRP$", "POS", "RB", "CD", "HYPH", "VBN":
			continue
		}
		return false
	}
	return false
}
