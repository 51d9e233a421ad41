package web

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actors"
	"github.com/dyadproject/dyad/codebook"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/places"
	"github.com/dyadproject/dyad/quotes"
	"github.com/dyadproject/dyad/store/sqlite"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/times"
)

// testPipeline is the real pipeline of `dyad code`, built once.
var testPipeline = sync.OnceValues(func() (*dyad.Pipeline, error) {
	ta, err := text.New()
	if err != nil {
		return nil, err
	}
	kb, err := actors.Default()
	if err != nil {
		return nil, err
	}
	cb, err := codebook.Default()
	if err != nil {
		return nil, err
	}
	pl, err := places.New()
	if err != nil {
		return nil, err
	}
	return &dyad.Pipeline{Stages: []dyad.Stage{ta, pl, actors.NewResolver(kb), times.New(), quotes.New(), coder.New(cb)}}, nil
})

// sampleIDs are the articles of the sample corpus the tests store beside
// the seed: two more South Korea–Japan stories.
var sampleIDs = map[string]bool{"s05-japan-korea-comfort-women-deal": true, "s14-dprk-missile-over-japan-2022": true}

// fixture is a SQLite store holding the seed article and a few sample
// articles, coded by the real pipeline, with their texts.
type fixture struct {
	store *sqlite.Store
	texts map[string]string
}

func (f *fixture) text(ctx context.Context, id string) (string, error) {
	if t, ok := f.texts[id]; ok {
		return t, nil
	}
	return "", &dyad.Error{Code: dyad.ENotFound, Op: "fixture", Article: id}
}

// newFixture codes the articles into a new store; it skips the test when
// testdata is absent.
func newFixture(t testing.TB) *fixture {
	t.Helper()
	seed, err := os.ReadFile("../testdata/seed/article.txt")
	if err != nil {
		t.Skipf("no seed article: %v", err)
	}
	arts := []*dyad.Article{{ID: "seed", Text: string(seed), Outlet: "Anadolu Agency", Title: "Leaders of South Korea and Japan meet in New York",
		Published: time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC)}}
	corpus, err := os.ReadFile("../testdata/corpus/sample.jsonl")
	if err != nil {
		t.Skipf("no sample corpus: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct{ ID, Date, Title, Outlet, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if sampleIDs[a.ID] {
			d, err := time.Parse(dyad.DateLayout, a.Date)
			if err != nil {
				t.Fatal(err)
			}
			arts = append(arts, &dyad.Article{ID: a.ID, Text: a.Text, Title: a.Title, Outlet: a.Outlet, Published: d})
		}
	}
	pl, err := testPipeline()
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{store: st, texts: map[string]string{}}
	for _, a := range arts {
		doc, err := pl.Code(a)
		if err != nil {
			t.Fatal(err)
		}
		rec := doc.Record()
		if _, err := st.SaveArticle(context.Background(), a, &rec); err != nil {
			t.Fatal(err)
		}
		f.texts[a.ID] = a.Text
	}
	return f
}

// noTexts is a store that knows no article texts.
type noTexts struct{ dyad.Store }

func (noTexts) ArticleText(ctx context.Context, id string) (string, error) {
	return "", &dyad.Error{Code: dyad.ENotFound, Op: "noTexts", Article: id}
}

// server serves the pages over the fixture; today is 2026-01-01. With
// text, the texts come from the store (Options.Text nil); without, from
// a store whose ArticleText knows none.
func (f *fixture) server(t testing.TB, withText bool) *httptest.Server {
	t.Helper()
	opts := Options{Store: f.store, Logger: slog.New(slog.NewTextHandler(testLog{t}, nil)),
		Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }}
	if !withText {
		opts.Store = noTexts{f.store}
	}
	h, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// testLog writes the handler's log lines to the test log.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(string(bytes.TrimSpace(p)))
	return len(p), nil
}
