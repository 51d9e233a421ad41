package places

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

var errNilDoc = errors.New("places: nil doc")

// tokenize splits text into tokens when the text stage has not run: words
// are letters and digits, joined by inner apostrophes, hyphens and periods
// that are followed by a letter ("Port-au-Prince", "N'Djamena", "D.C");
// every other non-space character is a token of its own.
func tokenize(text string) []dyad.Token {
	var toks []dyad.Token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, dyad.Token{Start: i, End: i + n, Text: text[i : i+n], Head: -1})
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if r == '-' || r == '.' || isApostrophe(r) {
				nx, nn := utf8.DecodeRuneInString(text[j+n:])
				possessive := isApostrophe(r) && (nx == 's' || nx == 'S') && !isWordAt(text, j+n+nn)
				if unicode.IsLetter(nx) && !possessive {
					j += n
					continue
				}
			}
			break
		}
		if j < len(text) && text[j] == '.' && strings.Contains(text[i:j], ".") {
			j++ // the last period of an abbreviation: "D.C.", "U.S."
		}
		toks = append(toks, dyad.Token{Start: i, End: j, Text: text[i:j], Head: -1})
		i = j
	}
	return toks
}

// isWordAt reports whether a letter or digit starts at text[i:].
func isWordAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && isWordRune(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
