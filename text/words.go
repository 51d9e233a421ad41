package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file adapts prose's tokens to the word conventions of UD English EWT
// (v2), which dyad's tagger, parser and name recogniser are trained on:
// with EWT hyphens (WithEWTHyphens), hyphenated compounds are split
// ("state-run" -> "state" "-" "run") except after a bound prefix ("co-",
// "non-", "e-") and between digits (phone numbers, "4-12"), while by
// default they stay whole, as the later stages of dyad read them
// ("Suk-yeol", "Kenya-based", "three-year", "cease-fire"); "and/or" splits at the slash; "100%", "#1", "£15",
// "24hrs" split off the symbol or unit; "word...word" and "word,word"
// split at the punctuation; e-mail addresses lose their angle brackets;
// "gonna", "wanna", "gotta" split like contractions; emoticons (":)") are
// one token.

// boundPrefixes are the prefixes EWT keeps attached to the word after
// their hyphen ("co-workers", "non-profit", "e-mail", "mid-July"). Taken
// from the hyphenated forms of EWT train that are single words.
var boundPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "mid": true, "re": true, "post": true,
	"co": true, "over": true, "pro": true, "multi": true, "ex": true, "sub": true, "semi": true,
	"cross": true, "neo": true, "psycho": true, "counter": true, "intra": true, "socio": true,
	"un": true, "micro": true, "mis": true, "vice": true, "inter": true, "ultra": true, "pseudo": true, "quasi": true,
}

// elision are words written with a leading apostrophe.
var elision = map[string]bool{
	"'em": true, "'n": true, "'til": true, "'cause": true, "'bout": true, "'tis": true, "'twas": true, "'ol": true,
	"'s": true, "'ve": true, "'d": true, "'ll": true, "'re": true, "'m": true, "'t": true,
}

// units split from a number written before them ("24hrs", "8gb", "650k").
var units = map[string]bool{
	"k": true, "m": true, "bn": true, "km": true, "kg": true, "mm": true, "cm": true, "gb": true,
	"mb": true, "tb": true, "hrs": true, "hr": true, "h": true, "min": true, "mins": true, "p": true,
	"lbs": true, "lb": true, "ft": true, "mph": true, "kph": true, "am": true, "pm": true, "ghz": true,
	"mhz": true, "kw": true, "mw": true, "g": true, "ml": true, "oz": true, "yrs": true, "day": true,
}

// splits are contractions EWT writes as two words; the value is the length
// of the first ("gonna" -> "gon" "na").
var splits = map[string]int{
	"gonna": 3, "wanna": 3, "gotta": 3, "outta": 3, "cannot": 3, "dunno": 2, "gimme": 3, "lemme": 3,
}

// isURL reports whether w is (or holds) a web address or e-mail address,
// whose inner punctuation never splits it.
func isURL(w string) bool {
	if !strings.ContainsAny(w, "@:.") {
		return false
	}
	return strings.Contains(w, "@") || strings.Contains(w, "://") || strings.HasPrefix(strings.ToLower(w), "www.") ||
		hasFileSuffix(w)
}

func hasFileSuffix(w string) bool {
	lw := strings.ToLower(w)
	for _, s := range [...]string{".com", ".org", ".net", ".pdf", ".doc", ".xls", ".htm", ".html", ".gov", ".edu", ".txt"} {
		if i := strings.Index(lw, s); i > 0 {
			return true
		}
	}
	return false
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordParts returns the lengths of the EWT words a prose token w is made
// of; one part, len(w), when it stays whole.
func wordParts(w string, ewtHyphens bool) []int {
	if len(w) <= 1 {
		return []int{len(w)}
	}
	if isURL(w) {
		return urlParts(w)
	}
	if !strings.ContainsFunc(w, isAlnum) {
		return []int{len(w)} // "----", ":-)", "=="
	}
	if (w[0] == '\'' || strings.HasPrefix(w, "‘")) && !elision[strings.ToLower(w)] {
		// an opening single quote: "'A Charge to Keep'"
		_, n := utf8.DecodeRuneInString(w)
		if r, _ := utf8.DecodeRuneInString(w[n:]); unicode.IsLetter(r) {
			return append([]int{n}, wordParts(w[n:], ewtHyphens)...)
		}
	}
	if len(w) >= 5 && len(w) <= 6 {
		if k, ok := splits[strings.ToLower(w)]; ok {
			return []int{k, len(w) - k}
		}
	}
	var parts []int
	start := 0
	cut := func(at int) {
		if at > start {
			parts = append(parts, at-start)
			start = at
		}
	}
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		prev, _ := utf8.DecodeLastRuneInString(w[:i])
		next, nsize := utf8.DecodeRuneInString(w[i+size:])
		if i+size >= len(w) {
			next, nsize = utf8.RuneError, 0
		}
		switch {
		case r == '-':
			// a run of hyphens
			j := i
			for j < len(w) && w[j] == '-' {
				j++
			}
			if j-i == 1 && i > start && i+1 < len(w) && (!ewtHyphens && isAlnum(prev) && isAlnum(next) || keepHyphen(w[start:i], prev, next)) {
				i = j
				continue
			}
			if i == 0 && j == len(w) {
				return []int{len(w)}
			}
			cut(i)
			cut(j)
			i = j
			continue
		case r == '/' && unicode.IsLetter(prev) && unicode.IsLetter(next) && !(i-start == 1 && len(w)-i-size == 1):
			// "and/or" splits; "b/c", "w/o" stay
			cut(i)
			cut(i + size)
		case (r == '%' || r == '#' || r == '£' || r == '€' || r == '¥') && i+size < len(w):
			// "%10", "#1", "£15": the symbol before a number
			if i == start && unicode.IsDigit(next) {
				cut(i + size)
			}
		case r == '%' && i > start && unicode.IsDigit(prev):
			cut(i) // "100%"
		case r == '+' && i > start && isAlnum(prev):
			// "18+", "A++": the pluses are a word
			cut(i)
			j := i
			for j < len(w) && w[j] == '+' {
				j++
			}
			if j < len(w) {
				cut(j)
			}
			i = j
			continue
		case r == '.' && i > start && unicode.IsLetter(prev) && i+1 < len(w) && w[i+1] == '.':
			// "word...word": the dots are a word when a word follows
			j := i
			for j < len(w) && w[j] == '.' {
				j++
			}
			if j < len(w) {
				n, _ := utf8.DecodeRuneInString(w[j:])
				if unicode.IsLetter(n) {
					cut(i)
					cut(j)
				}
			}
			i = j
			continue
		case (r == '.' || r == ',') && i == 0:
			// "...Nope", ",thank": leading dots or a comma before a word
			j := 0
			for j < len(w) && (w[j] == '.' || w[j] == ',') {
				j++
			}
			if j < len(w) {
				if n, _ := utf8.DecodeRuneInString(w[j:]); unicode.IsLetter(n) && (w[0] == ',' || j == 1 && unicode.IsLower(n) || j >= 2) {
					cut(j)
				}
			}
			i = j
			continue
		case strings.ContainsRune("()[]{}", r):
			cut(i) // "Road(", "body(African"
			cut(i + size)
		case r == ',' && unicode.IsLetter(prev) && unicode.IsLetter(next):
			cut(i) // "day,I"
			cut(i + size)
		case unicode.IsLetter(r) && unicode.IsDigit(prev) && i > start && onlyDigits(w[start:i]):
			// "24hrs", "8gb": a number and its unit
			if units[strings.ToLower(w[i:])] {
				cut(i)
			}
		}
		_ = nsize
		i += size
	}
	cut(len(w))
	return parts
}

func onlyDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return s != ""
}

// keepHyphen reports whether the hyphen after the word part left, between
// runes prev and next, stays inside the word: after a bound prefix
// ("co-workers") or between digits ("555-1234").
func keepHyphen(left string, prev, next rune) bool {
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return true
	}
	if !unicode.IsLetter(prev) || !isAlnum(next) {
		return false
	}
	return boundPrefixes[strings.ToLower(left)]
}

// urlParts splits angle brackets and quotes off an address:
// "<a@b.com>" -> "<" "a@b.com" ">".
func urlParts(w string) []int {
	var parts []int
	start := 0
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '<', '>', '"':
			if i > start {
				parts = append(parts, i-start)
			}
			parts = append(parts, 1)
			start = i + 1
		case '\'':
			if i == 0 {
				parts = append(parts, 1)
				start = 1
			}
		}
	}
	if start < len(w) {
		parts = append(parts, len(w)-start)
	}
	return parts
}

// emoticon reports whether a and b, written together, are one emoticon
// (":" ")", ";" "-)", ":" "P").
func emoticon(a, b string) bool {
	if a != ":" && a != ";" && a != ":-" && a != ";-" {
		return false
	}
	switch b {
	case ")", "(", "-)", "-(", "P", "p", "D", "/", "|", "-P", "-D", "))", "((", ")))":
		return true
	}
	return false
}
