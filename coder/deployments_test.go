package coder

import "testing"

// A show of force faces the party named after "facing"/"confronting",
// even of its own country. Our own sentences, none from a gold or fresh
// file.
func TestDeploymentsFacing(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Nigeria's army has deployed extra troops and armoured vehicles to positions near Maiduguri facing Boko Haram fighters.",
			[]string{"Nigeria's army=NGAMIL/nominal", "extra troops=NGAMIL/nominal", "Boko Haram fighters=NGAREB"}, "NGAMIL>NGAREB 150"},
		{"Colombia's army deployed 500 troops, drones and helicopters to the border confronting ELN guerrillas.",
			[]string{"Colombia's army=COLMIL/nominal", "500 troops=COLMIL/nominal", "ELN guerrillas=COLREB"}, "COLMIL>COLREB 150"},
		// the troops facing no one named: none, as before
		{"Nigeria's army has deployed extra troops to positions facing the desert.",
			[]string{"Nigeria's army=NGAMIL/nominal", "extra troops=NGAMIL/nominal"}, ""},
		// a party after a later clause's verb is not faced
		{"Nigeria's army has deployed extra troops to Maiduguri, and officials said they were facing Boko Haram fighters.",
			[]string{"Nigeria's army=NGAMIL/nominal", "extra troops=NGAMIL/nominal", "officials=NGAGOV/nominal", "Boko Haram fighters=NGAREB"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
