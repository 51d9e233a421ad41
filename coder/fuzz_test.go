package coder

import (
	"fmt"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
	"github.com/dyadproject/dyad/text"
)

// FuzzCoder codes arbitrary text in which every noun is an actor mention
// (codes cycling over a few countries and roles): the coder must not panic
// or fail on any input.
func FuzzCoder(f *testing.F) {
	for _, s := range []string{
		"Serbian riot police fired pepper spray and detained at least 20 people as hundreds of residents rallied against a plan.",
		"Syrian government jets bombed a market in Idlib, killing nine people.",
		"The opposition demanded that the minister resign, but the president said he would not ask him to step down.",
		"Ghana's president condemned an attack by gunmen on a police checkpoint.",
		"Kenya's foreign ministry said, welcoming what it called a goodwill gesture by Uganda.",
		"Both forces will begin sharing intelligence.",
	} {
		f.Add(s)
	}
	ta, err := text.New()
	if err != nil {
		f.Fatal(err)
	}
	cb, err := codebook.Default()
	if err != nil {
		f.Fatal(err)
	}
	codes := []string{"KEN", "UGAGOV", "KENCOP", "SYRMIL", "NGAUAF", "GHAOPP", "IGOUNO", "---CVL"}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		d := &dyad.Doc{Article: &dyad.Article{ID: "f", Text: s, Published: time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC)}}
		if err := ta.Process(d); err != nil {
			return
		}
		n := 0
		for si, snt := range d.Sentences {
			for k, tok := range snt.Tokens {
				if len(tok.Tag) < 2 || tok.Tag[:2] != "NN" {
					continue
				}
				code := codes[n%len(codes)]
				n++
				d.Entities = append(d.Entities, dyad.Entity{ID: fmt.Sprintf("e%d", n), Actor: code,
					Mentions: []dyad.Mention{{Start: tok.Start, End: tok.End, Sentence: si, First: k, Last: k + 1, Kind: "nominal"}}})
			}
		}
		if err := New(cb).Process(d); err != nil {
			t.Fatal(err)
		}
	})
}
