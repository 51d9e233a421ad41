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
	register("query", "ask the event database: events, last, first, timeline, novelty, dyads, quotes", runQuery)
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
	fs.StringVar(&q.f.Level, "level", "", "rank of the actors as written: leader or minister")
	fs.BoolVar(&q.f.Occurred, "occurred", false, "only events that happened (not negated, planned or hypothetical)")
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

// querySubs are the subcommands of `dyad query`.
const querySubs = "events, last, first, timeline, novelty, dyads, quotes"

// runQuery runs `dyad query SUBCOMMAND`.
func runQuery(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintln(e.stderr, "Usage: dyad query events|last|first|timeline|novelty|dyads|quotes [flags]\n\nRun 'dyad query SUBCOMMAND -h' for its flags.")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return flag.ErrHelp
		}
		return errUsage
	}
	sub := args[0]
	fs := newFlags(e, "query "+sub, "")
	var q queryFlags
	var limit, offset int
	var before, after, period, date string
	var countries, exact bool
	var nq dyad.NoveltyQuery
	var qf dyad.QuoteFilter
	pageFlags := func(def int) {
		fs.IntVar(&limit, "limit", def, "at most `n` rows")
		fs.IntVar(&offset, "offset", 0, "skip the first `n` rows")
	}
	// commonFlags are --db and --format, without the event filter.
	commonFlags := func() {
		fs.StringVar(&q.db, "db", "dyad.db", "the event database: a SQLite `file` or a postgres:// URL")
		fs.StringVar(&q.format, "format", "table", "output `format`: table or jsonl")
	}
	switch sub {
	case "events":
		q.add(fs)
		pageFlags(100)
	case "last":
		q.add(fs)
		fs.StringVar(&before, "before", "", "the last event before this `date` (YYYY-MM-DD; default: tomorrow)")
	case "first":
		q.add(fs)
		fs.StringVar(&after, "after", "", "the first event after this `date` (YYYY-MM-DD; default: none)")
	case "timeline":
		q.add(fs)
		fs.StringVar(&period, "period", "month", "`period`: day, week, month or year")
	case "dyads":
		q.add(fs)
		fs.BoolVar(&countries, "countries", false, "count actors by country (KORGOV counts as KOR)")
		pageFlags(20)
	case "novelty":
		commonFlags()
		fs.Int64Var(&nq.EventID, "id", 0, "the stored event `id` to judge (its actors, root, date and level)")
		fs.StringVar(&nq.A, "a", "", "one actor of the dyad (code prefix; default: the event's source)")
		fs.StringVar(&nq.B, "b", "", "the other actor (default: the event's target)")
		fs.StringVar(&nq.Root, "root", "", "CAMEO root of the kind of event (default: the event's)")
		fs.StringVar(&date, "date", "", "the event's `date` (YYYY-MM-DD; default: the event's)")
		fs.StringVar(&nq.Level, "level", "", "count earlier events of this rank only: leader, minister or any (default: the event's own level)")
	case "quotes":
		commonFlags()
		fs.StringVar(&qf.Speaker, "speaker", "", "speaker `name` (any case; a part of the name unless --exact)")
		fs.BoolVar(&exact, "exact", false, "--speaker is the whole name")
		fs.StringVar(&qf.Actor, "actor", "", "speaker's actor code (prefix: KOR matches KORGOV)")
		fs.StringVar(&qf.Kind, "kind", "", "direct, partial or indirect")
		fs.StringVar(&qf.ArticleID, "article", "", "the quotes of one article `id`")
		fs.StringVar(&q.from, "from", "", "articles published from this `date` (YYYY-MM-DD)")
		fs.StringVar(&q.to, "to", "", "articles published until this `date` (YYYY-MM-DD)")
		pageFlags(100)
	default:
		fmt.Fprintf(e.stderr, "dyad query: unknown subcommand %q (%s)\n", sub, querySubs)
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
	if limit < 0 || offset < 0 {
		return usageErr(errors.New("--limit and --offset must not be negative"))
	}
	q.f.Limit, q.f.Offset = limit, offset
	if nq.Date, err = parseDate("date", date); err != nil {
		return usageErr(err)
	}
	if sub == "novelty" && nq.EventID == 0 && (nq.A == "" || nq.B == "" || nq.Root == "" || nq.Date.IsZero()) {
		return usageErr(errors.New("give --id, or --a, --b, --root and --date"))
	}
	st, err := openStore(q.db)
	if err != nil {
		return err
	}
	defer st.Close()
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	notFound := func(err error) bool {
		var de *dyad.Error
		return errors.As(err, &de) && de.Code == dyad.ENotFound
	}

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
		if notFound(err) {
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
	case "dyads":
		ds, err := st.TopDyads(ctx, dyad.DyadQuery{Filter: q.f, Directed: q.f.Directed, Countries: countries, Limit: limit, Offset: offset})
		if err != nil {
			return err
		}
		return printDyads(out, q.format, ds)
	case "novelty":
		n, err := st.Novelty(ctx, nq)
		if notFound(err) {
			fmt.Fprintf(e.stderr, "dyad query: no event %d\n", nq.EventID)
			return errSilent
		}
		if err != nil {
			return err
		}
		return printNovelty(out, q.format, n)
	case "quotes":
		qf.SpeakerExact = exact
		qf.From, qf.To = q.f.From, q.f.To
		qf.Limit, qf.Offset = limit, offset
		qs, err := st.Quotes(ctx, qf)
		if err != nil {
			return err
		}
		return printQuotes(out, q.format, qs)
	}
	return nil
}

// printJSONL writes each of xs as one JSON object per line.
func printJSONL[T any](w io.Writer, xs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range xs {
		if err := enc.Encode(&xs[i]); err != nil {
			return err
		}
	}
	return nil
}

// printDyads writes top dyads as a table or one JSON object per line.
func printDyads(w io.Writer, format string, ds []dyad.DyadCount) error {
	if format == "jsonl" {
		return printJSONL(w, ds)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "A\tB\tEVENTS\tMEAN GOLDSTEIN\tFIRST\tLAST")
	for _, d := range ds {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%s\t%s\n", d.A, d.B, d.Events, d.MeanGoldstein, d.First, d.Last)
	}
	return tw.Flush()
}

// printNovelty writes a novelty answer: its sentence and the previous
// event as a table, or the answer as one JSON object.
func printNovelty(w io.Writer, format string, n *dyad.Novelty) error {
	if format == "jsonl" {
		return printJSONL(w, []*dyad.Novelty{n})
	}
	fmt.Fprintln(w, n.Text)
	if n.Previous == nil {
		return nil
	}
	fmt.Fprintln(w, "\nprevious:")
	return printEvents(w, format, []dyad.StoredEvent{*n.Previous})
}

// printQuotes writes quotes as a table or one JSON object per line.
func printQuotes(w io.Writer, format string, qs []dyad.StoredQuote) error {
	if format == "jsonl" {
		return printJSONL(w, qs)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tARTICLE\tSPEAKER\tACTOR\tKIND\tVIA\tTEXT")
	for _, x := range qs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%q\n", x.Published, x.ArticleID, x.Speaker, x.SpeakerActor, x.Kind,
			strings.Join(x.Via, " < "), x.Text)
	}
	return tw.Flush()
}

// printEvents writes events as a table or one JSON object per line.
func printEvents(w io.Writer, format string, evs []dyad.StoredEvent) error {
	if format == "jsonl" {
		return printJSONL(w, evs)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tSOURCE\tTARGET\tCAMEO\tGOLDSTEIN\tPLOVER\tMODALITY\tLEVEL\tPLACE\tSOURCES\tARTICLE\tTRIGGER")
	for _, ev := range evs {
		place := ""
		if ev.Place != nil {
			place = ev.Place.Name
		}
		neg := ""
		if ev.Negated {
			neg = "not "
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s\t%s\t%s\t%d\t%s\t%s%q\n", ev.ID, ev.Date, ev.Source, ev.Target, ev.CAMEO,
			ev.Goldstein, ev.PLOVER, ev.Modality, ev.Level, place, ev.Sources, ev.ArticleID, neg, ev.Trigger.Text)
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
