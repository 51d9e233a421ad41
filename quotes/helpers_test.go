package quotes

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

var (
	anaOnce sync.Once
	ana     *text.Analyzer
	anaErr  error
)

func analyzer(tb testing.TB) *text.Analyzer {
	tb.Helper()
	anaOnce.Do(func() { ana, anaErr = text.New() })
	if anaErr != nil {
		tb.Fatalf("text.New: %v", anaErr)
	}
	return ana
}

// newDoc runs the text stage over s.
func newDoc(tb testing.TB, s string) *dyad.Doc {
	tb.Helper()
	d := &dyad.Doc{Article: &dyad.Article{ID: "t", Text: s, Published: time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC)}}
	d.Sentences = analyzer(tb).Analyze(s)
	return d
}

// ent describes an entity of a test: every occurrence of each phrase (whole
// words) becomes a mention of the kind written after a '|' ("the agency|nominal";
// "name" when left out).
type ent struct {
	typ     dyad.EntityType
	text    string
	actor   string
	phrases []string
}

// addEntities appends the entities to d with their mentions.
func addEntities(tb testing.TB, d *dyad.Doc, es ...ent) {
	tb.Helper()
	txt := d.Text()
	for i, e := range es {
		de := dyad.Entity{ID: "E" + string(rune('0'+i)), Text: e.text, Type: e.typ, Actor: e.actor}
		for _, p := range e.phrases {
			kind := "name"
			if k := strings.LastIndexByte(p, '|'); k >= 0 {
				p, kind = p[:k], p[k+1:]
			}
			found := false
			for off := 0; ; {
				j := strings.Index(txt[off:], p)
				if j < 0 {
					break
				}
				st, en := off+j, off+j+len(p)
				off = en
				if (st > 0 && isWordByte(txt[st-1])) || (en < len(txt) && isWordByte(txt[en])) {
					continue
				}
				m := dyad.Mention{Start: st, End: en, Kind: kind, Sentence: d.SentenceAt(st)}
				if m.Sentence >= 0 {
					for ti, tk := range d.Sentences[m.Sentence].Tokens {
						if tk.Start == st {
							m.First = ti
						}
						if tk.End == en {
							m.Last = ti + 1
						}
					}
				}
				de.Mentions = append(de.Mentions, m)
				found = true
			}
			if !found {
				tb.Fatalf("phrase %q not in text", p)
			}
		}
		d.Entities = append(d.Entities, de)
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
}

// run runs the quotes stage on text with entities.
func run(tb testing.TB, s string, es ...ent) []dyad.Quote {
	tb.Helper()
	d := newDoc(tb, s)
	addEntities(tb, d, es...)
	if err := New().Process(d); err != nil {
		tb.Fatalf("Process: %v", err)
	}
	checkQuotes(tb, d)
	return d.Quotes
}

// checkQuotes asserts the invariants of every result: offsets in the text,
// Text the slice they name, text order, a known kind, a non-nil Via.
func checkQuotes(tb testing.TB, d *dyad.Doc) {
	tb.Helper()
	txt := d.Text()
	last := -1
	for _, q := range d.Quotes {
		if q.Start < 0 || q.End > len(txt) || q.Start >= q.End {
			tb.Fatalf("quote offsets [%d,%d) outside text of %d bytes", q.Start, q.End, len(txt))
		}
		if q.Text != txt[q.Start:q.End] {
			tb.Fatalf("quote text %q is not text[%d:%d] %q", q.Text, q.Start, q.End, txt[q.Start:q.End])
		}
		if q.Start < last {
			tb.Fatalf("quotes out of order at %d", q.Start)
		}
		last = q.Start
		switch q.Kind {
		case dyad.Direct, dyad.Partial, dyad.Indirect:
		default:
			tb.Fatalf("bad kind %q", q.Kind)
		}
		if q.Via == nil {
			tb.Fatalf("nil Via in %+v", q)
		}
	}
}
