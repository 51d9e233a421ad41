package times

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

func TestResolve(t *testing.T) {
	pub := mustDate(wed)
	tests := []struct {
		expr  string
		tense Tense
		value string
		prec  string
	}{
		{"on Wednesday", Past, "2022-09-21", "day"},
		{"on Monday", Past, "2022-09-19", "day"},
		{"on Monday", Future, "2022-09-26", "day"},
		{"Monday", Unknown, "2022-09-19", "day"},
		{"Sunday", Unknown, "2022-09-18", "day"},
		{"Saturday", Unknown, "2022-09-24", "day"},
		{"friday", Past, "2022-09-16", "day"},
		{"last Friday", Future, "2022-09-16", "day"},
		{"next Wednesday", Past, "2022-09-28", "day"},
		{"in December 2019", Unknown, "2019-12", "month"},
		{"Sept. 21, 2022", Unknown, "2022-09-21", "day"},
		{"21 September", Past, "2022-09-21", "day"},
		{"may 5", Future, "2023-05-05", "day"},
		{"march", Past, "2022-03", "month"},
		{"2019", Unknown, "2019", "year"},
		{"since 2019", Unknown, "2019", "year"},
		{"the 1990s", Unknown, "199", "decade"},
		{"2022-09-21", Unknown, "2022-09-21", "day"},
		{"three years", Unknown, "P3Y", ""},
		{"two years and 10 months", Unknown, "P2Y10M", ""},
		{"for five days", Unknown, "P5D", ""},
		{"30 minutes", Unknown, "PT30M", ""},
		{"two years ago", Unknown, "2020", "year"},
		{"last week", Unknown, "2022-W37", "week"},
		{"yesterday", Unknown, "2022-09-20", "day"},
		{"the previous day", Past, "2022-09-20", "day"},
		{"Wednesday's", Past, "2022-09-21", "day"},
	}
	for _, tt := range tests {
		v, p, ok := Resolve(tt.expr, pub, tt.tense)
		if !ok || v != tt.value || p != tt.prec {
			t.Errorf("Resolve(%q, %s): got %q %q %v, want %q %q", tt.expr, tt.tense, v, p, ok, tt.value, tt.prec)
		}
	}
	for _, expr := range []string{"", "hello world", "2019 people", "once a year", "   "} {
		if v, p, ok := Resolve(expr, pub, Past); ok {
			t.Errorf("Resolve(%q): got %q %q, want no match", expr, v, p)
		}
	}
}

func TestParseOffsets(t *testing.T) {
	expr := "met in December 2019, officials said"
	te, ok := Parse(expr, mustDate(wed), Past)
	if !ok || te.Text != "December 2019" || expr[te.Start:te.End] != te.Text || te.Kind != KindDate {
		t.Errorf("Parse(%q) = %+v, %v", expr, te, ok)
	}
}

func TestAnchor(t *testing.T) {
	tests := []struct {
		value string
		want  string // "" = not a date
	}{
		{"2022-09-21", "2022-09-21"},
		{"2022-09", "2022-09-01"},
		{"2022", "2022-01-01"},
		{"199", "1990-01-01"},
		{"2022-W38", "2022-09-19"},
		{"2022-W37-WE", "2022-09-17"},
		{"2023-W01", "2023-01-02"},
		{"2020-W53", "2020-12-28"},
		{"2022-W53", ""},
		{"2022-13", ""},
		{"2022-02-30", ""},
		{"P3Y", ""},
		{"", ""},
		{"20a2", ""},
		{"2022-W00", ""},
	}
	for _, tt := range tests {
		got, ok := Anchor(tt.value)
		if tt.want == "" {
			if ok {
				t.Errorf("Anchor(%q) = %v, want not ok", tt.value, got)
			}
			continue
		}
		if !ok || got.Format(time.DateOnly) != tt.want {
			t.Errorf("Anchor(%q) = %v %v, want %s", tt.value, got, ok, tt.want)
		}
	}
}

// Every value the stage writes for a date must parse back with Anchor into
// a day inside the period it names.
func TestValuesAnchor(t *testing.T) {
	for _, c := range cases {
		if c.value == "" || c.prec == "" {
			continue
		}
		a, ok := Anchor(c.value)
		if !ok {
			t.Errorf("Anchor(%q) failed", c.value)
			continue
		}
		if got := format(a, c.prec); c.prec != "week" && got != c.value {
			t.Errorf("format(Anchor(%q), %s) = %q", c.value, c.prec, got)
		}
	}
}

func TestProcessNoArticle(t *testing.T) {
	d := &dyad.Doc{}
	if err := New().Process(d); err != nil || len(d.Times) != 0 {
		t.Errorf("empty doc: %v %v", err, d.Times)
	}
	if New().Name() != "times" {
		t.Errorf("Name() = %q", New().Name())
	}
}

// Tokens whose offsets do not fit the text are skipped, never sliced.
func TestProcessBadOffsets(t *testing.T) {
	txt := "Met on Monday é."
	d := &dyad.Doc{Article: &dyad.Article{Text: txt, Published: mustDate(wed)}, Sentences: []dyad.Sentence{{
		Start: 0, End: 100, Tokens: []dyad.Token{
			{Start: 0, End: 3, Text: "Met", Tag: "VBD"},
			{Start: 4, End: 6, Text: "on", Tag: "IN"},
			{Start: 7, End: 13, Text: "Monday", Tag: "NNP"},
			{Start: 15, End: 16, Text: "é"},  // inside a rune
			{Start: 90, End: 99, Text: "x"},  // beyond the text
			{Start: 5, End: 4, Text: "bad"},  // reversed
			{Start: -3, End: 2, Text: "neg"}, // negative
		}}}}
	if err := New().Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Times) != 1 || d.Times[0].Text != "on Monday" || d.Times[0].Value != "2022-09-19" {
		t.Errorf("got %+v", d.Times)
	}
	for _, te := range d.Times {
		if !utf8.ValidString(te.Text) {
			t.Errorf("invalid text %q", te.Text)
		}
	}
}
