package coder

import "testing"

// roundCase is one sentence with its actor mentions and the events wanted.
type roundCase struct {
	text     string
	mentions []string
	want     string
}

func runRound(t *testing.T, tests []roundCase) {
	t.Helper()
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A people's adjective on a sea, gulf, strait or peninsula ("the Indian
// Ocean") names a place, not a party to an event. Our own sentences.
func TestGeographicFeatures(t *testing.T) {
	runRound(t, []roundCase{
		{"Japan's prime minister met Kenya's president in the Indian Ocean port of Mombasa.",
			[]string{"Japan's prime minister=JPNGOV/nominal", "Kenya's president=KENGOV/nominal", "the Indian Ocean=IND/modifier"}, "JPNGOV>KENGOV 040,KENGOV>JPNGOV 040"},
		{"The ministry praised Vietnam for its patrols in the South China Sea during a meeting with a Philippine envoy.",
			[]string{"The ministry=JPNGOV/nominal", "Vietnam=VNM", "the South China Sea=CHN/modifier", "Philippine envoy=PHLGOV/nominal"}, "JPNGOV>PHLGOV 040,JPNGOV>VNM 051,PHLGOV>JPNGOV 040"},
		{"Seoul accused Pyongyang of firing missiles toward the Korean Peninsula's eastern waters.",
			[]string{"Seoul=KORGOV", "Pyongyang=PRKGOV", "the Korean Peninsula=KOR/modifier"}, "KORGOV>PRKGOV 112"},
		// a people's adjective on a people or force is a party as before
		{"Indian warships escorted Omani tankers.",
			[]string{"Indian warships=INDMIL/modifier", "Omani tankers=OMN/modifier"}, ""},
		{"Indian troops attacked Chinese positions.",
			[]string{"Indian troops=INDMIL/modifier", "Chinese positions=CHNMIL/modifier"}, "INDMIL>CHNMIL 190"},
	})
}

// "a court there", "police there": the party takes the country "there"
// points back to, the nearest one named before it, and so do the parties
// of its clause named by common nouns alone. Our own sentences.
func TestThereCountries(t *testing.T) {
	runRound(t, []roundCase{
		{"The Dutch government froze aid to Chad's government after a court there jailed a prominent journalist.",
			[]string{"The Dutch government=NLDGOV/nominal", "Chad's government=TCDGOV/nominal", "a court=NLDJUD/nominal", "a prominent journalist=NLDMED/nominal"}, "NLDGOV>TCDGOV 162,TCDJUD>TCDMED 173"},
		{"France recalled its envoy from Georgia after police there arrested two opposition activists.",
			[]string{"France=FRA", "Georgia=GEO", "police=FRACOP/nominal", "two opposition activists=FRAOPP/nominal"}, "FRA>GEO 161,GEOCOP>GEOOPP 173"},
		{"Canada criticised Uganda, after the authorities there detained a reporter.",
			[]string{"Canada=CAN", "Uganda=UGA", "the authorities=CANGOV/nominal", "a reporter=CANMED/nominal"}, "CAN>UGA 111,UGAGOV>UGAMED 173"},
		// without "there" the mention keeps its country
		{"Canada criticised Uganda, after the authorities detained a reporter.",
			[]string{"Canada=CAN", "Uganda=UGA", "the authorities=CANGOV/nominal", "a reporter=CANMED/nominal"}, "CAN>UGA 111,CANGOV>CANMED 173"},
		// a mention with its own demonym keeps its country
		{"Canada criticised Uganda, after Kenyan police there detained a reporter.",
			[]string{"Canada=CAN", "Uganda=UGA", "Kenyan police=KENCOP/modifier", "a reporter=CANMED/nominal"}, "CAN>UGA 111,KENCOP>CANMED 173"},
	})
}

// An appositive that ranks the attack just coded among others (", the
// deadliest attack on the army this year") names it again: no second
// event, and no source guessed for it. Our own sentences.
func TestRestatedAttack(t *testing.T) {
	runRound(t, []roundCase{
		{"Gunmen killed six police officers in Lamu county on Monday, officials said, the deadliest attack on the police in the region this year.",
			[]string{"Gunmen=KENUAF/nominal", "six police officers=KENCOP/nominal", "officials=KENGOV/nominal", "the police=KENCOP/nominal"}, "KENUAF>KENCOP 1823"},
		{"Insurgents shelled an army base near the border with Niger on Friday, the latest such attack on soldiers in Mali.",
			[]string{"Insurgents=MLIINS/nominal", "an army base=MLIMIL/nominal", "Niger=NER", "soldiers=MLIMIL/nominal", "Mali=MLI"}, "MLIINS>MLIMIL 194"},
		{"Rebels attacked the town of Goma, the second assault on the city in a week.",
			[]string{"Rebels=CODREB/nominal", "Goma=COD"}, "CODREB>COD 190"},
		// an attack of its own after the comma is coded
		{"Gunmen killed six police officers on Monday, a day after rebels launched an attack on an army base.",
			[]string{"Gunmen=KENUAF/nominal", "six police officers=KENCOP/nominal", "rebels=KENREB/nominal", "an army base=KENMIL/nominal"}, "KENREB>KENMIL 190,KENUAF>KENCOP 1823"},
		// no attack coded before it: the ranked attack is coded
		{"Rwanda's army said on Monday that rebels carried out the deadliest attack on its soldiers this year.",
			[]string{"Rwanda's army=RWAMIL/nominal", "rebels=RWAREB/nominal", "its soldiers=RWAMIL/nominal"}, "RWAREB>RWAMIL 190"},
	})
}

// An armed group named by common nouns alone that fights a country's
// forces named with their country is of that country, not of the country
// the actor stage guessed (a dateline's). Our own sentences.
func TestDomesticFighters(t *testing.T) {
	runRound(t, []roundCase{
		{"Officials in Algiers reported heavy fighting between Malian troops and armed groups near the frontier.",
			[]string{"Officials=DZAGOV/nominal", "Malian troops=MLIMIL/modifier", "armed groups=DZAUAF/nominal"}, "MLIMIL>MLIUAF 190,MLIUAF>MLIMIL 190"},
		{"Nigerien soldiers clashed with gunmen near the town of Tillaberi on Sunday.",
			[]string{"Nigerien soldiers=NERMIL/modifier", "gunmen=TCDUAF/nominal"}, "NERMIL>NERUAF 190,NERUAF>NERMIL 190"},
		{"Heavy fighting between Somali police and militants broke out in a border town on Monday, police in Nairobi said.",
			[]string{"Somali police=SOMCOP/modifier", "militants=KENREB/nominal", "police=KENCOP/nominal"}, "SOMCOP>SOMREB 190,SOMREB>SOMCOP 190"},
		// a group with its own country word keeps it
		{"Officials in Algiers reported heavy fighting between Malian troops and Algerian militants near the frontier.",
			[]string{"Officials=DZAGOV/nominal", "Malian troops=MLIMIL/modifier", "Algerian militants=DZAREB/modifier"}, "DZAREB>MLIMIL 190,MLIMIL>DZAREB 190"},
		// forces without a country word: as the actor stage has it
		{"Officials in Algiers reported heavy fighting between troops and armed groups near the frontier.",
			[]string{"Officials=DZAGOV/nominal", "troops=MLIMIL/nominal", "armed groups=DZAUAF/nominal"}, "DZAUAF>MLIMIL 190,MLIMIL>DZAUAF 190"},
	})
}

// Evidence handed to another party's prosecutors or police, and a joint
// investigation with them, are judicial cooperation (063); a quantity
// ("more than 3,000 pages of") may stand in the pattern's gap. Our own
// sentences.
func TestEvidenceHanded(t *testing.T) {
	runRound(t, []roundCase{
		{"Spain's national court handed French judges evidence on the smuggling ring.",
			[]string{"Spain's national court=ESPJUD/nominal", "French judges=FRAJUD/modifier"}, "ESPJUD>FRAJUD 063"},
		{"Kenyan police handed over more than 200 files of evidence to Ugandan investigators on Monday.",
			[]string{"Kenyan police=KENCOP/modifier", "Ugandan investigators=UGACOP/modifier"}, "KENCOP>UGACOP 063"},
		{"Peru's prosecutors handed Bolivian judges more than 900 pages of evidence.",
			[]string{"Peru's prosecutors=PERJUD/nominal", "Bolivian judges more=BOLJUD/modifier"}, "PERJUD>BOLJUD 063"},
		{"Brazil's federal police turned over evidence to Paraguayan prosecutors.",
			[]string{"Brazil's federal police=BRACOP/nominal", "Paraguayan prosecutors=PRYJUD/modifier"}, "BRACOP>PRYJUD 063"},
		{"Italy's prosecutors launched a joint investigation with Albanian police into the smuggling ring.",
			[]string{"Italy's prosecutors=ITAJUD/nominal", "Albanian police=ALBCOP/modifier"}, "ALBCOP>ITAJUD 063,ITAJUD>ALBCOP 063"},
		// no evidence, or evidence received: nothing
		{"The Chilean minister handed the Peruvian president a letter.",
			[]string{"The Chilean minister=CHLGOV/modifier", "Peruvian president=PERGOV/modifier"}, ""},
		{"The Chilean court heard evidence from Peruvian witnesses.",
			[]string{"The Chilean court=CHLJUD/modifier", "Peruvian witnesses=PERCVL/modifier"}, ""},
	})
}

// "X warned Y that its army would strike any armed group ...": a threat
// of force against the party warned when the act names no one or only an
// indefinite group ("any", "anyone"). Our own sentences.
func TestWarnedAddressee(t *testing.T) {
	runRound(t, []roundCase{
		{"Burkina Faso's military leader warned Ivory Coast that his army would strike any armed group using Ivorian territory as a rear base.",
			[]string{"Burkina Faso's military leader=BFAMIL/nominal", "Ivory Coast=CIV", "his army=BFAMIL/nominal", "any armed group=BFAUAF/nominal", "Ivorian territory=CIV/modifier"}, "BFAMIL>CIV 138 intended"},
		{"Rwanda warned Congo that its troops would attack any rebels who crossed the border.",
			[]string{"Rwanda=RWA", "Congo=COD", "its troops=RWAMIL/nominal", "rebels=RWAREB/nominal"}, "RWA>COD 138 intended"},
		{"The Turkish president warned Syria that his forces would bomb anyone sheltering the militants.",
			[]string{"The Turkish president=TURGOV/modifier", "Syria=SYR", "his forces=TURMIL/nominal", "anyone=SYRUAF/nominal", "the militants=SYRREB/nominal"}, "TURMIL>SYR 138 intended"},
		// a definite party attacked stays the target
		{"Rwanda warned Congo that its troops would attack the FDLR rebels.",
			[]string{"Rwanda=RWA", "Congo=COD", "its troops=RWAMIL/nominal", "the FDLR rebels=CODREB/nominal"}, "RWAMIL>CODREB 138 intended"},
		// no warning: the group stays the target
		{"Rwanda told Congo that its troops would attack any rebels who crossed the border.",
			[]string{"Rwanda=RWA", "Congo=COD", "its troops=RWAMIL/nominal", "rebels=RWAREB/nominal"}, "RWAMIL>RWAREB 138 intended"},
	})
}

// "X said that it/Zagreb would block ... if Y did not ...": a statement
// of a conditional act of cutting, blocking or punishing by the speaker's
// own side is a threat (13x) against the party of the condition. Our own
// sentences.
func TestConditionalThreatSaid(t *testing.T) {
	runRound(t, []roundCase{
		{"Croatia's prime minister said that Zagreb would block the next round of accession talks if Belgrade did not hand over the archives.",
			[]string{"Croatia's prime minister=HRVGOV/nominal", "Zagreb=HRVGOV", "Belgrade=SRBGOV"}, "HRVGOV>SRBGOV 134"},
		{"Turkey's president announced that Ankara would cut trade with Sweden unless Stockholm extradited the suspects.",
			[]string{"Turkey's president=TURGOV/nominal", "Ankara=TURGOV", "Sweden=SWE", "Stockholm=SWEGOV"}, "TURGOV>SWEGOV 131"},
		{"The Hungarian government said that it would suspend its aid if Kyiv did not restore minority language rights.",
			[]string{"The Hungarian government=HUNGOV/modifier", "Kyiv=UKRGOV"}, "HUNGOV>UKRGOV 131"},
		// another party's act: no threat of the speaker
		{"Finland's foreign minister said that Russia would retaliate if NATO deployed troops.",
			[]string{"Finland's foreign minister=FINGOV/nominal", "Russia=RUS", "NATO=NATO"}, ""},
		// a conditional offer is no threat
		{"The European Union said that it would lift sanctions if Belarus released political prisoners.",
			[]string{"The European Union=EUR", "Belarus=BLR"}, ""},
		// no condition: no threat
		{"Croatia's prime minister said that Zagreb would block the next round of accession talks.",
			[]string{"Croatia's prime minister=HRVGOV/nominal", "Zagreb=HRVGOV"}, ""},
	})
}

// A condition whose party is of the speaker's own country makes no
// threat of a statement. Our own sentence.
func TestConditionalThreatOwnSide(t *testing.T) {
	d := doc(t, "Kenya announced that it would withdraw its troops from Somalia unless President Ruto ordered otherwise.",
		"Kenya=KEN", "its troops=KENMIL/nominal", "Somalia=SOM", "President Ruto=KENGOV")
	for _, e := range code(t, d) {
		if e == "KEN>KENGOV 130" || e == "KEN>KENGOV 131" {
			t.Errorf("%s: threat against the speaker's own side: %v", d.Article.Text, code(t, d))
		}
	}
}

// "X received a visiting delegation from Y": Y's visit (042) and X's
// hosting of it (043). Our own sentences.
func TestReceivedVisit(t *testing.T) {
	runRound(t, []roundCase{
		{"Kim Jong-un received a visiting government delegation from Laos at a guesthouse in Pyongyang.",
			[]string{"Kim Jong-un=PRKGOV", "a visiting government delegation=PRKGOV/nominal", "Laos=LAO"}, "LAO>PRKGOV 042,PRKGOV>LAO 043"},
		{"Vietnam's president received a visit from Cuba's foreign minister on Monday.",
			[]string{"Vietnam's president=VNMGOV/nominal", "Cuba's foreign minister=CUBGOV/nominal"}, "CUBGOV>VNMGOV 042,VNMGOV>CUBGOV 043"},
		{"Hun Sen welcomed a visiting trade delegation from Thailand.",
			[]string{"Hun Sen=KHMGOV", "a visiting trade delegation=KHMGOV/nominal", "Thailand=THA"}, "KHMGOV>THA 043,THA>KHMGOV 042"},
		// a visit not received, or only planned: no hosting (the refusal and
		// the intention as before)
		{"Vietnam's president did not receive a visit from Cuba's foreign minister.",
			[]string{"Vietnam's president=VNMGOV/nominal", "Cuba's foreign minister=CUBGOV/nominal"}, "CUBGOV>VNMGOV 125 neg"},
		{"Vietnam's president will receive a visit from Cuba's foreign minister next week.",
			[]string{"Vietnam's president=VNMGOV/nominal", "Cuba's foreign minister=CUBGOV/nominal"}, "CUBGOV>VNMGOV 036 intended"},
	})
}

// Subcodes: an investigation by an anti-corruption body or into a
// procurement is one of crime and corruption (091); development aid cut
// is economic aid cut (1621). Our own sentences.
func TestRound13Subcodes(t *testing.T) {
	runRound(t, []roundCase{
		{"Kenya's anti-corruption commission said it had opened an investigation into a former county governor.",
			[]string{"Kenya's anti-corruption commission=KENJUD/nominal", "a former county governor=KENGOV/nominal"}, "KENJUD>KENGOV 091"},
		{"Peru's prosecutors opened an investigation into a former minister over a procurement deal.",
			[]string{"Peru's prosecutors=PERJUD/nominal", "a former minister=PERGOV/nominal"}, "PERJUD>PERGOV 091"},
		{"Sweden suspended development aid to Mali's government.",
			[]string{"Sweden=SWE", "Mali's government=MLIGOV/nominal"}, "SWE>MLIGOV 1621"},
		{"Germany suspended 20 million euros in development assistance to Niger.",
			[]string{"Germany=DEU", "Niger=NER"}, "DEU>NER 1621"},
		// no cue: the general codes as before
		{"Peru's prosecutors opened an investigation into a former minister.",
			[]string{"Peru's prosecutors=PERJUD/nominal", "a former minister=PERGOV/nominal"}, "PERJUD>PERGOV 090"},
		{"Sweden suspended aid to Mali's government.",
			[]string{"Sweden=SWE", "Mali's government=MLIGOV/nominal"}, "SWE>MLIGOV 162"},
	})
}

// "criticised X's decision to deport Y and accused Z of ...": an
// "accused" the tagger reads as a participle, with its party and "of"
// after it, is the first verb's coordinate with the same subject. Our own
// sentences.
func TestAccusedCoordinate(t *testing.T) {
	runRound(t, []roundCase{
		{"Mexico's president criticised Guatemala's decision to deport dozens of Mexican citizens and accused Guatemalan border officials of mistreating them.",
			[]string{"Mexico's president=MEXGOV/nominal", "Guatemala=GTM", "Mexican citizens=MEXCVL/nominal", "Guatemalan border officials=GTMGOV/nominal"}, "MEXGOV>GTM 111,MEXGOV>GTMGOV 112"},
		{"Chile's foreign minister condemned Bolivia's decision to expel dozens of Chilean workers and accused Bolivian police of beating them.",
			[]string{"Chile's foreign minister=CHLGOV/nominal", "Bolivia=BOL", "Chilean workers=CHLLAB/nominal", "Bolivian police=BOLCOP/nominal"}, "CHLGOV>BOL 111,CHLGOV>BOLCOP 112"},
		// no "of" after the party: the participle stays an adjective
		{"Mexico's president criticised Guatemala's decision to deport dozens of Mexican citizens and accused officials.",
			[]string{"Mexico's president=MEXGOV/nominal", "Guatemala=GTM", "Mexican citizens=MEXCVL/nominal", "officials=GTMGOV/nominal"}, "MEXGOV>GTM 111"},
	})
}

// A title followed by a name in apposition ("Burkina Faso's military
// leader, Captain Ibrahim Traore, ...") takes the name's code when both
// are of one country; ", accusing Z of ..." after "X warned Y that ..."
// is the warner's. Our own sentences.
func TestNamedAppositiveAndWarner(t *testing.T) {
	runRound(t, []roundCase{
		{"Burkina Faso's military leader, Captain Ibrahim Traore, has accused Ivory Coast of harbouring rebels.",
			[]string{"Burkina Faso=BFA", "military leader=BFAMIL/nominal", "Captain Ibrahim Traore=BFAGOV", "Ivory Coast=CIV"}, "BFAGOV>CIV 112"},
		{"Niger's military ruler, General Tchiani, warned Benin that his troops would strike any armed group using Beninese territory, accusing Cotonou of harbouring saboteurs.",
			[]string{"Niger=NER", "military ruler=NERMIL/nominal", "General Tchiani=NERGOV", "Benin=BEN", "his troops=NERMIL/nominal", "any armed group=NERUAF/nominal", "Beninese territory=BEN/modifier", "Cotonou=BENGOV/metonym"}, "NERGOV>BEN 138 intended,NERGOV>BENGOV 112"},
		// a name of another country in apposition: the title keeps its code
		{"Kenya's envoy, Raila Odinga, has accused Sudan of stalling.",
			[]string{"Kenya=KEN", "envoy=KENGOV/nominal", "Raila Odinga=AFR", "Sudan=SDN"}, "KENGOV>SDN 112"},
	})
}

// ", killing N civilians" after an attack, the victims read as of the
// attackers' country though the attack hit another, is the attack's toll
// and no event of its own; victims of the country hit or of the
// attackers' own country where they attack are coded as before. Our own
// sentences.
func TestKillingResult(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		places   []string
		want     string
	}{
		{"Russian troops shelled the city of Kherson on Tuesday, killing two civilians.",
			[]string{"Russian troops=RUSMIL/modifier", "two civilians=RUSCVL/nominal"}, []string{"Kherson=UKR"}, "RUSMIL>UKR 194"},
		{"Jordanian warplanes struck hideouts of smugglers in Syria, killing at least six people.",
			[]string{"Jordanian warplanes=JORMIL/modifier", "smugglers=SYRCRM/nominal", "Syria=SYR", "at least six people=JORCVL/nominal"}, nil, "JORMIL>SYRCRM 195"},
		{"Israel struck Iran's nuclear facilities and killed several senior commanders.",
			[]string{"Israel=ISR", "Iran=IRN", "several senior commanders=ISRMIL/nominal"}, nil, "ISR>IRN 190"},
		// victims of the attackers' own country attacked there, or of
		// the country attacked: coded
		{"Al Shabaab militants stormed a hotel in Kismayo, killing at least 11 people.",
			[]string{"Al Shabaab militants=SOMREBSHB", "at least 11 people=SOMCVL/nominal"}, []string{"Kismayo=SOM"}, "SOMREBSHB>SOM 190,SOMREBSHB>SOMCVL 1823"},
		{"Hamas militants attacked southern Israel and killed hundreds of people.",
			[]string{"Hamas militants=PSEREBHMS", "Israel=ISR", "hundreds of people=ISRCVL/nominal"}, nil, "PSEREBHMS>ISR 190,PSEREBHMS>ISRCVL 1823"},
		{"Hamas militants attacked southern Israel, killing hundreds of people.",
			[]string{"Hamas militants=PSEREBHMS", "Israel=ISR", "hundreds of people=ISRCVL/nominal"}, nil, "PSEREBHMS>ISR 190,PSEREBHMS>ISRCVL 1823"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, tt.mentions...), tt.places), tt.want)
	}
}

// The possessed object of a verb ("summoned Myanmar's ambassador and
// demanded that ...") is no subject of the verb coordinated after it; the
// possessed subject of a clause said ("said Sudan's RSF carried out ...")
// stays one. Our own sentences.
func TestPossessedObject(t *testing.T) {
	runRound(t, []roundCase{
		{"Bangladesh summoned Myanmar's ambassador and demanded that Myanmar's army pull back its troops.",
			[]string{"Bangladesh=BGD", "Myanmar=MMR", "ambassador=MMRGOV/nominal", "Myanmar=MMR", "army=MMRMIL/nominal"}, "BGD>MMRGOV 114,BGD>MMRMIL 100"},
		{"Kenya expelled Uganda's envoy and accused Uganda's police of harassing traders.",
			[]string{"Kenya=KEN", "Uganda=UGA", "envoy=UGAGOV/nominal", "Uganda=UGA", "police=UGACOP/nominal"}, "KEN>UGACOP 112,KEN>UGAGOV 161"},
		{"Rights groups said Sudan's paramilitary forces carried out mass killings of civilians in Darfur.",
			[]string{"Rights groups=SDNNGO/nominal", "Sudan=SDN", "paramilitary forces=SDNREB/nominal", "civilians=SDNCVL/nominal"}, "SDNNGO>SDNCVL 202,SDNREB>SDNCVL 202"},
	})
}

// A government's order to its own country's armed forces or police
// ("ordered the army to step up patrols") is a command inside one state,
// no demand (100); an order to another country's forces stays one. Our
// own sentences.
func TestOwnForcesOrdered(t *testing.T) {
	runRound(t, []roundCase{
		{"Sierra Leone's president ordered the army to step up patrols along the eastern border.",
			[]string{"Sierra Leone's president=SLEGOV/nominal", "the army=SLEMIL/nominal"}, ""},
		{"Kenya's interior minister instructed police to arrest the protest leaders.",
			[]string{"Kenya's interior minister=KENGOV/nominal", "police=KENCOP/nominal", "the protest leaders=KENOPP/nominal"}, ""},
		// another country's forces: a demand as before
		{"Russia's president ordered Ukrainian troops to withdraw from the region.",
			[]string{"Russia's president=RUSGOV/nominal", "Ukrainian troops=UKRMIL/modifier"}, "RUSGOV>UKRMIL 106"},
		{"The president ordered the rebels to lay down their arms.",
			[]string{"The president=SLEGOV/nominal", "the rebels=SLEREB/nominal"}, "SLEGOV>SLEREB 107"},
	})
}

// A demand or appeal a state makes of itself (a country or its
// government on both sides) is no event; one of its government by its
// people or opposition stays. Our own sentences.
func TestSelfDemands(t *testing.T) {
	runRound(t, []roundCase{
		{"Kyrgyzstan rejected a Tajik proposal, insisting that negotiators meet in Bishkek.",
			[]string{"Kyrgyzstan=KGZ", "Tajik proposal=TJK/modifier", "negotiators=KGZGOV/nominal"}, "KGZ>TJK 125"},
		{"Ukraine's president urged Ukrainians to stay calm.",
			[]string{"Ukraine's president=UKRGOV/nominal", "Ukrainians=UKR"}, ""},
		{"The United States imposed sanctions on the gang leaders, freezing any assets in the United States.",
			[]string{"The United States=USA", "the gang leaders=HTICRM/nominal", "the United States=USAGOV"}, "USA>HTICRM 163"},
		// the opposition's demand of its government stays
		{"Kenya's opposition demanded that the government cut fuel prices.",
			[]string{"Kenya's opposition=KENOPP/nominal", "the government=KENGOV/nominal"}, "KENOPP>KENGOV 100"},
	})
}

// The act in the if/unless clause of a threat just coded is its
// condition, which has not happened: no event. Our own sentences.
func TestThreatCondition(t *testing.T) {
	runRound(t, []roundCase{
		{"Germany warned Iran that it would face new sanctions if Iranian firms supplied drones to Russia.",
			[]string{"Germany=DEU", "Iran=IRN", "Iranian firms=IRNBUS/modifier", "Russia=RUS"}, "DEU>IRN 1312"},
		{"Turkey threatened to expel Sweden's ambassador if Swedish police arrested the activists.",
			[]string{"Turkey=TUR", "Sweden's ambassador=SWEGOV/nominal", "Swedish police=SWECOP/modifier"}, "TUR>SWEGOV 1313"},
		// no threat before it: the hypothetical act is coded as before
		{"Analysts said prices would rise if Iranian firms supplied drones to Russia.",
			[]string{"Iranian firms=IRNBUS/modifier", "Russia=RUS"}, "IRNBUS>RUS 072 hypothetical"},
	})
}

// "troops backed by X", "rebels supported by Y": a participle describing
// who stands behind a party is no act of support; a support told as an
// act stays. Our own sentences.
func TestDescribedBacking(t *testing.T) {
	runRound(t, []roundCase{
		{"Somali troops backed by African Union forces fought al Shabaab militants near Balad.",
			[]string{"Somali troops=SOMMIL/modifier", "African Union forces=IGOAFRAFUMIL", "al Shabaab militants=SOMREBSHB"}, "SOMMIL>SOMREBSHB 190"},
		{"Congolese rebels supported by Rwanda seized the town of Goma.",
			[]string{"Congolese rebels=CODREB/modifier", "Rwanda=RWA", "Goma=COD"}, "CODREB>COD 192"},
		// the support itself: coded
		{"The African Union backed Somalia's government on Monday.",
			[]string{"The African Union=IGOAFRAFU", "Somalia's government=SOMGOV/nominal"}, "IGOAFRAFU>SOMGOV 051"},
	})
}

// "condemned an Israeli army raid on a camp": the attack named with its
// attacker before the noun is that attacker's, not the condemning
// party's. Our own sentences.
func TestCondemnedAttackBefore(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		places   []string
		want     string
	}{
		{"Jordan's foreign minister condemned an Israeli army raid on a hospital in Gaza.",
			[]string{"Jordan's foreign minister=JORGOV/nominal", "an Israeli army=ISRMIL/nominal"}, []string{"Gaza=PSE"}, "ISRMIL>PSE 190,JORGOV>ISRMIL 111"},
		{"Poland condemned a Russian missile attack on Ukrainian power plants.",
			[]string{"Poland=POL", "a Russian missile=RUSMIL/nominal", "Ukrainian power plants=UKR/modifier"}, nil, "POL>RUSMIL 111,RUSMIL>UKR 190"},
		// no attacker before the noun and no by-phrase: as before
		{"Jordan's foreign minister condemned the raid on a hospital in Gaza.",
			[]string{"Jordan's foreign minister=JORGOV/nominal"}, []string{"Gaza=PSE"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, tt.mentions...), tt.places), tt.want)
	}
}

// A refusal of a two-sided act ("will not sign an agreement with Peru")
// is its subject's alone; the act itself stays two-sided. Our own
// sentences.
func TestOneSidedRefusal(t *testing.T) {
	runRound(t, []roundCase{
		{"Chile will not sign the proposed fishing agreement with Peru, the president said.",
			[]string{"Chile=CHL", "Peru=PER"}, "CHL>PER 120 neg"},
		{"Saudi Arabia will not establish diplomatic relations with Israel unless a path to a Palestinian state is agreed.",
			[]string{"Saudi Arabia=SAU", "Israel=ISR"}, "SAU>ISR 120 neg"},
		// not negated: both ways as before
		{"Chile signed a fishing agreement with Peru on Monday.",
			[]string{"Chile=CHL", "Peru=PER"}, "CHL>PER 057,PER>CHL 057"},
	})
}

// A raid by police is a search or seizure, coercion (170); a raid by
// troops stays an attack. Our own sentences.
func TestPoliceRaid(t *testing.T) {
	runRound(t, []roundCase{
		{"Ecuadorian police raided the Mexican embassy in Quito on Friday.",
			[]string{"Ecuadorian police=ECUCOP/modifier", "the Mexican embassy=MEXGOV/nominal"}, "ECUCOP>MEXGOV 170"},
		{"Kenyan police raided the offices of the opposition party.",
			[]string{"Kenyan police=KENCOP/modifier", "the opposition party=KENOPP/nominal"}, "KENCOP>KENOPP 171"},
		// troops: an attack as before
		{"Israeli troops raided a refugee camp in Jenin.",
			[]string{"Israeli troops=ISRMIL/modifier", "a refugee camp=PSEREF/nominal"}, "ISRMIL>PSEREF 190"},
	})
}

// A state's refusal to deploy or send its own forces is toward the
// country named after them, not toward the forces; others defying the
// forces keep them as target. Our own sentences.
func TestOwnForcesRefused(t *testing.T) {
	runRound(t, []roundCase{
		{"India has refused to deploy peacekeepers in Afghanistan.",
			[]string{"India=IND", "peacekeepers=INDMIL/nominal", "Afghanistan=AFG"}, "IND>AFG 120"},
		{"Brazil refused to send troops to Haiti.",
			[]string{"Brazil=BRA", "troops=BRAMIL/nominal", "Haiti=HTI"}, "BRA>HTI 1224"},
		{"Turkey has refused to keep its soldiers in Qatar.",
			[]string{"Turkey=TUR", "its soldiers=TURMIL/nominal", "Qatar=QAT"}, "TUR>QAT 120"},
		// lawmakers defying the army: as before
		{"Lawmakers defied the troops to vote the decree down.",
			[]string{"Lawmakers=KORLEG/nominal", "the troops=KORMIL/nominal"}, "KORLEG>KORMIL 128"},
	})
}

// Refugees a state takes in or turns away come from elsewhere: read as
// the state's own people with no country named, they are no target.
// Our own sentences.
func TestForeignRefugees(t *testing.T) {
	runRound(t, []roundCase{
		{"Jordan says it will not accept any more refugees.",
			[]string{"Jordan=JOR", "refugees=JORREF/nominal"}, "JOR> 122 neg"},
		// refugees named with their country stay the target
		{"Jordan says it will not accept any more Syrian refugees.",
			[]string{"Jordan=JOR", "Syrian refugees=SYRREF/modifier"}, "JOR>SYRREF 122 neg"},
	})
}
