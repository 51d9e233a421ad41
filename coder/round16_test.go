package coder

import "testing"

// Sixteenth round: constructions behind the misses of the blind
// test15.jsonl, each with our own sentences (none from a gold or fresh
// file).

// A court or prosecutors handing a case's records, evidence or a suspect
// to another party's court, or cooperating with its investigators, is
// judicial cooperation (063).
func TestJudicialCooperation(t *testing.T) {
	runRound(t, []roundCase{
		{"A German court handed Poland's prosecutors the records of 12 bank accounts.",
			[]string{"A German court=DEUJUD/nominal", "Poland's prosecutors=POLJUD/nominal"}, "DEUJUD>POLJUD 063"},
		{"Dutch prosecutors handed over bank records to a Belgian court on Monday.",
			[]string{"Dutch prosecutors=NLDJUD/modifier", "a Belgian court=BELJUD/modifier"}, "NLDJUD>BELJUD 063"},
		{"Austrian prosecutors are cooperating with Slovak investigators in the fraud case.",
			[]string{"Austrian prosecutors=AUTJUD/modifier", "Slovak investigators=SVKJUD/modifier"}, "AUTJUD>SVKJUD 063"},
		{"Spain provided legal assistance to Argentine prosecutors.",
			[]string{"Spain=ESP", "Argentine prosecutors=ARGJUD/modifier"}, "ESP>ARGJUD 063"},
		// a record of another kind, or no party to receive it
		{"The singer handed a record to the fans.",
			[]string{"The singer=USAELI/nominal"}, ""},
		{"Prosecutors said the records were incomplete.",
			[]string{"Prosecutors=ESPJUD/nominal"}, ""},
	})
}

// "X warned Y that its troops would use force against any armed group" is
// X's threat of force (138) against Y: the possessive is the warner's own
// side even where the pronoun resolver picked Y. Force used against a
// party is an attack (190), against protesters repression (175).
func TestWarnedUseForce(t *testing.T) {
	runRound(t, []roundCase{
		{"Turkey warned Syria that its army would use force against any militants entering its territory.",
			[]string{"Turkey=TUR", "Syria=SYR", "its army=SYRMIL/nominal", "any militants=TURREB/nominal"}, "TUR>SYR 138 intended"},
		{"Russia warned Georgia that its forces would strike any armed group crossing the line.",
			[]string{"Russia=RUS", "Georgia=GEO", "its forces=GEOMIL/nominal", "any armed group=RUSREB/nominal"}, "RUS>GEO 138 intended"},
		{"Russia said it would use force against Ukraine.",
			[]string{"Russia=RUS", "it=RUS/pronoun", "Ukraine=UKR"}, "RUS>UKR 138 intended"},
		{"Police used force against protesters in the capital.",
			[]string{"Police=BLRCOP/nominal", "protesters=BLRCVL/nominal"}, "BLRCOP>BLRCVL 175"},
		// a named third party's forces keep their own act
		{"Israel warned Lebanon that Hezbollah would be attacked.",
			[]string{"Israel=ISR", "Lebanon=LBN", "Hezbollah=LBNREB"}, ""},
		{"The minister warned Poland that the use of force would be a mistake.",
			[]string{"The minister=DEUGOV/nominal", "Poland=POL"}, ""},
	})
}

// A protest in a relative clause ("students who had blocked a road to
// protest ...") is by the noun before "who", aimed at its government,
// besides the police's act against them.
func TestRelativeClauseProtest(t *testing.T) {
	runRound(t, []roundCase{
		{"Police fired tear gas to disperse students who had blocked a road to protest against a rise in fees.",
			[]string{"Police=KENCOP/nominal", "students=KENEDU/nominal"}, "KENCOP>KENEDU 175,KENEDU>KENGOV 1442"},
		{"Police fired tear gas at nurses who were protesting against unpaid wages.",
			[]string{"Police=GHACOP/nominal", "nurses=GHALAB/nominal"}, "GHACOP>GHALAB 175,GHALAB>GHAGOV 140"},
		// no relative pronoun: the clause has no subject of its own
		{"Police fired tear gas to disperse students, and then blocked a road.",
			[]string{"Police=KENCOP/nominal", "students=KENEDU/nominal"}, "KENCOP>KENEDU 175"},
	})
}

// A second that-clause of a verb of saying ("said that he hoped to visit
// X, and that he had asked ...") is a statement of its own, not content of
// the visit; "the country's leaders" are of the country named last.
func TestParallelThatAndCountryPossessive(t *testing.T) {
	runRound(t, []roundCase{
		{"Vatican officials said that the pope hoped to visit Iraq, and that Pope Leo had asked the country's Christian and Muslim leaders to work for peace.",
			[]string{"Vatican officials=VATGOV/nominal", "the pope=VATREL/nominal", "Iraq=IRQ", "Pope Leo=VATREL", "Christian=VATREL/nominal", "Muslim leaders=VATREL/nominal"}, "VATREL>IRQ 036 intended,VATREL>IRQREL 020"},
		{"The pope urged the country's Muslim leaders to work for peace during a visit to Egypt.",
			[]string{"The pope=VATREL/nominal", "Muslim leaders=VATREL/nominal", "Egypt=EGY"}, ""},
		// a demand with two that-clauses stays one demand
		{"Chile demanded that Peru release the fishermen and that it pay compensation.",
			[]string{"Chile=CHL", "Peru=PER", "it=PER/pronoun"}, "CHL>PER 1053"},
		// the country's own people
		{"Germany's chancellor praised the country's workers.",
			[]string{"Germany's chancellor=DEUGOV/nominal", "workers=DEULAB/nominal"}, "DEUGOV>DEULAB 051"},
	})
}

// Lifting a curfew or state of emergency in a region of one's own country
// is a concession complete in itself, with no target; with no place named
// it is lifted on the source's own country, and in another country's place
// it is toward that country.
func TestLiftedEmergencyInRegion(t *testing.T) {
	runRound(t, []roundCase{
		{"Peru's government lifted a state of emergency in the southern provinces of Puno and Cusco on Monday.",
			[]string{"Peru's government=PERGOV/nominal"}, "PERGOV> 0814"},
		{"The Thai government lifted martial law in the southern provinces of Yala and Pattani.",
			[]string{"The Thai government=THAGOV/nominal"}, "THAGOV> 0814"},
		{"The Thai government lifted martial law on Monday.",
			[]string{"The Thai government=THAGOV/nominal"}, "THAGOV>THA 0814"},
	})
}

// A visit by a named party after "during" an agreement's signing is the
// occasion and an event of its own (042), besides the signing (057 both
// ways); after another verb's object it stays its background.
func TestSignedDuringVisit(t *testing.T) {
	runRound(t, []roundCase{
		{"Kenya and Ghana signed three agreements on trade during a state visit by Ghanaian President John Mahama to Nairobi.",
			[]string{"Kenya=KEN", "Ghana=GHA", "Ghanaian President John Mahama=GHAGOV"}, "GHA>KEN 057,GHAGOV>KEN 042,KEN>GHA 057"},
		{"Chile and Peru signed a memorandum of understanding on fisheries on Monday during a two-day visit by Peruvian President Dina Boluarte.",
			[]string{"Chile=CHL", "Peru=PER", "Peruvian President Dina Boluarte=PERGOV"}, "CHL>PER 057,PER>CHL 057,PERGOV>CHL 042"},
		// no visit: the signing alone
		{"Chile and Peru signed a memorandum of understanding on fisheries on Monday.",
			[]string{"Chile=CHL", "Peru=PER"}, "CHL>PER 057,PER>CHL 057"},
	})
}

// An agreement signed "during talks" (bare, or "their talks") is also the
// signers' meeting (040 both ways); talks with a partner of their own are
// coded by the talks' own pattern.
func TestSignedDuringTalks(t *testing.T) {
	runRound(t, []roundCase{
		{"Ghana and Togo signed an agreement on border security during talks in Accra.",
			[]string{"Ghana=GHA", "Togo=TGO"}, "GHA>TGO 040,GHA>TGO 057,TGO>GHA 040,TGO>GHA 057"},
		{"Kenya and Uganda signed a memorandum of understanding on energy during their talks in Kampala.",
			[]string{"Kenya=KEN", "Uganda=UGA"}, "KEN>UGA 040,KEN>UGA 057,UGA>KEN 040,UGA>KEN 057"},
		{"Ghana and Togo signed an agreement on border security.",
			[]string{"Ghana=GHA", "Togo=TGO"}, "GHA>TGO 057,TGO>GHA 057"},
	})
}
