package coder

import "testing"

// Police dispersing protesters named only by a pronoun, after a protest
// coded in the sentence, repress those protesters (175); labour strikes
// named by a noun ("a strike over pay") or by walking off the job are 143x
// toward the government. Our own sentences, none from a gold or fresh file.
func TestDispersalAndStrikes(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Thousands of students marched in Dhaka before police fired tear gas to disperse them.",
			[]string{"students=BGDEDU/nominal", "police=BGDCOP/nominal"}, "BGDCOP>BGDEDU 175,BGDEDU>BGDGOV 141"},
		{"Opposition supporters rallied in Lagos on Monday before riot police fired tear gas to disperse them.",
			[]string{"Opposition supporters=NGAOPP/nominal", "riot police=NGACOP/nominal"}, "NGACOP>NGAOPP 175,NGAOPP>NGAGOV 141"},
		// no protest before: no protester target from nowhere
		{"Police fired tear gas to disperse them.",
			[]string{"Police=KENCOP/nominal"}, ""},
		{"Nurses in Kenya walked off the job in a strike over unpaid wages.",
			[]string{"Nurses=KENHLH/nominal", "Kenya=KEN"}, "KENHLH>KENGOV 143"},
		{"Teachers in Zambia stayed away from classrooms at the start of a strike over pay.",
			[]string{"Teachers=ZMBEDU/nominal", "Zambia=ZMB"}, "ZMBEDU>ZMBGOV 143"},
		// an air strike is no labour strike
		{"The air strike over Gaza killed four people.",
			nil, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// A dispersal that names no one is aimed at the people an arrest verb
// coordinated with it detains, or at the crowd of an "as/while" clause; that
// clause's crowd protests (a crowd that rallies against something
// demonstrates, 141) toward the government of the place. Our own sentences.
func TestDispersalOfRallies(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Kenyan police fired tear gas and arrested dozens of students in Nairobi.",
			[]string{"Kenyan police=KENCOP/nominal", "students=KENEDU/nominal"}, "KENCOP>KENEDU 173,KENCOP>KENEDU 175"},
		{"Serbian riot police fired pepper spray and detained at least 20 people in Novi Sad on Friday as hundreds of residents rallied against the demolition of a bridge.",
			[]string{"Serbian riot police=SRBCOP/nominal", "least 20 people=SRBCVL/nominal", "residents=SRBCVL/nominal"},
			"SRBCOP>SRBCVL 173,SRBCOP>SRBCVL 175,SRBCVL>SRBGOV 141"},
		{"Police in La Paz fired tear gas on Thursday as thousands of miners marched on the presidential palace.",
			[]string{"Police=BOLCOP/nominal", "miners=BOLLAB/nominal"}, "BOLCOP>BOLLAB 175,BOLLAB>BOLGOV 141"},
		{"Turkish police used water cannon while hundreds of students protested outside Istanbul University.",
			[]string{"Turkish police=TURCOP/nominal", "students=TUREDU/nominal"}, "TURCOP>TUREDU 175,TUREDU>TURGOV 140"},
		// a politician rallying against a text opposes it; no crowd
		{"The opposition leader rallied against the new constitution.",
			[]string{"The opposition leader=ZWEOPP/nominal"}, ""},
		// no arrest or crowd after the dispersal: no target from nowhere
		{"Police fired tear gas and closed the main road in Lima.",
			[]string{"Police=PERCOP/nominal"}, ""},
		// an adjective participle after "and" is no arrest
		{"Police and arrested protesters clashed in Lima.",
			[]string{"Police=PERCOP/nominal", "protesters=PERCVL/nominal"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// The people an act of coercion targets who are "protesting" or
// "demonstrating" in a participle right after it protest themselves; "as
// they rallied" after a dispersal or arrest is the crowd just targeted, and
// "detained X and fired tear gas" keeps the police as the source. Our own
// sentences.
func TestProtestersRepressed(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Bangladeshi police fired rubber bullets and tear gas at thousands of garment workers protesting low wages.",
			[]string{"Bangladeshi police=BGDCOP/nominal", "garment workers=BGDLAB/nominal"}, "BGDCOP>BGDLAB 175,BGDLAB>BGDGOV 140"},
		{"Police in Lima arrested 40 students demonstrating against the new pension law.",
			[]string{"Police=PERCOP/nominal", "40 students=PEREDU/nominal"}, "PERCOP>PEREDU 173,PEREDU>PERGOV 1412"},
		{"Indonesian police detained dozens of students and fired tear gas as they rallied in Jakarta.",
			[]string{"Indonesian police=IDNCOP/nominal", "students=IDNEDU/nominal"}, "IDNCOP>IDNEDU 173,IDNCOP>IDNEDU 175,IDNEDU>IDNGOV 141"},
		{"Kenyan police arrested 30 traders in Nairobi as they protested against new taxes.",
			[]string{"Kenyan police=KENCOP/nominal", "30 traders=KENBUS/nominal"}, "KENBUS>KENGOV 1412,KENCOP>KENBUS 173"},
		// a participle of another kind stays the noun's
		{"Police arrested 40 students carrying banners.",
			[]string{"Police=PERCOP/nominal", "40 students=PEREDU/nominal"}, "PERCOP>PEREDU 173"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
