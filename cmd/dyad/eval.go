package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
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
	misses := fs.Bool("misses", false, "after each report, list the gold events missed at level 1 with a category (no event, wrong code, wrong source, wrong target, other dyad) and the predicted events, and the predictions on sentences without gold events")
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
		if *misses {
			printMisses(e.stdout, g, p)
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

// printMisses lists, per gold item, the gold events that no prediction
// matches at level 1 (source country, target country, root), each with a
// category read off the item's predictions: "no event" (nothing predicted),
// "wrong code" (the dyad was predicted with another root), "wrong source",
// "wrong target" (one side and the root right), "other dyad". Predictions
// on items without gold events are listed as "spurious". A summary line
// counts the categories.
func printMisses(w io.Writer, g *eval.Gold, preds map[string][]dyad.Event) {
	counts := map[string]int{}
	var order []string
	count := func(c string) {
		if counts[c] == 0 {
			order = append(order, c)
		}
		counts[c]++
	}
	fmt.Fprintln(w, "\nmisses (level 1):")
	noEvent, spurious := 0, 0
	for _, it := range g.Items {
		ps := preds[it.ID]
		if len(it.Events) == 0 {
			noEvent++
			if len(ps) > 0 {
				spurious++
				count("spurious")
				fmt.Fprintf(w, "  %s spurious: %s\n      %q\n", it.ID, eventList(ps), it.Text)
			}
			continue
		}
		for _, ge := range it.Events {
			cat := missCategory(ge, ps)
			if cat == "" {
				continue
			}
			count(cat)
			fmt.Fprintf(w, "  %s %s: gold %s->%s %s, predicted %s\n      %q\n", it.ID, cat,
				orDash(ge.Source), orDash(ge.Target), strings.Join(ge.Roots, "|"), eventList(ps), it.Text)
		}
	}
	fmt.Fprint(w, "  total:")
	for _, c := range order {
		fmt.Fprintf(w, " %s %d,", c, counts[c])
	}
	fmt.Fprintf(w, " items without gold events %d (%d with a prediction)\n", noEvent, spurious)
}

// missCategory returns "" when a prediction matches ge at level 1, else
// why none does.
func missCategory(ge eval.GoldEvent, ps []dyad.Event) string {
	if len(ps) == 0 {
		return "no event"
	}
	gs, gt := dyad.ActorCountry(ge.Source), dyad.ActorCountry(ge.Target)
	cat := "other dyad"
	for _, p := range ps {
		s, t := dyad.ActorCountry(p.Source), dyad.ActorCountry(p.Target)
		rootOK := slices.Contains(ge.Roots, p.Root)
		switch {
		case s == gs && t == gt && rootOK:
			return ""
		case s == gs && t == gt:
			cat = "wrong code"
		case cat != "wrong code" && rootOK && s == gs:
			cat = "wrong target"
		case cat != "wrong code" && cat != "wrong target" && rootOK && t == gt:
			cat = "wrong source"
		}
	}
	return cat
}

func eventList(ps []dyad.Event) string {
	if len(ps) == 0 {
		return "nothing"
	}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s->%s %s %q", orDash(p.Source), orDash(p.Target), p.CAMEO, p.Trigger.Text)
	}
	return b.String()
}
