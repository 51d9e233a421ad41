package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad/text/clusters"
)

func init() {
	registerTrainer("clusters", "the word clusters of the named-entity recognizer and the parser, from the words of UD English EWT train and dev (no labels)", trainClusters)
}

func trainClusters(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train clusters", "")
	corpora := fs.String("corpora", "../shared/corpora", "`dir` holding ud-english-ewt/")
	out := fs.String("out", "text/clusters/clusters.txt", "cluster `file` to write")
	ks := fs.String("k", "32,128,512", "comma-separated cluster `counts` (granularities)")
	minCount := fs.Int("min-count", 3, "fewest `occurrences` a word needs")
	contexts := fs.Int("contexts", 1000, "most frequent `words` used as context dimensions")
	iter := fs.Int("iter", 20, "k-means `iterations`")
	seed := fs.Uint64("seed", 1, "initialisation `seed`")
	lower := fs.Bool("lower", false, "cluster lower-case forms")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	opt := clusters.Options{MinCount: *minCount, Contexts: *contexts, Iter: *iter, Seed: *seed, Lower: *lower}
	for _, s := range strings.Split(*ks, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k <= 0 {
			return fmt.Errorf("--k: bad count %q", s)
		}
		opt.Ks = append(opt.Ks, k)
	}
	var sents [][]string
	for _, split := range []string{"train", "dev"} {
		ss, err := readEWT(*corpora, split)
		if err != nil {
			return err
		}
		for _, s := range ss {
			words := make([]string, len(s.Words))
			for i, w := range s.Words {
				words[i] = w.Form
			}
			sents = append(sents, words)
		}
	}
	fmt.Fprintf(e.stderr, "train clusters: %d sentences of EWT train and dev; k %v, min count %d, %d contexts, %d iterations, seed %d\n",
		len(sents), opt.Ks, opt.MinCount, opt.Contexts, opt.Iter, opt.Seed)
	began := time.Now()
	var buf bytes.Buffer
	if err := clusters.Build(ctx, sents, opt, &buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "train clusters: %d bytes written to %s in %s\n", buf.Len(), *out, time.Since(began).Round(time.Millisecond))
	return nil
}
