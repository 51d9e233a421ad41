package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
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
	fmt.Fprintf(e.stderr, "train ner: %d UNER dev sentences (tags from the text stage), lexicon from %d UD EWT train sentences; epochs %d, seed %d, held out every %d, prune %g, out %s\n",
		len(sents), len(unl), *epochs, *seed, *heldout, *prune, *out)
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
		_, err := ner.Train(ctx, tr, ner.TrainOptions{Epochs: *epochs, Seed: *seed, Unlabeled: unl, Epoch: func(ep int, r *ner.Recognizer) error {
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
	r, err := ner.Train(ctx, sents, ner.TrainOptions{Epochs: *epochs, Seed: *seed, Prune: *prune, Unlabeled: unl})
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
