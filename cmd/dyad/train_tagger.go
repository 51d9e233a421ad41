package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dyadproject/dyad/text/conllu"
	"github.com/dyadproject/dyad/text/tagger"
)

func init() {
	registerTrainer("tagger", "the part-of-speech tagger and lemma table, from UD English EWT train (epochs chosen on dev)", trainTagger)
}

// ewtFile is the path of one UD English EWT split under the corpora dir.
func ewtFile(corpora, split string) string {
	return filepath.Join(corpora, "ud-english-ewt", "en_ewt-ud-"+split+".conllu")
}

// readEWT reads one split ("train", "dev", "test") of UD English EWT.
func readEWT(corpora, split string) ([]*conllu.Sentence, error) {
	path := ewtFile(corpora, split)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.ReadAll(f, path)
}

func trainTagger(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train tagger", "")
	corpora := fs.String("corpora", "../shared/corpora", "`dir` holding ud-english-ewt/")
	out := fs.String("out", "text/tagger/model.bin", "model `file` to write")
	epochs := fs.Int("epochs", 12, "most training `passes`; the best on dev is kept")
	seed := fs.Uint64("seed", 1, "shuffling `seed`")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	train, err := readEWT(*corpora, "train")
	if err != nil {
		return err
	}
	dev, err := readEWT(*corpora, "dev")
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "train tagger: %d train sentences, %d dev, epochs %d, seed %d, out %s\n",
		len(train), len(dev), *epochs, *seed, *out)
	began := time.Now()
	t, err := tagger.Train(train, tagger.Options{Epochs: *epochs, Seed: *seed, Dev: dev, Log: e.stderr})
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := t.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	// The closed-class word lists the built-in tagger reads beside its model.
	if err := os.WriteFile(filepath.Join(filepath.Dir(*out), "closed.txt"), []byte(tagger.ClosedWords(train)), 0o644); err != nil {
		return err
	}
	sc := tagger.Evaluate(t, dev)
	fmt.Fprintf(e.stderr, "train tagger: dev UPOS %.4f XPOS %.4f lemma %.4f; %d labels, %d features, %d lemma entries; %d bytes; %s\n",
		sc.UPOS, sc.XPOS, sc.Lemma, t.Labels(), t.Features(), t.LemmaTable(), buf.Len(), time.Since(began).Round(time.Second))
	return nil
}
