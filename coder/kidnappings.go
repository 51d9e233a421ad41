package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Kidnappings: the appeal to the captors, and the speaker of a
// participle after "said". Test sentences in kidnappings_test.go.

// captorNouns name the takers of hostages.
var captorNouns = map[string]bool{
	"captor": true, "kidnapper": true, "abductor": true, "hostage-taker": true,
	"captors": true, "kidnappers": true, "abductors": true, "hostage-takers": true,
}

// toCaptors reports whether the appeal or demand m is addressed to the
// captors, named right after the trigger ("urging his captors to free
// him", "called on the kidnappers to release"), whether or not the actor
// stage made them an actor of their own (criminals of the victims'
// country).
func toCaptors(toks []dyad.Token, m match) bool {
	if r := rootOf(m.p.Code); r != "02" && r != "10" || m.p.Noun {
		return false
	}
	// the captors may stand inside the pattern ("urged the kidnappers
	// to release", "call on")
	for k := m.first + 1; k < len(toks) && k <= m.first+4; k++ {
		if toks[k].Lemma == "on" || toks[k].Lemma == "upon" {
			continue
		}
		if captorNouns[toks[k].Lemma] || captorNouns[strings.ToLower(toks[k].Text)] {
			return true
		}
		switch toks[k].Tag {
		case "PRP$", "DT", "JJ":
		default:
			return false
		}
	}
	return false
}

// saidSpeaker returns the speaker of a participle right after ", X said
// (on Sunday)," ("..., the French foreign ministry said on Sunday,
// urging his captors to free him"): the mention right before the speech
// verb, or right after it ("said the ministry,"); nil when toks[i] is no
// participle there or no speaker is named.
func saidSpeaker(d *dyad.Doc, si, i int, args []arg) []arg {
	toks := d.Sentences[si].Tokens
	if toks[i].Tag != "VBG" || i < 3 || toks[i-1].Text != "," {
		return nil
	}
	k := i - 2
	for k > 0 && (timeAt(d, si, k) || toks[k].Tag == "RB") {
		k--
	}
	if toks[k].Lemma == "say" || toks[k].Lemma == "add" {
		before := argsBefore(args, k)
		if len(before) == 0 || before[len(before)-1].last != k {
			return nil
		}
		// the speaker and any joined to it by "and" ("Mali and Niger
		// said"), not the place before its comma
		group := []arg{before[len(before)-1]}
		for j := len(before) - 2; j >= 0; j-- {
			b := before[j]
			if b.last == group[0].last && b.first == group[0].first || b.last+1 == group[0].first && toks[b.last].Lemma == "and" {
				group = append([]arg{b}, group...)
				continue
			}
			break
		}
		return group
	}
	// "said the ministry,"
	for _, a := range args {
		j := a.first - 1
		if j > 0 && toks[j].Tag == "DT" {
			j--
		}
		if a.last == k+1 && j >= 0 && toks[j].Lemma == "say" {
			return []arg{a}
		}
	}
	return nil
}
