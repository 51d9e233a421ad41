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

// Tenth round: relief goods flown, shipped or trucked in the active voice
// to a party or a place. Our own sentences, none from a gold or fresh file.
func TestActiveRelief(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		places   []string
		want     string
	}{
		{"The World Food Programme flew 40 tonnes of high-energy biscuits and tents to Kabul on Sunday.",
			[]string{"The World Food Programme=IGOUNOWFP"}, []string{"Kabul=AFG"}, "IGOUNOWFP>AFG 073"},
		{"UNICEF has trucked water purification tablets and soap to Sudan from Chad.",
			[]string{"UNICEF=IGOUNOUNICEF", "Sudan=SDN"}, nil, "IGOUNOUNICEF>SDN 073"},
		{"Japan shipped 500 tents and generators to Tonga after the eruption.",
			[]string{"Japan=JPN", "Tonga=TON"}, nil, "JPN>TON 073"},
		// no relief goods: a visit, or another thing shipped
		{"The Japanese foreign minister flew to Tonga on Monday.",
			[]string{"The Japanese foreign minister=JPNGOV/nominal", "Tonga=TON"}, nil, "JPNGOV>TON 042"},
		{"Japan shipped 500 cars to Tonga last year.",
			[]string{"Japan=JPN", "Tonga=TON"}, nil, ""},
		// to the subject's own country: no aid between parties
		{"Japan flew tents and blankets to Okinawa.",
			[]string{"Japan=JPN"}, []string{"Okinawa=JPN"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, tt.mentions...), tt.places), tt.want)
	}
}
