package coder

import "testing"

// A participle opening the clause modifies the subject's noun ("Suspected
// rebels killed ..."); it is no verb whose object the actor is. Our own
// sentences, none from a gold or fresh file.
func TestParticipleBeforeSubject(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Suspected Islamist militants attacked a mosque in northern Nigeria.",
			[]string{"Islamist militants=NGAREB/nominal", "northern Nigeria=NGA"}, "NGAREB>NGA 190"},
		{"The suspected rebels ambushed a Malian army convoy.",
			[]string{"rebels=MLIREB/nominal", "a Malian army convoy=MLIMIL/nominal"}, "MLIREB>MLIMIL 190"},
		// the object of a verb stays an object
		{"Police have arrested suspected militants in Kano.",
			[]string{"Police=NGACOP/nominal", "militants=NGAREB/nominal"}, "NGACOP>NGAREB 173"},
		// a participle inside a phrase of the subject: no second subject
		{"Activists from the defeated ruling party staged rallies against the president.",
			[]string{"Activists=KENOPP/nominal", "the defeated ruling party=KENPTY/nominal", "the president=KENGOV/nominal"}, "KENOPP>KENGOV 141"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
