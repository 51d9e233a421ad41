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
