package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
)

func init() {
	register("explain", "show how a sentence is analysed and why each event was or was not coded", runExplain)
}

// runExplain analyses one text with every stage and prints each layer:
// tokens with tags and lemmas, actors, times, places, quotes, every pattern
// that matched and what became of it, and the events.
func runExplain(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "explain", `"SENTENCE..." | -`)
	date := fs.String("date", "", "publication `date` (YYYY-MM-DD) for relative dates and actor roles")
	var cfg pipelineConfig
	cfg.addFlags(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	var text string
	switch {
	case len(pos) == 1 && pos[0] == "-":
		b, err := io.ReadAll(io.LimitReader(e.stdin, 1<<20))
		if err != nil {
			return err
		}
		text = string(b)
	case len(pos) > 0:
		text = strings.Join(pos, " ")
	default:
		fmt.Fprintln(e.stderr, "dyad explain: give the text to explain (or - for standard input)")
		fs.Usage()
		return errUsage
	}
	a := &dyad.Article{ID: "explain", Text: strings.ToValidUTF8(text, "\uFFFD")}
	if *date != "" {
		t, err := time.Parse(dyad.DateLayout, *date)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad explain: --date: %q is not a date of the form YYYY-MM-DD\n", *date)
			return errUsage
		}
		a.Published = t
	}
	p, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	// Run every stage but the coder, then the coder with explanations.
	var cd *coder.Coder
	d := &dyad.Doc{Article: a}
	for _, s := range p.Stages {
		if c, ok := s.(*coder.Coder); ok {
			cd = c
			continue
		}
		if err := s.Process(d); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	var decisions []coder.Decision
	if cd != nil {
		decisions = cd.Explain(d)
	}
	printExplanation(e.stdout, d, decisions)
	return nil
}

func printExplanation(w io.Writer, d *dyad.Doc, decisions []coder.Decision) {
	text := d.Text()
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for si, s := range d.Sentences {
		fmt.Fprintf(w, "sentence %d [%d,%d): %s\n", si, s.Start, s.End, text[s.Start:s.End])
		fmt.Fprintln(tw, "  #\tword\ttag\tlemma\thead\trel\t")
		for i, t := range s.Tokens {
			head := "-"
			if t.Head >= 0 {
				head = fmt.Sprint(t.Head)
			}
			fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\t%s\t\n", i, t.Text, t.Tag, t.Lemma, head, t.Rel)
		}
		tw.Flush()
	}
	fmt.Fprintln(w, "\nactors:")
	for _, en := range d.Entities {
		fmt.Fprintf(w, "  %s %s %q actor=%s", en.ID, en.Type, en.Text, orDash(en.Actor))
		if en.KB != "" {
			fmt.Fprintf(w, " kb=%s", en.KB)
		}
		if en.Role != "" {
			fmt.Fprintf(w, " (%s)", en.Role)
		}
		fmt.Fprintln(w)
		for _, m := range en.Mentions {
			code := en.MentionActor(m)
			fmt.Fprintf(w, "      s%d %q %s %s\n", m.Sentence, text[m.Start:m.End], orDash(m.Kind), orDash(code))
		}
	}
	if len(d.Times) > 0 {
		fmt.Fprintln(w, "\ntimes:")
		for _, t := range d.Times {
			fmt.Fprintf(w, "  s%d %q %s %s %s\n", t.Sentence, t.Text, t.Kind, orDash(t.Value), t.Precision)
		}
	}
	if len(d.Places) > 0 {
		fmt.Fprintln(w, "\nplaces:")
		for _, p := range d.Places {
			dl := ""
			if p.Dateline {
				dl = " (dateline)"
			}
			fmt.Fprintf(w, "  s%d %q -> %s, %s (%.2f, %.2f)%s\n", p.Sentence, p.Text, p.Name, orDash(p.Country), p.Lat, p.Lon, dl)
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintln(w, "\nquotes:")
		for _, q := range d.Quotes {
			fmt.Fprintf(w, "  s%d %s %q speaker=%q (%s) cue=%q via=%v\n", q.Sentence, q.Kind, clip(q.Text, 60), q.Speaker, orDash(q.SpeakerActor), q.Cue, q.Via)
		}
	}
	fmt.Fprintln(w, "\npatterns that matched:")
	if len(decisions) == 0 {
		fmt.Fprintln(w, "  none: no word of the text starts a codebook pattern (see codebook/data/patterns.tsv)")
	}
	for _, x := range decisions {
		fmt.Fprintf(w, "  s%d %q  %s\n      sources %v, targets %v -> %s", x.Sentence, x.Trigger, x.Pattern, x.Sources, x.Targets, x.Outcome)
		if x.Code != "" {
			fmt.Fprintf(w, " (%s, %d events)", x.Code, x.Events)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "\nevents:")
	if len(d.Events) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, ev := range d.Events {
		fmt.Fprintf(w, "  %s -> %s  %s (root %s, %s %s, Goldstein %.1f)  %s %s  modality=%s negated=%v confidence=%.2f sentences=%v",
			ev.Source, ev.Target, ev.CAMEO, ev.Root, orDash(ev.PLOVER), ev.PLOVERMode, ev.Goldstein,
			orDash(ev.Date), ev.DatePrecision, ev.Modality, ev.Negated, ev.Confidence, ev.Sentences)
		if ev.Place != nil {
			fmt.Fprintf(w, " place=%s", ev.Place.Name)
		}
		fmt.Fprintln(w)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
