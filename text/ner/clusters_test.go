package ner

import (
	"strings"
	"testing"
)

func TestSetClusterFeatures(t *testing.T) {
	defer func() { activeClusters = defaultClusters }()
	for spec, want := range map[string]clusterSet{
		"ewt":                    {ewt: true},
		"glove,gctx":             {glove: true, gk: 0xff, gshape: true, gctx: true},
		"ewt, glove,ghead,grank": {ewt: true, glove: true, gk: 0xff, gshape: true, ghead: true, grank: true},
		"g1,g3,gcap":             {glove: true, gk: 0xa, gcap: true},
		"none":                   {},
		"default":                defaultClusters,
	} {
		if err := SetClusterFeatures(spec); err != nil || activeClusters != want {
			t.Errorf("SetClusterFeatures(%q) = %v, set %+v, want %+v", spec, err, activeClusters, want)
		}
	}
	if err := SetClusterFeatures("ewt,brown"); err == nil || !strings.HasPrefix(err.Error(), "ner: ") {
		t.Errorf("unknown feature: err = %v", err)
	}
}

// TestGloveFeatures checks that each GloVe feature group adds features,
// that a word outside the table gets the unknown-word feature, and that
// words of one cluster share their cluster features.
func TestGloveFeatures(t *testing.T) {
	defer func() { activeClusters = defaultClusters }()
	words := strings.Fields("She joined Exxon in Houston after Zxqvbnm Corp")
	count := func(spec string) []int {
		if err := SetClusterFeatures(spec); err != nil {
			t.Fatal(err)
		}
		var sf sentFeats
		feats := extract(nil, &sf, words, nil, nil, nil, lexicons{})
		n := make([]int, len(feats))
		for i, f := range feats {
			n[i] = len(f)
		}
		return n
	}
	none := count("none")
	for _, spec := range []string{"glove", "g2", "gshape", "gctx", "ghead", "grank"} {
		got := count(spec)
		more := false
		for i := range got {
			more = more || got[i] > none[i]
		}
		if !more {
			t.Errorf("%s adds no features: %v against %v", spec, got, none)
		}
	}
	if err := SetClusterFeatures("glove"); err != nil {
		t.Fatal(err)
	}
	has := func(w string, h uint64) bool {
		var sf sentFeats
		feats := extract(nil, &sf, []string{w}, nil, nil, nil, lexicons{})
		for _, x := range feats[0] {
			if x == h {
				return true
			}
		}
		return false
	}
	unknown := f1(tGlove, "?")
	if !has("Zxqvbnm", unknown) || has("Houston", unknown) {
		t.Error("unknown-word feature wrong")
	}
	// "Monday" and "Tuesday" share their finest cluster in any sensible clustering.
	var a, b sentFeats
	extract(nil, &a, []string{"Monday"}, nil, nil, nil, lexicons{})
	extract(nil, &b, []string{"Tuesday"}, nil, nil, nil, lexicons{})
	if ca, cb := a.gclus[0], b.gclus[0]; ca == nil || cb == nil || ca[len(ca)-1] != cb[len(cb)-1] {
		t.Errorf("Monday %v and Tuesday %v not in one cluster", ca, cb)
	}
}
