package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Sixth round: constructions from the misses of the fifth held-out set.
// Each has its own test sentences in round6_test.go.

// ownNominals reports whether every target is a common-noun mention
// ("families", "the displaced") the actor stage gave the country of the
// first source: beneficiaries named by description, not another party.
func ownNominals(sources, targets []arg) bool {
	if len(sources) == 0 || len(targets) == 0 || !ownCountry(sources, targets) {
		return false
	}
	for _, t := range targets {
		if t.kind != "nominal" {
			return false
		}
	}
	return true
}

// meetingAfter returns the sources of a meeting verb in a gerund after
// "after" or "before" ("President X said after meeting his Namibian
// counterpart", "signed the accord after meeting Y"): the meeting is an
// event of the subject of the clause the phrase stands in, beside
// whatever that clause codes. It returns nil for any other use of the
// verb or when no subject is found.
func meetingAfter(toks []dyad.Token, args []arg, p *codebook.Pattern, i int) []arg {
	if p.Noun || rootOf(p.Code) != "04" || toks[i].Tag != "VBG" || i < 2 {
		return nil
	}
	switch toks[i].Lemma {
	case "meet", "host", "visit":
	default:
		return nil
	}
	switch toks[i-1].Lemma {
	case "after", "before":
	default:
		return nil
	}
	if g := firstGroup(toks, args, i+1, clauseEnd(toks, i+1)); len(g) == 0 || g[0].first > i+4 {
		// "after meeting on Monday" names no partner here
		return nil
	}
	return clauseSubject(toks, args, i-1)
}

var _ = strings.HasPrefix
