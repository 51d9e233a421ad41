package coder

import "testing"

// A verbal act after ", and" that follows a complete that-clause of "X
// said that ..." is X's, not the clause's content; a material act there
// stays the content. Our own sentences, none from a gold or fresh file.
func TestSpeakerAfterThatClause(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Ghana's foreign ministry said that Togolese troops had crossed the border, and demanded an explanation from Lome.",
			[]string{"Ghana's foreign ministry=GHAGOV/nominal", "Togolese troops=TGOMIL/nominal", "Lome=TGOGOV/metonym"}, "GHAGOV>TGOGOV 101"},
		{"Peru said that Chilean jets had violated its airspace, and accused Santiago of lying.",
			[]string{"Peru=PER", "Chilean jets=CHLMIL/nominal", "Santiago=CHLGOV/metonym"}, "PER>CHLGOV 112"},
		// a material act after ", and" is no speaker's
		{"The ministry said that rebels attacked the town, and killed five civilians.",
			[]string{"The ministry=GHAGOV/nominal", "rebels=GHAREB/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
