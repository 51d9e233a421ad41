package coder

import "testing"

// A negated act inside an if/unless clause is the condition of another
// event, not a refusal. Our own sentences, none from a gold or fresh file.
func TestNegatedConditionIsNoRefusal(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Algeria warned that it would halt gas deliveries to Spain if Madrid did not release two Algerian fishermen.",
			[]string{"Algeria=DZA", "Spain=ESP", "Madrid=ESPGOV", "two Algerian fishermen=DZACVL/nominal"}, "DZA>ESPGOV 130"},
		{"If Serbia does not accept the plan, talks will stall, Kosovo said.",
			[]string{"Serbia=SRB", "Kosovo=XKX"}, ""},
		// outside a condition the refusal stays
		{"Madrid did not release two Algerian fishermen.",
			[]string{"Madrid=ESPGOV", "two Algerian fishermen=DZACVL/nominal"}, "ESPGOV>DZACVL 124 neg"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// An event noun's by-phrase names its agent only when an actor stands
// right after "by". Our own sentences.
func TestNounByPhraseNeedsAnActor(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Ghana suspended talks with Togo, citing repeated incursions by trawlers licensed in Lome into Ghanaian waters.",
			[]string{"Ghana=GHA", "Togo=TGO", "Ghanaian=GHA/modifier"}, "GHA>TGO 164"},
		{"Ghana suspended talks with Togo, citing repeated incursions by Togolese troops into Ghanaian waters.",
			[]string{"Ghana=GHA", "Togo=TGO", "Togolese troops=TGOMIL/nominal", "Ghanaian=GHA/modifier"}, "GHA>TGO 164,TGOMIL>GHA 190"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
