package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Mutual acts: "each side accused the other". Test sentences in
// mutual_test.go.

// eachOther reports whether the verb pattern m has "each side", "each",
// "both sides", "the two sides" or "both" right before it as subject (adverbs may come
// between) and "the other", "each other" or "one another" right after
// it as object: an act of every party of the last coded event on every
// other ("as each side accused the other of breaching the ceasefire").
func eachOther(toks []dyad.Token, m match) bool {
	if m.p.Noun || m.first < 1 {
		return false
	}
	k := m.first - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	subj := false
	switch w := strings.ToLower(toks[k].Text); w {
	case "each", "both":
		subj = true
	case "side", "sides", "party", "parties":
		switch strings.ToLower(toks[max(k-1, 0)].Text) {
		case "each", "both", "two":
			subj = k > 0
		}
	}
	if !subj {
		return false
	}
	j := m.first + 1
	if j+1 >= len(toks) {
		return false
	}
	a, b := strings.ToLower(toks[j].Text), strings.ToLower(toks[j+1].Text)
	return a == "the" && b == "other" || a == "each" && b == "other" || a == "one" && b == "another"
}

// parties returns the distinct sources of evs as arguments, for the
// acts of "each side" after them; nil with fewer than two.
func parties(evs []dyad.Event) []arg {
	var out []arg
	seen := map[string]bool{}
	for _, ev := range evs {
		if ev.Source == "" || seen[ev.Source] {
			continue
		}
		seen[ev.Source] = true
		e := ev.SourceEntity
		if e == "" {
			e = "implied:" + ev.Source
		}
		out = append(out, arg{first: -1, last: -1, code: ev.Source, entity: e, kind: "implied"})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// theTwo reports whether the subject right before the verb pattern m is
// "the two <noun>" or "both <noun>" ("the two forces would begin sharing
// intelligence", "both governments will hold joint exercises"), with only
// modals, adverbs and verbs that start or plan an act ("would begin",
// "plan to") between it and the trigger: the parties of the last event with
// two or more sources, not a new actor the noun names. Only for patterns
// coded both ways (recip).
func theTwo(toks []dyad.Token, m match) bool {
	if m.p.Noun || !m.p.Recip || m.first < 3 {
		return false
	}
	k := m.first - 1
	for k > 0 && (toks[k].Tag == "MD" || toks[k].Tag == "RB" || toks[k].Tag == "TO" || inception[toks[k].Lemma] ||
		toks[k].Lemma == "plan" || toks[k].Lemma == "agree" || toks[k].Lemma == "be" || toks[k].Lemma == "have") {
		k--
	}
	if k < 2 || !strings.HasPrefix(toks[k].Tag, "NN") {
		return false
	}
	switch {
	case strings.ToLower(toks[k-1].Text) == "both":
		return true
	case strings.ToLower(toks[k-1].Text) == "two" && strings.ToLower(toks[k-2].Text) == "the":
		return true
	}
	return false
}
