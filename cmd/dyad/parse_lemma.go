package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dyad's own lemmas (text/tagger) lower-case every word and leave closed
// classes and degrees of comparison as they are ("him" stays "him"), which
// is what the coder reads. dyad parse writes CoNLL-U for UD tools, so
// udLemma turns them into the lemmas UD English EWT writes.

// udPronouns are the UD lemmas of personal pronouns (PRP) that are not
// their own lower-case form.
var udPronouns = map[string]string{
	"i": "I", "me": "I", "us": "we", "them": "they", "him": "he", "her": "she", "mine": "my",
}

// udClosed are UD lemmas of other closed-class words, by lower-case form
// and Penn tag.
var udClosed = map[[2]string]string{
	{"n't", "RB"}: "not", {"nt", "RB"}: "not", {"an", "DT"}: "a",
	{"these", "DT"}: "this", {"those", "DT"}: "that",
	{"'s", "POS"}: "'s", {"s", "POS"}: "'s", {"’s", "POS"}: "'s",
	{"'ll", "MD"}: "will", {"'d", "MD"}: "would", {"wo", "MD"}: "will", {"ca", "MD"}: "can",
	{"pm", "NN"}: "p.m.", {"am", "NN"}: "a.m.",
}

// udDegree are irregular comparatives and superlatives: the adjective's
// lemma, then the adverb's.
var udDegree = map[string][2]string{
	"better": {"good", "well"}, "best": {"good", "well"},
	"worse": {"bad", "badly"}, "worst": {"bad", "badly"},
	"further": {"far", "far"}, "farther": {"far", "far"}, "furthest": {"far", "far"},
	"elder": {"old", "old"}, "eldest": {"old", "old"},
}

// udKeepDegree are comparatives and superlatives that are their own lemma.
var udKeepDegree = map[string]bool{
	"more": true, "most": true, "less": true, "least": true,
	"other": true, "after": true, "over": true, "under": true, "never": true, "ever": true,
}

// udLemma returns the UD lemma of word form tagged upos and xpos, from
// dyad's lemma; first tells whether the word opens its sentence.
func udLemma(form, lemma, upos, xpos string, first bool) string {
	low := strings.ToLower(form)
	switch {
	case upos == "PROPN" && xpos == "NNPS" && strings.HasSuffix(form, "s") && !strings.HasSuffix(form, "ss") && len(form) > 3:
		return form[:len(form)-1]
	case upos == "PROPN", xpos == "CD":
		return form
	case xpos == "PRP":
		if l, ok := udPronouns[low]; ok {
			return l
		}
	case upos == "ADJ" && !first && properAdjective(form):
		return form
	}
	if l, ok := udClosed[[2]string{low, xpos}]; ok {
		return l
	}
	switch xpos {
	case "JJR", "JJS", "RBR", "RBS":
		return degreeLemma(low, xpos)
	}
	return lemma
}

// properAdjective reports whether form is capitalised with lower-case
// letters after ("Iraqi", not "GREAT").
func properAdjective(form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) {
		return false
	}
	return strings.IndexFunc(form[n:], unicode.IsLower) >= 0 && strings.IndexFunc(form[n:], unicode.IsUpper) < 0
}

// degreeLemma is the positive degree of a comparative or superlative:
// "bigger" -> "big", "easiest" -> "easy", "later" -> "late".
func degreeLemma(w, xpos string) string {
	if l, ok := udDegree[w]; ok {
		if strings.HasPrefix(xpos, "RB") {
			return l[1]
		}
		return l[0]
	}
	if udKeepDegree[w] {
		return w
	}
	var stem string
	switch {
	case strings.HasSuffix(w, "est") && len(w) > 5:
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "er") && len(w) > 4:
		stem = w[:len(w)-2]
	default:
		return w
	}
	n := len(stem)
	switch {
	case stem[n-1] == 'i':
		return stem[:n-1] + "y"
	case n >= 2 && stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) && stem[n-1] != 'l' && stem[n-1] != 's':
		return stem[:n-1]
	case n >= 3 && !isVowel(stem[n-1]) && isVowel(stem[n-2]) && !isVowel(stem[n-3]) && !strings.ContainsRune("wxy", rune(stem[n-1])):
		return stem + "e"
	}
	return stem
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
