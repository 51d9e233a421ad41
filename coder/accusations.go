package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Accusations and the demands made with them. Test sentences in
// round6_test.go.

// demandAfterAccusation reports whether the demand (10x) at toks[i] is
// coordinated with an accusation coded just before it and names no party
// of its own ("accused X of detaining 14 fishermen and demanded their
// immediate release"): the demand is then the accuser's, of the accused.
func demandAfterAccusation(toks []dyad.Token, args []arg, m match, i int, accused []arg) bool {
	if len(accused) == 0 || m.p.Noun || rootOf(m.p.Code) != "10" || m.sources != nil || m.targets != nil {
		return false
	}
	if !strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "VBG" {
		return false
	}
	k := i - 1
	if k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || toks[k].Lemma != "and" {
		return false
	}
	// no party after it up to the next comma ("demanded that Benin close
	// its border" names its own)
	return noPartyAfter(toks, args, m.last)
}

// noPartyAfter reports whether no actor (other than a possessor) stands
// in toks[from:] before the next comma or semicolon.
func noPartyAfter(toks []dyad.Token, args []arg, from int) bool {
	for k := from; k < len(toks) && toks[k].Text != "," && toks[k].Text != ";"; k++ {
		for _, a := range args {
			if a.first <= k && k < a.last && !a.possessor {
				return false
			}
		}
	}
	return true
}

// accusingParticiple reports whether the verb pattern m is an accusation
// in a participle after a comma (", accusing the station of glorifying
// terrorism"): the act of the main clause's subject, not the content of a
// that-clause or relative clause before it ("threatened to revoke the
// licence of a channel that broadcast ..., accusing the station of ...").
func accusingParticiple(toks []dyad.Token, m match, i int) bool {
	return !m.p.Noun && rootOf(m.p.Code) == "11" && toks[i].Tag == "VBG" && i > 0 && toks[i-1].Text == ","
}

// sanctioningRoots are the roots of the acts whose source also makes the
// accusation of a participle after them (accusingParticiple): demands,
// rejections, threats, sanctions and coercion.
var sanctioningRoots = map[string]bool{"10": true, "12": true, "13": true, "16": true, "17": true}
