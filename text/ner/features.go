package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit FNV-1a hashes of a template number and its values, so
// that extraction allocates no feature strings.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return hashByte(h, 0xff) // separator
}

func f1(t byte, a string) uint64    { return hashStr(hashByte(fnvOffset, t), a) }
func f2(t byte, a, b string) uint64 { return hashStr(f1(t, a), b) }
func f3(t byte, a, b, c string) uint64 {
	return hashStr(f2(t, a, b), c)
}

// Feature templates.
const (
	tBias byte = iota + 1
	tLower
	tExact
	tShape
	tShort
	tPrefix
	tSuffix
	tFirst
	tPrev1
	tNext1
	tPrev2
	tNext2
	tPOS
	tPOSPrev
	tPOSNext
	tPOSPrev2
	tPOSNext2
	tPOSBi
	tPOSBiNext
	tShapeBi
	tShapeBiNext
	tWordBi
	tWordBiNext
	tGaz
	tGazPrev
	tGazNext
	tGazCap
	tSentCase
	tFlags
	tPrevShape
	tNextShape
	tLen
	tPOSShape
	tLexCap
	tLexNNP
	tLexBoth
	tRunPos
	tRunHead
	tRunFirst
	tRunClass
	tAcro
	tClus
	tSufShape
	tPreShape
	tRunAny
	tClusPrev
	tClusNext
	tClusShape
	tExtra
	tSilvWord
	tSilvBest
	tSilvShape
	tSilvNext
	tSilvPrev
	tSilvSpan
	tSilvSpanN
	tSilvSpanShape
	tSilvSpanNext
	tSilvSpanPrev
	tRunPrev
	tRunNext
	tGazRun
	tLastFirst
	tDocBase // document lexicon templates: tDocBase + (tSilv... - tSilvWord)
)

// lexicons are the word tables a model carries: the capitalisation and
// NNP lexicon (nil: none) and the silver type lexicons (nil: none).
type lexicons struct {
	caps map[string]uint8
	typ  *typeLex
	doc  *typeLex // the first stage's labels across the document
}

// tokInfo is what the features of neighbours need of one word.
type tokInfo struct {
	lower, shape, short, pos string
}

// sentFeats is scratch for one sentence.
type sentFeats struct {
	info []tokInfo
	gaz  []gazMatch
	runs []capRun
	// runCls is, per word, the head classes of the capitalised run it is
	// in ("o" an organisation head word, "l" a place head word, "-" none,
	// "" outside a run).
	runCls []string
	clus   [][]uint16
	gclus  [][]uint16 // GloVe clusters
	// lowers are the lower-case words (info[i].lower) for capRuns.
	lowers []string
	b      strings.Builder
	sh     []byte
}

// extract returns the feature hashes of each word, reusing feats.
func extract(feats [][]uint64, sf *sentFeats, words, xpos []string, extra [][]string, g *gazetteer, lx lexicons) [][]uint64 {
	lex := lx.caps
	n := len(words)
	feats = grow(feats, n)
	sf.info = grow(sf.info, n)
	lowerWords, upperWords, titleWords, letterWords := 0, 0, 0, 0
	for i, w := range words {
		ti := &sf.info[i]
		ti.lower = strings.ToLower(w)
		ti.shape, ti.short = shapes(w, &sf.sh)
		ti.pos = "-"
		if i < len(xpos) && xpos[i] != "" {
			ti.pos = xpos[i]
		}
		if hasLetter(w) {
			letterWords++
			switch {
			case w == ti.lower:
				lowerWords++
			case w == strings.ToUpper(w):
				upperWords++
			case unicode.IsUpper(firstRune(w)):
				titleWords++
			}
		}
	}
	sentCase := "mixed"
	switch {
	case letterWords >= 3 && lowerWords == letterWords:
		sentCase = "lower"
	case letterWords >= 3 && upperWords == letterWords:
		sentCase = "upper"
	case letterWords >= 3 && titleWords+upperWords >= letterWords*3/4:
		sentCase = "title"
	}
	sf.gaz = g.matches(sf.gaz[:0], words, &sf.b)
	sf.lowers = grow(sf.lowers, n)
	for i := range words {
		sf.lowers[i] = sf.info[i].lower
	}

	at := func(i int) *tokInfo {
		if i < 0 || i >= n {
			return &boundary
		}
		return &sf.info[i]
	}
	for i, w := range words {
		f := feats[i][:0]
		ti := &sf.info[i]
		p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
		f = append(f,
			f1(tBias, ""),
			f1(tLower, ti.lower),
			f1(tShape, ti.shape),
			f1(tShort, ti.short),
			f1(tPrev1, p1.lower),
			f1(tNext1, n1.lower),
			f1(tPrev2, p2.lower),
			f1(tNext2, n2.lower),
			f1(tPOS, ti.pos),
			f1(tPOSPrev, p1.pos),
			f1(tPOSNext, n1.pos),
			f2(tPOSPrev2, p2.pos, p1.pos),
			f2(tPOSNext2, n1.pos, n2.pos),
			f2(tPOSBi, p1.pos, ti.pos),
			f2(tPOSBiNext, ti.pos, n1.pos),
			f2(tShapeBi, p1.short, ti.short),
			f2(tShapeBiNext, ti.short, n1.short),
			f2(tWordBi, p1.lower, ti.lower),
			f2(tWordBiNext, ti.lower, n1.lower),
			f2(tSentCase, sentCase, ti.short),
			f2(tPrevShape, p1.lower, ti.short),
			f2(tNextShape, ti.short, n1.lower),
			f2(tPOSShape, ti.pos, ti.short),
		)
		if w != ti.lower {
			f = append(f, f1(tExact, w))
		}
		if i == 0 {
			f = append(f, f1(tFirst, ti.short))
		}
		for k := 1; k <= 4; k++ {
			if p, ok := prefix(ti.lower, k); ok {
				f = append(f, f2(tPrefix, string(rune('0'+k)), p))
			}
			if s, ok := suffix(ti.lower, k); ok {
				f = append(f, f2(tSuffix, string(rune('0'+k)), s))
			}
		}
		if lex != nil {
			if v, ok := lex[ti.lower]; ok {
				cb, nb := string(rune('0'+v>>4)), string(rune('0'+v&15))
				f = append(f, f2(tLexCap, cb, ti.short), f2(tLexNNP, nb, ti.short), f3(tLexBoth, cb, nb, ""))
			} else {
				f = append(f, f2(tLexCap, "?", ti.short))
			}
		}
		// affixes with the shape: "-son" capitalised, "-ing" lower case
		if sfx, ok := suffix(ti.lower, 3); ok {
			f = append(f, f2(tSufShape, sfx, ti.short))
		}
		if pfx, ok := prefix(ti.lower, 3); ok {
			f = append(f, f2(tPreShape, pfx, ti.short))
		}
		if i < len(extra) {
			for _, e := range extra[i] {
				f = append(f, f1(tExtra, e))
			}
		}
		f = append(f, f1(tFlags, flags(w)))
		f = append(f, f1(tLen, lenBucket(w)))
		feats[i] = f
	}
	runFeatures(feats, sf, words)
	lastFirst(feats, sf, words, g)
	silverFeatures(feats, sf, lx.typ, 0)
	silverFeatures(feats, sf, lx.doc, tDocBase-tSilvWord)
	clusterFeatures(feats, sf, words)
	// Gazetteer matches: the category and position (B, I, E, S) of each
	// word a match covers, for the word and its neighbours.
	for _, m := range sf.gaz {
		name := gzNames[m.cat]
		for i := m.first; i <= m.last; i++ {
			pos := spanPos(i, m.first, m.last)
			feats[i] = append(feats[i], f2(tGaz, name, pos), f3(tGazCap, name, pos, sf.info[i].short))
			if c := sf.runCls[i]; c != "" {
				feats[i] = append(feats[i], f3(tGazRun, name, pos, c))
			}
			if i+1 < n {
				feats[i+1] = append(feats[i+1], f2(tGazPrev, name, pos))
			}
			if i > 0 {
				feats[i-1] = append(feats[i-1], f2(tGazNext, name, pos))
			}
		}
	}
	return feats
}

var boundary = tokInfo{lower: "<s>", shape: "<s>", short: "<s>", pos: "<s>"}

// shapes returns the shape of w (letters as X or x, digits as d, other
// characters kept; at most 8 characters from each end) and its short form
// (runs collapsed).
func shapes(w string, buf *[]byte) (shape, short string) {
	b := (*buf)[:0]
	var sb []byte
	n := utf8.RuneCountInString(w)
	i := 0
	for _, c := range w {
		var s byte
		switch {
		case unicode.IsUpper(c):
			s = 'X'
		case unicode.IsLetter(c):
			s = 'x'
		case unicode.IsDigit(c):
			s = 'd'
		case c < utf8.RuneSelf:
			s = byte(c)
		default:
			s = '*'
		}
		if i < 8 || i >= n-8 {
			b = append(b, s)
		}
		if len(sb) == 0 || sb[len(sb)-1] != s {
			sb = append(sb, s)
		}
		i++
	}
	*buf = b
	return string(b), string(sb)
}

func prefix(s string, k int) (string, bool) {
	i := 0
	for j := range s {
		if i == k {
			return s[:j], true
		}
		i++
	}
	return "", false
}

func suffix(s string, k int) (string, bool) {
	i := len(s)
	for c := 0; c < k; c++ {
		if i == 0 {
			return "", false
		}
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	if i == 0 {
		return "", false // the whole word is already a feature
	}
	return s[i:], true
}

func flags(w string) string {
	var f [4]byte
	f[0], f[1], f[2], f[3] = '-', '-', '-', '-'
	for _, c := range w {
		switch {
		case c == '-':
			f[0] = 'h'
		case c == '.':
			f[1] = 'p'
		case unicode.IsDigit(c):
			f[2] = 'd'
		case c == '&' || c == '@':
			f[3] = 'a'
		}
	}
	return string(f[:])
}

func lenBucket(w string) string {
	switch n := utf8.RuneCountInString(w); {
	case n <= 1:
		return "1"
	case n <= 3:
		return "3"
	case n <= 6:
		return "6"
	}
	return "7+"
}

// Lexicon entries pack two buckets (0-4) of a word's behaviour in unlabeled
// text: the share of its occurrences not first in a sentence that are
// capitalised (high nibble) and the share tagged NNP or NNPS (low nibble).

// minLexCount is the fewest occurrences a word needs to enter the lexicon.
const minLexCount = 2

// buildLexicon computes the lexicon from tagged sentences.
func buildLexicon(sents []Sentence) map[string]uint8 {
	type cnt struct{ n, mid, capMid, nnp int }
	c := map[string]*cnt{}
	for _, s := range sents {
		for i, w := range s.Words {
			if !hasLetter(w) {
				continue
			}
			l := strings.ToLower(w)
			x := c[l]
			if x == nil {
				x = &cnt{}
				c[l] = x
			}
			x.n++
			if i > 0 {
				x.mid++
				if unicode.IsUpper(firstRune(w)) {
					x.capMid++
				}
			}
			if i < len(s.XPOS) && strings.HasPrefix(s.XPOS[i], "NNP") {
				x.nnp++
			}
		}
	}
	lex := map[string]uint8{}
	for w, x := range c {
		if x.n < minLexCount {
			continue
		}
		cb := uint8(5) // no mid-sentence occurrence
		if x.mid > 0 {
			cb = bucket(x.capMid, x.mid)
		}
		lex[w] = cb<<4 | bucket(x.nnp, x.n)
	}
	return lex
}

func bucket(a, n int) uint8 {
	switch r := float64(a) / float64(n); {
	case r == 0:
		return 0
	case r < 0.25:
		return 1
	case r < 0.75:
		return 2
	case r < 1:
		return 3
	}
	return 4
}

// lastFirst marks "Surname , Given" ("Lenhart , Matthew", the way address
// books and e-mail headers list people): a capitalised word, a comma and a
// capitalised common given name.
func lastFirst(feats [][]uint64, sf *sentFeats, words []string, g *gazetteer) {
	if g == nil {
		return
	}
	for i := 0; i+2 < len(words); i++ {
		if words[i+1] != "," || !capitalised(words[i]) || !hasLetter(words[i]) || !capitalised(words[i+2]) {
			continue
		}
		if c, ok := g.names[sf.info[i+2].lower]; !ok || c != gzGiven {
			continue
		}
		after := "-"
		if i+3 < len(words) {
			after = sf.info[i+3].short
		}
		feats[i] = append(feats[i], f2(tLastFirst, "B", after))
		feats[i+1] = append(feats[i+1], f2(tLastFirst, "I", after))
		feats[i+2] = append(feats[i+2], f2(tLastFirst, "E", after))
	}
}

// spanPos is the place of word i in the span first..last (inclusive): S
// for a one-word span, else B, I or E.
func spanPos(i, first, last int) string {
	switch {
	case first == last:
		return "S"
	case i == first:
		return "B"
	case i == last:
		return "E"
	}
	return "I"
}
