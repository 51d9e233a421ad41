package coder

import (
	"github.com/dyadproject/dyad"
)

// Deployments: whom a show of force faces. Test sentences in
// deployments_test.go.

// facingGroup returns the party a deployment faces, named after a
// participle "facing"/"confronting" or "opposite" in the clause after
// toks[from] ("deployed troops to positions north of Goma facing the M23
// rebels"), before any finite verb, when it is not one of the sources;
// nil when none is named.
// The party may be of the source's own country (rebels, insurgents).
func facingGroup(toks []dyad.Token, args []arg, from int, sources []arg) []arg {
	for k := from; k < len(toks) && k < from+20; k++ {
		// a list of what is deployed may hold commas ("troops, armoured
		// vehicles and attack helicopters"); a finite verb ends the clause
		if boundary(toks, k) || finite(toks[k]) {
			return nil
		}
		if !(toks[k].Tag == "VBG" && (toks[k].Lemma == "face" || toks[k].Lemma == "confront")) && toks[k].Lemma != "opposite" {
			continue
		}
		g := firstGroup(toks, args, k+1, clauseEnd(toks, k+1))
		if len(g) == 0 || g[0].first > k+3 || sameCode(sources, g[0]) {
			return nil
		}
		return g
	}
	return nil
}
