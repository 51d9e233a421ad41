package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Sixth round: constructions from the misses of the fifth held-out set.
// Each has its own test sentences in round6_test.go.

// ownNominals reports whether every target is a common-noun mention
// ("families", "the displaced") the actor stage gave the country of the
// first source: beneficiaries named by description, not another party.
func ownNominals(sources, targets []arg) bool {
	if len(sources) == 0 || len(targets) == 0 || !ownCountry(sources, targets) {
		return false
	}
	for _, t := range targets {
		if t.kind != "nominal" {
			return false
		}
	}
	return true
}

// meetingAfter returns the sources of a meeting verb in a gerund after
// "after" or "before" ("President X said after meeting his Namibian
// counterpart", "signed the accord after meeting Y"): the meeting is an
// event of the subject of the clause the phrase stands in, beside
// whatever that clause codes. It returns nil for any other use of the
// verb or when no subject is found.
func meetingAfter(toks []dyad.Token, args []arg, p *codebook.Pattern, i int) []arg {
	if p.Noun || rootOf(p.Code) != "04" || toks[i].Tag != "VBG" || i < 2 {
		return nil
	}
	switch toks[i].Lemma {
	case "meet", "host", "visit":
	default:
		return nil
	}
	switch toks[i-1].Lemma {
	case "after", "before":
	default:
		return nil
	}
	if g := firstGroup(toks, args, i+1, clauseEnd(toks, i+1)); len(g) == 0 || g[0].first > i+4 {
		// "after meeting on Monday" names no partner here
		return nil
	}
	return clauseSubject(toks, args, i-1)
}

// demandAfterAccusation reports whether the demand (10x) at toks[i] is
// coordinated with an accusation coded just before it and names no party
// of its own ("accused X of detaining 14 fishermen and demanded their
// immediate release"): the demand is then the accuser's, of the accused.
func demandAfterAccusation(toks []dyad.Token, args []arg, m match, i int, accused []arg) bool {
	if len(accused) == 0 || m.p.Noun || rootOf(m.p.Code) != "10" || m.sources != nil || m.targets != nil {
		return false
	}
	if !strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "VBG" {
		return false
	}
	k := i - 1
	if k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || toks[k].Lemma != "and" {
		return false
	}
	// no party after it up to the next comma ("demanded that Benin close
	// its border" names its own)
	return noPartyAfter(toks, args, m.last)
}

// noPartyAfter reports whether no actor (other than a possessor) stands
// in toks[from:] before the next comma or semicolon.
func noPartyAfter(toks []dyad.Token, args []arg, from int) bool {
	for k := from; k < len(toks) && toks[k].Text != "," && toks[k].Text != ";"; k++ {
		for _, a := range args {
			if a.first <= k && k < a.last && !a.possessor {
				return false
			}
		}
	}
	return true
}

// promiseAfterAnd reports whether the promise at toks[i] (an intention,
// 03x, one way) is coordinated by "and" with the event coded before it and
// names no party of its own ("praising Santiago's handling of the fires
// and offering to send firefighting aircraft"): it then has that event's
// target.
func promiseAfterAnd(toks []dyad.Token, args []arg, m match, i int) bool {
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
	return noPartyAfter(toks, args, m.last)
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
