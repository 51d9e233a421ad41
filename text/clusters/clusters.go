// Package clusters holds word clusters, at several granularities, that the
// name recogniser (text/ner) reads as features that generalise beyond the
// words its small labelled data show. Default is the table learned without
// labels from the words of UD English EWT (words that occur in similar
// contexts, the words one and two to the left and right, share a cluster);
// GloVe is the table of the 200,000 most frequent words of GloVe 6B,
// clustered by their pre-trained vectors (BuildVectors).
//
// clusters.txt is built by `dyad train clusters` from the words of UD
// English EWT train and dev (CC BY-SA 4.0, as is the file), glove.txt by
// `dyad train clusters --glove` (public domain, ODC PDDL 1.0; see
// README.md): one line per word, the word and its cluster at each
// granularity, tab-separated, after a "# k ..." line naming the
// granularities.
package clusters

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"io"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed clusters.txt
var clustersTxt string

// Table maps a word to its clusters, one per granularity. It is immutable
// and safe for concurrent use.
type Table struct {
	ks []int
	// words holds per word its cluster at each granularity, then its rank
	// bucket (RankBucket).
	words map[string][]uint16
}

var defaultTable = sync.OnceValues(func() (*Table, error) {
	return Parse(clustersTxt)
})

// Default returns the table of the embedded clusters.txt, parsed once.
func Default() (*Table, error) { return defaultTable() }

// Ks returns the granularities (cluster counts), coarsest first as written.
func (t *Table) Ks() []int { return t.ks }

// Lookup returns the clusters of w (its exact form, else lower, its lower
// case form), one per granularity, or nil for a word the table lacks. The
// slice is the table's: callers must not change it.
func (t *Table) Lookup(w, lower string) []uint16 {
	if t == nil {
		return nil
	}
	c, ok := t.words[w]
	if !ok {
		c = t.words[lower]
	}
	if c == nil {
		return nil
	}
	return c[:len(t.ks):len(t.ks)]
}

// RankBucket returns the rank bucket of w (its exact form, else lower)
// by its line in the file: 1 for the first word, 2 for the next two, 3
// for the next four, and so on (bits.Len of the line number counted from
// 1), or 0 for a word the table lacks. In a file written most frequent
// word first (glove.txt) it is a log-frequency class.
func (t *Table) RankBucket(w, lower string) int {
	if t == nil {
		return 0
	}
	c, ok := t.words[w]
	if !ok {
		c = t.words[lower]
	}
	if c == nil {
		return 0
	}
	return int(c[len(t.ks)])
}

// Parse reads the cluster file format.
func Parse(data string) (*Table, error) {
	lines := strings.Count(data, "\n") + 1
	t := &Table{words: make(map[string][]uint16, lines)}
	var slab []uint16 // backing store of the entries, allocated once the granularities are known
	nw := 0           // word lines so far
	seenK := false    // the "# k" line has been read
	n := 0
	for line := range strings.Lines(data) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "# k"); ok {
			if seenK {
				return nil, fmt.Errorf("clusters: line %d: a second granularity line", n)
			}
			seenK = true
			for _, f := range strings.Fields(rest) {
				k, err := strconv.Atoi(f)
				if err != nil || k <= 0 || k > math.MaxUint16 {
					return nil, fmt.Errorf("clusters: line %d: bad granularity %q", n, f)
				}
				t.ks = append(t.ks, k)
			}
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if !seenK {
			return nil, fmt.Errorf("clusters: line %d: a word before the \"# k\" line", n)
		}
		nk := len(t.ks)
		if len(slab) < nk+1 {
			slab = make([]uint16, (nk+1)*max(lines-n+1, 1))
		}
		c := slab[: nk+1 : nk+1]
		slab = slab[nk+1:]
		w, rest, _ := strings.Cut(line, "\t")
		if w == "" {
			return nil, fmt.Errorf("clusters: line %d: want a word and %d clusters", n, nk)
		}
		for i := 0; i < nk; i++ {
			var f string
			var more bool
			f, rest, more = strings.Cut(rest, "\t")
			if f == "" || more != (i < nk-1) {
				return nil, fmt.Errorf("clusters: line %d: want a word and %d clusters", n, nk)
			}
			v, err := strconv.Atoi(f)
			if err != nil || v < 0 || v >= t.ks[i] {
				return nil, fmt.Errorf("clusters: line %d: bad cluster %q", n, f)
			}
			c[i] = uint16(v)
		}
		if nk == 0 && rest != "" {
			return nil, fmt.Errorf("clusters: line %d: want a word and %d clusters", n, nk)
		}
		nw++
		c[nk] = uint16(min(bits.Len(uint(nw)), math.MaxUint16))
		t.words[w] = c
	}
	return t, nil
}

// Options are the settings of Build.
type Options struct {
	Ks       []int  // granularities (cluster counts), e.g. 32, 128, 512
	MinCount int    // fewest occurrences a word needs (default 3)
	Contexts int    // most frequent words used as context dimensions (default 1000)
	Iter     int    // k-means iterations (default 20)
	Seed     uint64 // initialisation seed
	Lower    bool   // cluster lower-case forms (sents are lower-cased in place)
}

// Build clusters the words of sents by their contexts: each word
// is a vector of positive pointwise mutual information with the frequent
// words one and two places to its left and right; spherical k-means groups
// the vectors, once per granularity. It is deterministic for a given Seed
// and writes the cluster file to w.
func Build(ctx context.Context, sents [][]string, opt Options, w io.Writer) error {
	if opt.MinCount <= 0 {
		opt.MinCount = 3
	}
	if opt.Contexts <= 0 {
		opt.Contexts = 1000
	}
	if opt.Iter <= 0 {
		opt.Iter = 20
	}
	if len(opt.Ks) == 0 {
		return fmt.Errorf("clusters: no granularity")
	}
	count := map[string]int{}
	lowerCount := map[string]int{}
	for _, s := range sents {
		for i, x := range s {
			if opt.Lower {
				x = strings.ToLower(x)
				s[i] = x
			}
			count[x]++
			lowerCount[strings.ToLower(x)]++
		}
	}
	// context dimensions: the most frequent lower-case words
	ctxWords := make([]string, 0, len(lowerCount))
	for x := range lowerCount {
		ctxWords = append(ctxWords, x)
	}
	slices.SortFunc(ctxWords, func(a, b string) int {
		if lowerCount[a] != lowerCount[b] {
			return lowerCount[b] - lowerCount[a]
		}
		return strings.Compare(a, b)
	})
	ctxWords = ctxWords[:min(len(ctxWords), opt.Contexts)]
	ctxIndex := map[string]int{}
	for i, x := range ctxWords {
		ctxIndex[x] = i
	}
	nc := len(ctxWords) + 1 // the last dimension: any other word
	// vocabulary
	var vocab []string
	for x, n := range count {
		if n >= opt.MinCount {
			vocab = append(vocab, x)
		}
	}
	slices.Sort(vocab)
	vIndex := map[string]int{}
	for i, x := range vocab {
		vIndex[x] = i
	}
	// co-occurrence counts at offsets -2, -1, +1, +2
	offsets := [...]int{-2, -1, 1, 2}
	dims := len(offsets) * nc
	co := make([]map[int32]float64, len(vocab))
	for i := range co {
		co[i] = map[int32]float64{}
	}
	dimTotal := make([]float64, dims)
	total := 0.0
	for _, s := range sents {
		for i, x := range s {
			v, ok := vIndex[x]
			if !ok {
				continue
			}
			for oi, o := range offsets {
				j := i + o
				c := nc - 1
				switch {
				case j < 0 || j >= len(s):
					c = nc - 1 // the sentence edge counts as "other"
				default:
					if k, ok := ctxIndex[strings.ToLower(s[j])]; ok {
						c = k
					}
				}
				d := int32(oi*nc + c)
				co[v][d]++
				dimTotal[d]++
				total++
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	// PPMI vectors, unit length, sparse
	type entry struct {
		d int32
		v float32
	}
	vecs := make([][]entry, len(vocab))
	for i, m := range co {
		rowTotal := 0.0
		for _, n := range m {
			rowTotal += n
		}
		var e []entry
		norm := 0.0
		for d, n := range m {
			pmi := math.Log(n * total / (rowTotal * dimTotal[d]))
			if pmi > 0 {
				e = append(e, entry{d, float32(pmi)})
				norm += pmi * pmi
			}
		}
		slices.SortFunc(e, func(a, b entry) int { return int(a.d - b.d) })
		if norm > 0 {
			s := float32(1 / math.Sqrt(norm))
			for k := range e {
				e[k].v *= s
			}
		}
		vecs[i] = e
	}
	assign := make([][]uint16, len(vocab))
	for i := range assign {
		assign[i] = make([]uint16, len(opt.Ks))
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x636c7573))
	for ki, k := range opt.Ks {
		k = min(k, len(vocab))
		if k <= 0 {
			break
		}
		// initial centroids: k words drawn without replacement, frequent words first
		order := rng.Perm(len(vocab))
		cent := make([][]float32, k)
		for c := range cent {
			cent[c] = make([]float32, dims)
			for _, e := range vecs[order[c]] {
				cent[c][e.d] = e.v
			}
		}
		lab := make([]int, len(vocab))
		for it := 0; it < opt.Iter; it++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			changed := 0
			for i, v := range vecs {
				best, bs := 0, float32(-1)
				for c := range cent {
					var s float32
					cc := cent[c]
					for _, e := range v {
						s += cc[e.d] * e.v
					}
					if s > bs {
						best, bs = c, s
					}
				}
				if lab[i] != best || it == 0 {
					changed++
				}
				lab[i] = best
			}
			for c := range cent {
				clear(cent[c])
			}
			for i, v := range vecs {
				cc := cent[lab[i]]
				for _, e := range v {
					cc[e.d] += e.v
				}
			}
			for c := range cent {
				norm := 0.0
				for _, x := range cent[c] {
					norm += float64(x) * float64(x)
				}
				if norm == 0 {
					// an empty cluster takes a random word
					for _, e := range vecs[rng.IntN(len(vecs))] {
						cent[c][e.d] = e.v
					}
					continue
				}
				s := float32(1 / math.Sqrt(norm))
				for d := range cent[c] {
					cent[c][d] *= s
				}
			}
			if changed == 0 {
				break
			}
		}
		for i := range vocab {
			assign[i][ki] = uint16(lab[i])
		}
	}
	header := []string{
		"word clusters for text/ner and text/parser, built by `dyad train clusters` (spherical k-means over PPMI context vectors)",
		fmt.Sprintf("from the words of UD English EWT (CC BY-SA 4.0); min count %d, %d context words, seed %d", opt.MinCount, len(ctxWords), opt.Seed),
	}
	return writeTable(w, header, opt.Ks, vocab, func(i int) []uint16 { return assign[i] })
}

// writeTable writes a cluster file as Parse reads it: the header lines as
// comments, the granularities, then each word and its clusters(i),
// tab-separated. Words Parse could not read back (empty, with a tab or a
// line break, or starting with "#", which marks a comment) are left out.
func writeTable(w io.Writer, header []string, ks []int, words []string, clusters func(i int) []uint16) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	fmt.Fprintf(bw, "# k")
	for _, k := range ks {
		fmt.Fprintf(bw, " %d", k)
	}
	fmt.Fprintln(bw)
	for i, x := range words {
		if x == "" || strings.ContainsAny(x, "\t\n\r") || strings.HasPrefix(x, "#") {
			continue
		}
		bw.WriteString(x)
		for _, c := range clusters(i) {
			fmt.Fprintf(bw, "\t%d", c)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
