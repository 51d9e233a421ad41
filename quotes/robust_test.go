package quotes

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestMalformedDoc feeds the stage Docs no text stage would build: it must
// neither panic nor report a quote outside the text.
func TestMalformedDoc(t *testing.T) {
	good := newDoc(t, "\"We are ready,\" the minister said.")
	docs := map[string]*dyad.Doc{
		"nil article":    {},
		"no sentences":   {Article: &dyad.Article{Text: "\"We are ready,\" the minister said."}},
		"empty sentence": {Article: &dyad.Article{Text: "x"}, Sentences: []dyad.Sentence{{Start: 0, End: 1}}},
		"tokens past the end": {Article: &dyad.Article{Text: "ab"}, Sentences: []dyad.Sentence{{Start: 0, End: 9,
			Tokens: []dyad.Token{{Start: 0, End: 1, Text: "\"", Tag: "``"}, {Start: 5, End: 9, Text: "said", Tag: "VBD", Lemma: "say"}}}}},
		"text shorter than sentences": {Article: &dyad.Article{Text: "\"We"}, Sentences: good.Sentences},
		"mentions out of range": {Article: good.Article, Sentences: good.Sentences, Entities: []dyad.Entity{
			{ID: "E0", Text: "X", Type: dyad.Person, Mentions: []dyad.Mention{{Start: -4, End: 2}, {Start: 30, End: 900}, {Start: 9, End: 3}}}}},
	}
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			if err := New().Process(d); err != nil {
				t.Fatalf("Process: %v", err)
			}
			checkQuotes(t, d)
			Attributions(d)
		})
	}
}

// TestLongArticle checks that a long article with unbalanced quotes keeps
// every quote inside its paragraph and runs in time.
func TestLongArticle(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 300; i++ {
		b.WriteString("\"This paragraph opens a quote and never closes it, the envoy said.\n")
		b.WriteString("\"We will respond,\" the minister said.\n")
	}
	d := newDoc(t, b.String())
	if err := New().Process(d); err != nil {
		t.Fatal(err)
	}
	checkQuotes(t, d)
	attributed := 0
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "\n") {
			t.Fatalf("quote runs over a paragraph: %q", q.Text)
		}
		if q.Speaker == "the minister" && q.Text == "We will respond" {
			attributed++
		}
	}
	if attributed != 300 {
		t.Errorf("%d attributed quotes of the minister, want 300", attributed)
	}
}

func TestAttributions(t *testing.T) {
	d := newDoc(t, "Troops crossed the border overnight, the army said. \"We are ready,\" he added.")
	as := Attributions(d)
	if len(as) != 2 {
		t.Fatalf("%d attributions, want 2: %+v", len(as), as)
	}
	txt := d.Text()
	for i, want := range []struct{ cue, speaker, reported string }{
		{"the army said", "the army", "Troops crossed the border overnight"},
		{"he added", "he", "We are ready"},
	} {
		a := as[i]
		if got := txt[a.Cue.Start:a.Cue.End]; got != want.cue {
			t.Errorf("%d: cue %q, want %q", i, got, want.cue)
		}
		if got := txt[a.Speaker.Start:a.Speaker.End]; got != want.speaker {
			t.Errorf("%d: speaker %q, want %q", i, got, want.speaker)
		}
		if got := txt[a.Reported.Start:a.Reported.End]; got != want.reported {
			t.Errorf("%d: reported %q, want %q", i, got, want.reported)
		}
	}
}

func TestName(t *testing.T) {
	if New().Name() != "quotes" {
		t.Fatal(New().Name())
	}
}
