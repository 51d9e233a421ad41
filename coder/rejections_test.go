package coder

import "testing"

// Rejections (coder/README.md, eighth round): a proposal by another party
// that the subject will not accept, ... Our own sentences, none from a
// gold or fresh file.
func TestRejections(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		// a proposal by another party not accepted: rejected, toward its author
		{"Kenya's president said the government would not accept a proposal by neighbouring Uganda to build a joint oil pipeline.",
			[]string{"Kenya=KEN/possessor", "president=KENGOV/nominal", "the government=KENGOV/nominal", "neighbouring Uganda=UGA"},
			"KENGOV>UGA 125 neg"},
		{"The Malian junta will not accept a plan by Algeria for new elections.",
			[]string{"The Malian junta=MLIMIL/nominal", "Algeria=DZA"}, "MLIMIL>DZA 127 neg"},
		{"Chile refused to accept the proposal from Bolivia.",
			[]string{"Chile=CHL", "Bolivia=BOL"}, "CHL>BOL 120"},
		// accepted: an agreement
		{"Peru accepted a proposal by Chile to extend the fishing agreement.",
			[]string{"Peru=PER", "Chile=CHL"}, "PER>CHL 030"},
		// no author named: nothing
		{"The ministry said it would not accept the proposal.",
			[]string{"The ministry=PERGOV/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
