package ingest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// FuzzReader reads arbitrary bytes as JSON Lines, as text and with format
// detection: it must end, and every article must have valid, non-blank
// UTF-8 text and every error must be a *dyad.Error.
func FuzzReader(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("{\"id\":\"x\",\"text\":\"\\ud800 caf\xe9\"}\n{}\n\n{\"text\":\"y\",\"date\":\"2022-01-01T00:00:00Z\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{FormatAuto, FormatText, FormatJSONL} {
			r := NewReader("fuzz", bytes.NewReader(data), Options{Format: format})
			for i := 0; ; i++ {
				if i > len(data)+2 {
					t.Fatalf("%v: Next did not end after %d calls", format, i)
				}
				a, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					var de *dyad.Error
					if !errors.As(err, &de) || de.Origin == "" {
						t.Fatalf("%v: error %v is not a *dyad.Error with an origin", format, err)
					}
					continue
				}
				if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
					t.Fatalf("%v: article %q text %q invalid or blank", format, a.ID, a.Text)
				}
				if a.ID == "" || a.Origin == "" {
					t.Fatalf("%v: article without id or origin: %+v", format, a)
				}
			}
		}
	})
}

// checkArticles reads r to the end: it must end, every article must have
// an id, an origin and valid, non-blank UTF-8 text, every error must be a
// *dyad.Error with an origin. A panic of a parser library, caught and
// reported as an error, is logged.
func checkArticles(t *testing.T, r *Reader, limit int) {
	t.Helper()
	for i := 0; ; i++ {
		if i > limit {
			t.Fatalf("Next did not end after %d calls", i)
		}
		a, err := r.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			var de *dyad.Error
			if !errors.As(err, &de) || de.Origin == "" {
				t.Fatalf("error %v is not a *dyad.Error with an origin", err)
			}
			if errors.Is(err, errLibraryPanic) {
				t.Logf("library panic caught: %v", err)
			}
			continue
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("article %q text %q invalid or blank", a.ID, a.Text)
		}
		if a.ID == "" || a.Origin == "" || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Outlet) {
			t.Fatalf("article without id or origin, or with bad title or outlet: %+v", a)
		}
	}
}

// FuzzFeed reads arbitrary bytes as a feed.
func FuzzFeed(f *testing.F) {
	files, _ := filepath.Glob("testdata/feeds/*")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`<rss><channel><title>T</title><item><guid>1</guid><description>&lt;p&gt;x&lt;/p&gt;</description><pubDate>Mon, 02 Jan 2006 15:04:05 -0700</pubDate></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","title":"J","items":[{"id":"1","content_html":"<p>a</p>"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		checkArticles(t, NewReader("fuzz.rss", bytes.NewReader(data), Options{Format: FormatFeed}), len(data)+2)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%d bytes took %v", len(data), d)
		}
	})
}

// FuzzHTML reads arbitrary bytes as an HTML page, and extracts them with
// ExtractHTML directly: the page's fields must be valid UTF-8.
func FuzzHTML(f *testing.F) {
	files, _ := filepath.Glob("testdata/html/*.html")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`<html><head><script type="application/ld+json">[{"@graph":[{"datePublished":"2020-01-02","publisher":[{"name":"P"}]}]}]</script></head><body><article><time datetime="2020-01-02">x</time><p>Text.</p></article></body></html>`))
	f.Add([]byte("<meta charset=\"iso-8859-1\"><title>caf\xe9 | Site</title><p>caf\xe9 au lait</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		checkArticles(t, NewReader("fuzz.html", bytes.NewReader(data), Options{Format: FormatHTML}), 2)
		p, err := ExtractHTML(data, "", "https://x.example/2021/09/14/story")
		if err == nil && (p.Text == "" || !utf8.ValidString(p.Text) || !utf8.ValidString(p.Title) || !utf8.ValidString(p.Outlet)) {
			t.Fatalf("page with bad fields: %+v", p)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%d bytes took %v", len(data), d)
		}
	})
}
