package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Who makes a statement or demand, and of whom. Test sentences in
// realnews_test.go.

// passiveAfterModal reports whether the verb after the modal toks[modal]
// is a passive ("it must be implemented"): the subject is what is to be
// done, not a party a demand is made of.
func passiveAfterModal(toks []dyad.Token, modal int) bool {
	k := modal + 1
	for k < len(toks) && (toks[k].Tag == "RB" || toks[k].Lemma == "not") {
		k++
	}
	return k+1 < len(toks) && toks[k].Lemma == "be" && toks[k].Tag == "VB" && toks[k+1].Tag == "VBN"
}

// quoteMark reports whether toks[i] opens or closes a quotation.
func quoteMark(t dyad.Token) bool {
	switch t.Text {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return t.Tag == "``" || t.Tag == "''"
}

// quotedPhraseStart returns where the clause of the verb toks[i] starts
// when the clause reading started it at start, right after the closing
// quote mark of a short quoted phrase, and a coordinating conjunction
// stands right before the verb: "Putin called the downing a 'stab in the
// back' by accomplices of terrorists and warned of ...". The quotation is a
// noun phrase of the clause, not a boundary, so "warned" is a verb
// coordinated with the first one, and the clause starts at "and" (whose
// subject the clause reading takes from the sentence's first clause).
// It returns start unchanged otherwise; a quote that ends with
// punctuation or follows no determiner, adjective, verb or preposition is
// no phrase inside a clause.
func quotedPhraseStart(toks []dyad.Token, start, i int) int {
	if start < 3 || start >= i || i > len(toks) || !quoteMark(toks[start-1]) {
		return start
	}
	opening, n := -1, 0
	for k := 0; k < start-1; k++ {
		if quoteMark(toks[k]) {
			n++
			opening = k
		}
	}
	if n%2 == 0 || opening < 1 || opening+1 >= start-1 {
		return start // toks[start-1] opens a quotation
	}
	switch toks[start-2].Text {
	case ",", ".", "!", "?", ";", ":":
		return start
	}
	switch tg := toks[opening-1].Tag; {
	case tg == "DT" || tg == "JJ" || tg == "IN" || tg == "PRP$" || strings.HasPrefix(tg, "VB"):
	default:
		return start
	}
	k := i - 1
	for k > start && toks[k].Tag == "RB" {
		k--
	}
	if toks[k].Tag == "CC" {
		return k
	}
	return start
}

// sideWords are the words that, before "parties", make them the sides of a
// conflict or a deal rather than political parties ("all parties", "both
// parties", "the warring parties").
var sideWords = map[string]bool{
	"all": true, "both": true, "the": true, "two": true, "three": true, "warring": true,
	"relevant": true, "concerned": true, "other": true, "conflicting": true, "involved": true,
	"rival": true, "various": true, "these": true, "those": true,
}

// sidesNotParties returns args without the mentions "all parties", "both
// parties", "the warring parties" and the like: the sides of a conflict,
// which the actor stage reads as political parties (PTY) of the country
// at hand.
func sidesNotParties(toks []dyad.Token, args []arg) []arg {
	var out []arg
	for _, a := range args {
		if sideParties(toks, a) {
			continue
		}
		out = append(out, a)
	}
	if len(out) == len(args) {
		return args
	}
	return out
}

func sideParties(toks []dyad.Token, a arg) bool {
	if a.first < 0 || a.last > len(toks) || a.last-a.first < 2 || !strings.HasSuffix(a.code, "PTY") {
		return false
	}
	if h := toks[a.last-1]; h.Lemma != "party" || h.Tag != "NNS" {
		return false
	}
	for k := a.first; k < a.last-1; k++ {
		if !sideWords[strings.ToLower(toks[k].Text)] {
			return false
		}
	}
	return true
}

// oppositionLeader returns the government of an opposition's own country
// as the target of its demand that someone resign or step down when the
// target found is of another country ("opposition leaders had demanded
// that he step down", with "he" resolved to a foreign official): a
// country's opposition demands a change of its own leadership. It returns
// nil when the rule does not apply.
func oppositionLeader(toks []dyad.Token, m match, sources, targets []arg) []arg {
	if rootOf(m.p.Code) != "10" || len(sources) == 0 || len(targets) == 0 || !strings.HasSuffix(sources[0].code, "OPP") {
		return nil
	}
	c := dyad.ActorCountry(sources[0].code)
	if !isCountry(c) || dyad.ActorCountry(targets[0].code) == c {
		return nil
	}
	// (the clause after "that")
	end := clauseEnd(toks, min(m.last+1, len(toks)))
	for k := m.last; k < end && k+1 < len(toks); k++ {
		l := toks[k].Lemma
		if l == "resign" || l == "quit" || l == "step" && toks[k+1].Lemma == "down" {
			return []arg{{first: -1, last: -1, code: c + "GOV", entity: "implied:" + c + "GOV", kind: "implied"}}
		}
	}
	return nil
}

// andClauseStart returns the first word after the "and" of ", and" that
// opens a clause of its own before the verb toks[i]: a noun phrase subject
// and then a finite verb, at or before i, after a clause with a finite verb
// ("Japan lodged a protest ..., and China's foreign ministry said it
// firmly opposed the test, urging Pyongyang to ...": the urging is
// China's alone). It returns -1 when there is none; newSubject already
// handles the verb standing right after the noun phrase.
func andClauseStart(toks []dyad.Token, i int) int {
	for k := i - 1; k >= 1; k-- {
		if boundary(toks, k) {
			return -1
		}
		if toks[k].Lemma != "and" || toks[k-1].Text != "," {
			continue
		}
		v := k + 1
		for v < i {
			switch t := toks[v].Tag; {
			case t == "DT" || t == "JJ" || t == "CD" || t == "POS" || t == "PRP$" || strings.HasPrefix(t, "NN"):
				v++
				continue
			}
			break
		}
		if v == k+1 || v >= i || !finite(toks[v]) || !strings.HasPrefix(toks[v-1].Tag, "NN") {
			continue
		}
		for j := k - 2; j >= 0 && !boundary(toks, j); j-- {
			if finite(toks[j]) {
				return k + 1
			}
		}
		return -1
	}
	return -1
}

// unnamedAddressee reports whether an appeal or demand (02, 10) is made of
// a noun phrase that names no party, right after its trigger and before
// the infinitive of the act asked for ("called on EU-based carriers to
// avoid flying over Belarus"): Belarus, in the act asked for, is not the
// one appealed to, and there is no target.
func unnamedAddressee(toks []dyad.Token, args []arg, m match) bool {
	if r := rootOf(m.p.Code); r != "02" && r != "10" || m.p.Noun {
		return false
	}
	noun := false
	for k := m.last; k+1 < len(toks); k++ {
		if covers(args, k) {
			return false
		}
		switch tg := toks[k].Tag; {
		case strings.HasPrefix(tg, "NN"):
			noun = true
		case tg == "DT" || tg == "JJ" || tg == "CD" || tg == "PRP$" || tg == "HYPH" || tg == "VBN":
		case toks[k].Lemma == "to" && infinitiveAt(toks, k+1):
			return noun
		default:
			return false
		}
	}
	return false
}
