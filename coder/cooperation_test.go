package coder

import "testing"

// Parties named before a participle of joint work cooperate. Our own
// sentences, none from a gold or fresh file.
func TestWorkingTogether(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		// the agents of a passive
		{"A cocaine smuggling ring was dismantled by Spanish and Portuguese police working together over two years.",
			[]string{"Spanish and Portuguese police=ESPCOP/nominal", "Spanish and Portuguese police=PRTCOP/nominal"},
			"ESPCOP>PRTCOP 063,PRTCOP>ESPCOP 063"},
		{"A human trafficking gang was broken up by French and Belgian police cooperating across the border.",
			[]string{"French and Belgian police=FRACOP/nominal", "French and Belgian police=BELCOP/nominal"},
			"BELCOP>FRACOP 063,FRACOP>BELCOP 063"},
		// the subject, with or without commas
		{"Kenyan and Ugandan troops, acting jointly, drove the rebels from the border town.",
			[]string{"Kenyan and Ugandan troops=KENMIL/nominal", "Kenyan and Ugandan troops=UGAMIL/nominal"},
			"KENMIL>UGAMIL 062,UGAMIL>KENMIL 062"},
		{"Police in Chile and Argentina working in tandem seized two tonnes of cocaine.",
			[]string{"Police=CHLCOP/nominal", "Chile=CHL", "Argentina=ARG"},
			"ARGCOP>CHLCOP 063,CHLCOP>ARGCOP 063"},
		// one country: nothing
		{"A drug ring was dismantled by Spanish police working together with customs officers.",
			[]string{"Spanish police=ESPCOP/nominal"}, ""},
		// "working" alone is no joint work
		{"A drug ring was dismantled by Spanish and Portuguese police working over two years.",
			[]string{"Spanish and Portuguese police=ESPCOP/nominal", "Spanish and Portuguese police=PRTCOP/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
