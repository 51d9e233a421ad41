// Package quotes finds who said what in an article: direct quotes (whole
// sentences in quotation marks), partial quotes (quoted words inside the
// writer's sentence) and indirect speech ("X said that ..."), each with its
// speaker, the attribution phrase (cue) and the relay chain of agencies that
// passed the words on ("Yonhap quoted X as saying").
//
// The stage reads the sentences and tokens of the text stage and the entities
// of the actors stage. It works on the token tags and lemmas with a small set
// of attribution frames:
//
//	"...," X said.         X said: "..."         "...," said X.
//	..., X said.           X said (that) ...     according to X, ...
//	Y quoted X as saying (that) ...              Y reported, citing X.
//
// Pronoun speakers without an entity mention are resolved here: "he"/"she"
// to the previous quote's speaker when compatible, else the nearest person;
// "they" to the nearest plural group; "it" to the nearest organisation.
package quotes

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// Finder is the quotes stage. It holds no state and is safe for concurrent
// use.
type Finder struct{}

var _ dyad.Stage = (*Finder)(nil)

// New returns the quotes stage.
func New() *Finder { return &Finder{} }

// Name implements dyad.Stage; it returns "quotes".
func (*Finder) Name() string { return "quotes" }

// Process fills d.Quotes, in text order, replacing what was there. It never
// fails: text it cannot read as speech yields no quote.
func (*Finder) Process(d *dyad.Doc) error {
	f := newFinder(d)
	d.Quotes = f.run()
	return nil
}

// Attribution is an attribution frame found in the text: a speaker and a cue
// that mark a stretch of the text as reported speech.
type Attribution struct {
	Sentence int
	// Cue is the byte range of the attribution phrase, speaker included.
	Cue dyad.Span
	// Speaker is the byte range of the speaker as written; empty when the
	// frame has none in its sentence.
	Speaker dyad.Span
	// Reported is the byte range of what is reported: the quoted words or
	// the reported clause.
	Reported dyad.Span
}

// Attributions returns the reported-speech stretches of d, in text order:
// the text of each quote the stage would find, with its attribution phrase.
// The coder can use it to tell reported speech from the writer's narration.
// Quotes whose attribution lies in another sentence have a zero Cue.
func Attributions(d *dyad.Doc) []Attribution {
	f := newFinder(d)
	qs := f.run()
	out := make([]Attribution, 0, len(qs))
	for i, q := range qs {
		a := Attribution{Sentence: q.Sentence, Reported: dyad.Span{Start: q.Start, End: q.End}}
		if at := f.qatts[i]; at != nil {
			a.Cue = f.byteSpan(at.s, at.first(), at.last())
			if at.spkB > at.spkA {
				a.Speaker = f.byteSpan(at.s, at.spkA, at.spkB)
			}
		}
		out = append(out, a)
	}
	return out
}

// finder holds the state of one run over a Doc.
type finder struct {
	d     *dyad.Doc
	text  string
	sents []dyad.Sentence
	paras [][2]int // sentence ranges [lo, hi) of paragraphs
	inq   [][]bool // token inside a quotation (marks included)
	// inMention: token inside an entity mention.
	inMention [][]bool
	spans     []qspan
	opens     map[pos]bool // opening marks of the spans
	atts      [][]*attr    // attributions per sentence
	ments     []ment
	// qatts is the attribution of each returned quote (nil when inherited).
	qatts []*attr
}

// ment is one entity mention with its entity.
type ment struct {
	m   dyad.Mention
	ent *dyad.Entity
}

func newFinder(d *dyad.Doc) *finder {
	f := &finder{d: d, text: d.Text()}
	// Keep only sentences whose tokens lie in the text, in order.
	f.sents = make([]dyad.Sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		f.sents[i] = dyad.Sentence{Start: s.Start, End: s.End}
		ok := s.Start >= 0 && s.End <= len(f.text) && s.Start <= s.End
		last := 0
		for _, t := range s.Tokens {
			if t.Start < last || t.End < t.Start || t.End > len(f.text) {
				ok = false
				break
			}
			last = t.End
		}
		if ok {
			f.sents[i].Tokens = s.Tokens
		}
	}
	// Paragraphs: a line break between two sentences starts a new one.
	lo := 0
	for i := 1; i <= len(f.sents); i++ {
		if i == len(f.sents) || f.breakBefore(i) {
			f.paras = append(f.paras, [2]int{lo, i})
			lo = i
		}
	}
	f.inq = make([][]bool, len(f.sents))
	for i, s := range f.sents {
		f.inq[i] = make([]bool, len(s.Tokens))
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.Start < m.End && m.End <= len(f.text) {
				f.ments = append(f.ments, ment{m, e})
			}
		}
	}
	f.inMention = make([][]bool, len(f.sents))
	for i, s := range f.sents {
		f.inMention[i] = make([]bool, len(s.Tokens))
	}
	for _, m := range f.ments {
		s := d.SentenceAt(m.m.Start)
		if s < 0 || s >= len(f.sents) {
			continue
		}
		for t, tk := range f.sents[s].Tokens {
			if m.m.Start <= tk.Start && tk.End <= m.m.End {
				f.inMention[s][t] = true
			}
		}
	}
	sort.SliceStable(f.ments, func(i, j int) bool {
		if f.ments[i].m.Start != f.ments[j].m.Start {
			return f.ments[i].m.Start < f.ments[j].m.Start
		}
		return f.ments[i].m.End > f.ments[j].m.End
	})
	return f
}

// breakBefore reports whether a line break separates sentence i from i-1.
func (f *finder) breakBefore(i int) bool {
	a, b := f.sents[i-1].End, f.sents[i].Start
	if a < 0 || b > len(f.text) || a >= b {
		return false
	}
	return strings.ContainsRune(f.text[a:b], '\n')
}

func (f *finder) tok(p pos) dyad.Token { return f.sents[p.s].Tokens[p.t] }

// byteSpan is the byte range of tokens [a, b) of sentence s.
func (f *finder) byteSpan(s, a, b int) dyad.Span {
	toks := f.sents[s].Tokens
	if a < 0 || b > len(toks) || a >= b {
		return dyad.Span{}
	}
	return dyad.Span{Start: toks[a].Start, End: toks[b-1].End}
}

// textOf is the text of tokens [a, b) of sentence s.
func (f *finder) textOf(s, a, b int) string {
	sp := f.byteSpan(s, a, b)
	return f.text[sp.Start:sp.End]
}

// cand is a quote before its speaker is resolved.
type cand struct {
	q   dyad.Quote
	att *attr
	// span is the index of the quoted stretch, -1 for indirect speech.
	span  int
	words int
}

func (f *finder) run() []dyad.Quote {
	f.pairMarks()
	f.opens = make(map[pos]bool, len(f.spans))
	for _, sp := range f.spans {
		f.opens[sp.open] = true
	}
	f.atts = make([][]*attr, len(f.sents))
	for s := range f.sents {
		f.atts[s] = f.findAttributions(s)
	}
	var cs []cand
	for i := range f.spans {
		f.classify(i)
	}
	f.linkDirect()
	for i := range f.spans {
		sp := &f.spans[i]
		c := cand{span: i, att: sp.att, words: f.words(sp.start, sp.end)}
		c.q = dyad.Quote{Text: f.text[sp.start:sp.end], Start: sp.start, End: sp.end, Kind: dyad.Partial,
			Sentence: f.sentenceOf(sp)}
		if sp.direct {
			c.q.Kind = dyad.Direct
		} else {
			if sp.open.t < 0 {
				continue // a closing mark without its opening one, and no attribution
			}
			if c.att == nil {
				c.att = f.sentenceAttribution(c.q.Sentence, sp.start)
			}
		}
		cs = append(cs, c)
	}
	for s := range f.sents {
		for _, a := range f.atts[s] {
			if a.clauseB <= a.clauseA || f.hasMarks(s, a.clauseA, a.clauseB) || f.nested(a) {
				continue
			}
			sp := f.byteSpan(s, a.clauseA, a.clauseB)
			st, en := dyad.TrimSpace(f.text, sp.Start, sp.End, ",;")
			en = trimEnd(f.text, st, en)
			if st >= en {
				continue
			}
			cs = append(cs, cand{q: dyad.Quote{Text: f.text[st:en], Start: st, End: en, Kind: dyad.Indirect, Sentence: s},
				att: a, span: -1})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].q.Start < cs[j].q.Start })
	return f.resolve(cs)
}

// trimEnd drops the sentence's final punctuation from [st, en).
func trimEnd(text string, st, en int) int {
	for en > st && strings.IndexByte(".!?;:,", text[en-1]) >= 0 {
		en--
	}
	for en > st && (text[en-1] == ' ' || text[en-1] == '\t') {
		en--
	}
	return en
}

// sentenceOf is the sentence of a span's first quoted word.
func (f *finder) sentenceOf(sp *qspan) int {
	if s := f.d.SentenceAt(sp.start); s >= 0 {
		return s
	}
	return sp.open.s
}

// words counts the word tokens of the byte range [a, b).
func (f *finder) words(a, b int) int {
	n := 0
	s0 := f.d.SentenceAt(a)
	if s0 < 0 {
		s0 = 0
	}
	for s := s0; s < len(f.sents) && f.sents[s].Start < b; s++ {
		for _, t := range f.sents[s].Tokens {
			if t.Start >= a && t.End <= b && isWord(t.Text) {
				n++
			}
		}
	}
	return n
}

// hasMarks reports whether tokens [a, b) of sentence s hold a quotation mark.
func (f *finder) hasMarks(s, a, b int) bool {
	for t := a; t < b; t++ {
		if f.inq[s][t] {
			return true
		}
	}
	return false
}

// nested reports whether a's cue lies inside the reported clause of another
// attribution of its sentence: only the outermost report is kept.
func (f *finder) nested(a *attr) bool {
	for _, b := range f.atts[a.s] {
		if b != a && b.clauseA < b.clauseB && a.verb >= b.clauseA && a.verb < b.clauseB {
			return true
		}
	}
	return false
}

// resolve fills in speakers, cues and relay chains in text order: a
// pronoun looks back at the quotes before it.
func (f *finder) resolve(cs []cand) []dyad.Quote {
	out := make([]dyad.Quote, 0, len(cs))
	f.qatts = f.qatts[:0]
	var prev *dyad.Quote // the last quote with a speaker
	prevWho := who{}
	done := map[*attr]who{}
	for i := range cs {
		c := &cs[i]
		q := c.q
		q.Via = []string{}
		a := c.att
		switch {
		case a != nil:
			w, ok := done[a]
			if !ok {
				w = f.resolveAttr(a, prev, prevWho)
				done[a] = w
			}
			q.Speaker, q.SpeakerActor, q.SpeakerEntity = w.text, w.actor, w.entity
			q.Via = append(q.Via, w.via...)
			q.Cue = w.cue
			if len(w.via) == 0 && prev != nil && w.text != "" && sameSpeaker(w, prevWho) &&
				q.Sentence-prev.Sentence <= 3 {
				q.Via = append(q.Via, prev.Via...)
			}
		case prev != nil && q.Sentence-prev.Sentence <= 2 && (c.q.Kind == dyad.Direct || c.words >= 3):
			// No attribution of its own nor nearby: the previous speaker goes on.
			q.Speaker, q.SpeakerActor, q.SpeakerEntity = prev.Speaker, prev.SpeakerActor, prev.SpeakerEntity
			q.Via = append(q.Via, prev.Via...)
		}
		if q.Kind == dyad.Partial && q.Speaker == "" {
			continue // scare quotes and titles: nobody is said to speak
		}
		if q.Kind == dyad.Partial && c.words < 3 && a == nil {
			continue // one or two quoted words without an attribution of their own
		}
		f.qatts = append(f.qatts, a)
		out = append(out, q)
		if q.Speaker != "" {
			p := out[len(out)-1]
			prev = &p
			if a != nil {
				prevWho = done[a]
			} else {
				prevWho = who{text: q.Speaker, actor: q.SpeakerActor, entity: q.SpeakerEntity, typ: prevWho.typ, plural: prevWho.plural}
			}
		}
	}
	return out
}
