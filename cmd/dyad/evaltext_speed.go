package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"slices"
	"time"

	prose "github.com/jdkato/prose/v3"

	"github.com/dyadproject/dyad/corpus"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/text/ner"
)

func init() {
	registerTextEval(50, "speed", evalSpeed)
}

// evalSpeed times the full text analysis on one core against prose v3 in
// the same run, on the news articles of the embedded sample corpus: dyad
// splits, tokenizes, tags, lemmatizes, parses and labels names; prose
// segments, tokenizes, tags and extracts entities. Both read the same
// texts; sentences are counted as dyad splits them. Runs alternate, and the
// median of five is kept. Peak memory is taken with all models loaded.
func evalSpeed(ctx context.Context, e *env, corpora string) error {
	articles, err := readArticles(ingest.NewReader("sample corpus", bytes.NewReader(corpus.Sample()), ingest.Options{Format: ingest.FormatJSONL}), "sample corpus")
	if err != nil {
		return err
	}
	texts := make([]string, len(articles))
	for i, a := range articles {
		texts[i] = a.Text
	}
	an0, err := text.New()
	if err != nil {
		return err
	}
	an, err := an0.WithParser()
	if err != nil {
		return err
	}
	rec, err := ner.Default()
	if err != nil {
		return err
	}
	sentences, tokens := 0, 0
	dyadRun := func() {
		for _, t := range texts {
			for _, s := range an.Analyze(t) {
				words := make([]string, len(s.Tokens))
				xpos := make([]string, len(s.Tokens))
				for i, tk := range s.Tokens {
					words[i], xpos[i] = tk.Text, tk.Tag
				}
				rec.Label(words, xpos)
			}
		}
	}
	proseRun := func() {
		for _, t := range texts {
			// Errors only come from options; the text is always read.
			_, _ = prose.NewDocument(t, prose.WithExtraction(true))
		}
	}
	for _, t := range texts {
		for _, s := range an.Analyze(t) {
			sentences++
			tokens += len(s.Tokens)
		}
	}
	procs := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(procs)
	dyadRun() // warm up both
	proseRun()
	var dt, pt []time.Duration
	for range 5 {
		if err := ctx.Err(); err != nil {
			return err
		}
		dt = append(dt, medianTime(1, dyadRun))
		pt = append(pt, medianTime(1, proseRun))
	}
	d, p := median(dt), median(pt)
	fmt.Fprintf(e.stdout, "full text analysis, one core, sample corpus (%d news articles, %d sentences, %d tokens), median of 5 alternating runs\n",
		len(texts), sentences, tokens)
	fmt.Fprintf(e.stdout, "  %-58s %12s\n", "", "sentences/s")
	fmt.Fprintf(e.stdout, "  %-58s %12.0f\n", "dyad: split, tokenize, tag, lemma, parse, names", rate(sentences, d))
	fmt.Fprintf(e.stdout, "  %-58s %12.0f\n", "prose v3: segment, tokenize, tag, entities", rate(sentences, p))
	fmt.Fprintf(e.stdout, "  ratio dyad/prose %.2f; peak memory (max RSS) with dyad's and prose's models loaded: %s\n",
		p.Seconds()/d.Seconds(), peakRSS())
	return nil
}

// median returns the middle of ds (ds is reordered).
func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}
