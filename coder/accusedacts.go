package coder

import (
	"github.com/dyadproject/dyad"
)

// Acts named in an accusation, and the party an accusation in a relative
// clause is about. Test sentences in realnews_test.go.

// accuseVerbs are the verbs whose of/for phrase names the accused's act.
var accuseVerbs = map[string]bool{"accuse": true, "blame": true}

// accusedAgent returns the accused party when the gerund toks[i] stands in
// the of/for phrase of an accusation before it, coordinated with the act
// the accusation names ("accused Indian troops of crossing the border and
// attacking Chinese soldiers": the attack is the troops', not the
// accuser's), or nil. Between "of"/"for" and the gerund only the words of
// other gerund phrases may stand: no finite verb, no clause boundary.
func accusedAgent(toks []dyad.Token, args []arg, i int) []arg {
	if i < 3 || i >= len(toks) || toks[i].Tag != "VBG" {
		return nil
	}
	for k := i - 1; k >= 0; k-- {
		if boundary(toks, k) || finite(toks[k]) && !accuseVerbs[toks[k].Lemma] {
			return nil
		}
		if l := toks[k].Lemma; (l == "of" || l == "for") && toks[k].Tag == "IN" {
			v := k - 1
			for v >= 0 && !accuseVerbs[toks[v].Lemma] && k-v <= 8 {
				if boundary(toks, v) || finite(toks[v]) {
					break
				}
				v--
			}
			if v < 0 || !accuseVerbs[toks[v].Lemma] {
				continue // "of" in a noun phrase; look further back
			}
			return firstGroup(toks, args, v+1, k)
		}
	}
	return nil
}

// relativeObject reports whether toks[i] is a verb of accuseVerbs in a
// reduced object relative clause, right after a pronoun subject that
// follows a noun, with "for" or "of" after it: "militant groups it blamed
// for an attack on tourists", "traffickers it accuses of ...". The clause
// describes the noun's party, as background of the sentence; it is no
// event, and the party of its for/of phrase is no target.
func relativeObject(toks []dyad.Token, i int) bool {
	if i < 2 || i+1 >= len(toks) || !accuseVerbs[toks[i].Lemma] || toks[i].Tag == "VBG" || toks[i-1].Tag != "PRP" {
		return false
	}
	if l := toks[i+1].Lemma; l != "for" && l != "of" {
		return false
	}
	prev := toks[i-2].Tag
	return prev == "NN" || prev == "NNS" || prev == "NNP" || prev == "NNPS"
}
