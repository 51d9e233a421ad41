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
// "24hrs", "7:30PM" split off the symbol or unit; "word...word",
// "word,word", "word,21", "word;word" and "Price:30" split at the
// punctuation; e-mail addresses lose their angle brackets, file names the
// bracket that closes after them; "gonna", "dont", "thats", "alot" split
// like contractions (fusedParts); doubled quotation marks ("''", "’’"),
// the ">>" of quoted mail, lines of marks ("*****") and emoticons (":)")
// are one token.

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

// isURL reports whether w is (or holds) a web address or e-mail address,
// whose inner punctuation never splits it.
func isURL(w string) bool {
	if !strings.ContainsAny(w, "@:.") {
		return false
	}
	return strings.IndexByte(w, '@') > 0 || strings.Contains(w, "://") || strings.HasPrefix(strings.ToLower(w), "www.") ||
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
		if i := strings.IndexByte(w, ')'); i > 0 && !strings.Contains(w[:i], "(") && isURL(w[:i]) {
			// "notes.pdf)(See": the bracket closes around the address
			return append(urlParts(w[:i]), wordParts(w[i:], ewtHyphens)...)
		}
		return urlParts(w)
	}
	if !strings.ContainsFunc(w, isAlnum) {
		if len(w) == 2 && strings.Contains("<>()[]", w) {
			return []int{1, 1} // "<>": two brackets
		}
		return []int{len(w)} // "----", ":-)", "=="
	}
	if q := quotePair(w); q > 0 && q < len(w) {
		// "''quoted": a doubled quotation mark is one word
		return append([]int{q}, wordParts(w[q:], ewtHyphens)...)
	}
	if (w[0] == '\'' || strings.HasPrefix(w, "‘")) && !elision[strings.ToLower(w)] {
		// an opening single quote: "'A Charge to Keep'"
		_, n := utf8.DecodeRuneInString(w)
		if r, _ := utf8.DecodeRuneInString(w[n:]); unicode.IsLetter(r) {
			return append([]int{n}, wordParts(w[n:], ewtHyphens)...)
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
			if j-i == 1 && i > start && i+1 < len(w) && (!ewtHyphens && isAlnum(prev) && isAlnum(next) || keepHyphen(w[start:i], prev, next) && !(ewtHyphens && unicode.IsDigit(prev) && numberRange(w, i))) {
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
		case strings.ContainsRune("*=_~#", r) && strings.HasPrefix(w[i:], strings.Repeat(string(r), 3)),
			(r == '<' || r == '>') && i+1 < len(w) && w[i+1] == w[i]:
			// "*****NOTE*****": a run of marks around a word is a word;
			// "20>>", "<<MEH": so is a run of angle brackets (quoted mail)
			j := i
			for j < len(w) && w[j] == w[i] {
				j++
			}
			cut(i)
			cut(j)
			i = j
			continue
		case (r == '>' || r == '<' || r == '~') && i == start && isAlnum(next) || r == '@' && i == start && unicode.IsDigit(next):
			cut(i + size) // ">100,000", "~Name", "@2.975"; not "@name"
		case r == ',' && i > start && isAlnum(prev) && isAlnum(next) && !(unicode.IsDigit(prev) && unicode.IsDigit(next)):
			cut(i) // "citizen,21", "3,to"; not "3,000"
			cut(i + size)
		case r == ';' && i > start && isAlnum(prev) && isAlnum(next):
			cut(i) // "gda;for"
			cut(i + size)
		case r == ':' && i > start && unicode.IsLetter(prev) && isAlnum(next):
			cut(i) // "Price:3,40"
			cut(i + size)
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
		case unicode.IsLetter(r) && unicode.IsDigit(prev) && i > start && onlyDigits(strings.ReplaceAll(w[start:i], ":", "")):
			// "24hrs", "8gb", "7:30PM": a number and its unit
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

// quotePair returns the length of a doubled quotation mark that starts w:
// two straight apostrophes, two backticks, or two curly single quotes
// ("‘‘", "’’", "‘’"); or 0.
func quotePair(w string) int {
	for _, q := range [...]string{"''", "``", "‘‘", "’’", "‘’"} {
		if strings.HasPrefix(w, q) {
			return len(q)
		}
	}
	return 0
}

// numberRange reports whether the hyphen at w[i], between digits, joins
// the two ends of a range ("5-10", "1998-2001", "9:00-5:30"), which EWT
// splits, rather than the groups of a phone number, postcode or date
// ("555-1234", "713-853-1234", "77415-0027", "12-05-2001"), which it
// keeps whole: a range has two groups, and the second has fewer than four
// digits or the first is a four-digit year.
func numberRange(w string, i int) bool {
	inNum := func(c byte) bool { return c >= '0' && c <= '9' || c == '-' || c == ':' || c == '.' }
	lo, hi := i, i+1
	for lo > 0 && inNum(w[lo-1]) {
		lo--
	}
	for hi < len(w) && inNum(w[hi]) {
		hi++
	}
	groups := strings.Split(w[lo:hi], "-")
	if len(groups) != 2 {
		return false
	}
	left, right := groups[0], groups[1]
	if strings.ContainsAny(left+right, ":.") {
		return true // times and decimals
	}
	return len(right) < 4 || len(left) == 4
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
			j := i + 1
			for w[i] != '"' && j < len(w) && w[j] == w[i] {
				j++ // "file.doc>>"
			}
			parts = append(parts, j-i)
			start = j
			i = j - 1
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

// fused are contractions written without their apostrophe ("dont",
// "thats", "im") or run together ("gonna", "alot", "cannot") that EWT
// writes as several words; the values are the byte lengths of the words.
// The negatives and "cannot" split in any case; the rest not when written
// in capitals ("IM", "HES" are acronyms). Forms that are also ordinary
// words ("its", "your", "lets", "Ive", "Im", "wont", "cant") split only in
// the contexts fusedParts checks.
var fused = map[string][]int{
	"dont": {2, 2}, "didnt": {3, 2}, "doesnt": {4, 2}, "isnt": {2, 2}, "wasnt": {3, 2},
	"werent": {4, 2}, "arent": {3, 2}, "arnt": {2, 2}, "havent": {4, 2}, "hasnt": {3, 2},
	"hadnt": {3, 2}, "couldnt": {5, 2}, "wouldnt": {5, 2}, "shouldnt": {6, 2}, "aint": {2, 2},
	"wont": {2, 2}, "cant": {2, 2},
	"im": {1, 1}, "ive": {1, 2}, "youre": {3, 2}, "theyre": {4, 2}, "youve": {3, 2},
	"theyve": {4, 2}, "youll": {3, 2}, "itll": {2, 2}, "thats": {4, 1}, "whats": {4, 1},
	"theres": {5, 1}, "heres": {4, 1}, "hes": {2, 1}, "shes": {3, 1}, "its": {2, 1},
	"your": {3, 1}, "lets": {3, 1},
	"cannot": {3, 3}, "gonna": {3, 2}, "wanna": {3, 2}, "gotta": {3, 2}, "outta": {3, 2},
	"gimme": {3, 2}, "lemme": {3, 2}, "dunno": {2, 1, 2}, "alot": {1, 3},
}

// itsIsVerb are the words after which "its" can only be "it is" ("its a
// shame", "its not", "its really"): articles, adverbs, prepositions,
// pronouns; never the noun or adjective a possessive "its" goes with.
var itsIsVerb = map[string]bool{
	"a": true, "an": true, "the": true, "not": true, "really": true, "simply": true, "very": true,
	"all": true, "like": true, "still": true, "just": true, "also": true, "definitely": true,
	"so": true, "too": true, "been": true, "being": true, "getting": true, "going": true,
	"gonna": true, "now": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"with": true, "between": true, "nothing": true, "always": true, "never": true, "pretty": true,
	"quite": true, "ok": true, "okay": true, "my": true, "your": true, "his": true, "our": true,
	"their": true, "what": true, "how": true, "about": true, "because": true, "that": true,
	"this": true, "almost": true, "probably": true, "actually": true, "kinda": true, "sooo": true,
}

// yourIsVerb are the words after which "your" is "you are" ("your the
// best", "your not").
var yourIsVerb = map[string]bool{
	"a": true, "an": true, "the": true, "not": true, "going": true, "gonna": true, "so": true, "welcome": true,
}

// iveBeforeWords are words that follow "I've" at the start of a sentence;
// a capitalised "Ive" before anything else is the surname.
var iveBeforeWords = map[string]bool{
	"been": true, "got": true, "gotten": true, "had": true, "seen": true, "done": true, "tried": true,
	"heard": true, "ever": true, "never": true,
}

// fusedParts returns the byte lengths of the words of w, a token made of
// letters only, when it is a fused contraction in its context (before and
// after are the sentence text around it), or nil when it stays one word.
func fusedParts(w, before, after string) []int {
	if len(w) < 2 || len(w) > 8 {
		return nil
	}
	lw := strings.ToLower(w)
	parts, ok := fused[lw]
	if !ok || len(lw) != len(w) {
		return nil // not one, or case-folding changed its length ("K")
	}
	caps := w == strings.ToUpper(w)
	next, hyphen := nextWord(after)
	lnext := strings.ToLower(next)
	nextLower := next != "" && !unicode.IsUpper(firstRune(next))
	switch lw {
	case "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "arent", "arnt", "havent",
		"hasnt", "hadnt", "couldnt", "wouldnt", "shouldnt", "aint", "cannot":
		return parts
	case "wont", "cant":
		// "as is his wont." stays; "I cant go" splits
		if next == "" || !unicode.IsLetter(firstRune(next)) {
			return nil
		}
		return parts
	case "its":
		if caps || hyphen || !itsIsVerb[lnext] {
			return nil
		}
		return parts
	case "your":
		if caps || hyphen || !yourIsVerb[lnext] {
			return nil
		}
		return parts
	case "lets":
		// "Lets go" at the start of a sentence; "he lets go" stays
		if caps || !nextLower || strings.TrimFunc(before, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
			return nil
		}
		return parts
	case "im":
		// "Im Jong-seok" is a name
		if caps || w == "Im" && !nextLower {
			return nil
		}
		return parts
	case "ive":
		if caps {
			return nil
		}
		if w == "Ive" {
			prev := prevWord(before)
			if prev != "" && !unicode.IsLower(firstRune(prev)) || prev == "" && !iveBeforeWords[lnext] {
				return nil // "Jony Ive", "Ive said"
			}
		}
		return parts
	}
	if caps {
		return nil
	}
	return parts
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// nextWord returns the run of letters and digits that starts s after
// spaces, and whether a hyphen joins it to more ("all-time").
func nextWord(s string) (string, bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, func(r rune) bool { return !isAlnum(r) })
	if i < 0 {
		return s, false
	}
	return s[:i], i > 0 && s[i] == '-'
}

// prevWord returns the run of letters and digits that ends s before
// spaces; "" when punctuation or nothing comes before.
func prevWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isAlnum(r) })
	_, n := utf8.DecodeRuneInString(s[max(i, 0):])
	if i < 0 {
		return s
	}
	return s[i+n:]
}
