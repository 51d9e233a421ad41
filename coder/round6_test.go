package coder

import "testing"

// The sixth round's general constructions (coder/README.md): a meeting in
// a gerund after "after", aid flown to a city, ... Our own sentences, none
// from a gold or fresh file.
func TestRoundSixConstructions(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		places   []string // "Name=CTY"
		want     string
	}{
		// a meeting after which the subject speaks or acts
		{"Kenya and Tanzania signed a trade agreement on Monday, the Kenyan president said after meeting his Tanzanian counterpart, Samia Suluhu Hassan.",
			[]string{"Kenya=KEN", "Tanzania=TZA", "the Kenyan president=KENGOV", "his Tanzanian counterpart=TZAGOV", "Samia Suluhu Hassan=TZAGOV"}, nil,
			"KEN>TZA 057,KENGOV>TZAGOV 040,TZA>KEN 057,TZAGOV>KENGOV 040"},
		{"Chile's foreign minister signed a fisheries accord on Friday after meeting Peru's foreign minister in Lima.",
			[]string{"Chile's foreign minister=CHLGOV", "Peru's foreign minister=PERGOV"}, []string{"Lima=PER"},
			"CHLGOV>PERGOV 040,PERGOV>CHLGOV 040"},
		// no partner after the gerund: no meeting
		{"Chile's foreign minister signed a fisheries accord on Friday after meeting on the sidelines of the summit.",
			[]string{"Chile's foreign minister=CHLGOV"}, nil, ""},
		// aid flown or airlifted to a city: toward the city's country, not
		// the beneficiaries the actor stage gave the donor's country
		{"Qatar flew three planeloads of food and blankets to Kabul on Sunday for families hit by the earthquake.",
			[]string{"Qatar=QAT", "families=QATCVL/nominal"}, []string{"Kabul=AFG"}, "QAT>AFG 073"},
		{"Egypt airlifted medicines and tents to Gaziantep on Friday.",
			[]string{"Egypt=EGY"}, []string{"Gaziantep=TUR"}, "EGY>TUR 073"},
		// a flight of people is no aid
		{"Egypt flew its citizens home from Khartoum on Friday.",
			[]string{"Egypt=EGY", "its citizens=EGYCVL/nominal"}, []string{"Khartoum=SDN"}, ""},
		// a demand coordinated with an accusation: the accuser's, of the accused
		{"Ghana accused Togo's army on Monday of wrongly arresting six traders near the border and demanded their release.",
			[]string{"Ghana=GHA", "Togo's army=TGOMIL"}, nil, "GHA>TGOMIL 1053,GHA>TGOMIL 112"},
		{"Ghana accused Togo on Monday of harbouring rebels and demanded an apology.",
			[]string{"Ghana=GHA", "Togo=TGO"}, nil, "GHA>TGO 100,GHA>TGO 112"},
		// a demand that names its own party
		{"Ghana accused Togo of harbouring rebels and demanded that Benin close its border.",
			[]string{"Ghana=GHA", "Togo=TGO", "Benin=BEN"}, nil, "GHA>BEN 100,GHA>TGO 112"},
		// promises of material help: the 03x intention of the act
		{"Australia will give Tonga two patrol boats, the defence minister said on Monday.",
			[]string{"Australia=AUS", "Tonga=TON"}, nil, "AUS>TON 0332 intended"},
		{"Japan offered to send medical teams to Turkey.",
			[]string{"Japan=JPN", "Turkey=TUR"}, nil, "JPN>TUR 0333 intended"},
		// a promise beside a praise takes the praised party
		{"The Chilean president praised Argentina's response to the fires and offered to send firefighting aircraft.",
			[]string{"The Chilean president=CHLGOV", "Argentina=ARG/possessor"}, nil, "CHLGOV>ARG 0333 intended,CHLGOV>ARG 051"},
		{"The Chilean president praised Argentina's response, offering to send firefighting aircraft.",
			[]string{"The Chilean president=CHLGOV", "Argentina=ARG/possessor"}, nil, "CHLGOV>ARG 0333 intended,CHLGOV>ARG 051"},
		// ... unless it names its own
		{"The Chilean president praised Argentina's response and offered to send firefighting aircraft to Peru.",
			[]string{"The Chilean president=CHLGOV", "Argentina=ARG/possessor", "Peru=PER"}, nil, "CHLGOV>ARG 051,CHLGOV>PER 0333 intended"},
		// giving a speech is no aid
		{"Australia will give Tonga a speech on climate.",
			[]string{"Australia=AUS", "Tonga=TON"}, nil, ""},
		// military craft operating around a place show force toward its country
		{"Japan's defence ministry said it detected 12 Chinese aircraft and four warships operating around the Senkaku islands on Monday.",
			[]string{"Japan's defence ministry=JPNGOV", "Chinese=CHN/modifier"}, []string{"Senkaku islands=JPN"}, "CHN>JPN 150"},
		// no place named: toward the detector's country
		{"Taiwan's defence ministry said on Tuesday it had detected 21 Chinese military aircraft operating around the island.",
			[]string{"Taiwan's defence ministry=TWNGOV", "21 Chinese military aircraft=CHNMIL"}, nil, "CHNMIL>TWN 150"},
		// fishing boats show no force
		{"Japan's coast guard detected two Chinese fishing boats operating near the Senkaku islands.",
			[]string{"Japan's coast guard=JPNMIL", "Chinese=CHN/modifier"}, []string{"Senkaku islands=JPN"}, ""},
		// the detector's own craft
		{"Taiwan's defence ministry said it had detected six Taiwanese navy ships operating around the island.",
			[]string{"Taiwan's defence ministry=TWNGOV", "Taiwanese=TWN/modifier"}, nil, ""},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, tt.mentions...), tt.places), tt.want)
	}
}
