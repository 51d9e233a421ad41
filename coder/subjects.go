package coder

import (
	"github.com/dyadproject/dyad"
)

// Subjects: where the clause's subject starts. Test sentences in
// round5_test.go and subjects_test.go.

// afterDateline returns the index just after a dateline's dash ("YANGON
// (Reuters) - An air strike ...") when one stands in [start, trigger),
// else start: the dateline is no part of the clause's subject.
func afterDateline(toks []dyad.Token, start, trigger int) int {
	for k := start + 1; k < trigger && k < len(toks); k++ {
		switch toks[k].Text {
		case "-", "--", "–", "—":
			if toks[k-1].Text == ")" {
				return k + 1
			}
		}
	}
	return start
}
