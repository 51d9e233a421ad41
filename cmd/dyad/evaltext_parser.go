package main

import (
	"context"
	"fmt"

	"github.com/dyadproject/dyad/text/parser"
)

func init() {
	registerTextEval(30, "parse", evalParse)
}

// evalParse scores the built-in parser on EWT dev and test, gold
// tokenization, tags from text/tagger.
func evalParse(ctx context.Context, e *env, corpora string) error {
	p, err := parser.Default()
	if err != nil {
		return err
	}
	tag, err := defaultTagFunc()
	if err != nil {
		return err
	}
	decoding := "greedy"
	if k := p.Beam(); k > 1 {
		decoding = fmt.Sprintf("beam %d", k)
	}
	fmt.Fprintf(e.stdout, "dependency parse (%s), EWT, gold tokenization, predicted tags (text/tagger), all words incl. punctuation, %%\n", decoding)
	fmt.Fprintf(e.stdout, "  %-5s %6s %6s %7s %7s %12s\n", "", "words", "UAS", "LAS", "LAS:sub", "sentences/s")
	for _, part := range []string{"dev", "test"} {
		if err := ctx.Err(); err != nil {
			return err
		}
		ss, err := readEWT(corpora, part)
		if err != nil {
			return err
		}
		sc, err := parser.Evaluate(p, ss, tag)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "  %-5s %6d %6.2f %7.2f %7.2f %12.0f\n", part, sc.Words, sc.UAS, sc.LAS, sc.LASFull,
			float64(sc.Sentences)/sc.Parse.Seconds())
	}
	fmt.Fprintf(e.stdout, "  LAS: relation without subtype (CoNLL 2018); LAS:sub: full relation (nsubj:pass ...); sentences/s: parser alone, one core\n")
	return nil
}
