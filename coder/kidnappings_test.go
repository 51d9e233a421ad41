package coder

import "testing"

// Unnamed kidnappers abroad, the appeal to the captors, and the speaker
// of a participle after "said". Our own sentences, none from a gold or
// fresh file.
func TestKidnappersAndCaptors(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		// kidnappers of no country, in a named country: its unidentified
		// forces; the appeal to the captors is to them, by the speaker
		{"Unidentified gunmen kidnapped a Canadian engineer in northern Mozambique on Tuesday, Canada's foreign ministry said, urging his captors to release him unharmed.",
			[]string{"Unidentified gunmen=---UAF/nominal", "Canadian=CAN/modifier", "northern Mozambique=MOZ", "Canada's foreign ministry=CANGOV/nominal"},
			"CANGOV>MOZUAF 0253,MOZUAF>CAN 181"},
		{"Gunmen abducted a Dutch aid worker in eastern Chad, the Dutch government said, calling on the kidnappers to free her.",
			[]string{"Gunmen=NLDUAF/nominal", "Dutch=NLD/modifier", "eastern Chad=TCD", "the Dutch government=NLDGOV/nominal"},
			"NLDGOV>TCDUAF 0253,TCDUAF>NLD 181"},
		// the captors inside the pattern, made an actor of their own
		{"Gunmen abducted three Chinese engineers in northern Nigeria, China's embassy said, urging the kidnappers to release them.",
			[]string{"Gunmen=CHNUAF/nominal", "Chinese=CHN/modifier", "northern Nigeria=NGA", "China's embassy=CHNGOV/nominal", "the kidnappers=CHNCRM/nominal"},
			"CHNGOV>NGAUAF 0253,NGAUAF>CHN 181"},
		// at home: the kidnappers keep their country
		{"Unidentified gunmen kidnapped a Canadian engineer in northern Canada.",
			[]string{"Unidentified gunmen=---UAF/nominal", "Canadian=CAN/modifier", "northern Canada=CAN"},
			"CANUAF>CAN 181"},
		// no abduction before it: an appeal to captors names no one
		{"The ministry said, urging the captors to release the hostages.",
			[]string{"The ministry=CANGOV/nominal"}, ""},
		// a participle after ", X said," is the speaker's
		{"Rebels shelled the town on Monday, the Malian army said, accusing them of targeting civilians.",
			[]string{"Rebels=MLIREB/nominal", "the Malian army=MLIMIL/nominal", "them=MLIREB/nominal"},
			"MLIMIL>MLIREB 112"},
		// a material act after ", X said," stays the clause's
		{"Israeli aircraft struck a house in Gaza on Tuesday, the Palestinian health ministry said, killing 12 people.",
			[]string{"Israeli aircraft=ISRMIL/nominal", "Gaza=PSE", "the Palestinian health ministry=PSEGOV/nominal", "12 people=PSECVL/nominal"},
			"ISRMIL>PSE 195,ISRMIL>PSECVL 1823"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
