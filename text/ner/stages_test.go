package ner

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestBuildTypeLex(t *testing.T) {
	sents := []Sentence{
		{Words: strings.Fields("Hewitt hired Ann Lee ."), Labels: strings.Fields("B-ORG O B-PER I-PER O")},
		{Words: strings.Fields("I called Hewitt today"), Labels: strings.Fields("O O B-ORG O")},
		{Words: strings.Fields("ann lee met HEWITT"), Labels: strings.Fields("B-PER I-PER O O")},
	}
	tl := buildTypeLex(sents)
	// "hewitt": 3 occurrences, 2 in ORG names: ORG bucket 2, no PER, LOC.
	v, ok := tl.words["hewitt"]
	if !ok || v&7 != 0 || v>>3&7 != 2 || v>>6&7 != 0 || uint8(v>>9&3) != countBucket(2) {
		t.Errorf("hewitt = %#x (ok %v)", v, ok)
	}
	if _, ok := tl.words["hired"]; ok {
		t.Error("a word never inside a name is in the word lexicon")
	}
	if v := tl.spans["ann lee"]; v&3 != 2-1 || v>>2&7 != 4 || v>>5&3 != countBucket(2) {
		t.Errorf(`spans["ann lee"] = %#x, want PER, share bucket 4, count bucket of 2`, v)
	}
	if tl.maxSpan != 2 {
		t.Errorf("maxSpan = %d", tl.maxSpan)
	}
	// The features of a sentence change with the lexicon.
	var sf sentFeats
	words := strings.Fields("Ann Lee left Hewitt")
	without := extract(nil, &sf, words, nil, nil, nil, lexicons{})
	n0 := len(without[3])
	with := extract(nil, &sf, words, nil, nil, nil, lexicons{typ: tl})
	if len(with[3]) <= n0 {
		t.Errorf("silver lexicon added no features: %d then %d", n0, len(with[3]))
	}
}

func TestReadIOB2Docs(t *testing.T) {
	in := "# newdoc id = d1\n# sent_id = a\n1\tKim\tB-PER\n\n# sent_id = b\n1\tHi\tO\n\n# newdoc id = d2\n1\tBye\tO\n"
	sents, _, err := ReadIOB2(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, s := range sents {
		docs = append(docs, s.Doc)
	}
	if want := []string{"d1", "d1", "d2"}; !reflect.DeepEqual(docs, want) {
		t.Errorf("docs %q, want %q", docs, want)
	}
}

func TestKnownOrgs(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, tc := range []struct {
		words       string
		first, last int // -1: no known-organisation match
	}{
		{"she shops at Barnes & Noble daily", 3, 5},
		{"lunch at McDonald 's today", 2, 3},
		{"a flight on BRITISH AIRWAYS", 3, 4},
		{"the barnes family", -1, -1},
	} {
		first, last := -1, -1
		for _, m := range g.matches(nil, strings.Fields(tc.words), &b) {
			if m.cat == gzKnownOrg {
				first, last = m.first, m.last
			}
		}
		if first != tc.first || last != tc.last {
			t.Errorf("%q: known organisation %d..%d, want %d..%d", tc.words, first, last, tc.first, tc.last)
		}
	}
}

// docFixture repeats names across the sentences of two documents.
var docFixture = []Sentence{
	{Doc: "a", Words: strings.Fields("Alice Marsh visited Oslo yesterday ."), Labels: strings.Fields("B-PER I-PER O B-LOC O O")},
	{Doc: "a", Words: strings.Fields("Marsh liked Oslo ."), Labels: strings.Fields("B-PER O B-LOC O")},
	{Doc: "b", Words: strings.Fields("The Blue Fern Company hired Bram Olsen ."), Labels: strings.Fields("O B-ORG I-ORG I-ORG O B-PER I-PER O")},
	{Doc: "b", Words: strings.Fields("Olsen left Blue Fern in May ."), Labels: strings.Fields("B-PER O B-ORG I-ORG O O O")},
	{Doc: "c", Words: strings.Fields("We flew from Oslo to Lima ."), Labels: strings.Fields("O O O B-LOC O B-LOC O")},
	{Doc: "c", Words: strings.Fields("Lima was warm ."), Labels: strings.Fields("B-LOC O O O")},
}

func TestDocStage(t *testing.T) {
	opt := TrainOptions{Epochs: 20, Seed: 3, DocFolds: 3, Unlabeled: docFixture, Silver: docFixture}
	r, err := Train(context.Background(), docFixture, opt)
	if err != nil {
		t.Fatal(err)
	}
	if r.doc == nil || r.tlex == nil {
		t.Fatalf("no document stage (%v) or silver lexicon (%v)", r.doc != nil, r.tlex != nil)
	}
	check := func(r *Recognizer) {
		t.Helper()
		got := r.LabelDoc(docFixture)
		for i, s := range docFixture {
			if !reflect.DeepEqual(got[i], s.Labels) {
				t.Errorf("LabelDoc sentence %d = %v, want %v", i, got[i], s.Labels)
			}
			if one := r.Label(s.Words, nil); len(one) != len(s.Words) {
				t.Errorf("Label gave %d labels for %d words", len(one), len(s.Words))
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
	if r2.doc == nil || r2.doc.Features() != r.doc.Features() || len(r2.tlex.spans) != len(r.tlex.spans) {
		t.Fatalf("reloaded document stage or silver lexicon differs")
	}
	check(r2)
	var again bytes.Buffer
	if err := r2.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("saving a reloaded two-stage model changes it")
	}
	b := buf.Bytes()
	for _, cut := range []int{len(b) - 1, len(b) - 20} {
		if _, err := Load(bytes.NewReader(b[:cut])); err == nil {
			t.Errorf("Load of %d of %d bytes: no error", cut, len(b))
		}
	}
	if got := r.LabelDoc(nil); len(got) != 0 {
		t.Errorf("LabelDoc(nil) = %v", got)
	}
}

func TestLabelSentenceExtra(t *testing.T) {
	// A word whose only clue is an extra feature value is learnt from it.
	var sents []Sentence
	for _, w := range []string{"zork", "blip", "quux", "frob"} {
		sents = append(sents,
			Sentence{Words: []string{"see", w}, Labels: []string{"O", "B-LOC"}, Extra: [][]string{nil, {"place"}}},
			Sentence{Words: []string{"see", w + "s"}, Labels: []string{"O", "O"}})
	}
	r, err := Train(context.Background(), sents, TrainOptions{Epochs: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	got := r.LabelSentence(Sentence{Words: []string{"see", "wump"}, Extra: [][]string{nil, {"place"}}})
	if !reflect.DeepEqual(got, []string{"O", "B-LOC"}) {
		t.Errorf("LabelSentence with the extra feature = %v", got)
	}
}

// TestSaveWritesModelFile checks that saving the built-in model writes
// model.bin again, byte for byte.
func TestSaveWritesModelFile(t *testing.T) {
	b, err := os.ReadFile("model.bin")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Load(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := r.Save(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), b) {
		t.Errorf("Save wrote %d bytes that differ from model.bin's %d", out.Len(), len(b))
	}
}
