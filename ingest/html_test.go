package ingest

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
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
			p, err := ExtractHTML(f.html, "text/html", f.url) // the charset from the page
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

func TestExtractHTMLErrors(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"empty", "", "no article text"},
		{"no body text", "<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav></body></html>", "no article text"},
		{"huge", "<html><body>" + strings.Repeat("<b>x</b>", maxHTMLElements+1) + "</body></html>", "more than"},
	}
	for _, tt := range tests {
		_, err := ExtractHTML([]byte(tt.page), "", "")
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "html: ") {
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}

func TestPageDate(t *testing.T) {
	body := "<p>" + strings.Repeat("The ministers met and talked about the border for a long time. ", 12) + "</p>"
	tests := []struct{ name, head, body, url, want, source string }{
		{"json-ld array", `<script type="application/ld+json">[{"@type":"Organization","name":"X"},{"@type":"NewsArticle","datePublished":"2020-01-02T23:30:00-05:00"}]</script>`, "", "", "2020-01-02", "json-ld"},
		{"json-ld wins over meta", `<script type="application/ld+json">{"datePublished":"2020-01-02"}</script><meta property="article:published_time" content="2021-01-01">`, "", "", "2020-01-02", "json-ld"},
		{"bad json-ld, meta", `<script type="application/ld+json">{"datePublished":</script><meta property="article:published_time" content="2021-01-01T10:00:00Z">`, "", "", "2021-01-01", "meta"},
		{"time in article over time in header", "", `<header><time datetime="2024-05-05">today</time></header><article><time datetime="2019-07-08T09:00:00+02:00">8 July</time>` + body + `</article>`, "", "2019-07-08", "time"},
		{"url", "", "", "https://x.example/news/2018/04/03/talks.html", "2018-04-03", "url"},
		{"none", "", "", "https://x.example/news/talks", "0001-01-01", ""},
	}
	for _, tt := range tests {
		page := "<html><head>" + tt.head + "</head><body>" + tt.body + body + "</body></html>"
		p, err := ExtractHTML([]byte(page), "text/html", tt.url)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := p.Published.Format(time.DateOnly); got != tt.want || p.DateSource != tt.source {
			t.Errorf("%s: date %s from %q, want %s from %q", tt.name, got, p.DateSource, tt.want, tt.source)
		}
	}
}

func TestTitleSplits(t *testing.T) {
	if got := titleWithout("Talks resume | Daily Planet", "Daily Planet"); got != "Talks resume" {
		t.Errorf("titleWithout suffix: %q", got)
	}
	if got := titleWithout("Daily Planet - Talks resume - Live", "Daily Planet"); got != "Talks resume - Live" {
		t.Errorf("titleWithout prefix: %q", got)
	}
	if got := titleWithout("Talks resume", "Daily Planet"); got != "" {
		t.Errorf("titleWithout without the outlet: %q", got)
	}
	if got := siteOfTitle("Daily Planet :: Talks resume", "Talks resume"); got != "Daily Planet" {
		t.Errorf("siteOfTitle: %q", got)
	}
	if got := siteOfTitle("Talks resume", "Talks resume"); got != "" {
		t.Errorf("siteOfTitle without separator: %q", got)
	}
}

// BenchmarkExtractHTML extracts each fixture page in turn.
func BenchmarkExtractHTML(b *testing.B) {
	fs := loadFixtures(b)
	size := 0
	for _, f := range fs {
		size += len(f.html)
	}
	b.SetBytes(int64(size / len(fs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := fs[i%len(fs)]
		if _, err := ExtractHTML(f.html, "text/html", f.url); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFeed reads a feed of 50 items.
func BenchmarkFeed(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>`)
	for i := range 50 {
		sb.WriteString("<item><guid>g" + strconv.Itoa(i) + "</guid><title>Talks</title><pubDate>Tue, 16 May 2023 09:30:00 +0200</pubDate><description>&lt;p&gt;" +
			strings.Repeat("The ministers met in the capital and agreed to talk again. ", 8) + "&lt;/p&gt;</description></item>")
	}
	sb.WriteString("</channel></rss>")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		r := NewReader("bench.rss", bytes.NewReader(data), Options{})
		n := 0
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 50 {
			b.Fatalf("%d items", n)
		}
	}
}
