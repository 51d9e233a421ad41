package coder

import (
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

var (
	parserOnce sync.Once
	parserText *text.Analyzer
	parserErr  error
)

// parsedDoc is doc with the dependency parse of the text stage's parser,
// as dyad code runs it by default.
func parsedDoc(t *testing.T, txt string, mentions ...string) *dyad.Doc {
	t.Helper()
	parserOnce.Do(func() {
		var ta *text.Analyzer
		if ta, parserErr = text.New(); parserErr == nil {
			parserText, parserErr = ta.WithParser()
		}
	})
	if parserErr != nil {
		t.Fatal(parserErr)
	}
	d := doc(t, txt, mentions...)
	parsed := parserText.Analyze(txt)
	if len(parsed) != len(d.Sentences) {
		t.Fatalf("%d parsed sentences, %d sentences", len(parsed), len(d.Sentences))
	}
	for i := range d.Sentences {
		if len(parsed[i].Tokens) != len(d.Sentences[i].Tokens) {
			t.Fatalf("sentence %d: %d parsed tokens, %d tokens", i, len(parsed[i].Tokens), len(d.Sentences[i].Tokens))
		}
		for k := range d.Sentences[i].Tokens {
			tk := &d.Sentences[i].Tokens[k]
			tk.Head, tk.Rel = parsed[i].Tokens[k].Head, parsed[i].Tokens[k].Rel
		}
	}
	return d
}

// runParsed is runRound on parsed sentences.
func runParsed(t *testing.T, tests []roundCase) {
	t.Helper()
	for _, tt := range tests {
		wantCodes(t, parsedDoc(t, tt.text, tt.mentions...), tt.want)
	}
}

// The speaker of a report is not the agent of the act reported in a
// that-less complement whose subject names no one ("the navy said the
// rocket hit a tanker"): that clause is read on its own, as after "that".
// Our own sentences, not from a gold, fresh or sample file.
func TestReportedActSpeaker(t *testing.T) {
	runParsed(t, []roundCase{
		// a subject naming no one: no event rather than the speaker's
		{"The Lebanese army said the explosion wounded four soldiers near the port.",
			[]string{"The Lebanese army=LBNMIL/nominal", "four soldiers=LBNMIL/nominal"}, ""},
		{"The Greek coast guard said the boat had entered Greek waters without permission.",
			[]string{"The Greek coast guard=GRCMIL/nominal", "Greek waters=GRC/modifier"}, ""},
		{"Kenya's police chief said the bomb killed seven traders in the market.",
			[]string{"Kenya's police chief=KENCOP/nominal", "seven traders=KENBUS/nominal"}, ""},
		// a passive with an agent: the speaker is no patient
		{"A navy spokesman said most of the drones were shot down by Saudi air defences.",
			[]string{"A navy spokesman=YEMMIL/nominal", "Saudi air defences=SAUMIL/modifier"}, ""},
		// a party named in the reported clause is its agent
		{"The Somali army said Kenyan jets bombed rebel camps near the border.",
			[]string{"The Somali army=SOMMIL/nominal", "Kenyan jets=KENMIL/modifier", "rebel camps=SOMREB/nominal"}, "KENMIL>SOMREB 195"},
		{"Officials in Kyiv said Russian troops shelled the city of Kharkiv overnight.",
			[]string{"Officials=UKRGOV/nominal", "Russian troops=RUSMIL/modifier"}, ""},
		// the speaker itself, by pronoun or its own forces, stays the agent
		{"The Lebanese army said it had arrested four smugglers near the Syrian border.",
			[]string{"The Lebanese army=LBNMIL/nominal", "it=LBNMIL/pronoun", "four smugglers=LBNCRM/nominal"}, "LBNMIL>LBNCRM 173"},
		{"Chad's army said its aircraft had bombed rebel camps in the north.",
			[]string{"Chad's army=TCDMIL/nominal", "rebel camps=TCDREB/nominal"}, "TCDMIL>TCDREB 195"},
		// with "that" the clause was already read on its own
		{"The Lebanese army said that the explosion wounded four soldiers near the port.",
			[]string{"The Lebanese army=LBNMIL/nominal", "four soldiers=LBNMIL/nominal"}, ""},
		// the speaker's own country named as subject keeps the speaker
		{"Foreign Minister Anna Berg said Sweden had expelled two Iranian diplomats.",
			[]string{"Foreign Minister Anna Berg=SWEGOV", "Sweden=SWE", "two Iranian diplomats=IRNGOV/nominal"}, "SWEGOV>IRNGOV 161"},
	})
}

// A generic release or hand-over (084x) needs people as its object, not a
// thing. Our own sentences.
func TestThingReleased(t *testing.T) {
	runRound(t, []roundCase{
		{"The Iranian agency released pictures of the Swedish envoy on Monday.",
			[]string{"The Iranian agency=IRNMED/nominal", "the Swedish envoy=SWEGOV/nominal"}, ""},
		{"Ukraine handed over the signed protocol to NATO officials in Brussels.",
			[]string{"Ukraine=UKR", "NATO officials=IGOWSTNAT/nominal"}, ""},
		{"The junta released new figures on Niger's economy.",
			[]string{"The junta=NERMIL/nominal", "Niger=NER/possessor"}, ""},
		// people released or handed over stay 0841
		{"Iran released two Swedish citizens on Monday.",
			[]string{"Iran=IRN", "two Swedish citizens=SWE/modifier"}, "IRN>SWE 0841"},
		{"Ukraine handed over the prisoners to Hungarian officials.",
			[]string{"Ukraine=UKR", "Hungarian officials=HUNGOV/modifier"}, "UKR>HUNGOV 0841"},
		{"The rebels released him to the Red Cross.",
			[]string{"The rebels=SDNREB/nominal", "him=FRA/pronoun", "the Red Cross=NGOICRC/nominal"}, "SDNREB>FRA 0841"},
	})
}

// A recall or withdrawal of a party's own diplomats targets the country
// they leave, not the diplomats; a demand's target is the subject of its
// that-clause, not a party in a phrase of it. Our own sentences.
func TestOwnEnvoys(t *testing.T) {
	runRound(t, []roundCase{
		{"Peru recalled its ambassador to Mexico on Tuesday.",
			[]string{"Peru=PER", "its ambassador=PERGOV/nominal", "Mexico=MEX"}, "PER>MEX 161"},
		{"Bolivia withdrew its envoys from Chile and Peru after the dispute.",
			[]string{"Bolivia=BOL", "its envoys=BOLGOV/nominal", "Chile=CHL", "Peru=PER"}, "BOL>CHL 166,BOL>PER 166"},
		// no other party named: no event rather than the envoys
		{"Peru recalled its ambassador for consultations.",
			[]string{"Peru=PER", "its ambassador=PERGOV/nominal"}, ""},
		// another country's diplomats expelled stay the target
		{"Peru expelled two Mexican diplomats.",
			[]string{"Peru=PER", "two Mexican diplomats=MEXGOV/modifier"}, "PER>MEXGOV 161"},
		{"Chad demanded that the rebels free all hostages.",
			[]string{"Chad=TCD", "the rebels=TCDREB/nominal"}, "TCD>TCDREB 100"},
		{"Chad demanded that those governments withdraw their troops from Chad.",
			[]string{"Chad=TCD|Chad"}, ""},
	})
}

// A relative clause closed before the verb, a compound or adverb-led
// participle inside a noun phrase, and a party that begins the next
// clause give no source or target to the clause's event. Our own sentences.
func TestRelativesAndParticiples(t *testing.T) {
	runRound(t, []roundCase{
		{"Lukashenko, who faces sanctions from the European Union, did not travel to Hungary.",
			[]string{"Lukashenko=BLRGOV", "the European Union=IGOEEU", "Hungary=HUN"}, "BLRGOV>HUN 125 neg"},
		{"The minister, whom Kenya's parliament censured last year, will visit Uganda.",
			[]string{"The minister=TZAGOV/nominal", "Kenya's parliament=KENLEG/nominal", "Uganda=UGA"}, "TZAGOV>UGA 036 intended"},
		{"Ethiopia attacked the U.S.-backed militia in the west.",
			[]string{"Ethiopia=ETH", "U.S.-=USA", "militia=ETHREB/nominal"}, "ETH>ETHREB 190"},
		{"Ethiopia praised the U.S.-trained rebels in the west.",
			[]string{"Ethiopia=ETH", "U.S.-=USA", "rebels=ETHREB/nominal"}, "ETH>ETHREB 051"},
		{"Rwanda denounced the internationally supported transition in Burundi.",
			[]string{"Rwanda=RWA", "Burundi=BDI"}, "RWA>BDI 111"},
		// an active participle with adverb stays an event
		{"Rwanda has openly supported the rebels.",
			[]string{"Rwanda=RWA", "the rebels=CODREB/nominal"}, "RWA>CODREB 051"},
		{"The alliance backing the president and the opposition party signed a deal.",
			[]string{"The alliance=MLIMIL/nominal", "the president=MLIGOV/nominal", "the opposition party=MLIOPP/nominal"}, "MLIMIL>MLIGOV 051,MLIMIL>MLIOPP 057,MLIOPP>MLIMIL 057"},
	})
}

// An act named in an accusation's of-phrase, coordinated with the act the
// accusation pattern holds, is the accused's; an accusation in a reduced
// object relative clause describes a party and is no event. Our own
// sentences.
func TestAccusedActs(t *testing.T) {
	runRound(t, []roundCase{
		{"Armenia accused Azerbaijani forces of crossing the border and abducting Armenian farmers.",
			[]string{"Armenia=ARM", "Azerbaijani forces=AZEMIL/modifier", "Armenian farmers=ARMCVL/modifier"}, "ARM>AZEMIL 112,AZEMIL>ARMCVL 181"},
		{"Ghana blamed Togolese police for detaining and beating Ghanaian traders.",
			[]string{"Ghana=GHA", "Togolese police=TGOCOP/modifier", "Ghanaian traders=GHABUS/modifier"}, "GHA>TGOCOP 112,TGOCOP>GHABUS 173,TGOCOP>GHABUS 182"},
		// a gerund after the accusation's clause is not the accused's
		{"Armenia accused Azerbaijani forces of shelling villages, while threatening Turkish officials.",
			[]string{"Armenia=ARM", "Azerbaijani forces=AZEMIL/modifier", "Turkish officials=TURGOV/modifier"}, "ARM>AZEMIL 1123"},
		{"Kenya struck camps of the rebels it blames for a raid on Somali herders.",
			[]string{"Kenya=KEN", "the rebels=SOMREB/nominal", "Somali herders=SOMCVL/modifier"}, "KEN>SOMREB 190"},
		{"Police arrested gunmen they accuse of attacking a Nigerian convoy.",
			[]string{"Police=NGACOP/nominal", "gunmen=NGAUAF/nominal", "a Nigerian convoy=NGA/modifier"}, "NGACOP>NGAUAF 173"},
		// a direct accusation stays coded
		{"Kenya blames the rebels for a raid on Somali herders.",
			[]string{"Kenya=KEN", "the rebels=SOMREB/nominal", "Somali herders=SOMCVL/modifier"}, "KEN>SOMREB 112"},
	})
}

// Only co-agents act among themselves: the members of one list of agents
// do not act upon one another, a reciprocal act's parties are those of its
// between-phrase when it has one, a party in an
// infinitive after a reciprocal pattern is no partner, and a country and
// its own sector are one side. Our own sentences.
func TestJointParties(t *testing.T) {
	runRound(t, []roundCase{
		{"The truce, brokered by Kenya, Ethiopia and the African Union, held on Monday.",
			[]string{"Kenya=KEN", "Ethiopia=ETH", "the African Union=IGOAFRAFU"}, ""},
		{"The prisoner swap, mediated by Oman and Qatar, freed ten men.",
			[]string{"Oman=OMN", "Qatar=QAT"}, ""},
		// a mediator and the parties it mediates between stay coded
		{"Kenya mediated between Ethiopia and Somalia.",
			[]string{"Kenya=KEN", "Ethiopia=ETH", "Somalia=SOM"}, "KEN>ETH 045,KEN>SOM 045"},
		{"Modi visited Hasina, and the visit improved relations between Dhaka and Colombo.",
			[]string{"Modi=INDGOV", "Hasina=BGDGOV", "Dhaka=BGDGOV", "Colombo=LKAGOV"}, "BGDGOV>LKAGOV 050,INDGOV>BGDGOV 042,LKAGOV>BGDGOV 050"},
		{"Modi praised Hasina, who has worked hard on improving relations.",
			[]string{"Modi=INDGOV", "Hasina=BGDGOV"}, "INDGOV>BGDGOV 051"},
		{"Morocco signed an accord to buy six helicopters from France.",
			[]string{"Morocco=MAR", "France=FRA"}, ""},
		{"Morocco signed an accord to open trade talks with France and Spain.",
			[]string{"Morocco=MAR", "France=FRA", "Spain=ESP"}, "ESP>MAR 057,ESP>MAR 061,FRA>MAR 057,FRA>MAR 061,MAR>ESP 057,MAR>ESP 061,MAR>FRA 057,MAR>FRA 061"},
		{"At the summit, Morocco criticised France.",
			[]string{"the summit=IGOAFRAFU/nominal", "Morocco=MAR", "France=FRA"}, "MAR>FRA 111"},
		// a partner after "with" stays
		{"Morocco signed an accord with France.",
			[]string{"Morocco=MAR", "France=FRA"}, "FRA>MAR 057,MAR>FRA 057"},
		{"They then held talks in Geneva.",
			[]string{"They=IRN/pronoun|They=IRNGOV/pronoun"}, ""},
	})
}

// Who states or demands, and of whom: a quoted phrase inside a clause is
// no clause boundary; a passive after "must" names what is to be done, not
// a party; "all parties" are sides, not political parties; an opposition
// demands its own country's leadership resign; a facility is no agent.
// Our own sentences.
func TestStatementParties(t *testing.T) {
	runRound(t, []roundCase{
		{"Erdogan called the raid an \"act of piracy\" by agents of Israel and warned of grave consequences for Tel Aviv.",
			[]string{"Erdogan=TURGOV", "Israel=ISR", "Tel Aviv=ISRGOV"}, "TURGOV>ISRGOV 130"},
		{"The Kenyan president said that it must be enforced by both sides.",
			[]string{"The Kenyan president=KENGOV/nominal", "it=SOMREB/pronoun"}, ""},
		{"The Kenyan president said that Somalia must enforce the deal.",
			[]string{"The Kenyan president=KENGOV/nominal", "Somalia=SOM"}, "KENGOV>SOM 100"},
		{"Japan called on all parties to show restraint.",
			[]string{"Japan=JPN", "all parties=JPNPTY/nominal"}, ""},
		{"Japan called on the warring parties to return to talks.",
			[]string{"Japan=JPN", "the warring parties=SDNPTY/nominal"}, ""},
		// political parties named as such stay
		{"Japan called on opposition parties to join the talks.",
			[]string{"Japan=JPNGOV", "opposition parties=JPNOPP/nominal"}, "JPNGOV>JPNOPP 020"},
		{"Malian opposition leaders demanded that he step down.",
			[]string{"Malian opposition leaders=MLIOPP/modifier", "he=FRAGOV/pronoun"}, "MLIOPP>MLIGOV 1041"},
		{"Cuba wants the land occupied by the naval base returned.",
			[]string{"Cuba=CUB", "the naval base=CUBMIL/nominal"}, ""},
		// a facility hit by force stays a target
		{"Rebels shelled the air base near Goma.",
			[]string{"Rebels=CODREB/nominal", "the air base=CODMIL/nominal"}, "CODREB>CODMIL 194"},
	})
}

// A country and an organ of its own state are one side of a cooperative
// act; aid by a list of countries is not aimed at each other's forces; an
// unnamed armed group placed inside the attacking state is the one foreign
// armed group the article names. Our own sentences.
func TestOwnSideAndFighters(t *testing.T) {
	runRound(t, []roundCase{
		{"Chile and Peru agreed to reopen their consulates within a month.",
			[]string{"Chile=CHL", "Peru=PER", "their consulates=CHLGOV/nominal"}, "CHL>PER 030 intended,PER>CHL 030 intended"},
		{"Kenya and Uganda also contributed soldiers.",
			[]string{"Kenya=KEN", "Uganda=UGA", "soldiers=UGAMIL/nominal"}, ""},
		// a non-state party of one's own country is another side
		{"Colombia praised the rebels for the ceasefire.",
			[]string{"Colombia=COL", "the rebels=COLREB/nominal"}, "COL>COLREB 051"},
		// easing a restriction is done to one's own country
		{"Peru's president lifted the curfew.",
			[]string{"Peru's president=PERGOV/nominal"}, "PERGOV>PER 0813"},
		{"Al-Shabaab attacked a Kenyan base. Kenyan troops were still fighting militants inside Kenya on Monday.",
			[]string{"Al-Shabaab=SOMREBASH", "a Kenyan base=KENMIL/modifier", "Kenyan troops=KENMIL/modifier", "militants=KENREB/nominal"}, "KENMIL>SOMREBASH 190,SOMREBASH>KENMIL 190"},
		// no foreign group named: the militants keep their code
		{"Kenyan troops were still fighting militants inside Kenya on Monday.",
			[]string{"Kenyan troops=KENMIL/modifier", "militants=KENREB/nominal"}, "KENMIL>KENREB 190"},
	})
}

// A state does not attack its own forces: a common-noun target the actor
// stage gave the attacker's own state is the country of the place hit, or
// no event. Our own sentences.
func TestOwnForcesHit(t *testing.T) {
	runRound(t, []roundCase{
		{"Iran launched an offensive against Kurdish bases in northern Iraq on Monday.",
			[]string{"Iran=IRN", "Kurdish bases=IRNMIL/nominal", "northern Iraq=IRQ"}, "IRN>IRQ 190"},
		{"Iran launched an offensive against the forces on Monday.",
			[]string{"Iran=IRN", "the forces=IRNMIL/nominal"}, ""},
		// another country's forces, and a mutiny, stay
		{"Iran launched an offensive against Iraqi forces on Monday.",
			[]string{"Iran=IRN", "Iraqi forces=IRQMIL/modifier"}, "IRN>IRQMIL 190"},
		{"Mutinous soldiers attacked the presidential guard.",
			[]string{"Mutinous soldiers=GINMIL/nominal", "the presidential guard=GINGOV/nominal"}, "GINMIL>GINGOV 190"},
	})
}

// A definite attack noun as the subject of a later clause ("the strike
// killed ...") is the attack told before: its attackers are the agent, not
// the speaker of the report. Our own sentences.
func TestAttackAnaphors(t *testing.T) {
	runRound(t, []roundCase{
		{"Ethiopian jets bombed a rebel camp. The regional government said the strike killed eleven traders.",
			[]string{"Ethiopian jets=ETHMIL/modifier", "a rebel camp=ETHREB/nominal", "The regional government=ETHGOV/nominal", "eleven traders=ETHBUS/nominal"}, "ETHMIL>ETHBUS 190,ETHMIL>ETHREB 195"},
		// no attack told before: no agent guessed
		{"The regional government said the strike killed eleven traders.",
			[]string{"The regional government=ETHGOV/nominal", "eleven traders=ETHBUS/nominal"}, ""},
		// attacks by two sides before: which one is meant is not known
		{"Ethiopian jets bombed a rebel camp. Eritrean forces shelled an army base. Officials said the attack killed eleven traders.",
			[]string{"Ethiopian jets=ETHMIL/modifier", "a rebel camp=ETHREB/nominal", "Eritrean forces=ERIMIL/modifier", "an army base=ETHMIL/nominal", "Officials=ETHGOV/nominal", "eleven traders=ETHBUS/nominal"}, "ERIMIL>ETHMIL 194,ETHMIL>ETHREB 195"},
	})
}

// A definite craft noun as the subject of a later clause ("the plane had
// violated ...") is the craft hit or seized before: its country. Our own
// sentences.
func TestCraftAnaphors(t *testing.T) {
	runRound(t, []roundCase{
		{"The Greek navy seized a Turkish trawler on Monday. Athens said the trawler had violated Greek waters.",
			[]string{"The Greek navy=GRCMIL/nominal", "a Turkish trawler=TUR/modifier", "Athens=GRCGOV", "Greek waters=GRC/modifier"}, "GRCMIL>TUR 171,TUR>GRC 128"},
		{"Iran seized a British tanker in the Gulf. Tehran said the ship had violated maritime rules.",
			[]string{"Iran=IRN", "a British tanker=GBR/modifier", "Tehran=IRNGOV"}, "IRN>GBR 171"},
		// no craft hit before: no party guessed
		{"Athens said the drone had violated Greek airspace.",
			[]string{"Athens=GRCGOV", "Greek airspace=GRC/modifier"}, ""},
	})
}

// ", and Y said ..." opens Y's own clause: a participle after it is Y's,
// not the first clause's subject's too. Our own sentences.
func TestAndClauseSpeaker(t *testing.T) {
	runRound(t, []roundCase{
		{"Kenya filed a complaint with the council, and Uganda's foreign ministry said it rejected the report, urging Somalia to withdraw it.",
			[]string{"Kenya=KEN", "Uganda's foreign ministry=UGAGOV/nominal", "Somalia=SOM"}, "UGAGOV>SOM 0256"},
		// one clause with a coordinated subject keeps both
		{"Kenya and Uganda's foreign ministry said they rejected the report, urging Somalia to withdraw it.",
			[]string{"Kenya=KEN", "Uganda's foreign ministry=UGAGOV/nominal", "Somalia=SOM"}, "KEN>SOM 0256,UGAGOV>SOM 0256"},
	})
}

// An appeal or demand made of a noun phrase that names no party, before
// the infinitive of the act asked for, has no target: a party named inside
// the act is not the one appealed to. Our own sentences.
func TestUnnamedAddressee(t *testing.T) {
	runRound(t, []roundCase{
		{"The ministers urged European airlines to stop flying over Belarus.",
			[]string{"The ministers=IGOEUREEC/nominal", "Belarus=BLR"}, ""},
		{"The council called on foreign investors to leave Myanmar.",
			[]string{"The council=IGOUNO/nominal", "Myanmar=MMR"}, ""},
		// a party appealed to stays the target
		{"The ministers urged Belarus to free the journalist.",
			[]string{"The ministers=IGOEUREEC/nominal", "Belarus=BLR"}, "IGOEUREEC>BLR 0253"},
	})
}

// The act in the infinitive of a directive verb ("to force the leader to
// step down") is asked for, not done; a participle after a comma is the
// act of its clause's subject, not of the verb's object. Our own sentences.
func TestDirectedActs(t *testing.T) {
	runRound(t, []roundCase{
		{"Nigerian troops moved into the capital to force President Sall to step down.",
			[]string{"Nigerian troops=NGAMIL/modifier", "President Sall=SENGOV"}, ""},
		{"The envoy urged the junta to release the prisoners.",
			[]string{"The envoy=IGOUNO/nominal", "the junta=MLIMIL/nominal"}, "IGOUNO>MLIMIL 0253"},
		{"Students occupied the ministry and the parliament, demanding the minister's resignation.",
			[]string{"Students=PERCVL/nominal", "the ministry=PERGOV/nominal", "the parliament=PERLEG/nominal", "the minister=PERGOV/nominal"}, "PERCVL>PERGOV 1041,PERCVL>PERGOV 192,PERCVL>PERLEG 192"},
	})
}
