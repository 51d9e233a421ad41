package coder

import "github.com/dyadproject/dyad"

// Reactions an earlier act prompts. Test sentences in reactions_test.go.

// promptingVerbs are the participles that make a party act in reaction to
// the clause before ("..., prompting X to demand ...").
var promptingVerbs = map[string]bool{
	"prompt": true, "force": true, "lead": true, "cause": true, "push": true, "spur": true,
	"compel": true, "drive": true, "trigger": true, "provoke": true,
}

// promptedParty returns the party X of ", prompting/forcing/leading X to
// VERB" when toks[i] is that verb ("arrested 11 fishermen, prompting the
// Maldives foreign ministry to demand their release"): the act is X's, a
// reaction to the clause before. It returns nil otherwise.
func promptedParty(toks []dyad.Token, args []arg, i int) []arg {
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 3 || toks[k].Lemma != "to" {
		return nil
	}
	var x arg
	found := false
	for _, a := range args {
		if a.last == k && !a.possessor {
			x, found = a, true
		}
	}
	if !found {
		return nil
	}
	group := nearestGroup(toks, groupEndingAt(toks, args, x))
	if len(group) == 0 {
		return nil
	}
	v := group[0].first - 1
	if v < 1 || toks[v].Tag != "VBG" || !promptingVerbs[toks[v].Lemma] {
		return nil
	}
	if p := toks[v-1]; p.Text != "," && p.Lemma != "and" {
		return nil
	}
	return group
}
