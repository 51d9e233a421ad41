package ner

import (
	"bytes"
	"context"
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

func TestClusters(t *testing.T) {
	// two groups of words with distinct contexts
	var sents [][]string
	for i := 0; i < 20; i++ {
		for _, w := range []string{"paris", "london", "rome"} {
			sents = append(sents, []string{"she", "lives", "in", w, "now"})
		}
		for _, w := range []string{"eats", "cooks", "bakes"} {
			sents = append(sents, []string{"he", w, "bread", "daily", "."})
		}
	}
	build := func() string {
		var b bytes.Buffer
		cp := make([][]string, len(sents))
		for i, s := range sents {
			cp[i] = append([]string(nil), s...)
		}
		if err := BuildClusters(context.Background(), cp, ClusterOptions{Ks: []int{2}, Seed: 3, Contexts: 20}, &b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	out := build()
	if out != build() {
		t.Fatal("BuildClusters is not deterministic")
	}
	tab, err := parseClusters(out)
	if err != nil {
		t.Fatal(err)
	}
	c := func(w string) uint16 { return tab.lookup(w, w)[0] }
	if c("paris") != c("london") || c("london") != c("rome") || c("eats") != c("cooks") || c("paris") == c("eats") {
		t.Errorf("clusters: paris %d london %d rome %d eats %d cooks %d", c("paris"), c("london"), c("rome"), c("eats"), c("cooks"))
	}
	for _, bad := range []string{"# k 4\nword\t7\n", "# k x\n", "# k 4\nword\n"} {
		if _, err := parseClusters(bad); err == nil {
			t.Errorf("parseClusters(%q): no error", bad)
		}
	}
	if _, err := defaultClusters(); err != nil {
		t.Errorf("embedded clusters: %v", err)
	}
}
