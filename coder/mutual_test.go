package coder

import "testing"

// Parties fighting among themselves, and "each side accused the other".
// Our own sentences, none from a gold or fresh file.
func TestEachSideAndTheOther(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Government troops and Tuareg rebels fought near Kidal on Friday, as each side accused the other of violating a truce.",
			[]string{"Government troops=MLIMIL/nominal", "Tuareg rebels=MLIREB/nominal"},
			"MLIMIL>MLIREB 1123,MLIMIL>MLIREB 190,MLIREB>MLIMIL 1123,MLIREB>MLIMIL 190"},
		{"Armenian and Azerbaijani troops clashed on the border, and both sides blamed each other for the escalation.",
			[]string{"Armenian and Azerbaijani troops=ARMMIL/nominal", "Armenian and Azerbaijani troops=AZEMIL/nominal"},
			"ARMMIL>AZEMIL 112,ARMMIL>AZEMIL 190,AZEMIL>ARMMIL 112,AZEMIL>ARMMIL 190"},
		{"Ethiopian and Eritrean troops clashed on the border, and the two sides blamed each other for the violence.",
			[]string{"Ethiopian and Eritrean troops=ETHMIL/nominal", "Ethiopian and Eritrean troops=ERIMIL/nominal"},
			"ERIMIL>ETHMIL 112,ERIMIL>ETHMIL 190,ETHMIL>ERIMIL 112,ETHMIL>ERIMIL 190"},
		// no parties coded before: nothing
		{"Each side accused the other of lying.",
			nil, ""},
		// one party fighting: the place's country, as before
		{"Tuareg rebels fought near Kidal on Friday.",
			[]string{"Tuareg rebels=MLIREB/nominal"}, "MLIREB>MLI 190"},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, tt.mentions...)
		if tt.text[:6] == "Govern" || tt.text[:6] == "Tuareg" {
			d = withPlace(d, "Kidal", "MLI")
		}
		wantCodes(t, d, tt.want)
	}
}
