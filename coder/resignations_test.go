package coder

import "testing"

// A demand that an official named by office alone resign is a demand for a
// change of leadership (1041) toward the government (or police, army) of
// the demanding party's country. Our own sentences, none from a gold or
// fresh file.
func TestResignationDemands(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Peru's main opposition party demanded on Monday that the interior minister resign over a wave of extortion killings.",
			[]string{"main opposition party=PEROPP/nominal"}, "PEROPP>PERGOV 1041"},
		{"Student unions in Dhaka demanded that the education minister step down after the exam leak.",
			[]string{"Student unions=BGDEDU/nominal"}, "BGDEDU>BGDGOV 1041"},
		{"Protesters in Lagos demanded that the police chief should quit.",
			[]string{"Protesters=NGACVL/nominal"}, "NGACVL>NGACOP 1041"},
		// the official named by an actor keeps it
		{"The opposition demanded that Prime Minister Kovacs resign.",
			[]string{"The opposition=HUNOPP/nominal", "Prime Minister Kovacs=HUNGOV/name"}, "HUNOPP>HUNGOV 1041"},
		{"Kenya's opposition coalition called on President Ruto to step down.",
			[]string{"Kenya's opposition coalition=KENOPP/nominal", "President Ruto=KENGOV/name"}, "KENOPP>KENGOV 0241"},
		// a demand about something else names no target from nowhere
		{"The opposition party demanded that the minister publish the report.",
			[]string{"The opposition party=KENOPP/nominal"}, ""},
		// the government itself asking one of its own to go is no demand on another party
		{"The president demanded that the finance minister resign.",
			[]string{"The president=GHAGOV/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
