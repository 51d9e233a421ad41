package main

import (
	"testing"
)

// BenchmarkPipeline codes the bundled sample corpus once per iteration on
// one goroutine; sentences/s and tokens/s are reported as metrics.
func BenchmarkPipeline(b *testing.B) {
	articles, err := readCorpus("../../testdata/corpus/sample.jsonl")
	if err != nil {
		b.Skip(err)
	}
	p, err := newPipeline(pipelineConfig{})
	if err != nil {
		b.Fatal(err)
	}
	var sents, toks int
	for b.Loop() {
		for _, a := range articles {
			d, err := p.Code(a)
			if err != nil {
				b.Fatal(err)
			}
			sents += len(d.Sentences)
			for _, s := range d.Sentences {
				toks += len(s.Tokens)
			}
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	b.ReportMetric(float64(toks)/sec, "tokens/s")
}
