package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dyadproject/dyad"
)

func init() {
	register("query", "ask the event database: events, last, first, timeline", runQuery)
}

// queryFlags are the flags of every `dyad query` subcommand.
type queryFlags struct {
	db, format string
	f          dyad.EventFilter
	from, to   string
}

func (q *queryFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&q.db, "db", "dyad.db", "the event database: a SQLite `file` or a postgres:// URL")
	fs.StringVar(&q.format, "format", "table", "output `format`: table or jsonl")
	q.addFilter(fs)
}

// addFilter adds the event filter flags (actors, codes, place, dates,
// --canonical), shared by `dyad query` and `dyad export`; parseDates
// completes the filter after parsing.
func (q *queryFlags) addFilter(fs *flag.FlagSet) {
	fs.StringVar(&q.f.A, "a", "", "one actor of the dyad (code prefix: KOR matches KORGOV)")
	fs.StringVar(&q.f.B, "b", "", "the other actor of the dyad")
	fs.BoolVar(&q.f.Directed, "directed", false, "only events from --a to --b")
	fs.StringVar(&q.f.Source, "source", "", "source actor (code prefix)")
	fs.StringVar(&q.f.Target, "target", "", "target actor (code prefix)")
	fs.StringVar(&q.f.Root, "root", "", "CAMEO root (two digits)")
	fs.StringVar(&q.f.Code, "code", "", "CAMEO code (prefix: 04 matches 040 and 043)")
	fs.StringVar(&q.f.PLOVER, "plover", "", "PLOVER event type (CONSULT ...)")
	fs.StringVar(&q.f.Modality, "modality", "", "asserted, intended, hypothetical, reported or historical")
	fs.StringVar(&q.f.Place, "place", "", "place name or country code")
	fs.StringVar(&q.from, "from", "", "first `date` (YYYY-MM-DD)")
	fs.StringVar(&q.to, "to", "", "last `date` (YYYY-MM-DD)")
	fs.BoolVar(&q.f.Canonical, "canonical", false, "one row per canonical event")
}

// parseDates sets the date range of the filter from --from and --to.
func (q *queryFlags) parseDates() error {
	var err error
	if q.f.From, err = parseDate("from", q.from); err != nil {
		return err
	}
	q.f.To, err = parseDate("to", q.to)
	return err
}

// parseDate parses a YYYY-MM-DD flag value; "" is the zero time.
func parseDate(flagName, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dyad.DateLayout, v)
	if err != nil {
		return t, fmt.Errorf("--%s: %q is not a date of the form YYYY-MM-DD", flagName, v)
	}
	return t, nil
}

// runQuery runs `dyad query events|last|first|timeline`.
func runQuery(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintln(e.stderr, "Usage: dyad query events|last|first|timeline [flags]\n\nRun 'dyad query SUBCOMMAND -h' for its flags.")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return flag.ErrHelp
		}
		return errUsage
	}
	sub := args[0]
	fs := newFlags(e, "query "+sub, "")
	var q queryFlags
	q.add(fs)
	var limit, offset int
	var before, after, period string
	switch sub {
	case "events":
		fs.IntVar(&limit, "limit", 100, "at most `n` events")
		fs.IntVar(&offset, "offset", 0, "skip the first `n` events")
	case "last":
		fs.StringVar(&before, "before", "", "the last event before this `date` (YYYY-MM-DD; default: tomorrow)")
	case "first":
		fs.StringVar(&after, "after", "", "the first event after this `date` (YYYY-MM-DD; default: none)")
	case "timeline":
		fs.StringVar(&period, "period", "month", "`period`: day, week, month or year")
	default:
		fmt.Fprintf(e.stderr, "dyad query: unknown subcommand %q (events, last, first, timeline)\n", sub)
		return errUsage
	}
	rest, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	usageErr := func(err error) error {
		fmt.Fprintf(e.stderr, "dyad query %s: %v\n", sub, err)
		fs.Usage()
		return errUsage
	}
	if len(rest) > 0 {
		return usageErr(fmt.Errorf("unexpected arguments %q", rest))
	}
	if q.format != "table" && q.format != "jsonl" {
		return usageErr(fmt.Errorf("--format: %q is not table or jsonl", q.format))
	}
	if err := q.parseDates(); err != nil {
		return usageErr(err)
	}
	q.f.Limit, q.f.Offset = limit, offset
	st, err := openStore(q.db)
	if err != nil {
		return err
	}
	defer st.Close()
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()

	switch sub {
	case "events":
		evs, err := st.Events(ctx, q.f)
		if err != nil {
			return err
		}
		return printEvents(out, q.format, evs)
	case "last", "first":
		var ev *dyad.StoredEvent
		if sub == "last" {
			t, perr := parseDate("before", before)
			if perr != nil {
				return usageErr(perr)
			}
			if t.IsZero() {
				t = time.Now().AddDate(0, 0, 1)
			}
			ev, err = st.Last(ctx, q.f, t)
		} else {
			t, perr := parseDate("after", after)
			if perr != nil {
				return usageErr(perr)
			}
			if t.IsZero() {
				t = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
			}
			ev, err = st.First(ctx, q.f, t)
		}
		var de *dyad.Error
		if errors.As(err, &de) && de.Code == dyad.ENotFound {
			fmt.Fprintln(e.stderr, "dyad query: no matching event")
			return errSilent
		}
		if err != nil {
			return err
		}
		if q.format == "table" {
			fmt.Fprintln(out, ev.Date)
		}
		return printEvents(out, q.format, []dyad.StoredEvent{*ev})
	case "timeline":
		pts, err := st.Timeline(ctx, q.f, period)
		if err != nil {
			return err
		}
		return printTimeline(out, q.format, pts)
	}
	return nil
}

// printEvents writes events as a table or one JSON object per line.
func printEvents(w io.Writer, format string, evs []dyad.StoredEvent) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range evs {
			if err := enc.Encode(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tTARGET\tCAMEO\tGOLDSTEIN\tPLOVER\tMODALITY\tPLACE\tSOURCES\tARTICLE\tTRIGGER")
	for _, ev := range evs {
		place := ""
		if ev.Place != nil {
			place = ev.Place.Name
		}
		neg := ""
		if ev.Negated {
			neg = "not "
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.1f\t%s\t%s\t%s\t%d\t%s\t%s%q\n", ev.Date, ev.Source, ev.Target, ev.CAMEO,
			ev.Goldstein, ev.PLOVER, ev.Modality, place, ev.Sources, ev.ArticleID, neg, ev.Trigger.Text)
	}
	return tw.Flush()
}

// printTimeline writes a timeline as a table or one JSON object per line.
func printTimeline(w io.Writer, format string, pts []dyad.TimelinePoint) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		for i := range pts {
			if err := enc.Encode(&pts[i]); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PERIOD\tEVENTS\tMEAN GOLDSTEIN\tBY ROOT")
	for _, p := range pts {
		roots := make([]string, 0, len(p.ByRoot))
		for r := range p.ByRoot {
			roots = append(roots, r)
		}
		sort.Strings(roots)
		var parts []string
		for _, r := range roots {
			parts = append(parts, fmt.Sprintf("%s:%d", r, p.ByRoot[r]))
		}
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%s\n", p.Period, p.Events, p.MeanGoldstein, strings.Join(parts, " "))
	}
	return tw.Flush()
}
