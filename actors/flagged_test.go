package actors

import (
	"slices"
	"testing"
)

// A flag state written as the country's adjective ("a Chinese-flagged
// trawler") is that country, as its name already was ("a Panama-flagged
// tanker"). Our own sentences, none from a gold or fresh file.
func TestFlagStateAdjective(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Argentina's coast guard seized a Chinese-flagged squid trawler.", "a Chinese-flagged squid trawler=CHN"},
		{"Indonesia's navy seized a Vietnamese-flagged fishing boat.", "a Vietnamese-flagged fishing boat=VNM"},
		{"Greek police detained a Liberian-flagged cargo ship.", "a Liberian-flagged cargo ship=LBR"},
		{"Iran seized a Panama-flagged tanker.", "a Panama-flagged tanker=PAN"},
	}
	for _, tt := range tests {
		if got := mentions(resolve(t, tt.text, "")); !slices.Contains(got, tt.want) {
			t.Errorf("%s\n  want %s among %q", tt.text, tt.want, got)
		}
	}
}
