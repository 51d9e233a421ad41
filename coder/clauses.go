package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// oneVerbClause reports whether the words at a and b belong to one clause:
// the first verb above each in the parse is the same ("met on Friday,
// their first meeting since 2019": the appositive hangs off "met"), or one
// of the words is that verb, or one verb is a conjunct of the other that
// shares its subject, or b's clause hangs off a or the noun a modifies
// ("It is the first since 2019 that they met"). "restored relations on
// Monday, and the flag was raised for the first time since 1961" puts
// "first" under "raised", another clause; so does a participle or
// infinitive clause of a noun ("agreements to establish relations ...,
// the first such deals since 1994"). Without a parse it reports true.
func oneVerbClause(toks []dyad.Token, a, b int) bool {
	va, oka := clauseVerb(toks, a)
	vb, okb := clauseVerb(toks, b)
	if !oka || !okb {
		return true
	}
	// a verb coordinated with the other without a subject of its own
	// shares its clause's parties: "met ... but did not reach an agreement
	// ..., their first meeting since 2019"
	if va == vb || sharedConj(toks, va, vb) || sharedConj(toks, vb, va) {
		return true
	}
	// the clause of b depends on the word a or on the noun it modifies:
	// "It is the first since December 2019 that the leaders met"
	for k, steps := b, 0; k >= 0 && k < len(toks) && steps <= len(toks); k, steps = toks[k].Head, steps+1 {
		if k == a || k == toks[a].Head {
			return true
		}
	}
	return false
}

// sharedConj reports whether the verb at c is a conjunct of the verb at h
// with no subject of its own.
func sharedConj(toks []dyad.Token, c, h int) bool {
	if toks[c].Rel != "conj" || toks[c].Head != h {
		return false
	}
	for _, t := range toks {
		if t.Head == c && strings.HasPrefix(t.Rel, "nsubj") {
			return false
		}
	}
	return true
}

// clauseVerb returns the first verb at or above word i in the parse (the
// root when none is a verb), and false when the sentence has no parse.
func clauseVerb(toks []dyad.Token, i int) (int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, false
	}
	for steps := 0; steps <= len(toks); steps++ {
		h := toks[i].Head
		if strings.HasPrefix(toks[i].Tag, "VB") && toks[i].Rel != "aux" && toks[i].Rel != "aux:pass" && toks[i].Rel != "cop" {
			return i, true
		}
		if h < 0 || h >= len(toks) {
			// the root, or no parse at all
			return i, toks[i].Rel != ""
		}
		i = h
	}
	return i, true
}

// dateOfOtherPhrase reports whether the date expression at bytes
// [start, end) of the sentence belongs, by the parse, to something other
// than the event at the trigger trig: a modifier of another noun ("the
// 2015 nuclear agreement", which the United States left this year), or a
// relative clause other than the trigger's ("Min Aung Hlaing, who seized
// power on Feb. 1, attended the meeting"). Without a parse only the
// relative clause set off by commas counts.
func dateOfOtherPhrase(toks []dyad.Token, start, end, trig int) bool {
	h := -1
	for k, t := range toks {
		if t.Start < start || t.End > end {
			continue
		}
		if p := t.Head; p < 0 || p >= len(toks) || toks[p].Start < start || toks[p].End > end {
			h = k // the word of the phrase whose head lies outside it
			break
		}
	}
	if h < 0 {
		return false
	}
	if inRelative(toks, h, trig) {
		return true
	}
	if toks[h].Rel == "" {
		return false
	}
	if p := toks[h].Head; p >= 0 && p != trig && strings.HasPrefix(toks[p].Tag, "NN") {
		switch toks[h].Rel {
		case "compound", "amod", "nummod", "nmod:poss":
			return true
		}
	}
	vd, okd := clauseVerb(toks, h)
	vt, okt := clauseVerb(toks, trig)
	if !okd || !okt || vd == vt || toks[vd].Rel != "acl:relcl" {
		return false
	}
	// the trigger inside the date's clause keeps it
	for k, steps := trig, 0; k >= 0 && k < len(toks) && steps <= len(toks); k, steps = toks[k].Head, steps+1 {
		if k == vd {
			return false
		}
	}
	return true
}

// inRelative reports whether word k lies in a relative clause set off by
// commas (", who took office in March 2018,") that does not hold the
// trigger trig; the parse often misses these.
func inRelative(toks []dyad.Token, k, trig int) bool {
	start := -1
	for j := k - 1; j > 0; j-- {
		if toks[j].Text == "," {
			return false
		}
		if (toks[j].Tag == "WP" || toks[j].Tag == "WDT" || toks[j].Tag == "WP$") && toks[j-1].Text == "," {
			start = j - 1
			break
		}
	}
	if start < 0 {
		return false
	}
	end := len(toks)
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Text == "," {
			end = j
			break
		}
	}
	return trig < start || trig >= end
}
