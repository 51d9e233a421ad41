package coder

import (
	"strings"

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

// directiveVerbs ask, press or let someone do an act: the act in their
// infinitive is asked for, not done.
var directiveVerbs = map[string]bool{
	"force": true, "ask": true, "urge": true, "call": true, "order": true, "tell": true,
	"pressure": true, "pressurise": true, "pressurize": true, "persuade": true, "compel": true,
	"invite": true, "encourage": true, "allow": true, "permit": true, "want": true, "oblige": true,
	"push": true, "press": true, "instruct": true, "direct": true, "request": true, "require": true,
}

// directedInfinitive reports whether the verb toks[i] is the infinitive
// after "VERB X to" with a directive verb ("to force longtime leader Yahya
// Jammeh to step down", "is going to call the US to withdraw its troops"):
// the act is what X is pressed or asked to do, no event of its own (the
// directive itself is coded by its own pattern when it has one).
func directedInfinitive(toks []dyad.Token, args []arg, m match) bool {
	i := m.first
	if m.p.Noun || i < 3 || toks[i-1].Lemma != "to" {
		return false
	}
	k := i - 2
	noun := false
	for ; k >= 0; k-- {
		if covers(args, k) {
			noun = true
			continue
		}
		tg := toks[k].Tag
		if tg == "DT" || tg == "JJ" || tg == "CD" || tg == "POS" || tg == "PRP$" || tg == "PRP" || strings.HasPrefix(tg, "NN") {
			noun = noun || tg == "PRP" || strings.HasPrefix(tg, "NN")
			continue
		}
		break
	}
	if k < 0 || !noun || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	return directiveVerbs[toks[k].Lemma]
}

// participleSubjects drops from the sources of a participle after a comma
// ("protesters stormed government buildings and the parliament, demanding
// Pashinyan's resignation") the parties that stand after the first finite
// verb of its clause: objects of that verb, not the participle's subject.
func participleSubjects(toks []dyad.Token, m match, start int, sources []arg) []arg {
	i := m.first
	if m.p.Noun || i < 2 || toks[i].Tag != "VBG" || toks[i-1].Text != "," || len(sources) < 2 {
		return sources
	}
	f := -1
	for k := max(start, 0); k < i; k++ {
		if finite(toks[k]) {
			f = k
			break
		}
	}
	if f < 0 {
		return sources
	}
	var out []arg
	for _, s := range sources {
		if s.first < 0 || s.first < f {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return sources
	}
	return out
}
