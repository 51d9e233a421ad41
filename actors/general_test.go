package actors

import (
	"slices"
	"testing"
)

// TestGeneralResolution covers rules found by scoring the coder on whole
// sentences (issue 4): titles with family names, undated texts, and
// mentions that take a country from nothing related to them.
func TestGeneralResolution(t *testing.T) {
	tests := []struct {
		name, text, date string
		want, not        []string
	}{
		{"title and family name, in office", "President Bush flew to Moscow to see Russian leaders.", "2004-06-01",
			[]string{"President Bush=USAGOV"}, []string{"President Bush=RUSGOV"}},
		{"title and family name, the father's term", "President Bush spoke to Russian leaders.", "1990-06-01",
			[]string{"President Bush=USAGOV"}, nil},
		{"title and family name, undated", "President Bush warned Russia again.", "",
			[]string{"President Bush=USAGOV"}, []string{"President Bush=RUSGOV"}},
		{"undated IGO head", "Secretary-General Kofi Annan visited Iraq.", "",
			[]string{"Secretary-General Kofi Annan=IGOUNO"}, nil},
		{"undated head of state", "Barack Obama criticised Iran.", "",
			[]string{"Barack Obama=USAGOV"}, nil},
		{"dated former head", "Barack Obama criticised Iran.", "2019-03-01",
			[]string{"Barack Obama=USAELI"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(resolve(t, tc.text, tc.date))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: missing %s; got %q", tc.text, w, got)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("%q: unwanted %s; got %q", tc.text, n, got)
				}
			}
		})
	}
}
