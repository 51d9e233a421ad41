package ingest

import (
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

// item is one result of Next: an article or an error.
type item struct {
	a   *dyad.Article
	err error
}

// readAll calls Next until io.EOF, failing the test if it does not end.
func readAll(t *testing.T, r *Reader) []item {
	t.Helper()
	var out []item
	for range 1000 {
		a, err := r.Next()
		if err == io.EOF {
			if a, err := r.Next(); err != io.EOF || a != nil {
				t.Fatalf("Next after io.EOF = %v, %v; want nil, io.EOF", a, err)
			}
			return out
		}
		if (a == nil) == (err == nil) {
			t.Fatalf("Next = %v, %v: want exactly one of article and error", a, err)
		}
		out = append(out, item{a, err})
	}
	t.Fatal("Next never returned io.EOF")
	return nil
}

func readFile(t *testing.T, path string, opts Options) []item {
	t.Helper()
	r, c, err := Open(path, opts)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	defer c.Close()
	return readAll(t, r)
}

// want describes an expected item: an article id and origin, or an error
// whose message contains errText.
type want struct {
	id      string
	origin  string
	errText string
}

func check(t *testing.T, got []item, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, g := range got {
			t.Logf("got %+v", g)
		}
		t.Fatalf("got %d items, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		g := got[i]
		if w.errText != "" {
			if g.err == nil {
				t.Errorf("item %d: got article %q, want error %q", i, g.a.ID, w.errText)
				continue
			}
			if !strings.Contains(g.err.Error(), w.errText) {
				t.Errorf("item %d: error %q does not contain %q", i, g.err, w.errText)
			}
			var de *dyad.Error
			if !errors.As(g.err, &de) || de.Code != dyad.EInvalid {
				t.Errorf("item %d: error %v is not a dyad.Error with code invalid", i, g.err)
			} else {
				if w.origin != "" && de.Origin != w.origin {
					t.Errorf("item %d: error origin %q, want %q", i, de.Origin, w.origin)
				}
				if de.Article != w.id {
					t.Errorf("item %d: error article %q, want %q", i, de.Article, w.id)
				}
			}
			continue
		}
		if g.err != nil {
			t.Errorf("item %d: got error %v, want article %q", i, g.err, w.id)
			continue
		}
		if g.a.ID != w.id || g.a.Origin != w.origin {
			t.Errorf("item %d: got id %q origin %q, want %q %q", i, g.a.ID, g.a.Origin, w.id, w.origin)
		}
	}
}

func day(s string) time.Time {
	t, err := time.Parse(dyad.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestJSONL(t *testing.T) {
	def := day("2020-01-01")
	got := readFile(t, "testdata/good.jsonl", Options{Published: def})
	check(t, got, []want{
		{id: "a1", origin: "testdata/good.jsonl:1"},
		{id: "a2", origin: "testdata/good.jsonl:3"},
		{id: "good.jsonl:4", origin: "testdata/good.jsonl:4"},
	})
	a1, a2, a3 := got[0].a, got[1].a, got[2].a
	if a1.Text != "Seoul and Tokyo agreed to talk." || a1.Title != "Talks" || a1.Outlet != "Wire" || a1.URL != "https://example.org/a1" {
		t.Errorf("a1 = %+v", a1)
	}
	if d := a1.Published.Format(dyad.DateLayout); d != "2022-09-21" {
		t.Errorf("a1 published %s, want 2022-09-21", d)
	}
	if !a2.Published.Equal(time.Date(2022, 9, 21, 23, 30, 0, 0, time.UTC)) || a2.Published.Format(dyad.DateLayout) != "2022-09-22" {
		t.Errorf("a2 published %v, want 2022-09-22T08:30+09:00", a2.Published)
	}
	if !a3.Published.Equal(def) {
		t.Errorf("a3 published %v, want the default %v", a3.Published, def)
	}
	for _, it := range got {
		if len(it.a.Warnings) != 0 {
			t.Errorf("%s: unexpected warnings %q", it.a.ID, it.a.Warnings)
		}
	}
}

func TestJSONLBadLines(t *testing.T) {
	got := readFile(t, "testdata/bad.jsonl", Options{})
	check(t, got, []want{
		{id: "ok1", origin: "testdata/bad.jsonl:1"},
		{origin: "testdata/bad.jsonl:2", errText: `testdata/bad.jsonl:2: not a JSON object: line starts "this is not json"`},
		{id: "nt", origin: "testdata/bad.jsonl:3", errText: `testdata/bad.jsonl:3: article nt: missing field "text"`},
		{id: "bd", origin: "testdata/bad.jsonl:4", errText: `field "date": cannot parse "21/09/2022"`},
		{origin: "testdata/bad.jsonl:5", errText: "not a JSON object"},
		{origin: "testdata/bad.jsonl:6", errText: "bad.jsonl:6: not a JSON object: unexpected end of JSON input"},
		{id: "ok2", origin: "testdata/bad.jsonl:7"},
	})
}

func TestJSONLFieldTypes(t *testing.T) {
	in := `{"id": 42, "text": "Numeric id."}
{"id": "t", "text": 5}
{"id": "e", "text": "  \n "}
{"id": "ti", "text": "x", "title": ["a"]}
{"id": "dn", "text": "x", "date": null, "published": ""}
{"id": "both", "text": "x", "date": "2001-02-03", "published": "1999-01-01"}
{"id": {"a": 1}, "text": "x"}
{"id": "nd", "text": "x", "date": 20220921}
`
	got := readAll(t, NewReader("in.jsonl", strings.NewReader(in), Options{}))
	check(t, got, []want{
		{id: "42", origin: "in.jsonl:1"},
		{id: "t", origin: "in.jsonl:2", errText: `field "text": want a string, got number`},
		{id: "e", origin: "in.jsonl:3", errText: `field "text" is empty`},
		{id: "ti", origin: "in.jsonl:4", errText: `field "title": want a string, got array`},
		{id: "dn", origin: "in.jsonl:5"},
		{id: "both", origin: "in.jsonl:6"},
		{origin: "in.jsonl:7", errText: `in.jsonl:7: field "id": want a string, got object`},
		{id: "nd", origin: "in.jsonl:8", errText: `field "date": want a string, got number`},
	})
	if !got[4].a.Published.IsZero() {
		t.Errorf("null and empty dates: published %v, want zero", got[4].a.Published)
	}
	if d := got[5].a.Published.Format(dyad.DateLayout); d != "2001-02-03" {
		t.Errorf("date and published: got %s, want the date field 2001-02-03", d)
	}
}

func TestCRLFAndFinalLine(t *testing.T) {
	got := readFile(t, "testdata/crlf.jsonl", Options{})
	check(t, got, []want{
		{id: "c1", origin: "testdata/crlf.jsonl:1"},
		{id: "c2", origin: "testdata/crlf.jsonl:3"},
	})
	if got[0].a.Text != "Line one.\r\nLine two." {
		t.Errorf("c1 text %q", got[0].a.Text)
	}
	got = readFile(t, "testdata/nonewline.jsonl", Options{})
	check(t, got, []want{
		{id: "n1", origin: "testdata/nonewline.jsonl:1"},
		{id: "n2", origin: "testdata/nonewline.jsonl:2"},
	})
	if got[1].a.Text != "Two, without final newline." {
		t.Errorf("n2 text %q", got[1].a.Text)
	}
}

func TestText(t *testing.T) {
	def := day("2022-09-21")
	got := readFile(t, "testdata/article.txt", Options{Published: def})
	check(t, got, []want{{id: "article", origin: "testdata/article.txt"}})
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := got[0].a
	if a.Text != string(data) {
		t.Errorf("text %q, want the file as is (CRLF kept) %q", a.Text, data)
	}
	if !a.Published.Equal(def) {
		t.Errorf("published %v, want %v", a.Published, def)
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct{ path, err string }{
		{"testdata/empty.txt", "testdata/empty.txt: empty input"},
		{"testdata/blank.jsonl", "testdata/blank.jsonl: empty input"},
		{"testdata/image.jsonl", "testdata/image.jsonl: binary input, not text or JSON Lines"},
	} {
		got := readFile(t, tc.path, Options{})
		check(t, got, []want{{origin: strings.TrimSuffix(tc.path, ":"), errText: tc.err}})
	}
	// Whitespace beyond the sniffed head is still empty input.
	got := readAll(t, NewReader("big.jsonl", strings.NewReader(strings.Repeat("\n", 3*sniffSize)), Options{}))
	check(t, got, []want{{origin: "big.jsonl", errText: "big.jsonl: empty input"}})
	got = readAll(t, NewReader("big.txt", strings.NewReader(strings.Repeat(" ", 3*sniffSize)), Options{}))
	check(t, got, []want{{origin: "big.txt", errText: "big.txt: empty input"}})
	// Control characters without NUL.
	got = readAll(t, NewReader("ctl.txt", strings.NewReader(strings.Repeat("ab\x01\x02\x03", 100)), Options{}))
	check(t, got, []want{{origin: "ctl.txt", errText: "binary input"}})
}

func TestInvalidUTF8(t *testing.T) {
	got := readFile(t, "testdata/latin1.txt", Options{})
	check(t, got, []want{{id: "latin1", origin: "testdata/latin1.txt"}})
	a := got[0].a
	if !utf8.ValidString(a.Text) || a.Text != "Caf\uFFFD talks in Montr\uFFFDal.\nSecond line \uFFFD ok.\n" {
		t.Errorf("text %q not repaired", a.Text)
	}
	if len(a.Warnings) != 1 || !strings.HasPrefix(a.Warnings[0], "testdata/latin1.txt:1: invalid UTF-8") {
		t.Errorf("warnings %q, want one naming testdata/latin1.txt:1", a.Warnings)
	}

	got = readFile(t, "testdata/latin1.jsonl", Options{})
	check(t, got, []want{{id: "u1", origin: "testdata/latin1.jsonl:1"}, {id: "u2", origin: "testdata/latin1.jsonl:2"}})
	if len(got[0].a.Warnings) != 0 {
		t.Errorf("u1 warnings %q", got[0].a.Warnings)
	}
	a = got[1].a
	if a.Text != "Caf\uFFFD talks." {
		t.Errorf("u2 text %q", a.Text)
	}
	if len(a.Warnings) != 1 || !strings.HasPrefix(a.Warnings[0], "testdata/latin1.jsonl:2: invalid UTF-8") {
		t.Errorf("u2 warnings %q, want one naming testdata/latin1.jsonl:2", a.Warnings)
	}

	// The line of the first bad byte is named.
	got = readAll(t, NewReader("x.txt", strings.NewReader("ok\nok\nbad \xc3(\n"), Options{}))
	if len(got) != 1 || got[0].a == nil || len(got[0].a.Warnings) != 1 || !strings.HasPrefix(got[0].a.Warnings[0], "x.txt:3: ") {
		t.Errorf("got %+v, want a warning naming x.txt:3", got)
	}
}

func TestDuplicateIDs(t *testing.T) {
	got := readFile(t, "testdata/dup.jsonl", Options{})
	check(t, got, []want{
		{id: "d", origin: "testdata/dup.jsonl:1"},
		{id: "d", origin: "testdata/dup.jsonl:2"},
		{id: "e", origin: "testdata/dup.jsonl:3"},
	})
	if w := got[1].a.Warnings; len(w) != 1 || w[0] != `testdata/dup.jsonl:2: duplicate id "d" (first at line 1)` {
		t.Errorf("warnings %q", w)
	}
	if len(got[0].a.Warnings)+len(got[2].a.Warnings) != 0 {
		t.Errorf("unexpected warnings on first or third article")
	}
}

func TestDetection(t *testing.T) {
	for _, tc := range []struct {
		name, head string
		want       Format
	}{
		{"a.jsonl", "plain", FormatJSONL},
		{"a.NDJSON", "plain", FormatJSONL},
		{"a.json", "plain", FormatJSONL},
		{"a.txt", "{}", FormatText},
		{"a.text", "{}", FormatText},
		{"a.md", "{}", FormatText},
		{"a", " \r\n\t{\"text\":1}", FormatJSONL},
		{"a.dat", "[1]", FormatText},
		{"<stdin>", "{", FormatJSONL},
		{"<stdin>", "Hello", FormatText},
	} {
		if got := formatOf(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("formatOf(%q, %q) = %v, want %v", tc.name, tc.head, got, tc.want)
		}
	}
	got := readFile(t, "testdata/feed", Options{})
	check(t, got, []want{{id: "x1", origin: "testdata/feed:1"}})
	got = readFile(t, "testdata/notes", Options{})
	check(t, got, []want{{id: "notes", origin: "testdata/notes"}})
	got = readFile(t, "testdata/bom.jsonl", Options{})
	check(t, got, []want{{id: "b1", origin: "testdata/bom.jsonl:1"}})

	// Format forces the reading.
	got = readFile(t, "testdata/good.jsonl", Options{Format: FormatText})
	check(t, got, []want{{id: "good", origin: "testdata/good.jsonl"}})
	got = readFile(t, "testdata/notes", Options{Format: FormatJSONL})
	check(t, got, []want{{origin: "testdata/notes:1", errText: "not a JSON object"}})
}

func TestDates(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2022-09-21", "2022-09-21"},
		{"2022-09-21T10:00:00Z", "2022-09-21"},
		{"2022-09-21T23:30:00-04:00", "2022-09-21"},
		{"2022-09-21T10:00:00.123456+09:00", "2022-09-21"},
		{"2022-09-21T10:00:00", "2022-09-21"},
		{"2022-09-21T10:00:00+0900", "2022-09-21"},
		{"2022-09-21 10:00:00", "2022-09-21"},
		{"2022-09-21 10:00:00 +0900", "2022-09-21"},
		{"2022-09-21 10:00", "2022-09-21"},
		{"Wed, 21 Sep 2022 10:00:00 GMT", "2022-09-21"},
		{"Wed, 21 Sep 2022 10:00:00 +0900", "2022-09-21"},
		{"Wed, 7 Sep 2022 10:00:00 GMT", "2022-09-07"},
		{"Wed, 7 Sep 2022 10:00 +0000", "2022-09-07"},
		{"7 Sep 2022 10:00:00 +0000", "2022-09-07"},
		{"Wednesday, 21-Sep-22 10:00:00 UTC", "2022-09-21"},
		{"Wed Sep 21 10:00:00 2022", "2022-09-21"},
		{"2022/09/21", "2022-09-21"},
		{"21 September 2022", "2022-09-21"},
		{"September 21, 2022", "2022-09-21"},
		{"Sep 21, 2022", "2022-09-21"},
		{"  2022-09-21 ", "2022-09-21"},
	} {
		got, err := ParseDate(tc.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tc.in, err)
			continue
		}
		if d := got.Format(dyad.DateLayout); d != tc.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tc.in, d, tc.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "21/09/2022", "2022-13-01", "2022-02-30", "09/21/2022"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) succeeded, want an error", bad)
		}
	}
}

// filler reads n copies of byte c without holding them in memory.
type filler struct {
	n int
	c byte
}

func (f *filler) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), f.n)
	for i := range p[:k] {
		p[i] = f.c
	}
	f.n -= k
	return k, nil
}

func TestLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("70 MiB line")
	}
	in := io.MultiReader(
		strings.NewReader(`{"id": "before", "text": "Short."}`+"\n"+`{"id": "big", "text": "`),
		&filler{n: 70 << 20, c: 'a'},
		strings.NewReader(`"}`+"\r\n"+`{"id": "after", "text": "Short again."}`+"\n"),
	)
	got := readAll(t, NewReader("long.jsonl", in, Options{}))
	check(t, got, []want{
		{id: "before", origin: "long.jsonl:1"},
		{origin: "long.jsonl:2", errText: "long.jsonl:2: line longer than 64 MiB, skipped"},
		{id: "after", origin: "long.jsonl:3"},
	})

	// A text article over the cap.
	in = io.MultiReader(strings.NewReader("Start. "), &filler{n: MaxTextSize, c: 'b'})
	got = readAll(t, NewReader("huge.txt", in, Options{}))
	check(t, got, []want{{origin: "huge.txt", errText: "huge.txt: text larger than 32 MiB"}})
}

func TestOpen(t *testing.T) {
	r, c, err := Open("-", Options{Stdin: strings.NewReader("An article on standard input.\n")})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	c.Close()
	check(t, got, []want{{id: "stdin", origin: "<stdin>"}})

	r, _, err = Open("-", Options{Stdin: strings.NewReader(`{"text": "x"}` + "\n")})
	if err != nil {
		t.Fatal(err)
	}
	check(t, readAll(t, r), []want{{id: "stdin:1", origin: "<stdin>:1"}})

	if _, _, err := Open("-", Options{}); err == nil {
		t.Error(`Open("-") without Stdin succeeded`)
	}
	if _, _, err := Open("testdata/missing.jsonl", Options{}); err == nil || !strings.HasPrefix(err.Error(), "testdata/missing.jsonl: ") {
		t.Errorf("Open of a missing file: %v", err)
	}
	if _, _, err := Open("testdata", Options{}); err == nil || err.Error() != "testdata: is a directory" {
		t.Errorf("Open of a directory: %v", err)
	}
}

// failing returns data and then an I/O error.
type failing struct{ data *strings.Reader }

func (f failing) Read(p []byte) (int, error) {
	if f.data.Len() > 0 {
		return f.data.Read(p)
	}
	return 0, errors.New("disk on fire")
}

func TestReadError(t *testing.T) {
	in := failing{strings.NewReader(strings.Repeat(`{"text": "An article."}`+"\n", 1000))}
	r := NewReader("f.jsonl", in, Options{})
	n := 0
	var last error
	for {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if last != nil {
				t.Fatalf("second error %v after %v", err, last)
			}
			last = err
			continue
		}
		n++
	}
	if n != 1000 || last == nil || !strings.Contains(last.Error(), "disk on fire") {
		t.Errorf("read %d articles, error %v; want 1000 and the I/O error", n, last)
	}
}

// TestFileID: Options.FileID names whole-file articles and the articles
// without ids of a JSON Lines file or a feed; an HTML page's canonical
// URL, standard input and an empty answer keep their usual ids.
func TestFileID(t *testing.T) {
	rel := func(p string) string { return "news/" + filepath.Base(p) }
	none := func(string) string { return "" }
	for _, c := range []struct {
		path   string
		fileID func(string) string
		want   []string
	}{
		{"testdata/article.txt", rel, []string{"news/article.txt"}},
		{"testdata/article.txt", none, []string{"article"}},
		{"testdata/article.txt", nil, []string{"article"}},
		{"testdata/html/legacy.html", rel, []string{"news/legacy.html"}},
		{"testdata/html/legacy.html", nil, []string{"legacy"}},
		{"testdata/html/meta.html", rel, nil}, // its canonical URL
		{"testdata/good.jsonl", rel, nil},     // lines with ids
	} {
		got := readFile(t, c.path, Options{FileID: c.fileID})
		if len(got) == 0 || got[0].err != nil {
			t.Fatalf("%s: %+v", c.path, got)
		}
		switch id := got[0].a.ID; {
		case c.want == nil && strings.HasPrefix(id, "news/"):
			t.Errorf("%s: id %q; want its own, not FileID's", c.path, id)
		case c.want != nil && id != c.want[0]:
			t.Errorf("%s: id %q; want %q", c.path, id, c.want[0])
		}
	}
	r := NewReader("in/lines.jsonl", strings.NewReader(`{"text": "One."}`+"\n"+`{"id": "x", "text": "Two."}`+"\n"), Options{FileID: rel})
	got := readAll(t, r)
	check(t, got, []want{{id: "news/lines.jsonl:1", origin: "in/lines.jsonl:1"}, {id: "x", origin: "in/lines.jsonl:2"}})
	called := false
	r = NewReader("-", strings.NewReader("A text."), Options{FileID: func(string) string { called = true; return "no" }})
	if got := readAll(t, r); len(got) != 1 || got[0].a == nil || got[0].a.ID != "stdin" || called {
		t.Errorf("stdin with FileID: %+v, FileID called %v; want id stdin, not called", got, called)
	}
}
