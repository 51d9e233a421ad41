// Package text splits an article into sentences and tokens with byte
// offsets, tags each token with its Penn part of speech and gives it a lemma.
//
// Sentence splitting and tokenization build on jdkato/prose v3 (punkt
// sentences and a rule tokenizer), adapted for news: paragraphs (lines) are
// hard boundaries and abbreviations common in news ("U.S.", "Sept.") do not
// end sentences. Tags and lemmas come from dyad's own tagger (package
// text/tagger, trained on UD English EWT); quotation marks are tagged as
// opening or closing quotes by their position. NewProse keeps prose's
// tagger for comparison.
package text

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text/parser"
	"github.com/dyadproject/dyad/text/tagger"
)

// Analyzer is the text stage. It is safe for concurrent use.
type Analyzer struct {
	seg   *segment.Segmenter
	tok   *tokenize.Tokenizer
	tg    *tagger.Tagger // dyad's tagger, or nil when prose tags
	prose *tag.Tagger
	// ps parses each sentence (Token.Head, Token.Rel) when set.
	ps *parser.Parser
	// ewtHyphens splits hyphenated compounds as UD English EWT does.
	ewtHyphens bool
}

// WithEWTHyphens returns a copy of the Analyzer that splits hyphenated
// compounds into words and hyphens as UD English EWT does ("state-run" ->
// "state" "-" "run"; not after bound prefixes such as "co-" and "non-",
// nor in phone numbers and dates), splits number ranges ("9-5" -> "9" "-"
// "5") and writes the period of an abbreviation that ends a sentence as a
// word of its own ("etc." -> "etc" "."). By default compounds and ranges
// stay one token and abbreviations keep their period, which the actor,
// place and time stages expect ("Suk-yeol", "Kenya-based", "three-year",
// "the U.S."); the EWT convention is for scoring against UD and for
// CoNLL-U output.
func (a *Analyzer) WithEWTHyphens() *Analyzer {
	b := *a
	b.ewtHyphens = true
	return &b
}

// WithParser returns a copy of the Analyzer that also parses every
// sentence with dyad's dependency parser, filling Token.Head and
// Token.Rel. It needs dyad's tagger (the parser reads its UPOS tags).
func (a *Analyzer) WithParser() (*Analyzer, error) {
	if a.tg == nil {
		return nil, fmt.Errorf("text: the parser needs dyad's tagger, not prose's")
	}
	ps, err := parser.Default()
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	b := *a
	b.ps = ps
	return &b, nil
}

var _ dyad.Stage = (*Analyzer)(nil)

// New returns an Analyzer with the built-in models: prose's sentence
// splitter and tokenizer, dyad's tagger and lemmatizer.
func New() (*Analyzer, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	tg, err := tagger.Default()
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	return &Analyzer{seg: seg, tok: tokenize.New(), tg: tg}, nil
}

// NewProse returns an Analyzer that tags with prose's perceptron tagger
// and lemmatizes with the suffix rules alone, as dyad did before it had its
// own tagger; it is kept to measure the two side by side.
func NewProse() (*Analyzer, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	pt, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	return &Analyzer{seg: seg, tok: tokenize.New(), prose: pt}, nil
}

// Name implements dyad.Stage.
func (a *Analyzer) Name() string { return "text" }

// Process fills d.Sentences.
func (a *Analyzer) Process(d *dyad.Doc) error {
	d.Sentences = a.Analyze(d.Text())
	return nil
}

// Analyze splits text into tagged and lemmatized sentences.
func (a *Analyzer) Analyze(text string) []dyad.Sentence {
	var out []dyad.Sentence
	for _, p := range Paragraphs(text) {
		for _, s := range a.Split(text[p.Start:p.End]) {
			start, end := p.Start+s.Start, p.Start+s.End
			toks := a.Tokenize(text[start:end], start)
			if len(toks) == 0 {
				continue
			}
			a.Tag(toks)
			out = append(out, dyad.Sentence{Start: start, End: end, Tokens: toks})
		}
	}
	return out
}

// Paragraphs splits text at blank lines and at line breaks that follow the
// end of a sentence (a line ending in . ! ? : or a closing quotation mark,
// but not in an abbreviation the next line continues, "on Sept.\n21", nor
// in a colon, quote or bracket before a lower-case word).
// A line break inside a sentence (hard-wrapped text) is not a boundary.
// Spans are trimmed of surrounding space and never empty.
func Paragraphs(text string) []dyad.Span {
	var out []dyad.Span
	start := 0
	emit := func(end int) {
		s, e := dyad.TrimSpace(text, start, end, "")
		if s < e {
			out = append(out, dyad.Span{Start: s, End: e})
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		_, e := dyad.TrimSpace(text, start, i, "")
		blankNext := nextLineBlank(text, i+1)
		if blankNext || endsSentence(text[start:e], nextLine(text, i+1)) {
			emit(i)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

// nextLine returns the start of the line at text[i:], without its leading
// space, for a look at its first word.
func nextLine(text string, i int) string {
	s := strings.TrimLeft(text[i:min(len(text), i+64)], " \t\r")
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return s
}

func nextLineBlank(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// endsSentence reports whether a line break after s, with next the start
// of the following line, ends a sentence: s ends in a stop, colon, closing
// quote or bracket, but not in an abbreviation next continues ("Sept." "21"),
// nor in a colon, quote or bracket before a lower-case word ("(LTTE)" "are").
func endsSentence(s, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', utf8.RuneError:
		return !joinsPrevious(s, next)
	case ':', '"', '”', '’', '\'', ')':
		n, _ := utf8.DecodeRuneInString(next)
		return !unicode.IsLower(n)
	}
	return s == ""
}

// Split splits one paragraph into sentence spans relative to it.
func (a *Analyzer) Split(para string) []dyad.Span {
	raw := a.seg.Segment(para)
	spans := make([]dyad.Span, len(raw))
	for i, s := range raw {
		spans[i] = dyad.Span{Start: s.Start, End: s.End()}
	}
	// A quotation that runs over several sentences and closes inside the
	// paragraph before its attribution ("A. B," he said.) stays one
	// sentence with it; one that closes at the end of a sentence ("A. B.")
	// is split as usual.
	joinTo := make([]int, len(spans))
	if !oddQuotes(para) {
		for i := 0; i < len(spans); i++ {
			joinTo[i] = i
			if !oddQuotes(para[spans[i].Start:spans[i].End]) {
				continue
			}
			for j := i + 1; j < len(spans) && j <= i+maxQuoteSentences; j++ {
				if seg := para[spans[j].Start:spans[j].End]; oddQuotes(seg) {
					if attributed(seg) {
						for k := i; k <= j; k++ {
							joinTo[k] = j
						}
						i = j
					}
					break
				}
			}
		}
	} else {
		for i := range joinTo {
			joinTo[i] = i
		}
	}
	out := make([]dyad.Span, 0, len(spans))
	for i, sp := range spans {
		// Punkt splits after abbreviations it does not know ("U.S. officials",
		// "Sept. 21"); join those back.
		if n := len(out); n > 0 && (joinTo[i-1] >= i || joinsPrevious(para[out[n-1].Start:out[n-1].End], para[sp.Start:sp.End])) {
			out[n-1].End = sp.End
			continue
		}
		out = append(out, sp)
	}
	return fixBoundaries(para, out)
}

// maxQuoteSentences is the most sentences after the first that a
// quotation joined to its attribution spans; a quotation mark left open
// longer is taken as a stray one.
const maxQuoteSentences = 4

// fixBoundaries moves sentence boundaries where punkt misplaces them: a
// sentence that starts with a lower-case letter after an ellipsis, or
// with a comma, or follows one punkt ended inside a word ("it...is"),
// continues the one before ("yet... but take care"); a closing bracket or an emoticon that starts
// a sentence ends the one before ("next day. )", "I love her. :)"); an
// emoticon followed by a capitalised word ends its sentence ("fun :) Now").
func fixBoundaries(para string, in []dyad.Span) []dyad.Span {
	out := in[:0:0]
	for _, sp := range in {
		for sp.Start < sp.End {
			// split after an inner emoticon or stop punkt missed followed by
			// a capital
			cut := innerBreak(para[sp.Start:sp.End])
			if cut <= 0 {
				break
			}
			out = appendSpan(para, out, dyad.Span{Start: sp.Start, End: sp.Start + cut})
			sp.Start += cut
			for sp.Start < sp.End && para[sp.Start] == ' ' {
				sp.Start++
			}
		}
		out = appendSpan(para, out, sp)
	}
	return out
}

func appendSpan(para string, out []dyad.Span, sp dyad.Span) []dyad.Span {
	n := len(out)
	if n == 0 || sp.Start >= sp.End {
		if sp.Start < sp.End {
			out = append(out, sp)
		}
		return out
	}
	seg := para[sp.Start:sp.End]
	r, _ := utf8.DecodeRuneInString(seg)
	prev := strings.TrimRight(para[out[n-1].Start:out[n-1].End], " ")
	last, _ := utf8.DecodeLastRuneInString(prev)
	if unicode.IsLower(r) && (strings.HasSuffix(prev, "..") || strings.HasSuffix(prev, "…")) ||
		isAlnum(last) && innerEllipsis(prev) || r == ',' || r == ';' {
		// "yet... but", a sentence punkt ended inside "it...is", or one
		// that would start with a comma continue the sentence before
		out[n-1].End = sp.End
		return out
	}
	if k, ok := listMarker(prev); ok {
		// "3." numbers the item after it: "pet. 3. Bargain" is "pet." and
		// "3. Bargain"
		if k == 0 {
			out[n-1].End = sp.End
			return out
		}
		sp.Start = out[n-1].Start + k
		out[n-1].End = out[n-1].Start + len(strings.TrimRightFunc(prev[:k], unicode.IsSpace))
		seg = para[sp.Start:sp.End]
	}
	if k := leadingCloser(seg); k > 0 {
		out[n-1].End = sp.Start + k
		sp.Start += k
		for sp.Start < sp.End && unicode.IsSpace(rune(para[sp.Start])) {
			sp.Start++
		}
		if sp.Start >= sp.End {
			return out
		}
	}
	return append(out, sp)
}

// listMarker reports whether s ends in the number of a list item ("1.",
// "12.") that is all of s or follows a stop or colon ("pet. 3.",
// "comments: 1."), and where the number starts.
func listMarker(s string) (int, bool) {
	i := strings.LastIndexAny(s, " \t\n") + 1
	w := strings.TrimPrefix(s[i:], "*")
	if len(w) < 2 || len(w) > 3 || w[len(w)-1] != '.' {
		return 0, false
	}
	for _, c := range w[:len(w)-1] {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	if i == 0 {
		return 0, true
	}
	before := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	if before == "" || !strings.ContainsRune(".!?:)", rune(before[len(before)-1])) {
		return 0, false
	}
	// not the day after an abbreviated month: "on Sept. 27."
	pw := strings.ToLower(before[strings.LastIndexAny(before, " \t\n")+1:])
	return i, !abbrevs[pw] && !tokenAbbrevs[strings.TrimSuffix(pw, ".")]
}

// innerEllipsis reports whether the last word of s has stops inside it
// ("it...is"), where punkt may end a sentence, and is not an address
// ("ann...@example.com").
func innerEllipsis(s string) bool {
	w := s[strings.LastIndexAny(s, " \t\n")+1:]
	return (strings.Contains(w, "..") || strings.Contains(w, "…")) && !isWebAddress(w)
}

// leadingCloser returns the length of a closing bracket or emoticon that
// starts seg and is followed by a space or the end, or 0.
func leadingCloser(seg string) int {
	w := seg
	if i := strings.IndexAny(seg, " \t\n"); i >= 0 {
		w = seg[:i]
	}
	switch {
	case w == ")" || w == "]":
		return len(w)
	case isEmoticon(w):
		return len(w)
	}
	return 0
}

// innerBreak returns the end of the first word in seg that ends a
// sentence punkt did not end and is followed by a space and a capitalised
// word, or 0: an emoticon ("fun :) Now"), two stops ("Inc.. On"), a
// stop inside a closing quotation mark ("'To Keep.' It", "ends." China)
// or after a web address ("at www.example.com. Then"), the end of a mail
// header's date line ("01/19/2001 07:24 AM Thanks") or the sender before
// it ("Ann Lee 01/19/2001 07:24 AM"), an address before another or a
// capitalised word ("see http://a.org Thanks"), the closing of a
// letter at the start of seg ("Regards, Anne").
func innerBreak(seg string) int {
	if k := signOff(seg); k > 0 {
		return k
	}
	prev := ""
	for i := 0; i < len(seg); {
		j := strings.IndexByte(seg[i:], ' ')
		if j < 0 {
			return 0
		}
		w := seg[i : i+j]
		if (isEmoticon(w) || stopMissed(w) || isClock(prev) && headerEnd(w, seg[i+j+1:])) && i+j+1 < len(seg) {
			if r, _ := utf8.DecodeRuneInString(seg[i+j+1:]); unicode.IsUpper(r) {
				return i + j
			}
		}
		if r, _ := utf8.DecodeRuneInString(w); w != "" && (!unicode.IsLower(r) || strings.Contains(w, "@")) && headerDate(seg[i+j+1:]) {
			return i + j // "Ann Lee 01/19/2001 07:24 AM": the date line after the sender
		}
		if addressEnd(w, seg[i+j+1:]) {
			return i + j
		}
		prev = w
		i += j + 1
	}
	return 0
}

// signOffs are the closings of a letter, written before the name of the
// one who signs it ("Thanks, Anne").
var signOffs = [...]string{"thanks", "thank you", "regards", "best regards", "kind regards", "best",
	"sincerely", "cheers", "respectfully", "best wishes", "take care", "yours truly", "warm regards"}

// signOff returns the length of the closing and comma that start seg
// when a capitalised word follows them, or 0.
func signOff(seg string) int {
	for _, p := range signOffs {
		n := len(p)
		if len(seg) > n+2 && strings.EqualFold(seg[:n], p) && seg[n] == ',' && seg[n+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(seg[n+2:]); unicode.IsUpper(r) {
				return n + 1
			}
		}
	}
	return 0
}

// addressEnd reports whether the web or mail address w, not followed by
// punctuation, ends a sentence: another address follows ("http://a.org
// http://b.org") or a capitalised word ("ann@example.com Thanks"), not
// one in capitals ("Ken Rice@ENRON COMMUNICATIONS").
func addressEnd(w, rest string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	if !isWebAddress(w) || !isAlnum(last) && last != '/' {
		return false
	}
	next, _, _ := strings.Cut(rest[:min(len(rest), 64)], " ")
	if isWebAddress(next) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && next != strings.ToUpper(next)
}

// headerDate reports whether s starts with the date and time of a mail
// header ("01/19/2001 07:24", "1/9/01 7:24").
func headerDate(s string) bool {
	d, rest, ok := strings.Cut(s[:min(len(s), 24)], " ")
	if !ok || strings.Count(d, "/") != 2 || len(d) < 6 || len(d) > 10 {
		return false
	}
	for _, c := range d {
		if (c < '0' || c > '9') && c != '/' {
			return false
		}
	}
	t, _, _ := strings.Cut(rest, " ")
	return isClock(t)
}

// isClock reports whether w is a time of day on the clock ("9:05",
// "17:30:12").
func isClock(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 && len(m) != 5 {
		return false
	}
	for _, c := range h + m {
		if (c < '0' || c > '9') && c != ':' {
			return false
		}
	}
	return true
}

// headerEnd reports whether w, after a clock time, is the "AM" or "PM"
// that ends the date line of a mail header ("01/19/2001 07:24 AM Mike, I
// see"), rest being the text after it: not before a time zone, a day or
// month name or "... time" ("09:00 AM EST", "9:30 PM Sunday", "10:00 AM
// Jerusalem time").
func headerEnd(w, rest string) bool {
	if w != "AM" && w != "PM" && w != "am" && w != "pm" {
		return false
	}
	next, _ := nextWord(rest)
	after, _ := nextWord(rest[min(len(rest), len(next)+1):])
	if len(next) <= 4 && next == strings.ToUpper(next) || strings.EqualFold(after, "time") {
		return false // "EST", "GMT", "ET"
	}
	switch strings.ToLower(next) {
	case "eastern", "central", "pacific", "mountain", "atlantic", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return false
	}
	return true
}

// stopMissed reports whether the word w ends a sentence in a way punkt
// does not see: two periods (not an ellipsis of three), a stop inside a
// closing quotation mark or bracket, or the period after a web address.
func stopMissed(w string) bool {
	if in, ok := strings.CutSuffix(w, ")"); ok {
		// "roll!")", "daughters.'')": a stop inside the closing marks
		in = strings.TrimRight(in, "\"'”’")
		return len(in) > 1 && strings.ContainsRune(".!?", rune(in[len(in)-1]))
	}
	switch {
	case strings.HasSuffix(w, "..") && !strings.HasSuffix(w, "...") && len(w) > 2:
		return true
	case strings.HasSuffix(w, ".'") || strings.HasSuffix(w, ".’") || strings.HasSuffix(w, ".\"") || strings.HasSuffix(w, ".”"):
		return len(w) > 2
	case strings.HasSuffix(w, "."):
		return isWebAddress(w) && !strings.Contains(w, "@")
	}
	return false
}

func isEmoticon(w string) bool {
	switch w {
	case ":)", ":-)", ":(", ":-(", ":P", ":-P", ":p", ":D", ":-D", ";)", ";-)", ":/", ":))", ":((", "=)", "=(", "=D", "^_^":
		return true
	}
	return false
}

// attributed reports whether a letter follows the last double quotation
// mark of a sentence: the quote closes before its attribution ("..., "
// he said.).
func attributed(s string) bool {
	i := strings.LastIndexAny(s, "\"“”")
	if i < 0 {
		return false
	}
	return strings.ContainsFunc(s[i:], unicode.IsLetter)
}

// oddQuotes reports whether s has an odd number of double quotation marks,
// counting curly and straight ones alike.
func oddQuotes(s string) bool {
	n := 0
	for _, r := range s {
		switch r {
		case '"', '“', '”':
			n++
		}
	}
	return n%2 == 1
}

// abbrevs are words ending in a period that rarely end a sentence in news.
var abbrevs = map[string]bool{
	"u.s.": true, "u.n.": true, "u.k.": true, "e.u.": true, "jan.": true, "feb.": true,
	"mar.": true, "apr.": true, "aug.": true, "sept.": true, "sep.": true, "oct.": true,
	"nov.": true, "dec.": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"gen.": true, "lt.": true, "col.": true, "maj.": true, "capt.": true, "sen.": true,
	"rep.": true, "gov.": true, "st.": true, "no.": true, "vs.": true, "prof.": true,
	"adm.": true, "sgt.": true, "rev.": true, "jr.": true, "sr.": true, "p.s.": true, "ft.": true,
	"mt.": true,
}

// tokenAbbrevs are words that keep their period as one token even at the
// end of a sentence ("Enron Corp.", "etc."), besides abbrevs.
var tokenAbbrevs = map[string]bool{
	"corp": true, "inc": true, "ltd": true, "co": true, "etc": true, "ext": true, "pvt": true,
	"bros": true, "dept": true, "univ": true, "assn": true, "ave": false,
}

func joinsPrevious(prev, next string) bool {
	i := strings.LastIndexFunc(prev, unicode.IsSpace)
	last := strings.ToLower(prev[i+1:])
	r, _ := utf8.DecodeRuneInString(next)
	if stem, ok := strings.CutSuffix(last, "."); ok && tokenAbbrevs[stem] {
		// "Enron Corp. said" ends a sentence; "etc. and", "ext. 37625"
		// and "Pvt. Ltd." do not
		nw, _, _ := strings.Cut(next, " ")
		nstem, ok := strings.CutSuffix(strings.ToLower(strings.TrimRight(nw, ",;:")), ".")
		return unicode.IsLower(r) || unicode.IsDigit(r) || ok && tokenAbbrevs[nstem]
	}
	if !abbrevs[last] {
		return false
	}
	// "...the U.S. It said" is a boundary; "the U.S. envoy" and "Sept. 21"
	// are not. A lower-case word or a number after the abbreviation joins.
	if unicode.IsLower(r) || unicode.IsDigit(r) {
		return true
	}
	// Titles always join: "Gen. Mark Milley"; "No." only before a number.
	switch last {
	case "no.":
		return false
	case "u.s.", "u.n.", "u.k.", "e.u.":
		// "U.S." alone is no sentence ("...council.\nU.S. Ambassador
		// Nikki Haley told ..."), and before a title or an institution it
		// names whose it is ("the U.S. Ambassador to the U.N.", "the U.N.
		// Security Council"); before other capitalised words ("the U.S.
		// It said") it ends the sentence.
		if i < 0 {
			return true
		}
		nw, _, _ := strings.Cut(next, " ")
		return countryModified[strings.TrimRight(nw, ",;:")]
	}
	return true
}

// countryModified are capitalised words that "U.S.", "U.N.", "U.K." or
// "E.U." modify rather than end a sentence before: titles and
// institutions.
var countryModified = wordSet("Ambassador", "Ambassadors", "President", "Vice", "Secretary", "Secretary-General",
	"Senator", "Senators", "Representative", "Rep.", "Sen.", "Envoy", "Special", "Embassy", "Embassies", "Consulate",
	"Mission", "Army", "Navy", "Air", "Marine", "Marines", "Coast", "Forces", "Command", "Central", "Pacific",
	"Congress", "Senate", "House", "Capitol", "Department", "Treasury", "Justice", "State", "Defense", "Defence",
	"Commerce", "Energy", "Agriculture", "Interior", "Homeland", "Attorney", "Supreme", "District", "Court", "Federal",
	"Trade", "Secret", "Intelligence", "Security", "General", "Human", "High", "Refugee", "Peacekeeping",
	"Commission", "Commissioner", "Agency", "Office", "Food", "Postal", "Customs", "Border", "Immigration",
	"Geological", "Census", "Chamber", "Government", "Prime", "Foreign", "Home", "Ministry", "Minister", "Parliament",
	"Council", "Assembly", "Secretariat", "Permanent", "Deputy", "Chief", "Officials", "Official", "Troops", "Soldiers",
	"Military", "Administration", "Open")

// wordSet returns the set of words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Tokenize splits one sentence into tokens; base is the sentence's offset
// in the article. Tags and lemmas are left empty.
func (a *Analyzer) Tokenize(sentence string, base int) []dyad.Token {
	if !hasLongWord(sentence) {
		return a.appendTokens(nil, sentence, base, true)
	}
	tail := len(strings.TrimRight(sentence, closers))
	// prose's tokenizer is quadratic in the length of a run without
	// spaces (16,000 commas take seconds): cut such runs into pieces.
	var out []dyad.Token
	start := -1
	flush := func(end int) {
		if run := sentence[start:end]; len(run) > maxWord && isWebAddress(run) {
			// a long web address is one token, whatever its length, with
			// the brackets and stops around it split off
			out = appendAddress(out, run, base+start)
			start = -1
			return
		}
		for start < end {
			if k := repeatRun(sentence[start:end]); k > 0 {
				// "=====...", "*****": a line of one mark is one token
				out = append(out, dyad.Token{Start: base + start, End: base + start + k, Text: sentence[start : start+k], Head: -1})
				start += k
				continue
			}
			n := min(end-start, maxWord)
			if k := strings.IndexFunc(sentence[start:start+n], func(r rune) bool { return r < utf8.RuneSelf && !isAlnum(r) }); k >= 0 {
				if r := repeatRun(sentence[start+k : end]); r > 0 && k > 0 {
					n = k // a word, then a line of marks
				}
			}
			for n < end-start && n > 1 && !utf8.RuneStart(sentence[start+n]) {
				n--
			}
			out = a.appendTokens(out, sentence[start:start+n], base+start, start+n >= tail)
			start += n
		}
		start = -1
	}
	for i, r := range sentence {
		if unicode.IsSpace(r) {
			if start >= 0 {
				flush(i)
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		flush(len(sentence))
	}
	return out
}

// repeatRun returns the length of the run of one repeated ASCII mark
// (not a letter or digit) that starts s, when it is at least
// minRepeat long, or 0.
func repeatRun(s string) int {
	if s == "" || s[0] >= utf8.RuneSelf || isAlnum(rune(s[0])) {
		return 0
	}
	n := 1
	for n < len(s) && s[n] == s[0] {
		n++
	}
	if n < minRepeat {
		return 0
	}
	return n
}

const minRepeat = 8

// maxWord is the longest run without spaces given to prose's tokenizer.
const maxWord = 64

func hasLongWord(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			n = 0
		default:
			n++
			if n > maxWord {
				return true
			}
		}
	}
	return false
}

// appendTokens appends the tokens of s, a sentence or a piece of one at
// base; final says whether s reaches the end of the sentence.
func (a *Analyzer) appendTokens(out []dyad.Token, s string, base int, final bool) []dyad.Token {
	raw := a.tok.Tokenize(s)
	if out == nil {
		out = make([]dyad.Token, 0, len(raw))
	}
	first := len(out)
	// the text after tail holds only closing quotes and brackets
	tail := len(strings.TrimRight(s, closers))
	for ri, t := range raw {
		start, end := t.Start, t.End()
		w := s[start:end]
		last := final && (ri == len(raw)-1 || end >= tail)
		if n := len(out); n > first && out[n-1].End == base+start && joinTokens(out[n-1].Text, w, end == len(s) || s[end] == ' ', last) &&
			!(a.ewtHyphens && last && w == "." && endsAbbrev(out[n-1].Text+w)) {
			// A run of stops ("...", "!!!", "?!"), an emoticon (":)"), an
			// initial ("J.") or a decade ("70's") is one token.
			out[n-1].End = base + end
			out[n-1].Text = s[out[n-1].Start-base : end]
			continue
		}
		parts := wordParts(w, a.ewtHyphens)
		if last && len(parts) > 0 && parts[len(parts)-1] > 2 && (finalPeriod(w) || a.ewtHyphens && endsAbbrev(w)) {
			// "Camps Bay." at the end: the period is a word of its own; EWT
			// writes the period of an abbreviation that ends a sentence as
			// a word too ("etc" ".", "U.S" ".")
			parts[len(parts)-1]--
			parts = append(parts, 1)
		}
		for _, k := range parts {
			part := s[start : start+k]
			if fp := fusedParts(part, s[:start], s[start+k:]); fp != nil {
				// "dont" -> "do" "nt", "gonna" -> "gon" "na"
				for _, n := range fp {
					out = append(out, dyad.Token{Start: base + start, End: base + start + n, Text: s[start : start+n], Head: -1})
					start += n
				}
				continue
			}
			if c := contraction(part); c > 0 {
				// "I've" -> "I" "'ve" (the treebank's words).
				out = append(out, dyad.Token{Start: base + start, End: base + start + c, Text: s[start : start+c], Head: -1})
				start += c
				k -= c
			}
			out = append(out, dyad.Token{Start: base + start, End: base + start + k, Text: s[start : start+k], Head: -1})
			start += k
		}
	}
	return out
}

// joinTokens reports whether prose's token next, written right after prev,
// belongs to it: a run of stops, an emoticon followed by a space, the period
// of an initial that does not end the sentence, or the "'s" of a decade.
func joinTokens(prev, next string, spaceAfter, last bool) bool {
	switch {
	case stops(prev) && stops(next):
		// "...", "?!", ".?"; but "..." "?" are two words
		return !(strings.HasSuffix(prev, "...") && (next[0] == '?' || next[0] == '!'))
	case quotePair(prev+next) == len(prev)+len(next):
		return true // "''", "’’"
	case (prev[0] == '<' || prev[0] == '>') && strings.Trim(prev+next, prev[:1]) == "":
		return true // ">>", "<<"
	case spaceAfter && emoticon(prev, next):
		return true
	case next == "." && !last && len(prev) == 1 && prev[0] >= 'A' && prev[0] <= 'Z':
		return true
	case next == "." && (abbrevs[strings.ToLower(prev)+"."] || tokenAbbrevs[strings.ToLower(prev)]):
		return true
	case next == "$" && strings.Trim(prev, "$") == "":
		return true // "$$$"
	case (next == "'s" || next == "’s") && onlyDigits(prev):
		return true
	}
	return false
}

// finalPeriod reports whether the period that ends w, the last token of a
// sentence, is a word of its own: w is a plain word ("Bay.", "Hi.") and not
// an abbreviation ("Corp.", "etc.", "U.S.", "J.").
func finalPeriod(w string) bool {
	stem, ok := strings.CutSuffix(w, ".")
	if !ok || len(stem) < 2 || strings.ContainsRune(stem, '.') {
		return false
	}
	for _, r := range stem {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	l := strings.ToLower(stem)
	return !abbrevs[l+"."] && !tokenAbbrevs[l]
}

// closers are the marks that may follow the last word of a sentence.
const closers = " \t\n\r\"'”’)]"

// endsAbbrev reports whether w is an abbreviation written with periods,
// at least two letters long ("etc.", "U.S.", "p.m.", "Inc."), as opposed
// to an initial ("J.") or a run of stops.
func endsAbbrev(w string) bool {
	stem, ok := strings.CutSuffix(w, ".")
	if !ok || len(stem) < 2 {
		return false
	}
	for i := 0; i < len(stem); i++ {
		c := stem[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' && i > 0) {
			return false
		}
	}
	return true
}

// isWebAddress reports whether a run without spaces is a web or e-mail
// address.
func isWebAddress(run string) bool {
	return strings.Contains(run, "://") || strings.Contains(run, "www.") || strings.Contains(run, "@")
}

// appendAddress appends a long web address as one token, with the
// brackets, quotes and stops before and after it as tokens of their own.
func appendAddress(out []dyad.Token, run string, base int) []dyad.Token {
	i, j := 0, len(run)
	for i < j && strings.IndexByte("(\"'<[", run[i]) >= 0 {
		out = append(out, dyad.Token{Start: base + i, End: base + i + 1, Text: run[i : i+1], Head: -1})
		i++
	}
	for j > i && strings.IndexByte(".,;:!?)\"'>]", run[j-1]) >= 0 {
		j--
	}
	if i < j {
		out = append(out, dyad.Token{Start: base + i, End: base + j, Text: run[i:j], Head: -1})
	}
	for k := j; k < len(run); k++ {
		out = append(out, dyad.Token{Start: base + k, End: base + k + 1, Text: run[k : k+1], Head: -1})
	}
	return out
}

// stops reports whether s is made only of sentence-final stops.
func stops(s string) bool {
	for _, r := range s {
		switch r {
		case '.', '!', '?', '…':
		default:
			return false
		}
	}
	return s != ""
}

// contraction returns the length of the first word of a token that is two
// words in the treebank's tokenization ("I've", "we'd"), or 0.
func contraction(w string) int {
	for _, suf := range [...]string{"'ve", "'d", "'ll", "'re", "'m", "’ve", "’d", "’ll", "’re", "’m"} {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			for _, r := range w[:len(w)-len(suf)] {
				if !unicode.IsLetter(r) {
					return 0
				}
			}
			return len(w) - len(suf)
		}
	}
	return 0
}

// Tag fills in the tag and lemma of each token. Quotation marks are tagged
// “ (opening) and ” (closing) by their position.
func (a *Analyzer) Tag(toks []dyad.Token) {
	if a.tg == nil {
		a.tagProse(toks)
		return
	}
	words := make([]string, len(toks))
	xpos := make([]string, len(toks))
	for i := range toks {
		words[i] = taggerForm(toks[i].Text)
	}
	var upos []string
	if a.ps != nil {
		upos = make([]string, len(toks))
	}
	a.tg.TagInto(words, upos, xpos)
	open := true
	for i := range toks {
		t := &toks[i]
		if isQuote(t.Text) {
			q := quoteTag(toks, i, open)
			t.Tag = q
			open = q == "''"
		} else {
			t.Tag = fixTag(t.Text, xpos[i])
		}
		if i > 0 && pastCandidate(t.Text, t.Tag) && finitePast(toks, xpos, i) {
			t.Tag = "VBD"
		}
		if i > 0 && hyphenName(t.Text) && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS") {
			// EWT splits hyphenated words, so the tagger reads "Suk-yeol"
			// and "Jae-myoung" as adjectives; after a proper noun they are
			// the rest of a name.
			t.Tag = "NNP"
		} else if i > 0 && (toks[i-1].Tag == "NN" || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "FW") && romanizedGiven(toks[i-1].Text, t.Text) {
			// "Ma Ying-jeou", "Moon Jae-in": a short capitalised family
			// name the tagger read as a common noun or adjective (not a
			// function word: "In Anti-war ..."), then a hyphenated
			// given name of short syllables; both are the name.
			toks[i-1].Tag, t.Tag = "NNP", "NNP"
			toks[i-1].Lemma = a.tg.Lemma(toks[i-1].Text, "NNP")
			if upos != nil {
				upos[i-1], upos[i] = "PROPN", "PROPN"
			}
		}
		t.Lemma = a.tg.Lemma(t.Text, t.Tag)
	}
	for i := 1; i+1 < len(toks); i++ {
		if shotDown(toks, i) {
			// "the air force shot down a drone", "troops shot dead two
			// gunmen": the verb, not the noun the tagger read after a noun
			toks[i].Tag, toks[i].Lemma = "VBD", a.tg.Lemma(toks[i].Text, "VBD")
			if toks[i+1].Lemma == "down" {
				toks[i+1].Tag = "RP"
			}
			if upos != nil {
				upos[i] = "VERB"
				if toks[i+1].Lemma == "down" {
					upos[i+1] = "ADP"
				}
			}
		}
	}
	for i := 1; i+3 < len(toks); i++ {
		if possessiveS(toks, i) {
			// "Yemen's internationally recognised government": the
			// possessive, not "is", before an adverb, a modifier and a noun
			toks[i].Tag, toks[i].Lemma = "POS", a.tg.Lemma(toks[i].Text, "POS")
			if upos != nil {
				upos[i] = "PART"
			}
		}
	}
	if a.ps != nil && len(toks) > 0 {
		for i := range toks {
			xpos[i] = toks[i].Tag
		}
		heads, rels := a.ps.Parse(words, upos, xpos)
		for i := range toks {
			toks[i].Head = heads[i] - 1 // the parser counts from 1, 0 = root
			toks[i].Rel = rels[i]
		}
	}
}

// shotDown reports whether "shot" at toks[i], tagged as a noun (or as a
// present tense it cannot be), is the
// verb of "shot down" or "shot dead" right after its subject (a noun or a
// pronoun, not a determiner: "took a shot down the line" stays a noun).
func shotDown(toks []dyad.Token, i int) bool {
	if strings.ToLower(toks[i].Text) != "shot" || !strings.HasPrefix(toks[i].Tag, "NN") && toks[i].Tag != "VBP" {
		return false
	}
	next := strings.ToLower(toks[i+1].Text)
	if next != "down" && next != "dead" {
		return false
	}
	p := toks[i-1].Tag
	return strings.HasPrefix(p, "NN") || p == "PRP"
}

// possessiveS reports whether the "'s" at toks[i], tagged as "is", is the
// possessive of the proper noun before it: an adverb, an adjective or
// participle and a noun follow ("Ghana's increasingly popular
// president"); "He's always late" and "Trump's very happy." keep "is".
func possessiveS(toks []dyad.Token, i int) bool {
	t := toks[i].Text
	if (t != "'s" && t != "’s") || toks[i].Tag != "VBZ" || !strings.HasPrefix(toks[i-1].Tag, "NNP") {
		return false
	}
	m := toks[i+2].Tag
	return toks[i+1].Tag == "RB" && (strings.HasPrefix(m, "JJ") || m == "VBN" || m == "VBG") && strings.HasPrefix(toks[i+3].Tag, "NN")
}

// pastCandidate reports whether a token the tagger did not read as a
// finite verb may be one: a participle, an -ed adjective ("The invasion
// shocked Europe") or an irregular simple past form ("Sales rose").
func pastCandidate(word, tag string) bool {
	switch {
	case tag == "VBN":
		return true
	case tag == "VBD" || strings.HasPrefix(tag, "NNP"):
		return false
	case tag == "JJ" && strings.HasSuffix(word, "ed"):
		return true
	}
	return simplePast[strings.ToLower(word)]
}

// simplePast are irregular past forms that are never participles.
var simplePast = map[string]bool{
	"rose": true, "fell": true, "took": true, "gave": true, "went": true, "came": true, "began": true,
	"spoke": true, "wrote": true, "drew": true, "grew": true, "knew": true, "threw": true, "flew": true,
	"broke": true, "chose": true, "froze": true, "stole": true, "ran": true, "sank": true, "rode": true,
	"shook": true, "arose": true, "withdrew": true, "overthrew": true, "undertook": true, "forbade": true,
	"swore": true, "tore": true, "wore": true, "woke": true, "forgave": true, "became": true, "saw": true,
}

// finitePast reports whether a past participle tagged at toks[i] is the
// finite past verb of its clause ("Troops crossed the border", "The talks
// collapsed late on Friday"): right after a noun or pronoun, with no
// auxiliary before it, and not followed by a preposition, as a reduced
// relative clause would be ("troops killed in the attack").
func finitePast(toks []dyad.Token, xpos []string, i int) bool {
	switch xpos[i-1] {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "have", "has", "had", "having", "be", "is", "are", "was", "were", "been", "being", "get", "got", "'s", "'ve", "'re":
			return false
		}
		if xpos[k] == "," || xpos[k] == "WDT" || xpos[k] == "WP" || xpos[k] == "IN" {
			break
		}
	}
	if i+1 < len(toks) {
		switch xpos[i+1] {
		case "IN", "TO", ",", ".", ":":
			return false
		}
	}
	// the noun before must start its clause: a sentence start, a comma,
	// a conjunction or a determiner-led noun phrase at the start
	k := i - 1
	for k >= 0 && (strings.HasPrefix(xpos[k], "NN") || xpos[k] == "DT" || xpos[k] == "JJ" || xpos[k] == "CD" || xpos[k] == "PRP" || xpos[k] == "PRP$" || xpos[k] == "POS") {
		k--
	}
	return k < 0 || xpos[k] == "," || xpos[k] == "CC" || xpos[k] == "``" || xpos[k] == "RB" || xpos[k] == ":"
}

// hyphenName reports whether s looks like a hyphenated part of a name:
// capitalised, with letters on both sides of a hyphen ("Suk-yeol",
// "Al-Qaeda"), and no lower-case suffix of a compound adjective ("Korean-led").
func hyphenName(s string) bool {
	before, after, ok := strings.Cut(s, "-")
	if !ok || before == "" || after == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(before)
	if !unicode.IsUpper(r) {
		return false
	}
	switch strings.ToLower(after) {
	case "led", "backed", "based", "born", "run", "owned", "made", "held", "controlled", "style", "era", "american", "related":
		return false
	}
	return true
}

// romanizedGiven reports whether prev and s read as a family name and a
// romanized hyphenated given name: prev a capitalised word of two to six
// letters, s a capitalised syllable, a hyphen and a lower-case syllable of
// at most five letters ("Ma" "Ying-jeou", "Kim" "Jong-un").
func romanizedGiven(prev, s string) bool {
	before, after, ok := strings.Cut(s, "-")
	if !ok || !hyphenName(s) || len(after) > 5 || len(before) > 6 || !capitalWord(before) || !lowerLetters(after) {
		return false
	}
	return len(prev) >= 2 && len(prev) <= 6 && capitalWord(prev)
}

// capitalWord reports whether s is an ASCII capital letter followed by
// lower-case ones.
func capitalWord(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z' && lowerLetters(s[1:])
}

// lowerLetters reports whether s is all ASCII lower-case letters (and not
// empty).
func lowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "``", "''", "‘‘", "’’", "‘’":
		return true
	}
	return false
}

// taggerForm maps typographic variants to the forms of the treebank.
func taggerForm(s string) string {
	switch s {
	case "“", "”", "``", "''", "‘‘", "’’", "‘’":
		return "\""
	case "‘":
		return "'"
	}
	if strings.ContainsRune(s, '’') {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// tagProse tags with prose's tagger. Quotation marks are kept out of its
// view, where they only confuse it.
func (a *Analyzer) tagProse(toks []dyad.Token) {
	words := make([]token.Token, 0, len(toks))
	idx := make([]int, 0, len(toks))
	open := true
	for i := range toks {
		if isQuote(toks[i].Text) {
			q := quoteTag(toks, i, open)
			toks[i].Tag = q
			open = q == "''"
			continue
		}
		words = append(words, token.Token{Text: normal(toks[i].Text)})
		idx = append(idx, i)
	}
	a.prose.TagTokens(words)
	for j, w := range words {
		t := &toks[idx[j]]
		t.Tag = fixTag(t.Text, w.Tag)
	}
	for i := range toks {
		toks[i].Lemma = tagger.RuleLemma(toks[i].Text, toks[i].Tag)
	}
}

// quoteTag returns the Penn tag of the quotation mark toks[i]: “ opening,
// ” closing. A straight quote attached to the word before it and not to the
// word after it closes; attached only to the word after it, it opens;
// otherwise quotes alternate, and open says whether the next one opens.
func quoteTag(toks []dyad.Token, i int, open bool) string {
	switch toks[i].Text {
	case "“", "``", "‘", "‘‘":
		return "``"
	case "”", "''", "’’":
		return "''"
	}
	q := toks[i]
	before := i > 0 && toks[i-1].End == q.Start
	after := i+1 < len(toks) && toks[i+1].Start == q.End && !isPunct(toks[i+1].Text)
	switch {
	case before && !after:
		return "''"
	case after && !before:
		return "``"
	case open:
		return "``"
	}
	return "''"
}

func isPunct(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) {
			return false
		}
	}
	return s != ""
}

// normal maps typographic variants to the forms the tagger was trained on.
func normal(s string) string {
	switch s {
	case "’s":
		return "'s"
	case "–", "—":
		return "--"
	case "n’t":
		return "n't"
	}
	if strings.ContainsRune(s, '’') {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// fixTag corrects tags the perceptron gets wrong on news punctuation.
func fixTag(word, tag string) string {
	switch word {
	case "–", "—", "--":
		return ":"
	case "’s", "'s":
		if tag != "VBZ" {
			return "POS"
		}
	}
	return tag
}
