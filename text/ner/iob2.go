package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// ReadIOB2 reads sentences in the Universal NER IOB2 format: "# text = ..."
// and other comment lines, then one tab-separated line per word (index,
// word, label, ...), sentences separated by blank lines. The sentence text,
// when given, is returned in texts (index-aligned with the sentences, ""
// when absent). A "# newdoc id = X" comment sets the Doc of the sentences
// that follow to X. name is used in error messages ("file:line: ...").
func ReadIOB2(r io.Reader, name string) (sents []Sentence, texts []string, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var cur Sentence
	text, doc := "", ""
	flush := func() {
		if len(cur.Words) > 0 {
			sents = append(sents, cur)
			texts = append(texts, text)
		}
		cur, text = Sentence{Doc: doc}, ""
	}
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(l) == "":
			flush()
			continue
		case strings.HasPrefix(l, "#"):
			if t, ok := strings.CutPrefix(l, "# text = "); ok {
				text = t
			}
			if id, ok := strings.CutPrefix(l, "# newdoc id = "); ok {
				doc = strings.TrimSpace(id)
				if len(cur.Words) == 0 {
					cur.Doc = doc
				}
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 || f[1] == "" {
			return nil, nil, fmt.Errorf("ner: %s:%d: want index, word and label separated by tabs", name, line)
		}
		lab := f[2]
		if lab != "O" && !strings.HasPrefix(lab, "B-") && !strings.HasPrefix(lab, "I-") {
			return nil, nil, fmt.Errorf("ner: %s:%d: label %q is not IOB2", name, line, lab)
		}
		cur.Words = append(cur.Words, f[1])
		cur.Labels = append(cur.Labels, lab)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	flush()
	return sents, texts, nil
}

// Count holds exact-span matches: true positives, false positives and false
// negatives.
type Count struct{ TP, FP, FN int }

// P is the precision (0 with no predictions).
func (c Count) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is the recall (0 with no gold entities).
func (c Count) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Count) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scorer accumulates conlleval-style exact-span scores: an entity counts
// when its first word, last word and type all match.
type Scorer struct {
	ByType map[string]*Count
	All    Count
}

// NewScorer returns an empty Scorer.
func NewScorer() *Scorer { return &Scorer{ByType: map[string]*Count{}} }

// Add scores one sentence: gold and predicted labels.
func (s *Scorer) Add(gold, pred []string) {
	s.AddSpans(Spans(gold), Spans(pred))
}

// AddSpans scores one sentence given as spans.
func (s *Scorer) AddSpans(gold, pred []Span) {
	in := map[Span]bool{}
	for _, g := range gold {
		in[g] = true
	}
	for _, p := range pred {
		c := s.count(p.Type)
		if in[p] {
			c.TP++
			s.All.TP++
			delete(in, p)
		} else {
			c.FP++
			s.All.FP++
		}
	}
	for _, g := range gold {
		if in[g] {
			s.count(g.Type).FN++
			s.All.FN++
		}
	}
}

func (s *Scorer) count(t string) *Count {
	c := s.ByType[t]
	if c == nil {
		c = &Count{}
		s.ByType[t] = c
	}
	return c
}

// Types returns the entity types seen, sorted.
func (s *Scorer) Types() []string {
	out := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
