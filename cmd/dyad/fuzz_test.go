package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// FuzzPipeline feeds arbitrary text through every stage: no panic, no
// error, and every offset of the record inside the text on rune boundaries.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"", "ANKARA (AA) – The leaders of South Korea and Japan met on Wednesday in New York.",
		"“Unbalanced, he said.", "They met. They met. \"It\" was, he added, “fine”.",
		"President Yoon Suk-yeol and his American counterpart, Sung Kim, vowed to respond if North Korea attacked.",
		"Iran attacks Israel; the U.S. imposed sanctions on Sept. 21, 2022 in Geneva, according to Tokyo.",
	} {
		f.Add(s)
	}
	p, err := newPipeline(pipelineConfig{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD") // ingest repairs input before the stages see it
		d, err := p.Code(&dyad.Article{ID: "f", Text: s, Published: time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		rec := d.Record()
		if _, err := json.Marshal(rec); err != nil {
			t.Fatal(err)
		}
		in := func(what string, start, end int) {
			if start < 0 || end > len(s) || start > end || start < len(s) && !utf8.RuneStart(s[start]) || end < len(s) && !utf8.RuneStart(s[end]) {
				t.Fatalf("%s [%d,%d) outside the text (len %d) or off rune boundaries", what, start, end, len(s))
			}
		}
		for _, x := range rec.Sentences {
			in("sentence", x.Start, x.End)
		}
		for _, e := range rec.Entities {
			for _, m := range e.Mentions {
				in("mention", m.Start, m.End)
			}
		}
		for _, x := range rec.Times {
			in("time", x.Start, x.End)
		}
		for _, x := range rec.Places {
			in("place", x.Start, x.End)
		}
		for _, x := range rec.Quotes {
			in("quote", x.Start, x.End)
		}
		for _, e := range rec.Events {
			in("trigger", e.Trigger.Start, e.Trigger.End)
			if len(e.Source) < 3 || len(e.Target) < 3 || e.Root != e.CAMEO[:2] {
				t.Fatalf("malformed event %+v", e)
			}
		}
	})
}
