package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// The fifth round's general constructions (coder/README.md): a visit
// written as an arrival, a joint operation, relief sent to a country,
// lifting an emergency or curfew, calling off a stay-away or boycott, an
// alert against another party, a guest received, a charge dismissed and a
// denial answering a complaint named later. Our own sentences, none from a
// gold or fresh file.
func TestRoundFiveConstructions(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		places   []string // "Name=CTY"
		want     string
	}{
		// an arrival for or on a visit is the visit, to the place's country
		{"Indian Prime Minister Narendra Modi arrived in Hanoi on Tuesday for a two-day official visit.",
			[]string{"Indian Prime Minister Narendra Modi=INDGOV"}, []string{"Hanoi=VNM"}, "INDGOV>VNM 042"},
		{"Kenyan President William Ruto landed in Accra on Friday on a visit aimed at boosting trade.",
			[]string{"Kenyan President William Ruto=KENGOV"}, []string{"Accra=GHA"}, "KENGOV>GHA 042"},
		// an arrival alone is no visit
		{"Indian Prime Minister Narendra Modi arrived in Hanoi on Tuesday.",
			[]string{"Indian Prime Minister Narendra Modi=INDGOV"}, []string{"Hanoi=VNM"}, ""},
		// police or troops of two countries in a joint operation
		{"Spanish and Moroccan police broke up a human smuggling ring in a joint operation near Ceuta on Tuesday.",
			[]string{"Spanish and Moroccan police=ESPCOP", "Spanish and Moroccan police=MARCOP"}, nil,
			"ESPCOP>MARCOP 063,MARCOP>ESPCOP 063"},
		{"Kenyan and Ugandan troops destroyed a rebel camp in a joint raid on Sunday.",
			[]string{"Kenyan=KEN/modifier", "Ugandan troops=UGAMIL"}, nil, "KENMIL>UGAMIL 062,UGAMIL>KENMIL 062"},
		// one party alone
		{"Spanish police broke up a smuggling ring in a joint operation on Tuesday.",
			[]string{"Spanish police=ESPCOP"}, nil, ""},
		// relief, a medical team or tents sent to a country
		{"Japan dispatched a disaster relief team along with tents, water tanks and generators to Fiji on Saturday.",
			[]string{"Japan=JPN", "Fiji=FJI"}, nil, "JPN>FJI 073"},
		{"Turkey sent a medical team and tents to Syria after the earthquake.",
			[]string{"Turkey=TUR", "Syria=SYR"}, nil, "TUR>SYR 073"},
		// a team that brings no relief
		{"Japan dispatched a team of trade negotiators to Fiji on Saturday.",
			[]string{"Japan=JPN", "Fiji=FJI"}, nil, ""},
		// lifting or ending an emergency or a curfew in a region of one's
		// own country is complete in itself (no target; sixteenth round)
		{"Chile's government lifted a 30-day state of emergency in two southern regions on Friday.",
			[]string{"Chile's government=CHLGOV"}, nil, "CHLGOV> 0814"},
		{"Peru's government ended a curfew in the capital on Tuesday.",
			[]string{"Peru's government=PERGOV"}, nil, "PERGOV> 0813"},
		// calling off a stay-away or a boycott yields to the government
		{"Zimbabwe's main opposition party called off a nationwide stay-away planned for Monday.",
			[]string{"Zimbabwe's main opposition party=ZWEOPP"}, nil, "ZWEOPP>ZWEGOV 082"},
		{"The opposition alliance called off its boycott of parliament on Tuesday.",
			[]string{"The opposition alliance=KENOPP"}, nil, "KENOPP>KENGOV 082"},
		// forces on alert against the other party the sentence names
		{"Indonesia's army put its troops on high alert after clashes near the border with Malaysia.",
			[]string{"Indonesia's army=IDNMIL", "Malaysia=MYS"}, nil, "IDNMIL>MYS 152"},
		{"South Korea raised the alert level of its forces after North Korean drones crossed the border.",
			[]string{"South Korea=KOR", "its forces=KORMIL", "North Korean=PRK/modifier"}, nil, "KOR>PRK 152"},
		// no other party named: no target
		{"Indonesia's army put its troops on high alert ahead of the election.",
			[]string{"Indonesia's army=IDNMIL"}, nil, ""},
		// a guest received: the host's 043 and the guest's visit 042
		{"Vietnamese President To Lam received Japanese Prime Minister Fumio Kishida in Hanoi on Monday.",
			[]string{"Vietnamese President To Lam=VNMGOV", "Japanese Prime Minister Fumio Kishida=JPNGOV"}, nil,
			"JPNGOV>VNMGOV 042,VNMGOV>JPNGOV 043"},
		// hosting talks names no guest
		{"Vietnam hosted talks on Monday with Japan.",
			[]string{"Vietnam=VNM", "Japan=JPN"}, nil, "VNM>JPN 043"},
		// a charge the accused dismissed: a denial toward the accuser
		{"Kenya accused Uganda on Monday of arming rebels, an allegation Kampala quickly rejected.",
			[]string{"Kenya=KEN", "Uganda=UGA", "Kampala=UGAGOV"}, nil, "KEN>UGA 112,UGAGOV>KEN 016"},
		// a denial that answers a complaint named later
		{"Colombia's foreign ministry denied that its troops had entered Venezuela, calling a complaint lodged by Caracas baseless.",
			[]string{"Colombia's foreign ministry=COLGOV", "Venezuela=VEN", "Caracas=VENGOV"}, nil, "COLGOV>VENGOV 016"},
		{"Colombia's foreign ministry denied that its troops had entered Venezuela.",
			[]string{"Colombia's foreign ministry=COLGOV", "Venezuela=VEN"}, nil, "COLGOV> 016"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, tt.mentions...), tt.places), tt.want)
	}
}

// A charge dismissed with no accusation before it is no denial of one.
func TestDismissedChargeNeedsAccusation(t *testing.T) {
	d := doc(t, "Kenya met Uganda on Monday, a claim Kampala quickly rejected.", "Kenya=KEN", "Uganda=UGA", "Kampala=UGAGOV")
	for _, c := range code(t, d) {
		if strings.HasSuffix(c, " 016") {
			t.Errorf("got a denial %q with no accusation before it", c)
		}
	}
}

// A conditional threat inside a direct quote is the speaker's threat
// against the party of the if-clause; a promise is none, and without a
// quote's speaker there is no source.
func TestQuotedConditionalThreat(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		speaker  string // actor of the quote's speaker, "" for no quote
		want     string
	}{
		{`"If Canada goes ahead with these tariffs, we will stop buying its wheat," Chinese Foreign Minister Wang Yi said on Monday.`,
			[]string{"Canada=CAN", "Chinese Foreign Minister Wang Yi=CHNGOV"}, "CHNGOV", "CHNGOV>CAN 130 reported"},
		{`"If the European Union goes ahead with this plan, we will have no choice but to stop exporting rice to Europe," the Thai prime minister said.`,
			[]string{"the European Union=IGOEUREEC", "the Thai prime minister=THAGOV"}, "THAGOV", "THAGOV>IGOEUREEC 130 reported"},
		// a promise, not a threat
		{`"If Canada cuts its tariffs, we will buy more of its wheat," Chinese Foreign Minister Wang Yi said on Monday.`,
			[]string{"Canada=CAN", "Chinese Foreign Minister Wang Yi=CHNGOV"}, "CHNGOV", ""},
		// no speaker known
		{`"If Canada goes ahead with these tariffs, we will stop buying its wheat," a trader said on Monday.`,
			[]string{"Canada=CAN"}, "", ""},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, tt.mentions...)
		if tt.speaker != "" {
			end := strings.LastIndex(tt.text, `,"`)
			d.Quotes = append(d.Quotes, dyad.Quote{Text: tt.text[1:end], Start: 1, End: end, Kind: dyad.Direct,
				Speaker: "speaker", SpeakerActor: tt.speaker})
		}
		wantCodes(t, d, tt.want)
	}
}

// A guest received in reported speech visits too; a guest the host only
// plans to receive does not yet.
func TestReceivedGuestReported(t *testing.T) {
	txt := "Vietnamese President To Lam received Japanese Prime Minister Fumio Kishida in Hanoi on Monday, his office said."
	d := doc(t, txt, "Vietnamese President To Lam=VNMGOV", "Japanese Prime Minister Fumio Kishida=JPNGOV")
	end := strings.Index(txt, ", his office")
	d.Quotes = append(d.Quotes, dyad.Quote{Text: txt[:end], Start: 0, End: end, Kind: dyad.Indirect, Speaker: "his office", SpeakerActor: "VNMGOV"})
	wantCodes(t, d, "JPNGOV>VNMGOV 042 reported,VNMGOV>JPNGOV 043 reported")

	d = doc(t, "Vietnamese President To Lam will receive Japanese Prime Minister Fumio Kishida in Hanoi next month.",
		"Vietnamese President To Lam=VNMGOV", "Japanese Prime Minister Fumio Kishida=JPNGOV")
	for _, c := range code(t, d) {
		if strings.Contains(c, " 042") {
			t.Errorf("a planned hosting gave a visit: %q", c)
		}
	}
}

// A dateline before an attack noun is no part of the subject: the killing
// is coded as the means ("an air strike killed" 195), as without it; a
// killing whose subject names no means is no air strike (of twenty
// civilians: a mass killing, massacres.go).
func TestDatelineBeforeMeans(t *testing.T) {
	tests := []struct{ text, want string }{
		{"KHARTOUM (Reuters) - An air strike by Sudan's army on a market in Darfur killed at least 20 civilians on Monday.", "SDNMIL>SDNCVL 195"},
		{"KHARTOUM (Reuters) - Sudan's army killed at least 20 civilians in Darfur on Monday.", "SDNMIL>SDNCVL 202"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, "Sudan's army=SDNMIL", "20 civilians=SDNCVL"), tt.want)
	}
}
