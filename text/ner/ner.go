// Package ner finds the names of people, organisations and places in
// tokenized, tagged sentences: a first-order sequence labeller (averaged
// structured perceptron, Viterbi decoding) over IOB2 labels with the
// Universal NER types PER, ORG and LOC.
//
// Features are the word and its neighbours (±2), lower case, shape, affixes,
// capitalisation, position in the sentence, Penn part-of-speech tags and
// gazetteer matches from dyad's own data: the actor knowledge base (people,
// organisations, IGOs, countries, capitals, nationality adjectives, title
// words) and the places gazetteer; runs of capitalised words (position,
// first and last word, organisation and place head words, bracketed
// acronyms of a run); word clusters learned without labels from UD
// English EWT and from pre-trained GloVe vectors (package text/clusters);
// a list of well-known organisations
// (orgs.txt). A model may carry silver type lexicons (what a teacher model
// said of each word and name across UD English EWT train) and a document
// stage: a second labeller that also sees what the first one said of the
// same words and names elsewhere in the document (LabelDoc). dyad's record
// types map PER to PERSON, ORG to ORG and LOC to GPE or LOC.
//
// The embedded model (model.bin) is trained on the Universal NER English
// EWT dev set; see README.md for its licence and the command that rebuilds
// it.
package ner

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
)

// Labels are the IOB2 labels the recognizer assigns, in model order.
var Labels = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const nLabels = 7

// labelIndex returns the index of an IOB2 label in Labels, or -1.
func labelIndex(l string) int {
	for i, x := range Labels {
		if x == l {
			return i
		}
	}
	return -1
}

// allowed[p][c] says whether label c may follow label p (p == nLabels is the
// sentence start): an I- label only continues a B- or I- of its type.
var allowed = func() (a [nLabels + 1][nLabels]bool) {
	for p := 0; p <= nLabels; p++ {
		for c := 0; c < nLabels; c++ {
			if c == 0 || c%2 == 1 {
				a[p][c] = true
				continue
			}
			// c is I-X (even, > 0); B-X is c-1.
			a[p][c] = p < nLabels && (p == c || p == c-1)
		}
	}
	return a
}()

// Recognizer labels words with IOB2 entity labels. It is immutable after
// loading and safe for concurrent use.
type Recognizer struct {
	index   map[uint64]int32 // feature hash -> row in weights
	tab     *table           // index as a table, built by freeze
	weights []float32        // nLabels per row
	trans   [nLabels + 1][nLabels]float32
	gaz     *gazetteer
	lex     map[string]uint8 // nil: no lexicon features
	tlex    *typeLex         // nil: no silver lexicon features
	// doc is the document stage (nil: none): a model with the features of
	// this one and those of the document lexicon built from this one's
	// labels; its lex, tlex and gaz are this one's.
	doc  *Recognizer
	pool sync.Pool // *scratch
}

type scratch struct {
	feats  [][]uint64
	score  [][nLabels]float32
	back   [][nLabels]int8
	sent   sentFeats
	labels []int
	// hyphen-split copy of the sentence
	words, xpos []string
	first       []int
}

//go:embed model.bin
var modelBin []byte

var defaultRec = sync.OnceValues(func() (*Recognizer, error) {
	return Load(strings.NewReader(string(modelBin)))
})

// Default returns the recognizer built from the embedded model. It is loaded
// once; every call returns the same Recognizer (or the same error).
func Default() (*Recognizer, error) { return defaultRec() }

func newRecognizer(g *gazetteer) *Recognizer {
	r := &Recognizer{index: map[uint64]int32{}, gaz: g}
	r.pool.New = func() any { return &scratch{} }
	return r
}

// Label returns one IOB2 label per word ("O", "B-PER", "I-LOC" ...). xpos
// holds the Penn part-of-speech tag of each word; it may be nil or shorter
// than words (missing tags count as unknown). The labels always form valid
// IOB2: an I- label only follows a B- or I- label of the same type. With a
// document model the sentence is its own document (see LabelDoc).
func (r *Recognizer) Label(words, xpos []string) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	s := r.pool.Get().(*scratch)
	defer r.pool.Put(s)
	w, x := words, xpos
	split := splitHyphens(s, words, xpos)
	if split {
		w, x = s.words, s.xpos
	}
	s.feats = extract(s.feats, &s.sent, w, x, nil, r.gaz, lexicons{r.lex, r.tlex, nil})
	r.decodeFeats(s, len(w))
	if r.doc != nil {
		// The document stage adds its features to the first stage's.
		first := make([]string, len(w))
		for i, l := range s.labels {
			first[i] = Labels[l]
		}
		dl := buildTypeLex([]Sentence{{Words: w, Labels: first}})
		silverFeatures(s.feats, &s.sent, dl, tDocBase-tSilvWord)
		r.doc.decodeFeats(s, len(w))
	}
	if !split {
		for i, l := range s.labels {
			out[i] = Labels[l]
		}
		return out
	}
	mergeSplit(s, out)
	return out
}

// mergeSplit fills out with the labels of the words of s.first from the
// labels of their parts: a word takes the label of its first part, and an
// I- that no longer continues its type becomes B-.
func mergeSplit(s *scratch, out []string) {
	prev := 0
	for i := range out {
		l := s.labels[s.first[i]]
		if l != 0 && l%2 == 0 && prev != l && prev != l-1 {
			l--
		}
		out[i], prev = Labels[l], l
	}
}

// LabelDoc labels the sentences of one document (Words and XPOS of each;
// Labels and Extra are ignored), one label slice per sentence. A model
// with a document stage labels every sentence once, then again with what
// the first labels say of each word and name across the document (the
// same name is mostly the same type throughout); otherwise it is Label on
// each sentence.
func (r *Recognizer) LabelDoc(sents []Sentence) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = r.label(s.Words, s.XPOS, nil, false)
	}
	if r.doc == nil {
		return out
	}
	first := make([]Sentence, len(sents))
	for i, s := range sents {
		first[i] = Sentence{Words: s.Words, Labels: out[i]}
	}
	dl := buildTypeLex(first)
	for i, s := range sents {
		out[i] = r.label(s.Words, s.XPOS, dl, true)
	}
	return out
}

// label labels words with the first-stage model, or with the document
// stage and the document lexicon dl.
func (r *Recognizer) label(words, xpos []string, dl *typeLex, stage2 bool) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	m := r
	if stage2 && r.doc != nil {
		m = r.doc
	}
	s := r.pool.Get().(*scratch)
	defer r.pool.Put(s)
	lx := lexicons{r.lex, r.tlex, dl}
	if !splitHyphens(s, words, xpos) {
		m.decodeWith(s, words, xpos, nil, lx)
		for i, l := range s.labels {
			out[i] = Labels[l]
		}
		return out
	}
	// Hyphenated words were labelled as their parts, the way the training
	// data tokenizes them ("Suk - yeol"); a word takes the label of its
	// first part, and an I- that no longer continues its type becomes B-.
	m.decodeWith(s, s.words, s.xpos, nil, lx)
	mergeSplit(s, out)
	return out
}

// LabelSentence labels s.Words like Label, also using s.Extra (the
// training-only feature values of a model trained with them), and without
// splitting hyphenated words: the words are taken in UD English EWT
// tokenization. s.Labels is ignored.
func (r *Recognizer) LabelSentence(s Sentence) []string {
	out := make([]string, len(s.Words))
	if len(s.Words) == 0 {
		return out
	}
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	r.decodeWith(sc, s.Words, s.XPOS, s.Extra, lexicons{r.lex, r.tlex, nil})
	for i, l := range sc.labels {
		out[i] = Labels[l]
	}
	return out
}

// splitHyphens fills s.words and s.xpos with words, hyphenated ones
// ("Suk-yeol", "Jae-myoung") split into parts and hyphens, and s.first with
// the index of each word's first part. It reports whether any word was
// split.
func splitHyphens(s *scratch, words, xpos []string) bool {
	any := false
	for _, w := range words {
		if splittable(w) {
			any = true
			break
		}
	}
	if !any {
		return false
	}
	s.words, s.xpos, s.first = s.words[:0], s.xpos[:0], s.first[:0]
	for i, w := range words {
		tag := ""
		if i < len(xpos) {
			tag = xpos[i]
		}
		s.first = append(s.first, len(s.words))
		if !splittable(w) {
			s.words, s.xpos = append(s.words, w), append(s.xpos, tag)
			continue
		}
		for k, part := range strings.Split(w, "-") {
			if k > 0 {
				s.words, s.xpos = append(s.words, "-"), append(s.xpos, "HYPH")
			}
			s.words, s.xpos = append(s.words, part), append(s.xpos, tag)
		}
	}
	return true
}

// splittable reports whether w is letters joined by single hyphens
// ("Suk-yeol", "all-time"), as UD English EWT splits them.
func splittable(w string) bool {
	if len(w) > 40 || !strings.Contains(w, "-") {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if part == "" {
			return false
		}
		for _, c := range part {
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
				return false
			}
		}
	}
	return true
}

// decodeWith fills s.labels with the best label sequence under r's
// weights, with the lexicons lx.
func (r *Recognizer) decodeWith(s *scratch, words, xpos []string, extra [][]string, lx lexicons) {
	s.feats = extract(s.feats, &s.sent, words, xpos, extra, r.gaz, lx)
	r.decodeFeats(s, len(words))
}

// decodeFeats fills s.labels with the best label sequence of the n words
// whose features are in s.feats, under r's weights.
func (r *Recognizer) decodeFeats(s *scratch, n int) {
	s.score = grow(s.score, n)
	for i := 0; i < n; i++ {
		var em [nLabels]float32
		for _, f := range s.feats[i] {
			row, ok := int32(-1), false
			if r.tab != nil {
				row = r.tab.get(f)
				ok = row >= 0
			} else {
				row, ok = r.index[f]
			}
			if ok {
				w := r.weights[int(row)*nLabels : int(row)*nLabels+nLabels]
				for c := range em {
					em[c] += w[c]
				}
			}
		}
		s.score[i] = em
	}
	s.labels = viterbi(s, n, &r.trans)
}

// freeze builds r's lookup table once r's features are final, and
// returns r.
func (r *Recognizer) freeze() *Recognizer {
	r.tab = newTable(r.index)
	return r
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// viterbi decodes the emission scores in s.score with transition weights
// trans, honouring the IOB2 constraints.
func viterbi(s *scratch, n int, trans *[nLabels + 1][nLabels]float32) []int {
	s.back = grow(s.back, n)
	neg := float32(math.Inf(-1))
	var prev, cur [nLabels]float32
	for c := 0; c < nLabels; c++ {
		if allowed[nLabels][c] {
			prev[c] = s.score[0][c] + trans[nLabels][c]
		} else {
			prev[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		for c := 0; c < nLabels; c++ {
			best, arg := neg, 0
			for p := 0; p < nLabels; p++ {
				if !allowed[p][c] || prev[p] == neg {
					continue
				}
				if v := prev[p] + trans[p][c]; v > best {
					best, arg = v, p
				}
			}
			if best == neg {
				cur[c] = neg
			} else {
				cur[c] = best + s.score[i][c]
			}
			s.back[i][c] = int8(arg)
		}
		prev = cur
	}
	best, arg := neg, 0
	for c := 0; c < nLabels; c++ {
		if prev[c] > best {
			best, arg = prev[c], c
		}
	}
	out := grow(s.labels, n)
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(s.back[i][out[i]])
	}
	return out
}

// Span is one entity: the words First..Last (inclusive) of a sentence and
// its type ("PER", "ORG", "LOC").
type Span struct {
	First, Last int
	Type        string
}

// Spans reads entities off IOB2 labels the way conlleval does: B-X starts an
// entity; I-X continues an entity of type X and otherwise starts one (an I-
// without a B-); O and any other label end it. An entity that runs to the
// last label is kept.
func Spans(labels []string) []Span {
	var out []Span
	open := false
	for i, l := range labels {
		prefix, typ, ok := strings.Cut(l, "-")
		if !ok || typ == "" || (prefix != "B" && prefix != "I") {
			open = false
			continue
		}
		if prefix == "I" && open && out[len(out)-1].Type == typ {
			out[len(out)-1].Last = i
			continue
		}
		out = append(out, Span{First: i, Last: i, Type: typ})
		open = true
	}
	return out
}

var errFormat = errors.New("ner: malformed model")

func formatErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errFormat}, args...)...)
}
