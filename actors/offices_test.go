package actors

import (
	"slices"
	"testing"
)

func TestOfficeKinds(t *testing.T) {
	tests := []struct {
		office string
		want   []string
	}{
		{"Prime Minister of Japan", []string{HeadOfGovernment}},
		{"President of Russia", []string{HeadOfState}},
		{"Minister for Foreign Affairs of Japan", []string{ForeignMinister}},
		{"United States Secretary of Defense", []string{DefenceMinister}},
		{"Vice President of the United States", nil},
		// Offices that name a president but are not head of state.
		{"Press Secretary of the President of Russia", nil},
		{"President of Republika Srpska", nil},
		{"Deputy Prime Minister of Ukraine", nil},
		{"President of the Bundestag", nil},
		{"President of the National Assembly of France", nil},
		{"Chief of the Defence Staff of France", nil},
		{"Chief of Defence Staff of India", nil},
		{"Minister of National Defence of Turkey", []string{DefenceMinister}},
		// South Africa's foreign ministry is named for international relations
		{"Minister of International Relations and Cooperation of South Africa", []string{ForeignMinister}},
	}
	for _, tt := range tests {
		if got := OfficeKinds(tt.office); !slices.Equal(got, tt.want) {
			t.Errorf("OfficeKinds(%q) = %v, want %v", tt.office, got, tt.want)
		}
	}
}
