package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	prose "github.com/jdkato/prose/v3"

	"github.com/dyadproject/dyad/text/ner"
)

func init() {
	registerTextEval(40, "ner", evalNER)
}

// evalNER prints exact-span P/R/F1 per type and overall on UNER English EWT
// test for the embedded recognizer (on tags from the text stage, document by
// document, and overall sentence by sentence) and for
// prose v3's entity extractor (on the sentence text, its entities aligned to
// the gold words by byte offsets), with their speeds.
func evalNER(ctx context.Context, e *env, corpora string) error {
	sents, texts, err := readIOB2(unerFile(corpora, "test"))
	if err != nil {
		return err
	}
	r, err := ner.Default()
	if err != nil {
		return err
	}
	tag, err := nerTagger()
	if err != nil {
		return err
	}
	tagStart := time.Now()
	for i := range sents {
		sents[i].XPOS = tag(sents[i].Words)
	}
	tagTime := time.Since(tagStart)

	ours := ner.NewScorer()
	start := time.Now()
	for i, pred := range labelDocs(r, sents) {
		ours.Add(sents[i].Labels, pred)
	}
	oursTime := time.Since(start)
	if err := ctx.Err(); err != nil {
		return err
	}
	// Sentence by sentence, as dyad parse labels them: no document context.
	single := ner.NewScorer()
	for _, s := range sents {
		single.Add(s.Labels, r.Label(s.Words, s.XPOS))
	}

	theirs := ner.NewScorer()
	start = time.Now()
	aligned := 0
	for i, s := range sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		spans, ok := proseSpans(texts[i], s.Words)
		if ok {
			aligned++
		}
		theirs.AddSpans(ner.Spans(s.Labels), spans)
	}
	proseTime := time.Since(start)

	w := e.stdout
	fmt.Fprintf(w, "NER, UNER English EWT test (%d sentences), exact spans (conlleval)\n", len(sents))
	fmt.Fprintf(w, "  %-6s %-24s %-24s\n", "", "dyad (text/ner)", "prose v3")
	fmt.Fprintf(w, "  %-6s %7s %7s %7s  %7s %7s %7s  %5s\n", "type", "P", "R", "F1", "P", "R", "F1", "gold")
	for _, t := range []string{"PER", "ORG", "LOC"} {
		a, b := countOf(ours, t), countOf(theirs, t)
		fmt.Fprintf(w, "  %-6s %7.3f %7.3f %7.3f  %7.3f %7.3f %7.3f  %5d\n", t, a.P(), a.R(), a.F1(), b.P(), b.R(), b.F1(), a.TP+a.FN)
	}
	fmt.Fprintf(w, "  %-6s %7.3f %7.3f %7.3f  %7.3f %7.3f %7.3f  %5d\n", "all", ours.All.P(), ours.All.R(), ours.All.F1(),
		theirs.All.P(), theirs.All.R(), theirs.All.F1(), ours.All.TP+ours.All.FN)
	fmt.Fprintf(w, "  dyad sentence by sentence (no document context): P %.3f R %.3f F1 %.3f\n", single.All.P(), single.All.R(), single.All.F1())
	fmt.Fprintf(w, "  speed: dyad %.0f sentences/s labelling (%.0f with tagging); prose %.0f sentences/s (tokenize+tag+NER of the text); %d of %d texts aligned to the gold words\n",
		rate(len(sents), oursTime), rate(len(sents), oursTime+tagTime), rate(len(sents), proseTime), aligned, len(sents))
	fmt.Fprintf(w, "  (prose PERSON->PER, ORG->ORG, GPE/LOC->LOC, other labels ignored; dyad has %d features)\n", r.Features())
	return nil
}

func countOf(s *ner.Scorer, t string) ner.Count {
	if c, ok := s.ByType[t]; ok {
		return *c
	}
	return ner.Count{}
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// proseSpans runs prose's extractor on text and maps its entities to word
// spans of words (found in text in order). ok is false when the words could
// not all be located in text (the spans are then those that could).
func proseSpans(text string, words []string) ([]ner.Span, bool) {
	if text == "" {
		return nil, false
	}
	starts := make([]int, len(words))
	ends := make([]int, len(words))
	pos, ok := 0, true
	for i, w := range words {
		j := strings.Index(text[pos:], w)
		if j < 0 {
			ok = false
			starts[i], ends[i] = -1, -1
			continue
		}
		starts[i], ends[i] = pos+j, pos+j+len(w)
		pos = ends[i]
	}
	doc, err := prose.NewDocument(text, prose.WithExtraction(true))
	if err != nil {
		return nil, false
	}
	var out []ner.Span
	for _, ent := range doc.Entities() {
		var typ string
		switch ent.Label {
		case "PERSON":
			typ = "PER"
		case "ORG":
			typ = "ORG"
		case "GPE", "LOC":
			typ = "LOC"
		default:
			continue
		}
		first, last := -1, -1
		for i := range words {
			if starts[i] < 0 || ends[i] <= ent.Start || starts[i] >= ent.End() {
				continue
			}
			if first < 0 {
				first = i
			}
			last = i
		}
		if first >= 0 {
			out = append(out, ner.Span{First: first, Last: last, Type: typ})
		}
	}
	return out, ok
}
