package actors

import "testing"

// TestArmedFightersAndLocalChiefs covers the roles added for the coder's
// eleventh round: fighters named by their cause are armed groups
// ("separatist fighters" REB, "insurgent fighters" INS), and local heads of
// administration ("council chairman", "village chief") government. Our own
// sentences.
func TestArmedFightersAndLocalChiefs(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"separatist fighters", "Suspected separatist fighters abducted two teachers near Buea, Cameroon, on Monday.",
			[]string{"separatist fighters=CMRREB"}, nil},
		{"islamist fighters", "Islamist fighters attacked an army base in Mali on Sunday.",
			[]string{"Islamist fighters=MLIREB"}, nil},
		{"council chairman", "Gunmen in Nigeria kidnapped a local council chairman on Friday.",
			[]string{"a local council chairman=NGAGOV"}, nil},
		{"village chief", "Rebels in Congo killed a village chief on Friday.",
			[]string{"a village chief=CODGOV"}, nil},
		// fighter jets stay the armed forces
		{"fighter jets", "Indian fighter jets flew over Kashmir on Tuesday.",
			nil, []string{"Indian fighter jets=INDREB"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestBroadcastStations: radio and television stations and channels are
// media (MED), the parties of licence threats. Our own sentences.
func TestBroadcastStations(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"radio station", "Uganda shut an independent radio station on Monday.", []string{"an independent radio station=UGAMED"}},
		{"television channel", "Zambia suspended a private television channel on Friday.", []string{"a private television channel=ZMBMED"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, nil)
		})
	}
}
