package coder

import "testing"

// The people help is asked for are not those appealed to. Our own
// sentences, none from a gold or fresh file.
func TestAppealsForOthers(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Chad's president appealed for urgent international humanitarian aid for some 20,000 refugees stranded near the border.",
			[]string{"Chad's president=TCDGOV/nominal", "some 20,000 refugees=TCDREF/nominal"}, "TCDGOV> 0233"},
		{"The Somali government called for emergency food aid for villagers hit by the drought.",
			[]string{"The Somali government=SOMGOV/nominal", "villagers=SOMCVL/nominal"}, "SOMGOV> 023"},
		// the addressee named: the appeal is to it
		{"The Libyan government appealed to the European Union for help for migrants stranded in the desert.",
			[]string{"The Libyan government=LBYGOV/nominal", "the European Union=IGOEU", "migrants=LBYREF/nominal"}, "LBYGOV>IGOEU 020"},
		// a group that is the addressee, not in a for-phrase, stays
		{"The mayor urged refugees to leave the camp.",
			[]string{"The mayor=GRCGOV/nominal", "refugees=GRCREF/nominal"}, "GRCGOV>GRCREF 020"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
