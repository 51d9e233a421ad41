package coder

import "testing"

// A demand followed by a spokesman's conditional warning: the warning is a
// threat (13x, of the act warned of) by the party of the demand toward the
// party of the condition. Our own sentences, none from a gold or fresh file.
func TestDemandThenConditionalWarning(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Hungary demanded that Ukraine restore minority language rights, and a spokesman warned that Budapest would block Kyiv's membership talks if Ukraine failed to comply.",
			[]string{"Hungary=HUN", "Ukraine=UKR", "Budapest=HUNGOV/metonym", "Kyiv=UKRGOV/metonym", "Ukraine=UKR"}, "HUN>UKR 100,HUN>UKR 134"},
		{"Croatia demanded that Serbia open its wartime archives, and a foreign ministry official warned that Zagreb would hold up Belgrade's accession talks if Serbia refused.",
			[]string{"Croatia=HRV", "Serbia=SRB", "Zagreb=HRVGOV/metonym", "Belgrade=SRBGOV/metonym", "Serbia=SRB"}, "HRV>SRB 100,HRV>SRB 134"},
		{"Poland warned that it would break off diplomatic relations with Belarus if Minsk did not release the journalist.",
			[]string{"Poland=POL", "Belarus=BLR", "Minsk=BLRGOV/metonym"}, "POL>BLRGOV 1313"},
		// a warning with no condition is no threat of the demand's party
		{"Hungary demanded that Ukraine restore minority language rights, and a spokesman warned that relations were at a low point.",
			[]string{"Hungary=HUN", "Ukraine=UKR"}, "HUN>UKR 100"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
