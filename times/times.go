// Package times finds date and duration expressions in an analysed article
// and normalises them against its publication date: "on Wednesday" in a
// story of 2022-09-21 is 2022-09-21, "December 2019" is 2019-12, "three
// years" is the duration P3Y.
//
// Values follow TimeML/ISO 8601: days "2022-09-21", ISO weeks "2022-W37"
// (weekends "2022-W37-WE"), months "2022-09", years "2022", decades "199"
// (the 1990s), durations "P3Y", "P2Y10M", "PT30M" and, for an unknown
// count ("several years"), "PXY".
//
// Relative expressions read the tense of their clause. In the past tense
// (a VBD/VBN verb group nearest in the clause) a weekday is the most recent
// such day on or before publication; in the future ("will", "is to",
// "plans to", "scheduled for", modal + VB, "is meeting") it is the next one
// on or after; with no cue (present, "would") it is the nearer of the two.
// "last Friday" and "next Friday" never mean the publication day itself.
// A month and day without a year take the year that puts them on the same
// side (or, with no tense, nearest). "N years ago" is a date at the
// precision of its smallest unit (year, month, week or day). "the previous
// day", "a day earlier" and "two days later" count from the last
// day-precision date mentioned before them in the article, or from
// publication when there is none.
//
// Other choices: "last Friday"/"next Friday" are the occurrences strictly
// before/after publication day, and "this Friday" reads the tense (future
// by default); "tonight" and "overnight" are the publication day; "last
// week" is the ISO week of publication minus seven days (precision
// "week"); a month alone ("in March") is the nearest March on the side
// its tense says, "last March" the one before the publication month. A
// bare year counts only after a cue ("in", "since", "by", "until", ...),
// in a coordination of years, before "'s" or as a modifier ("the 2019
// election"), so "2019 people" is no date. Durations keep their text
// without the preposition ("for five days" gives "five days") while day
// dates keep "on" ("on Wednesday"), as the seed annotation does.
package times

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Resolver is the times stage. It holds no state and is safe for
// concurrent use.
type Resolver struct{}

var _ dyad.Stage = (*Resolver)(nil)

// New returns the times stage.
func New() *Resolver { return &Resolver{} }

// Name implements dyad.Stage.
func (r *Resolver) Name() string { return "times" }

// Process fills d.Times, in text order, from d.Sentences and the
// publication date. With no publication date relative expressions are
// still reported, with Value "". Tokens whose offsets do not fit the text
// are ignored. It never fails.
func (r *Resolver) Process(d *dyad.Doc) error {
	d.Times = Find(d.Text(), d.Sentences, d.Published())
	return nil
}

// Find returns the time expressions of sentences (as made by the text
// stage over text) resolved against the publication date pub (zero when
// unknown), in text order.
func Find(text string, sentences []dyad.Sentence, pub time.Time) []dyad.TimeExpr {
	if !pub.IsZero() {
		pub = day(pub)
	}
	var out []dyad.TimeExpr
	var ref time.Time
	for si, s := range sentences {
		toks := fromTokens(text, s.Tokens)
		if len(toks) == 0 {
			continue
		}
		m := &matcher{toks: toks, pub: pub, ref: ref, strict: true}
		m.tense = func(first, last int) Tense { return clauseTense(toks, first, last) }
		for _, mt := range m.scan() {
			start, end := toks[mt.first].start, toks[mt.last-1].end-mt.trim
			out = append(out, dyad.TimeExpr{
				Text: text[start:end], Start: start, End: end,
				Value: mt.value, Precision: mt.prec, Kind: mt.kind, Sentence: si,
			})
		}
		ref = m.ref
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// fromTokens keeps the tokens whose offsets lie inside text, on rune
// boundaries and in increasing order.
func fromTokens(text string, in []dyad.Token) []tok {
	out := make([]tok, 0, len(in))
	prevEnd := 0
	for _, t := range in {
		if t.Start < prevEnd || t.End <= t.Start || t.End > len(text) ||
			!onBoundary(text, t.Start) || !onBoundary(text, t.End) {
			continue
		}
		w := text[t.Start:t.End]
		lemma := t.Lemma
		if lemma == "" {
			lemma = lower(w)
		}
		out = append(out, tok{text: w, low: lower(w), tag: t.Tag, lemma: lemma, start: t.Start, end: t.End})
		prevEnd = t.End
	}
	return out
}

// onBoundary reports whether byte offset p of s falls between two runes as
// a range loop decodes them (an invalid byte is a rune of its own).
func onBoundary(s string, p int) bool {
	if p <= 0 || p >= len(s) {
		return p == 0 || p == len(s)
	}
	if utf8.RuneStart(s[p]) {
		return true
	}
	for q := p - 1; q >= 0 && q >= p-3; q-- {
		if utf8.RuneStart(s[q]) {
			_, n := utf8.DecodeRuneInString(s[q:])
			return q+n <= p
		}
	}
	return true
}

// lower lower-cases s and straightens typographic apostrophes.
func lower(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// Parse finds the first time expression in expr, a short phrase such as
// "on Wednesday", "last month", "two years and 10 months" or "Sept. 21,
// 2022", and resolves it against pub with the given tense (the text has no
// tags to read one from; "last" and "next" override it). Case is ignored.
// The TimeExpr's offsets are byte offsets into expr; Sentence is 0.
func Parse(expr string, pub time.Time, tense Tense) (dyad.TimeExpr, bool) {
	if !pub.IsZero() {
		pub = day(pub)
	}
	toks := splitWords(expr)
	m := &matcher{toks: toks, pub: pub, tense: func(int, int) Tense { return tense }}
	ms := m.scan()
	if len(ms) == 0 {
		return dyad.TimeExpr{}, false
	}
	mt := ms[0]
	start, end := toks[mt.first].start, toks[mt.last-1].end-mt.trim
	return dyad.TimeExpr{Text: expr[start:end], Start: start, End: end, Value: mt.value, Precision: mt.prec, Kind: mt.kind}, true
}

// Resolve is Parse reduced to the normalised value and its precision
// ("" for durations): Resolve("on Monday", 2022-09-21, Past) is
// "2022-09-19", "day". ok is false when expr holds no time expression.
func Resolve(expr string, pub time.Time, tense Tense) (value, precision string, ok bool) {
	te, ok := Parse(expr, pub, tense)
	return te.Value, te.Precision, ok
}

// splitWords is a small tokenizer for Parse: runs of letters and digits
// (with inner "-", "." between digits, and apostrophes) are words, every
// other non-space rune is a token of its own; "'s" splits off.
func splitWords(s string) []tok {
	var out []tok
	isWord := func(r rune) bool {
		return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && isLetter(r)
	}
	emit := func(a, b int) {
		w := s[a:b]
		out = append(out, tok{text: w, low: lower(w), lemma: lower(w), start: a, end: b})
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWord(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWord(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '.' && j > 0 && s[j-1] >= '0' && s[j-1] <= '9') && j+1 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+1:])
					if isWord(r3) && (r2 == '-' || r3 >= '0' && r3 <= '9') {
						j += n2
						continue
					}
				}
				break
			}
			emit(i, j)
			i = j
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			i += n
		case (r == '\'' || r == '’') && i+n < len(s) && (s[i+n] == 's' || s[i+n] == 'S') &&
			(i+n+1 == len(s) || !isWordByte(s[i+n+1])):
			emit(i, i+n+1)
			i += n + 1
		default:
			emit(i, i+n)
			i += n
		}
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

func isLetter(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
