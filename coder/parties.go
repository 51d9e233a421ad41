package coder

import (
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

// sameSide reports whether one of two parties of a reciprocal event is the
// bare country of the other ("PRK" and "PRKGOV" for a pronoun the actor
// stage read as both): one side, not two.
func sameSide(s, t arg) bool {
	cs, ct := dyad.ActorCountry(s.code), dyad.ActorCountry(t.code)
	return cs != "" && cs == ct && (len(s.code) == 3 || len(t.code) == 3) && isCountry(cs)
}

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
