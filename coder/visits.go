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
