package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Visits: arrivals, hosts and guests. Test sentences in round5_test.go and
// round7_test.go.

// arrivalVisit reports whether a verb of arrival ("arrived in", "landed
// in", "flew to") is followed in its clause [from, end) by a visit noun
// in a for/on phrase ("for a three-day state visit", "on an official
// visit"): the arrival is then the visit itself, to the place named.
func arrivalVisit(toks []dyad.Token, p *codebook.Pattern, from, end int) bool {
	if p.Noun || p.Code != "042" {
		return false
	}
	switch p.Words[0] {
	case "arrive", "land", "fly", "travel", "head":
	default:
		return false
	}
	for k := from; k < end && k < len(toks); k++ {
		if toks[k].Lemma != "visit" || !strings.HasPrefix(toks[k].Tag, "NN") {
			continue
		}
		if j := ppStart(toks, k); j > 0 && (toks[j-1].Lemma == "for" || toks[j-1].Lemma == "on") {
			return true
		}
	}
	return false
}

// hostVerb reports whether a hosting pattern (043) is a verb of receiving
// a guest ("received the Japanese prime minister", "hosted"), whose guest
// thereby visits (042); "hosted talks" or "a summit" is no guest.
func hostVerb(p *codebook.Pattern) bool {
	switch p.Words[0] {
	case "receive", "host", "welcome":
	default:
		return false
	}
	for _, w := range p.Words[1:] {
		switch w {
		case "talks", "talk", "summit", "visit", "meeting", "conference", "game", "event":
			return false
		}
	}
	return true
}

// visitingOrigin names the rule of visitingGuestAt in explanations.
const visitingOrigin = "coder: the visiting guest of the clause's subject"

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
	p := &codebook.Pattern{Code: "042", Words: []string{"visit"}, Origin: visitingOrigin}
	return match{p: p, first: i, last: i + 1, sources: guests, targets: hosts}, true
}

// delegationNouns name a party sent by another: "a delegation of U.S.
// lawmakers", "a team from the IAEA".
var delegationNouns = map[string]bool{"delegation": true, "team": true, "mission": true}

// delegationsOf gives a delegation, team or mission named by a common noun
// the code of the party its "of"/"from" phrase names right after it ("a
// visiting delegation of U.S. lawmakers": USALEG, not the country the
// actor stage guessed from the context; "a delegation of striking miners":
// the miners, of the same country but no state party, unless "visiting"
// makes them guests: a domestic visit is no event). args are sorted by
// position.
func delegationsOf(toks []dyad.Token, args []arg) {
	for i := range args {
		a := &args[i]
		if a.kind != "nominal" || a.last >= len(toks)-1 || !delegationNouns[toks[a.last-1].Lemma] {
			continue
		}
		if l := toks[a.last].Lemma; l != "of" && l != "from" {
			continue
		}
		for _, b := range args[i+1:] {
			if b.first > a.last+3 {
				break
			}
			if b.first > a.last && !b.possessor && (dyad.ActorCountry(b.code) != dyad.ActorCountry(a.code) || nonState(b.code) && b.code != a.code && !visitingBefore(toks, *a)) {
				a.code = b.code
				break
			}
		}
	}
}

// toldGuests returns, for the visits (042) of a visiting guest whose host
// told, assured or briefed them ("Aoun told a visiting delegation of U.S.
// lawmakers that ..."), the host's statement to the guest (010): what a
// host says to a visitor in a that-clause after the guest is said to the
// visitor. A quote before the verb ("X will open an embassy, the king
// told visiting ...") is its own event and adds no statement.
func (c *Coder) toldGuests(toks []dyad.Token, m match, evs []dyad.Event) []dyad.Event {
	if m.p.Origin != visitingOrigin || m.first < 1 {
		return nil
	}
	v := m.first - 1
	if toks[v].Tag == "DT" && v > 0 {
		v--
	}
	switch toks[v].Lemma {
	case "tell", "assure", "brief", "inform":
	default:
		return nil
	}
	if !strings.HasPrefix(toks[v].Tag, "VB") || negatedAt(toks, v) {
		return nil
	}
	that := false // what was told follows in a that-clause
	for k := m.last; k < len(toks) && k < m.last+20 && !that; k++ {
		if t := toks[k]; t.Text == "." || t.Text == ";" || t.Text == "," {
			break
		}
		// (the tagger may read the complementizer as WDT; a relative
		// "that" has its verb right after it)
		that = toks[k].Lemma == "that" && (toks[k].Tag == "IN" ||
			toks[k].Tag == "WDT" && k+1 < len(toks) && !strings.HasPrefix(toks[k+1].Tag, "VB") && toks[k+1].Tag != "MD")
	}
	if !that {
		return nil
	}
	var out []dyad.Event
	for _, ev := range evs {
		if ev.CAMEO != "042" || ev.Negated || ev.Source == "" || ev.Target == "" {
			continue
		}
		r := c.derived(ev, ev.Target, ev.TargetEntity, ev.Source, ev.SourceEntity, "010", "told the visiting guest")
		out = append(out, r)
	}
	return out
}

// visitingBefore reports whether "visiting" stands in the mention a or
// right before it ("a visiting delegation").
func visitingBefore(toks []dyad.Token, a arg) bool {
	for k := max(a.first-1, 0); k < a.last && k < len(toks); k++ {
		if toks[k].Lemma == "visit" || strings.ToLower(toks[k].Text) == "visiting" {
			return true
		}
	}
	return false
}

// receivedVisit reports whether a visit pattern read backwards (042, rev)
// is one of a host receiving it ("received a visiting delegation from
// Y", "welcomed a visit from Y"): the host's hosting (043) is an event
// too.
func receivedVisit(p *codebook.Pattern) bool {
	switch p.Words[0] {
	case "receive", "welcome", "host":
		return true
	}
	return false
}

// receivedPartyOrigin names the rule of receivedPartyAt in explanations.
const receivedPartyOrigin = "coder: X received Y ..., and the two sides discussed ..."

// bothSides are the nouns of "the two sides", "both leaders": the two
// parties of a meeting named again together.
var bothSides = map[string]bool{
	"side": true, "sides": true, "leader": true, "leaders": true, "delegation": true,
	"delegations": true, "man": true, "men": true, "countries": true, "parties": true,
}

// receivedPartyAt matches "X received Y (at PLACE) (on DAY), and the two
// sides discussed ...": an audience or a visit, X hosting (043, with Y's
// visit 042 coded beside it) when the sentence goes on to name the two as
// one side each of a talk ("the two sides", "both leaders", "they" and a
// verb). Y is the first party after "received", possibly after a title of
// its own the actor stage left unresolved ("the two Captains Regent of
// San Marino"). Without that second clause "received" alone (letters,
// aid, criticism) is nothing here.
func receivedPartyAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	switch toks[i].Lemma {
	case "receive", "welcome", "host":
	default:
		return match{}, false
	}
	if toks[i].Tag != "VBD" && toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" {
		return match{}, false
	}
	// the object: determiners, numbers and the words of an unresolved
	// title, then "of" and the party, or the party itself
	k := i + 1
	for k < len(toks) && !covers(args, k) {
		switch t := toks[k].Tag; {
		case t == "DT" || t == "CD" || t == "JJ" || t == "HYPH" || t == "NNP" || t == "NNPS" || (t == "NN" || t == "NNS") && guestTitle(toks[k]):
			k++
			continue
		case toks[k].Lemma == "of" && k > i+1:
			k++
			continue
		}
		break
	}
	if k >= len(toks) || k > i+7 || !covers(args, k) {
		return match{}, false
	}
	end := clauseEnd(toks, k)
	targets := firstGroup(toks, args, k, end)
	if len(targets) == 0 || targets[0].first != k && !(k > 0 && targets[0].first == k-1) {
		return match{}, false
	}
	if !bothSidesLater(toks, end) {
		return match{}, false
	}
	p := &codebook.Pattern{Code: "043", Words: []string{toks[i].Lemma}, Origin: receivedPartyOrigin}
	return match{p: p, first: i, last: i + 1, targets: targets}, true
}

// bothSidesLater reports whether, from toks[from] on in the sentence, an
// "and" is followed by "the two sides", "both leaders" (bothSides) or
// "they" and then a verb: the two parties of a meeting acting together.
func bothSidesLater(toks []dyad.Token, from int) bool {
	for k := from; k+2 < len(toks); k++ {
		if toks[k].Text == "." || toks[k].Text == ";" {
			return false
		}
		if toks[k].Lemma != "and" {
			continue
		}
		j := k + 1
		switch {
		case toks[j].Lemma == "they":
			j++
		case (toks[j].Lemma == "both" || toks[j].Lemma == "the" && toks[j+1].Lemma == "two") && bothSidesNoun(toks, j):
			j += 2
			if toks[j-1].Lemma == "two" {
				j++
			}
		default:
			continue
		}
		if j < len(toks) && (toks[j].Tag == "VBD" || toks[j].Tag == "VBZ" || toks[j].Tag == "VBP") {
			return true
		}
	}
	return false
}

// bothSidesNoun reports whether "both"/"the two" at toks[j] is followed by
// a noun of bothSides.
func bothSidesNoun(toks []dyad.Token, j int) bool {
	n := j + 1
	if toks[j].Lemma == "the" {
		n = j + 2
	}
	return n < len(toks) && bothSides[strings.ToLower(toks[n].Text)]
}

// raisedSubject reports whether the pattern p is "expect/schedule to ..."
// ("is expected to hold talks with X", "is scheduled to meet X"): the
// passive's subject is the one who is to act, not its target.
func raisedSubject(p *codebook.Pattern) bool {
	if len(p.Words) < 3 || p.Words[1] != "to" {
		return false
	}
	switch p.Words[0] {
	case "expect", "schedule":
		return true
	}
	return false
}

// talksPartner returns the party of "for talks with Y", "to hold talks
// with Y" or "to meet Y" within twelve tokens after a visit's trigger
// (toks[from] on, no punctuation between): the one the visitor means to
// meet. Otherwise nil.
func talksPartner(toks []dyad.Token, args []arg, from int) []arg {
	for k := from; k < len(toks) && k < from+12; k++ {
		if boundary(toks, k) || toks[k].Text == "," {
			return nil
		}
		w := -1
		switch {
		case (toks[k].Lemma == "talk" || toks[k].Lemma == "talks") && k+1 < len(toks) && toks[k+1].Lemma == "with" && k > 0 && (toks[k-1].Lemma == "for" || toks[k-1].Lemma == "hold"):
			w = k + 2
		case toks[k].Lemma == "meet" && k > 0 && toks[k-1].Lemma == "to":
			w = k + 1
		default:
			continue
		}
		if g := firstGroup(toks, args, w, clauseEnd(toks, w)); len(g) > 0 && g[0].first <= w+2 {
			return g
		}
		return nil
	}
	return nil
}

// guestTitleWords are the common nouns of a guest's title or office that
// may stand before "of COUNTRY" in an audience ("the two co-princes of
// Andorra", "the crown prince of Kuwait").
var guestTitleWords = []string{"prince", "princes", "princess", "regent", "regents", "king", "queen",
	"duke", "emir", "sultan", "president", "minister", "ministers", "leader", "leaders", "envoy",
	"envoys", "delegation", "head", "heads", "chief", "speaker", "governor", "ambassador", "monarch"}

// guestTitle reports whether the common noun t names a person's title or
// office (a word of guestTitleWords, or ending in one: "co-princes").
func guestTitle(t dyad.Token) bool {
	w := strings.ToLower(t.Text)
	for _, g := range guestTitleWords {
		if w == g || strings.HasSuffix(w, "-"+g) {
			return true
		}
	}
	return false
}

// duringVisit reports whether the event noun toks[i] of pattern p is a
// visit by a named party after "during" or "on" ("signed an agreement
// during a two-day official visit by X"): the occasion of the earlier
// event, and an event of its own, not its content.
func duringVisit(toks []dyad.Token, p *codebook.Pattern, i int) bool {
	if !contains(p.Words, "visit") || !contains(p.Words, "by") {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		switch toks[k].Lemma {
		case "during", "on":
			return toks[k].Tag == "IN"
		}
		switch toks[k].Tag {
		case "DT", "JJ", "CD", "HYPH", "NN", "PRP$":
			continue
		}
		return false
	}
	return false
}
