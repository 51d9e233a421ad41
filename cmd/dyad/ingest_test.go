package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/store/sqlite"
)

// TestIngestFeedURL ingests a feed served over HTTP (one item with full
// content, one summary whose page is fetched with --fetch-items), an HTML
// file from a folder and a refused file:// URL; a second run adds nothing.
func TestIngestFeedURL(t *testing.T) {
	page, err := os.ReadFile("../../ingest/testdata/html/wire.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("GET /feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Fixture Wire</title>
<item><guid>k1</guid><title>Envoy recalled</title><pubDate>Thu, 03 Nov 2022 14:05:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Kenya recalled its ambassador to Uganda on Thursday after a border clash, the foreign ministry said.</p>]]></content:encoded></item>
<item><guid>c1</guid><title>Fisheries</title><link>` + srv.URL + `/story</link><description>Ministers met.</description></item>
</channel></rss>`))
	})
	mux.HandleFunc("GET /story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()

	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	meta, err := os.ReadFile("../../ingest/testdata/html/meta.html")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, in, "kenya.html", string(meta))

	args := []string{"ingest", "--db", db, "--fetch-items", "--workers", "2", srv.URL + "/feed", in, "file:///etc/passwd"}
	code, out, errs := runDyad(t, "", args...)
	if code != 1 || !strings.Contains(out, "4 articles read, 3 new, 0 skipped, 1 failed") ||
		!strings.Contains(errs, "file:///etc/passwd") || !strings.Contains(errs, "only http and https") {
		t.Fatalf("first ingest: exit %d (want 1, for the file: URL)\nstdout: %s\nstderr: %s", code, out, errs)
	}
	code, out, errs = runDyad(t, "", args...)
	if code != 1 || !strings.Contains(out, "4 articles read, 0 new, 3 skipped, 1 failed") {
		t.Fatalf("second ingest: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	code, out, errs = runDyad(t, "", "query", "events", "--db", db, "--format", "jsonl")
	if code != 0 || !strings.Contains(out, `"article_id":"c1"`) || !strings.Contains(out, `"article_id":"k1"`) {
		t.Errorf("query events: exit %d\n%s%s", code, out, errs)
	}
}

// TestIngestFileIDs: files of a folder are named by their paths relative
// to it, with their extensions, so story.txt and story.html side by side
// (and sub/story.txt) are three articles, and a second run changes
// nothing; a file named directly is named by its base name.
func TestIngestFileIDs(t *testing.T) {
	page, err := os.ReadFile("../../ingest/testdata/html/legacy.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	in := filepath.Join(dir, "news")
	if err := os.MkdirAll(filepath.Join(in, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"story.txt":     "Kenya recalled its ambassador to Uganda on Thursday.",
		"sub/story.txt": "Japan and South Korea held talks in Tokyo on Monday.",
	}
	for name, text := range texts {
		writeFile(t, in, name, text)
	}
	writeFile(t, in, "story.html", string(page))
	single := filepath.Join(dir, "single.txt")
	writeFile(t, dir, "single.txt", "France protested to Iran on Friday.")
	texts["single.txt"] = "France protested to Iran on Friday."
	for run, want := range []string{"4 articles read, 4 new, 0 skipped", "4 articles read, 0 new, 4 skipped"} {
		code, out, errs := runDyad(t, "", "ingest", "--db", db, in, single)
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("ingest run %d: exit %d, want %q\nstdout: %s\nstderr: %s", run+1, code, want, out, errs)
		}
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	for id, want := range texts {
		if got, err := st.ArticleText(ctx, id); err != nil || got != want {
			t.Errorf("ArticleText(%q) = %q, %v; want %q", id, got, err, want)
		}
	}
	if got, err := st.ArticleText(ctx, "story.html"); err != nil || !strings.Contains(got, " ") {
		t.Errorf("ArticleText(story.html) = %q, %v; want the page's article", got, err)
	}
	if _, err := st.ArticleText(ctx, "story"); dyad.ErrorCode(err) != dyad.ENotFound {
		t.Errorf("ArticleText(story) error %v; want ENotFound (no extension-less id)", err)
	}
}

// refusing is a store that refuses articles whose id starts with "bad",
// alone or in a batch.
type refusing struct {
	*sqlite.Store
	batches int
}

func (s *refusing) SaveArticle(ctx context.Context, a *dyad.Article, r *dyad.Record) (bool, error) {
	if strings.HasPrefix(a.ID, "bad") {
		return false, errors.New("refused")
	}
	return s.Store.SaveArticle(ctx, a, r)
}

func (s *refusing) SaveArticles(ctx context.Context, as []*dyad.Article, rs []*dyad.Record) ([]bool, error) {
	s.batches++
	for _, a := range as {
		if strings.HasPrefix(a.ID, "bad") {
			return nil, errors.New("refused")
		}
	}
	return s.Store.SaveArticles(ctx, as, rs)
}

// TestIngestBatches: coded articles are stored in batches; a batch the
// store refuses is stored one article at a time, so only the bad article
// fails; reports of one event in one batch are merged.
func TestIngestBatches(t *testing.T) {
	dir := t.TempDir()
	sq, err := sqlite.Open(filepath.Join(dir, "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	st := &refusing{Store: sq}
	var lines []string
	for i := range 2 * saveBatch {
		id := fmt.Sprintf("a%03d", i)
		if i == 5 {
			id = "bad"
		}
		lines = append(lines, fmt.Sprintf(`{"id":%q,"date":"2023-05-03","text":"Peru and Chile signed a trade agreement in Lima on Tuesday (%d)."}`, id, i))
	}
	lines = append(lines, lines[10]) // the same content again
	in := writeFile(t, dir, "a.jsonl", strings.Join(lines, "\n")+"\n")
	coder, err := newPipeline(pipelineConfig{NoParse: true})
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	err = ingestFiles(context.Background(), &env{stdout: &out, stderr: &errs}, coder, st, []string{in}, ingest.Options{}, 2, 0)
	want := fmt.Sprintf("%d articles read, %d new, 1 skipped, 1 failed", 2*saveBatch+1, 2*saveBatch-1)
	if err == nil || !strings.Contains(out.String(), want) || !strings.Contains(errs.String(), "refused") {
		t.Fatalf("ingest: %v; want %q and the refusal\nstdout: %s\nstderr: %s", err, want, out.String(), errs.String())
	}
	if st.batches == 0 {
		t.Error("no batch saved")
	}
	evs, err := sq.Events(context.Background(), dyad.EventFilter{A: "PER", B: "CHL", Canonical: true, Limit: 100})
	if err != nil || len(evs) == 0 || len(evs) > 2 || evs[0].Sources != 2*saveBatch-1 {
		t.Errorf("canonical events: %d, %v; want one per direction with %d sources: %+v", len(evs), err, 2*saveBatch-1, evs)
	}
}
