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

// After a demand, "but X refused to sack her", "but X said he would not ask
// the minister to step down" or "would not resign" is X's refusal of a
// change of leadership (1231) toward the demanders. Our own sentences.
func TestRefusedResignations(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Peru's main opposition party demanded that the interior minister resign, but President Dina Boluarte said she would not ask him to step down.",
			[]string{"main opposition party=PEROPP/nominal", "President Dina Boluarte=PERGOV"},
			"PERGOV>PEROPP 1231 neg,PEROPP>PERGOV 1041"},
		{"Student unions demanded that the education minister quit, but the prime minister refused to sack her.",
			[]string{"Student unions=GHAEDU/nominal", "the prime minister=GHAGOV/nominal"},
			"GHAEDU>GHAGOV 1041,GHAGOV>GHAEDU 1231"},
		{"The opposition demanded that the defence minister resign, but the minister said he would never resign.",
			[]string{"The opposition=NPLOPP/nominal", "the minister=NPLGOV/nominal"},
			"NPLGOV>NPLOPP 1231 neg,NPLOPP>NPLGOV 1041"},
		// no "but": no refusal read into a later clause
		{"The opposition demanded that the defence minister resign, and the minister said he would not comment.",
			[]string{"The opposition=NPLOPP/nominal", "the minister=NPLGOV/nominal"},
			"NPLOPP>NPLGOV 1041"},
		// a refusal of something else is no refusal to resign (declining
		// to comment is 011, with no target)
		{"The opposition demanded that the defence minister resign, but the president refused to comment.",
			[]string{"The opposition=NPLOPP/nominal", "the president=NPLGOV/nominal"},
			"NPLGOV> 011,NPLOPP>NPLGOV 1041"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
