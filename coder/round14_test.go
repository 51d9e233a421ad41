package coder

import "testing"

// Fourteenth round: constructions behind the misses of the blind
// test13.jsonl, each with our own sentences (none from a gold file).

// "quoted X as saying (that) the country would respond with force if Y
// ...": X's threat of force (138) against the party of the condition.
func TestQuotedAsSayingForceThreat(t *testing.T) {
	runRound(t, []roundCase{
		{"The state news agency quoted an army spokesman as saying the country would respond with crushing force if Israel and the United States carry out their air drills.",
			[]string{"The state news agency=IRNMED/nominal", "an army spokesman=IRNMIL/nominal", "Israel=ISR", "the United States=USA"}, "IRNMIL>ISR 138,IRNMIL>USA 138"},
		{"The agency quoted a foreign ministry official as saying that Havana would respond with \"all necessary force\" if Washington sends warships.",
			[]string{"The agency=CUBMED/nominal", "a foreign ministry official=CUBGOV/nominal", "Havana=CUBGOV", "Washington=USAGOV"}, "CUBGOV>USAGOV 138"},
		{"Venezuela's defence minister said the country would react militarily if Colombia sends troops across the border.",
			[]string{"Venezuela's defence minister=VENGOV/nominal", "Colombia=COL"}, "VENGOV>COL 138"},
		// a response of another kind is no threat
		{"Venezuela's defence minister said the country would respond positively if Colombia reopens the border.",
			[]string{"Venezuela's defence minister=VENGOV/nominal", "Colombia=COL"}, ""},
		{"The agency quoted a spokesman as saying the country would respond with talks if the United States and Japan resumed aid.",
			[]string{"The agency=PRKMED/nominal", "a spokesman=PRKGOV/nominal", "the United States=USA", "Japan=JPN"}, ""},
		// another party's response is not the speaker's threat
		{"Pakistan's army said India would respond with force if attacked.",
			[]string{"Pakistan's army=PAKMIL/nominal", "India=IND"}, ""},
	})
}

// Laying down arms or ceasing hostilities asked of the fighting sides is
// a demand for a ceasefire (107), whether worded as an appeal or a demand.
func TestAskedCeasefire(t *testing.T) {
	runRound(t, []roundCase{
		{"The UN chief called on Ethiopia's army and Tigrayan rebels to lay down their weapons.",
			[]string{"The UN chief=IGOUNO/nominal", "Ethiopia's army=ETHMIL/nominal", "Tigrayan rebels=ETHREB/modifier"}, "IGOUNO>ETHMIL 107,IGOUNO>ETHREB 107"},
		{"The African Union urged the army and the rebels to cease hostilities immediately.",
			[]string{"The African Union=IGOAFRAFU", "the army=SDNMIL/nominal", "the rebels=SDNREB/nominal"}, "IGOAFRAFU>SDNMIL 107,IGOAFRAFU>SDNREB 107"},
		{"Kenya demanded that the rebels lay down their arms.",
			[]string{"Kenya=KEN", "the rebels=KENREB/nominal"}, "KEN>KENREB 107"},
		// laying something else is no ceasefire
		{"The bishop urged Colombians to lay flowers at the memorial.",
			[]string{"The bishop=COLREL/nominal", "Colombians=COL"}, "COLREL>COL 020"},
		{"The UN called on the rebels to lay down conditions for talks.",
			[]string{"The UN=IGOUNO", "the rebels=SDNREB/nominal"}, "IGOUNO>SDNREB 020"},
	})
}

// A refusal to extradite a person to a party is toward the party of the
// to-phrase, not the person; a hand-over to another
// country's police or judiciary is judicial cooperation (063).
func TestHandedToParty(t *testing.T) {
	runRound(t, []roundCase{
		{"A court in Montenegro refused to extradite a South Korean businessman wanted on fraud charges to the United States.",
			[]string{"A court=MNEJUD/nominal", "Montenegro=MNE", "a South Korean businessman=KORBUS/modifier", "the United States=USA"}, "MNEJUD>USA 121"},
		{"Peru refused to extradite a former minister to Bolivia.",
			[]string{"Peru=PER", "a former minister=BOLGOV/nominal", "Bolivia=BOL"}, "PER>BOL 121"},
		// an extradition done keeps the person as its target
		{"Kenya extradited two suspected militants wanted for murder to Uganda.",
			[]string{"Kenya=KEN", "two suspected militants=UGAREB/nominal", "Uganda=UGA"}, "KEN>UGAREB 063"},
		{"Fijian police handed over three men wanted in New Zealand on smuggling charges to officers of the New Zealand Police.",
			[]string{"Fijian police=FJICOP/modifier", "New Zealand=NZL", "officers=FJIMIL/nominal", "the New Zealand Police=NZLCOP/nominal"}, "FJICOP>NZLCOP 063"},
		{"Thai police handed over a Cambodian opposition activist to Cambodian police.",
			[]string{"Thai police=THACOP/modifier", "a Cambodian opposition activist=KHMOPP/modifier", "Cambodian police=KHMCOP/modifier"}, "THACOP>KHMCOP 063"},
		// hostages handed to a go-between stay a release toward their side
		{"Hamas handed over three Israeli hostages to the Red Cross.",
			[]string{"Hamas=PSEREBHMS", "three Israeli hostages=ISR/modifier", "the Red Cross=NGOHLHIRC"}, "PSEREBHMS>ISR 0841"},
		// a hand-over to one's own police is no cooperation between states
		{"Thai soldiers handed over two Thai smugglers to Thai police.",
			[]string{"Thai soldiers=THAMIL/modifier", "two Thai smugglers=THACRM/modifier", "Thai police=THACOP/modifier"}, "THAMIL>THACRM 0841"},
	})
}

// "X received Y ..., and the two sides discussed ...": an audience, X
// hosting (043) and Y visiting (042), also when Y's title is left
// unresolved and only the party after "of" is named.
func TestReceivedPartyBothSides(t *testing.T) {
	runRound(t, []roundCase{
		{"The pope received the two co-princes of Andorra at the palace on Monday, and the two sides discussed migration.",
			[]string{"The pope=VATREL/nominal", "Andorra=AND"}, "AND>VATREL 042,VATREL>AND 043"},
		{"The king welcomed the Grand Duke of Luxembourg at the castle, and both leaders stressed their ties.",
			[]string{"The king=GBRGOV/nominal", "Luxembourg=LUX"}, "GBRGOV>LUX 043,LUX>GBRGOV 042"},
		{"The emir hosted the Omani sultan in Doha, and they reviewed regional security.",
			[]string{"The emir=QATGOV/nominal", "the Omani sultan=OMNGOV/modifier"}, "OMNGOV>QATGOV 042,QATGOV>OMNGOV 043"},
		// without the two sides acting together, no audience is read
		{"The pope received the two co-princes of Andorra at the palace on Monday.",
			[]string{"The pope=VATREL/nominal", "Andorra=AND"}, ""},
		{"The emir received a letter from Iran's president, and the two sides discussed trade.",
			[]string{"The emir=QATGOV/nominal", "Iran's president=IRNGOV/nominal"}, ""},
		{"The emir received the support of Oman, and they agreed on a joint statement.",
			[]string{"The emir=QATGOV/nominal", "Oman=OMN"}, ""},
	})
}

// A victim of a passive assault named only by trade or role ("the owner
// of a hardware chain") is of that sector, of the attackers' country when
// no place is named.
func TestTradeVictim(t *testing.T) {
	runRound(t, []roundCase{
		{"The owner of a supermarket chain was kidnapped by gunmen outside his home late on Monday.",
			[]string{"gunmen=NGAUAF/nominal"}, "NGAUAF>NGABUS 181"},
		{"A wealthy trader from the north was abducted by bandits on the highway.",
			[]string{"bandits=NGACRM/nominal"}, "NGACRM>NGABUS 181"},
		{"The village teacher was shot dead by militants on Sunday.",
			[]string{"militants=INDREB/nominal"}, "INDREB>INDEDU 1823"},
		// a noun of no trade, or a possessed relative, is not read here
		{"The son of a local trader was kidnapped by gunmen.",
			[]string{"gunmen=NGAUAF/nominal"}, ""},
		{"The owner was questioned by police.",
			[]string{"police=NGACOP/nominal"}, ""},
	})
}

// A march: "marched" after a noun is the clause's verb (marching has no
// passive), its common-noun marchers are of the place they march in, and
// "in the largest protest against X" names the party it is aimed at.
func TestMarchAgainst(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		places   []string
		want     string
	}{
		{"Thousands of textile workers marched through Maseru on Wednesday to demand the reopening of two factories closed after tariffs hit exports.",
			[]string{"textile workers=USALAB/nominal"}, []string{"Maseru=LSO"}, "LSOLAB>LSOGOV 141"},
		{"Hundreds of nurses marched through Lusaka to demand higher pay, in the largest protest against President Hichilema's government this year.",
			[]string{"nurses=ZMBHLH/nominal", "President Hichilema=ZMBGOV", "government=ZMBGOV/nominal"}, nil, "ZMBHLH>ZMBGOV 141"},
		{"Thousands of farmers marched on Brussels, in the biggest protest against the European Union's trade deal this year.",
			[]string{"farmers=FRAAGR/nominal", "the European Union=IGOEUREEC"}, nil, "FRAAGR>IGOEUREEC 141"},
		// marchers named with their country keep it
		{"Hundreds of Kenyan nurses marched in Kampala to demand their wages.",
			[]string{"Kenyan nurses=KENHLH/modifier"}, []string{"Kampala=UGA"}, "KENHLH>UGAGOV 141"},
		// "protest against" that is not "in" a protest names nothing here
		{"Thousands of farmers marched on Brussels, and a protest against the European Union's trade deal is planned.",
			[]string{"farmers=FRAAGR/nominal", "the European Union=IGOEUREEC"}, nil, "FRAAGR>FRAGOV 141"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, tt.mentions...), tt.places), tt.want)
	}
}

// "is expected/scheduled to meet or hold talks with X": the subject's
// intention to meet (036), beside a visit coded as before; the passive's
// subject is the one who is to meet, not its target.
func TestExpectedTalks(t *testing.T) {
	runRound(t, []roundCase{
		{"The Indonesian president arrived in Singapore on Monday for a visit during which he is expected to hold talks with the prime minister.",
			[]string{"The Indonesian president=IDNGOV/nominal", "Singapore=SGP", "he=IDNGOV/pronoun", "the prime minister=SGPGOV/nominal"}, "IDNGOV>SGP 042,IDNGOV>SGPGOV 036 intended"},
		{"Putin is expected to meet Xi Jinping in Beijing next week.",
			[]string{"Putin=RUSGOV", "Xi Jinping=CHNGOV"}, "RUSGOV>CHNGOV 036 intended"},
		{"The Indian prime minister is scheduled to hold talks with Japan's prime minister on Friday.",
			[]string{"The Indian prime minister=INDGOV/nominal", "Japan's prime minister=JPNGOV/nominal"}, "INDGOV>JPNGOV 036 intended"},
		// expected to do something else: no meeting
		{"Putin is expected to attend the parade in Moscow.",
			[]string{"Putin=RUSGOV"}, ""},
	})
}

// Army units (brigades, battalions, divisions, regiments) sent to a
// border are troops sent there: a show of force (15) toward the country
// across it, also after a clash with a non-state group.
func TestUnitsToBorder(t *testing.T) {
	runRound(t, []roundCase{
		{"Nigerian troops clashed with Boko Haram fighters near Lake Chad on Friday, and the army sent two more battalions to the border with Niger.",
			[]string{"Nigerian troops=NGAMIL/modifier", "Boko Haram fighters=NGAREB/nominal", "the army=NGAMIL/nominal", "Niger=NER"}, "NGAMIL>NER 154,NGAMIL>NGAREB 190,NGAREB>NGAMIL 190"},
		{"Iraq's army moved a brigade to the border with Syria on Sunday.",
			[]string{"Iraq's army=IRQMIL/nominal", "Syria=SYR"}, "IRQMIL>SYR 150"},
		// a brigade sent to its own capital names no other country
		{"The army deployed a brigade to the capital after the protests.",
			[]string{"The army=IRQMIL/nominal"}, ""},
	})
}

// A word tagged as a present-tense verb at the end of an "on"/"over"
// phrase's nouns ("wanted on drug smuggling charges") is a noun: no
// arrest by the party named before it.
func TestNounInPhrase(t *testing.T) {
	runRound(t, []roundCase{
		{"Fijian police handed over three men wanted on drug smuggling charges to officers of the New Zealand Police.",
			[]string{"Fijian police=FJICOP/modifier", "officers=FJIMIL/nominal", "the New Zealand Police=NZLCOP/nominal"}, "FJICOP>NZLCOP 063"},
		// the verb after its subject is coded as before
		{"Kenyan prosecutors charge two police officers with murder.",
			[]string{"Kenyan prosecutors=KENJUD/modifier", "two police officers=KENCOP/nominal"}, "KENJUD>KENCOP 173"},
	})
}

// An act in a "before" clause after a demand ("must agree to changes
// before they demobilize") is what follows the demand's fulfilment, not
// an event; a past act after "before" is coded as before.
func TestBeforeDemandMet(t *testing.T) {
	runRound(t, []roundCase{
		{"The rebels announced that the president must agree to constitutional changes before they demobilize.",
			[]string{"The rebels=RWAREB/nominal", "the president=RWAGOV/nominal", "they=RWAREB/pronoun"}, "RWAREB>RWAGOV 100"},
		{"The opposition demanded that the government hold a referendum before it joins the talks.",
			[]string{"The opposition=VENOPP/nominal", "the government=VENGOV/nominal", "it=VENOPP/pronoun"}, "VENOPP>VENGOV 100"},
		{"The army attacked the rebels before they withdrew from the town.",
			[]string{"The army=MLIMIL/nominal", "the rebels=MLIREB/nominal", "they=MLIREB/pronoun"}, "MLIMIL>MLIREB 190,MLIREB> 0874"},
	})
}

// Compensation or reparations asked of a party are economic aid asked
// for: 1031 as a demand, 0231 as an appeal.
func TestAskedCompensation(t *testing.T) {
	runRound(t, []roundCase{
		{"Dominica's prime minister demanded that France compensate Dominican fishermen whose boats were destroyed.",
			[]string{"Dominica's prime minister=DMAGOV/nominal", "France=FRA", "Dominican fishermen=DMA/modifier"}, "DMAGOV>FRA 1031"},
		{"Seoul urged Tokyo to pay reparations to the victims.",
			[]string{"Seoul=KORGOV", "Tokyo=JPNGOV"}, "KORGOV>JPNGOV 0231"},
		// paying something else is not asked as aid
		{"Seoul urged Tokyo to pay attention to the victims.",
			[]string{"Seoul=KORGOV", "Tokyo=JPNGOV"}, "KORGOV>JPNGOV 020"},
	})
}

// A visit announced "for talks with Y" (or "to meet Y") is the intention
// to meet Y (036 toward Y), not toward the country visited.
func TestVisitForTalksWith(t *testing.T) {
	runRound(t, []roundCase{
		{"The Mauritian prime minister will travel to the Seychelles next month for talks with the Seychellois president on fisheries.",
			[]string{"The Mauritian prime minister=MUSGOV/nominal", "the Seychelles=SYC", "the Seychellois president=SYCGOV/nominal"}, "MUSGOV>SYCGOV 036 intended"},
		{"Japan's prime minister will visit India next week to meet India's prime minister.",
			[]string{"Japan's prime minister=JPNGOV/nominal", "India=IND", "India's prime minister=INDGOV/nominal"}, "JPNGOV>INDGOV 036 intended"},
		// no talks named: toward the country visited, as before
		{"Japan's prime minister will visit India next week.",
			[]string{"Japan's prime minister=JPNGOV/nominal", "India=IND"}, "JPNGOV>IND 036 intended"},
	})
}

// An appeal for relief goods (water, food, fodder, tents, medicine,
// supplies), listed after "for", is an appeal for humanitarian aid (0233).
func TestAppealForReliefGoods(t *testing.T) {
	runRound(t, []roundCase{
		{"Tuvalu has appealed to Japan and the European Union for emergency generators and bottled water as a drought drags on.",
			[]string{"Tuvalu=TUV", "Japan=JPN", "the European Union=IGOEUREEC"}, "TUV>IGOEUREEC 0233,TUV>JPN 0233"},
		{"Fiji appealed to Australia for tents and blankets after the cyclone.",
			[]string{"Fiji=FJI", "Australia=AUS"}, "FJI>AUS 0233"},
		// an appeal for something else stays general
		{"Fiji appealed to Australia for talks on fishing.",
			[]string{"Fiji=FJI", "Australia=AUS"}, "FJI>AUS 020"},
	})
}
