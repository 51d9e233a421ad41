package clusters

import (
	"bytes"
	"context"
	"testing"
)

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
		if err := Build(context.Background(), cp, Options{Ks: []int{2}, Seed: 3, Contexts: 20}, &b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	out := build()
	if out != build() {
		t.Fatal("Build is not deterministic")
	}
	tab, err := Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	c := func(w string) uint16 { return tab.Lookup(w, w)[0] }
	if c("paris") != c("london") || c("london") != c("rome") || c("eats") != c("cooks") || c("paris") == c("eats") {
		t.Errorf("clusters: paris %d london %d rome %d eats %d cooks %d", c("paris"), c("london"), c("rome"), c("eats"), c("cooks"))
	}
	for _, bad := range []string{"# k 4\nword\t7\n", "# k x\n", "# k 4\nword\n"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q): no error", bad)
		}
	}
	if _, err := Default(); err != nil {
		t.Errorf("embedded clusters: %v", err)
	}
}
