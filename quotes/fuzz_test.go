package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// FuzzProcess runs random text through the text stage and the quotes stage:
// it must never panic, and every quote must name a slice of the text on rune
// boundaries. Proper nouns become entity mentions, so the speaker code runs.
func FuzzProcess(f *testing.F) {
	for _, c := range cases {
		f.Add(c.text)
	}
	if txt, _ := loadSeedMaybe(); txt != "" {
		f.Add(txt)
	}
	for _, s := range []string{"\"", "“", "”\"“", "\"\n\"\n\"", "said: \"", ", he said.", "according to", "quoted as saying",
		"\"a,\" said", "“A.\n“B.\n", "X, Y, said \"", "\xff\"\xfe said"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Articles reach the stages as valid UTF-8 (ingest repairs them).
		s = strings.ToValidUTF8(s, "\uFFFD")
		if len(s) > 2000 {
			// The text stage is quadratic on long runs of punctuation
			// (4,000 commas take 0.3 s); long inputs only slow the fuzzer.
			return
		}
		d := newDoc(t, s)
		var e dyad.Entity
		for si, se := range d.Sentences {
			for ti, tk := range se.Tokens {
				switch tk.Tag {
				case "NNP", "PRP":
					kind := "name"
					if tk.Tag == "PRP" {
						kind = "pronoun"
					}
					e.Mentions = append(e.Mentions, dyad.Mention{Start: tk.Start, End: tk.End, Sentence: si, First: ti, Last: ti + 1, Kind: kind})
				}
			}
		}
		e.ID, e.Text, e.Type, e.Actor = "E0", "X", dyad.Person, "XXXGOV"
		d.Entities = append(d.Entities, e)
		if err := New().Process(d); err != nil {
			t.Fatalf("Process: %v", err)
		}
		checkQuotes(t, d)
		for _, q := range d.Quotes {
			if !utf8.RuneStart(s[q.Start]) || (q.End < len(s) && !utf8.RuneStart(s[q.End])) {
				t.Fatalf("quote [%d,%d) not on rune boundaries", q.Start, q.End)
			}
			if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
				t.Fatalf("quote sentence %d of %d", q.Sentence, len(d.Sentences))
			}
		}
		Attributions(d)
	})
}

func loadSeedMaybe() (string, error) {
	b, err := readSeed()
	return string(b), err
}
