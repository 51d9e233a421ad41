package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

func init() {
	// Run only on request (--only tokerr): it lists errors, not scores.
	textEvals = append(textEvals, textEval{order: 15, name: "tokerr", run: evalTokenErrors, onRequest: true})
}

// evalTokenErrors lists the token and sentence-boundary errors of the text
// stage on EWT dev (the split for development), grouped by kind, with a
// few examples of each. It runs only when --only names it.
func evalTokenErrors(ctx context.Context, e *env, corpora string) error {
	dev, err := readEWT(corpora, "dev")
	if err != nil {
		return err
	}
	a0, err := text.New()
	if err != nil {
		return err
	}
	a := a0.WithEWTHyphens()
	kinds := map[string][]string{}
	var tg, tp, th, sg, sp, sh int
	for _, d := range rebuildRaw(dev) {
		if err := ctx.Err(); err != nil {
			return err
		}
		ss := a.Analyze(d.text)
		var w, s []dyad.Span
		for _, x := range ss {
			s = append(s, dyad.Span{Start: x.Start, End: x.End})
			for _, t := range x.Tokens {
				w = append(w, dyad.Span{Start: t.Start, End: t.End})
			}
		}
		tg, tp, th = tg+len(d.words), tp+len(w), th+hits(d.words, w)
		sg, sp, sh = sg+len(d.sentences), sp+len(s), sh+hits(d.sentences, s)
		for _, r := range tokenRegions(d.words, w) {
			k := tokenErrorKind(d.text, r)
			kinds[k] = append(kinds[k], r.show(d.text))
		}
		gEnd, pEnd := map[int]bool{}, map[int]bool{}
		for _, x := range d.sentences[:max(len(d.sentences)-1, 0)] {
			gEnd[x.End] = true
		}
		for _, x := range s[:max(len(s)-1, 0)] {
			pEnd[x.End] = true
		}
		for end := range gEnd {
			if !pEnd[end] {
				k := "sentence missed: " + boundaryKind(d.text, end)
				kinds[k] = append(kinds[k], around(d.text, end))
			}
		}
		for end := range pEnd {
			if !gEnd[end] {
				k := "sentence extra: " + boundaryKind(d.text, end)
				kinds[k] = append(kinds[k], around(d.text, end))
			}
		}
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return len(kinds[names[i]]) > len(kinds[names[j]]) })
	fmt.Fprintf(e.stdout, "token and sentence errors, EWT dev, by kind (token F1 %.4f, sentence F1 %.4f)\n", f1(tg, tp, th), f1(sg, sp, sh))
	for _, k := range names {
		fmt.Fprintf(e.stdout, "  %5d  %s\n", len(kinds[k]), k)
		ex := kinds[k]
		sort.Strings(ex)
		for i, x := range ex {
			if i >= 12 {
				break
			}
			fmt.Fprintf(e.stdout, "           %s\n", x)
		}
	}
	return nil
}

// tokRegion is a stretch of text where gold and predicted tokens disagree.
type tokRegion struct {
	start, end int
	gold, pred []dyad.Span
}

func (r tokRegion) show(t string) string {
	f := func(sp []dyad.Span) string {
		var p []string
		for _, s := range sp {
			p = append(p, t[s.Start:s.End])
		}
		return strings.Join(p, "|")
	}
	return fmt.Sprintf("gold %q pred %q", f(r.gold), f(r.pred))
}

// tokenRegions groups the unmatched gold and predicted spans into
// overlapping regions.
func tokenRegions(gold, pred []dyad.Span) []tokRegion {
	gm := map[dyad.Span]bool{}
	for _, s := range gold {
		gm[s] = true
	}
	pm := map[dyad.Span]bool{}
	for _, s := range pred {
		pm[s] = true
	}
	type item struct {
		s    dyad.Span
		gold bool
	}
	var items []item
	for _, s := range gold {
		if !pm[s] {
			items = append(items, item{s, true})
		}
	}
	for _, s := range pred {
		if !gm[s] {
			items = append(items, item{s, false})
		}
	}
	sort.Slice(items, func(i, j int) bool { return items[i].s.Start < items[j].s.Start })
	var out []tokRegion
	for _, it := range items {
		if n := len(out); n > 0 && it.s.Start < out[n-1].end {
			r := &out[n-1]
			r.end = max(r.end, it.s.End)
			if it.gold {
				r.gold = append(r.gold, it.s)
			} else {
				r.pred = append(r.pred, it.s)
			}
			continue
		}
		r := tokRegion{start: it.s.Start, end: it.s.End}
		if it.gold {
			r.gold = []dyad.Span{it.s}
		} else {
			r.pred = []dyad.Span{it.s}
		}
		out = append(out, r)
	}
	for i := range out {
		sort.Slice(out[i].gold, func(a, b int) bool { return out[i].gold[a].Start < out[i].gold[b].Start })
		sort.Slice(out[i].pred, func(a, b int) bool { return out[i].pred[a].Start < out[i].pred[b].Start })
	}
	return out
}

func tokenErrorKind(t string, r tokRegion) string {
	s := t[r.start:r.end]
	switch {
	case strings.Contains(s, "@") || strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, ".com"):
		return "token: url/email"
	case strings.ContainsAny(s, "'’") && len(r.gold) != len(r.pred):
		return "token: apostrophe"
	case strings.Contains(s, "-"):
		return "token: hyphen"
	case strings.Contains(s, "/"):
		return "token: slash"
	case strings.HasSuffix(s, "."):
		return "token: final period"
	case len(r.pred) == 0 || len(r.gold) == 0:
		return "token: unmatched (sentence/empty)"
	}
	return "token: other"
}

func boundaryKind(t string, end int) string {
	rest := t[end:]
	prev := t[max(0, end-1):end]
	switch {
	case strings.HasPrefix(rest, "\n"):
		return "at newline"
	case strings.HasPrefix(rest, " ") || rest == "":
	default:
		return "no space after"
	}
	switch prev {
	case ".", "!", "?":
		return "after " + prev
	case "\"", "”", "'", ")":
		return "after quote/paren"
	}
	return "after word/other"
}

func around(t string, at int) string {
	a, b := max(0, at-40), min(len(t), at+30)
	return fmt.Sprintf("%q ‖ %q", t[a:at], t[at:b])
}

func f1(gold, pred, hit int) float64 {
	if gold+pred == 0 {
		return 0
	}
	return 2 * float64(hit) / float64(gold+pred)
}
