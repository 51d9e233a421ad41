package coder

import "testing"

// Parties named before a participle of joint work cooperate. Our own
// sentences, none from a gold or fresh file.
func TestWorkingTogether(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		// the agents of a passive
		{"A cocaine smuggling ring was dismantled by Spanish and Portuguese police working together over two years.",
			[]string{"Spanish and Portuguese police=ESPCOP/nominal", "Spanish and Portuguese police=PRTCOP/nominal"},
			"ESPCOP>PRTCOP 063,PRTCOP>ESPCOP 063"},
		{"A human trafficking gang was broken up by French and Belgian police cooperating across the border.",
			[]string{"French and Belgian police=FRACOP/nominal", "French and Belgian police=BELCOP/nominal"},
			"BELCOP>FRACOP 063,FRACOP>BELCOP 063"},
		// the subject, with or without commas
		{"Kenyan and Ugandan troops, acting jointly, drove the rebels from the border town.",
			[]string{"Kenyan and Ugandan troops=KENMIL/nominal", "Kenyan and Ugandan troops=UGAMIL/nominal"},
			"KENMIL>UGAMIL 062,UGAMIL>KENMIL 062"},
		{"Police in Chile and Argentina working in tandem seized two tonnes of cocaine.",
			[]string{"Police=CHLCOP/nominal", "Chile=CHL", "Argentina=ARG"},
			"ARGCOP>CHLCOP 063,CHLCOP>ARGCOP 063"},
		// one country: nothing
		{"A drug ring was dismantled by Spanish police working together with customs officers.",
			[]string{"Spanish police=ESPCOP/nominal"}, ""},
		// "working" alone is no joint work
		{"A drug ring was dismantled by Spanish and Portuguese police working over two years.",
			[]string{"Spanish and Portuguese police=ESPCOP/nominal", "Spanish and Portuguese police=PRTCOP/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// "in cooperation/coordination/collaboration with Y": the subject and Y
// cooperate, and Y is no target of the act. Our own sentences.
func TestInCooperationWith(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Spanish police, in cooperation with Moroccan authorities, dismantled a hashish smuggling network.",
			[]string{"Spanish police=ESPCOP/nominal", "Moroccan authorities=MARGOV/nominal"}, "ESPCOP>MARGOV 063,MARGOV>ESPCOP 063"},
		{"Italian police arrested 12 suspects in coordination with Albanian prosecutors.",
			[]string{"Italian police=ITACOP/nominal", "Albanian prosecutors=ALBJUD/nominal"}, "ALBJUD>ITACOP 063,ITACOP>ALBJUD 063"},
		{"The Kenyan army recaptured the town in close collaboration with Somali forces.",
			[]string{"The Kenyan army=KENMIL/nominal", "Somali forces=SOMMIL/nominal"}, "KENMIL>SOMMIL 062,SOMMIL>KENMIL 062"},
		// a partner of the same country: no cooperation between countries,
		// and still no target of the arrest
		{"Italian police arrested 12 suspects in coordination with Italian prosecutors.",
			[]string{"Italian police=ITACOP/nominal", "Italian prosecutors=ITAJUD/nominal"}, ""},
		// "cooperation" without "in ... with": nothing of this rule
		{"Italian police praised the cooperation of Albanian prosecutors.",
			[]string{"Italian police=ITACOP/nominal", "Albanian prosecutors=ALBJUD/nominal"}, "ITACOP>ALBJUD 051"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Forces or craft "from"/"of" two countries that begin joint patrols,
// exercises or drills cooperate militarily both ways. Our own sentences.
func TestJointPatrolsOfCraftFrom(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Patrol boats from Ghana and Togo began a week of joint patrols in the Gulf of Guinea on Tuesday.",
			[]string{"Ghana=GHA", "Togo=TGO"}, "GHAMIL>TGOMIL 062,TGOMIL>GHAMIL 062"},
		{"Coast guard cutters from Greece and Cyprus began three days of joint patrols south of Crete.",
			[]string{"Greece=GRC", "Cyprus=CYP"}, "CYPMIL>GRCMIL 062,GRCMIL>CYPMIL 062"},
		{"Navy ships of Peru and Chile began a week of joint patrols off Arica.",
			[]string{"Peru=PER", "Chile=CHL"}, "CHLMIL>PERMIL 062,PERMIL>CHLMIL 062"},
		// no craft of armed forces, or one country: nothing
		{"Fishing boats from Ghana and Togo began a week of joint patrols.",
			[]string{"Ghana=GHA", "Togo=TGO"}, ""},
		{"Patrol boats from Ghana began a week of joint patrols.",
			[]string{"Ghana=GHA"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: a joint operation named in a participle after the main
// clause belongs to the main clause's coordinated subject. Our own
// sentences, none from a gold or fresh file.
func TestJointOperationInParticiple(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Spanish and Portuguese police have dismantled a network that trafficked women from Brazil, detaining 14 people in a joint operation across both countries.",
			[]string{"Spanish and Portuguese police=ESPCOP/nominal", "Spanish and Portuguese police=PRTCOP/nominal", "women=BRACVL/nominal", "Brazil=BRA"},
			"ESPCOP>PRTCOP 063,PRTCOP>ESPCOP 063"},
		{"Kenyan and Ugandan troops destroyed two rebel camps, killing several fighters during a joint operation near the border.",
			[]string{"Kenyan and Ugandan troops=KENMIL/nominal", "Kenyan and Ugandan troops=UGAMIL/nominal", "fighters=UGAREB/nominal"},
			"KENMIL>UGAMIL 062,KENMIL>UGAREB 1823,UGAMIL>KENMIL 062,UGAMIL>UGAREB 1823"},
		// one party only: nothing
		{"Spanish police have dismantled a network that trafficked women, detaining 14 people in a joint operation.",
			[]string{"Spanish police=ESPCOP/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
