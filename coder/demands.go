package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Demands: whom a demand is made of. Test sentences in realnews_test.go.

// thatSubject returns the party that is the subject of the that-clause
// starting at toks[from] (a demand's target: "demanded that Iran free
// ..."), or nil when the clause's subject is a noun phrase naming no party
// ("demanded that those countries withdraw their envoys from Venezuela":
// Venezuela is no target). Adverbs, determiners and adjectives may stand
// before the party.
func thatSubject(toks []dyad.Token, args []arg, from, end int) []arg {
	g := firstGroup(toks, args, from, end)
	if len(g) == 0 {
		return nil
	}
	for k := from; k < g[0].first && k < len(toks); k++ {
		if covers(args, k) {
			continue
		}
		if tg := toks[k].Tag; strings.HasPrefix(tg, "NN") || strings.HasPrefix(tg, "VB") || tg == "MD" || tg == "PRP" || tg == "IN" {
			return nil
		}
	}
	return g
}
