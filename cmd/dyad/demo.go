package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"runtime"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
	"github.com/dyadproject/dyad/corpus"
	"github.com/dyadproject/dyad/httpapi"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/web"
)

func init() {
	register("demo", "code the bundled sample corpus into ./dyad.db, summarise it and serve the web page", runDemo)
}

// demoCorpusName names the embedded corpus in messages.
const demoCorpusName = "sample.jsonl"

// runDemo runs `dyad demo`: it ingests the embedded sample corpus (package
// corpus) into --db through the code path of `dyad ingest` (content
// already stored is skipped, so a second run adds nothing), prints a
// summary (articles, events, canonical events, the top dyads and when the
// leaders of the top dyad, or South Korea and Japan, last met), then
// serves the pages and the read-only API on --addr until ctx is
// cancelled, unless --no-serve.
func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "")
	db := fs.String("db", "dyad.db", "the event database: a SQLite `file` or a postgres:// URL")
	addr := fs.String("addr", "127.0.0.1:8080", "serve the page on this `host:port`")
	noServe := fs.Bool("no-serve", false, "stop after the summary")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "number of articles coded at once")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "dyad demo: unexpected arguments %q\n", rest)
		fs.Usage()
		return errUsage
	}
	if *workers < 1 {
		fmt.Fprintf(e.stderr, "dyad demo: --workers: %d is not a positive number\n", *workers)
		fs.Usage()
		return errUsage
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	coder, err := newPipeline(pipelineConfig{})
	if err != nil {
		return err
	}
	sample := corpus.Sample()
	fmt.Fprintf(e.stdout, "dyad demo: coding the sample corpus into %s\n", *db)
	opts := ingest.Options{Stdin: bytes.NewReader(sample), Format: ingest.FormatJSONL}
	if err := ingestFiles(ctx, e, coder, st, []string{"-"}, opts, *workers, 0); err != nil {
		return err
	}
	hashes, err := demoHashes(sample)
	if err != nil {
		return err
	}
	if err := demoSummary(ctx, e.stdout, st, hashes); err != nil {
		return err
	}
	if *noServe {
		return nil
	}
	logger := slog.New(slog.NewTextHandler(e.stderr, nil))
	h, err := siteHandler(httpapi.New(httpapi.Options{Store: st, Logger: logger}),
		web.Options{Store: st, Logger: logger})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "dyad demo: listening on http://%s (Ctrl-C to stop)\n", ln.Addr())
	return serveHTTP(ctx, ln, h)
}

// demoHashes returns the content hashes of the articles of the sample
// corpus, as ingest reads them, by id.
func demoHashes(sample []byte) (map[string]dyad.ContentHash, error) {
	r := ingest.NewReader(demoCorpusName, bytes.NewReader(sample), ingest.Options{Format: ingest.FormatJSONL})
	out := map[string]dyad.ContentHash{}
	for {
		a, err := r.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out[a.ID] = dyad.HashContent(a)
	}
}

// demoSummary prints how much of the corpus (hashes by article id) is
// stored, the number of events and canonical events, the top three dyads
// and one "last meeting" answer.
func demoSummary(ctx context.Context, w io.Writer, st dyad.Store, hashes map[string]dyad.ContentHash) error {
	stored := 0
	for _, h := range hashes {
		has, err := st.HasArticle(ctx, h)
		if err != nil {
			return err
		}
		if has {
			stored++
		}
	}
	all, err := allEvents(ctx, st, false)
	if err != nil {
		return err
	}
	canon, err := allEvents(ctx, st, true)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nIn the database: %d of the %d sample articles, %d events, %d canonical events (reports of one real event merged).\n",
		stored, len(hashes), len(all), len(canon))

	top, err := demoTopDyads(ctx, st, 3)
	if err != nil {
		return err
	}
	if len(top) > 0 {
		fmt.Fprintln(w, "Top dyads by canonical events (both directions):")
		for _, d := range top {
			fmt.Fprintf(w, "  %-16s %3d   /dyads/%s/%s\n", d.A+" – "+d.B, d.Events, d.A, d.B)
		}
	}

	// One question a dyad answers: South Korea and Japan when the corpus
	// has them meeting, else the top dyad.
	today := time.Now().UTC()
	pairs := [][2]string{{"KOR", "JPN"}}
	for _, d := range top {
		pairs = append(pairs, [2]string{d.A, d.B})
	}
	for _, p := range pairs {
		f := dyad.EventFilter{A: p[0], B: p[1], Root: "04"}
		last, err := st.Last(ctx, f, today)
		if dyad.ErrorCode(err) == dyad.ENotFound {
			continue
		}
		if err != nil {
			return err
		}
		name := ""
		if cb, err := codebook.Default(); err == nil {
			if c, ok := cb.Code(last.CAMEO); ok {
				name = " " + strings.ToLower(c.Name)
			}
		}
		fmt.Fprintf(w, "When did %s and %s last meet (CAMEO root 04)? On %s: %s → %s, %s%s, in %q",
			p[0], p[1], last.Date, last.Source, last.Target, last.CAMEO, name, last.ArticleID)
		if t, err := time.Parse(dyad.DateLayout, demoFirstDay(last.Date)); err == nil {
			prev, err := st.Last(ctx, f, t)
			switch {
			case err == nil:
				fmt.Fprintf(w, "; the meeting before was on %s", prev.Date)
			case dyad.ErrorCode(err) != dyad.ENotFound:
				return err
			}
		}
		fmt.Fprintf(w, ".\n  See /dyads/%s/%s\n", p[0], p[1])
		break
	}
	return nil
}

// demoFirstDay returns the first day of an event date ("2019-12" ->
// "2019-12-01").
func demoFirstDay(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// allEvents returns every stored event (one per canonical event when
// canonical), paging through the store.
func allEvents(ctx context.Context, st dyad.Store, canonical bool) ([]dyad.StoredEvent, error) {
	const page = 10000
	var all []dyad.StoredEvent
	for off := 0; ; off += page {
		evs, err := st.Events(ctx, dyad.EventFilter{Limit: page, Offset: off, Canonical: canonical})
		if err != nil {
			return nil, err
		}
		all = append(all, evs...)
		if len(evs) < page {
			return all, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
}

// demoTopDyads returns the n dyads of two different known countries
// with the most canonical events, in both directions (the store's
// TopDyads by country; pairs within one country, or with an unknown
// country "---" or none, are left out), ties in alphabetical order.
func demoTopDyads(ctx context.Context, st dyad.Store, n int) ([]dyad.DyadCount, error) {
	const page = 100
	var out []dyad.DyadCount
	for off := 0; len(out) < n; off += page {
		ds, err := st.TopDyads(ctx, dyad.DyadQuery{Filter: dyad.EventFilter{Canonical: true}, Countries: true, Limit: page, Offset: off})
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			if len(d.A) == 3 && len(d.B) == 3 && d.A != d.B && d.A != "---" && d.B != "---" && len(out) < n {
				out = append(out, d)
			}
		}
		if len(ds) < page {
			break
		}
	}
	return out, nil
}
