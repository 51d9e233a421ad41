package coder

import "testing"

// A bare country that modifies military aircraft ("Myanmar military jets")
// is that country's armed forces; their raid on a place is 195 toward the
// place's country, and the killing in a participle after it 195 toward the
// victims. Our own sentences, none from a gold or fresh file.
func TestAircraftOwners(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		place    [2]string
		want     string
	}{
		{"Syrian government jets bombed a crowded market in Idlib on Monday, killing at least nine people.",
			[]string{"Syrian government jets=SYR/modifier", "least nine people=SYRCVL/nominal"}, [2]string{"Idlib", "SYR"},
			"SYRMIL>SYR 195,SYRMIL>SYRCVL 195"},
		{"Sudanese military warplanes struck a livestock market in Nyala, killing 14 people.",
			[]string{"Sudanese military warplanes=SDN/modifier", "14 people=SDNCVL/nominal"}, [2]string{"Nyala", "SDN"},
			"SDNMIL>SDN 195,SDNMIL>SDNCVL 195"},
		{"Russian helicopters bombed villages in Aleppo province.",
			[]string{"Russian helicopters=RUS/modifier"}, [2]string{"Aleppo", "SYR"},
			"RUSMIL>SYR 195"},
		// fuel for jets is not aircraft
		{"Syrian jet fuel prices rose sharply in Damascus.",
			[]string{"Syrian=SYR/modifier"}, [2]string{"Damascus", "SYR"}, ""},
		// gunmen killing people after an attack: no aerial attack
		{"Gunmen attacked a market in Kaduna, killing at least nine people.",
			[]string{"Gunmen=NGAUAF/nominal", "least nine people=NGACVL/nominal"}, [2]string{"Kaduna", "NGA"},
			"NGAUAF>NGA 190,NGAUAF>NGACVL 1823"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlace(doc(t, tt.text, tt.mentions...), tt.place[0], tt.place[1]), tt.want)
	}
}
