package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Rejections and denials that answer another event of the sentence. Test
// sentences in rejections_test.go.

// chargeNouns name an accusation a denial may take as its object.
var chargeNouns = map[string]bool{
	"charge": true, "accusation": true, "allegation": true, "claim": true, "claims": true,
	"charges": true, "accusations": true, "allegations": true,
}

// deniedCharge matches a denial or rejection whose object is "the
// charge(s)/accusation(s)/allegation(s)/claim(s)" and that names no party
// of its own, after an accusation coded in the same sentence ("X accused
// Y of ...; Y's foreign ministry rejected the charge hours later", "...,
// but Y denied the allegations"): a denial (016) toward the accuser. It
// returns the pattern to code with, or nil.
func deniedCharge(toks []dyad.Token, args []arg, m match) *codebook.Pattern {
	if m.p.Noun || m.targets != nil || m.sources != nil {
		return nil
	}
	switch toks[m.first].Lemma {
	case "deny", "reject", "dismiss", "refute", "rebuff":
	default:
		return nil
	}
	k := m.first + 1
	if k >= len(toks) {
		return nil
	}
	switch toks[k].Lemma {
	case "the", "these", "those", "such", "that", "this":
	default:
		return nil
	}
	n := -1
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if chargeNouns[toks[j].Lemma] && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") {
			n = j
			break
		}
		if toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
			return nil
		}
	}
	if n < 0 {
		return nil
	}
	// a party of the charge's own ("the charges against X", "the
	// accusation by Y") is left to the patterns
	if n+1 < len(toks) && (toks[n+1].Lemma == "by" || toks[n+1].Lemma == "against" || toks[n+1].Lemma == "from") {
		return nil
	}
	if covers(args, n) {
		return nil
	}
	return withCode(m.p, "016")
}

// appealNouns are the nouns of an appeal a rejection may name ("rejected
// a United States call for the release of ...", "turned down Kenya's
// request for extradition").
var appealNouns = map[string]bool{"call": true, "appeal": true, "request": true, "plea": true}

// rejectedAppeals returns, for the events of a rejection of another
// party's appeal ("rejecting a United States call for the release of
// jailed protesters", "rejected Kenya's request for help"), the appeal
// itself: the caller's appeal (02x, the code of the verb pattern the noun
// and its phrase make, "call for release" 0253, "a request for help" as
// "request help" 023; else 020) to the
// rejecting party. The caller must be named before the noun, as its
// possessor or modifier, and be the rejection's target.
func (c *Coder) rejectedAppeals(toks []dyad.Token, args []arg, m match, evs []dyad.Event) []dyad.Event {
	if rootOf(m.p.Code) != "12" || m.p.Noun || len(evs) == 0 {
		return nil
	}
	n := -1
	for k := m.first + 1; k < len(toks) && k <= m.first+6; k++ {
		if appealNouns[toks[k].Lemma] && strings.HasPrefix(toks[k].Tag, "NN") {
			n = k
			break
		}
		if boundary(toks, k) {
			return nil
		}
	}
	if n < 0 {
		return nil
	}
	caller := map[string]bool{}
	for _, a := range args {
		if a.first > m.first && a.first < n && a.entity != "" {
			caller[a.entity] = true
		}
	}
	inArg := make([]bool, len(toks))
	for _, a := range args {
		for k := a.first; k < a.last && k < len(toks); k++ {
			inArg[k] = true
		}
	}
	code := "020"
	for _, p := range c.cb.Patterns(toks[n].Lemma) {
		if p.Noun || rootOf(p.Code) != "02" || p.Actor {
			continue
		}
		from := n + 1
		if from < len(toks) && toks[from].Lemma == "for" && len(p.Words) > 1 && p.Words[1] != "for" {
			// "a request for help" as "request help"
			from++
		}
		if _, ok := follow(toks, from, p.Words[1:], inArg, nil); ok && len(p.Words) > 1 {
			code = p.Code
			break
		}
	}
	var out []dyad.Event
	for _, ev := range evs {
		if ev.Negated || ev.Source == "" || ev.Target == "" || !caller[ev.TargetEntity] {
			continue
		}
		r := c.derived(ev, ev.Target, ev.TargetEntity, ev.Source, ev.SourceEntity, code, "the appeal rejected")
		if r.Modality == dyad.Intended {
			r.Modality = dyad.Asserted // the appeal was made
		}
		out = append(out, r)
	}
	return out
}
