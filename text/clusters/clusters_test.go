package clusters

import (
	"bytes"
	"context"
	"strings"
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
	for _, bad := range []string{"# k 4\nword\t7\n", "# k x\n", "# k 4\nword\n", "# k 4\nword\t1\t1\n", "# k 4\n# k 4\n", "word\t1\n", "# k 4\n\t1\n"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q): no error", bad)
		}
	}
	if _, err := Default(); err != nil {
		t.Errorf("embedded clusters: %v", err)
	}
}

func TestBuildVectors(t *testing.T) {
	// three groups of 2-d directions; lengths differ (spherical: only the
	// direction counts)
	words := []string{"paris", "london", "rome", "eats", "cooks", "bakes", "red", "blue", "#x", "tab\tword"}
	data := []float32{
		1, 0.1, 5, 0.4, 2, 0.1,
		0.1, 1, 0.2, 3, 0, 2,
		-1, 0, -3, 0.2,
		1, 0, 0, 1,
	}
	build := func(workers int) string {
		var b bytes.Buffer
		opt := VectorOptions{Ks: []int{3, 1}, Seed: 7, Workers: workers, Header: []string{"test table"}}
		if err := BuildVectors(context.Background(), words, data, 2, opt, &b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	out := build(1)
	if out != build(3) || out != build(1) {
		t.Fatal("BuildVectors depends on the run or on Workers")
	}
	if !strings.HasPrefix(out, "# test table\n# k 3 1\n") || strings.Contains(out, "#x") || strings.Contains(out, "tab\t") {
		t.Errorf("BuildVectors wrote:\n%s", out)
	}
	tab, err := Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	c := func(w string) uint16 { return tab.Lookup(w, w)[0] }
	if c("paris") != c("london") || c("london") != c("rome") || c("eats") != c("cooks") || c("cooks") != c("bakes") ||
		c("red") != c("blue") || c("paris") == c("eats") || c("eats") == c("red") || c("paris") == c("red") {
		t.Errorf("clusters: %s", out)
	}
	if g := tab.Lookup("red", "red"); g[1] != 0 {
		t.Errorf("k=1 cluster of red = %d", g[1])
	}
	for _, bad := range []struct {
		ks   []int
		data []float32
	}{{nil, data}, {[]int{0}, data}, {[]int{11}, data}, {[]int{2}, data[:5]}} {
		if err := BuildVectors(context.Background(), words, bad.data, 2, VectorOptions{Ks: bad.ks}, &bytes.Buffer{}); err == nil {
			t.Errorf("BuildVectors(ks %v, %d numbers): no error", bad.ks, len(bad.data))
		}
	}
	if _, err := GloVe(); err != nil {
		t.Errorf("embedded GloVe clusters: %v", err)
	}
}

func TestRankBucket(t *testing.T) {
	tab, err := Parse("# k 2\nthe\t0\nof\t1\nand\t1\nto\t0\nzebra\t1\n")
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]int{"the": 1, "of": 2, "and": 2, "to": 3, "zebra": 3, "gnu": 0} {
		if got := tab.RankBucket(w, w); got != want {
			t.Errorf("RankBucket(%q) = %d, want %d", w, got, want)
		}
	}
	if c := tab.Lookup("The", "the"); len(c) != 1 || cap(c) != 1 || c[0] != 0 {
		t.Errorf("Lookup(The) = %v (cap %d)", c, cap(c))
	}
}

// FuzzParse checks that Parse never panics and that every cluster it
// returns lies below its granularity.
func FuzzParse(f *testing.F) {
	f.Add("# k 2 3\nthe\t0\t2\nof\t1\t0\n")
	f.Add("# c\n# k 4\nword\t3\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := Parse(in)
		if err != nil {
			return
		}
		for w := range tab.words {
			c := tab.Lookup(w, w)
			if len(c) != len(tab.Ks()) {
				t.Fatalf("%q: %d clusters for %d granularities", w, len(c), len(tab.Ks()))
			}
			for i, x := range c {
				if int(x) >= tab.Ks()[i] {
					t.Fatalf("%q: cluster %d at granularity %d", w, x, tab.Ks()[i])
				}
			}
			if tab.RankBucket(w, w) < 1 {
				t.Fatalf("%q: rank bucket %d", w, tab.RankBucket(w, w))
			}
		}
	})
}
