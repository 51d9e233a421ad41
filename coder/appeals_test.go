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
			[]string{"The Libyan government=LBYGOV/nominal", "the European Union=IGOEU", "migrants=LBYREF/nominal"}, "LBYGOV>IGOEU 023"},
		// a group that is the addressee, not in a for-phrase, stays
		{"The mayor urged refugees to leave the camp.",
			[]string{"The mayor=GRCGOV/nominal", "refugees=GRCREF/nominal"}, "GRCGOV>GRCREF 020"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: an appeal whose "for" phrase of aid follows the addressee
// is an appeal for aid, coded by the aid's kind; a general attack by
// aircraft is an aerial attack. Our own sentences, none from a gold or
// fresh file.
func TestAppealsForAidAndAerialAttacks(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Fiji asked Japan for emergency assistance after the cyclone.",
			[]string{"Fiji=FJI", "Japan=JPN"}, "FJI>JPN 0233"},
		{"Kyiv urged Berlin on Monday for more military aid.",
			[]string{"Kyiv=UKRGOV", "Berlin=DEUGOV"}, "UKRGOV>DEUGOV 0232"},
		{"Tonga asked New Zealand for help.",
			[]string{"Tonga=TON", "New Zealand=NZL"}, "TON>NZL 023"},
		// "for" something else: the appeal as before
		{"Fiji asked Japan for talks on fishing rights.",
			[]string{"Fiji=FJI", "Japan=JPN"}, "FJI>JPN 020"},
		// aircraft as the subject of a general attack: aerial
		{"Turkish drones struck a convoy of Kurdish fighters in northern Iraq.",
			[]string{"Turkish drones=TURMIL/nominal", "Kurdish fighters=IRQREB/nominal"}, "TURMIL>IRQREB 195"},
		{"Russian jets struck rebel positions near Idlib on Sunday.",
			[]string{"Russian jets=RUSMIL/nominal", "rebel=SYRREB/modifier"}, "RUSMIL>SYRREB 195"},
		// ground troops: unspecified as before
		{"Turkish troops struck a convoy of Kurdish fighters in northern Iraq.",
			[]string{"Turkish troops=TURMIL/nominal", "Kurdish fighters=IRQREB/nominal"}, "TURMIL>IRQREB 190"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: what an appeal or a demand asks the target to do gives its
// subcode. Our own sentences, none from a gold or fresh file.
func TestAskedSubcodes(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Vietnam demanded that China withdraw its survey ship from the disputed waters.",
			[]string{"Vietnam=VNM", "China=CHN"}, "VNM>CHN 106"},
		{"The European Union urged Belarus to free all political prisoners.",
			[]string{"The European Union=IGOEU", "Belarus=BLR", "political prisoners=BLROPP/nominal"}, "IGOEU>BLR 0253"},
		{"Pakistan called on India to resume talks on the Indus waters.",
			[]string{"Pakistan=PAK", "India=IND"}, "PAK>IND 026"},
		{"Cuba demanded that Washington lift the embargo.",
			[]string{"Cuba=CUB", "Washington=USAGOV"}, "CUB>USAGOV 1054"},
		{"The opposition demanded that the government reverse the fuel tax increase.",
			[]string{"The opposition=KENOPP/nominal", "the government=KENGOV/nominal"}, "KENOPP>KENGOV 1042"},
		// another act asked for, or a verb without its object: as before
		{"Vietnam demanded that China respect its sovereignty.",
			[]string{"Vietnam=VNM", "China=CHN"}, "VNM>CHN 100"},
		{"Cuba demanded that Washington lift its voice for peace.",
			[]string{"Cuba=CUB", "Washington=USAGOV"}, "CUB>USAGOV 100"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
