package coder

import "testing"

// An accusation in a participle after a comma (", accusing ...") is the act
// of the party that threatened or sanctioned in the main clause, even after
// a relative clause ("a channel that broadcast ..."); "it" or a definite
// noun without an actor right before "of" is the party just targeted. Our
// own sentences, none from a gold or fresh file.
func TestAccusingParticiple(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Uganda's information minister threatened to revoke the licence of an independent radio station that aired an interview with a rebel commander, accusing the broadcaster of inciting violence.",
			[]string{"Uganda=UGA", "information minister=UGAGOV/nominal", "an independent radio station=UGAMED/nominal", "a rebel commander=UGAREB/nominal", "the broadcaster=UGAMED/nominal"},
			"UGAGOV>UGAMED 112,UGAGOV>UGAMED 132"},
		{"Tanzania's government threatened to ban the main opposition party, accusing it of plotting unrest.",
			[]string{"government=TZAGOV/nominal", "the main opposition party=TZAOPP/nominal"},
			"TZAGOV>TZAOPP 112,TZAGOV>TZAOPP 1322"},
		{"Zambia's media regulator suspended the licence of a private television channel that criticised the president, accusing the station of spreading falsehoods.",
			[]string{"media regulator=ZMBGOV/nominal", "a private television channel=ZMBMED/nominal", "the president=ZMBGOV/nominal"},
			"ZMBGOV>ZMBMED 112,ZMBGOV>ZMBMED 172"},
		// an actor named after "accusing" keeps its own reading
		{"Kenya expelled the Somali ambassador, accusing the government in Mogadishu of meddling.",
			[]string{"Kenya=KEN", "the Somali ambassador=SOMGOV/nominal", "the government in Mogadishu=SOMGOV/nominal"},
			"KEN>SOMGOV 112,KEN>SOMGOV 161"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
