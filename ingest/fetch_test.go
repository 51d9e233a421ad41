package ingest

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// newSite serves the fixtures: /feed.xml (an RSS feed of summaries whose
// links point to /page/NAME, the pages of testdata/html), /page/NAME,
// and the bad cases. It records the User-Agents it saw.
func newSite(t *testing.T) (*httptest.Server, *[]string) {
	t.Helper()
	var mu sync.Mutex
	var agents []string
	release := make(chan struct{})
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture News</title>` +
			`<item><title>Fisheries</title><link>` + srv.URL + `/page/wire</link><description>Ministers met in Oslo.</description></item>` +
			`<item><title>Broken</title><link>` + srv.URL + `/status/500</link><description>A summary.</description></item>` +
			`<item><title>Envoy</title><link>` + srv.URL + `/page/meta</link><description>Kenya recalls envoy.</description></item>` +
			`</channel></rss>`
		w.Write([]byte(feed))
	})
	mux.HandleFunc("GET /page/{name}", func(w http.ResponseWriter, r *http.Request) {
		data, err := os.ReadFile("testdata/html/" + r.PathValue("name") + ".html")
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(data)
	})
	mux.HandleFunc("GET /status/{code}", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no", map[string]int{"404": 404, "500": 500}[r.PathValue("code")])
	})
	mux.HandleFunc("GET /to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("GET /loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("GET /to-page", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page/time", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		body := bytes.Repeat([]byte("All work and no play. "), 1000)
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", strconv.Itoa(len(body))) // refused before reading
		w.Write(body)
	})
	mux.HandleFunc("GET /big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 100 {
			w.Write(bytes.Repeat([]byte("All work and no play. "), 100))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("GET /articles", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Write([]byte(`{"id":"a1","text":"One."}` + "\n" + `{"id":"a2","text":"Two."}` + "\n"))
	})
	mux.HandleFunc("GET /note", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("A plain note about a meeting."))
	})
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	return srv, &agents
}

func TestOpenURLFeed(t *testing.T) {
	srv, agents := newSite(t)
	// Without --fetch-items the summaries are the text.
	r, _, err := Open(srv.URL+"/feed.xml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := readAllArticles(t, r)
	if len(arts) != 3 || len(errs) != 0 || arts[0].Text != "Ministers met in Oslo." || arts[0].Outlet != "Fixture News" {
		t.Fatalf("got %d articles (first %+v), errors %v", len(arts), arts, errs)
	}
	// With FetchItems each summary is replaced by its page; the item whose
	// page fails is reported and skipped, the others go on.
	r, _, err = Open(srv.URL+"/feed.xml", Options{FetchItems: true})
	if err != nil {
		t.Fatal(err)
	}
	arts, errs = readAllArticles(t, r)
	if len(arts) != 2 || len(errs) != 1 {
		t.Fatalf("got %d articles, errors %v; want 2 and 1", len(arts), errs)
	}
	if !strings.Contains(errs[0].Error(), srv.URL+"/status/500") || !strings.Contains(errs[0].Error(), "500") {
		t.Errorf("error %q does not name the item's URL and status", errs[0])
	}
	if !strings.HasPrefix(arts[0].Text, "OSLO (Harbour Wire)") || arts[0].Title != "Fisheries" ||
		arts[0].Published.Format(time.DateOnly) != "2023-05-16" {
		t.Errorf("fetched item: title %q date %v text %.60q", arts[0].Title, arts[0].Published, arts[0].Text)
	}
	if !strings.HasPrefix(arts[1].Text, "NAIROBI") || arts[1].Published.Format(time.DateOnly) != "2022-11-03" {
		t.Errorf("fetched item 2: date %v text %.60q", arts[1].Published, arts[1].Text)
	}
	for _, ua := range *agents {
		if !strings.HasPrefix(ua, "dyad") {
			t.Errorf("User-Agent %q does not name dyad", ua)
		}
	}
}

func TestOpenURLKinds(t *testing.T) {
	srv, _ := newSite(t)
	tests := []struct {
		path   string
		format Format
		ids    []string
		text   string // prefix of the first article's text
	}{
		{"/page/wire", FormatHTML, []string{srv.URL + "/page/wire"}, "OSLO (Harbour Wire)"},
		{"/to-page", FormatHTML, []string{srv.URL + "/page/time"}, "Senior coast guard officers"}, // the URL after the redirect
		{"/articles", FormatJSONL, []string{"a1", "a2"}, "One."},
		{"/note", FormatText, []string{srv.URL + "/note"}, "A plain note"},
	}
	for _, tt := range tests {
		r, _, err := Open(srv.URL+tt.path, Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.path, err)
			continue
		}
		arts, errs := readAllArticles(t, r)
		if r.Format() != tt.format || len(errs) != 0 || len(arts) != len(tt.ids) {
			t.Errorf("%s: format %v, %d articles, errors %v", tt.path, r.Format(), len(arts), errs)
			continue
		}
		for i, id := range tt.ids {
			if arts[i].ID != id {
				t.Errorf("%s: id %q, want %q", tt.path, arts[i].ID, id)
			}
		}
		if !strings.HasPrefix(arts[0].Text, tt.text) {
			t.Errorf("%s: text %.60q, want it to start %q", tt.path, arts[0].Text, tt.text)
		}
	}
	// The page's date comes with it.
	r, _, err := Open(srv.URL+"/page/meta", Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := r.Next()
	if err != nil || a.Published.Format(time.DateOnly) != "2022-11-03" || a.Outlet != "The Lakeside Post" {
		t.Errorf("page: %v %+v", err, a)
	}
}

func TestOpenURLRefused(t *testing.T) {
	srv, _ := newSite(t)
	client := NewClient(300 * time.Millisecond)
	tests := []struct {
		url     string
		opts    Options
		message string
	}{
		{"file:///etc/passwd", Options{}, "only http and https"},
		{"ftp://example.org/feed.xml", Options{}, "only http and https"},
		{"http://", Options{}, "without a host"},
		{srv.URL + "/to-file", Options{}, "redirect to a file: URL refused"},
		{srv.URL + "/loop", Options{}, "more than 5 redirects"},
		{srv.URL + "/status/404", Options{}, "404"},
		{srv.URL + "/big", Options{MaxBody: 1000}, "larger than the limit"},
		{srv.URL + "/big-chunked", Options{MaxBody: 1000}, "larger than the limit"},
		{srv.URL + "/slow", Options{Client: client}, "Timeout"},
	}
	for _, tt := range tests {
		start := time.Now()
		_, _, err := Open(tt.url, tt.opts)
		if err == nil {
			t.Errorf("%s: no error", tt.url)
			continue
		}
		if !strings.Contains(err.Error(), tt.url) || !strings.Contains(err.Error(), tt.message) {
			t.Errorf("%s: error %q does not name the URL and say %q", tt.url, err, tt.message)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: took %v", tt.url, d)
		}
	}
	// A cancelled context stops a fetch too.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Open(srv.URL+"/slow", Options{Context: ctx}); err == nil {
		t.Error("cancelled context: no error")
	}
	// The big body is fine under the default limit.
	if _, _, err := Open(srv.URL+"/big", Options{}); err != nil {
		t.Errorf("big body under the default limit: %v", err)
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://x.example/": true, "http://x": true, "file:///etc": true, "git+ssh://h/r": true,
		"testdata/a.txt": false, "-": false, "C:\\x": false, "://x": false, "a b://x": false,
	} {
		if got := IsURL(in); got != want {
			t.Errorf("IsURL(%q) = %v", in, got)
		}
	}
}
