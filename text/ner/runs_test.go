package ner

import (
	"strings"
	"testing"
)

func TestCapRuns(t *testing.T) {
	tests := []struct{ sent, want string }{
		{"The Housing Authority of New Orleans said so", "The Housing Authority of New Orleans"},
		{"he works for CCNG , Inc. now", "CCNG , Inc."},
		{"visit Procter & Gamble today", "Procter & Gamble"},
		{"nothing capitalised here", ""},
		{"at the end of Main", "Main"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sent)
		lower := make([]string, len(words))
		for i, w := range words {
			lower[i] = strings.ToLower(w)
		}
		var got []string
		for _, r := range capRuns(nil, words, lower) {
			got = append(got, strings.Join(words[r.first:r.last+1], " "))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: runs %q, want %q", tt.sent, got, tt.want)
		}
	}
	if got := initials(strings.Fields("Greater New Orleans Fair Housing Action Center")); got != "GNOFHAC" {
		t.Errorf("initials = %q", got)
	}
}
