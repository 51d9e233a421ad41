package coder

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actors"
	"github.com/dyadproject/dyad/codebook"
	"github.com/dyadproject/dyad/places"
	"github.com/dyadproject/dyad/quotes"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/times"
)

// analysed runs every stage before the coder over the sample corpus
// (../testdata/corpus/sample.jsonl) and returns the documents and their
// number of sentences.
func analysed(b *testing.B, parse bool) ([]*dyad.Doc, int) {
	b.Helper()
	f, err := os.Open("../testdata/corpus/sample.jsonl")
	if err != nil {
		b.Skipf("sample corpus: %v", err)
	}
	defer f.Close()
	ta, err := text.New()
	if err != nil {
		b.Fatal(err)
	}
	if parse {
		if ta, err = ta.WithParser(); err != nil {
			b.Fatal(err)
		}
	}
	kb, err := actors.Default()
	if err != nil {
		b.Fatal(err)
	}
	pl, err := places.New()
	if err != nil {
		b.Fatal(err)
	}
	stages := []dyad.Stage{ta, pl, actors.NewResolver(kb), times.New(), quotes.New()}
	var docs []*dyad.Doc
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text, Date string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		pub, _ := time.Parse(dyad.DateLayout, r.Date)
		d := &dyad.Doc{Article: &dyad.Article{ID: r.ID, Text: r.Text, Published: pub}}
		for _, s := range stages {
			if err := s.Process(d); err != nil {
				b.Fatal(err)
			}
		}
		docs = append(docs, d)
		n += len(d.Sentences)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return docs, n
}

// BenchmarkCoder measures the coding stage alone, after text analysis
// (with the dependency parse, as dyad runs by default), actors, times,
// places and quotes; it reports sentences per second on one goroutine (the
// issue's target is >= 10,000). BenchmarkCoderNoParse reads arguments off
// clause boundaries alone.
func BenchmarkCoder(b *testing.B) { benchCoder(b, true) }

// BenchmarkCoderNoParse is BenchmarkCoder on unparsed sentences.
func BenchmarkCoderNoParse(b *testing.B) { benchCoder(b, false) }

func benchCoder(b *testing.B, parse bool) {
	docs, n := analysed(b, parse)
	cb, err := codebook.Default()
	if err != nil {
		b.Fatal(err)
	}
	c := New(cb)
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, d := range docs {
			if err := c.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "sentences/s")
}
