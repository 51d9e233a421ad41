package coder

import (
	"strings"

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

// datelineEnd returns the index of the dash that closes a dateline at the
// start of a sentence ("PEMBA, Mozambique, Sept 23, 2024 (AFP) - ..."),
// or -1: a dash after a closing parenthesis within the first 25 tokens,
// with no verb before it. Mentions before it name no party of the news.
func datelineEnd(toks []dyad.Token) int {
	for k := 1; k < len(toks) && k < 25; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" {
			return -1
		}
		switch toks[k].Text {
		case "-", "--", "–", "—":
			if toks[k-1].Text == ")" {
				return k
			}
		}
	}
	return -1
}
