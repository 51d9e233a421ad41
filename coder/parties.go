package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Parties of joint and reciprocal events: only co-agents act among
// themselves. Test sentences in realnews_test.go.

// betweenParties returns the parties of "between A and B" right after a
// reciprocal verb pattern ("improving relations between Seoul and Tokyo"):
// they, not the clause's subject, are the event's parties. It returns nil
// for other triggers.
func betweenParties(toks []dyad.Token, args []arg, m match, end int) []arg {
	if m.p.Noun || !m.p.Recip || m.last >= len(toks) || toks[m.last].Lemma != "between" {
		return nil
	}
	g := firstGroup(toks, args, m.last+1, end)
	if len(g) < 2 || g[0].first > m.last+3 {
		return nil
	}
	return g
}

// sameList reports whether the mentions a and b stand in one coordinated
// list ("mediated by Qatar, Egypt and the United States"): members of a
// list act together, not upon one another.
func sameList(toks []dyad.Token, args []arg, a, b arg) bool {
	if a.first < 0 || b.first < 0 || a.first == b.first {
		return false
	}
	if b.first < a.first {
		a, b = b, a
	}
	// the members from a on, up to the end of the list; a list has "and"
	// or "or" before its last member ("At the Security Council, Russia
	// vetoed" is no list)
	prev, in, conj := a, false, false
	for _, c := range args {
		if c.first <= a.first {
			continue
		}
		if c.first != prev.first && !coordinated(toks, prev, c) {
			break
		}
		for k := prev.last; k < c.first; k++ {
			if l := toks[k].Lemma; l == "and" || l == "or" {
				conj = true
			}
		}
		if c.first == b.first {
			in = true
		}
		prev = c
	}
	return in && conj
}

// sameSide reports whether one of two parties is the bare country of the
// other, a state organ of it ("PRK" and "PRKGOV" for a pronoun the actor
// stage read as both): one side, not two.
func sameSide(s, t arg) bool {
	cs, ct := dyad.ActorCountry(s.code), dyad.ActorCountry(t.code)
	if cs == "" || cs != ct || !isCountry(cs) {
		return false
	}
	switch {
	case len(s.code) == 3:
		return stateOrgan[dyad.ActorRole(t.code)]
	case len(t.code) == 3:
		return stateOrgan[dyad.ActorRole(s.code)]
	}
	return false
}

// stateOrgan are the sectors that are a country's state: a bare country
// and one of them are one side; a non-state sector (rebels, separatists,
// the opposition, civilians) is another.
var stateOrgan = map[string]bool{"GOV": true, "MIL": true, "COP": true, "LEG": true, "JUD": true, "SPY": true, "ELI": true}

// purposeTargetsDropped drops the targets of a reciprocal pattern that
// stand in an infinitive clause after it ("signed treaties to annex four
// regions of Ukraine": Ukraine is no partner of the treaties), unless
// "with" names them as partners.
func purposeTargetsDropped(toks []dyad.Token, m match, targets []arg) []arg {
	if !m.p.Recip || m.p.Noun {
		return targets
	}
	var out []arg
	for _, t := range targets {
		inf, with := false, false
		for k := m.last; k < t.first && k+1 < len(toks); k++ {
			if toks[k].Lemma == "to" && infinitiveAt(toks, k+1) {
				inf = true
			}
			if inf && toks[k].Lemma == "with" {
				// ("signed agreements to establish relations with
				// the Emirates and Bahrain": partners after "with")
				with = true
			}
		}
		if !inf || with {
			out = append(out, t)
		}
	}
	return out
}

// infinitiveAt reports whether toks[i], after "to", is the verb of an
// infinitive: tagged VB, or a noun the tagger read for a verb before a
// determiner, number or possessive ("to annex four regions").
func infinitiveAt(toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if toks[i].Tag == "VB" {
		return true
	}
	if toks[i].Tag != "NN" || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "CD", "PRP$", "PDT":
		return true
	}
	return false
}

// cooperativeRoot reports whether the CAMEO root r is one of verbal or
// material cooperation (03-08), where a party does not act upon its own
// country.
func cooperativeRoot(r string) bool {
	return r >= "03" && r <= "08"
}

// ownSideTarget reports whether the target t of a cooperative act (03-08)
// is the source's own side: a bare country and a sector of it ("Saudi
// Arabia and Iran agreed to reopen their embassies": SAU and SAUGOV; "an
// envoy is to visit Myanmar", the envoy read as Myanmar's), or, for aid
// (07), a sector of another party of the source's own list ("Nigeria and
// Ghana also contributed forces": Ghana's forces are no target of
// Nigeria's). Easing a restriction (081x) on one's own country stays.
func ownSideTarget(toks []dyad.Token, args []arg, code string, sources []arg, s, t arg) bool {
	root := rootOf(code)
	if !cooperativeRoot(root) || strings.HasPrefix(code, "081") {
		// (easing a restriction, 081x, is done to one's own country)
		return false
	}
	if sameSide(s, t) {
		return true
	}
	if root != "07" {
		return false
	}
	tc := dyad.ActorCountry(t.code)
	for _, o := range sources {
		if o.first != s.first && dyad.ActorCountry(o.code) == tc && sameList(toks, args, s, o) && sameSide(o, t) {
			return true
		}
	}
	return false
}

// foreignFighters returns the code of the one armed group of another
// country that the article names (a name, not a common noun) in this or
// an earlier sentence, when the target t of an act of force by a state's
// party is an unnamed armed group that the actor stage gave the state's own
// country from where it is ("was still fighting militants inside Israel",
// after Hamas's attack was told): the militants are that group. It returns
// "" otherwise: with no such group, or several, the code stays.
func foreignFighters(d *dyad.Doc, si int, toks []dyad.Token, root string, s, t arg) string {
	if !forceRoot(root) || t.kind != "nominal" || t.first < 0 || t.last+1 >= len(toks) {
		return ""
	}
	c := dyad.ActorCountry(s.code)
	if !isCountry(c) || dyad.ActorCountry(t.code) != c || nonState(s.code) {
		return ""
	}
	switch dyad.ActorRole(t.code) {
	case "REB", "INS", "UAF":
	default:
		return ""
	}
	if l := toks[t.last].Lemma; l != "inside" && l != "in" {
		return ""
	}
	found := ""
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			code := e.MentionActor(m)
			if m.Sentence > si || m.Kind != "name" || len(code) < 6 || dyad.ActorCountry(code) == c {
				continue
			}
			if r := dyad.ActorRole(code); r != "REB" && r != "INS" {
				continue
			}
			if found != "" && found != code {
				return ""
			}
			found = code
		}
	}
	return found
}

// ownForcesHit handles an act of force (18-20) by a country or its
// government whose target is a common-noun party the actor stage gave the
// attacker's own state ("Turkey launched an offensive against Kurdish-led
// forces in northeastern Syria": the forces read as Turkish): a state does
// not attack its own forces. ok reports whether the rule applies; then t
// is the country of the place hit named after the trigger when it is
// another country, and keep false when there is none.
func ownForcesHit(d *dyad.Doc, si int, code string, m match, s, t arg, end int) (out arg, keep, ok bool) {
	if r := rootOf(code); r != "18" && r != "19" && r != "20" || t.kind != "nominal" || t.first < 0 {
		return t, true, false
	}
	c := dyad.ActorCountry(s.code)
	if !isCountry(c) || dyad.ActorCountry(t.code) != c || !(len(s.code) == 3 || dyad.ActorRole(s.code) == "GOV") {
		return t, true, false
	}
	if r := dyad.ActorRole(t.code); r != "MIL" && r != "COP" && r != "GOV" {
		return t, true, false
	}
	if pl := placeAfter(d, si, m.last, end); pl != nil && isCountry(pl.Country) && pl.Country != c {
		return arg{first: -1, last: -1, code: pl.Country, entity: "place:" + pl.Country, kind: "place"}, true, true
	}
	// a country named after "in" ("forces in northeastern Syria")
	toks := d.Sentences[si].Tokens
	for _, e := range d.Entities {
		for _, mn := range e.Mentions {
			code := e.MentionActor(mn)
			if mn.Sentence != si || mn.First <= t.first || mn.First >= end || len(code) != 3 || code == c || !isCountry(code) {
				continue
			}
			if k := mn.First - 1; k >= 0 && toks[k].Lemma == "in" {
				return arg{first: -1, last: -1, code: code, entity: "place:" + code, kind: "place"}, true, true
			}
		}
	}
	return t, false, true
}
