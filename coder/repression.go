package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

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

// protestVerbs are the verbs of a protest whose subject a clause opened by
// "as", "while" or "when" names ("as residents rallied against ...").
var protestVerbs = map[string]bool{"rally": true, "protest": true, "march": true, "demonstrate": true,
	"gather": true, "picket": true, "riot": true, "strike": true}

// multitude are the nouns of a crowd's size ("thousands of miners").
var multitude = map[string]bool{"hundred": true, "thousand": true, "dozen": true, "ten": true,
	"hundreds": true, "thousands": true, "dozens": true, "tens": true, "score": true, "crowd": true}

// subordinateSubject returns the actors just before the verb toks[i] when a
// clause opened by "as", "while" or "when" begins with them ("police fired
// tear gas as several hundred residents rallied against ..."): the subject
// of that clause, not of the main one. Nil otherwise.
func subordinateSubject(toks []dyad.Token, args []arg, i int) []arg {
	var group []arg
	first := i
	for k := len(args) - 1; k >= 0; k-- {
		a := args[k]
		if a.last > first || a.possessor {
			continue
		}
		if a.last != first && !(len(group) > 0 && a.last < first && first-a.last <= 1 && (toks[first-1].Lemma == "and" || toks[first-1].Text == ",")) {
			break
		}
		group = append([]arg{a}, group...)
		first = a.first
	}
	if len(group) == 0 {
		return nil
	}
	k := first - 1
	for k >= 0 {
		switch {
		case toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "JJ" || toks[k].Tag == "JJS":
			k-- // "as several hundred residents"
			continue
		case toks[k].Lemma == "of" && k > 0 && multitude[toks[k-1].Lemma]:
			k -= 2 // "as thousands of miners"
			continue
		}
		break
	}
	if k < 0 {
		return nil
	}
	switch toks[k].Lemma {
	case "as", "while", "when", "after":
		if toks[k].Tag == "IN" || toks[k].Tag == "WRB" {
			return group
		}
	}
	return nil
}

// repressed returns the party a violent dispersal matched by m is aimed at
// when its pattern finds none: the object of an arrest verb coordinated
// with it ("fired pepper spray and detained at least 14 people") or the
// protesters of a clause opened by "as"/"while" in the same sentence ("fired
// tear gas as thousands of students marched on parliament"), or the
// non-state party just targeted when that clause's subject is "they".
// Nil otherwise.
func repressed(toks []dyad.Token, args []arg, m match, lastTargets []arg) []arg {
	if m.p.Code != "175" || m.p.Noun || m.targets != nil {
		return nil
	}
	if m.last+1 < len(toks) && toks[m.last].Lemma == "and" && strings.HasPrefix(toks[m.last+1].Tag, "VB") {
		switch toks[m.last+1].Lemma {
		case "arrest", "detain", "beat", "disperse", "round", "chase", "injure", "wound":
			if g := firstGroup(toks, args, m.last+2, len(toks)); len(g) > 0 && g[0].first <= m.last+6 {
				return g
			}
		}
	}
	for k := m.last; k < len(toks); k++ {
		if !protestVerbs[toks[k].Lemma] || !strings.HasPrefix(toks[k].Tag, "VB") {
			continue
		}
		if g := subordinateSubject(toks, args, k); len(g) > 0 && nonState(g[0].code) {
			return g
		}
		if subordinatePronoun(toks, k) && len(lastTargets) > 0 && nonState(lastTargets[0].code) {
			return lastTargets // "detained dozens of students and fired tear gas as they rallied"
		}
	}
	return nil
}

// subordinatePronoun reports whether "as/while/when they" stands right
// before the verb toks[i] ("as they rallied outside parliament").
func subordinatePronoun(toks []dyad.Token, i int) bool {
	if i < 2 || strings.ToLower(toks[i-1].Text) != "they" {
		return false
	}
	switch toks[i-2].Lemma {
	case "as", "while", "when":
		return true
	}
	return false
}

// protestingParticiple reports whether the protest verb pattern m is a
// participle right after the noun of the people an act of coercion (root
// 17) just coded targeted ("fired tear gas at thousands of garment
// workers protesting low wages", "arrested 40 students demonstrating
// against the law"): their protest, an event of its own.
func protestingParticiple(toks []dyad.Token, m match, i int, lastRoot string) bool {
	return !m.p.Noun && lastRoot == "17" && rootOf(m.p.Code) == "14" && toks[i].Tag == "VBG" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "NN")
}

// policeRaid recodes a raid (19x) by police on premises or people as
// coercion (170): a search or seizure by law enforcement, not an armed
// attack ("Ecuadorian police raided the Mexican embassy in Quito", "police
// raided the offices of the opposition party"). Raids by armed forces or
// armed groups stay attacks.
func (c *Coder) policeRaid(toks []dyad.Token, m match, evs []dyad.Event) {
	if m.p.Noun || rootOf(m.p.Code) != "19" || m.p.Words[0] != "raid" {
		return
	}
	for i := range evs {
		if rootOf(evs[i].CAMEO) == "19" && dyad.ActorRole(evs[i].Source) == "COP" {
			evs[i].CAMEO = "170"
			evs[i].Pattern += " (a police raid)"
			c.fill(&evs[i])
		}
	}
}
