package coder

import "testing"

// ", prompting/forcing/leading X to VERB": X's act, toward the party of
// the clause before when it names none. Our own sentences, none from a
// gold or fresh file.
func TestPromptedReactions(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"India's navy detained 20 Pakistani fishermen, prompting Islamabad to demand their release.",
			[]string{"India's navy=INDMIL/nominal", "Pakistani fishermen=PAKAGR/nominal", "Islamabad=PAKGOV/metonym"}, "INDMIL>PAKAGR 173,PAKGOV>INDMIL 1053"},
		{"Israeli jets struck a school in Gaza, prompting Egypt to condemn Israel.",
			[]string{"Israeli jets=ISRMIL/nominal", "Egypt=EGY", "Israel=ISR"}, "EGY>ISR 111,ISRMIL>PSE 195"},
		{"Sudan expelled the Chadian ambassador, forcing N'Djamena to recall its envoy.",
			[]string{"Sudan=SDN", "the Chadian ambassador=TCDGOV/nominal", "N'Djamena=TCDGOV/metonym"}, "SDN>TCDGOV 161,TCDGOV>SDN 161"},
		// no prompting participle: not the demand of the party before "to"
		{"India's navy detained 20 Pakistani fishermen and wanted Islamabad to demand their release.",
			[]string{"India's navy=INDMIL/nominal", "Pakistani fishermen=PAKAGR/nominal", "Islamabad=PAKGOV/metonym"}, "INDMIL>PAKAGR 173,INDMIL>PAKGOV 020"},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, tt.mentions...)
		if tt.text[:7] == "Israeli" {
			withPlace(d, "Gaza", "PSE")
		}
		wantCodes(t, d, tt.want)
	}
}
