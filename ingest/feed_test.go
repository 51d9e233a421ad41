package ingest

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// readAllArticles reads r to the end, returning the articles and the
// errors in order.
func readAllArticles(t *testing.T, r *Reader) ([]*dyad.Article, []error) {
	t.Helper()
	var arts []*dyad.Article
	var errs []error
	for i := 0; ; i++ {
		if i > 1000 {
			t.Fatal("Next does not end")
		}
		a, err := r.Next()
		if err == io.EOF {
			return arts, errs
		}
		if err != nil {
			var de *dyad.Error
			if !errors.As(err, &de) || de.Origin == "" {
				t.Errorf("error %v is not a *dyad.Error with an origin", err)
			}
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
}

func TestFeedRSS(t *testing.T) {
	r, c, err := Open("testdata/feeds/world.rss", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	arts, errs := readAllArticles(t, r)
	if r.Format() != FormatFeed {
		t.Errorf("format %v, want feed", r.Format())
	}
	want := []struct {
		id, title, date, url, text string
	}{
		{"hw-2023-0516-001", "Chile and Norway agree to expand fisheries talks", "2023-05-16", "https://harbourwire.example/world/chile-norway-fisheries",
			"OSLO — The foreign ministers of Chile and Norway agreed on Tuesday to widen talks on fishing quotas.\n\nChilean Foreign Minister Marta Quiroga said her government would send a delegation to Bergen in June."},
		{"https://harbourwire.example/world/kenya-uganda-envoy", "Kenya recalls envoy from Uganda", "2022-11-03", "https://harbourwire.example/world/kenya-uganda-envoy",
			"Kenya recalled its high commissioner from Kampala on Thursday after a border clash."},
		{"world.rss:4", "Oman hosts Yemen talks", "2020-06-22", "",
			"Oman hosted representatives of two rival Yemeni factions in Muscat on Sunday."},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d (errors %v)", len(arts), len(want), errs)
	}
	for i, w := range want {
		a := arts[i]
		if a.ID != w.id || a.Title != w.title || a.URL != w.url || a.Text != w.text || a.Outlet != "Harbour Wire - World" {
			t.Errorf("item %d: got id %q title %q url %q outlet %q text %q", i, a.ID, a.Title, a.URL, a.Outlet, a.Text)
		}
		if got := a.Published.Format(time.DateOnly); got != w.date {
			t.Errorf("item %d: date %s, want %s", i, got, w.date)
		}
	}
	// The gallery item has no text: reported with its place, then skipped.
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "world.rss#3") || !strings.Contains(errs[0].Error(), "no text") {
		t.Errorf("errors %v, want one for item 3 without text", errs)
	}
}

func TestFeedAtom(t *testing.T) {
	r, c, err := Open("testdata/feeds/asia.atom", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	arts, errs := readAllArticles(t, r)
	if len(arts) != 1 || len(errs) != 0 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "tag:monsoonreview.example,2024-02-08:coastguard" || a.Title != "Vietnam & the Philippines hold coast guard talks" || a.Outlet != "Monsoon Review" {
		t.Errorf("got id %q title %q outlet %q", a.ID, a.Title, a.Outlet)
	}
	if a.Published.Format(time.RFC3339) != "2024-02-08T07:15:00+07:00" {
		t.Errorf("published %v, want the entry's published time in its zone", a.Published)
	}
	if a.Text != "Senior coast guard officers from Vietnam and the Philippines met in Hanoi on Wednesday.\n\nNeither side gave a date for the drills." {
		t.Errorf("text %q", a.Text)
	}
}

func TestFeedDetection(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"x", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`, FormatFeed},
		{"x", "\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>", FormatFeed},
		{"x", "<!DOCTYPE html><html><body><p>Hello there, a page.</p></body></html>", FormatHTML},
		{"page.htm", "<p>only a fragment, but named .htm</p>", FormatHTML},
		{"x", "<b>bold</b> is not a page", FormatText},
		{"x", "{\"text\": \"a\"}", FormatJSONL},
	}
	for _, tt := range tests {
		r := NewReader(tt.name, strings.NewReader(tt.data), Options{})
		r.Next()
		if r.Format() != tt.want {
			t.Errorf("%s %q: format %v, want %v", tt.name, tt.data, r.Format(), tt.want)
		}
	}
}

func TestFeedBad(t *testing.T) {
	r := NewReader("bad.rss", strings.NewReader("<rss><channel><item><title>x</ti"), Options{})
	arts, errs := readAllArticles(t, r)
	if len(arts) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "bad.rss") {
		t.Errorf("got %d articles, errors %v; want one error naming the file", len(arts), errs)
	}
	// An empty feed is not an error: it has no articles.
	r = NewReader("empty.rss", strings.NewReader(`<rss version="2.0"><channel><title>T</title></channel></rss>`), Options{})
	arts, errs = readAllArticles(t, r)
	if len(arts) != 0 || len(errs) != 0 {
		t.Errorf("empty feed: got %d articles, errors %v", len(arts), errs)
	}
}

func TestFragmentText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text &amp; an entity", "plain text & an entity"},
		{"<p>one</p><p>two <b>bold</b></p>", "one\n\ntwo bold"},
		{"line<br>break<br/>again", "line\n\nbreak\n\nagain"},
		{"<script>x()</script><style>p{}</style>kept", "kept"},
		{"  spaced\u00a0 out  ", "spaced out"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := fragmentText(tt.in); got != tt.want {
			t.Errorf("fragmentText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://x.example/2021/09/14/story/", "2021-09-14"},
		{"https://x.example/news/2021-9-4-story", "2021-09-04"},
		{"https://x.example/2021/13/40/", ""},
		{"https://x.example/2021/09-14/", ""},
		{"https://x.example/story-12345", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := urlDate(tt.in)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}
