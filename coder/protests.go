package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Protests: whom a march is aimed at and whose people march. Test
// sentences in round14_test.go.

// protestNouns are the nouns that name a protest again after its verb
// ("marched ..., in the largest protest against ...").
var protestNouns = map[string]bool{
	"protest": true, "demonstration": true, "rally": true, "march": true,
}

// protestAgainst returns the party of "in (the largest) protest against
// X" after a protest verb, from toks[from] to the end of the sentence:
// "marched through the capital to demand higher pay, in the largest
// protest against Prime Minister X's government" is aimed at that
// government. The noun must follow "in" within four tokens and be
// followed by "against" and a party; otherwise nil.
func protestAgainst(toks []dyad.Token, args []arg, from int) []arg {
	for k := from; k+2 < len(toks); k++ {
		if toks[k].Text == "." || toks[k].Text == ";" {
			return nil
		}
		if !protestNouns[toks[k].Lemma] || !strings.HasPrefix(toks[k].Tag, "NN") || toks[k+1].Lemma != "against" {
			continue
		}
		in := false
		for j := k - 1; j >= from && j >= k-4; j-- {
			if toks[j].Lemma == "in" {
				in = true
				break
			}
			if t := toks[j].Tag; t != "DT" && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "RB") && t != "CD" {
				break
			}
		}
		if !in {
			continue
		}
		if g := firstGroup(toks, args, k+2, clauseEnd(toks, k+2)); len(g) > 0 && g[0].first <= k+6 {
			return g
		}
	}
	return nil
}

// marchersOfPlace returns the sources of a protest with the common-noun
// groups among them ("textile workers", named by no country of their
// own) given the country of the place they march in, the first toponym
// within four tokens after the trigger ("marched through Maseru"), when
// the actor stage gave them another. Other sources are kept.
func marchersOfPlace(d *dyad.Doc, si int, toks []dyad.Token, sources []arg, last, end int) []arg {
	pl := placeAfter(d, si, last, min(end, last+4))
	if pl == nil || !isCountry(pl.Country) {
		return sources
	}
	out := sources
	copied := false
	for i, s := range sources {
		old := dyad.ActorCountry(s.code)
		if s.kind != "nominal" || !nonState(s.code) || namesCountry(toks, s) || !isCountry(old) || old == pl.Country || !strings.HasPrefix(s.code, old) {
			continue
		}
		if !copied {
			out = append([]arg(nil), sources...)
			copied = true
		}
		out[i].code = pl.Country + s.code[len(old):]
	}
	return out
}

// relativeAntecedent returns the actors of the noun right before a "who"
// that opens the clause of the verb toks[i] ("students who had blocked a
// road to protest"), or nil when no such relative pronoun stands within
// six words before it or no actor ends right before the pronoun.
func relativeAntecedent(toks []dyad.Token, args []arg, i int) []arg {
	for k := i - 1; k > 0 && i-k <= 6; k-- {
		t := toks[k]
		if t.Tag == "," || t.Tag == "." || t.Tag == ":" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "PRP" {
			return nil
		}
		if t.Lemma != "who" || t.Tag != "WP" {
			continue
		}
		var g []arg
		for _, a := range args {
			if a.last == k {
				g = append(g, a)
			}
		}
		return g
	}
	return nil
}
