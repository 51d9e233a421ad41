package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/text/conllu"
)

func runParseCmd(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, append([]string{"parse"}, args...))
	if code != 0 {
		t.Fatalf("dyad parse %v: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

// checkCoNLLU checks the output line by line as the CoNLL-U format wants
// it and returns its sentences.
func checkCoNLLU(t *testing.T, out string) []*conllu.Sentence {
	t.Helper()
	if !strings.HasSuffix(out, "\n\n") {
		t.Errorf("output does not end with a blank line")
	}
	for n, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			t.Fatalf("line %d: %d fields: %q", n+1, len(f), line)
		}
		for i, x := range f {
			if x == "" || strings.TrimSpace(x) != x {
				t.Errorf("line %d field %d empty or padded: %q", n+1, i+1, line)
			}
		}
	}
	ss, err := conllu.ReadAll(strings.NewReader(out), "output")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		roots := 0
		for _, w := range s.Words {
			if w.Head < 0 || w.Deprel == "" || w.UPOS == "" || w.XPOS == "" || w.Lemma == "" {
				t.Errorf("%s word %d %q not filled: %+v", s.ID(), w.ID, w.Form, w)
			}
			if w.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("%s: %d roots", s.ID(), roots)
		}
	}
	return ss
}

func TestParseRawText(t *testing.T) {
	in := "South Korean President Yoon Suk-yeol met Japanese Prime Minister Fumio Kishida in New York on Wednesday. The two leaders agreed to resume talks.\n\nProtesters were arrested by police."
	ss := checkCoNLLU(t, runParseCmd(t, in, "-"))
	if len(ss) != 3 {
		t.Fatalf("%d sentences, want 3", len(ss))
	}
	s := ss[0]
	if s.ID() != "1" || !strings.HasPrefix(s.Text(), "South Korean President") {
		t.Errorf("comments %q", s.Comments)
	}
	var rebuilt strings.Builder
	for i, w := range s.Words {
		rebuilt.WriteString(w.Form)
		if s.SpaceAfter(i) && i+1 < len(s.Words) {
			rebuilt.WriteByte(' ')
		}
	}
	if rebuilt.String() != s.Text() {
		t.Errorf("SpaceAfter rebuilds %q, text is %q", rebuilt.String(), s.Text())
	}
	for _, w := range s.Words {
		if w.Form == "met" && (w.Head != 0 || w.UPOS != "VERB" || w.Lemma != "meet") {
			t.Errorf("met: %+v", w)
		}
	}
}

const tokenizedInput = `# newdoc id = test-doc
# sent_id = t-1
# text = He won't go.
1	He	_	_	_	_	_	_	_	_
2-3	won't	_	_	_	_	_	_	_	_
2	wo	_	_	_	_	_	_	_	_
3	n't	_	_	_	_	_	_	_	_
4	go	_	_	_	_	_	_	_	SpaceAfter=No
5	.	_	_	_	_	_	_	_	_

# sent_id = t-2
# text = Talks resumed
1	Talks	_	_	_	_	_	_	_	_
2	resumed	_	_	_	_	_	_	_	_

`

func TestParseTokenized(t *testing.T) {
	out := runParseCmd(t, tokenizedInput, "--tokenized", "-")
	ss := checkCoNLLU(t, out)
	in, err := conllu.ReadAll(strings.NewReader(tokenizedInput), "in")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != len(in) {
		t.Fatalf("%d sentences, want %d", len(ss), len(in))
	}
	for i := range in {
		if strings.Join(ss[i].Comments, "\n") != strings.Join(in[i].Comments, "\n") {
			t.Errorf("comments changed: %q", ss[i].Comments)
		}
		if len(ss[i].Lines) != len(in[i].Lines) {
			t.Fatalf("sentence %d: %d lines, want %d", i, len(ss[i].Lines), len(in[i].Lines))
		}
		for j, l := range in[i].Lines {
			o := ss[i].Lines[j]
			if o.ID != l.ID || o.Range != l.Range || o.Form != l.Form || withoutNER(o.Misc) != l.Misc {
				t.Errorf("line %d changed: %+v, was %+v", j, o, l)
			}
		}
	}
	if !strings.Contains(out, "2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n") {
		t.Errorf("multiword line not kept:\n%s", out)
	}
}

func TestParseNERHook(t *testing.T) {
	old := nerHook
	defer func() { nerHook = old }()
	nerHook = func(words, upos, xpos []string) []string {
		out := make([]string, len(words))
		for i, w := range words {
			if w == "Talks" {
				out[i] = "B-ORG"
			}
		}
		return out
	}
	ss := checkCoNLLU(t, runParseCmd(t, tokenizedInput, "--tokenized", "-"))
	if m := ss[1].Words[0].Misc; m != "NER=B-ORG" {
		t.Errorf("misc %q, want NER=B-ORG", m)
	}
	if m := ss[0].Words[3].Misc; m != "SpaceAfter=No" {
		t.Errorf("misc %q, want SpaceAfter=No only", m)
	}
}

func TestParseErrors(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Main(context.Background(), &env{stdin: strings.NewReader("1\tbad\n\n"), stdout: &out, stderr: &errb}, []string{"parse", "--tokenized", "-"}); code != 1 {
		t.Errorf("malformed CoNLL-U: exit %d", code)
	}
	if code := Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, []string{"parse"}); code != 2 {
		t.Errorf("no file: exit %d", code)
	}
}

// withoutNER removes the NER= item dyad parse adds to a MISC field.
func withoutNER(misc string) string {
	var keep []string
	for _, kv := range strings.Split(misc, "|") {
		if !strings.HasPrefix(kv, "NER=") {
			keep = append(keep, kv)
		}
	}
	if len(keep) == 0 {
		return "_"
	}
	return strings.Join(keep, "|")
}
