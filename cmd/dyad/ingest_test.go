package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
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
