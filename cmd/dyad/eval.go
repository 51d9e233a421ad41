package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
)

func init() {
	register("eval", "score coded events against a gold file", runEval)
}

// runEval scores each gold file: its texts are coded with the pipeline, or
// the predictions are read from --pred (article records keyed by id). A gold
// file that cannot be read is reported and makes the exit status 1; the
// other files are still scored. Per-item coding errors go to stderr and the
// rest of the file is scored.
func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "GOLD...")
	predPath := fs.String("pred", "", "read predictions (article records, JSON Lines, as `dyad code` prints) from `FILE` instead of coding the gold texts")
	asJSON := fs.Bool("json", false, "print one JSON report per gold file")
	workers := fs.Int("workers", 0, "articles coded at once (0: one per CPU)")
	var cfg pipelineConfig
	cfg.addFlags(fs)
	golds, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(golds) == 0 {
		fs.Usage()
		return errUsage
	}
	var preds map[string][]dyad.Event
	if *predPath != "" {
		f, err := os.Open(*predPath)
		if err != nil {
			return err
		}
		preds, err = eval.ReadPredictions(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *predPath, err)
		}
	}
	var coder dyad.Coder
	failed := false
	for i, path := range golds {
		g, err := eval.Load(path)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad eval: %v\n", err)
			failed = true
			continue
		}
		p := preds
		if p == nil {
			if coder == nil {
				pl, err := newPipeline(cfg)
				if err != nil {
					return fmt.Errorf("pipeline: %w", err)
				}
				coder = pl
			}
			var errs []error
			p, errs = eval.Code(ctx, g, coder, *workers)
			for _, err := range errs {
				fmt.Fprintf(e.stderr, "dyad eval: %v\n", err)
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		} else {
			p = onlyItems(g, preds)
		}
		rep := eval.Score(g, p)
		if *asJSON {
			b, err := rep.JSON()
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s\n", b)
			continue
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		if err := rep.Print(e.stdout); err != nil {
			return err
		}
	}
	if failed {
		return errSilent
	}
	return nil
}

// onlyItems keeps the predictions of g's items: one --pred file may hold
// the records of several gold files. The article of an article-shaped gold
// may also be found under the id `dyad code FILE` gives it (the text file's
// name without extension). When none of the ids is a gold id, all
// predictions are kept so that the report warns about the unknown ids.
func onlyItems(g *eval.Gold, preds map[string][]dyad.Event) map[string][]dyad.Event {
	out := map[string][]dyad.Event{}
	for _, it := range g.Items {
		if evs, ok := preds[it.ID]; ok {
			out[it.ID] = evs
			continue
		}
		if g.Kind != eval.KindArticle {
			continue
		}
		base := filepath.Base(it.Origin)
		if evs, ok := preds[strings.TrimSuffix(base, filepath.Ext(base))]; ok {
			out[it.ID] = evs
		}
	}
	if len(out) == 0 {
		return preds
	}
	return out
}
