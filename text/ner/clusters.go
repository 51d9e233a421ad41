package ner

import (
	"strconv"

	"github.com/dyadproject/dyad/text/clusters"
)

// Word clusters (package text/clusters): a name the labelled data never
// showed still gets the clusters of its neighbours in unlabeled text ("at
// Hewitt", "for Accenture"), and the recognizer learns from the cluster
// what it cannot learn from the word.

// clusterValue is the feature value of cluster c at granularity g.
func clusterValue(g int, c uint16) string {
	return strconv.Itoa(g) + ":" + strconv.Itoa(int(c))
}

// clusterFeatures appends the cluster features of each word: its cluster
// at every granularity, its middle-granularity cluster with its shape, and
// the middle-granularity clusters of its neighbours.
func clusterFeatures(feats [][]uint64, sf *sentFeats, words []string) {
	t, err := clusters.Default()
	if err != nil || t == nil || len(t.Ks()) == 0 {
		return
	}
	mid := len(t.Ks()) / 2
	n := len(words)
	sf.clus = grow(sf.clus, n)
	for i, w := range words {
		sf.clus[i] = t.Lookup(w, sf.info[i].lower)
	}
	val := func(i int) string {
		if i < 0 || i >= n {
			return "<s>"
		}
		if c := sf.clus[i]; c != nil {
			return clusterValue(mid, c[mid])
		}
		return "?"
	}
	for i := range words {
		for g, c := range sf.clus[i] {
			feats[i] = append(feats[i], f1(tClus, clusterValue(g, c)))
		}
		feats[i] = append(feats[i],
			f1(tClusPrev, val(i-1)),
			f1(tClusNext, val(i+1)),
		)
	}
}
