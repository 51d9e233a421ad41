package coder

import (
	"strings"
	"testing"
)

// withParse sets the dependency parse of sentence 0: heads are token
// indexes (-1 for the root), rels the UD relations.
func withParse(t *testing.T, toks []string, heads []int, rels []string) func(text string, mentions ...string) []string {
	return func(text string, mentions ...string) []string {
		d := doc(t, text, mentions...)
		s := d.Sentences[0].Tokens
		if len(s) != len(heads) {
			var got []string
			for _, tk := range s {
				got = append(got, tk.Text)
			}
			t.Fatalf("%q: %d tokens %q, parse has %d", text, len(s), got, len(heads))
		}
		for i := range s {
			if s[i].Text != toks[i] {
				t.Fatalf("token %d = %q, want %q", i, s[i].Text, toks[i])
			}
			s[i].Head, s[i].Rel = heads[i], rels[i]
		}
		return code(t, d)
	}
}

func TestDependencyArguments(t *testing.T) {
	tests := []struct {
		text     string
		toks     []string
		heads    []int
		rels     []string
		mentions []string
		want     string
	}{
		{"The leaders of South Korea and Japan met on Wednesday.",
			strings.Fields("The leaders of South Korea and Japan met on Wednesday ."),
			[]int{1, 7, 4, 4, 1, 6, 4, -1, 9, 7, 7},
			strings.Fields("det nsubj case compound nmod cc conj root case obl punct"),
			[]string{"The leaders of South Korea=KORGOV", "Japan=JPNGOV"},
			"JPNGOV>KORGOV 040,KORGOV>JPNGOV 040"},
		{"Ukraine was attacked by Russia.",
			strings.Fields("Ukraine was attacked by Russia ."),
			[]int{2, 2, -1, 4, 2, 2},
			strings.Fields("nsubj:pass aux:pass root case obl punct"),
			[]string{"Ukraine=UKR", "Russia=RUS"},
			"RUS>UKR 190"},
		{"Russia's attack on Ukraine continued.",
			[]string{"Russia", "'s", "attack", "on", "Ukraine", "continued", "."},
			[]int{2, 0, 5, 4, 2, -1, 5},
			strings.Fields("nmod:poss case nsubj case nmod root punct"),
			[]string{"Russia=RUS", "Ukraine=UKR"},
			"RUS>UKR 190"},
		// The clause heuristics would take Libya, the subject of the relative
		// clause, as the source; the parse knows the officials condemned.
		{"Officials from Egypt, which borders Libya, condemned Israel.",
			strings.Fields("Officials from Egypt , which borders Libya , condemned Israel ."),
			[]int{8, 2, 0, 5, 5, 0, 5, 5, -1, 8, 8},
			strings.Fields("nsubj case nmod punct nsubj acl:relcl obj punct root obj punct"),
			[]string{"Officials=EGYGOV", "Libya=LBY", "Israel=ISR"},
			"EGYGOV>ISR 111"},
		// A pronoun subject of a reported clause is the reporter.
		{"Egypt announced that it condemned Israel.",
			strings.Fields("Egypt announced that it condemned Israel ."),
			[]int{1, -1, 4, 4, 1, 4, 1},
			strings.Fields("nsubj root mark nsubj ccomp obj punct"),
			[]string{"Egypt=EGY", "Israel=ISR"},
			"EGY>ISR 111"},
	}
	for _, tt := range tests {
		got := strings.Join(withParse(t, tt.toks, tt.heads, tt.rels)(tt.text, tt.mentions...), ",")
		if got != tt.want {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
