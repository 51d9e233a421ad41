package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/dyadproject/dyad/text/conllu"
	"github.com/dyadproject/dyad/text/parser"
	"github.com/dyadproject/dyad/text/tagger"
)

func init() {
	registerTrainer("parser", "the dependency parser, from UD English EWT train (tuned on dev)", runTrainParser)
}

func runTrainParser(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train parser", "")
	corpora := fs.String("corpora", "../shared/corpora", "`dir` holding ud-english-ewt/")
	out := fs.String("out", "text/parser/model.bin", "model `file` to write")
	epochs := fs.Int("epochs", 20, "training `epochs` (the best on dev is kept)")
	seed := fs.Uint64("seed", 1, "random `seed` for shuffling and exploration")
	actBits := fs.Uint("act-bits", 21, "log2 of the action weight table's rows")
	labBits := fs.Uint("lab-bits", 18, "log2 of the label weight table's rows")
	joint := fs.Bool("joint-labels", false, "with --beam above 1, rank the beam's arcs with their label's score and train labels globally")
	beam := fs.Int("beam", 4, "beam `width` (trained with global max-violation updates); 1: greedy, with the dynamic oracle")
	tags := fs.String("tags", "tagger", "tags to train on: `tagger` (text/tagger's predictions) or gold")
	folds := fs.Int("jackknife", 5, "with --tags tagger, tag the training set by `k`-fold jackknifing (a tagger trained on the other folds); 0: tag it with the built-in tagger")
	tagEpochs := fs.Int("tagger-epochs", 6, "training `epochs` of each jackknifing tagger (one pass, left to right)")
	mixGold := fs.Bool("mix-gold", true, "with --tags tagger, train on the training set twice: with gold and with predicted tags")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	start := time.Now()
	train, err := readEWT(*corpora, "train")
	if err != nil {
		return err
	}
	dev, err := readEWT(*corpora, "dev")
	if err != nil {
		return err
	}
	tag, err := parserTags(*tags)
	if err != nil {
		return err
	}
	logf := func(format string, a ...any) {
		fmt.Fprintf(e.stderr, "%6.1fs ", time.Since(start).Seconds())
		fmt.Fprintf(e.stderr, format+"\n", a...)
	}
	logf("train parser: corpora %s, out %s, epochs %d, seed %d, beam %d, joint labels %v, tags %s, jackknife %d, tagger epochs %d, mix gold %v", *corpora, *out, *epochs, *seed, *beam, *joint, *tags, *folds, *tagEpochs, *mixGold)
	if tag != nil && *mixGold {
		tagged := retag(train, tag)
		if *folds > 1 {
			if tagged, err = jackknife(ctx, train, *folds, *tagEpochs, *seed, logf); err != nil {
				return err
			}
		}
		train = append(train, tagged...)
		dev = retag(dev, tag)
		tag = nil
	} else if tag != nil && *folds > 1 {
		// The parser learns from the tags it will see: the training set
		// tagged by taggers that did not see it, dev by the built-in one.
		train, err = jackknife(ctx, train, *folds, *tagEpochs, *seed, logf)
		if err != nil {
			return err
		}
		dev = retag(dev, tag)
		tag = nil
	}
	p, err := parser.Train(ctx, train, parser.Options{
		Epochs: *epochs, Seed: *seed, ActBits: *actBits, LabBits: *labBits, Beam: *beam, JointLabels: *joint,
		Tag: tag, Dev: dev, Log: logf,
	})
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := p.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	logf("train parser: wrote %s (%.1f MB) in %s", *out, float64(st.Size())/1e6, time.Since(start).Round(time.Second))
	return ctx.Err()
}

// parserTags returns the tag function named by the --tags flag; nil means
// the treebank's gold tags.
func parserTags(name string) (parser.TagFunc, error) {
	switch name {
	case "gold":
		return nil, nil
	case "tagger":
		return defaultTagFunc()
	}
	return nil, fmt.Errorf("unknown --tags %q (want tagger or gold)", name)
}

// defaultTagFunc returns the tagger the parser is trained and run with:
// text/tagger's built-in model.
func defaultTagFunc() (parser.TagFunc, error) {
	t, err := tagger.Default()
	if err != nil {
		return nil, err
	}
	return t.Tag, nil
}

// jackknife returns copies of sentences whose UPOS and XPOS are predicted
// by taggers trained on the other k-1 folds (sentence i is in fold i%k).
// Two folds train at a time.
func jackknife(ctx context.Context, sentences []*conllu.Sentence, k, epochs int, seed uint64, logf func(string, ...any)) ([]*conllu.Sentence, error) {
	out := make([]*conllu.Sentence, len(sentences))
	errs := make([]error, k)
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for f := 0; f < k; f++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if ctx.Err() != nil {
				errs[f] = ctx.Err()
				return
			}
			var rest []*conllu.Sentence
			for i, s := range sentences {
				if i%k != f {
					rest = append(rest, s)
				}
			}
			t, err := tagger.Train(rest, tagger.Options{Epochs: epochs, Seed: seed, Passes: 1})
			if err != nil {
				errs[f] = err
				return
			}
			n := 0
			for i := f; i < len(sentences); i += k {
				out[i] = retag1(sentences[i], t.Tag)
				n++
			}
			logf("train parser: jackknife fold %d/%d tagged %d sentences", f+1, k, n)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// retag returns copies of sentences with the tags of tag.
func retag(sentences []*conllu.Sentence, tag parser.TagFunc) []*conllu.Sentence {
	out := make([]*conllu.Sentence, len(sentences))
	for i, s := range sentences {
		out[i] = retag1(s, tag)
	}
	return out
}

func retag1(s *conllu.Sentence, tag parser.TagFunc) *conllu.Sentence {
	c := *s
	c.Words = append([]conllu.Word(nil), s.Words...)
	words := make([]string, len(c.Words))
	for i, w := range c.Words {
		words[i] = w.Form
	}
	u, x := tag(words)
	for i := range c.Words {
		c.Words[i].UPOS, c.Words[i].XPOS = u[i], x[i]
	}
	return &c
}
