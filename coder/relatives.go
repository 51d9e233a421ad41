package coder

import (
	"github.com/dyadproject/dyad"
)

// Relative clauses and participles on the subject: their parties are not
// the subject's. Test sentences in realnews_test.go.

// closedRelative returns, when the clause reading started the clause of
// the verb toks[i] at start, right after the relative pronoun of ", who/
// which ..., " that has closed with a comma before the verb ("Putin, who is
// the subject of an arrest warrant from the court, did not travel"), the
// comma before the pronoun and the closing comma; else -1, -1. Only
// auxiliaries, modals and adverbs may stand between the closing comma and
// the verb.
func closedRelative(toks []dyad.Token, start, i int) (open, closing int) {
	if start < 2 || start > i || i >= len(toks) || toks[start-2].Text != "," {
		return -1, -1
	}
	switch toks[start-1].Tag {
	case "WP", "WDT", "WP$":
	default:
		return -1, -1
	}
	c := -1
	for k := i - 1; k >= start; k-- {
		if toks[k].Text == "," {
			c = k
			break
		}
		switch tg := toks[k].Tag; {
		case tg == "MD" || tg == "RB" || toks[k].Lemma == "have" || toks[k].Lemma == "be" || toks[k].Lemma == "do" || toks[k].Lemma == "not":
		default:
			return -1, -1
		}
	}
	if c < 0 || c == start {
		return -1, -1
	}
	return start - 2, c
}

// outsideSpan returns the mentions of args that do not lie in [from, to].
func outsideSpan(args []arg, from, to int) []arg {
	var out []arg
	for _, a := range args {
		if a.last <= from || a.first > to {
			out = append(out, a)
		}
	}
	return out
}

// attributiveParticiple reports whether the verb trigger at m is a past
// participle used as an adjective inside a noun phrase: after a hyphened
// modifier ("the U.S.-backed Syrian Democratic Forces", "Iranian-made
// drones") or after adverbs that follow a determiner, possessive or
// adjective ("the internationally recognised government"), and before the
// noun it describes. It describes the noun; it is no event.
func attributiveParticiple(toks []dyad.Token, m match) bool {
	i := m.first
	// (the tagger may read the participle as a past tense)
	if m.p.Noun || i < 1 || m.last != i+1 || i+1 >= len(toks) || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	if next := toks[i+1].Tag; !(len(next) >= 2 && next[:2] == "NN" || next == "JJ") {
		return false
	}
	if toks[i-1].Tag == "HYPH" || toks[i-1].Text == "-" {
		return true
	}
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k == i-1 || k < 0 {
		return false // no adverb: left to the clause reading
	}
	switch toks[k].Tag {
	case "DT", "PRP$", "JJ", "POS", "CD":
		return true
	}
	return false
}

// compoundAgent reports whether the mention a ends in the hyphen of a
// compound participle ("the U.S.-" of "the U.S.-backed forces"): the
// participle's agent, no party of the clause's events.
func compoundAgent(toks []dyad.Token, a arg) bool {
	if a.last < 1 || a.last >= len(toks) {
		return false
	}
	h := toks[a.last-1]
	return (h.Tag == "HYPH" || h.Text == "-") && toks[a.last].Tag == "VBN"
}

// withoutCompoundAgents returns args without the compound participles'
// agents.
func withoutCompoundAgents(toks []dyad.Token, args []arg) []arg {
	for _, a := range args {
		if compoundAgent(toks, a) {
			var out []arg
			for _, b := range args {
				if !compoundAgent(toks, b) {
					out = append(out, b)
				}
			}
			return out
		}
	}
	return args
}

// notNextSubject drops from targets a coordinated party that a finite verb
// follows right after it: the subject of the next clause, not a target
// ("the coalition backing the government and the Houthi movement agreed
// to a truce": the Houthis agreed, they are not backed). The first target
// is kept, and the rule applies only to targets in the trigger's own
// clause ("demanded that Sweden and Finland should ...": both subjects).
func notNextSubject(toks []dyad.Token, m match, targets []arg) []arg {
	if len(targets) < 2 || targets[0].first < m.last {
		return targets
	}
	for k := m.last; k < targets[0].first; k++ {
		if boundary(toks, k) {
			return targets
		}
	}
	for n, t := range targets {
		if n == 0 || t.first < 1 || t.last >= len(toks) {
			continue
		}
		if tg := toks[t.last].Tag; (tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD") && toks[t.first-1].Lemma == "and" {
			return targets[:n]
		}
	}
	return targets
}
