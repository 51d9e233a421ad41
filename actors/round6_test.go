package actors

import (
	"testing"
)

// TestEpithetsAndOppositionBodies covers the sixth round's actor rules: a
// country named by an epithet ("the Pacific nation", "the island nation",
// "the Gulf state", "the kingdom", "the neighbouring country") is the one
// country named before it that fits, and nothing when none or several
// fit; "X's (main) opposition coalition/alliance/bloc" is X's opposition.
// Our own sentences.
func TestEpithetsAndOppositionBodies(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"Pacific nation", "Australia will give Fiji two patrol boats, and the Pacific nation will train its crews.",
			[]string{"the Pacific nation=FJI"}, nil},
		{"island nation", "China sent aid to Tonga on Monday after a volcano hit the island nation.",
			[]string{"the island nation=TON"}, nil},
		{"neighbouring country: not the first one named", "Rwanda's army entered Congo, and the neighbouring country protested.",
			[]string{"the neighbouring country=COD"}, []string{"the neighbouring country=RWA"}},
		{"Gulf state from an earlier sentence", "Qatar opened talks with the rebels. Egypt said the Gulf state had acted alone.",
			[]string{"the Gulf state=QAT"}, nil},
		{"two Gulf states named: no choice", "Saudi Arabia criticised Qatar, accusing the Gulf state of backing militants.",
			nil, []string{"the Gulf state=QAT", "the Gulf state=SAU"}},
		{"no island nation named", "Kenya sent aid to Somalia, and the island nation thanked it.",
			nil, []string{"the island nation=KEN", "the island nation=SOM"}},
		{"the epithet names its own country", "Egypt praised the Gulf state of Qatar.",
			nil, []string{"the Gulf state=QAT"}},
		{"opposition coalition", "Kenya's main opposition coalition called for protests on Monday.",
			[]string{"main opposition coalition=KENOPP"}, nil},
		{"opposition alliance", "Zimbabwe's opposition alliance rejected the results.",
			[]string{"opposition alliance=ZWEOPP"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}
