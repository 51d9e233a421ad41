package times

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

var (
	analyzerOnce sync.Once
	analyzer     *text.Analyzer
	analyzerErr  error
)

// textStage returns the shared text stage for tests.
func textStage(tb testing.TB) *text.Analyzer {
	tb.Helper()
	analyzerOnce.Do(func() { analyzer, analyzerErr = text.New() })
	if analyzerErr != nil {
		tb.Fatalf("text.New: %v", analyzerErr)
	}
	return analyzer
}

// process runs the text stage and the times stage over s.
func process(tb testing.TB, s string, pub time.Time) *dyad.Doc {
	tb.Helper()
	d := &dyad.Doc{Article: &dyad.Article{Text: s, Published: pub}}
	d.Sentences = textStage(tb).Analyze(s)
	if err := New().Process(d); err != nil {
		tb.Fatalf("Process: %v", err)
	}
	return d
}

func mustDate(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

const seedPath = "../../shared/seed/article.txt"

func readSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Skipf("seed article absent: %v", err)
	}
	return string(b)
}

func TestSeed(t *testing.T) {
	src := readSeed(t)
	d := process(t, src, mustDate("2022-09-21"))
	for _, te := range d.Times {
		t.Logf("%q %d-%d %s %s %s s%d", te.Text, te.Start, te.End, te.Value, te.Precision, te.Kind, te.Sentence)
	}
	want := []struct {
		text, value, prec, kind string
		sentence                int
	}{
		{"on Wednesday", "2022-09-21", "day", "date", 0},
		{"December 2019", "2019-12", "month", "date", 3},
		{"on Monday", "2022-09-19", "day", "date", 4},
		{"three years", "P3Y", "", "duration", 0},
		{"two years and 10 months", "P2Y10M", "", "duration", 8},
	}
	for _, w := range want {
		found := false
		for _, te := range d.Times {
			if te.Text == w.text && te.Sentence == w.sentence {
				found = true
				if te.Value != w.value || te.Precision != w.prec || te.Kind != w.kind {
					t.Errorf("%q: got %s/%s/%s, want %s/%s/%s", w.text, te.Value, te.Precision, te.Kind, w.value, w.prec, w.kind)
				}
				if src[te.Start:te.End] != te.Text {
					t.Errorf("%q: offsets %d-%d give %q", w.text, te.Start, te.End, src[te.Start:te.End])
				}
			}
		}
		if !found {
			t.Errorf("%q (sentence %d) not found", w.text, w.sentence)
		}
	}
	for i := 1; i < len(d.Times); i++ {
		if d.Times[i].Start < d.Times[i-1].Start {
			t.Errorf("times out of text order at %d", i)
		}
	}
}
