package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// A country named only as the other side of "the border with X" is where
// a place lies, not the nationality of parties named without a country of
// their own: they take the country the document otherwise names. Our own
// sentences, none from a gold or fresh file.
func TestBorderCountries(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Gunmen killed 40 villagers near the border with Niger, the army of Mali said.",
			[]string{"Gunmen=NERUAF/nominal", "40 villagers=NERCVL/nominal", "Niger=NER", "Mali=MLI"}, "MLIUAF>MLICVL 202"},
		{"Militants attacked a police post along the northern frontier with Kenya on Sunday, officials in Somalia said.",
			[]string{"Militants=KENREB/nominal", "a police post=KENCOP/nominal", "Kenya=KEN", "officials=KENGOV/nominal", "Somalia=SOM"}, "SOMREB>SOMCOP 190"},
		// a party's own border ("its border with X"): as before
		{"Insurgents attacked soldiers on its border with Niger, officials in Mali said.",
			[]string{"Insurgents=NERINS/nominal", "soldiers=NERMIL/nominal", "Niger=NER", "Mali=MLI"}, "NERINS>NERMIL 190"},
		// the country also named outside the border phrase: as before
		{"Gunmen from Niger killed 40 villagers near the border with Niger, officials in Mali said.",
			[]string{"Gunmen=NERUAF/nominal", "Niger|Niger=NER", "40 villagers=NERCVL/nominal", "Mali=MLI"}, "NERUAF>NERCVL 202"},
		// a mention with its own demonym keeps its country
		{"Nigerien troops clashed with gunmen near the border with Niger, officials in Mali said.",
			[]string{"Nigerien troops=NERMIL/nominal", "gunmen=NERUAF/nominal", "Niger=NER", "Mali=MLI"}, "MLIUAF>NERMIL 190,NERMIL>MLIUAF 190"},
		// no other country named: as before
		{"Gunmen killed 40 villagers near the border with Niger.",
			[]string{"Gunmen=NERUAF/nominal", "40 villagers=NERCVL/nominal", "Niger=NER"}, "NERUAF>NERCVL 202"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Soldiers or armoured vehicles sent to a border are a show of force
// toward the country across it (15x), not aid to one's own army. Our own
// sentences.
func TestSoldiersSent(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Kenya sent 800 soldiers to the border with Somalia on Monday.",
			[]string{"Kenya=KEN", "800 soldiers=KENMIL/nominal", "Somalia=SOM"}, "KEN>SOM 150"},
		{"The interior ministry said it had sent 2,000 more soldiers and armoured vehicles to the frontier with Ethiopia after clashes in border towns.",
			[]string{"The interior ministry=SDNGOV/nominal", "2,000 more soldiers=SDNMIL/nominal", "Ethiopia=ETH"}, "SDNGOV>ETH 154"},
		{"Peru dispatched soldiers to its border with Ecuador.",
			[]string{"Peru=PER", "soldiers=PERMIL/nominal", "Ecuador=ECU"}, "PER>ECU 150"},
		// no other party: no event, as for troops sent there (not aid)
		{"Kenya sent 800 soldiers to its northern region.",
			[]string{"Kenya=KEN", "800 soldiers=KENMIL/nominal"}, ""},
		// drones alone sent to another country stay military aid
		{"Turkey sent armed drones to Azerbaijan.",
			[]string{"Turkey=TUR", "Azerbaijan=AZE"}, "TUR>AZE 072"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A warning that an act "would be met with a firm response" is a threat
// (130; 138 when the response is military) against the party warned, or
// the party of the act. Our own sentences.
func TestWarnedResponse(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Colombia's president warned Ecuador on Monday that any incursion into its waters would be met with a firm response from our armed forces.",
			[]string{"Colombia's president=COLGOV/nominal", "Ecuador=ECU"}, "COLGOV>ECU 138"},
		{"Iran warned the United States that new sanctions would be met with a strong response.",
			[]string{"Iran=IRN", "the United States=USA"}, "IRN>USA 130"},
		{"Iran's foreign ministry warned that any attack by Israel would be \"met with a decisive military response\".",
			[]string{"Iran's foreign ministry=IRNGOV/nominal", "Israel=ISR"}, "IRNGOV>ISR 138"},
		// no response noun: no threat, and no meeting either
		{"Turkey warned Greece on Friday that the plan would be met with opposition.",
			[]string{"Turkey=TUR", "Greece=GRC"}, ""},
		// no party warned or named in the act: nothing
		{"The ministry warned that any new tax would be met with a firm response.",
			[]string{"The ministry=IRNGOV/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Another party's act called a violation of a rule, by a speaker (said,
// relayed by an agency, or "called ... a violation"), is the speaker's
// denunciation (111) of that party. Our own sentences.
func TestViolationCalled(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		quote    string // the quoted words, spoken by the first mention
		want     string
	}{
		{"The state agency SANA quoted the president as saying that Turkey's decision to build the wall was a flagrant violation of international law.",
			[]string{"the president=SYRGOV/nominal", "Turkey=TUR"}, "Turkey's decision to build the wall was a flagrant violation of international law", "SYRGOV>TUR 111 reported"},
		{"Egypt's foreign minister said Ethiopia's move to fill the dam was a clear violation of the agreement.",
			[]string{"Egypt's foreign minister=EGYGOV/nominal", "Ethiopia=ETH"}, "", "EGYGOV>ETH 111"},
		{"Serbia's president called Kosovo's decision a blatant violation of the Brussels agreement.",
			[]string{"Serbia's president=SRBGOV/nominal", "Kosovo=XKX"}, "", "SRBGOV>XKX 111"},
		// the speaker's own country's act: no accusation
		{"Pakistan's minister said Pakistan's decision was no violation of the treaty.",
			[]string{"Pakistan's minister=PAKGOV/nominal", "Pakistan=PAK"}, "", ""},
		// no party's act, or no speaker: nothing
		{"Pakistan's minister said the decision was a violation of the treaty.",
			[]string{"Pakistan's minister=PAKGOV/nominal"}, "", ""},
		{"India's decision was a violation of the treaty.",
			[]string{"India=IND"}, "", ""},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, tt.mentions...)
		if tt.quote != "" {
			at := strings.Index(tt.text, tt.quote)
			e := d.Entities[0]
			d.Quotes = append(d.Quotes, dyad.Quote{Text: tt.quote, Start: at, End: at + len(tt.quote), Kind: dyad.Indirect,
				SpeakerActor: e.Actor, SpeakerEntity: e.ID})
		}
		wantCodes(t, d, tt.want)
	}
}

// Rulers installed by a coup in another country named before ("the
// junta", "the military rulers") are that country's military, not the
// speaker's: an appeal to them is 02x toward it (0253 for a release). Our
// own sentences.
func TestJuntaCountries(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Belgium has suspended its military cooperation with Mali, where a coup took place in May, calling on the junta to release the interim president.",
			[]string{"Belgium=BEL", "Mali=MLI", "the junta=BELMIL/nominal"}, "BEL>MLI 1622,BEL>MLIMIL 0253"},
		{"Sweden cut aid to Guinea, where power was seized last month, calling on the military rulers to free the detained opposition leaders.",
			[]string{"Sweden=SWE", "Guinea=GIN", "the military rulers=SWEGOV/nominal"}, "SWE>GIN 162,SWE>GINMIL 0253"},
		// no coup told: the rulers are left as the actor stage gave them
		// (here the speaker's own government, so since the thirteenth
		// round the appeal is a state's appeal to itself, no event)
		{"Sweden cut aid to Guinea, calling on the military rulers to free the detained opposition leaders.",
			[]string{"Sweden=SWE", "Guinea=GIN", "the military rulers=SWEGOV/nominal"}, "SWE>GIN 162"},
		// rulers with a country word of their own keep it
		{"Sweden cut aid to Guinea, where a coup took place, calling on Malian coup leaders to free the detained opposition leaders.",
			[]string{"Sweden=SWE", "Guinea=GIN", "Malian coup leaders=MLIMIL/nominal"}, "SWE>GIN 162,SWE>MLIMIL 0253"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A claim of responsibility made through a medium ("in a statement read
// on its radio station") has no target: the medium's owner is none. Our
// own sentences.
func TestClaimMedia(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"The militants claimed responsibility in a statement broadcast on their radio station.",
			[]string{"The militants=SOMREB/nominal", "their radio station=SOMMED/nominal"}, "SOMREB> 015"},
		{"The group claimed responsibility for the bombing via a message on its Telegram channel.",
			[]string{"The group=IRQREB/nominal", "its Telegram channel=IRQMED/nominal"}, "IRQREB> 015"},
		// a party named before the medium phrase stays the target
		{"The Islamic State group claimed responsibility for the attack on the Iraqi army in a statement.",
			[]string{"The Islamic State group=IMGMOSISI", "the Iraqi army=IRQMIL/nominal"}, "IMGMOSISI>IRQMIL 015"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
