package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
)

// runDyad runs Main with args and the given stdin, returning the exit
// status, stdout and stderr.
func runDyad(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

// writeFile writes data to name in dir and returns its path.
func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// records decodes the JSON Lines of out.
func records(t *testing.T, out string) []dyad.Record {
	t.Helper()
	var recs []dyad.Record
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" && out == "" {
			break
		}
		var r dyad.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("stdout line %d is not a record: %v: %q", i+1, err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

func ids(recs []dyad.Record) []string {
	var s []string
	for _, r := range recs {
		s = append(s, r.ID)
	}
	return s
}

func TestCodeJSONL(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "two.jsonl", `{"id": "first", "text": "The president met the prime minister in Seoul.", "date": "2022-09-21", "title": "Talks"}
{"id": "second", "text": "Protesters gathered outside the embassy."}
`)
	code, out, errs := runDyad(t, "", "code", p, "--date", "2020-05-06")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	recs := records(t, out)
	if got := strings.Join(ids(recs), ","); got != "first,second" {
		t.Fatalf("ids %s, want first,second", got)
	}
	if recs[0].Published != "2022-09-21" || recs[0].Title != "Talks" || recs[1].Published != "2020-05-06" {
		t.Errorf("published %q %q, title %q", recs[0].Published, recs[1].Published, recs[0].Title)
	}
	if len(recs[0].Sentences) != 1 || recs[0].Sentences[0] != (dyad.Span{Start: 0, End: 46}) {
		t.Errorf("sentences %v", recs[0].Sentences)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var fields map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &fields); err != nil {
			t.Fatal(err)
		}
		for _, layer := range []string{"sentences", "entities", "times", "places", "events", "quotes"} {
			if v := fields[layer]; len(v) == 0 || v[0] != '[' {
				t.Errorf("layer %s is %s, want an array: %s", layer, v, line)
			}
		}
	}
}

func TestCodeBadLine(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "bad.jsonl", `{"id": "a", "text": "One."}
{"id": "b", "text": "Two.", "date": "next week"}
not json at all
{"id": "d", "text": "Four."}
`)
	code, out, errs := runDyad(t, "", "code", p)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if got := strings.Join(ids(records(t, out)), ","); got != "a,d" {
		t.Errorf("ids %s, want a,d", got)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	want := []string{
		p + `:2: article b: field "date": cannot parse "next week"`,
		p + ":3: not a JSON object",
		"dyad code: 2 of 4 articles failed",
	}
	if len(lines) != len(want) {
		t.Fatalf("stderr %q, want %d lines", errs, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("stderr line %d %q, want prefix %q", i+1, lines[i], w)
		}
	}
}

func TestCodeBadFiles(t *testing.T) {
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty.txt", "")
	binary := writeFile(t, dir, "blob.bin", "\x7fELF\x02\x01\x01\x00\x00\x00\x00")
	good := writeFile(t, dir, "good.txt", "The minister arrived in Paris on Monday.\n")
	missing := filepath.Join(dir, "missing.jsonl")
	code, out, errs := runDyad(t, "", "code", empty, binary, missing, good)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if got := strings.Join(ids(records(t, out)), ","); got != "good" {
		t.Errorf("ids %s, want good", got)
	}
	for _, w := range []string{
		empty + ": empty input\n",
		binary + ": binary input, not text or JSON Lines\n",
		missing + ": no such file or directory\n",
		"dyad code: 3 of 4 articles failed\n",
	} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr %q lacks %q", errs, w)
		}
	}
}

func TestCodeInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "latin1.txt", "First line.\nThe caf\xe9 was closed.\n")
	code, out, errs := runDyad(t, "", "code", p)
	if code != 0 {
		t.Errorf("exit %d, want 0 (a warning is not a failure)", code)
	}
	if want := p + ":2: warning: invalid UTF-8 replaced with U+FFFD\n"; errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
	recs := records(t, out)
	if len(recs) != 1 || recs[0].ID != "latin1" || len(recs[0].Warnings) != 1 {
		t.Fatalf("records %+v, want one with a warning", recs)
	}
}

func TestCodeStdin(t *testing.T) {
	code, out, errs := runDyad(t, `{"id": "s1", "text": "From standard input."}`+"\n"+`{"text": "No id."}`, "code", "-")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if got := strings.Join(ids(records(t, out)), ","); got != "s1,stdin:2" {
		t.Errorf("ids %s, want s1,stdin:2", got)
	}
	code, out, _ = runDyad(t, "Plain text on standard input.", "code", "--date", "2021-03-04", "-")
	recs := records(t, out)
	if code != 0 || len(recs) != 1 || recs[0].ID != "stdin" || recs[0].Published != "2021-03-04" {
		t.Errorf("exit %d, records %+v", code, recs)
	}
}

func TestCodeUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"code"}, "no input files"},
		{[]string{"code", "x.jsonl", "--date", "21/09/2022"}, "--date"},
		{[]string{"code", "--workers", "0", "x.jsonl"}, "--workers"},
		{[]string{"code", "--nope", "x.jsonl"}, "-nope"},
	} {
		code, out, errs := runDyad(t, "", tc.args...)
		if code != 2 || out != "" || !strings.Contains(errs, tc.want) || !strings.Contains(errs, "Usage: dyad code") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and a usage naming %s", tc.args, code, out, errs, tc.want)
		}
	}
}

// genArticles returns n JSON Lines articles with ids a0000...
func genArticles(n int) (string, []string) {
	var b strings.Builder
	var want []string
	for i := range n {
		id := fmt.Sprintf("a%04d", i)
		want = append(want, id)
		// Vary the length so that workers finish out of order.
		text := strings.Repeat("The delegation met the minister. ", 1+(i*7)%23)
		fmt.Fprintf(&b, "{\"id\": %q, \"text\": %q}\n", id, text)
	}
	return b.String(), want
}

func TestCodeWorkersKeepOrder(t *testing.T) {
	in, want := genArticles(200)
	p := writeFile(t, t.TempDir(), "many.jsonl", in)
	code, out, errs := runDyad(t, "", "code", "--workers", "4", p)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if got := ids(records(t, out)); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("records out of order or missing: got %d, first %v", len(got), got[:min(5, len(got))])
	}
}

// jitterCoder codes nothing, sleeps a random while and fails articles
// whose id starts with "fail".
type jitterCoder struct{ max time.Duration }

func (c jitterCoder) Code(a *dyad.Article) (*dyad.Doc, error) {
	time.Sleep(time.Duration(rand.Int64N(int64(c.max))))
	d := &dyad.Doc{Article: a, Warnings: a.Warnings}
	if strings.HasPrefix(a.ID, "fail") {
		return d, &dyad.Error{Code: dyad.EInvalid, Op: "test", Article: a.ID, Origin: a.Origin, Err: errors.New("cannot code")}
	}
	return d, nil
}

func TestCodeFilesOrderAndErrors(t *testing.T) {
	in, want := genArticles(300)
	in += `{"id": "fail1", "text": "x"}` + "\n"
	p := writeFile(t, t.TempDir(), "many.jsonl", in)
	var out, errs bytes.Buffer
	e := &env{stdout: &out, stderr: &errs}
	err := codeFiles(context.Background(), e, jitterCoder{2 * time.Millisecond}, []string{p}, ingest.Options{}, 8)
	if !errors.Is(err, errSilent) {
		t.Errorf("err %v, want errSilent", err)
	}
	if got := ids(records(t, out.String())); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("records out of order or missing (%d)", len(got))
	}
	wantErr := p + ":301: article fail1: test: cannot code\ndyad code: 1 of 301 articles failed\n"
	if errs.String() != wantErr {
		t.Errorf("stderr %q, want %q", errs.String(), wantErr)
	}
}

func TestCodeCancel(t *testing.T) {
	in, _ := genArticles(2000)
	p := writeFile(t, t.TempDir(), "many.jsonl", in)
	ctx, cancel := context.WithCancel(context.Background())
	var errs bytes.Buffer
	pr := &cancelAfter{n: 10, cancel: cancel}
	e := &env{stdout: pr, stderr: &errs}
	start := time.Now()
	err := codeFiles(ctx, e, jitterCoder{5 * time.Millisecond}, []string{p}, ingest.Options{}, 2)
	if !errors.Is(err, errSilent) || !strings.Contains(errs.String(), "interrupted") {
		t.Errorf("err %v, stderr %q; want errSilent and interrupted", err, errs.String())
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v to stop", d)
	}
	if n := bytes.Count(pr.buf.Bytes(), []byte("\n")); n >= 2000 {
		t.Errorf("printed all %d records despite the cancel", n)
	}
}

// cancelAfter is a writer that cancels once it has seen n lines.
type cancelAfter struct {
	buf    bytes.Buffer
	n      int
	cancel func()
}

func (w *cancelAfter) Write(p []byte) (int, error) {
	w.buf.Write(p)
	if bytes.Count(w.buf.Bytes(), []byte("\n")) >= w.n {
		w.cancel()
	}
	return len(p), nil
}

func TestWarningLine(t *testing.T) {
	for _, tc := range []struct{ origin, w, want string }{
		{"a.jsonl:3", "a.jsonl:3: invalid UTF-8", "a.jsonl:3: warning: invalid UTF-8"},
		{"a.txt", "a.txt:7: invalid UTF-8", "a.txt:7: warning: invalid UTF-8"},
		{"a.jsonl:3", "unresolved name Foo", "a.jsonl:3: warning: unresolved name Foo"},
		{"a.jsonl:3", "a.jsonlx: odd", "a.jsonl:3: warning: a.jsonlx: odd"},
	} {
		if got := warningLine(tc.origin, tc.w); got != tc.want {
			t.Errorf("warningLine(%q, %q) = %q, want %q", tc.origin, tc.w, got, tc.want)
		}
	}
}
