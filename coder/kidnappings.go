package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Kidnappings: the appeal to the captors. Test sentences in
// kidnappings_test.go.

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
