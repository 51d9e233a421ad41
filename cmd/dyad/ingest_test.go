package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
