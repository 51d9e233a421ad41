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

// A past-tense verb after ", and" that follows a demand's that-clause (in
// the subjunctive) is the demanding party's own act, even with a time
// between the subject and the demand. Our own sentences.
func TestActAfterDemandClause(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Armenia's prime minister demanded that Azerbaijan return three villages, and accused Azerbaijani border guards of firing on farmers.",
			[]string{"prime minister=ARMGOV/nominal", "Azerbaijan=AZE", "Azerbaijani border guards=AZECOP/nominal", "farmers=ARMAGR/nominal"},
			"ARMGOV>AZE 100,ARMGOV>AZECOP 112"},
		{"Bolivia's foreign minister insisted that Chile reopen the border crossing, and criticised Chilean police for detaining truck drivers.",
			[]string{"foreign minister=BOLGOV/nominal", "Chile=CHL", "Chilean police=CHLCOP/nominal", "truck drivers=BOLBUS/nominal"},
			"BOLGOV>CHL 100,BOLGOV>CHLCOP 111,CHLCOP>BOLBUS 173"},
		// a that-clause of a statement with no verb of its own keeps the
		// second verb as its content
		{"The ministry said that Russian troops, and accused fighters, had left.",
			[]string{"The ministry=UKRGOV/nominal", "Russian troops=RUSMIL/nominal", "fighters=UKRREB/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
