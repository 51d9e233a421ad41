package ner

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/text/clusters"
)

// Word clusters (package text/clusters): a name the labelled data never
// showed still gets the clusters of its neighbours in unlabeled text ("at
// Hewitt", "for Accenture"), and the recognizer learns from the cluster
// what it cannot learn from the word. Two tables: EWT's (clusters of the
// contexts of UD English EWT's words) and GloVe's (clusters of pre-trained
// vectors of the 200,000 most frequent words of Wikipedia and Gigaword,
// which know many more companies, places and surnames). The embedded model
// uses the EWT features and, from GloVe, the word's cluster at every
// granularity and its middle-granularity cluster with its shape; the
// other GloVe groups did not help in cross-validation (see README.md).

// GloVe cluster templates (after the document lexicon templates).
const (
	tGlove byte = tDocBase + 16 + iota
	tGloveShape
	tGlovePrev
	tGloveNext
	tGloveHead
	tGloveFirst
	tGloveRank
)

// clusterSet says which cluster features extract adds.
type clusterSet struct {
	ewt    bool  // the EWT table: the word at every granularity, neighbours at the middle one
	glove  bool  // the GloVe table: the word at the granularities of gk
	gk     uint8 // bit g: granularity g (0 coarsest) for glove
	gshape bool  // the word's middle-granularity GloVe cluster with its shape
	gcap   bool  // glove and gshape only for words with an upper-case letter
	gctx   bool  // GloVe clusters of the neighbours
	ghead  bool  // GloVe clusters of the last and first word of the capitalised run
	grank  bool  // the frequency-rank bucket of the word in the GloVe table
}

// defaultClusters is the set the embedded model was trained with.
var defaultClusters = clusterSet{ewt: true, glove: true, gk: 0xff, gshape: true}

// activeClusters is the set extract uses (SetClusterFeatures).
var activeClusters = defaultClusters

// SetClusterFeatures selects the cluster features of every Recognizer in
// the process, for experiments (`dyad train ner --clusters`): spec is a
// comma-separated list of "ewt", "glove" (all granularities and
// gshape), "g0" to "g3" (one granularity), "gshape", "gcap", "gctx",
// "ghead", "grank", or
// "none", or "default" for the set the embedded model was trained with. A
// model labels correctly only with the set it was trained with; call it
// before training or labelling, never while either runs.
func SetClusterFeatures(spec string) error {
	var s clusterSet
	for _, f := range strings.Split(spec, ",") {
		switch strings.TrimSpace(f) {
		case "default":
			s = defaultClusters
		case "none", "":
		case "ewt":
			s.ewt = true
		case "glove":
			s.glove, s.gk, s.gshape = true, 0xff, true
		case "g0", "g1", "g2", "g3":
			s.glove = true
			s.gk |= 1 << (f[1] - '0')
		case "gshape":
			s.gshape = true
		case "gcap":
			s.gcap = true
		case "gctx":
			s.gctx = true
		case "ghead":
			s.ghead = true
		case "grank":
			s.grank = true
		default:
			return fmt.Errorf("ner: unknown cluster feature %q", f)
		}
	}
	activeClusters = s
	return nil
}

// clusterValue is the feature value of cluster c at granularity g.
func clusterValue(g int, c uint16) string {
	return strconv.Itoa(g) + ":" + strconv.Itoa(int(c))
}

// clusterFeatures appends the cluster features of each word (see
// clusterSet). It runs after runFeatures, whose runs it reads.
func clusterFeatures(feats [][]uint64, sf *sentFeats, words []string) {
	cs := activeClusters
	if cs.ewt {
		ewtFeatures(feats, sf, words)
	}
	if cs.glove || cs.gshape || cs.gctx || cs.ghead || cs.grank {
		gloveFeatures(feats, sf, words, cs)
	}
}

// ewtFeatures adds the EWT clusters of each word at every granularity and
// the middle-granularity clusters of its neighbours.
func ewtFeatures(feats [][]uint64, sf *sentFeats, words []string) {
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

// gloveFeatures adds the GloVe cluster features of cs.
func gloveFeatures(feats [][]uint64, sf *sentFeats, words []string, cs clusterSet) {
	t, err := clusters.GloVe()
	if err != nil || t == nil || len(t.Ks()) < 2 {
		return
	}
	ng := len(t.Ks())
	mid := ng / 2 // 256 of 16/64/256/1024
	n := len(words)
	sf.gclus = grow(sf.gclus, n)
	for i := range words {
		l := sf.info[i].lower
		sf.gclus[i] = t.Lookup(l, l)
	}
	val := func(i, g int) string {
		if i < 0 || i >= n {
			return "<s>"
		}
		if c := sf.gclus[i]; c != nil {
			return clusterValue(g, c[g])
		}
		return "?"
	}
	for i := range words {
		word := !cs.gcap || words[i] != sf.info[i].lower
		if cs.glove && word {
			if c := sf.gclus[i]; c != nil {
				for g, x := range c {
					if cs.gk&(1<<g) != 0 {
						feats[i] = append(feats[i], f1(tGlove, clusterValue(g, x)))
					}
				}
			} else {
				feats[i] = append(feats[i], f1(tGlove, "?"))
			}
		}
		if cs.gshape && word {
			feats[i] = append(feats[i], f2(tGloveShape, val(i, mid), sf.info[i].short))
		}
		if cs.grank {
			l := sf.info[i].lower
			rb := strconv.Itoa(t.RankBucket(l, l))
			feats[i] = append(feats[i], f2(tGloveRank, rb, sf.info[i].short))
		}
		if cs.gctx {
			feats[i] = append(feats[i],
				f1(tGlovePrev, val(i-1, mid-1)),
				f1(tGloveNext, val(i+1, mid-1)),
				f1(tGlovePrev, val(i-1, mid)),
				f1(tGloveNext, val(i+1, mid)),
			)
		}
	}
	if cs.ghead {
		for _, r := range sf.runs {
			for i := r.first; i <= r.last; i++ {
				pos := spanPos(i, r.first, r.last)
				feats[i] = append(feats[i],
					f2(tGloveHead, pos, val(r.last, mid)),
					f2(tGloveHead, pos, val(r.last, ng-1)),
					f2(tGloveFirst, pos, val(r.first, mid)),
				)
			}
		}
	}
}
