package coder

import "testing"

// Tenth round: a delegation, team or mission "of"/"from" a party is that
// party; a host who tells a visiting guest something makes a statement to
// the guest. Our own sentences, none from a gold or fresh file.
func TestDelegationsAndToldGuests(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Kenyan President William Ruto told a visiting delegation of Japanese lawmakers on Monday that Nairobi wanted more investment.",
			[]string{"Kenyan President William Ruto=KENGOV", "delegation=KENGOV/nominal", "Japanese lawmakers=JPNLEG/nominal", "Nairobi=KENGOV"},
			"JPNLEG>KENGOV 042,KENGOV>JPNLEG 010"},
		{"The Ghanaian foreign minister assured a visiting team from the IMF that the budget would be cut.",
			[]string{"The Ghanaian foreign minister=GHAGOV/nominal", "team=GHAGOV/nominal", "the IMF=IGOIMF"},
			"GHAGOV>IGOIMF 010,IGOIMF>GHAGOV 042"},
		{"Peru's president told visiting Chilean Foreign Minister Alberto van Klaveren that the border dispute was closed.",
			[]string{"Peru's president=PERGOV/nominal", "Chilean Foreign Minister Alberto van Klaveren=CHLGOV"},
			"CHLGOV>PERGOV 042,PERGOV>CHLGOV 010"},
		// telling reporters or a guest who is not visiting: no statement coded
		{"Kenyan President William Ruto told reporters on Monday that Nairobi wanted more investment.",
			[]string{"Kenyan President William Ruto=KENGOV", "Nairobi=KENGOV"}, ""},
		// a delegation of the host's own country keeps its code: no visit
		{"Kenyan President William Ruto told a visiting delegation of Kenyan farmers that prices would rise.",
			[]string{"Kenyan President William Ruto=KENGOV", "delegation=KENGOV/nominal", "Kenyan farmers=KENAGR/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: a visit cancelled or postponed "to" a place no actor names
// is toward the place's country. Our own sentences.
func TestVisitToPlace(t *testing.T) {
	tests := []struct {
		text   string
		places []string
		want   string
	}{
		{"Turkey's president cancelled a planned visit to Athens by a delegation of Turkish ministers.",
			[]string{"Athens=GRC"}, "TURGOV>GRC 125"},
		{"The Serbian prime minister postponed his visit to Zagreb.",
			[]string{"Zagreb=HRV"}, "SRBGOV>HRV 125"},
		// the place is the source's own country: no target
		{"Turkey's president cancelled a planned visit to Ankara.",
			[]string{"Ankara=TUR"}, ""},
	}
	mentions := map[string][]string{
		"Turkey's president cancelled a planned visit to Athens by a delegation of Turkish ministers.": {"Turkey's president=TURGOV/nominal", "Turkish ministers=TURGOV/nominal"},
		"The Serbian prime minister postponed his visit to Zagreb.":                                    {"The Serbian prime minister=SRBGOV/nominal"},
		"Turkey's president cancelled a planned visit to Ankara.":                                      {"Turkey's president=TURGOV/nominal"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, mentions[tt.text]...), tt.places), tt.want)
	}
}

// A relative clause after the guest is no that-clause of the host's.
func TestToldGuestRelative(t *testing.T) {
	d := doc(t, "Kenyan President William Ruto told a visiting delegation of Japanese lawmakers that arrived on Monday about the new port.",
		"Kenyan President William Ruto=KENGOV", "delegation=KENGOV/nominal", "Japanese lawmakers=JPNLEG/nominal")
	wantCodes(t, d, "JPNLEG>KENGOV 042")
}

// A delegation of a non-state group of the host's own country ("a
// delegation of striking miners") is that group when it is not "visiting":
// meeting it is a meeting both ways (040). Our own sentences.
func TestDomesticDelegations(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Peru's president met a delegation of striking miners in Lima.",
			[]string{"president=PERGOV/nominal", "a delegation=PERGOV/nominal", "striking miners=PERLAB/nominal"},
			"PERGOV>PERLAB 040,PERLAB>PERGOV 040"},
		{"Bulgaria's prime minister met a delegation of grain farmers on Tuesday.",
			[]string{"prime minister=BGRGOV/nominal", "a delegation=BGRGOV/nominal", "grain farmers=BGRAGR/nominal"},
			"BGRAGR>BGRGOV 040,BGRGOV>BGRAGR 040"},
		// a delegation of officials stays the government's: no meeting with itself
		{"Peru's president met a delegation of regional officials in Lima.",
			[]string{"president=PERGOV/nominal", "a delegation=PERGOV/nominal", "regional officials=PERGOV/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
