package tagger

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"

	"github.com/dyadproject/dyad/text/conllu"
)

// fixture is a tiny made-up treebank: enough for the tagger to learn that
// the same form takes its tag from its neighbours.
const fixture = `1	They	they	PRON	PRP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	envoys	envoy	NOUN	NNS	_	2	obj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_

1	The	the	DET	DT	_	2	det	_	_
2	envoys	envoy	NOUN	NNS	_	3	nsubj	_	_
3	talk	talk	VERB	VBP	_	0	root	_	_
4	.	.	PUNCT	.	_	3	punct	_	_

1	The	the	DET	DT	_	2	det	_	_
2	talk	talk	NOUN	NN	_	3	nsubj	_	_
3	ended	end	VERB	VBD	_	0	root	_	_
4	.	.	PUNCT	.	_	3	punct	_	_

1	They	they	PRON	PRP	_	2	nsubj	_	_
2	talk	talk	VERB	VBP	_	0	root	_	_
3	.	.	PUNCT	.	_	2	punct	_	_

1	The	the	DET	DT	_	2	det	_	_
2	talks	talks	NOUN	NNS	_	3	nsubj	_	_
3	ended	end	VERB	VBD	_	0	root	_	_
4	.	.	PUNCT	.	_	3	punct	_	_

`

func fixtureSentences(t testing.TB) []*conllu.Sentence {
	t.Helper()
	ss, err := conllu.ReadAll(strings.NewReader(fixture), "fixture")
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func TestTrainTiny(t *testing.T) {
	ss := fixtureSentences(t)
	for _, passes := range []int{1, 2} {
		tg, err := Train(ss, Options{Epochs: 8, Seed: 1, Passes: passes, Folds: 2, Prune: -1})
		if err != nil {
			t.Fatal(err)
		}
		if tg.Passes() != passes {
			t.Errorf("passes = %d, want %d", tg.Passes(), passes)
		}
		var buf bytes.Buffer
		if err := tg.Save(&buf); err != nil {
			t.Fatal(err)
		}
		loaded, err := Load(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range []*Tagger{tg, loaded} {
			if got := Evaluate(m, ss); got.UPOS != 1 || got.XPOS != 1 || got.Lemma != 1 {
				t.Errorf("passes %d: fixture scores %+v, want all 1", passes, got)
			}
		}
		// The same data and seed give the same file.
		again, err := Train(ss, Options{Epochs: 8, Seed: 1, Passes: passes, Folds: 2, Prune: -1})
		if err != nil {
			t.Fatal(err)
		}
		var buf2 bytes.Buffer
		if err := again.Save(&buf2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
			t.Errorf("passes %d: training twice gave different models", passes)
		}
	}
	if _, err := Train(nil, Options{}); err == nil {
		t.Error("Train(nil) gave no error")
	}
}

func TestLoadErrors(t *testing.T) {
	tg, err := Train(fixtureSentences(t), Options{Epochs: 2, Passes: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	// Truncated models, garbage and an empty input fail with an error.
	inputs := [][]byte{nil, []byte("not a model"), good[:len(good)/2], good[:len(good)-8]}
	for i, in := range inputs {
		if _, err := Load(bytes.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "tagger: ") {
			t.Errorf("input %d: err = %v, want a tagger: error", i, err)
		}
	}
}

func TestDefault(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if tg.Passes() < 1 || tg.Labels() < 40 || tg.Features() < 1000 || tg.LemmaTable() < 100 {
		t.Fatalf("built-in model: %d passes, %d labels, %d features, %d lemmas", tg.Passes(), tg.Labels(), tg.Features(), tg.LemmaTable())
	}
	tests := []struct {
		sentence string
		want     map[string]string // word -> UPOS/XPOS
	}{
		{`The two leaders met in Seoul on Tuesday for talks on the nuclear program .`,
			map[string]string{"met": "VERB/VBD", "talks": "NOUN/NNS", "Seoul": "PROPN/NNP", "leaders": "NOUN/NNS", "Tuesday": "PROPN/NNP"}},
		{`U.S. officials said the sanctions would remain in place .`,
			map[string]string{"U.S.": "PROPN/NNP", "said": "VERB/VBD", "would": "AUX/MD", "sanctions": "NOUN/NNS"}},
		{`" We will not accept it , " the minister told reporters .`,
			map[string]string{"will": "AUX/MD", "told": "VERB/VBD", "reporters": "NOUN/NNS", "minister": "NOUN/NN"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		upos, xpos := tg.Tag(words)
		got := map[string]string{}
		for i, w := range words {
			got[w] = upos[i] + "/" + xpos[i]
		}
		for w, want := range tt.want {
			if got[w] != want {
				t.Errorf("%q: %s tagged %s, want %s", tt.sentence, w, got[w], want)
			}
		}
		if xpos[0] != "``" && words[0] == `"` {
			t.Errorf("%q: opening quote tagged %s", tt.sentence, xpos[0])
		}
	}
	// Empty input.
	if u, x := tg.Tag(nil); len(u) != 0 || len(x) != 0 {
		t.Errorf("Tag(nil) = %v %v", u, x)
	}
}

func TestLemma(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ word, tag, want string }{
		{"met", "VBD", "meet"}, {"agreed", "VBD", "agree"}, {"accused", "VBN", "accuse"},
		{"stopped", "VBD", "stop"}, {"talks", "NNS", "talks"}, {"talks", "VBZ", "talk"},
		{"countries", "NNS", "country"}, {"was", "VBD", "be"}, {"'s", "VBZ", "be"},
		{"women", "NNS", "woman"}, {"children", "NNS", "child"}, {"people", "NNS", "people"},
		{"Ministers", "NNS", "minister"}, {"him", "PRP", "him"}, {"U.S.", "NNP", "u.s."},
		{"wo", "MD", "will"}, {"ca", "MD", "can"}, {"ran", "VBD", "run"}, {"Said", "VBD", "say"},
		{"analyses", "NNS", "analysis"}, {"criteria", "NNS", "criterion"},
	}
	for _, tt := range tests {
		if got := tg.Lemma(tt.word, tt.tag); got != tt.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
	// A nil Tagger uses the rules alone.
	var none *Tagger
	if got := none.Lemma("agreed", "VBD"); got != "agree" {
		t.Errorf("rules: agreed -> %q", got)
	}
}

// TestEWT scores the built-in model on EWT test when the corpora are there.
func TestEWT(t *testing.T) {
	f, err := os.Open("../../../shared/corpora/ud-english-ewt/en_ewt-ud-test.conllu")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, "test")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := Evaluate(tg, ss)
	t.Logf("EWT test: %+v", sc)
	if sc.UPOS < 0.95 || sc.XPOS < 0.94 || sc.Lemma < 0.96 {
		t.Errorf("EWT test %+v, want UPOS >= 0.95, XPOS >= 0.94, lemma >= 0.96", sc)
	}
}

// benchSentences are news-like sentences written for the benchmarks.
var benchSentences = []string{
	`The two leaders met in Seoul on Tuesday for talks on the nuclear program , officials said .`,
	`U.S. Secretary of State Antony Blinken urged Beijing to restrain North Korea after the missile test .`,
	`" We will not accept any threat to our sovereignty , " the foreign minister told reporters on Sept. 21 .`,
	`Protesters gathered outside the parliament building , demanding the resignation of the prime minister .`,
	`The ministry said 14 soldiers were killed and dozens wounded in the attack near the border town .`,
}

func benchWords() [][]string {
	var out [][]string
	for _, s := range benchSentences {
		out = append(out, strings.Fields(s))
	}
	return out
}

// BenchmarkTag reports dyad's tagger in tokens/s.
func BenchmarkTag(b *testing.B) {
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	ws := benchWords()
	n := 0
	upos, xpos := make([]string, 64), make([]string, 64)
	for b.Loop() {
		for _, w := range ws {
			tg.TagInto(w, upos, xpos)
			n += len(w)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkProseTag is prose's tagger on the same sentences.
func BenchmarkProseTag(b *testing.B) {
	pt, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	ws := benchWords()
	n := 0
	toks := make([]token.Token, 64)
	for b.Loop() {
		for _, w := range ws {
			t := toks[:len(w)]
			for i := range w {
				t[i] = token.Token{Text: w[i]}
			}
			pt.TagTokens(t)
			n += len(w)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagEWT tags EWT dev (gold tokenization) and lemmatizes every
// word, reporting tokens/s; skipped when the corpora are absent.
func BenchmarkTagEWT(b *testing.B) {
	f, err := os.Open("../../../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		b.Skip(err)
	}
	ss, err := conllu.ReadAll(f, "dev")
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	for _, s := range ss {
		w := make([]string, len(s.Words))
		for i := range s.Words {
			w[i] = s.Words[i].Form
		}
		sents = append(sents, w)
	}
	n := 0
	upos, xpos := make([]string, 512), make([]string, 512)
	for b.Loop() {
		for _, w := range sents {
			if len(w) > len(upos) {
				upos, xpos = make([]string, len(w)), make([]string, len(w))
			}
			tg.TagInto(w, upos, xpos)
			for i := range w {
				tg.Lemma(w[i], xpos[i])
			}
			n += len(w)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// TestClosedClasses checks that a known word is not given a closed-class
// tag it was never seen with: "met" after a long apposition is a verb, not
// a conjunction, while "and" and "but" stay conjunctions.
func TestClosedClasses(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Bosnian Serb leader Milorad Dodik , whose push for his entity 's autonomy has drawn Western sanctions , met Hungarian Prime Minister Viktor Orban in Budapest and thanked him , but left early .")
	_, xpos := tg.Tag(words)
	for i, w := range words {
		switch w {
		case "met", "thanked", "left":
			if xpos[i] != "VBD" && xpos[i] != "VBN" {
				t.Errorf("%s/%s, want a verb", w, xpos[i])
			}
		case "and", "but":
			if xpos[i] != "CC" {
				t.Errorf("%s/%s, want CC", w, xpos[i])
			}
		}
	}
	// every closed tag given to a known word was seen with it
	if tg.closed == nil {
		t.Fatal("the built-in tagger has no closed-class word lists")
	}
	for i, w := range words {
		var info wordInfo
		analyze(&info, w, nil)
		e := tg.closed.lex[info.lower]
		info.amb, info.closed = uint64(e.amb), e.closed
		for c, x := range tg.xpos {
			if x == xpos[i] && tg.upos[c] != "" && !tg.closed.allowed(&info, c) && info.amb != 0 {
				t.Errorf("%s/%s: a closed tag the word was never seen with", w, x)
			}
		}
	}
}
