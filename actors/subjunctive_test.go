package actors

import "testing"

// TestSubjunctiveAfterThatSubject: a base-form verb the tagger reads as a
// noun after the subject of a demand's that-clause ("demanded that the
// government scrap a tax") ends the subject's phrase, which is then an
// actor. Our own sentences (coder eighth round).
func TestSubjunctiveAfterThatSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"scrap", "Lawmakers from Kenya's main opposition party demanded on Sunday that the government scrap a planned increase in fuel prices.",
			[]string{"the government=KENGOV"}, nil},
		{"release", "Ghana's opposition urged that the army release the detained journalists.",
			[]string{"the army=GHAMIL"}, nil},
		{"a noun use stays a noun", "Kenya's government said the scrap metal trade would be taxed.",
			nil, []string{"the scrap=KENGOV"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}
