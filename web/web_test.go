package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// get fetches a page and returns its status, headers and body.
func get(t *testing.T, url string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

func TestPages(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, true)
	cases := []struct {
		path   string
		status int
		want   []string // substrings of the body
		absent []string
	}{
		{"/", 200, []string{`<table class="events" id="results">`, "KORGOV", `href="/articles/seed#t-`, `<option value="04">04 consult</option>`}, nil},
		{"/?a=KOR&b=JPN&root=04", 200, []string{"044", `href="/dyads/KOR/JPN"`}, []string{"s14-dprk"}},
		{"/?a=kor&modality=asserted&canonical=1", 200, []string{`value="KOR"`, "asserted", "checked"}, nil},
		{"/?a=KOR&plover=CONSULT&from=2022-09-01&to=2022-09-30", 200, []string{"CONSULT", "2022-09-"}, nil},
		{"/?from=21/09/2022", 400, []string{`id="form-error"`, "from: &#34;21/09/2022&#34; is not a date"}, []string{`id="results"`}},
		{"/?a=KOR&b=<script>", 400, []string{"&lt;SCRIPT&gt;"}, []string{"<SCRIPT>"}},
		{"/?root=99", 400, []string{"root"}, nil},
		{"/?to=2020-01-01&from=2021-01-01", 400, []string{"before from"}, nil},
		{"/?offset=-1", 400, []string{"offset"}, nil},
		{"/?a=ZZZ", 200, []string{"No events match."}, nil},
		// The seed's last meeting before 2022-09-21 is the foreign
		// ministers' of 2022-09-19; the leaders' of 2022-09-21 is the last
		// before today.
		{"/dyads/KOR/JPN?before=2022-09-21", 200, []string{"Last meeting before 2022-09-21", "<strong>2022-09-19</strong>", "The first meeting in 2 years 9 months, since 2019-12.", `id="timeline-data"`, `id="evidence"`, `<mark class="trig">`}, nil},
		{"/dyads/KOR/JPN", 200, []string{"Last meeting before 2026-01-01", "<strong>2022-09-21</strong>", "The meeting before was on 2022-09-19, 2 days earlier.", "2022-09"}, []string{"The first meeting in"}},
		{"/dyads/KOR/JPN?period=week", 200, []string{"2022-W38"}, nil},
		{"/dyads/KOR/JPN?period=decade", 400, []string{"period"}, nil},
		{"/dyads/KOR/JPN?before=yesterday", 400, []string{"before"}, nil},
		{"/dyads/ZZZ/YYY", 200, []string{"No meeting (CAMEO root 04) between ZZZ and YYY", "No events between ZZZ and YYY"}, nil},
		{"/dyads/KOR/J%22PN", 400, []string{"not an actor code"}, nil},
		{"/articles/seed", 200, []string{`id="article-text"`, `class="ent"`, `class="trig"`, `class="quote`, "Yoon Suk-yeol", `id="article-quotes"`, "Yonhap"}, []string{"text of this article is not available"}},
		{"/articles/missing", 404, []string{"Not found"}, nil},
		{"/nowhere", 404, []string{"no page at /nowhere"}, nil},
		{"/static/dyad.js", 200, []string{"uPlot"}, nil},
		{"/static/", 404, []string{"Not found"}, []string{"dyad.js"}},
		{"/static/vendor/", 404, []string{"Not found"}, []string{"uPlot"}},
		{"/static/vendor/uPlot.iife.min.js", 200, []string{"uPlot"}, nil},
	}
	for _, c := range cases {
		status, hd, body := get(t, srv.URL+c.path)
		if status != c.status {
			t.Errorf("GET %s: %d; want %d\n%s", c.path, status, c.status, body)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q in the page", c.path, w)
			}
		}
		for _, w := range c.absent {
			if strings.Contains(body, w) {
				t.Errorf("GET %s: %q in the page", c.path, w)
			}
		}
		if hd.Get("Content-Security-Policy") != ContentSecurityPolicy || hd.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: security headers %v", c.path, hd)
		}
	}
}

// TestNoInlineScript checks that the pages run no inline script: every
// script element either loads a file of ours or is JSON data.
func TestNoInlineScript(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, true)
	script := regexp.MustCompile(`<script[^>]*>`)
	for _, path := range []string{"/", "/dyads/KOR/JPN", "/articles/seed"} {
		_, _, body := get(t, srv.URL+path)
		for _, tag := range script.FindAllString(body, -1) {
			if !strings.Contains(tag, `src="/static/`) && !strings.Contains(tag, `type="application/json"`) {
				t.Errorf("%s: inline script %s", path, tag)
			}
		}
		if strings.Contains(body, " style=") || strings.Contains(body, "<style") || strings.Contains(body, " onclick=") {
			t.Errorf("%s: inline style or handler", path)
		}
	}
}

func TestArticleWithoutText(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, false)
	status, _, body := get(t, srv.URL+"/articles/seed")
	if status != 200 || !strings.Contains(body, "text of this article is not available") || strings.Contains(body, `id="article-text"`) ||
		!strings.Contains(body, "Yoon Suk-yeol") {
		t.Errorf("article without text: %d\n%s", status, body)
	}
	// The evidence falls back on the trigger alone.
	status, _, body = get(t, srv.URL+"/dyads/KOR/JPN")
	if status != 200 || !strings.Contains(body, `<blockquote><mark class="trig">`) {
		t.Errorf("dyad page without texts: %d", status)
	}
}

// TestTextOption: Options.Text, when set, gives the texts instead of the
// store's ArticleText.
func TestTextOption(t *testing.T) {
	f := newFixture(t)
	h, err := New(Options{Store: noTexts{f.store}, Text: f.text, Logger: slog.New(slog.NewTextHandler(testLog{t}, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	status, _, body := get(t, srv.URL+"/articles/seed")
	if status != 200 || !strings.Contains(body, `id="article-text"`) || strings.Contains(body, "text of this article is not available") {
		t.Errorf("article with Options.Text over a store without texts: %d\n%s", status, body)
	}
}

func TestNewNeedsStore(t *testing.T) {
	if _, err := New(Options{}); err == nil {
		t.Error("New without a store: no error")
	}
}

func TestSegments(t *testing.T) {
	text := "Yoon said “Kishida met him” in New York. é"
	// Byte offsets: Yoon 0-4; the quote “…” 10-31 (curly quotes are 3
	// bytes); Kishida 13-20; met 21-24.
	spans := []span{
		{start: 10, end: 31, kind: kindQuote, label: "quote", anchor: "q-0"},
		{start: 0, end: 4, kind: kindEntity, label: "Yoon"},
		{start: 13, end: 20, kind: kindEntity, label: "Kishida"},
		{start: 21, end: 24, kind: kindTrigger, anchor: "t-21"},
		{start: 5, end: 3, kind: kindTrigger},                   // reversed
		{start: 44, end: 45, kind: kindEntity},                  // inside é
		{start: 40, end: 99, kind: kindEntity},                  // past the end
		{start: -1, end: 2, kind: kindEntity},                   // before the start
		{start: 21, end: 24, kind: kindTrigger, anchor: "t-21"}, // the same trigger twice
	}
	segs := segments(text, spans)
	var b strings.Builder
	got := map[string]segment{}
	for _, s := range segs {
		b.WriteString(s.Text)
		got[s.Text] = s
	}
	if b.String() != text {
		t.Fatalf("segments add up to %q", b.String())
	}
	want := map[string]segment{
		"Yoon":    {Text: "Yoon", Classes: "ent", Title: "Yoon"},
		"“":       {Text: "“", Classes: "quote", Title: "quote", ID: "q-0"},
		"Kishida": {Text: "Kishida", Classes: "quote ent", Title: "quote\nKishida"},
		"met":     {Text: "met", Classes: "quote trig", Title: "quote", ID: "t-21"},
		" said ":  {Text: " said "},
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("segment %q: %+v; want %+v", k, got[k], w)
		}
	}
	if segs := segments("", spans); len(segs) != 0 {
		t.Errorf("segments of an empty text: %v", segs)
	}
}

func TestPeriodStartAndGap(t *testing.T) {
	for _, c := range []struct{ period, want string }{
		{"2022-09-21", "2022-09-21"}, {"2022-W38", "2022-09-19"}, {"2021-W01", "2021-01-04"}, {"2020-W53", "2020-12-28"},
		{"2022-09", "2022-09-01"}, {"2022", "2022-01-01"}, {"2022-W99", ""}, {"junk", ""},
	} {
		got, ok := periodStart(c.period)
		if s := got.Format(dyad.DateLayout); ok != (c.want != "") || ok && s != c.want {
			t.Errorf("periodStart(%q) = %s, %v; want %q", c.period, s, ok, c.want)
		}
	}
	if _, months := gap("2019-12", "2022-09-21"); months != 33 {
		t.Errorf("gap from 2019-12 to 2022-09-21: %d months; want 33", months)
	}
	for _, c := range []struct{ a, b, want string }{
		{"2019-12-23", "2022-09-21", "2 years 8 months"}, {"2019-12", "2022-09-21", "2 years 9 months"},
		{"2022-09-01", "2022-09-19", "18 days"}, {"2021-09-21", "2022-09-21", "1 year"}, {"2022-10-01", "2022-09-01", ""},
	} {
		if got, _ := gap(c.a, c.b); got != c.want {
			t.Errorf("gap(%s, %s) = %q; want %q", c.a, c.b, got, c.want)
		}
	}
}

// FuzzSegments checks that any spans over any text cut it into pieces
// that add up to it, without a panic.
func FuzzSegments(f *testing.F) {
	f.Add("Yoon met Kishida in New York.", 0, 4, 5, 8, 9, 16)
	f.Add("é “q” x", 1, 2, 3, 9, -1, 40)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2, s3, e3 int) {
		spans := []span{{start: s1, end: e1, kind: kindEntity}, {start: s2, end: e2, kind: kindTrigger, anchor: "t"},
			{start: s3, end: e3, kind: kindQuote, label: "q", anchor: "q"}}
		var b strings.Builder
		for _, seg := range segments(text, spans) {
			if seg.Text == "" {
				t.Fatalf("empty segment in %q", text)
			}
			b.WriteString(seg.Text)
		}
		if b.String() != text {
			t.Fatalf("segments of %q add up to %q", text, b.String())
		}
	})
}
