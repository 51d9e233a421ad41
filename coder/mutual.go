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
