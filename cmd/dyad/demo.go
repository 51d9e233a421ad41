package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"runtime"
	"sort"
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
	texts, err := demoTexts(sample)
	if err != nil {
		return err
	}
	if err := demoSummary(ctx, e.stdout, st, texts); err != nil {
		return err
	}
	if *noServe {
		return nil
	}
	logger := slog.New(slog.NewTextHandler(e.stderr, nil))
	h, err := siteHandler(httpapi.New(httpapi.Options{Store: st, Logger: logger}),
		web.Options{Store: st, Logger: logger, Text: demoTextFunc(st, texts)})
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

// demoArticle is an article of the sample corpus as ingest reads it: its
// text is the one the record's offsets point into.
type demoArticle struct {
	text string
	hash dyad.ContentHash
}

// demoTexts reads the articles of the sample corpus by id.
func demoTexts(sample []byte) (map[string]demoArticle, error) {
	r := ingest.NewReader(demoCorpusName, bytes.NewReader(sample), ingest.Options{Format: ingest.FormatJSONL})
	out := map[string]demoArticle{}
	for {
		a, err := r.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out[a.ID] = demoArticle{text: a.Text, hash: dyad.HashContent(a)}
	}
}

// demoTextFunc gives the pages the article texts: the store's own when it
// returns texts (web.TextStore), else those of the sample corpus.
func demoTextFunc(st dyad.Store, texts map[string]demoArticle) web.TextFunc {
	ts, _ := st.(web.TextStore)
	return func(ctx context.Context, id string) (string, error) {
		if ts != nil {
			return ts.ArticleText(ctx, id)
		}
		if a, ok := texts[id]; ok {
			return a.text, nil
		}
		return "", &dyad.Error{Code: dyad.ENotFound, Op: "demo.text", Article: id}
	}
}

// demoSummary prints how much of the corpus is stored, the number of
// events and canonical events, the top three dyads and one "last meeting"
// answer.
func demoSummary(ctx context.Context, w io.Writer, st dyad.Store, texts map[string]demoArticle) error {
	stored := 0
	for _, a := range texts {
		has, err := st.HasArticle(ctx, a.hash)
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
		stored, len(texts), len(all), len(canon))

	top := topDyads(canon, 3)
	if len(top) > 0 {
		fmt.Fprintln(w, "Top dyads by canonical events (both directions):")
		for _, d := range top {
			fmt.Fprintf(w, "  %-16s %3d   /dyads/%s/%s\n", d.a+" – "+d.b, d.n, d.a, d.b)
		}
	}

	// One question a dyad answers: South Korea and Japan when the corpus
	// has them meeting, else the top dyad.
	today := time.Now().UTC()
	pairs := [][2]string{{"KOR", "JPN"}}
	for _, d := range top {
		pairs = append(pairs, [2]string{d.a, d.b})
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

// dyadCount is a pair of actor countries and its number of events.
type dyadCount struct {
	a, b string
	n    int
}

// topDyads counts events by unordered pair of actor countries (events
// within one country are left out) and returns the n largest, ties in
// alphabetical order.
func topDyads(evs []dyad.StoredEvent, n int) []dyadCount {
	counts := map[[2]string]int{}
	for _, ev := range evs {
		a, b := dyad.ActorCountry(ev.Source), dyad.ActorCountry(ev.Target)
		if a == "" || b == "" || a == b || a == "---" || b == "---" {
			continue
		}
		if b < a {
			a, b = b, a
		}
		counts[[2]string{a, b}]++
	}
	out := make([]dyadCount, 0, len(counts))
	for k, c := range counts {
		out = append(out, dyadCount{k[0], k[1], c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
