package coder

import "testing"

// Relief delivered, in the passive, to a place no actor names. Our own
// sentences, none from a gold or fresh file.
func TestPassiveAidToAPlace(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		places   []string // "Name=CTY"
		want     string
	}{
		{"Twenty tonnes of food and blankets were flown to Goma on Friday by the Kenyan air force for people displaced by fighting.",
			[]string{"the Kenyan air force=KENMIL/nominal", "people=KENCVL/nominal"}, []string{"Goma=COD"}, "KENMIL>COD 073"},
		{"Medicines and tents have been delivered to Mosul by the Jordanian army.",
			[]string{"the Jordanian army=JORMIL/nominal"}, []string{"Mosul=IRQ"}, "JORMIL>IRQ 073"},
		{"Relief supplies were shipped to Beira this week by the South African navy, officials said.",
			[]string{"the South African navy=ZAFMIL/nominal", "officials=ZAFGOV/nominal"}, []string{"Beira=MOZ"}, "ZAFMIL>MOZ 073"},
		// no agent: nothing
		{"Blankets were flown to Goma on Friday for people displaced by fighting.",
			[]string{"people=KENCVL/nominal"}, []string{"Goma=COD"}, ""},
		// no relief goods: no aid
		{"Tourists were flown to Goma on Friday by the Kenyan air force.",
			[]string{"the Kenyan air force=KENMIL/nominal"}, []string{"Goma=COD"}, ""},
		// records to a place: left to the patterns, as before
		{"Bank records were sent to Zurich by Italian police.",
			[]string{"Italian police=ITACOP/nominal"}, []string{"Zurich=CHE"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, tt.mentions...), tt.places), tt.want)
	}
}
