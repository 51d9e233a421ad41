package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Deployments: whom a show of force faces. Test sentences in
// deployments_test.go.

// facingGroup returns the party a deployment faces, named after a
// participle "facing"/"confronting" or "opposite" in the clause after
// toks[from] ("deployed troops to positions north of Goma facing the M23
// rebels"), before any finite verb, when it is not one of the sources;
// nil when none is named.
// The party may be of the source's own country (rebels, insurgents).
func facingGroup(toks []dyad.Token, args []arg, from int, sources []arg) []arg {
	for k := from; k < len(toks) && k < from+20; k++ {
		// a list of what is deployed may hold commas ("troops, armoured
		// vehicles and attack helicopters"); a finite verb ends the clause
		if boundary(toks, k) || finite(toks[k]) {
			return nil
		}
		if !(toks[k].Tag == "VBG" && (toks[k].Lemma == "face" || toks[k].Lemma == "confront")) && toks[k].Lemma != "opposite" {
			continue
		}
		g := firstGroup(toks, args, k+1, clauseEnd(toks, k+1))
		if len(g) == 0 || g[0].first > k+3 || sameCode(sources, g[0]) {
			return nil
		}
		return g
	}
	return nil
}

// exerciseNouns name military exercises.
var exerciseNouns = map[string]bool{
	"exercise": true, "drill": true, "manoeuvre": true, "maneuver": true, "wargame": true,
	"exercises": true, "drills": true, "manoeuvres": true, "maneuvers": true, "wargames": true,
}

// exerciseVerbs are the verbs that put forces into an exercise: "send
// two frigates to NATO exercises", "take part in", "join".
var exerciseVerbs = map[string]bool{
	"send": true, "deploy": true, "dispatch": true, "join": true, "participate": true, "take": true,
}

// exerciseAt matches a verb that sends forces to, or joins, another
// party's exercise ("Canada will send two frigates to NATO exercises in
// the Baltic", "Japanese warships took part in exercises with the US
// Navy"): military cooperation (062; "will send" 0312) with the party
// that holds the exercise, named on the exercise noun ("NATO
// exercises") or after it ("exercises with India", "exercises hosted
// by India"). The exercise noun
// must follow the verb in its clause, before any finite verb; "take"
// needs "part".
func exerciseAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	t := toks[i]
	if !strings.HasPrefix(t.Tag, "VB") || !exerciseVerbs[t.Lemma] || covers(args, i) {
		return match{}, false
	}
	if t.Lemma == "take" && (i+1 >= len(toks) || toks[i+1].Lemma != "part") {
		return match{}, false
	}
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		// the tagger may read "exercises" after a name as a verb ("the
		// Malabar exercises")
		noun := exerciseNouns[toks[k].Lemma] && (strings.HasPrefix(toks[k].Tag, "NN") ||
			toks[k].Tag == "VBZ" && (toks[k-1].Tag == "NNP" || toks[k-1].Tag == "JJ" || toks[k-1].Tag == "DT"))
		if !noun && (boundary(toks, k) || finite(toks[k])) {
			return match{}, false
		}
		if !noun {
			continue
		}
		var owner []arg
		for _, a := range args {
			if a.first > i && a.first < k && a.last >= k-2 && a.last <= k+1 && a.kind != "pronoun" && onlyModifiers(toks, a.last, k) {
				owner = []arg{a}
			}
		}
		if owner == nil && k+3 < len(toks) && toks[k+1].Tag == "VBN" && toks[k+2].Lemma == "by" {
			// "the Malabar exercises hosted/led by India"
			switch toks[k+1].Lemma {
			case "host", "lead", "organise", "organize", "stage", "conduct":
				if g := firstGroup(toks, args, k+3, clauseEnd(toks, k+3)); len(g) > 0 && g[0].first <= k+4 {
					owner = g
				}
			}
		}
		if owner == nil && k+2 < len(toks) && toks[k+1].Lemma == "with" {
			if g := firstGroup(toks, args, k+2, clauseEnd(toks, k+2)); len(g) > 0 && g[0].first <= k+3 {
				owner = g
			}
		}
		if owner == nil {
			return match{}, false
		}
		p := &codebook.Pattern{Code: "062", Words: []string{t.Lemma}, Origin: "coder: forces sent to another party's exercise"}
		return match{p: p, first: i, last: i + 1, targets: owner}, true
	}
	return match{}, false
}

// alertTarget returns the party a heightened alert answers: the first
// actor group after the trigger, anywhere in the rest of the sentence
// ("put its forces on alert after detecting Chinese aircraft"), that is
// not of the source's own country.
func alertTarget(toks []dyad.Token, args []arg, from int, own string) []arg {
	for _, a := range args {
		if a.first < from || a.first > from+15 {
			continue
		}
		if c := dyad.ActorCountry(a.code); c != own && isCountry(c) {
			out := []arg{a}
			for _, b := range args {
				if b.first > out[len(out)-1].first && coordinated(toks, out[len(out)-1], b) {
					out = append(out, b)
				}
			}
			return out
		}
	}
	return nil
}

// warCraft are the nouns of military aircraft and vessels whose presence
// near another country shows force.
var warCraft = map[string]bool{
	"aircraft": true, "warship": true, "warplane": true, "jet": true, "fighter": true,
	"bomber": true, "drone": true, "submarine": true, "destroyer": true, "frigate": true,
	"helicopter": true, "ship": true, "vessel": true, "plane": true,
}

// craftOperatingAt matches a show of force in a participle: "detected 21
// Chinese aircraft and six warships operating around the island" is the
// craft's country showing force (150) toward the party or place after
// the preposition, else toward the country of the clause's subject (the
// detector). The trigger is the participle after a noun of military craft;
// the craft must belong to a country other than the target's, and fishing
// or merchant craft (no military noun or modifier) code nothing.
func craftOperatingAt(d *dyad.Doc, si, i int, args []arg) (match, bool) {
	toks := d.Sentences[si].Tokens
	if toks[i].Tag != "VBG" || i < 3 || i+2 >= len(toks) {
		return match{}, false
	}
	switch toks[i].Lemma {
	case "operate", "fly", "sail", "patrol", "manoeuvre", "maneuver":
	default:
		return match{}, false
	}
	if !warCraft[toks[i-1].Lemma] || !strings.HasPrefix(toks[i-1].Tag, "NN") {
		return match{}, false
	}
	// the craft: the object of the verb before the participle
	v := -1
	for k := i - 2; k >= 0 && !boundary(toks, k) && toks[k].Text != ","; k-- {
		if strings.HasPrefix(toks[k].Tag, "VB") {
			v = k
			break
		}
	}
	if v < 0 {
		return match{}, false
	}
	military := false
	for k := v + 1; k < i; k++ {
		switch toks[k].Lemma {
		case "warship", "warplane", "fighter", "bomber", "submarine", "destroyer", "frigate",
			"military", "navy", "naval", "air", "army", "coast", "force":
			military = true
		case "fishing", "cargo", "merchant", "commercial", "civilian", "research":
			return match{}, false
		}
	}
	if toks[i-1].Lemma == "aircraft" || toks[i-1].Lemma == "jet" || toks[i-1].Lemma == "drone" {
		military = true
	}
	if !military {
		return match{}, false
	}
	// the place: a preposition of position after the participle
	p := i + 1
	if toks[p].Tag == "RB" {
		p++
	}
	if p >= len(toks) {
		return match{}, false
	}
	switch toks[p].Lemma {
	case "around", "near", "off", "over", "in", "into", "inside", "close":
	default:
		return match{}, false
	}
	if toks[p].Lemma == "close" && p+1 < len(toks) && toks[p+1].Lemma == "to" {
		p++
	}
	var targets []arg
	if g := firstGroup(toks, args, p+1, clauseEnd(toks, p+1)); len(g) > 0 && g[0].first <= p+3 {
		targets = g
	} else if pl := placeAfter(d, si, p+1, min(len(toks), p+6)); pl != nil && isCountry(pl.Country) {
		targets = []arg{{first: -1, last: -1, code: pl.Country, entity: "place:" + pl.Country, kind: "place"}}
	} else if s := clauseSubject(toks, args, v); len(s) > 0 {
		// "Taiwan's defence ministry said it detected ... operating around
		// the island": toward the detector's country
		targets = []arg{{first: -1, last: -1, code: dyad.ActorCountry(s[0].code), entity: "subject:" + dyad.ActorCountry(s[0].code), kind: "implied"}}
	}
	if len(targets) == 0 || !isCountry(dyad.ActorCountry(targets[0].code)) {
		return match{}, false
	}
	own := dyad.ActorCountry(targets[0].code)
	var sources []arg
	for _, a := range args {
		if a.first > v && a.last <= i && dyad.ActorCountry(a.code) != own && isCountry(dyad.ActorCountry(a.code)) {
			sources = append(sources, a)
			break
		}
	}
	if len(sources) == 0 {
		return match{}, false
	}
	pat := &codebook.Pattern{Code: "150", Words: []string{toks[i].Lemma}, Origin: "coder: military craft operating around a place"}
	return match{p: pat, first: i, last: i + 1, sources: sources, targets: targets}, true
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

// onlyModifiers reports whether toks[from:to] are only words that modify
// a noun ("-led", "naval", "joint"): no preposition or verb parts what
// stands before from from the noun at to ("warships to joint exercises").
func onlyModifiers(toks []dyad.Token, from, to int) bool {
	for k := from; k < to; k++ {
		switch t := toks[k].Tag; {
		case t == "JJ" || t == "VBN" || t == "HYPH" || t == "NN" || t == "NNP" || t == "POS":
		default:
			return false
		}
	}
	return true
}

// alertForces are the forces a country puts on alert.
var alertForces = map[string]bool{
	"troop": true, "force": true, "army": true, "military": true, "soldier": true, "unit": true,
	"guard": true, "navy": true, "garrison": true,
}

// alertAt matches forces put, placed or kept on alert with a phrase
// between them and "on ... alert" ("put its troops along the Afghan border
// on high alert", "placed army units near Goma on maximum alert"), which
// the codebook's patterns do not span: an increased military alert (152).
// Its target is the first party of another country named in that phrase
// ("the Afghan border": AFG); else the party the alert answers later in
// the sentence, as for the patterns.
func alertAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	switch toks[i].Lemma {
	case "put", "place", "keep":
	default:
		return match{}, false
	}
	if !strings.HasPrefix(toks[i].Tag, "VB") {
		return match{}, false
	}
	obj := -1
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if l := toks[k].Lemma; strings.HasPrefix(toks[k].Tag, "NN") && (alertForces[l] || alertForces[strings.TrimSuffix(l, "s")]) {
			obj = k
			break
		}
	}
	if obj < 0 {
		return match{}, false
	}
	alert := -1
	for k := obj + 1; k < len(toks) && k <= obj+10; k++ {
		if boundary(toks, k) || toks[k].Text == "," || finite(toks[k]) {
			return match{}, false
		}
		if toks[k].Lemma == "on" {
			j := k + 1
			for j < len(toks) && j <= k+3 && (strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "DT" || toks[j].Tag == "RB") {
				j++
			}
			if j < len(toks) && toks[j].Lemma == "alert" {
				alert = j
			}
			break
		}
	}
	if alert < 0 || alert == obj+2 {
		return match{}, false // "put troops on alert": the patterns' own
	}
	p := &codebook.Pattern{Code: "152", Words: []string{toks[i].Lemma, strings.TrimSuffix(toks[obj].Lemma, "s"), "on", "alert"}, Origin: "coder: forces put on alert, a phrase between"}
	m := match{p: p, first: i, last: alert + 1}
	own := "" // the forces' country, as the actor stage gave it
	for _, a := range args {
		if a.first <= obj && a.last > obj {
			own = dyad.ActorCountry(a.code)
		}
	}
	if own == "" {
		if subj := clauseSubject(toks, args, i); len(subj) > 0 {
			own = dyad.ActorCountry(subj[0].code)
		}
	}
	for _, a := range args {
		if a.first <= obj || a.last > alert {
			continue
		}
		if c := dyad.ActorCountry(a.code); isCountry(c) && c != own && own != "" {
			m.targets = []arg{a}
			break
		}
	}
	return m, true
}

// moreForces are the modifiers that make forces sent an increase.
var moreForces = map[string]bool{"additional": true, "more": true, "extra": true, "fresh": true, "reinforcement": true, "reinforcements": true}

// reinforcement rewrites a deployment of forces (150) whose object is
// additional, more, extra or fresh troops ("deployed additional troops
// along its border", "moved more troops and artillery to") as an increase
// of armed forces (154).
func (c *Coder) reinforcement(toks []dyad.Token, m match, evs []dyad.Event) {
	if len(evs) == 0 || m.p.Code != "150" || m.p.Noun {
		return
	}
	more := false
	for k := m.first + 1; k < m.last+1 && k < len(toks) && k <= m.first+5; k++ {
		if moreForces[strings.ToLower(toks[k].Text)] {
			more = true
			break
		}
	}
	if !more {
		return
	}
	for i := range evs {
		if evs[i].CAMEO != "150" {
			continue
		}
		evs[i].CAMEO = "154"
		evs[i].Pattern += " (more forces)"
		c.fill(&evs[i])
	}
}

// homeDeployment returns the target of a show of force (15x) by sources
// whose targets are none or only parties of the sources' own country (the
// forces sent, "the state" of a region), when the clause names a place of
// that country after the trigger ("sent 300 soldiers and police to the
// Highlands province of Enga"): the country itself, by the convention
// that force targets the country of the place it hits. A bare country as
// source (it would act on itself) and a place of another country leave
// targets as they were.
func homeDeployment(d *dyad.Doc, si int, m match, sources, targets []arg, end int) []arg {
	own := dyad.ActorCountry(sources[0].code)
	if own == "" || sources[0].code == own || !isCountry(own) {
		return targets
	}
	for _, s := range sources {
		if dyad.ActorCountry(s.code) != own {
			return targets
		}
	}
	for _, t := range targets {
		if dyad.ActorCountry(t.code) != own {
			return targets
		}
	}
	toks := d.Sentences[si].Tokens
	if m.last >= len(toks) {
		return targets
	}
	pl := placeAfter(d, si, m.last, end)
	if pl == nil || pl.Country != own {
		return targets
	}
	return []arg{{first: -1, last: -1, code: own, entity: "implied:" + own, kind: "implied"}}
}
