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
			[]string{"Nigeria's army=NGAMIL/nominal", "extra troops=NGAMIL/nominal", "Boko Haram fighters=NGAREB"}, "NGAMIL>NGAREB 154"},
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

// Forces sent to, or joining, another party's exercise: military
// cooperation with it (062; "will send" 0312). Our own sentences.
func TestExercisesJoined(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Spain will send two frigates and a submarine to NATO exercises in the Atlantic next month.",
			[]string{"Spain=ESP", "NATO=IGOWSTNAT"}, "ESP>IGOWSTNAT 0312 intended"},
		{"Japanese warships took part in naval exercises with the Indian navy on Monday.",
			[]string{"Japanese warships=JPNMIL/nominal", "the Indian navy=INDMIL/nominal"}, "JPNMIL>INDMIL 062"},
		{"Brazil has deployed 300 marines to American drills off the coast of Peru.",
			[]string{"Brazil=BRA", "American=USA/modifier", "Peru=PER"}, "BRA>USA 062"},
		{"Australia will join the Malabar exercises hosted by India.",
			[]string{"Australia=AUS", "India=IND"}, "AUS>IND 0312 intended"},
		// the forces sent are no holder of the exercise
		{"China will send warships to joint exercises with Russia in the Sea of Japan.",
			[]string{"China=CHN", "warships=CHNMIL/nominal", "Russia=RUS"}, "CHN>RUS 0312 intended"},
		// no exercise, or an exercise of no other party: nothing
		{"Spain sent two frigates to the Baltic Sea.",
			[]string{"Spain=ESP"}, ""},
		{"Spain sent two frigates to exercises in the Atlantic.",
			[]string{"Spain=ESP"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// The host of an exercise or summit named in a participle after it hosts
// that, not the clause's subject (the summit is attended, not a visit
// hosted); a guest before the participle stays the guest. Our own
// sentences.
func TestHostedThings(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Kenyan delegates attended a summit hosted by Egypt.",
			[]string{"Kenyan delegates=KENGOV/nominal", "Egypt=EGY"}, "KENGOV>EGY 040"},
		{"The Sudanese delegation, hosted by Qatar, arrived in Doha.",
			[]string{"The Sudanese delegation=SDNGOV/nominal", "Qatar=QAT"}, "QAT>SDNGOV 043,SDNGOV>QAT 042"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: forces put on alert with a phrase between them and "on
// alert", toward the other country that phrase names. Our own sentences,
// none from a gold or fresh file.
func TestAlertAcrossPhrase(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Armenia has put its troops along the Azerbaijani border on high alert.",
			[]string{"Armenia=ARM", "its troops=ARMMIL/nominal", "Azerbaijani=AZE/modifier"}, "ARM>AZE 152"},
		{"Chad placed army units near the Sudanese frontier on maximum alert after the shelling.",
			[]string{"Chad=TCD", "army units=TCDMIL/nominal", "Sudanese=SDN/modifier"}, "TCD>SDN 152"},
		{"Kenya put soldiers in the northern counties on alert after militants from Somalia crossed the border.",
			[]string{"Kenya=KEN", "soldiers=KENMIL/nominal", "militants=SOMREB/nominal", "Somalia=SOM"}, "KEN>SOMREB 152"},
		// a list of things put somewhere, no alert: nothing
		{"Armenia has put its troops along the Azerbaijani border under a new command.",
			[]string{"Armenia=ARM", "its troops=ARMMIL/nominal", "Azerbaijani=AZE/modifier"}, ""},
		// hospitals on alert are no forces
		{"Armenia has put hospitals along the Azerbaijani border on high alert.",
			[]string{"Armenia=ARM", "Azerbaijani=AZE/modifier"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
