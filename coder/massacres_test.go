package coder

import "testing"

// Killings of many non-combatants are mass killings (202). Our own
// sentences, none from a gold or fresh file.
func TestMassKillings(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Gunmen killed at least 30 villagers in an attack on a market in northern Burkina Faso on Saturday.",
			[]string{"Gunmen=BFAUAF/nominal", "at least 30 villagers=BFACVL/nominal", "northern Burkina Faso=BFA"}, "BFAUAF>BFACVL 202"},
		{"Militiamen killed dozens of civilians near the town of Djugu.",
			[]string{"Militiamen=CODUAF/nominal", "civilians=CODCVL/nominal"}, "CODUAF>CODCVL 202"},
		{"The rebels have killed more than 40 farmers since Monday, the governor said.",
			[]string{"The rebels=NGAREB/nominal", "farmers=NGACVL/nominal", "the governor=NGAGOV/nominal"}, "NGAREB>NGACVL 202"},
		// fewer than twenty, or "people": killings as before
		{"Gunmen killed at least 12 villagers in a raid on a farming village.",
			[]string{"Gunmen=NGAUAF/nominal", "at least 12 villagers=NGACVL/nominal"}, "NGAUAF>NGACVL 1823"},
		{"Gunmen killed at least 30 people in an attack on a market.",
			[]string{"Gunmen=BFAUAF/nominal", "at least 30 people=BFACVL/nominal"}, "BFAUAF>BFACVL 1823"},
		// combatants: no mass killing
		{"Government troops killed 25 rebels near the border.",
			[]string{"Government troops=NGAMIL/nominal", "rebels=NGAREB/nominal"}, "NGAMIL>NGAREB 1823"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: beheadings and murders of many non-combatants are mass
// killings too, and a dateline's country is no party. Our own sentences.
func TestBeheadingsAndDatelines(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Jihadist fighters beheaded at least 30 farmers near the border, officials said.",
			[]string{"Jihadist fighters=BFAINS/nominal", "at least 30 farmers=BFACVL/nominal", "officials=BFAGOV/nominal"}, "BFAINS>BFACVL 202"},
		{"Gunmen murdered dozens of villagers in a night raid.",
			[]string{"Gunmen=NGAUAF/nominal", "dozens of villagers=NGACVL/nominal"}, "NGAUAF>NGACVL 202"},
		// few victims: an assault as before
		{"Militants beheaded three villagers on Sunday.",
			[]string{"Militants=SOMINS/nominal", "three villagers=SOMCVL/nominal"}, "SOMINS>SOMCVL 1823"},
		// the dateline's country is not the attacker
		{"GAO, Mali, May 2 (Reuters) - Militants killed at least 40 villagers in central Mali.",
			[]string{"Mali=MLI", "Militants=MLIINS/nominal", "at least 40 villagers=MLICVL/nominal", "Mali=MLI"}, "MLIINS>MLICVL 202"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
