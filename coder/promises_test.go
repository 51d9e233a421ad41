package coder

import "testing"

// Readiness and plans are the 03x intention of the act, not the act; a
// second clause "and said his government would ..." is the speaker's, toward
// the party just named when it names none. Our own sentences, none from a
// gold or fresh file.
func TestReadinessAndPlans(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Pakistan said it was ready to open talks with India on water sharing.",
			[]string{"Pakistan=PAK", "India=IND"}, "PAK>IND 036 intended"},
		{"Bolivia is willing to start talks with Chile on access to the sea.",
			[]string{"Bolivia=BOL", "Chile=CHL"}, "BOL>CHL 036 intended"},
		{"Ghana said it would seek a longer agreement with Nigeria.",
			[]string{"Ghana=GHA", "Nigeria=NGA"}, "GHA>NGA 036 intended"},
		// the act itself, done: both ways
		{"Serbia opened talks with Kosovo on Monday.",
			[]string{"Serbia=SRB", "Kosovo=XKX"}, "SRB>XKX 040,XKX>SRB 040"},
		{"Japan expressed sympathy to Turkey over the earthquake and said it would send a rescue team.",
			[]string{"Japan=JPN", "Turkey=TUR"}, "JPN>TUR 018,JPN>TUR 0333 intended"},
		{"Chile's president offered condolences to Ecuador after the landslide and said his government was ready to send divers to help the search.",
			[]string{"Chile's president=CHLGOV/nominal", "Ecuador=ECU"}, "CHLGOV>ECU 018,CHLGOV>ECU 0333 intended"},
		{"Belize's prime minister praised Mexico for its help and said that his government would seek a new agreement with Guatemala.",
			[]string{"Belize's prime minister=BLZGOV/nominal", "Mexico=MEX", "Guatemala=GTM"}, "BLZGOV>GTM 036 intended,BLZGOV>MEX 051"},
		// another subject, or no announcement: not the speaker's
		{"Japan expressed sympathy to Turkey and said rescuers would send a team.",
			[]string{"Japan=JPN", "Turkey=TUR"}, "JPN>TUR 018"},
		{"Japan expressed sympathy to Turkey and said it sent a rescue team last year.",
			[]string{"Japan=JPN", "Turkey=TUR"}, "JPN>TUR 018"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
