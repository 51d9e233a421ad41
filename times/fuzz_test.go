package times

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// FuzzProcess runs the text and times stages over arbitrary text and
// publication dates: no panic, every expression inside the text, on rune
// boundaries, in text order, with a known kind; Parse holds the same.
func FuzzProcess(f *testing.F) {
	f.Add("The leaders met on Wednesday in New York.", int64(19256))
	f.Add("Talks lasted two years and 10 months, since December 2019.", int64(0))
	f.Add("On Sept. 21, 2022, 30-minutes later; the 1990s. May.", int64(-1<<40))
	f.Add("A day earlier, the previous day, last weekend, next March 29.", int64(1<<40))
	f.Add("Feb. 29 Monday, Sunday Times 2019 people é\xff", int64(365*30))
	f.Fuzz(func(t *testing.T, s string, days int64) {
		var pub time.Time
		if days != 0 {
			// any day within ±100,000 years of 1970
			pub = time.Unix(0, 0).UTC().AddDate(0, 0, int(days%36500000))
		}
		d := &dyad.Doc{Article: &dyad.Article{Text: s, Published: pub}}
		d.Sentences = textStage(t).Analyze(s)
		if err := New().Process(d); err != nil {
			t.Fatalf("Process: %v", err)
		}
		prev := -1
		for _, te := range d.Times {
			check(t, s, te)
			if te.Start < prev {
				t.Fatalf("out of order: %+v", d.Times)
			}
			prev = te.Start
		}
		if te, ok := Parse(s, pub, Tense(days&3)); ok {
			check(t, s, te)
		}
	})
}

func check(t *testing.T, s string, te dyad.TimeExpr) {
	t.Helper()
	if te.Start < 0 || te.End > len(s) || te.Start >= te.End {
		t.Fatalf("offsets %d-%d outside %d bytes", te.Start, te.End, len(s))
	}
	if !runeBoundary(s, te.Start) || !runeBoundary(s, te.End) {
		t.Fatalf("offsets %d-%d not on rune boundaries of %q", te.Start, te.End, s)
	}
	if s[te.Start:te.End] != te.Text {
		t.Fatalf("text %q != %q", te.Text, s[te.Start:te.End])
	}
	switch te.Kind {
	case KindDate, KindDuration:
	default:
		t.Fatalf("kind %q", te.Kind)
	}
	if te.Kind == KindDate && te.Value != "" {
		if _, ok := Anchor(te.Value); !ok {
			t.Fatalf("date value %q of %q does not anchor", te.Value, te.Text)
		}
	}
}

func BenchmarkProcess(b *testing.B) {
	src := readSeed(b)
	pub := mustDate(wed)
	sents := textStage(b).Analyze(src)
	r := New()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		d := &dyad.Doc{Article: &dyad.Article{Text: src, Published: pub}, Sentences: sents}
		if err := r.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}

// runeBoundary reports whether p is where a range loop over s starts a
// rune, or the end of s.
func runeBoundary(s string, p int) bool {
	if p == len(s) {
		return true
	}
	for i := range s {
		if i == p {
			return true
		}
		if i > p {
			return false
		}
	}
	return false
}
