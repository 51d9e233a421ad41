package coder

import "testing"

// Tenth round: investigations by what they look into, and deployments of
// more forces. Our own sentences, none from a gold or fresh file.
func TestInvestigationSubcodesAndReinforcements(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Italian prosecutors opened an investigation into the Tunisian crew of a trawler suspected of smuggling cigarettes.",
			[]string{"Italian prosecutors=ITAJUD/nominal", "the Tunisian crew=TUNCVL/nominal"}, "ITAJUD>TUNCVL 091"},
		{"Kenya's anti-graft agency is investigating a Chinese contractor over bribery.",
			[]string{"Kenya's anti-graft agency=KENGOV/nominal", "a Chinese contractor=CHNBUS/nominal"}, "KENGOV>CHNBUS 091"},
		{"The African Union launched an inquiry into reports of killings of civilians by Sudanese troops.",
			[]string{"The African Union=IGOAFRAU", "civilians=SDNCVL/nominal", "Sudanese troops=SDNMIL/nominal"}, "IGOAFRAU>SDNCVL 092"},
		// nothing said of what is investigated, or only a rights body named: general
		{"Italian prosecutors opened an investigation into the Tunisian crew of a trawler.",
			[]string{"Italian prosecutors=ITAJUD/nominal", "the Tunisian crew=TUNCVL/nominal"}, "ITAJUD>TUNCVL 090"},
		{"Italian prosecutors opened an investigation into the Tunisian crew, the UN human rights office said.",
			[]string{"Italian prosecutors=ITAJUD/nominal", "the Tunisian crew=TUNCVL/nominal", "the UN human rights office=IGOUNO"}, "ITAJUD>TUNCVL 090"},
		// more forces deployed: an increase of armed forces
		{"Ethiopia deployed additional troops along its border with Eritrea.",
			[]string{"Ethiopia=ETH", "Eritrea=ERI"}, "ETH>ERI 154"},
		{"Ethiopia deployed troops along its border with Eritrea.",
			[]string{"Ethiopia=ETH", "Eritrea=ERI"}, "ETH>ERI 150"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
