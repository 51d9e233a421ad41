package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// The fourth round's general constructions (coder/README.md): joint
// drills, a guest's visit, optimism, provision with, a conditional threat
// after "warned that", a rejected demand, a welcomed gesture, aid as a
// sum and talks or a phone call beside another event. Our own sentences.
func TestRecallConstructions(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		// joint exercises, drills and patrols: military cooperation both ways
		{"Indian and French naval forces wrapped up five days of joint drills in the Arabian Sea on Monday.",
			[]string{"Indian=INDMIL", "French naval forces=FRAMIL"}, "FRAMIL>INDMIL 062,INDMIL>FRAMIL 062"},
		{"The Philippines held joint patrols with Japan in the South China Sea on Saturday.",
			[]string{"The Philippines=PHL", "Japan=JPN"}, "JPN>PHL 062,PHL>JPN 062"},
		{"Chinese and Russian warships will hold joint naval drills near Japan next month.",
			[]string{"Chinese=CHNMIL", "Russian warships=RUSMIL", "Japan=JPN"}, "CHNMIL>RUSMIL 0312 intended,RUSMIL>CHNMIL 0312 intended"},
		// one country alone holds no joint drill
		{"The Philippines held joint patrols in the South China Sea on Saturday.", []string{"The Philippines=PHL"}, ""},
		// a guest on a visit, in an appositive after the subject
		{"The Kenyan president, on a three-day visit to Ghana, opened a trade fair in Accra.",
			[]string{"The Kenyan president=KENGOV", "Ghana=GHA"}, "KENGOV>GHA 042"},
		// optimism and pessimism about a party
		{"The Norwegian prime minister said on Monday he was optimistic that talks with Iceland on fishing quotas would succeed.",
			[]string{"The Norwegian prime minister=NORGOV", "Iceland=ISL"}, "NORGOV>ISL 013"},
		{"The central bank governor said he was optimistic about inflation.", []string{"The central bank governor=USAGOV"}, ""},
		// provide X with Y, as an intention
		{"South Korea plans to provide the Philippines with three more coast guard ships.",
			[]string{"South Korea=KOR", "the Philippines=PHL"}, "KOR>PHL 033 intended"},
		// a threat with a condition after "warned that"
		{"Colombia warned that it would impose tariffs on imports if Ecuador did not lift its own.",
			[]string{"Colombia=COL", "Ecuador=ECU"}, "COL>ECU 131"},
		{"Lithuania demanded that Belarus stop sending balloons across the border and warned that it would close its checkpoints if Minsk did not act.",
			[]string{"Lithuania=LTU", "Belarus=BLR", "Minsk=BLRGOV"}, "LTU>BLR 100,LTU>BLRGOV 130"},
		// no condition, no threat
		{"Colombia warned on Monday that inflation would rise.", []string{"Colombia=COL"}, ""},
		// the demand a rejection names
		{"Taiwan on Monday rejected China's demand that it stop buying weapons.",
			[]string{"Taiwan=TWN", "China=CHN"}, "CHN>TWN 100,TWN>CHN 120"},
		// a gesture the next actor welcomed: praise of the act's source
		{"Russia released two Ukrainian soldiers on Sunday, a move the Ukrainian president welcomed as a sign of goodwill.",
			[]string{"Russia=RUS", "Ukrainian soldiers=UKRMIL", "the Ukrainian president=UKRGOV"}, "RUS>UKRMIL 0841,UKRGOV>RUS 051"},
		// aid announced as a sum of money
		{"The European Union announced 20 million euros in humanitarian aid for Morocco on Monday.",
			[]string{"The European Union=IGOEUREEC", "Morocco=MAR"}, "IGOEUREEC>MAR 073"},
		{"Japan announced $40 million in aid to Sri Lanka.", []string{"Japan=JPN", "Sri Lanka=LKA"}, "JPN>LKA 070"},
		// "in" after no sum is no gap: the aid is another's
		{"Japan announced a change in aid to Sri Lanka.", []string{"Japan=JPN", "Sri Lanka=LKA"}, ""},
		// a phone call fronted before an appeal, or after it
		{"In a phone call with the Turkish president, the German chancellor urged Turkey to approve Sweden's membership.",
			[]string{"the Turkish president=TURGOV", "the German chancellor=DEUGOV", "Turkey=TUR", "Sweden=SWE"},
			"DEUGOV>TUR 020,DEUGOV>TURGOV 041,TURGOV>DEUGOV 041"},
		{"The Chinese foreign minister urged Israel to halt its offensive in a phone call with his Egyptian counterpart.",
			[]string{"The Chinese foreign minister=CHNGOV", "Israel=ISR", "his Egyptian counterpart=EGYGOV"},
			"CHNGOV>EGYGOV 041,CHNGOV>ISR 020,EGYGOV>CHNGOV 041"},
		// talks after which the subject spoke
		{"Australia will provide Fiji with two patrol boats, the foreign minister said on Friday after talks with the Fijian prime minister.",
			[]string{"Australia=AUS", "Fiji=FJI", "the foreign minister=AUSGOV", "the Fijian prime minister=FJIGOV"},
			"AUS>FJI 033 intended,AUSGOV>FJIGOV 040,FJIGOV>AUSGOV 040"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A time expression may stand before the "to" of a pattern ("offered on
// Monday to mediate"), as an actor may.
func TestTimeBeforeTo(t *testing.T) {
	txt := "Egypt offered on Monday to mediate between Ethiopia and Sudan."
	d := doc(t, txt, "Egypt=EGY", "Ethiopia=ETH", "Sudan=SDN")
	at := strings.Index(txt, "on Monday")
	d.Times = append(d.Times, dyad.TimeExpr{Text: "on Monday", Start: at, End: at + len("on Monday"), Value: "2022-09-19", Precision: "day", Kind: "date"})
	wantCodes(t, d, "EGY>ETH 039 intended,EGY>SDN 039 intended")
}

// An -ing form read as a noun after a comma and before an actor is a
// participle; talks "after" which a clause says something happened are
// no meeting beside the event.
func TestParticipleAndTalksClause(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"\"Any attack will be answered,\" India's army said in a statement on Monday, warning Pakistan against crossing the border.",
			[]string{"India's army=INDMIL", "Pakistan=PAK"}, "INDMIL>PAK 130"},
		{"The rebels attacked the town after talks with the government collapsed.",
			[]string{"The rebels=COLREB", "the government=COLGOV"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
