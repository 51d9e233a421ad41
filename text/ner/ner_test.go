package ner

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/text"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		name   string
		labels string
		want   []Span
	}{
		{"empty", "", nil},
		{"all O", "O O O", nil},
		{"B I O", "B-PER I-PER O", []Span{{0, 1, "PER"}}},
		{"entity at sentence end", "O B-LOC I-LOC", []Span{{1, 2, "LOC"}}},
		{"single last word", "O O B-ORG", []Span{{2, 2, "ORG"}}},
		{"I without B starts one", "O I-PER I-PER O", []Span{{1, 2, "PER"}}},
		{"I at start", "I-LOC", []Span{{0, 0, "LOC"}}},
		{"type change inside", "B-PER I-ORG", []Span{{0, 0, "PER"}, {1, 1, "ORG"}}},
		{"B after B", "B-PER B-PER", []Span{{0, 0, "PER"}, {1, 1, "PER"}}},
		{"I after O after entity", "B-ORG O I-ORG", []Span{{0, 0, "ORG"}, {2, 2, "ORG"}}},
		{"junk labels end entities", "B-PER X I-PER B- -", []Span{{0, 0, "PER"}, {2, 2, "PER"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Spans(strings.Fields(tc.labels))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Spans(%q) = %v, want %v", tc.labels, got, tc.want)
			}
		})
	}
}

func TestScorer(t *testing.T) {
	s := NewScorer()
	s.Add(strings.Fields("B-PER I-PER O B-LOC"), strings.Fields("B-PER I-PER O B-ORG"))
	s.Add(strings.Fields("B-ORG O"), strings.Fields("B-ORG I-ORG"))
	if s.All != (Count{TP: 1, FP: 2, FN: 2}) {
		t.Errorf("All = %+v", s.All)
	}
	if c := *s.ByType["PER"]; c.F1() != 1 {
		t.Errorf("PER = %+v", c)
	}
	if got := s.Types(); !reflect.DeepEqual(got, []string{"LOC", "ORG", "PER"}) {
		t.Errorf("Types = %v", got)
	}
	if (Count{}).F1() != 0 {
		t.Error("empty F1 not 0")
	}
}

func TestReadIOB2(t *testing.T) {
	in := "# sent_id = a\n# text = Kim went to Seoul.\n1\tKim\tB-PER\t-\n2\twent\tO\n3\tto\tO\n4\tSeoul\tB-LOC\n5\t.\tO\n\n\n1\tHi\tO\n"
	sents, texts, err := ReadIOB2(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || texts[0] != "Kim went to Seoul." || texts[1] != "" {
		t.Fatalf("got %d sentences, texts %q", len(sents), texts)
	}
	if !reflect.DeepEqual(sents[0].Labels, []string{"B-PER", "O", "O", "B-LOC", "O"}) {
		t.Errorf("labels %v", sents[0].Labels)
	}
	for _, bad := range []string{"1\tKim\n", "1\tKim\tPER\n"} {
		if _, _, err := ReadIOB2(strings.NewReader(bad), "bad"); err == nil || !strings.Contains(err.Error(), "bad:1") {
			t.Errorf("ReadIOB2(%q) err = %v, want bad:1", bad, err)
		}
	}
}

// fixture is a tiny training set the recognizer must learn back.
var fixture = []Sentence{
	{Words: strings.Fields("Alice Marsh visited Oslo yesterday ."), Labels: strings.Fields("B-PER I-PER O B-LOC O O")},
	{Words: strings.Fields("The Blue Fern Company hired Alice Marsh ."), Labels: strings.Fields("O B-ORG I-ORG I-ORG O B-PER I-PER O")},
	{Words: strings.Fields("We flew from Oslo to Lima ."), Labels: strings.Fields("O O O B-LOC O B-LOC O")},
	{Words: strings.Fields("Bram Olsen works for Blue Fern Company"), Labels: strings.Fields("B-PER I-PER O O B-ORG I-ORG I-ORG")},
}

func TestTrainFixture(t *testing.T) {
	r, err := Train(context.Background(), fixture, TrainOptions{Epochs: 20, Seed: 3, Unlabeled: fixture})
	if err != nil {
		t.Fatal(err)
	}
	check := func(r *Recognizer) {
		t.Helper()
		for _, s := range fixture {
			if got := r.Label(s.Words, nil); !reflect.DeepEqual(got, s.Labels) {
				t.Errorf("Label(%q) = %v, want %v", s.Words, got, s.Labels)
			}
		}
	}
	check(r)
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		t.Fatal(err)
	}
	r2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if r2.Features() != r.Features() || len(r2.lex) != len(r.lex) || len(r.lex) == 0 {
		t.Errorf("reloaded %d features, %d lexicon words; saved %d, %d", r2.Features(), len(r2.lex), r.Features(), len(r.lex))
	}
	check(r2)
	// Truncated and corrupted models are errors, not panics.
	b := buf.Bytes()
	for _, cut := range []int{0, 5, 12, len(b) / 2, len(b) - 1} {
		if _, err := Load(bytes.NewReader(b[:cut])); err == nil {
			t.Errorf("Load of %d of %d bytes: no error", cut, len(b))
		}
	}
	if _, err := Load(bytes.NewReader(append(append([]byte{}, b...), 0))); err == nil {
		t.Error("Load with trailing byte: no error")
	}
	if _, err := Train(context.Background(), []Sentence{{Words: []string{"a"}}}, TrainOptions{}); err == nil {
		t.Error("Train with missing labels: no error")
	}
}

func TestTrainDeterministic(t *testing.T) {
	save := func() []byte {
		r, err := Train(context.Background(), fixture, TrainOptions{Epochs: 5, Seed: 9})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := r.Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if !bytes.Equal(save(), save()) {
		t.Error("two trainings with one seed differ")
	}
}

func TestDefault(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if r.Features() < 1000 || len(r.lex) < 1000 {
		t.Errorf("embedded model has %d features, %d lexicon words", r.Features(), len(r.lex))
	}
	if got := r.Label(nil, nil); len(got) != 0 {
		t.Errorf("Label(nil) = %v", got)
	}
	// Labels are valid IOB2 whatever the input.
	words := strings.Fields("Yesterday Mr. John Smith of Acme Corp. flew from Paris to New York City .")
	labels := r.Label(words, nil)
	for i, l := range labels {
		if strings.HasPrefix(l, "I-") && (i == 0 || labels[i-1][2:] != l[2:] || labels[i-1] == "O") {
			t.Errorf("invalid IOB2 at %d: %v", i, labels)
		}
	}
}

// TestConcurrent labels from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Fumio Kishida met Yoon Suk-yeol in New York on Wednesday .")
	want := r.Label(words, nil)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				if got := r.Label(words, nil); !reflect.DeepEqual(got, want) {
					t.Errorf("concurrent Label = %v, want %v", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestSeed checks the names of the seed article: people, the agency and
// places come out with their types.
func TestSeed(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seed/article.txt")
	if err != nil {
		t.Skip("seed article absent:", err)
	}
	a, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]string{} // entity text -> type (last seen)
	seen := map[string]map[string]bool{}
	for _, s := range a.Analyze(string(data)) {
		words := make([]string, len(s.Tokens))
		tags := make([]string, len(s.Tokens))
		for i, tk := range s.Tokens {
			words[i], tags[i] = tk.Text, tk.Tag
		}
		for _, sp := range Spans(r.Label(words, tags)) {
			name := strings.Join(words[sp.First:sp.Last+1], " ")
			found[name] = sp.Type
			if seen[name] == nil {
				seen[name] = map[string]bool{}
			}
			seen[name][sp.Type] = true
		}
	}
	want := map[string]string{
		"Yoon Suk-yeol": "PER", "Fumio Kishida": "PER", "Lee Jae-myoung": "PER",
		"Kim Gunn": "PER", "Sung Kim": "PER",
		"Yonhap News Agency": "ORG",
		"New York":           "LOC", "Japan": "LOC", "North Korea": "LOC",
	}
	for name, typ := range want {
		if !seen[name][typ] {
			t.Errorf("%q: got types %v, want %s", name, seen[name], typ)
		}
	}
	t.Logf("entities: %v", found)
}

func FuzzLabel(f *testing.F) {
	r, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Fumio Kishida met Yoon Suk-yeol in New York .", "NNP NNP VBD NNP NNP IN NNP NNP .")
	f.Add("", "")
	f.Add("I-PER \xff\xfe ... U.S. 's", "NN")
	f.Fuzz(func(t *testing.T, s, tags string) {
		words := strings.Fields(s)
		labels := r.Label(words, strings.Fields(tags))
		if len(labels) != len(words) {
			t.Fatalf("%d labels for %d words", len(labels), len(words))
		}
		for i, l := range labels {
			if labelIndex(l) < 0 {
				t.Fatalf("label %q", l)
			}
			if strings.HasPrefix(l, "I-") && (i == 0 || labels[i-1] == "O" || labels[i-1][2:] != l[2:]) {
				t.Fatalf("invalid IOB2: %v", labels)
			}
		}
	})
}

func BenchmarkLabel(b *testing.B) {
	r, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("South Korean President Yoon Suk-yeol and Japanese Prime Minister Fumio Kishida met on the sidelines of the UN General Assembly session , Yonhap News Agency said .")
	tags := strings.Fields("JJ JJ NNP NNP NNP CC JJ NNP NNP NNP NNP VBD IN DT NNS IN DT NNP NNP NNP NN , NNP NNP NNP VBD .")
	b.ReportAllocs()
	for b.Loop() {
		r.Label(words, tags)
	}
}
