package coder

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Rejections and denials that answer another event of the sentence. Test
// sentences in rejections_test.go.

// chargeNouns name an accusation a denial may take as its object.
var chargeNouns = map[string]bool{
	"charge": true, "accusation": true, "allegation": true, "claim": true, "claims": true,
	"charges": true, "accusations": true, "allegations": true,
}

// deniedCharge matches a denial or rejection whose object is "the
// charge(s)/accusation(s)/allegation(s)/claim(s)" and that names no party
// of its own, after an accusation coded in the same sentence ("X accused
// Y of ...; Y's foreign ministry rejected the charge hours later", "...,
// but Y denied the allegations"): a denial (016) toward the accuser. It
// returns the pattern to code with, or nil.
func deniedCharge(toks []dyad.Token, args []arg, m match) *codebook.Pattern {
	if m.p.Noun || m.targets != nil || m.sources != nil {
		return nil
	}
	switch toks[m.first].Lemma {
	case "deny", "reject", "dismiss", "refute", "rebuff":
	default:
		return nil
	}
	k := m.first + 1
	if k >= len(toks) {
		return nil
	}
	switch toks[k].Lemma {
	case "the", "these", "those", "such", "that", "this":
	default:
		return nil
	}
	n := -1
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if chargeNouns[toks[j].Lemma] && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") {
			n = j
			break
		}
		if toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
			return nil
		}
	}
	if n < 0 {
		return nil
	}
	// a party of the charge's own ("the charges against X", "the
	// accusation by Y") is left to the patterns
	if n+1 < len(toks) && (toks[n+1].Lemma == "by" || toks[n+1].Lemma == "against" || toks[n+1].Lemma == "from") {
		return nil
	}
	if covers(args, n) {
		return nil
	}
	return withCode(m.p, "016")
}
