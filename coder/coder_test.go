package coder

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
	"github.com/dyadproject/dyad/text"
)

// doc builds a Doc from text with the real text stage and the given actor
// mentions: each "phrase=CODE" marks the first occurrence of phrase (after
// the previous one) as a mention of an entity with that code
// ("phrase=CODE/KIND" gives the mention's kind; "name" by default). A phrase
// "A|B=CODE" marks both A and B as mentions of one entity.
func doc(t testing.TB, txt string, mentions ...string) *dyad.Doc {
	t.Helper()
	ta, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	d := &dyad.Doc{Article: &dyad.Article{ID: "t", Text: txt, Published: time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC)}}
	if err := ta.Process(d); err != nil {
		t.Fatal(err)
	}
	from := 0
	for i, m := range mentions {
		phrases, code, _ := strings.Cut(m, "=")
		code, kind, _ := strings.Cut(code, "/") // "Turkish=TUR/modifier"
		if kind == "" {
			kind = "name"
		}
		e := dyad.Entity{ID: fmt.Sprintf("e%d", i+1), Text: phrases, Actor: code}
		for _, ph := range strings.Split(phrases, "|") {
			at := strings.Index(txt[from:], ph)
			if at < 0 {
				t.Fatalf("%q not found after %d", ph, from)
			}
			start, end := from+at, from+at+len(ph)
			si := d.SentenceAt(start)
			first, last := -1, -1
			for k, tok := range d.Sentences[si].Tokens {
				if tok.Start == start {
					first = k
				}
				if tok.End == end {
					last = k + 1
				}
			}
			if first < 0 || last < 0 {
				t.Fatalf("%q does not fall on token boundaries", ph)
			}
			e.Mentions = append(e.Mentions, dyad.Mention{Start: start, End: end, Sentence: si, First: first, Last: last, Kind: kind})
			from = start
		}
		d.Entities = append(d.Entities, e)
	}
	return d
}

func code(t testing.TB, d *dyad.Doc) []string {
	t.Helper()
	cb, err := codebook.Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := New(cb).Process(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		s := e.Source + ">" + e.Target + " " + e.CAMEO
		if e.Negated {
			s += " neg"
		}
		if e.Modality != dyad.Asserted {
			s += " " + e.Modality
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// wantCodes codes d and checks its events, written as code writes them
// and joined by commas, against want.
func wantCodes(t *testing.T, d *dyad.Doc, want string) {
	t.Helper()
	if got := strings.Join(code(t, d), ","); got != want {
		t.Errorf("%s\n got  %q\n want %q", d.Article.Text, got, want)
	}
}

// withPlace adds to d a place mention of name, in country, at its first
// occurrence in the text.
func withPlace(d *dyad.Doc, name, country string) *dyad.Doc {
	at := strings.Index(d.Article.Text, name)
	d.Places = append(d.Places, dyad.PlaceMention{Place: dyad.Place{Name: name, Country: country}, Text: name, Start: at, End: at + len(name)})
	return d
}

// withPlaces adds to d the places written "Name=CTY".
func withPlaces(d *dyad.Doc, places []string) *dyad.Doc {
	for _, p := range places {
		name, country, _ := strings.Cut(p, "=")
		withPlace(d, name, country)
	}
	return d
}

func TestCode(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Russia attacked Ukraine on Thursday.", []string{"Russia=RUS", "Ukraine=UKR"}, "RUS>UKR 190"},
		{"Ukraine was attacked by Russia.", []string{"Ukraine=UKR", "Russia=RUS"}, "RUS>UKR 190"},
		{"The United States imposed new sanctions on Iran.", []string{"The United States=USA", "Iran=IRN"}, "USA>IRN 163"},
		{"The leaders of South Korea and Japan met in Tokyo.", []string{"The leaders of South Korea=KORGOV", "Japan=JPNGOV"}, "JPNGOV>KORGOV 040,KORGOV>JPNGOV 040"},
		{"Germany met with France.", []string{"Germany=DEU", "France=FRA"}, "DEU>FRA 040,FRA>DEU 040"},
		{"Israel did not meet Hamas.", []string{"Israel=ISR", "Hamas=PSEREB"}, "ISR>PSEREB 125 neg,PSEREB>ISR 125 neg"},
		{"Israel did not attack Lebanon.", []string{"Israel=ISR", "Lebanon=LBN"}, ""},
		{"The envoys vowed to respond if North Korea carried out a nuclear test.", []string{"The envoys=KORGOV", "North Korea=PRK"}, "KORGOV>PRK 130"},
		{"India criticized Pakistan's nuclear program.", []string{"India=IND", "Pakistan=PAK"}, "IND>PAK 111"},
		{"Chile agreed to cooperate with Peru.", []string{"Chile=CHL", "Peru=PER"}, "CHL>PER 030 intended,PER>CHL 030 intended"},
		// an intention read off the modality is its holder's alone
		{"Putin said he was ready to meet Zelenskiy.", []string{"Putin=RUSGOV", "Zelenskiy=UKRGOV"}, "RUSGOV>UKRGOV 036 intended"},
		{"Thailand said it would hold talks with Cambodia.", []string{"Thailand=THA", "Cambodia=KHM"}, "THA>KHM 036 intended"},
		// a show of force's own troops are its means, not its target
		// the weapons a pattern names are what is sent, not a party
		{"Norway will send battle tanks to Ukraine.", []string{"Norway=NOR", "battle tanks=NORMIL", "Ukraine=UKR"}, "NOR>UKR 0332 intended"},
		{"Poland deployed additional troops to its border with Belarus.", []string{"Poland=POL", "additional troops=POLMIL", "Belarus=BLR"}, "POL>BLR 154"},
		// a participle's by-phrase names its agent
		{"Armenia and Azerbaijan each handed over 20 prisoners on Friday in an exchange brokered by Qatar.", []string{"Armenia=ARM", "Azerbaijan=AZE", "Qatar=QAT"}, "QAT>ARM 045,QAT>AZE 045"},
		// a target with the source's own code is none: a protest's convention applies
		{"Kenyan doctors went on strike in public hospitals.", []string{"Kenyan doctors=KENHLH", "public hospitals=KENHLH"}, "KENHLH>KENGOV 143"},
		// an event noun's agent in a by-phrase
		{"The attack on a Turkish base in Iraq by Kurdish rebels caused no casualties.", []string{"Turkish=TURMIL/modifier", "Iraq=IRQ", "Kurdish rebels=TURREB"}, "TURREB>TURMIL 190"},
		// a plural in -ies matches its pattern word; materiel patterns
		{"The United States sent 25 tonnes of medical supplies to Lebanon.", []string{"United States=USA", "Lebanon=LBN"}, "USA>LBN 073"},
		{"Germany delivered four Patriot air defence systems to Ukraine.", []string{"Germany=DEU", "Ukraine=UKR"}, "DEU>UKR 072"},
		// a past form the tagger read as a noun after a subject pronoun
		{"Pakistan said it shot down five Indian fighter jets.", []string{"Pakistan|it=PAK", "five Indian fighter jets=INDMIL"}, "PAK>INDMIL 190"},
		// the purpose of a future act is an intention
		{"Norway said it would work hard to mediate between Colombia and Venezuela.", []string{"Norway|it=NOR", "Colombia=COL", "Venezuela=VEN"}, "NOR>COL 039 intended,NOR>VEN 039 intended"},
		// the attackers named by one mention around the attack noun
		{"Five Lebanese soldiers were killed in an Israeli air strike on Beirut.", []string{"Five Lebanese soldiers=LBNMIL", "Israeli air strike=ISRMIL"}, "ISRMIL>LBNMIL 195"},
		// an inquiry into reports that X did something targets X
		{"The UN opened an investigation into allegations that Sudanese troops killed civilians.", []string{"The UN=IGOUNO", "Sudanese troops=SDNMIL", "civilians=SDNCVL"}, "IGOUNO>SDNMIL 090"},
		// nature and sport do no harm to code
		{"Heavy rains triggered landslides in Nepal, killing 14 villagers.", []string{"Nepal=NPL", "villagers=NPLCVL"}, ""},
		{"Spain beat England 2-1 in the final.", []string{"Spain=ESP", "England=GBR"}, ""},
		{"Rebels killed 14 villagers in Nepal.", []string{"Rebels=NPLREB", "villagers=NPLCVL"}, "NPLREB>NPLCVL 1823"},
		// a sum of money may stand in a pattern's gap
		{"The World Bank approved a $1 billion loan to Egypt.", []string{"World Bank=IGOUNODEVWBK", "Egypt=EGY"}, "IGOUNODEVWBK>EGY 071"},
		{"The talks followed a meeting between Egypt and Sudan.", []string{"Egypt=EGY", "Sudan=SDN"}, "EGY>SDN 040,SDN>EGY 040"},
		{"Despite disputes between Spain and Morocco, Portugal praised Italy.", []string{"Spain=ESP", "Morocco=MAR", "Portugal=PRT", "Italy=ITA"}, "PRT>ITA 051"},
		{"According to Tokyo, Japan condemned the launch.", []string{"Tokyo=JPNGOV", "Japan=JPN"}, ""},
		{"Turkey said Syria had shelled its border town.", []string{"Turkey=TUR", "Syria=SYR"}, ""},
		{"Brazil and Argentina signed a trade agreement.", []string{"Brazil=BRA", "Argentina=ARG"}, "ARG>BRA 057,BRA>ARG 057"},
		{"Kenya accused Somalia and Ethiopia of meddling.", []string{"Kenya=KEN", "Somalia=SOM", "Ethiopia=ETH"}, "KEN>ETH 112,KEN>SOM 112"},
		{"If Iran attacks Israel, the US will respond.", []string{"Iran=IRN", "Israel=ISR", "the US=USA"}, "IRN>ISR 190 hypothetical"},
		{"The government of Chile imposed martial law on Sunday.", []string{"The government of Chile=CHLGOV"}, "CHLGOV>CHL 1724"},
		{"Italy said it would not renew its participation in a pact with China.", []string{"Italy|it=ITA", "China=CHN"}, "ITA>CHN 120 neg"},
		{"Egypt vowed a tough response to Sudan.", []string{"Egypt=EGY", "Sudan=SDN"}, "EGY>SDN 130"},
		{"Ghana signed the accord after a visit by Germany's chancellor.", []string{"Ghana=GHA", "Germany's chancellor=DEUGOV"}, "DEUGOV>GHA 042"},
		{"A visit by the Japanese foreign minister to Peru ended on Monday.", []string{"the Japanese foreign minister=JPNGOV", "Peru=PER"}, "JPNGOV>PER 042"},
		{"Chile and Bolivia agreed to reopen their border during their first meeting.", []string{"Chile=CHL", "Bolivia=BOL"}, "BOL>CHL 030 intended,BOL>CHL 040,CHL>BOL 030 intended,CHL>BOL 040"},
		{"Iran blamed Israel for a missile strike that hit the Iranian consulate.", []string{"Iran=IRN", "Israel=ISR", "the Iranian consulate=IRNGOV"}, "IRN>ISR 112,ISR>IRNGOV 195"},
		{"Niger accused Mali of a drone attack which killed four Nigerien soldiers.", []string{"Niger=NER", "Mali=MLI", "four Nigerien soldiers=NERMIL"}, "MLI>NERMIL 195,NER>MLI 1123"},
		{"Iran blamed Israel for a decision that hurt Iranian farmers.", []string{"Iran=IRN", "Israel=ISR", "Iranian farmers=IRNAGR"}, "IRN>ISR 112"},
		{"The incursion by Rwandan troops into Burundi began on Monday.", []string{"Rwandan troops=RWAMIL", "Burundi=BDI"}, "RWAMIL>BDI 190"},
		{"Indian troops pushed into Pakistan's Punjab province.", []string{"Indian troops=INDMIL", "Pakistan=PAK"}, "INDMIL>PAK 192"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

func TestMergeAndDate(t *testing.T) {
	txt := "Peru and Chile met on Monday. Peru and Chile met again on Monday, officials said."
	d := doc(t, txt, "Peru=PER", "Chile=CHL", "Peru=PER", "Chile=CHL")
	// Give the entities of the second sentence the ids of the first.
	d.Entities[2].ID, d.Entities[3].ID = "e1", "e2"
	for i, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if tok.Text == "Monday" {
				d.Times = append(d.Times, dyad.TimeExpr{Text: "on Monday", Start: tok.Start - 3, End: tok.End, Value: "2022-09-19", Precision: "day", Kind: "date", Sentence: i})
			}
		}
	}
	code(t, d)
	if len(d.Events) != 2 {
		t.Fatalf("got %d events, want 2: %+v", len(d.Events), d.Events)
	}
	for _, e := range d.Events {
		if e.Date != "2022-09-19" || e.DatePrecision != "day" || len(e.Sentences) != 2 {
			t.Errorf("event %s>%s: date %s %s, sentences %v", e.Source, e.Target, e.Date, e.DatePrecision, e.Sentences)
		}
		if e.Goldstein != 1.0 || e.PLOVER != "CONSULT" || e.Root != "04" {
			t.Errorf("event fields: %+v", e)
		}
	}
}

func TestPublicationDateAndThirdPlace(t *testing.T) {
	d := doc(t, "Peru and Chile met in Geneva.", "Peru=PER", "Chile=CHL")
	for _, tok := range d.Sentences[0].Tokens {
		if tok.Text == "Geneva" {
			d.Places = append(d.Places, dyad.PlaceMention{Place: dyad.Place{Name: "Geneva", Country: "CHE"}, Text: "Geneva", Start: tok.Start, End: tok.End})
		}
	}
	code(t, d)
	if len(d.Events) != 2 {
		t.Fatalf("got %d events", len(d.Events))
	}
	e := d.Events[0]
	if e.CAMEO != "044" || e.Place == nil || e.Place.Name != "Geneva" {
		t.Errorf("third-country meeting: code %s place %+v", e.CAMEO, e.Place)
	}
	if e.Date != "2022-09-21" || e.DatePrecision != dyad.PrecisionPublication {
		t.Errorf("date %s %s, want the publication date", e.Date, e.DatePrecision)
	}
}

func BenchmarkProcess(b *testing.B) {
	d := doc(b, "The leaders of South Korea and Japan met on Wednesday in New York and agreed to move ahead. "+
		"The United States imposed new sanctions on Iran, and Russia attacked Ukraine.",
		"The leaders of South Korea=KORGOV", "Japan=JPNGOV", "The United States=USA", "Iran=IRN", "Russia=RUS", "Ukraine=UKR")
	cb, err := codebook.Default()
	if err != nil {
		b.Fatal(err)
	}
	c := New(cb)
	b.ReportAllocs()
	for b.Loop() {
		d.Events = nil
		if err := c.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFutureAndRefusal(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Finland will provide aid to Tanzania.", []string{"Finland=FIN", "Tanzania=TZA"}, "FIN>TZA 033 intended"},
		{"Syria is willing to withdraw troops from Lebanon.", []string{"Syria=SYR", "Lebanon=LBN"}, "SYR>LBN 0356 intended"},
		{"Russia will attack Ukraine.", []string{"Russia=RUS", "Ukraine=UKR"}, "RUS>UKR 138 intended"},
		{"Syria will not release Turkey's prisoners.", []string{"Syria=SYR", "Turkey=TUR"}, "SYR>TUR 124 neg"},
		{"Pakistan refused to deploy peacekeepers in Iraq.", []string{"Pakistan=PAK", "Iraq=IRQ"}, "PAK>IRQ 120"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

func TestComplements(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Bangladesh urged India to sign the treaty.", []string{"Bangladesh=BGD", "India=IND"}, "BGD>IND 020"},
		{"Arafat rejected an offer to host Israel.", []string{"Arafat=PSEGOV", "Israel=ISR"}, "PSEGOV>ISR 125"},
		{"Nigeria will withdraw troops from Chad unless Chad holds elections.", []string{"Nigeria=NGA", "Chad=TCD"}, "NGA>TCD 130 intended"},
		// an obligation reported by a speaker is its demand (10), and the
		// obliged verb is not an event of its own
		{"Peru said Chile must release the prisoners.", []string{"Peru=PER", "Chile=CHL"}, "PER>CHL 1053"},
		{"Aid reached the wounded in Gaza.", []string{"Gaza=PSE"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

func TestSinceDoesNotDate(t *testing.T) {
	d := doc(t, "Peru and Chile met, the first meeting since 2019.", "Peru=PER", "Chile=CHL")
	for _, tok := range d.Sentences[0].Tokens {
		if tok.Text == "2019" {
			d.Times = append(d.Times, dyad.TimeExpr{Text: "since 2019", Start: tok.Start - 6, End: tok.End, Value: "2019", Precision: "year", Kind: "date"})
		}
	}
	code(t, d)
	var now, then int
	for _, e := range d.Events {
		switch {
		case e.Date == "2022-09-21" && e.Modality != dyad.Historical:
			now++
		case e.Date == "2019" && e.Modality == dyad.Historical:
			then++ // "the first ... since 2019": they met in 2019 too
		default:
			t.Errorf("%s>%s dated %s (%s)", e.Source, e.Target, e.Date, e.Modality)
		}
	}
	if now != 2 || then != 2 {
		t.Errorf("%d events now, %d in 2019; want 2 and 2", now, then)
	}
}

func TestTargetsStayInTheirClause(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Manila welcomed the decision and called on Beijing to comply.", []string{"Manila=PHLGOV", "Beijing=CHNGOV"}, "PHLGOV>CHNGOV 020"},
		{"Japan lodged a protest through its embassy in Beijing.", []string{"Japan=JPN", "its embassy=JPNGOV"}, ""},
		{"Doctors donated and delivered medicine to Iraq.", []string{"Doctors=USAHLH", "Iraq=IRQ"}, "USAHLH>IRQ 071"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

func TestStemsAndObjectsBeforeTo(t *testing.T) {
	for w, want := range map[string]string{"expelled": "expel", "used": "use", "carried": "carry", "boycotts": "boycott", "shelling": "shell"} {
		found := false
		for _, s := range stems(w) {
			found = found || s == want
		}
		if !found {
			t.Errorf("stems(%q) = %v, lacks %q", w, stems(w), want)
		}
	}
	d := doc(t, "Britain urged Russia to withdraw.", "Britain=GBR", "Russia=RUS")
	got := strings.Join(code(t, d), ",")
	if !strings.HasPrefix(got, "GBR>RUS 02") {
		t.Errorf("urged Russia to withdraw: %q", got)
	}
}

func TestDemandThatClause(t *testing.T) {
	d := doc(t, "China demanded that the United States cancel the arms sale.", "China=CHN", "the United States=USA")
	if got := strings.Join(code(t, d), ","); !strings.HasPrefix(got, "CHN>USA 10") {
		t.Errorf("demanded that X ...: %q", got)
	}
	d = doc(t, "Peru agreed that Chile must pay.", "Peru=PER", "Chile=CHL")
	if got := strings.Join(code(t, d), ","); strings.Contains(got, "PER>CHL") {
		t.Errorf("agreed that X ... is no agreement with X: %q", got)
	}
}

func TestSharedSubject(t *testing.T) {
	d := doc(t, "Benin opened its borders, but was still refusing entry to Ghanaians.", "Benin=BEN", "Ghanaians=GHACVL")
	if got := strings.Join(code(t, d), ","); !strings.HasPrefix(got, "BEN>GHACVL ") {
		t.Errorf("subjectless clause after 'but': %q", got)
	}
}

func TestObjectsAndAppositivesAreNotSubjects(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Pakistan, a key U.S. ally, has refused to deploy peacekeepers in Iraq and has urged Baghdad to vote.",
			// (the refusal toward Iraq, not Pakistan's own peacekeepers,
			// since the thirteenth round)
			[]string{"Pakistan=PAK", "U.S.=USA", "peacekeepers=PAKMIL", "Iraq=IRQ", "Baghdad=IRQGOV"}, "PAK>IRQ 120,PAK>IRQGOV 020"},
		{"The US, Russia, and Switzerland met yesterday.", []string{"The US=USA", "Russia=RUS", "Switzerland=CHE"},
			"CHE>RUS 040,CHE>USA 040,RUS>CHE 040,RUS>USA 040,USA>CHE 040,USA>RUS 040"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

func TestParticiplesAndBetweenGroups(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"The court accused Russia of unlawfully deporting children from occupied areas of Ukraine.",
			[]string{"The court=IGOJUD", "Russia=RUS", "Ukraine=UKR"}, "IGOJUD>RUS 112"},
		{"The meeting between Trump and Zelensky ended, reporters said.",
			[]string{"Trump=USAGOV", "Zelensky=UKRGOV", "reporters=UKRMED"}, "UKRGOV>USAGOV 040,USAGOV>UKRGOV 040"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

func TestDemandsPassivesAndFailures(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Norway announced on Monday that Sweden and Finland should open their borders.", []string{"Norway=NOR", "Sweden=SWE", "Finland=FIN"}, "NOR>FIN 100,NOR>SWE 100"},
		{"Chile stated that talks with Peru should continue.", []string{"Chile=CHL", "Peru=PER"}, ""},
		{"Laos said Vietnam had opened the border.", []string{"Laos=LAO", "Vietnam=VNM"}, ""},
		{"Ghana and Togo failed to reach an agreement on the border.", []string{"Ghana=GHA", "Togo=TGO"}, "GHA>TGO 120 neg,TGO>GHA 120 neg"},
		{"The prisoners arrested by Iraq were released on Monday.", []string{"The prisoners=SYRCVL", "Iraq=IRQ"}, "IRQ>SYRCVL 173"},
		{"There were five Malian soldiers killed in Niger.", []string{"five Malian soldiers=MLIMIL", "Niger=NER"}, ""},
		{"Doctors from Cuba donated and delivered medicine to Haiti.", []string{"Doctors from Cuba=CUBHLH", "Haiti=HTI"}, "CUBHLH>HTI 071"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

func TestReceivingWantingAndLooseTags(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		// the giver is the source of what the subject receives
		{"Armenia received weapons from Russia.", []string{"Armenia=ARM", "Russia=RUS"}, "RUS>ARM 072"},
		{"Peru received assurances from Chile on Monday.", []string{"Peru=PER", "Chile=CHL"}, "CHL>PER 030"},
		// wanting another actor to act is an appeal; wanting to act an intention
		{"France wants Italy to reopen the border.", []string{"France=FRA", "Italy=ITA"}, "FRA>ITA 020"},
		{"Russia wants to attack Georgia.", []string{"Russia=RUS", "Georgia=GEO"}, "RUS>GEO 138 intended"},
		{"Kenya attended a summit in Uganda.", []string{"Kenya=KEN", "Uganda=UGA"}, "KEN>UGA 040"},
		// a coordinated subject of a cooperative verb acts among itself
		{"Ghana and Togo agreed to reopen the border.", []string{"Ghana=GHA", "Togo=TGO"}, "GHA>TGO 030 intended,TGO>GHA 030 intended"},
		{"Ghana and Togo criticized the decision.", []string{"Ghana=GHA", "Togo=TGO"}, ""},
		// the modifiers of a subject's head name it, not its "of" phrase
		{"The Turkish and Greek sides of the island of Cyprus agreed to meet.", []string{"Turkish=TUR/modifier", "Greek=GRC/modifier", "Cyprus=CYP"}, "GRC>TUR 036 intended,TUR>GRC 036 intended"},
		{"The leaders of Chile met Peru.", []string{"Chile=CHL", "Peru=PER"}, "CHL>PER 040,PER>CHL 040"},
		// a protest without a target is aimed at the government where it happens
		{"Chilean students protested in Santiago.", []string{"Chilean students=CHLEDU"}, "CHLEDU>CHLGOV 140"},
		// an event noun in a phrase of an earlier event is its background
		{"Britain mobilized reservists for a possible war against Iraq.", []string{"Britain=GBR", "Iraq=IRQ"}, "GBR>IRQ 154"},
		{"Kenya condemned the attack on Uganda.", []string{"Kenya=KEN", "Uganda=UGA"}, "KEN>UGA 111"},
		{"Norway handed over tons of medicine to Sudan.", []string{"Norway=NOR", "Sudan=SDN"}, "NOR>SDN 073"},
		{"Iran threatened to halt the talks if Iraq attacks.", []string{"Iran=IRN", "Iraq=IRQ"}, "IRN>IRQ 134"},
		// participles used as adjectives or of a noun are not events
		{"Canada helped the two exiled dissidents from Cuba.", []string{"Canada=CAN", "dissidents from Cuba=CUBOPP"}, "CAN>CUBOPP 070"},
		{"Chad condemned an attack targeting Sudan.", []string{"Chad=TCD", "Sudan=SDN"}, "TCD>SDN 111"},
		// a list of actors is not an apposition
		{"Peru, Chile, Bolivia and Ecuador agreed on a plan.", []string{"Peru=PER", "Chile=CHL", "Bolivia=BOL", "Ecuador=ECU"},
			"BOL>CHL 030,BOL>ECU 030,BOL>PER 030,CHL>BOL 030,CHL>ECU 030,CHL>PER 030,ECU>BOL 030,ECU>CHL 030,ECU>PER 030,PER>BOL 030,PER>CHL 030,PER>ECU 030"},
		// the agent of a participle modifying a noun is that noun's actor
		{"Japan cited Korean court rulings ordering Japanese firms to pay.", []string{"Japan=JPN", "Korean court rulings=KORJUD", "Japanese firms=JPNBUS"}, "KORJUD>JPNBUS 100"},
		// an event noun in a phrase takes its source from that phrase;
		// a reciprocal one has the clause's subject among its parties
		{"Iraqi civilians were killed in a bombing of Baghdad.", []string{"Iraqi civilians=IRQCVL", "Baghdad=IRQ"}, ""},
		{"Indian soldiers died in a clash with Chinese troops.", []string{"Indian soldiers=INDMIL", "Chinese troops=CHNMIL"}, "CHNMIL>INDMIL 190,INDMIL>CHNMIL 190"},
		// quantities and lists may stand inside a pattern
		{"Iran launched more than 300 drones and missiles at Israel.", []string{"Iran=IRN", "Israel=ISR"}, "IRN>ISR 195"},
		// synonyms take the multi-word patterns of their lemma
		{"Ghana rebuffed an offer from Togo.", []string{"Ghana=GHA", "Togo=TGO"}, "GHA>TGO 125"},
		// "following" opens a phrase like a preposition
		{"Russia offered to negotiate with Armenia following the invasion of Georgia.", []string{"Russia=RUS", "Armenia=ARM", "Georgia=GEO"}, "RUS>ARM 036 intended"},
		// speculation is hypothetical
		{"Serbia could attack Kosovo.", []string{"Serbia=SRB", "Kosovo=XKX"}, "SRB>XKX 190 hypothetical"},
		// a pattern flagged noobj codes an event without a target
		{"Iran launched a missile on Monday.", []string{"Iran=IRN"}, "IRN> 150"},
		// a by-phrase's actor inside a further phrase is not the agent
		{"Victims killed by the crash in Ukraine were buried.", []string{"Ukraine=UKR"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// TestPlacesStandInForActors checks the CAMEO conventions for events whose
// other party is a place: an attack on a place targets its country, and an
// arrest there without an agent is by its authorities.
func TestPlacesStandInForActors(t *testing.T) {
	tests := []struct {
		text, place, country string
		mentions             []string
		want                 string
	}{
		{"Rebels shelled villages near Aleppo on Monday.", "Aleppo", "SYR", []string{"Rebels=---REB"}, "---REB>SYR 194"},
		{"A Danish journalist was arrested in Tehran.", "Tehran", "IRN", []string{"A Danish journalist=DNKMED"}, "IRNGOV>DNKMED 173"},
		{"Rebels praised villagers near Aleppo.", "Aleppo", "SYR", []string{"Rebels=---REB"}, ""},
		{"China held military exercises near Okinawa.", "Okinawa", "JPN", []string{"China=CHN"}, "CHN>JPN 150"},
		{"China held military exercises in Yunnan.", "Yunnan", "CHN", []string{"China=CHN"}, ""},
		// unattributed attacks: the unidentified armed forces of the place
		{"A car bomb outside a market in Kirkuk killed three policemen.", "Kirkuk", "IRQ", []string{"three policemen=IRQCOP"}, "IRQUAF>IRQCOP 1832"}, // coded as its means, a car bombing,
		{"A flood near Kirkuk killed three farmers.", "Kirkuk", "IRQ", []string{"three farmers=IRQAGR"}, ""},
		// coercion and cuts in aid with no target: the place's country
		{"The charity suspended aid deliveries in Mosul.", "Mosul", "IRQ", []string{"The charity=NGO"}, "NGO>IRQ 1623"},
		{"The junta imposed a curfew in Bamako.", "Bamako", "MLI", []string{"The junta=MLIMIL"}, "MLIMIL>MLI 1723"},
		{"The junta threatened to impose a curfew in Bamako.", "Bamako", "MLI", []string{"The junta=MLIMIL"}, "MLIMIL>MLI 1323"},
		// a retreat from a place targets its country, not one's own
		{"Chadian troops retreated from Gao.", "Gao", "MLI", []string{"Chadian troops=TCDMIL"}, "TCDMIL>MLI 0874"},
		{"Malian troops retreated from Gao.", "Gao", "MLI", []string{"Malian troops=MLIMIL"}, "MLIMIL> 0874"},
		// armed forces withdrawing from a place retreat (0874); a country
		// withdrawing from a body leaves it (166)
		{"Chadian troops withdrew from Gao.", "Gao", "MLI", []string{"Chadian troops=TCDMIL"}, "TCDMIL>MLI 0874"},
		{"Malian troops withdrew from Gao.", "Gao", "MLI", []string{"Malian troops=MLIMIL"}, "MLIMIL> 0874"},
		// lifting a restriction in a place eases it on the place's country
		{"The junta lifted the curfew in Bamako.", "Bamako", "MLI", []string{"The junta=MLIMIL"}, "MLIMIL> 0813"}, // in its own country: no target
	}
	for _, tt := range tests {
		wantCodes(t, withPlace(doc(t, tt.text, tt.mentions...), tt.place, tt.country), tt.want)
	}
}

func TestPassiveAttackPhrasesAndPerfects(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		// the actor of the attack noun after a passive with no by-phrase
		// is the agent, and the attack noun gives the code
		{"Two farmers were killed in Turkish shelling on Monday.", []string{"Two farmers=SYRAGR", "Turkish=TUR/modifier"}, "TUR>SYRAGR 194"},
		{"Two farmers were killed in a Turkish air strike.", []string{"Two farmers=SYRAGR", "Turkish=TUR/modifier"}, "TUR>SYRAGR 195"},
		{"Two farmers were killed in Turkish villages.", []string{"Two farmers=SYRAGR", "Turkish=TUR/modifier"}, ""},
		// a participle the tagger read as an adjective after "has"
		{"Chile has finally conceded to the demands of Peru.", []string{"Chile=CHL", "Peru=PER"}, "CHL>PER 080"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

func TestTimeInsideAPattern(t *testing.T) {
	// A mediation between two parties is by the subject; a time
	// expression may stand inside the pattern's gap.
	txt := "Norway began a mediation effort on Monday between Peru and Chile."
	d := doc(t, txt, "Norway=NOR", "Peru=PER", "Chile=CHL")
	at := strings.Index(txt, "on Monday")
	want := ""
	if got := strings.Join(code(t, d), ","); got != want {
		t.Errorf("without the time expression got %q, want %q", got, want)
	}
	d.Events = nil
	d.Times = append(d.Times, dyad.TimeExpr{Text: "on Monday", Start: at, End: at + len("on Monday"), Sentence: 0, Kind: "date", Value: "2022-09-19", Precision: dyad.PrecisionDay})
	want = "NOR>CHL 045,NOR>PER 045"
	if got := strings.Join(code(t, d), ","); got != want {
		t.Errorf("%s\n got  %q\n want %q", txt, got, want)
	}
}

func TestIntentionsToUseForce(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Chile vowed to cooperate with Peru.", []string{"Chile=CHL", "Peru=PER"}, "CHL>PER 030 intended"},
		{"Chile vowed to attack Peru.", []string{"Chile=CHL", "Peru=PER"}, "CHL>PER 138 intended"},
		// a reciprocal "agree to" stays an agreement
		{"Chile and Peru agreed to impose sanctions.", []string{"Chile=CHL", "Peru=PER"}, "CHL>PER 030 intended,PER>CHL 030 intended"},
		// an actor's name with the commas of an appositive stands in a gap
		{"Chile forced the refugee agency, UNHCR, out of the country.", []string{"Chile=CHL", "the refugee agency|UNHCR=IGOUNOREFHCR"}, "CHL>IGOUNOREFHCR 166"},
		// "swear" is "vow"; the goal after "until" is no event of its own
		{"The rebels swore to fight Peru until they capture Lima.", []string{"The rebels=PERREB", "Peru=PER"}, "PERREB>PER 138 intended"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A withdrawal of one's own forces targets the country withdrawn from, not
// the forces.
func TestWithdrawalTarget(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Ghana withdrew its soldiers from Mali.", []string{"Ghana=GHA", "its soldiers=GHAMIL/nominal", "Mali=MLI"}, "GHA>MLI 0874"},
		{"Chile will withdraw its troops from Haiti.", []string{"Chile=CHL", "its troops=CHLMIL/nominal", "Haiti=HTI"}, "CHL>HTI 0356 intended"},
		{"Kenya pulled out of Somalia.", []string{"Kenya=KEN", "Somalia=SOM"}, "KEN>SOM 0874"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A concession complete in itself (resigning, a truce, calling off a
// strike) is coded without a target when none is named; a place is no
// target; a called-off strike yields to the government.
func TestUntargetedConcessions(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"The Bolivian minister resigned on Monday.", []string{"The Bolivian minister=BOLGOV"}, "BOLGOV> 0831"},
		{"The rebels declared a ceasefire in western Nepal.", []string{"The rebels=NPLREB", "Nepal=NPL"}, "NPLREB> 0871"},
		{"Nepalese teachers called off their strike.", []string{"Nepalese teachers=NPLEDU"}, "NPLEDU>NPLGOV 082"},
		// a concession that needs a party still needs one
		{"The Bolivian minister lifted restrictions.", []string{"The Bolivian minister=BOLGOV"}, ""},
		// easing measures is 081; relax and loosen evoke what ease does
		{"Algeria eased the emergency measures against Morocco.", []string{"Algeria=DZA", "Morocco=MAR"}, "DZA>MAR 081"},
		{"Algeria relaxed its curfew on Morocco's traders.", []string{"Algeria=DZA", "Morocco=MAR"}, "DZA>MAR 0813"},
		{"The Bolivian minister resigned as party leader.", []string{"The Bolivian minister=BOLGOV", "party leader=BOLPTY"}, "BOLGOV> 0831"},
		{"Chile accepted the strikers' demands.", []string{"Chile=CHL", "the strikers=CHLLAB"}, "CHL>CHLLAB 083"},
		{"Tunisia eased its ban on Algerian newspapers.", []string{"Tunisia=TUN", "Algerian newspapers=DZAMED"}, "TUN>DZAMED 081"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
