package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// listTail extends targets, the first group after a trigger cut at a
// comma by the clause's end, with the rest of a list of parties it heads:
// "appealed to France, the European Union and the World Food Programme
// for food" targets all three. The rest must be mentions separated only by
// commas and close with "and"/"or" before the last one, and no verb of a
// clause of its own may follow the last ("met Japan, and Germany said ..."
// starts a clause); an appositive ("met Japan, a close ally, on Monday")
// names no list and is left alone.
func listTail(toks []dyad.Token, args []arg, targets []arg) []arg {
	if len(targets) == 0 {
		return targets
	}
	last := targets[len(targets)-1]
	if last.last >= len(toks) || toks[last.last].Text != "," {
		return targets
	}
	var tail []arg
	prev := last
	closed := false
	for _, a := range args {
		if a.first <= last.last || closed {
			continue
		}
		if a.first == prev.first {
			continue
		}
		if a.possessor || !coordinated(toks, prev, a) {
			break
		}
		conj := false
		for k := prev.last; k < a.first; k++ {
			if l := toks[k].Lemma; l == "and" || l == "or" {
				conj = true
			}
		}
		tail = append(tail, a)
		prev = a
		closed = conj
	}
	if !closed {
		return targets
	}
	if k := prev.last; k < len(toks) && (finite(toks[k]) || k+1 < len(toks) && toks[k].Tag == "RB" && finite(toks[k+1])) {
		return targets
	}
	return append(targets, tail...)
}

// participleAfterNoun reports whether the trigger is a past participle
// right after a noun or a party ("people driven from their homes by
// floods"), whatever the length of its pattern: a reduced relative, when
// an agent phrase follows.
func participleAfterNoun(toks []dyad.Token, args []arg, m match) bool {
	if m.first == 0 || toks[m.first].Tag != "VBN" {
		return false
	}
	prev := toks[m.first-1]
	return strings.HasPrefix(prev.Tag, "NN") || covers(args, m.first-1)
}

// subordinators open an adverbial clause after a main clause.
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "as": true, "because": true, "since": true,
}

// sharedSubjectAfterClause reports whether the finite verb toks[i] follows
// ", and" with no subject of its own, after an adverbial clause (after,
// before, when, ...) that follows the event coded last (ending at
// lastEnd): "X sent condolences to Nepal after a landslide swept a bus
// into a river, and offered ...": the verb shares the main clause's
// subject, not the adverbial clause's.
func sharedSubjectAfterClause(toks []dyad.Token, i, lastEnd int) bool {
	if lastEnd < 0 || i < 3 || toks[i-1].Lemma != "and" || toks[i-2].Text != "," || toks[i].Tag != "VBD" && toks[i].Tag != "VBZ" {
		return false
	}
	for k := lastEnd; k < i-2; k++ {
		if boundary(toks, k) && !subordinators[toks[k].Lemma] || toks[k].Text == "," {
			return false
		}
		if subordinators[toks[k].Lemma] && (toks[k].Tag == "IN" || toks[k].Tag == "WRB") {
			return true
		}
	}
	return false
}

// currencies are the nouns of money a country's name or demonym may
// qualify ("U.S. dollar", "Hong Kong dollars", "Swiss francs"); not
// "real", which a demonym also qualifies as "real estate".
var currencies = map[string]bool{
	"dollar": true, "euro": true, "pound": true, "yen": true, "yuan": true, "renminbi": true,
	"rupee": true, "franc": true, "peso": true, "shilling": true, "rand": true, "naira": true,
	"won": true, "rouble": true, "ruble": true, "lira": true, "dinar": true, "riyal": true,
	"dirham": true, "krona": true, "krone": true, "zloty": true, "cedi": true,
	"kwacha": true, "ringgit": true, "baht": true, "rupiah": true, "dong": true,
}

// currencyModifier reports whether a modifier mention toks[first:last]
// holds a country's word right before a currency noun ("A 300 million
// U.S. dollar concessional loan"): the money's denomination, no party.
// The demonym must be a proper noun or adjective right before the
// currency, and only numbers, determiners and adjectives come before it.
func currencyModifier(toks []dyad.Token, first, last int, kind string) bool {
	if kind != "modifier" {
		return false
	}
	for k := first + 1; k < last && k < len(toks); k++ {
		if !currencies[toks[k].Lemma] && !currencies[strings.ToLower(toks[k].Text)] {
			continue
		}
		p := toks[k-1]
		if p.Tag != "NNP" && p.Tag != "NNPS" && p.Tag != "JJ" {
			return false
		}
		for j := first; j < k-1; j++ {
			switch toks[j].Tag {
			case "DT", "CD", "JJ", "NNP", "NNPS", "$", "HYPH":
			default:
				return false
			}
		}
		return true
	}
	return false
}

// sidesOfTwoCountries reports whether the first and last of sources are parties
// of two different countries, though one mention may hold both
// ("Pakistani and Afghan border forces exchanged fire").
func sidesOfTwoCountries(sources []arg) bool {
	a, b := dyad.ActorCountry(sources[0].code), dyad.ActorCountry(sources[len(sources)-1].code)
	return a != "" && b != "" && a != b
}
