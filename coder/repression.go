package coder

import "github.com/dyadproject/dyad"

// Repression of protests. Test sentences in repression_test.go.

// dispersed reports whether the violent repression (175) matched by m
// names no party of its own before the next comma ("police fired tear gas
// to disperse them", "used water cannon on the marchers"): after a protest
// coded in the sentence, it is aimed at the protesters.
func dispersed(toks []dyad.Token, args []arg, m match) bool {
	if m.p.Code != "175" || m.p.Noun || m.sources != nil {
		return false
	}
	return noPartyAfter(toks, args, m.last)
}
