package actors

import "testing"

// Round 9: first-role (level 2) errors of real news. Our own sentences; the
// names of people not in the KB are made up.

// TestOfficeCountryFocal: a person counts for the focal country as the
// state whose office the person holds, not by birth: a pope born in the
// United States makes an unnamed official the Holy See's, not American.
func TestOfficeCountryFocal(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"pope receives an unnamed official",
			"Pope Leo XIV received the foreign minister on Monday. The minister thanked him for his prayers.",
			[]string{"Pope Leo XIV=VATREL"}, []string{"the foreign minister=USAGOV", "The minister=USAGOV"}},
		{"pope with a spokesman",
			"Leo XIV spoke of peace on Sunday, the spokesman said.",
			[]string{"Leo XIV=VATREL"}, []string{"the spokesman=USAGOV"}},
		{"a head of government stays his own country's",
			"Prime Minister Keir Starmer met the foreign minister on Monday.",
			[]string{"the foreign minister=GBRGOV"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2025-06-02")), tc.want, tc.not)
		})
	}
}

// TestPluralTitleName: a capitalised plural title of a country's office
// that the tagger takes for a name is the role ("the two Captains Regent
// of San Marino" are San Marino's heads of state).
func TestPluralTitleName(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"captains regent of the country",
			"Italy's president received the two Captains Regent of San Marino in Rome on Friday.",
			[]string{"the two Captains Regent of San Marino=SMRGOV"}, nil},
		{"captains regent after the country",
			"San Marino said on Friday that the Captains Regent would visit Rome.",
			[]string{"the Captains Regent=SMRGOV"}, nil},
		{"co-princes of the country",
			"Andorra's parliament said the Co-Princes had signed the law.",
			[]string{"the Co-Princes=ANDGOV"}, nil},
		{"an unknown capitalised name is no role",
			"San Marino said on Friday that Marco Bellini would visit Rome.",
			nil, []string{"Marco Bellini=SMRGOV"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2025-06-02")), tc.want, tc.not)
		})
	}
}

// TestFishermenCivilians: fishermen held or freed abroad are civilians.
func TestFishermenCivilians(t *testing.T) {
	for _, txt := range []string{
		"Eritrea freed nine Yemeni fishermen on Tuesday.",
		"A Kenyan fisherman was arrested by Ugandan police on Lake Victoria.",
	} {
		got := mentions(resolve(t, txt, "2025-06-02"))
		var n int
		for _, m := range got {
			if len(m) > 6 && m[len(m)-6:] == "YEMCVL" || len(m) > 6 && m[len(m)-6:] == "KENCVL" {
				n++
			}
			if len(m) > 3 && m[len(m)-3:] == "AGR" {
				t.Errorf("%q: fishermen coded AGR: %q", txt, got)
			}
		}
		if n == 0 {
			t.Errorf("%q: no civilian fishermen: %q", txt, got)
		}
	}
}

// TestMembersOfBody: a generic member word ("officers", "officials",
// "members") before "of" and a state body named with its country takes the
// body's code, not the country of the sentence's subject.
func TestMembersOfBody(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"officers of a foreign police",
			"Fiji's army chief said officers of the New Zealand Police would train Fijian recruits.",
			[]string{"officers=NZLCOP"}, []string{"officers=FJIMIL"}},
		{"officials of a foreign ministry",
			"Kenya said officials of the Tanzanian Foreign Ministry would arrive on Monday.",
			[]string{"officials=TZAGOV"}, []string{"officials=KENGOV"}},
		{"officers of a foreign army",
			"Ghana said officers of the Nigerian army had crossed the border.",
			[]string{"officers=NGAMIL"}, []string{"officers=GHAMIL"}},
		{"a body without a country keeps the old rule",
			"Fiji said officers of the company would arrive on Monday.",
			[]string{"officers=FJIMIL"}, nil},
		{"a member word with its own country",
			"Fijian officers of the police met on Monday.",
			[]string{"Fijian officers=FJIMIL"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2025-06-02")), tc.want, tc.not)
		})
	}
}

// TestModifierNoCountry: a country named only as the modifier of another
// noun later in the text ("U.S. tariffs") is no country for a role phrase
// before it; the place of the sentence is.
func TestModifierNoCountry(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"workers before a noun modifier",
			"Thousands of garment workers marched in Maseru on Monday against job losses caused by U.S. tariffs.",
			[]string{"garment workers=LSOLAB"}, []string{"garment workers=USALAB"}},
		{"farmers before a noun modifier",
			"Hundreds of farmers blocked roads in Nairobi on Friday to protest against EU import rules and U.S. duties.",
			nil, []string{"farmers=USAAGR"}},
		{"the country named as a noun keeps the old rule",
			"Thousands of workers marched on Monday against the tariffs, the United States said.",
			[]string{"workers=USALAB"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolveWithPlaces(t, tc.text, "2025-06-02")), tc.want, tc.not)
		})
	}
}

// TestUnknownCompanyExecutive: the executive of a company the KB does not
// know, named before the business title, is of no country rather than the
// article's focal one.
func TestUnknownCompanyExecutive(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"airline chief executive",
			"Belarus reopened its airspace on Monday. Ryanair chief executive Michael O'Leary said flights would resume.",
			[]string{"Ryanair chief executive Michael O'Leary=---BUS"}, []string{"Ryanair chief executive Michael O'Leary=BLRBUS"}},
		{"holding company chief executive",
			"Kenya raised fuel taxes on Monday. Stanmore Holdings chief executive Peter Waweru said prices would rise.",
			[]string{"Stanmore Holdings chief executive Peter Waweru=---BUS"}, nil},
		{"a country adjective keeps its country",
			"Belarus reopened its airspace on Monday. Belarusian chief executive Igor Ryabov said flights would resume.",
			[]string{"Belarusian chief executive Igor Ryabov=BLRBUS"}, nil},
		{"an official title keeps the focal country",
			"Belarus reopened its airspace on Monday. Transport Minister Igor Ryabov said flights would resume.",
			nil, []string{"Transport Minister Igor Ryabov=---GOV"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2025-06-02")), tc.want, tc.not)
		})
	}
}

// TestWordSurname: a surname that is an ordinary word (a month) is the
// person named before when it stands first in a sentence before a verb.
func TestWordSurname(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"May said",
			"Prime Minister Theresa May met Emmanuel Macron in Paris on Monday. May said the talks had been useful.",
			[]string{"May=GBRGOV"}, nil},
		{"May told",
			"Theresa May spoke to Angela Merkel by telephone. May told her that Britain would leave.",
			[]string{"May=GBRGOV"}, nil},
		{"the month",
			"Prime Minister Theresa May met Emmanuel Macron in Paris on Monday. May is the month of the vote.",
			nil, []string{"May=GBRGOV"}},
		{"no one of that name before",
			"Emmanuel Macron met Angela Merkel in Paris on Monday. May said the talks had been useful.",
			nil, []string{"May=GBRGOV"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2018-06-04")), tc.want, tc.not)
		})
	}
}

// TestArmedGroupsFormerOfficers: militias and armed groups are rebels (REB)
// while unnamed gunmen stay UAF; a former officer of the army or police
// keeps the force, a former official of the state is an elite (ELI); the
// attorney general's office is the prosecution (JUD).
func TestArmedGroupsFormerOfficers(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"armed groups", "Chad's army clashed with Chadian armed groups near the Libyan border.",
			[]string{"Chadian armed groups=TCDREB"}, nil},
		{"militiamen", "Malian militiamen attacked a village on Sunday.",
			[]string{"Malian militiamen=MLIREB"}, nil},
		{"gunmen stay unaffiliated", "Malian gunmen attacked a village on Sunday.",
			[]string{"Malian gunmen=MLIUAF"}, nil},
		{"former army colonel", "Sweden granted asylum to a former Sudanese army colonel.",
			[]string{"a former Sudanese army colonel=SDNMIL"}, nil},
		{"former police commanders", "Guatemala arrested three former Guatemalan police commanders.",
			[]string{"three former Guatemalan police commanders=GTMCOP"}, nil},
		{"former minister stays an elite", "Peru arrested a former Peruvian minister.",
			[]string{"a former Peruvian minister=PERELI"}, nil},
		{"attorney general's office", "The Guatemalan attorney general's office opened an inquiry.",
			[]string{"The Guatemalan attorney general's office=GTMJUD"}, nil},
		{"prosecutor's office", "The Peruvian prosecutor's office opened an inquiry.",
			[]string{"The Peruvian prosecutor's office=PERJUD"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2025-06-02")), tc.want, tc.not)
		})
	}
}

// TestCounterpartMirrors: a counterpart takes the sector of the role of a
// state body named before it in the sentence (prosecutors, police), and
// stays GOV after a government official.
func TestCounterpartMirrors(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"prosecutors", "Italian prosecutors sent the files to their French counterparts on Monday.",
			[]string{"their French counterparts=FRAJUD"}, nil},
		{"police", "Kenyan police handed the suspects to their Tanzanian counterparts.",
			[]string{"their Tanzanian counterparts=TZACOP"}, nil},
		{"a minister", "Kenya's foreign minister met his Ugandan counterpart on Monday.",
			[]string{"his Ugandan counterpart=UGAGOV"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2025-06-02")), tc.want, tc.not)
		})
	}
}

// TestMilitiaRows: named militias at war with the state or other armed
// communities are REB in the KB; state-allied ones stay UAF.
func TestMilitiaRows(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"org:fano": "ETHREB", "org:mai-mai": "CODREB", "org:anti-balaka": "CAFREB", "org:janjaweed": "SDNUAF", "org:kataib-hezbollah": "IRQUAF"} {
		e, ok := kb.Entry(id)
		if !ok {
			t.Errorf("%s: not in the KB", id)
			continue
		}
		if e.Code != want {
			t.Errorf("%s: code %s, want %s", id, e.Code, want)
		}
	}
}

// TestBorderGuards: border guards are troops (MIL); border police stay COP.
func TestBorderGuards(t *testing.T) {
	txt := "Kyrgyzstan accused Tajik border guards of firing on a village. Polish border police detained 20 people."
	wantMentions(t, txt, mentions(resolve(t, txt, "2025-06-02")),
		[]string{"Tajik border guards=TJKMIL", "Polish border police=POLCOP"}, []string{"Tajik border guards=TJKCOP"})
}

// TestPopeByOffice: "the pope" and "the pontiff" named by office alone are
// the Holy See's, not the focal country's; another church's pope is not.
func TestPopeByOffice(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the pope", "The pope called for a ceasefire in Sudan on Sunday, and Sudan's army rejected it.",
			[]string{"The pope=VATREL"}, []string{"The pope=SDNREL"}},
		{"the pontiff", "Kenya said the pontiff would visit Nairobi in March.",
			[]string{"the pontiff=VATREL"}, nil},
		{"the Coptic pope", "Egypt said the Coptic pope would visit Cairo.",
			[]string{"the Coptic pope=EGYREL"}, []string{"the Coptic pope=VATREL"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2025-06-02")), tc.want, tc.not)
		})
	}
}
