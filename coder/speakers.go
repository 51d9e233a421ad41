package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Speakers: who adds a statement after "said". Test sentences in
// round7_test.go.

// addedThat reports whether toks[i] stands in a that-clause of ", adding
// that" or ", and added that": a further statement of the speaker, not the
// content of the event coded before it ("Gunmen abducted a consul, the
// ministry said, adding that it had asked Mexican authorities to ...").
func addedThat(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 1; k-- {
		if boundary(toks, k) {
			v := k - 1
			return toks[k].Lemma == "that" && toks[v].Lemma == "add" && v >= 1 && (toks[v-1].Text == "," || toks[v-1].Lemma == "and")
		}
	}
	return false
}

// addedSpeaker returns the speaker of ", adding that it/he/she had ..."
// when toks[i] is the verb of that clause and its subject is such a
// pronoun: the mention just before "said" ahead of "adding" ("the foreign
// ministry said, adding that it had asked ..."), or nil.
func addedSpeaker(toks []dyad.Token, args []arg, i int) []arg {
	that := -1
	for k := i - 1; k >= 1; k-- {
		if boundary(toks, k) {
			that = k
			break
		}
	}
	if that < 3 || !addedThat(toks, i) || that+1 >= i {
		return nil
	}
	switch strings.ToLower(toks[that+1].Text) {
	case "it", "he", "she", "they":
	default:
		return nil
	}
	v := that - 1 // "adding"
	c := v - 1    // "," or "and"
	if c < 2 || toks[c-1].Lemma != "say" {
		return nil
	}
	before := argsBefore(args, c-1)
	if len(before) == 0 || before[len(before)-1].last != c-1 {
		return nil
	}
	return nearestGroup(toks, before)
}
