package coder

import "testing"

// The act a party is thanked, praised or condemned for is its own event,
// toward the party its clause names or, after thanks or praise, the
// speaker's country. Our own sentences, none from a gold or fresh file.
func TestPraisedAct(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Kenya's president on Monday thanked Japan for sending medical supplies to flood-hit areas.",
			[]string{"Kenya's president=KENGOV/nominal", "Japan=JPN"}, "JPN>KEN 073,KENGOV>JPN 051"},
		{"The Philippine government commended South Korea for delivering tents and rice to the typhoon victims.",
			[]string{"The Philippine government=PHLGOV/nominal", "South Korea=KOR"}, "KOR>PHL 073,PHLGOV>KOR 051"},
		{"Malawi's health minister praised Egypt for dispatching 25 doctors to the cholera wards.",
			[]string{"Malawi's health minister=MWIGOV/nominal", "Egypt=EGY"}, "EGY>MWI 073,MWIGOV>EGY 051"},
		{"The Ukrainian president thanked Poland for training Ukrainian soldiers.",
			[]string{"The Ukrainian president=UKRGOV/nominal", "Poland=POL", "Ukrainian=UKR/modifier"}, "POL>UKR 062,UKRGOV>POL 051"},
		// a condemned act names its own target
		{"Germany condemned Russia for launching missiles at Ukrainian cities.",
			[]string{"Germany=DEU", "Russia=RUS", "Ukrainian=UKR/modifier"}, "DEU>RUS 111,RUS>UKR 195"},
		// a condemned act with no target of its own: only the condemnation
		{"The UN condemned Myanmar for executing four activists.",
			[]string{"The UN=IGOUNO", "Myanmar=MMR"}, "IGOUNO>MMR 111"},
		// no gerund, or a gerund that is no act: only the praise
		{"Fiji's prime minister thanked Australia for its help.",
			[]string{"Fiji's prime minister=FJIGOV/nominal", "Australia=AUS"}, "FJIGOV>AUS 051"},
		{"Chile praised Peru for being patient.",
			[]string{"Chile=CHL", "Peru=PER"}, "CHL>PER 051"},
		// "for" after another verb is no praised act
		{"Japan thanked Kenya and left for Nairobi after sending aid to Somalia.",
			[]string{"Japan=JPN", "Kenya=KEN"}, "JPN>KEN 051"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: ", in a gesture/move X welcomed", and X named by its
// official ("the African Union's chairman welcomed"). Our own sentences,
// none from a gold or fresh file.
func TestWelcomedGestureInAndOfficial(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Ethiopia released 40 Eritrean prisoners on Monday, in a gesture the African Union's chairman welcomed as a sign of goodwill.",
			[]string{"Ethiopia=ETH", "Eritrean prisoners=ERICVL/nominal", "the African Union=IGOAFRAU/possessor"},
			"ETH>ERICVL 0841,IGOAFRAU>ETH 051"},
		{"Serbia reopened two border crossings with Kosovo, in a move Brussels welcomed.",
			[]string{"Serbia=SRB", "Kosovo=XKX", "Brussels=IGOEU"},
			"IGOEU>SRB 051,SRB>XKX 0872"},
		{"Venezuela freed six Colombian soldiers, a gesture Bogota's foreign minister welcomed on Tuesday.",
			[]string{"Venezuela=VEN", "Colombian soldiers=COLMIL/nominal", "Bogota=COLGOV/possessor"},
			"COLGOV>VEN 051,VEN>COLMIL 0841"},
		// welcomed something else, not the gesture: no praise of the act
		{"Ethiopia released 40 Eritrean prisoners on Monday, and the African Union's chairman welcomed the new envoy.",
			[]string{"Ethiopia=ETH", "Eritrean prisoners=ERICVL/nominal", "the African Union=IGOAFRAU/possessor"},
			"ETH>ERICVL 0841"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// An act welcomed or hailed "as a (goodwill) gesture by X" or "what it
// called a gesture by X" is praise (051) of X, by the speaker of a "said,"
// before the participle. Our own sentences.
func TestGestureBy(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Nigeria freed 12 Cameroonian fishermen, Cameroon's foreign ministry said, welcoming what it called a goodwill gesture by President Bola Tinubu.",
			[]string{"Nigeria=NGA", "12 Cameroonian fishermen=CMRAGR/nominal", "foreign ministry=CMRGOV/nominal", "President Bola Tinubu=NGAGOV"},
			"CMRGOV>NGAGOV 051,NGA>CMRAGR 0841"},
		{"India hailed the release of its sailors as a gesture of goodwill by Iran.",
			[]string{"India=IND", "Iran=IRN"}, "IND>IRN 051"},
		{"Seoul welcomed the return of the fishing boat as a positive step from Pyongyang.",
			[]string{"Seoul=KORGOV", "Pyongyang=PRKGOV"}, "KORGOV>PRKGOV 051"},
		// no "by" or "from" party: no praise of anyone
		{"India hailed the release of its sailors as a gesture of goodwill.",
			[]string{"India=IND"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
