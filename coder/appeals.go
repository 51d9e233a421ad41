package coder

import (
	"github.com/dyadproject/dyad"
)

// Appeals: who an appeal is made to. Test sentences in appeals_test.go.

// beneficiaryRoles are the roles of the people aid is asked for.
var beneficiaryRoles = map[string]bool{"REF": true, "CVL": true}

// forBeneficiaries drops from the targets of an appeal (02x) the people
// the help is asked for, named as a common noun in a "for" phrase after
// the trigger ("appealed for urgent humanitarian aid for some 8,000
// refugees stranded near the border"): they are no addressee. It reports
// whether any was dropped; with none left the appeal names no addressee.
func forBeneficiaries(toks []dyad.Token, m match, targets []arg) ([]arg, bool) {
	var kept []arg
	dropped := false
	for _, t := range targets {
		if t.first >= m.first && t.kind == "nominal" && beneficiaryRoles[dyad.ActorRole(t.code)] && afterFor(toks, t.first, m.first) {
			dropped = true
			continue
		}
		kept = append(kept, t)
	}
	return kept, dropped
}

// afterFor reports whether the mention starting at toks[i] stands in a
// "for" phrase ("for some 8,000 migrants", "for the displaced") that
// begins after toks[from].
func afterFor(toks []dyad.Token, i, from int) bool {
	for k := i - 1; k > from && k >= i-4; k-- {
		if toks[k].Lemma == "for" {
			return true
		}
		switch toks[k].Tag {
		case "DT", "JJ", "CD", "RB", "PDT":
		default:
			return false
		}
	}
	// the mention may hold its own determiner or quantity ("some 8,000
	// migrants"): "for" right before it
	return i > 0 && i-1 > from && toks[i-1].Lemma == "for"
}
