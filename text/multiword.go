package text

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// clitics are the words UD English EWT writes as part of one surface token
// with the word before them: the contracted verbs and negation and the
// possessive "'s", with straight or curly apostrophes.
var clitics = map[string]bool{
	"'s": true, "n't": true, "'m": true, "'re": true, "'ve": true, "'ll": true, "'d": true,
	"’s": true, "n’t": true, "’m": true, "’re": true, "’ve": true, "’ll": true, "’d": true,
}

// Clitic reports whether toks[i] belongs to one surface token with
// toks[i-1], written right after it, as a later word of what CoNLL-U calls
// a multiword token: a contraction or possessive ("do" "n't", "Google"
// "'s", "I" "'m") or a word of a fused form the tokenizer split ("it" "s"
// of "its a", "can" "not", "gon" "na", "du" "n" "no"; not "a" "lot",
// which EWT writes as two tokens). A CoNLL-U writer
// groups toks[i-1] and every following clitic under one token line. It is
// false for i == 0 and for an index out of range.
func Clitic(toks []dyad.Token, i int) bool {
	if i <= 0 || i >= len(toks) || toks[i-1].End != toks[i].Start {
		return false
	}
	if clitics[strings.ToLower(toks[i].Text)] {
		return toks[i-1].Text != "" && isAlnum(firstRune(toks[i-1].Text))
	}
	// a fused form: the words up to i spell a prefix of one fused entry
	// with the same word lengths
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if k < i-1 && toks[k].End != toks[k+1].Start {
			break
		}
		var b strings.Builder
		for j := k; j <= i; j++ {
			b.WriteString(toks[j].Text)
		}
		lw := strings.ToLower(b.String())
		parts, ok := fused[lw]
		if !ok || len(parts) != i-k+1 || lw == "alot" {
			continue
		}
		same := true
		for j := k; j <= i; j++ {
			same = same && len(toks[j].Text) == parts[j-k]
		}
		if same && (i+1 >= len(toks) || toks[i].End != toks[i+1].Start || !isAlnum(firstRune(toks[i+1].Text))) {
			return true
		}
	}
	// the middle word of a three-word fused form ("du" "n" "no")
	if i+1 < len(toks) && toks[i].End == toks[i+1].Start {
		parts, ok := fused[strings.ToLower(toks[i-1].Text+toks[i].Text+toks[i+1].Text)]
		return ok && len(parts) == 3 && len(toks[i-1].Text) == parts[0] && len(toks[i].Text) == parts[1]
	}
	return false
}
