package coder

import "testing"

// A participle opening the clause modifies the subject's noun ("Suspected
// rebels killed ..."); it is no verb whose object the actor is. Our own
// sentences, none from a gold or fresh file.
func TestParticipleBeforeSubject(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Suspected Islamist militants attacked a mosque in northern Nigeria.",
			[]string{"Islamist militants=NGAREB/nominal", "northern Nigeria=NGA"}, "NGAREB>NGA 190"},
		{"The suspected rebels ambushed a Malian army convoy.",
			[]string{"rebels=MLIREB/nominal", "a Malian army convoy=MLIMIL/nominal"}, "MLIREB>MLIMIL 190"},
		// the object of a verb stays an object
		{"Police have arrested suspected militants in Kano.",
			[]string{"Police=NGACOP/nominal", "militants=NGAREB/nominal"}, "NGACOP>NGAREB 173"},
		// a participle inside a phrase of the subject: no second subject
		{"Activists from the defeated ruling party staged rallies against the president.",
			[]string{"Activists=KENOPP/nominal", "the defeated ruling party=KENPTY/nominal", "the president=KENGOV/nominal"}, "KENOPP>KENGOV 141"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// ", and Y VERB": a clause of its own after a clause with a verb; its
// subject is Y alone. A list of subjects stays one. Our own sentences.
func TestAndStartsAClause(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Chile and Peru said they still recognised the election result, and Brazil warned against outside interference in Bolivia.",
			[]string{"Chile=CHL", "Peru=PER", "Brazil=BRA", "Bolivia=BOL"}, "BRA>BOL 130"},
		{"Gunmen abducted three Algerian engineers in Niger, and Algeria called on the abductors to free them.",
			[]string{"Gunmen=DZAUAF/nominal", "Algerian=DZA/modifier", "Niger=NER", "Algeria=DZA"}, "DZA>NERUAF 0253,NERUAF>DZA 181"},
		// a list of subjects: all of them
		{"Kenya, Uganda, and Tanzania met in Arusha.",
			[]string{"Kenya=KEN", "Uganda=UGA", "Tanzania=TZA"},
			"KEN>TZA 040,KEN>UGA 040,TZA>KEN 040,TZA>UGA 040,UGA>KEN 040,UGA>TZA 040"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
