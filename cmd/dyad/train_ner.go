package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/text/ner"
)

func init() {
	registerTrainer("ner", "the named-entity recognizer (PER, ORG, LOC), from UNER English EWT dev (scores per epoch on a held-out part)", trainNER)
}

// unerFile is the path of one UNER English EWT split under the corpora dir.
func unerFile(corpora, split string) string {
	return filepath.Join(corpora, "uner-english-ewt", "en_ewt-ud-"+split+".iob2")
}

func readIOB2(path string) ([]ner.Sentence, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return ner.ReadIOB2(f, path)
}

// nerTagger returns the Penn tagger the recognizer is trained and measured
// with: the text stage's, on tokens made from the words.
func nerTagger() (func(words []string) []string, error) {
	a, err := text.New()
	if err != nil {
		return nil, err
	}
	return func(words []string) []string {
		toks := make([]dyad.Token, len(words))
		for i, w := range words {
			toks[i].Text = w
		}
		a.Tag(toks)
		tags := make([]string, len(words))
		for i := range toks {
			tags[i] = toks[i].Tag
		}
		return tags
	}, nil
}

// scoreNER labels sents with r and returns the exact-span scores.
func scoreNER(r *ner.Recognizer, sents []ner.Sentence) *ner.Scorer {
	sc := ner.NewScorer()
	for _, s := range sents {
		sc.Add(s.Labels, r.Label(s.Words, s.XPOS))
	}
	return sc
}

func trainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train ner", "")
	corpora := fs.String("corpora", "../shared/corpora", "`dir` holding uner-english-ewt/ and ud-english-ewt/")
	out := fs.String("out", "text/ner/model.bin", "model `file` to write")
	epochs := fs.Int("epochs", 10, "training `passes`")
	seed := fs.Uint64("seed", 1, "shuffling `seed`")
	heldout := fs.Int("heldout", 10, "score per epoch on every `N`th dev sentence, trained on the rest (0: no held-out run)")
	prune := fs.Float64("prune", 0.05, "drop features whose largest averaged weight is below `W`")
	bags := fs.Int("bags", 8, "average `N` models trained on differently shuffled passes (seeds seed..seed+N-1)")
	cvErrors := fs.Bool("cv-errors", false, "with --cv, list the held-out spans missed and added at the last epoch")
	cv := fs.Int("cv", 0, "cross-validate on `K` folds of dev (scores per epoch, summed over folds) and write no model")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	sents, _, err := readIOB2(unerFile(*corpora, "dev"))
	if err != nil {
		return err
	}
	ud, err := readEWT(*corpora, "train")
	if err != nil {
		return err
	}
	unl := make([]ner.Sentence, len(ud))
	for i, c := range ud {
		for _, w := range c.Words {
			unl[i].Words = append(unl[i].Words, w.Form)
			unl[i].XPOS = append(unl[i].XPOS, w.XPOS)
		}
	}
	tag, err := nerTagger()
	if err != nil {
		return err
	}
	for i := range sents {
		sents[i].XPOS = tag(sents[i].Words)
	}
	fmt.Fprintf(e.stderr, "train ner: %d UNER dev sentences (tags from the text stage), lexicon from %d UD EWT train sentences; epochs %d, seed %d, bags %d, held out every %d, prune %g, out %s\n",
		len(sents), len(unl), *epochs, *seed, *bags, *heldout, *prune, *out)
	if *cv > 1 {
		return crossValidateNER(ctx, e, sents, unl, *cv, *epochs, *seed, *bags, *cvErrors)
	}
	if *heldout > 1 {
		var tr, ho []ner.Sentence
		for i, s := range sents {
			if i%*heldout == *heldout-1 {
				ho = append(ho, s)
			} else {
				tr = append(tr, s)
			}
		}
		began := time.Now()
		_, err := ner.Train(ctx, tr, ner.TrainOptions{Epochs: *epochs, Seed: *seed, Bags: *bags, Unlabeled: unl, Epoch: func(ep int, r *ner.Recognizer) error {
			sc := scoreNER(r, ho)
			fmt.Fprintf(e.stderr, "train ner: epoch %2d held-out (%d sentences) P %.3f R %.3f F1 %.3f  PER %.3f ORG %.3f LOC %.3f  %s\n",
				ep, len(ho), sc.All.P(), sc.All.R(), sc.All.F1(), f1Of(sc, "PER"), f1Of(sc, "ORG"), f1Of(sc, "LOC"), time.Since(began).Round(time.Millisecond))
			return nil
		}})
		if err != nil {
			return err
		}
	}
	began := time.Now()
	r, err := ner.Train(ctx, sents, ner.TrainOptions{Epochs: *epochs, Seed: *seed, Bags: *bags, Prune: *prune, Unlabeled: unl})
	if err != nil {
		return err
	}
	took := time.Since(began)
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "train ner: trained on all %d dev sentences in %s; %d features; %d bytes written to %s\n",
		len(sents), took.Round(time.Millisecond), r.Features(), buf.Len(), *out)
	return nil
}

func f1Of(sc *ner.Scorer, typ string) float64 {
	if c, ok := sc.ByType[typ]; ok {
		return c.F1()
	}
	return 0
}

// crossValidateNER trains k models, each on all folds of sents but one,
// and prints for each epoch the exact-span scores summed over the held-out
// folds (fold f is the f-th of k contiguous blocks of sentences, so that
// the sentences of one document mostly stay in one fold).
func crossValidateNER(ctx context.Context, e *env, sents, unl []ner.Sentence, k, epochs int, seed uint64, bags int, showErrors bool) error {
	scs := make([]*ner.Scorer, epochs+1)
	for i := range scs {
		scs[i] = ner.NewScorer()
	}
	began := time.Now()
	for f := 0; f < k; f++ {
		var tr, ho []ner.Sentence
		for i, s := range sents {
			if i*k/len(sents) == f {
				ho = append(ho, s)
			} else {
				tr = append(tr, s)
			}
		}
		_, err := ner.Train(ctx, tr, ner.TrainOptions{Epochs: epochs, Seed: seed, Bags: bags, Unlabeled: unl, Epoch: func(ep int, r *ner.Recognizer) error {
			for _, s := range ho {
				pred := r.Label(s.Words, s.XPOS)
				scs[ep].Add(s.Labels, pred)
				if showErrors && ep == epochs {
					printSpanErrors(e, s.Words, s.Labels, pred)
				}
			}
			return nil
		}})
		if err != nil {
			return err
		}
	}
	for ep := 1; ep <= epochs; ep++ {
		sc := scs[ep]
		fmt.Fprintf(e.stdout, "train ner: %d-fold cv epoch %2d P %.3f R %.3f F1 %.4f  PER %.3f ORG %.3f LOC %.3f\n",
			k, ep, sc.All.P(), sc.All.R(), sc.All.F1(), f1Of(sc, "PER"), f1Of(sc, "ORG"), f1Of(sc, "LOC"))
	}
	fmt.Fprintf(e.stdout, "train ner: cross-validation took %s\n", time.Since(began).Round(time.Millisecond))
	return nil
}

// printSpanErrors prints the gold spans a labelling missed (-) and the
// spans it added (+), each with its sentence.
func printSpanErrors(e *env, words, gold, pred []string) {
	g, p := map[ner.Span]bool{}, map[ner.Span]bool{}
	for _, x := range ner.Spans(gold) {
		g[x] = true
	}
	for _, x := range ner.Spans(pred) {
		p[x] = true
	}
	show := func(mark string, x ner.Span) {
		fmt.Fprintf(e.stdout, "%s %s %q  | %s\n", mark, x.Type, strings.Join(words[x.First:x.Last+1], " "), strings.Join(words, " "))
	}
	for _, x := range ner.Spans(gold) {
		if !p[x] {
			show("-", x)
		}
	}
	for _, x := range ner.Spans(pred) {
		if !g[x] {
			show("+", x)
		}
	}
}
