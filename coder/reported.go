package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Reported acts: the speaker of a report is not the agent of what it
// reports. Test sentences in reported_test.go.

// sayingVerbs are the verbs whose complement clause reports an act of
// someone else: "The army said the strike killed ...".
var sayingVerbs = map[string]bool{
	"say": true, "claim": true, "report": true, "announce": true, "add": true, "state": true,
	"confirm": true, "insist": true, "allege": true, "note": true, "acknowledge": true,
	"admit": true, "believe": true, "estimate": true, "write": true, "argue": true,
	"assert": true, "contend": true, "suggest": true, "explain": true,
}

// reportedClauseStart returns the first token of the complement clause
// that the verb toks[i] stands in when that clause follows a verb of saying
// without "that" and has a subject of its own ("The army said the strike
// killed several people", "said 99 percent of the projectiles had been
// shot down by ..."), or -1. The clause reading treats "that" as a clause
// boundary; without it the speaker was read as the subject of the reported
// verb. The subject is found in the dependency parse, else (no parse, or
// one that does not make the clause a complement) as a plain noun phrase
// between the verb of saying and the verb. A pronoun subject, a subject
// with a possessive pronoun ("its drones") or the speaker's own country
// named bare ("Peskov said Russia would ...") leave the speaker in place.
func reportedClauseStart(toks []dyad.Token, args []arg, i int) int {
	if i <= 0 || i >= len(toks) {
		return -1
	}
	say := false // (most triggers follow no verb of saying: skip the parse)
	for k := 0; k < i && !say; k++ {
		say = sayingVerbs[toks[k].Lemma]
	}
	if !say {
		return -1
	}
	g, first, last := -1, -1, -1
	if parsed(toks) {
		g, first, last = parsedReport(toks, i)
	}
	if g < 0 {
		g, first, last = plainReport(toks, i)
	}
	if g < 0 {
		return -1
	}
	switch toks[first].Tag {
	case "PRP", "EX":
		// "the ministry said it had lodged a protest": the speaker
		return -1
	}
	for k := first; k < last; k++ {
		if toks[k].Tag == "PRP$" {
			// "the army said its drones had struck ...": the speaker's
			// own forces or means
			return -1
		}
	}
	var speaker []arg
	for _, a := range args {
		if a.last <= g && a.first >= clauseStart(toks, g) {
			speaker = append(speaker, a)
		}
	}
	for _, a := range args {
		if a.first < first || a.first >= last || len(a.code) != 3 {
			continue
		}
		for _, b := range speaker {
			if dyad.ActorCountry(a.code) == dyad.ActorCountry(b.code) {
				return -1
			}
		}
	}
	if first >= i {
		return -1
	}
	return first
}

// parsedReport finds in the parse the verb of saying g whose complement
// holds toks[i], and the span [first, last) of that complement's subject.
func parsedReport(toks []dyad.Token, i int) (g, first, last int) {
	t := newTree(toks)
	// climb to the clause the word stands in: over coordination, objects,
	// infinitives and phrases, not out of a relative or adverbial clause
	v := i
	for n := 0; n < 8 && v >= 0 && t.rel(v) != "ccomp"; n++ {
		switch t.rel(v) {
		case "acl", "advcl", "root", "parataxis", "csubj", "appos", "dep", "list":
			return -1, -1, -1
		}
		v = t.head(v)
	}
	if v < 0 || t.rel(v) != "ccomp" {
		return -1, -1, -1
	}
	g = t.head(v)
	if g < 0 || g >= v || !sayingVerbs[toks[g].Lemma] || !verbTag(toks[g].Tag) || toks[g+1].Lemma == "that" {
		return -1, -1, -1
	}
	s := t.child(v, "nsubj", "nsubj:pass", "csubj", "csubj:pass")
	if s < 0 || s <= g || s >= v {
		return -1, -1, -1
	}
	first, last = s, s+1
	for k := g + 1; k < v; k++ {
		if t.dominates(s, k) {
			first, last = min(first, k), max(last, k+1)
		}
	}
	return g, first, last
}

// plainReport finds, without the parse, a finite verb of saying g right
// before a noun phrase [first, last) that is followed by toks[i], the
// first verb after it (auxiliaries, modals, "not" and adverbs between):
// "said Kenyan jets bombed ...".
func plainReport(toks []dyad.Token, i int) (g, first, last int) {
	last = i
	for last > 0 {
		tg := toks[last-1].Tag
		if tg == "MD" || tg == "RB" || toks[last-1].Lemma == "have" || toks[last-1].Lemma == "be" {
			last--
			continue
		}
		break
	}
	// (a past participle right after the noun phrase is the tagger's
	// reading of a past tense: "said Kenyan jets bombed ...")
	if tg := toks[i].Tag; !(tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "VBN" || last < i && (tg == "VB" || tg == "VBG")) {
		return -1, -1, -1
	}
	k := last - 1
	noun := false
	for ; k >= 0; k-- {
		switch tg := toks[k].Tag; {
		case strings.HasPrefix(tg, "NN"):
			noun = true
			continue
		case tg == "DT" || tg == "JJ" || tg == "JJS" || tg == "CD" || tg == "POS" || tg == "PRP$" || tg == "PRP" || tg == "HYPH":
			continue
		case tg == "IN" && toks[k].Lemma == "of":
			continue
		}
		break
	}
	first = k + 1
	if k < 0 || first >= last || !noun && toks[first].Tag != "PRP" || !sayingVerbs[toks[k].Lemma] {
		return -1, -1, -1
	}
	if tg := toks[k].Tag; tg != "VBD" && tg != "VBZ" && tg != "VBP" {
		return -1, -1, -1
	}
	return k, first, last
}

// verbTag reports whether tag is a Penn verb tag.
func verbTag(tag string) bool {
	return len(tag) >= 2 && tag[:2] == "VB"
}
