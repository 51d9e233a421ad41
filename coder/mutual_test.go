package coder

import "testing"

// Parties fighting among themselves, and "each side accused the other".
// Our own sentences, none from a gold or fresh file.
func TestEachSideAndTheOther(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Government troops and Tuareg rebels fought near Kidal on Friday, as each side accused the other of violating a truce.",
			[]string{"Government troops=MLIMIL/nominal", "Tuareg rebels=MLIREB/nominal"},
			"MLIMIL>MLIREB 1123,MLIMIL>MLIREB 190,MLIREB>MLIMIL 1123,MLIREB>MLIMIL 190"},
		{"Armenian and Azerbaijani troops clashed on the border, and both sides blamed each other for the escalation.",
			[]string{"Armenian and Azerbaijani troops=ARMMIL/nominal", "Armenian and Azerbaijani troops=AZEMIL/nominal"},
			"ARMMIL>AZEMIL 112,ARMMIL>AZEMIL 190,AZEMIL>ARMMIL 112,AZEMIL>ARMMIL 190"},
		{"Ethiopian and Eritrean troops clashed on the border, and the two sides blamed each other for the violence.",
			[]string{"Ethiopian and Eritrean troops=ETHMIL/nominal", "Ethiopian and Eritrean troops=ERIMIL/nominal"},
			"ERIMIL>ETHMIL 112,ERIMIL>ETHMIL 190,ETHMIL>ERIMIL 112,ETHMIL>ERIMIL 190"},
		// no parties coded before: nothing
		{"Each side accused the other of lying.",
			nil, ""},
		// one party fighting: the place's country, as before
		{"Tuareg rebels fought near Kidal on Friday.",
			[]string{"Tuareg rebels=MLIREB/nominal"}, "MLIREB>MLI 190"},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, tt.mentions...)
		if tt.text[:6] == "Govern" || tt.text[:6] == "Tuareg" {
			d = withPlace(d, "Kidal", "MLI")
		}
		wantCodes(t, d, tt.want)
	}
}

// "The two <noun>" or "both <noun>" as subject of a recip pattern after an
// event of two parties is those parties, with each other; "would begin" or
// "will start" an act make it an intention (03x). Our own sentences.
func TestTheTwoWillBegin(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Kenyan and Ugandan police arrested 20 cattle raiders in a joint operation near the border, and the two forces will start sharing intelligence on armed gangs.",
			[]string{"Kenyan and Ugandan police=KENCOP/nominal", "Kenyan and Ugandan police=UGACOP/nominal", "the two forces=KENMIL/nominal"},
			"KENCOP>UGACOP 0314 intended,KENCOP>UGACOP 063,UGACOP>KENCOP 0314 intended,UGACOP>KENCOP 063"},
		{"Ghana and Togo said on Monday they would begin sharing intelligence on smuggling gangs.",
			[]string{"Ghana=GHA", "Togo=TGO", "intelligence=GHASPY/nominal"}, "GHA>TGO 0314 intended,TGO>GHA 0314 intended"},
		{"Peru and Chile will begin to share intelligence on drug traffickers.",
			[]string{"Peru=PER", "Chile=CHL"}, "CHL>PER 0314 intended,PER>CHL 0314 intended"},
		// begun: the act itself
		{"Peru and Chile began sharing intelligence on drug traffickers.",
			[]string{"Peru=PER", "Chile=CHL"}, "CHL>PER 064,PER>CHL 064"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// The eleventh round's matchers must not panic at the edges of a sentence.
func TestRoundElevenEdges(t *testing.T) {
	tests := []struct{ text, mention string }{
		{"Forces will begin sharing intelligence.", "Forces=KENMIL/nominal"},
		{"Both will start sharing intelligence.", "Both=KEN"},
		{"Welcoming a gesture by Kenya.", "Kenya=KEN"},
		{"Kenyan jets bombed.", "Kenyan jets=KEN/modifier"},
		{"Police fired tear gas and", "Police=KENCOP/nominal"},
		{"Police fired tear gas as", "Police=KENCOP/nominal"},
		{"Students demanded that the minister", "Students=KENEDU/nominal"},
		{"Students demanded, but refused to", "Students=KENEDU/nominal"},
		{"Kenya condemned an attack by", "Kenya=KEN"},
		{"As thousands of students rallied.", "students=KENEDU/nominal"},
	}
	for _, tt := range tests {
		code(t, doc(t, tt.text, tt.mention)) // no panic
	}
}
