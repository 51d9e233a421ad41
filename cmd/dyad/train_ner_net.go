package main

import (
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/dyadproject/dyad/text/glove"
	"github.com/dyadproject/dyad/text/ner"
)

// emissionDocs returns r's document-stage scores of sents, document by
// document (consecutive sentences with the same non-empty Doc).
func emissionDocs(r *ner.Recognizer, sents []ner.Sentence) [][][7]float32 {
	out := make([][][7]float32, 0, len(sents))
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && sents[start].Doc != "" && sents[end].Doc == sents[start].Doc {
			end++
		}
		out = append(out, r.Emissions(sents[start:end])...)
		start = end
	}
	return out
}

// jackknifeEmissions returns the document-stage scores of every dev
// sentence from a two-stage model trained on the other k-1 blocks, read
// from cache when it holds them and written there otherwise.
func jackknifeEmissions(ctx context.Context, e *env, d *nerData, k int, cache string) ([][][7]float32, error) {
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			var out [][][7]float32
			if err := gob.NewDecoder(f).Decode(&out); err != nil {
				return nil, fmt.Errorf("%s: %w", cache, err)
			}
			if len(out) == len(d.sents) {
				return out, nil
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	n := len(d.sents)
	out := make([][][7]float32, n)
	began := time.Now()
	for f := 0; f < k; f++ {
		var tr, ho []int
		for i := 0; i < n; i++ {
			if i*k/n == f {
				ho = append(ho, i)
			} else {
				tr = append(tr, i)
			}
		}
		var r *ner.Recognizer
		if err := d.train(ctx, tr, 0, nil, func(x *ner.Recognizer) { r = x }); err != nil {
			return nil, err
		}
		hs := make([]ner.Sentence, len(ho))
		for j, i := range ho {
			hs[j] = d.sents[i]
		}
		for j, em := range emissionDocs(r, hs) {
			out[ho[j]] = em
		}
		fmt.Fprintf(e.stderr, "train ner: jackknife fold %d of %d done (%s)\n", f+1, k, time.Since(began).Round(time.Second))
	}
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			return nil, err
		}
		if err := gob.NewEncoder(f).Encode(out); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readGloVe reads the limit most frequent words of a GloVe vectors file.
func readGloVe(path string, limit int) (*glove.Vectors, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return glove.Read(f, limit)
}

// crossValidateNet scores the network stage by k-fold cross-validation on
// dev: the network of fold f trains on the other blocks' jackknife scores
// and labels the block f, whose scores came from a model that never saw
// it. It prints the perceptron's own score and the network's per epoch.
func crossValidateNet(ctx context.Context, e *env, d *nerData, k int, cache string, opt ner.NetOptions) error {
	emis, err := jackknifeEmissions(ctx, e, d, k, cache)
	if err != nil {
		return err
	}
	n := len(d.sents)
	base := ner.NewScorer()
	for i, s := range d.sents {
		base.Add(s.Labels, ner.DecodeScores(emis[i]))
	}
	fmt.Fprintf(e.stdout, "train ner: jackknife perceptron (argmax+viterbi of scores, no transitions) F1 %.4f  PER %.3f ORG %.3f LOC %.3f\n",
		base.All.F1(), f1Of(base, "PER"), f1Of(base, "ORG"), f1Of(base, "LOC"))
	scs := make([]*ner.Scorer, opt.Epochs+1)
	for i := range scs {
		scs[i] = ner.NewScorer()
	}
	began := time.Now()
	for f := 0; f < k; f++ {
		var tr []ner.Sentence
		var te [][][7]float32
		var ho []int
		for i := 0; i < n; i++ {
			if i*k/n == f {
				ho = append(ho, i)
			} else {
				tr = append(tr, d.sents[i])
				te = append(te, emis[i])
			}
		}
		o := opt
		o.Epoch = func(ep int, label func(words, xpos []string, score [][7]float32) []string) error {
			for _, i := range ho {
				s := d.sents[i]
				scs[ep].Add(s.Labels, label(s.Words, s.XPOS, emis[i]))
			}
			return nil
		}
		if _, err := ner.TrainNet(ctx, tr, te, o); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "train ner: net fold %d of %d done (%s)\n", f+1, k, time.Since(began).Round(time.Second))
	}
	for ep := 1; ep <= opt.Epochs; ep++ {
		sc := scs[ep]
		fmt.Fprintf(e.stdout, "train ner: net %d-fold cv epoch %2d P %.3f R %.3f F1 %.4f  PER %.3f ORG %.3f LOC %.3f\n",
			k, ep, sc.All.P(), sc.All.R(), sc.All.F1(), f1Of(sc, "PER"), f1Of(sc, "ORG"), f1Of(sc, "LOC"))
	}
	return nil
}
