package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// Passives whose subject is the object noun of a verb pattern: the agent
// of the by-phrase is the source, the actor the noun's phrase names the
// target.
func TestPassiveWithEventNounSubject(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Evidence against Iran was presented by France on Tuesday.", []string{"Iran=IRN", "France=FRA"}, "FRA>IRN 112"},
		{"Sanctions against Syria were imposed by the European Union.", []string{"Syria=SYR", "the European Union=IGOEUREEC"}, "IGOEUREEC>SYR 163"},
		{"New sanctions were imposed on Syria by the European Union.", []string{"Syria=SYR", "the European Union=IGOEUREEC"}, "IGOEUREEC>SYR 163"},
		{"A trade agreement was signed by Brazil and Argentina.", []string{"Brazil=BRA", "Argentina=ARG"}, "ARG>BRA 057,BRA>ARG 057"},
		// no agent, no source
		{"Evidence against Iran was presented on Tuesday.", []string{"Iran=IRN"}, ""},
		// the noun must head the subject, not stand in a phrase of it
		{"A report on evidence against Iran was presented by France.", []string{"Iran=IRN", "France=FRA"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Pressure on an actor to act is coercion by whoever exerts it, in the
// active, the passive and "faces/came under pressure from"; the act the
// pressure aims at is its content, not an event.
func TestPressure(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Lebanon is being pressured by France to hold early elections.", []string{"Lebanon=LBN", "France=FRA"}, "FRA>LBN 170"},
		{"Kenya faces pressure from the IMF to cut spending.", []string{"Kenya=KEN", "the IMF=IGOBUSIMF"}, "IGOBUSIMF>KEN 170"},
		{"Peru came under pressure from Chile to reopen the border.", []string{"Peru=PER", "Chile=CHL"}, "CHL>PER 170"},
		{"The United States pressured Egypt to open the crossing.", []string{"The United States=USA", "Egypt=EGY"}, "USA>EGY 170"},
		{"Kenya faces pressure from the IMF to help Somalia.", []string{"Kenya=KEN", "the IMF=IGOBUSIMF", "Somalia=SOM"}, "IGOBUSIMF>KEN 170"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Condolences with no actor named go to the country of the tragedy's place.
func TestCondolencesToThePlace(t *testing.T) {
	tests := []struct {
		text, place, country string
		mentions             []string
		want                 string
	}{
		{"The Japanese prime minister expressed his condolences over the earthquake in Izmir.", "Izmir", "TUR", []string{"The Japanese prime minister=JPNGOV"}, "JPNGOV>TUR 018"},
		{"Modi expressed grief over the bus crash in Gujarat.", "Gujarat", "IND", []string{"Modi=INDGOV"}, "INDGOV>IND 018"},
		{"The pope expressed sorrow over the floods in Sindh.", "Sindh", "PAK", []string{"The pope=VATREL"}, "VATREL>PAK 018"},
		// an actor named is the target, not the place
		{"Modi offered condolences to Nepal after the landslide in Gujarat.", "Gujarat", "IND", []string{"Modi=INDGOV", "Nepal=NPL"}, "INDGOV>NPL 018"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlace(doc(t, tt.text, tt.mentions...), tt.place, tt.country), tt.want)
	}
}

// A claim that one did an act of force oneself is a claim of
// responsibility (015); a claim that another did it is an accusation.
func TestClaimOfOwnAct(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"The rebels claimed that they had attacked an army base.", []string{"The rebels=MLIREB", "an army base=MLIMIL"}, "MLIREB>MLIMIL 015"},
		{"Iran claimed that it shot down an American drone.", []string{"Iran=IRN", "American=USA"}, "IRN>USA 015"},
		{"Iran claimed that Israel had attacked its embassy.", []string{"Iran=IRN", "Israel=ISR"}, "IRN>ISR 112"},
		// a claim about one's own act that is not one of force codes nothing
		{"Iran claimed that it had reached a deal with Iraq.", []string{"Iran=IRN", "Iraq=IRQ"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A passive whose agent is an accident or a natural hazard names no
// attacker, even when an actor's name stands inside the by-phrase.
func TestHazardAgent(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Rescuers recovered Nepali passengers killed by the Air India plane crash.", []string{"Nepali passengers=NPLCVL", "Air India=INDBUS"}, ""},
		{"Two Kenyan farmers were killed by the floods near the border.", []string{"Two Kenyan farmers=KENAGR"}, ""},
		{"Three soldiers were killed by Taliban fighters.", []string{"Three soldiers=AFGMIL", "Taliban fighters=AFGREB"}, "AFGREB>AFGMIL 1823"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Critics and opponents of a body are its country's opposition, as
// protesters and as targets.
func TestOpponentsOfABody(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Critics of Kenya's parliament protested on Monday.", []string{"Kenya=KEN", "parliament=KENLEG"}, "KENOPP>KENGOV 140"},
		{"Opponents of the Thai junta marched on Sunday.", []string{"the Thai junta=THAMIL"}, "THAOPP>THAGOV 141"},
		{"Ugandan police arrested opponents of the Ugandan government.", []string{"Ugandan police=UGACOP", "the Ugandan government=UGAGOV"}, "UGACOP>UGAOPP 173"},
		// members of a body are the body
		{"Members of Kenya's parliament protested on Monday.", []string{"Kenya=KEN", "parliament=KENLEG"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Violence in a demonstration: demonstrators' damage, assaults and
// fighting are a violent protest (145); security forces clashing with them
// use violent repression (175); weapons of war stay fighting.
func TestRiots(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Syrian soldiers clashed with Lebanese rioters near the border.", []string{"Syrian soldiers=SYRMIL", "Lebanese rioters=LBNCVL"}, "LBNCVL>SYRMIL 145,SYRMIL>LBNCVL 175"},
		{"The Israeli embassy was stormed by Jordanian demonstrators.", []string{"The Israeli embassy=ISRGOV", "Jordanian demonstrators=JORCVL"}, "JORCVL>ISRGOV 145"},
		{"The French consulate was destroyed by Malian protesters.", []string{"The French consulate=FRAGOV", "Malian protesters=MLICVL"}, "MLICVL>FRAGOV 145"},
		{"Georgian protesters fired rockets at Russian troops.", []string{"Georgian protesters=GEOCVL", "Russian troops=RUSMIL"}, "GEOCVL>RUSMIL 194"},
		{"Syrian soldiers clashed with Lebanese smugglers near the border.", []string{"Syrian soldiers=SYRMIL", "Lebanese smugglers=LBNCRM"}, "LBNCRM>SYRMIL 190,SYRMIL>LBNCRM 190"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// What an attacker fights for is no target of the attack.
func TestPurposeIsNoTarget(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Al-Shabaab has launched several attacks during its campaign for an Islamic state in southern Somalia.", []string{"Al-Shabaab=SOMREB", "an Islamic state=IMGMOSISI", "southern Somalia=SOM"}, "SOMREB>SOM 190"},
		{"The rebels attacked Kenya for its support of Ethiopia.", []string{"The rebels=SOMREB", "Kenya=KEN", "Ethiopia=ETH"}, "SOMREB>KEN 190"},
		// an aid pattern's "for" still names who is helped
		{"Japan sent food for Sudanese refugees.", []string{"Japan=JPN", "Sudanese refugees=SDNREF"}, "JPN>SDNREF 073"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// An agreement to act on another party is the agreeing party's alone; an
// agreement with a partner is both parties'.
func TestOneWayAgreements(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Ethiopia has agreed to reopen its borders to UN peacekeepers.", []string{"Ethiopia=ETH", "UN peacekeepers=IGOUNOMIL"}, "ETH>IGOUNOMIL 030 intended"},
		{"Chile agreed to cooperate with Peru.", []string{"Chile=CHL", "Peru=PER"}, "CHL>PER 030 intended,PER>CHL 030 intended"},
		{"Chile and Peru agreed to reopen their border.", []string{"Chile=CHL", "Peru=PER"}, "CHL>PER 030 intended,PER>CHL 030 intended"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Mobilizing support or resources is no mobilization of forces.
func TestCivilMobilization(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Qatar has mobilized lobby groups in Canada to back its bid.", []string{"Qatar=QAT", "Canada=CAN"}, ""},
		{"Armenia mobilized its reservists near Azerbaijan.", []string{"Armenia=ARM", "Azerbaijan=AZE"}, "ARM>AZE 154"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// "is prepared/committed to" states an intention, as "is ready to" does;
// preparing to act is not one.
func TestPreparedTo(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Algeria said it is prepared to lift the ban on the Islamist party.", []string{"Algeria|it=DZA", "the Islamist party=DZAPTY"}, "DZA>DZAPTY 035 intended"},
		{"Algeria is committed to releasing the Moroccan prisoners.", []string{"Algeria=DZA", "Moroccan prisoners=MAR"}, "DZA>MAR 0353 intended"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// The casualties of an attack named as the subject by its means are coded
// as the means.
func TestKillingsByTheirMeans(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Israeli drone attacks have killed five Hamas commanders since May.", []string{"Israeli=ISR/modifier", "five Hamas commanders=PSEREBHMS"}, "ISR>PSEREBHMS 195"},
		{"Turkish shelling killed four Kurdish fighters.", []string{"Turkish=TURMIL/modifier", "four Kurdish fighters=SYRREB"}, "TURMIL>SYRREB 194"},
		{"Sudanese soldiers killed four Chadian herders.", []string{"Sudanese soldiers=SDNMIL", "four Chadian herders=TCDAGR"}, "SDNMIL>TCDAGR 1823"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A warning that a party will face a measure is a threat of that measure
// against it, read through the codebook's "warn of" patterns.
func TestWarnedItWouldFace(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Canada warned India that it would face new sanctions.", []string{"Canada=CAN", "India=IND"}, "CAN>IND 1312"},
		{"The EU warned that Belarus would face serious consequences.", []string{"The EU=IGOEUREEC", "Belarus=BLR"}, "IGOEUREEC>BLR 130"},
		{"Israel warned Hezbollah it will face massive retaliation.", []string{"Israel=ISR", "Hezbollah=LBNREBHEZ"}, "ISR>LBNREBHEZ 138"},
		{"Canada warned India that it would not face sanctions.", []string{"Canada=CAN", "India=IND"}, ""},
		{"Canada warned India that prices would rise.", []string{"Canada=CAN", "India=IND"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A participle "targeting" after a measure names what the measure aims at;
// after an attack, or alone, it is an attack.
func TestTargetingAfterAMeasure(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Japan imposed new sanctions on Iran, targeting Iranian shipping firms.", []string{"Japan=JPN", "Iran=IRN", "Iranian shipping firms=IRNBUS"}, "JPN>IRN 163"},
		{"Yemeni rebels fired missiles at Saudi Arabia, targeting Saudi oil facilities.", []string{"Yemeni rebels=YEMREB", "Saudi Arabia=SAU", "Saudi oil facilities=SAUBUS"}, "YEMREB>SAU 195,YEMREB>SAUBUS 190"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Talks held beside another event ("during talks with X") are a meeting of
// that event's source with X.
func TestTalksAside(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Kenya's president praised Egypt during talks with the Egyptian president in Nairobi.", []string{"Kenya's president=KENGOV", "Egypt=EGY", "the Egyptian president=EGYGOV"}, "EGYGOV>KENGOV 040,KENGOV>EGY 051,KENGOV>EGYGOV 040"},
		// a meeting noun after an event but in no during/at phrase stays background
		{"Kenya condemned the outcome of the meeting with Egypt.", []string{"Kenya=KEN", "Egypt=EGY"}, "KEN>EGY 111"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A period is past only when it ends more than a month before publication:
// "later this year" is not history.
func TestPeriodsEndWhenTheyEnd(t *testing.T) {
	tests := []struct {
		text, when, value string
		prec              string
		want              string
	}{
		{"China will host Australia's leader later this year.", "later this year", "2022", dyad.PrecisionYear, "CHN>AUSGOV 036 intended"},
		{"China hosted Australia's leader in 2019.", "in 2019", "2019", dyad.PrecisionYear, "AUSGOV>CHN 042 historical,CHN>AUSGOV 043 historical"},
		{"China hosted Australia's leader in September.", "in September", "2022-09", dyad.PrecisionMonth, "AUSGOV>CHN 042,CHN>AUSGOV 043"},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, "China=CHN", "Australia's leader=AUSGOV")
		at := strings.Index(tt.text, tt.when)
		d.Times = append(d.Times, dyad.TimeExpr{Text: tt.when, Start: at, End: at + len(tt.when), Sentence: 0, Kind: "date", Value: tt.value, Precision: tt.prec})
		got := strings.Join(code(t, d), ",")
		if got != tt.want {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// "A and B jointly VERB": cooperation among them in their sector; a role
// before a list of countries is that role of each.
func TestJointly(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Police in Italy and Albania jointly dismantled a smuggling ring.", []string{"Police=ITACOP", "Italy=ITA", "Albania=ALB"}, "ALBCOP>ITACOP 063,ITACOP>ALBCOP 063"},
		{"The armies of Ghana and Togo jointly patrolled the border.", []string{"The armies=GHAMIL", "Ghana=GHA", "Togo=TGO"}, "GHAMIL>TGOMIL 062,TGOMIL>GHAMIL 062"},
		{"Kenya and Uganda jointly built a new railway.", []string{"Kenya=KEN", "Uganda=UGA"}, "KEN>UGA 060,UGA>KEN 060"},
		// one party alone does nothing jointly with itself
		{"Kenya jointly built a new railway.", []string{"Kenya=KEN"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A vow of retaliation with no target answers the attack reported before
// it in the sentence; the attackers are not among the vowers.
func TestRetaliationAnswersTheAttack(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Pakistan shelled Indian border posts on Friday, and New Delhi vowed a harsh response.", []string{"Pakistan=PAK", "Indian=IND/modifier", "New Delhi=INDGOV"}, "INDGOV>PAK 130,PAK>IND 194"},
		{"Pakistan shelled Indian border posts, and New Delhi vowed to retaliate.", []string{"Pakistan=PAK", "Indian=IND/modifier", "New Delhi=INDGOV"}, "INDGOV>PAK 138,PAK>IND 194"},
		// no attack before: no target
		{"Pakistan praised Indian border posts, and New Delhi vowed a harsh response.", []string{"Pakistan=PAK", "Indian=IND/modifier", "New Delhi=INDGOV"}, "PAK>IND 051"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Evacuating the wounded is humanitarian aid; aid given in a place with no
// actor named goes to the place's country.
func TestHumanitarianAidInAPlace(t *testing.T) {
	tests := []struct {
		text, place, country string
		mentions             []string
		want                 string
	}{
		{"UN helicopters evacuated the wounded from the besieged town of Tuzla.", "Tuzla", "BIH", []string{"UN helicopters=IGOUNO"}, "IGOUNO>BIH 073"},
		{"The Red Cross delivered food parcels in Mosul.", "Mosul", "IRQ", []string{"The Red Cross=NGOHLHIRC"}, "NGOHLHIRC>IRQ 073"},
		// evacuating one's own staff is no aid
		{"France evacuated its diplomats from Tuzla.", "Tuzla", "BIH", []string{"France=FRA", "its diplomats=FRAGOV/nominal"}, "FRA>BIH 166"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlace(doc(t, tt.text, tt.mentions...), tt.place, tt.country), tt.want)
	}
}

// Patrols ordered or stepped up show force; a perfect participle's "by"
// after its object belongs to the object ("patrols by police"), not to
// the verb.
func TestPatrols(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"The Punjab government has ordered patrols by police and soldiers.", []string{"The Punjab government=PAKGOV", "police=PAKCOP", "soldiers=PAKMIL"}, "PAKGOV> 150"},
		{"Kenya stepped up patrols along its border with Somalia.", []string{"Kenya=KEN", "Somalia=SOM"}, "KEN>SOM 150"},
		// a participle after a noun still takes its by-phrase agent
		{"Armenia and Azerbaijan each handed over 20 prisoners in an exchange brokered by Qatar.", []string{"Armenia=ARM", "Azerbaijan=AZE", "Qatar=QAT"}, "QAT>ARM 045,QAT>AZE 045"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Preventing or blocking a demonstration restricts the freedom to protest
// (1721); the protest's purpose is its content, not the police's act.
func TestPreventedProtests(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Egyptian police prevented a protest staged by students to denounce the war.", []string{"Egyptian police=EGYCOP", "students=EGYEDU"}, "EGYCOP>EGYEDU 1721"},
		{"Police blocked a march by opposition supporters.", []string{"Police=ZWECOP", "opposition supporters=ZWEOPP"}, "ZWECOP>ZWEOPP 1721"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Driving people from their homes is an expulsion (201).
func TestDrivenFromTheirHomes(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Sudanese troops forced out hundreds of Darfuri villagers from their homes.", []string{"Sudanese troops=SDNMIL", "Darfuri villagers=SDNCVL"}, "SDNMIL>SDNCVL 201"},
		{"Militias drove 300 Rohingya families from their homes.", []string{"Militias=MMRUAF", "Rohingya families=MMRCVL"}, "MMRUAF>MMRCVL 201"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// The country where a protest happens is not its target: the party it
// defies is, else the government of that country.
func TestProtestPlaceIsNoTarget(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Thousands of people blocked roads in Hong Kong in defiance of Chinese authorities.", []string{"people=HKGCVL", "Hong Kong=HKG", "Chinese authorities=CHNGOV"}, "HKGCVL>CHNGOV 144"},
		{"Thousands of students blocked roads in Kenya.", []string{"students=KENEDU", "Kenya=KEN"}, "KENEDU>KENGOV 144"},
		{"Thousands of students protested against Kenya.", []string{"students=UGAEDU", "Kenya=KEN"}, "UGAEDU>KEN 140"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// An unspecified attack on civilians by a party that is no state force is
// an assault (180); fighting between armed parties stays 190.
func TestAssaultOnCivilians(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Gunmen attacked a camp of Sudanese refugees in Chad.", []string{"Gunmen=TCDUAF", "Sudanese refugees=SDNREF"}, "TCDUAF>SDNREF 180"},
		{"Rebels attacked an army base in Chad.", []string{"Rebels=TCDREB", "an army base=TCDMIL"}, "TCDREB>TCDMIL 190"},
		{"Chadian troops attacked a camp of Sudanese refugees.", []string{"Chadian troops=TCDMIL", "Sudanese refugees=SDNREF"}, "TCDMIL>SDNREF 190"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
