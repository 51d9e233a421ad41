package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// The text models register their training and evaluation here, each from
// its own file (train_tagger.go, train_parser.go, train_ner.go ...), so that
// `dyad train` and `dyad eval-text` grow without one file to share.

// trainer rebuilds one model from the corpora.
type trainer struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

var trainers = map[string]trainer{}

// registerTrainer adds `dyad train NAME`.
func registerTrainer(name, summary string, run func(ctx context.Context, e *env, args []string) error) {
	trainers[name] = trainer{summary: summary, run: run}
}

// textEval prints one block of `dyad eval-text`: the scores of one part of
// the text analysis on the corpora in dir.
type textEval struct {
	order int // blocks print in this order
	name  string
	run   func(ctx context.Context, e *env, corpora string) error
	// onRequest blocks run only when --only names them.
	onRequest bool
}

var textEvals []textEval

// registerTextEval adds a block to `dyad eval-text`.
func registerTextEval(order int, name string, run func(ctx context.Context, e *env, corpora string) error) {
	textEvals = append(textEvals, textEval{order: order, name: name, run: run})
}

func init() {
	register("train", "rebuild a text model from the corpora (dyad train MODEL -h)", runTrain)
	register("eval-text", "score tokens, sentences, tags, parse and names on UD English EWT and UNER", runEvalText)
}

func runTrain(ctx context.Context, e *env, args []string) error {
	names := make([]string, 0, len(trainers))
	for n := range trainers {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(e.stderr, "Usage: dyad train MODEL [flags]\n\nModels:\n")
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-8s %s\n", n, trainers[n].summary)
		}
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	t, ok := trainers[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "dyad train: unknown model %q (have %s)\n", args[0], strings.Join(names, ", "))
		return errUsage
	}
	return t.run(ctx, e, args[1:])
}

func runEvalText(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval-text", "")
	corpora := fs.String("corpora", "../shared/corpora", "`dir` holding ud-english-ewt/ and uner-english-ewt/")
	only := fs.String("only", "", "comma-separated `blocks` to run: tokens, tags, parse, raw (dyad parse from raw text, CoNLL 2018 measures), ner, and tokerr (the token and sentence errors on EWT dev by kind, run only when named); default all but tokerr")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	sort.SliceStable(textEvals, func(i, j int) bool { return textEvals[i].order < textEvals[j].order })
	want := map[string]bool{}
	for _, n := range strings.Split(*only, ",") {
		if n != "" {
			want[n] = true
		}
	}
	ran := 0
	for _, te := range textEvals {
		if len(want) > 0 && !want[te.name] || len(want) == 0 && te.onRequest {
			continue
		}
		ran++
		if err := te.run(ctx, e, *corpora); err != nil {
			return fmt.Errorf("%s: %w", te.name, err)
		}
	}
	if ran == 0 {
		return fmt.Errorf("no evaluation block to run (have %d)", len(textEvals))
	}
	return nil
}
