package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// fixture is one page of testdata/html with what should come out of it.
type fixture struct {
	name, url string
	html      []byte
	text      string // the article text, one paragraph a line
	want      map[string]string
}

// fixtureURLs are the URLs the pages are served from in the tests; only
// urldate's carries the date.
var fixtureURLs = map[string]string{
	"urldate": "https://andesdaily.example/2021/09/14/peru-bolivia-water-accord/",
}

func loadFixtures(t testing.TB) []fixture {
	files, err := filepath.Glob("testdata/html/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var out []fixture
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		page, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		wantRaw, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".want")
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{}
		for _, l := range strings.Split(string(wantRaw), "\n") {
			if k, v, ok := strings.Cut(l, "\t"); ok {
				want[k] = v
			}
		}
		u := fixtureURLs[name]
		if u == "" {
			u = "https://news.example/story/" + name
		}
		out = append(out, fixture{name: name, url: u, html: page, text: string(text), want: want})
	}
	return out
}

// wordOverlap returns the precision and recall of the words of got
// against those of want (multisets, lower case).
func wordOverlap(got, want string) (p, r float64) {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			m[w]++
		}
		return m
	}
	g, w := count(got), count(want)
	inter, ng, nw := 0, 0, 0
	for k, c := range g {
		ng += c
		inter += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if ng == 0 || nw == 0 {
		return 0, 0
	}
	return float64(inter) / float64(ng), float64(inter) / float64(nw)
}

func TestExtractHTMLFixtures(t *testing.T) {
	for _, f := range loadFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			p, err := ExtractHTML(f.html, "text/html; charset=utf-8", f.url)
			if err != nil {
				t.Fatal(err)
			}
			prec, rec := wordOverlap(p.Text, f.text)
			var noise []string
			for _, n := range strings.Split(f.want["noise"], "|") {
				if n != "" && strings.Contains(p.Text, n) {
					noise = append(noise, n)
				}
			}
			t.Logf("precision %.2f recall %.2f noise %q date %s (%s)", prec, rec, noise, p.Published.Format(time.DateOnly), p.DateSource)
			if rec < 0.98 || prec < 0.85 {
				t.Errorf("words: precision %.2f recall %.2f; text:\n%s", prec, rec, p.Text)
			}
			// Every paragraph comes out whole, as a paragraph of its own.
			paras := map[string]bool{}
			for _, para := range strings.Split(p.Text, "\n\n") {
				paras[para] = true
			}
			for _, want := range strings.Split(strings.TrimSpace(f.text), "\n") {
				if !paras[want] {
					t.Errorf("paragraph missing or not on its own: %q", want)
				}
			}
			if got := p.Published.Format(time.DateOnly); p.Published.IsZero() && f.want["date"] != "" || !p.Published.IsZero() && got != f.want["date"] {
				t.Errorf("date %s (%s), want %s", got, p.DateSource, f.want["date"])
			}
			if p.Title != f.want["title"] {
				t.Errorf("title %q, want %q", p.Title, f.want["title"])
			}
			if p.Outlet != f.want["outlet"] {
				t.Errorf("outlet %q, want %q", p.Outlet, f.want["outlet"])
			}
		})
	}
}
