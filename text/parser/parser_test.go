package parser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/text/conllu"
)

func readFixture(t testing.TB, name string) []*conllu.Sentence {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func sentenceColumns(s *conllu.Sentence) (words, upos, xpos []string) {
	for _, w := range s.Words {
		words = append(words, w.Form)
		upos = append(upos, w.UPOS)
		xpos = append(xpos, w.XPOS)
	}
	return
}

// checkTree fails unless heads form a tree: one word attached to 0, every
// head in range, no cycle.
func checkTree(t testing.TB, heads []int, rels []string, n int) {
	t.Helper()
	if len(heads) != n || len(rels) != n {
		t.Fatalf("%d heads, %d relations for %d words", len(heads), len(rels), n)
	}
	roots := 0
	for i, h := range heads {
		if h < 0 || h > n || h == i+1 {
			t.Fatalf("word %d: head %d", i+1, h)
		}
		if h == 0 {
			roots++
			if rels[i] != "root" {
				t.Errorf("word %d attached to 0 as %q", i+1, rels[i])
			}
		} else if rels[i] == "root" || rels[i] == "" {
			t.Errorf("word %d: relation %q under word %d", i+1, rels[i], h)
		}
		seen := 0
		for a := i + 1; a != 0; a = heads[a-1] {
			if seen++; seen > n {
				t.Fatalf("cycle through word %d: %v", i+1, heads)
			}
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots: %v", roots, heads)
	}
}

func TestTrainTinyParsesItBack(t *testing.T) {
	ss := readFixture(t, "testdata/tiny.conllu")
	p, err := Train(context.Background(), ss, Options{Epochs: 30, ActBits: 16, LabBits: 14, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		words, upos, xpos := sentenceColumns(s)
		heads, rels := p.Parse(words, upos, xpos)
		checkTree(t, heads, rels, len(words))
		for i, w := range s.Words {
			if heads[i] != w.Head || rels[i] != w.Deprel {
				t.Errorf("%s word %d %q: got %d %s, want %d %s", s.ID(), i+1, w.Form, heads[i], rels[i], w.Head, w.Deprel)
			}
		}
	}
	// Save and Load keep the model.
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(q, ss, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UAS != 100 || sc.LAS != 100 || sc.LASFull != 100 {
		t.Errorf("reloaded model scores %+v, want 100", sc)
	}
	// Truncated and foreign input is an error, not a panic.
	for _, bad := range [][]byte{nil, []byte("not a model"), buf.Bytes()[:buf.Len()/2]} {
		if _, err := Load(bytes.NewReader(bad)); err == nil || !strings.HasPrefix(err.Error(), "parser: ") {
			t.Errorf("Load(%d bytes): err %v", len(bad), err)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(context.Background(), nil, Options{}); err == nil {
		t.Error("Train(nil): no error")
	}
	if _, err := Train(context.Background(), readFixture(t, "testdata/tiny.conllu"), Options{ActBits: 40}); err == nil {
		t.Error("Train with 2^40 rows: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, readFixture(t, "testdata/tiny.conllu"), Options{ActBits: 16, LabBits: 14}); !errors.Is(err, context.Canceled) {
		t.Errorf("Train with a cancelled context: err %v, want context.Canceled", err)
	}
}

func TestProjectivize(t *testing.T) {
	// 1 <- 3, 3 -> 5 crosses 2 -> 4 ("A hearing is scheduled on the issue
	// today" in miniature): heads of words 1..5.
	heads := []int32{-1, 2, 0, 2, 5, 3} // 3 -> 5 spans 4, which 5 heads
	if n := projectivize(heads); n != 0 {
		t.Errorf("projective tree: %d lifts", n)
	}
	np := []int32{-1, 3, 0, 2, 2, 3} // 3 -> 5 spans 4, headed by 2; 2 -> 4 spans 3
	if !isTree(np) {
		t.Fatal("fixture is not a tree")
	}
	if n := projectivize(np); n == 0 {
		t.Errorf("non-projective tree: no lift")
	}
	for d := 1; d < len(np); d++ {
		if !projectiveArc(np, int(np[d]), d) {
			t.Errorf("arc %d -> %d still non-projective: %v", np[d], d, np)
		}
	}
	if !isTree(np) {
		t.Errorf("lifted tree is no tree: %v", np)
	}
}

var news = []struct {
	words, upos, xpos string
}{
	{
		"South Korean President Yoon Suk-yeol met Japanese Prime Minister Fumio Kishida in New York on Wednesday .",
		"ADJ ADJ PROPN PROPN PROPN VERB ADJ PROPN PROPN PROPN PROPN ADP PROPN PROPN ADP PROPN PUNCT",
		"JJ JJ NNP NNP NNP VBD JJ NNP NNP NNP NNP IN NNP NNP IN NNP .",
	},
	{
		"Israeli troops killed three Palestinians in a raid on the Jenin refugee camp , the Health Ministry said .",
		"ADJ NOUN VERB NUM PROPN ADP DET NOUN ADP DET PROPN NOUN NOUN PUNCT DET PROPN PROPN VERB PUNCT",
		"JJ NNS VBD CD NNPS IN DT NN IN DT NNP NN NN , DT NNP NNP VBD .",
	},
	{
		"The United Nations called on both sides to resume talks that were suspended by the government in March .",
		"DET PROPN PROPN VERB ADP DET NOUN PART VERB NOUN PRON AUX VERB ADP DET NOUN ADP PROPN PUNCT",
		"DT NNP NNPS VBD IN DT NNS TO VB NNS WDT VBD VBN IN DT NN IN NNP .",
	},
}

func fields(s string) []string { return strings.Fields(s) }

func TestDefaultNewsSentence(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words, upos, xpos := fields(news[0].words), fields(news[0].upos), fields(news[0].xpos)
	heads, rels := p.Parse(words, upos, xpos)
	checkTree(t, heads, rels, len(words))
	idx := func(w string) int {
		for i, x := range words {
			if x == w {
				return i
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	met := idx("met")
	if heads[met] != 0 {
		t.Errorf("met: head %d %s, want root", heads[met], rels[met])
	}
	// A name is one argument: one of its words (in EWT the first, with the
	// others flat under it) is the argument of met, the others hang on it.
	arg := func(rel string, name ...string) {
		head := -1
		for _, w := range name {
			if i := idx(w); heads[i] == met+1 && rels[i] == rel {
				head = i
			}
		}
		if head < 0 {
			t.Errorf("no %s of met among %v: %v %v", rel, name, heads, rels)
			return
		}
		for _, w := range name {
			if i := idx(w); i != head && heads[i] != head+1 {
				t.Errorf("%s: head %d, want %d (%s)", w, heads[i], head+1, words[head])
			}
		}
	}
	arg("nsubj", "Yoon", "Suk-yeol")
	arg("obj", "Fumio", "Kishida")
	// Concurrent use gives the same trees.
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, s := range news {
				w, u, x := fields(s.words), fields(s.upos), fields(s.xpos)
				h1, r1 := p.Parse(w, u, x)
				h2, r2 := p.Parse(w, u, x)
				if strings.Join(r1, " ") != strings.Join(r2, " ") || len(h1) != len(h2) {
					t.Errorf("parses differ")
				}
			}
		}()
	}
	wg.Wait()
}

func TestParseOddInput(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if h, r := p.Parse(nil, nil, nil); h != nil || r != nil {
		t.Errorf("empty sentence: %v %v", h, r)
	}
	// Missing tags and one-word sentences still give trees.
	h, r := p.Parse([]string{"Hello"}, nil, nil)
	checkTree(t, h, r, 1)
	words := strings.Fields(strings.Repeat("and , the ", 100))
	h, r = p.Parse(words, []string{"CCONJ"}, nil)
	checkTree(t, h, r, len(words))
}

func FuzzParse(f *testing.F) {
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("The talks resumed .", "DET NOUN VERB PUNCT", "DT NNS VBD .")
	f.Add(news[0].words, news[0].upos, news[0].xpos)
	f.Add("a b c d e f", "X", "")
	f.Fuzz(func(t *testing.T, w, u, x string) {
		words := strings.Fields(w)
		if len(words) > 400 {
			words = words[:400]
		}
		heads, rels := p.Parse(words, strings.Fields(u), strings.Fields(x))
		if len(words) == 0 {
			if heads != nil || rels != nil {
				t.Fatalf("no words: %v %v", heads, rels)
			}
			return
		}
		checkTree(t, heads, rels, len(words))
	})
}

func BenchmarkParse(b *testing.B) {
	p := benchParser(b)
	type sent struct{ w, u, x []string }
	var ss []sent
	for _, s := range news {
		ss = append(ss, sent{fields(s.words), fields(s.upos), fields(s.xpos)})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := ss[i%len(ss)]
		p.Parse(s.w, s.u, s.x)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// benchParser returns the built-in model, or the model file named by
// $PARSER_MODEL, decoding with the beam width $PARSER_BEAM if set: for
// comparing candidate models and widths.
func benchParser(b *testing.B) *Parser {
	p, err := Default()
	if name := os.Getenv("PARSER_MODEL"); name != "" {
		var f *os.File
		if f, err = os.Open(name); err == nil {
			p, err = Load(f)
			f.Close()
		}
	}
	if err != nil {
		b.Fatal(err)
	}
	if k, err := strconv.Atoi(os.Getenv("PARSER_BEAM")); err == nil {
		p = p.WithBeam(k)
	}
	return p
}

// BenchmarkParseEWT parses the sentences of EWT dev (gold tags) in turn.
func BenchmarkParseEWT(b *testing.B) {
	p := benchParser(b)
	name := "../../../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu"
	if _, err := os.Stat(name); err != nil {
		b.Skipf("no %s", name)
	}
	type sent struct{ w, u, x []string }
	var ss []sent
	for _, s := range readFixture(b, name) {
		w, u, x := sentenceColumns(s)
		ss = append(ss, sent{w, u, x})
	}
	b.ReportAllocs()
	b.ResetTimer()
	words := 0
	for i := 0; i < b.N; i++ {
		s := ss[i%len(ss)]
		p.Parse(s.w, s.u, s.x)
		words += len(s.w)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

func TestTrainBeamTiny(t *testing.T) {
	for _, joint := range []bool{false, true} {
		t.Run(fmt.Sprint("joint=", joint), func(t *testing.T) { testTrainBeamTiny(t, joint) })
	}
}

func testTrainBeamTiny(t *testing.T, joint bool) {
	ss := readFixture(t, "testdata/tiny.conllu")
	p, err := Train(context.Background(), ss, Options{Epochs: 30, ActBits: 16, LabBits: 14, Seed: 3, Beam: 4, JointLabels: joint})
	if err != nil {
		t.Fatal(err)
	}
	if p.joint != joint {
		t.Errorf("joint %v, want %v", p.joint, joint)
	}
	if p.Beam() != 4 {
		t.Fatalf("beam %d, want 4", p.Beam())
	}
	sc, err := Evaluate(p, ss, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UAS != 100 || sc.LAS != 100 {
		t.Errorf("beam model on its training set: %+v, want 100", sc)
	}
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if q.Beam() != 4 || q.joint != joint {
		t.Errorf("reloaded beam %d joint %v, want 4 %v", q.Beam(), q.joint, joint)
	}
	for _, s := range ss {
		w, u, x := sentenceColumns(s)
		h1, r1 := p.Parse(w, u, x)
		h2, r2 := q.Parse(w, u, x)
		if fmt.Sprint(h1, r1) != fmt.Sprint(h2, r2) {
			t.Errorf("%s: reloaded model parses differently", s.ID())
		}
		// a greedy run of the same weights still gives a tree
		h, r := p.WithBeam(1).Parse(w, u, x)
		checkTree(t, h, r, len(w))
	}
}

// TestBeamLabelMemo checks that remembering labels across the beam's
// configurations changes no parse.
func TestBeamLabelMemo(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ss := readFixture(t, "testdata/tiny.conllu")
	if name := "../../../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu"; !testing.Short() {
		if _, err := os.Stat(name); err == nil {
			ss = append(ss, readFixture(t, name)[:500]...)
		}
	}
	m := meta{labels: p.labels, root: p.root, leftOK: p.leftOK, rightOK: p.rightOK}
	parse := func(b *beam, w, u, x []string, k int) string {
		s := p.getState()
		defer p.statePool.Put(s)
		prepare(s, w, u, x)
		f := b.search(s, p, &m, k, nil)
		finish(f, p, &m)
		return fmt.Sprint(f.head[1:], f.lab[1:])
	}
	with, without := newBeam(len(p.labels)), newBeam(len(p.labels))
	without.noMemo = true
	for _, k := range []int{2, 8} {
		for _, s := range ss {
			w, u, x := sentenceColumns(s)
			if a, b := parse(with, w, u, x, k), parse(without, w, u, x, k); a != b {
				t.Fatalf("beam %d, %s: with memo %s, without %s", k, s.ID(), a, b)
			}
		}
	}
}
