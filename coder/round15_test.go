package coder

import "testing"

// Fifteenth round: constructions behind the misses of the blind
// test14.jsonl, each with our own sentences (none from a gold or fresh
// file).

// A list of parties after a trigger, cut by the clause's first comma, is
// every party's target; an appositive or a new clause after the comma is
// none.
func TestListAfterComma(t *testing.T) {
	runRound(t, []roundCase{
		{"The government of Chad appealed to Japan, the European Union and the World Food Programme for emergency food.",
			[]string{"The government of Chad=TCDGOV/nominal", "Japan=JPN", "the European Union=IGOEUREEC", "the World Food Programme=IGOUNOWFP"}, "TCDGOV>IGOEUREEC 0233,TCDGOV>IGOUNOWFP 0233,TCDGOV>JPN 0233"},
		{"Malawi asked Norway, Germany, and the United Nations for help.",
			[]string{"Malawi=MWI", "Norway=NOR", "Germany=DEU", "the United Nations=IGOUNO"}, "MWI>DEU 023,MWI>IGOUNO 023,MWI>NOR 023"},
		{"Bolivia urged Chile, Peru or Argentina to reopen the border.",
			[]string{"Bolivia=BOL", "Chile=CHL", "Peru=PER", "Argentina=ARG"}, "BOL>ARG 020,BOL>CHL 020,BOL>PER 020"},
		// an appositive is no list
		{"Chad met Japan, a close ally, on Monday.",
			[]string{"Chad=TCD", "Japan=JPN"}, "JPN>TCD 040,TCD>JPN 040"},
		// a new clause after the comma
		{"Chad urged Japan to help, and Germany said it would send food.",
			[]string{"Chad=TCD", "Japan=JPN", "Germany=DEU"}, "TCD>JPN 020"},
	})
}

// People driven or forced from their homes by a natural hazard were
// expelled by no one (201 needs an agent); by soldiers they were.
func TestDisplacedByHazard(t *testing.T) {
	runRound(t, []roundCase{
		{"The government of Pakistan appealed for emergency food for some 5,000 people driven from their homes by floods in the province of Sindh.",
			[]string{"The government of Pakistan=PAKGOV/nominal", "people=PAKCVL/nominal"}, "PAKGOV> 020"},
		{"Malawi needs tents for 3,000 families forced from their homes by the cyclone in the south.",
			[]string{"Malawi=MWI", "families=MWICVL/nominal"}, ""},
		{"Aid groups said they were feeding villagers driven from their homes by the earthquake.",
			[]string{"Aid groups=NGO/nominal", "villagers=NPLCVL/nominal"}, ""},
		// an armed agent still expels
		{"Amnesty said 3,000 villagers driven from their homes by soldiers in the province of Sindh needed food.",
			[]string{"Amnesty=NGOHRIAMN", "villagers=PAKCVL/nominal", "soldiers=PAKMIL/nominal"}, "PAKMIL>PAKCVL 201"},
	})
}

// A judgement after "and" whose object opens with "his/her/their", right
// after a meeting or call, is toward the partner of the call.
func TestPartnerPronounJudgement(t *testing.T) {
	runRound(t, []roundCase{
		{"Kenyan President William Ruto spoke by telephone with Tanzania's Samia Suluhu Hassan on Monday and praised her efforts to end the dispute.",
			[]string{"Kenyan President William Ruto=KENGOV/name", "Tanzania's Samia Suluhu Hassan=TZAGOV/name"}, "KENGOV>TZAGOV 041,KENGOV>TZAGOV 051,TZAGOV>KENGOV 041"},
		{"The Chilean president met Peru's foreign minister in Lima and criticised his handling of the border row.",
			[]string{"The Chilean president=CHLGOV/nominal", "Peru's foreign minister=PERGOV/nominal"}, "CHLGOV>PERGOV 040,CHLGOV>PERGOV 111,PERGOV>CHLGOV 040"},
		// the speaker's own
		{"The Chilean president met Peru's foreign minister in Lima and praised his own team.",
			[]string{"The Chilean president=CHLGOV/nominal", "Peru's foreign minister=PERGOV/nominal"}, "CHLGOV>PERGOV 040,PERGOV>CHLGOV 040"},
		// no meeting before it
		{"The Chilean president arrived in Lima and praised his hosts' efforts.",
			[]string{"The Chilean president=CHLGOV/nominal"}, ""},
	})
}

// A denial answers the accuser named in the by-phrase of the accusation
// later in the sentence; an office the actor stage gave the denier's own
// country is its possessor's ("by Pyongyang's South Korea affairs
// committee").
func TestDenialAccuserPossessor(t *testing.T) {
	runRound(t, []roundCase{
		{"South Korea's unification ministry denied that Seoul had flown drones over the North, calling the accusation by Pyongyang's South Korea affairs committee groundless.",
			[]string{"South Korea's unification ministry=KORGOV/nominal", "Seoul=KORGOV", "Pyongyang=PRKGOV", "South Korea affairs committee=KOR/modifier"}, "KORGOV>PRKGOV 016"},
		{"Armenia's foreign ministry denied that its troops had fired across the border, calling the claim by Baku's Armenia working group false.",
			[]string{"Armenia's foreign ministry=ARMGOV/nominal", "its troops=ARMMIL/nominal", "Baku=AZEGOV", "Armenia working group=ARM/modifier"}, "ARMGOV>AZEGOV 016"},
		// the denier's own office names no accuser
		{"Armenia's foreign ministry denied that its troops had fired across the border, calling the claim by Yerevan's opposition false.",
			[]string{"Armenia's foreign ministry=ARMGOV/nominal", "its troops=ARMMIL/nominal", "Yerevan=ARMGOV", "opposition=ARMOPP/nominal"}, "ARMGOV> 016"},
	})
}

// An offer after "and" whose only parties are the offerer's own ("the help
// of Portuguese rescue teams") is made to the target of the event before
// it, the country named by an epithet the actor stage left unresolved.
func TestOfferOfOwnHelpers(t *testing.T) {
	runRound(t, []roundCase{
		{"Portugal's prime minister on Monday sent condolences to the people of Peru after floods swept away a village, and offered the Andean country the help of Portuguese rescue teams.",
			[]string{"Portugal's prime minister=PRTGOV/nominal", "Peru=PER", "Portuguese rescue teams=PRT/modifier"}, "PRTGOV>PER 018,PRTGOV>PER 0333 intended"},
		{"Norway's foreign minister expressed sympathy to the people of Nepal, and offered the mountain kingdom the help of Norwegian doctors.",
			[]string{"Norway's foreign minister=NORGOV/nominal", "Nepal=NPL", "Norwegian doctors=NOR/modifier"}, "NORGOV>NPL 018,NORGOV>NPL 0333 intended"},
		// a party of its own is the target
		{"Portugal's prime minister sent condolences to the people of Peru, and offered Chile the help of Portuguese rescue teams.",
			[]string{"Portugal's prime minister=PRTGOV/nominal", "Peru=PER", "Chile=CHL", "Portuguese rescue teams=PRT/modifier"}, "PRTGOV>CHL 0333 intended,PRTGOV>PER 018"},
		// another country's helpers: no guess
		{"Portugal's prime minister sent condolences to the people of Peru, and offered the help of Spanish rescue teams.",
			[]string{"Portugal's prime minister=PRTGOV/nominal", "Peru=PER", "Spanish rescue teams=ESP/modifier"}, "PRTGOV>ESP 0333 intended,PRTGOV>PER 018"},
	})
}

// A verb after ", and" with no subject of its own, after an adverbial
// clause that follows a coded event, shares the main clause's subject.
func TestSharedSubjectAfterClause(t *testing.T) {
	runRound(t, []roundCase{
		{"Ireland's president sent condolences to Chile after a fire swept through a town, and offered Santiago emergency aid.",
			[]string{"Ireland's president=IRLGOV/nominal", "Chile=CHL", "Santiago=CHLGOV"}, "IRLGOV>CHL 018,IRLGOV>CHL 033 intended"},
		{"Egypt condemned Israel after the talks in Cairo collapsed, and urged the United Nations to act.",
			[]string{"Egypt=EGY", "Israel=ISR", "the United Nations=IGOUNO"}, "EGY>IGOUNO 020,EGY>ISR 111"},
		// the adverbial clause's own coordinated verb keeps no subject
		{"Egypt condemned Israel when its jets struck Gaza and killed ten people.",
			[]string{"Egypt=EGY", "Israel=ISR", "its jets=ISRMIL/nominal", "Gaza=PSE"}, "EGY>ISR 111,ISRMIL>PSE 195"},
	})
}

// Forces sent to a named place of the sender's own country show force
// toward that country, by the sender; with no place named nothing
// changes.
func TestForcesSentHome(t *testing.T) {
	d := doc(t, "Peru's government sent 500 soldiers and police to the southern region of Puno on Monday after clashes.",
		"Peru's government=PERGOV/nominal", "500 soldiers=PERMIL/nominal", "police=PERCOP/nominal")
	wantCodes(t, withPlace(d, "Puno", "PER"), "PERGOV>PER 150")
	d = doc(t, "The Mexican government sent 1,000 soldiers to the state of Sinaloa.",
		"The Mexican government=MEXGOV/nominal", "1,000 soldiers=MEXMIL/nominal")
	wantCodes(t, withPlace(d, "Sinaloa", "MEX"), "MEXGOV>MEX 150")
	// no place named: no target, no event
	d = doc(t, "The Mexican government sent 1,000 soldiers to its northern border towns.",
		"The Mexican government=MEXGOV/nominal", "1,000 soldiers=MEXMIL/nominal")
	wantCodes(t, d, "")
	// a place of another country: toward it, as before
	d = doc(t, "The Mexican government sent 1,000 soldiers to the border near El Paso.",
		"The Mexican government=MEXGOV/nominal", "1,000 soldiers=MEXMIL/nominal")
	wantCodes(t, withPlace(d, "El Paso", "USA"), "MEXGOV>USA 150")
}

// An abduction of an organisation's staff targets the organisation; the
// unidentified abductors take the country of the region named after "in";
// "the aid organisation said, calling for their release" is the
// organisation's appeal for their release, to no one named.
func TestAbductedAidStaff(t *testing.T) {
	runRound(t, []roundCase{
		{"Gunmen kidnapped three Malian staff of Doctors Without Borders near a clinic in Mopti region on Sunday, the aid group said, calling for their immediate release.",
			[]string{"Gunmen=---UAF/nominal", "three Malian staff=MLI/modifier", "Doctors Without Borders=NGOHLHMSF", "Mopti region=MLIGOV/nominal"}, "MLIUAF>NGOHLHMSF 181,NGOHLHMSF> 0253"},
		{"Armed men abducted two Nigerian employees of the World Food Programme in Borno state, the agency said, demanding their release.",
			[]string{"Armed men=---UAF/nominal", "two Nigerian employees=NGA/modifier", "the World Food Programme=IGOUNOWFP", "Borno state=NGAGOV/nominal"}, "IGOUNOWFP> 1053,NGAUAF>IGOUNOWFP 181"},
		// staff of a government stay as they were
		{"Gunmen abducted two Nigerian officials of the ministry in Borno state.",
			[]string{"Gunmen=---UAF/nominal", "two Nigerian officials=NGAGOV/modifier", "the ministry=NGAGOV/nominal", "Borno state=NGAGOV/nominal"}, "NGAUAF>NGAGOV 181"},
		// a release of others, not the captives, is no appeal to captors
		{"Gunmen abducted two Nigerian employees of the World Food Programme in Borno state, the agency said, calling for the release of funds.",
			[]string{"Gunmen=---UAF/nominal", "two Nigerian employees=NGA/modifier", "the World Food Programme=IGOUNOWFP", "Borno state=NGAGOV/nominal"}, "NGAUAF>IGOUNOWFP 181"},
	})
}

// A city with no actor of its own as the subject of a clause a verb of
// saying introduces stands for its country's government, when that
// government speaks in the sentence; appeals to X and Y beside a demand on
// Z are toward X and Y.
func TestToponymSubject(t *testing.T) {
	d := doc(t, "Suriname's president demanded that Guyana withdraw its troops from the river, and said Paramaribo had asked Brazil and France to help monitor the frontier.",
		"Suriname's president=SURGOV/nominal", "Guyana=GUY", "its troops=GUYMIL/nominal", "Brazil=BRA", "France=FRA")
	wantCodes(t, withPlace(d, "Paramaribo", "SUR"), "SURGOV>BRA 020,SURGOV>FRA 020,SURGOV>GUY 106")
	d = doc(t, "The minister of Suriname said Paramaribo would ask Brazil for help.",
		"The minister of Suriname=SURGOV/nominal", "Brazil=BRA")
	wantCodes(t, withPlace(d, "Paramaribo", "SUR"), "SURGOV>BRA 023 intended")
	// another country's city is no speaker's government
	d = doc(t, "Suriname's president said Caracas had asked Brazil and France to help monitor the frontier.",
		"Suriname's president=SURGOV/nominal", "Brazil=BRA", "France=FRA")
	wantCodes(t, withPlace(d, "Caracas", "VEN"), "")
}

// A country's word before a currency ("U.S. dollar") is the money's
// denomination, no party: the loan it qualifies is still seen.
func TestCurrencyModifier(t *testing.T) {
	runRound(t, []roundCase{
		{"A 300 million U.S. dollar loan to Kenya to build roads has been approved by the World Bank.",
			[]string{"A 300 million U.S. dollar loan=USA/modifier", "Kenya=KEN", "the World Bank=IGOUNODEVWBK"}, "IGOUNODEVWBK>KEN 071"},
		{"The IMF approved a 50 million Swiss franc credit for Malawi.",
			[]string{"The IMF=IGOBUSIMF", "a 50 million Swiss franc credit=CHE/modifier", "Malawi=MWI"}, "IGOBUSIMF>MWI 071"},
		// a country's word before another noun stays a party
		{"The World Bank approved a loan for U.S. farmers.",
			[]string{"The World Bank=IGOUNODEVWBK", "U.S. farmers=USA/modifier"}, "IGOUNODEVWBK>USA 071"},
	})
}

// A general attack (190) whose subject is its means is coded as the means:
// "a roadside bomb struck a truck" 1833, as "a roadside bomb killed" was.
func TestAttackNamedByMeans(t *testing.T) {
	d := doc(t, "A roadside bomb struck a truck carrying Afghan soldiers in Kandahar on Sunday.",
		"Afghan soldiers=AFGMIL/modifier")
	wantCodes(t, withPlace(d, "Kandahar", "AFG"), "AFGUAF>AFGMIL 1833")
	d = doc(t, "A car bomb struck a bus carrying Somali officers in Mogadishu.",
		"Somali officers=SOMCOP/modifier")
	wantCodes(t, withPlace(d, "Mogadishu", "SOM"), "SOMUAF>SOMCOP 1832")
	// an attack by a party keeps its code
	d = doc(t, "Taliban fighters struck a truck carrying Afghan soldiers in Kandahar.",
		"Taliban fighters=AFGREBTAL/nominal", "Afghan soldiers=AFGMIL/modifier")
	wantCodes(t, withPlace(d, "Kandahar", "AFG"), "AFGREBTAL>AFGMIL 190")
}

// Two countries' forces named in one mention that exchange fire act on
// each other, not on the country of the place near which they fight.
func TestOneMentionTwoSides(t *testing.T) {
	d := doc(t, "Indian and Chinese border troops exchanged fire near Tawang.",
		"Indian and Chinese border troops=INDMIL/nominal", "Indian and Chinese border troops=CHNMIL/nominal")
	wantCodes(t, withPlace(d, "Tawang", "IND"), "CHNMIL>INDMIL 190,INDMIL>CHNMIL 190")
	// one country's forces alone: the place's country as before
	d = doc(t, "Indian border troops opened fire near Tawang.",
		"Indian border troops=INDMIL/nominal")
	wantCodes(t, withPlace(d, "Tawang", "CHN"), "INDMIL>CHN 190")
}

// Help offered whose object names relief helpers or goods is the
// intention to give humanitarian aid (0333); other help stays 033.
func TestHumanitarianHelpOffered(t *testing.T) {
	runRound(t, []roundCase{
		{"Japan offered Turkey the help of its search and rescue teams.",
			[]string{"Japan=JPN", "Turkey=TUR"}, "JPN>TUR 0333 intended"},
		{"Canada offered Haiti the help of Canadian doctors and tents.",
			[]string{"Canada=CAN", "Haiti=HTI", "Canadian doctors=CAN/modifier"}, "CAN>HTI 0333 intended"},
		// help of another kind
		{"Japan offered Turkey help with its economy.",
			[]string{"Japan=JPN", "Turkey=TUR"}, "JPN>TUR 033 intended"},
	})
}

// Joint patrols or exercises in the infinitive of an agreement or plan are
// the intention to cooperate militarily (0312); done, they are 062.
func TestAgreedJointPatrols(t *testing.T) {
	runRound(t, []roundCase{
		{"Panama and Costa Rica agreed to set up joint border patrols along the river.",
			[]string{"Panama=PAN", "Costa Rica=CRI"}, "CRI>PAN 0312 intended,PAN>CRI 0312 intended"},
		{"Ghana and Togo decided on Monday to launch joint naval patrols.",
			[]string{"Ghana=GHA", "Togo=TGO"}, "GHA>TGO 0312,TGO>GHA 0312"},
		// done, not planned
		{"Panama and Costa Rica launched joint border patrols along the river.",
			[]string{"Panama=PAN", "Costa Rica=CRI"}, "CRI>PAN 062,PAN>CRI 062"},
	})
}

// A role before a list of countries ("police in Portugal and Spain") is
// each country's role in a joint operation, as it was with "jointly".
func TestJointOperationRoleBeforeList(t *testing.T) {
	runRound(t, []roundCase{
		{"Police in Portugal and Spain arrested nine people in a joint operation against a drug network.",
			[]string{"Police=PRTCOP/nominal", "Portugal=PRT", "Spain=ESP", "nine people=PRTCVL/nominal"}, "ESPCOP>PRTCOP 063,PRTCOP>ESPCOP 063,PRTCOP>PRTCVL 173"},
		{"Prosecutors from Italy and Albania seized 40 cars in a joint investigation.",
			[]string{"Prosecutors=ITAJUD/nominal", "Italy=ITA", "Albania=ALB"}, "ALBJUD>ITAJUD 063,ITAJUD>ALBJUD 063"},
		// two bare countries keep the general code
		{"Portugal and Spain arrested nine people in a joint operation.",
			[]string{"Portugal=PRT", "Spain=ESP", "nine people=PRTCVL/nominal"}, "ESP>PRT 060,ESP>PRTCVL 173,PRT>ESP 060,PRT>PRTCVL 173"},
	})
}
