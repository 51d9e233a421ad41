package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Promises of material help. Test sentences in round6_test.go.

// promiseAfterAnd reports whether the promise at toks[i] (an intention,
// 03x, one way) is coordinated by "and" with the event coded before it and
// names no party of its own ("praising Santiago's handling of the fires
// and offering to send firefighting aircraft"): it then has that event's
// target.
func promiseAfterAnd(toks []dyad.Token, args []arg, m match, i int) bool {
	if !m.p.Intent || m.p.Recip || m.p.Noun || rootOf(m.p.Code) != "03" || m.targets != nil || i < 2 {
		return false
	}
	k := i - 1
	if toks[k].Tag == "RB" {
		k--
	}
	// "and offered", "and offering", or a participle after a comma
	// (", offering to send aircraft")
	if k < 1 || toks[k].Lemma != "and" && !(toks[k].Text == "," && toks[i].Tag == "VBG") {
		return false
	}
	return noPartyAfter(toks, args, m.last)
}

// infinitiveCode returns the code of the pattern the infinitive verb
// toks[i] starts, or "".
func (c *Coder) infinitiveCode(toks []dyad.Token, i int, args []arg) string {
	if i >= len(toks) || !strings.HasPrefix(toks[i].Tag, "VB") {
		return ""
	}
	inArg := make([]bool, len(toks))
	for _, a := range args {
		for k := max(a.first, 0); k < a.last && k < len(toks); k++ {
			inArg[k] = true
		}
	}
	if m, ok := c.matchAt(toks, i, inArg, nil); ok {
		return m.p.Code
	}
	return ""
}
