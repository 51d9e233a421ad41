// Package tagger is dyad's part-of-speech tagger and lemmatizer: a greedy
// left-to-right averaged perceptron that predicts a word's universal tag
// (UPOS) and Penn tag (XPOS) together as one joint label, and a lemma table
// learned from the same treebank backed by suffix rules.
//
// The built-in model (model.bin, embedded) is trained on UD English EWT
// train, its epoch count chosen on EWT dev, by `dyad train tagger`. Its
// features are 64-bit hashes of templates (word, lower case, prefixes and
// suffixes of 1 to 4 letters, shape, capitalisation, hyphen and digit
// flags, the two previous predicted labels, words two either side); the
// averaged weights are pruned and stored as int16 with one scale.
package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

//go:embed model.bin
var modelBin []byte

// Default returns the built-in tagger, loaded once.
func Default() (*Tagger, error) { return loadDefault() }

var loadDefault = sync.OnceValues(func() (*Tagger, error) {
	t, err := Load(bytes.NewReader(modelBin))
	if err != nil {
		return nil, fmt.Errorf("tagger: built-in model: %w", err)
	}
	if t.closed, err = parseClosed(closedTxt, t.xpos); err != nil {
		return nil, err
	}
	t.closed.join(t.amb)
	return t, nil
})

// Tagger tags words with UPOS and Penn XPOS and lemmatizes them. It is
// safe for concurrent use.
type Tagger struct {
	upos, xpos []string // by class
	// passes are the weights of the first pass (left to right, previous
	// tags) and, if there is one, of the second, which also reads the
	// first pass's tags of the next two words.
	passes []*table
	lemmas map[lemmaKey]string
	amb    map[uint64]uint16 // lower-case word hash -> ambiguity class (>= 3)
	// sure maps the hash of a frequent word seen with one label (nearly)
	// always to that label, which the tagger gives without scoring.
	sure map[uint64]uint8
	// closed, when set (the built-in model), keeps known words out of
	// closed classes they were never seen in.
	closed *closedSet

	pool sync.Pool // *scratch
}

// table holds the weights of one pass in an open-addressed table of
// feature hashes (key 0 = empty slot). An entry is a class in bits 16-23
// and an int16 weight in the low 16 bits. A feature with at most two
// entries (70% of them on EWT) keeps them in its 16-byte slot, so that its
// lookup is one cache miss; the entries of a longer one are
// entries[off:off+n], stored contiguously, and a feature with more than
// denseMin entries (the frequent ones: bias, affixes, previous tags) is
// also a dense row of all its class weights, summed four at a time.
type table struct {
	scale   float32 // weight = int16 * scale
	slots   []slot
	mask    uint64
	feats   int
	entries []uint32
	// dense holds rows of words uint64s: class 4j+k's weight plus 32768 in
	// bits 16k to 16k+15 of word j, so that adding the even and the odd
	// 16-bit lanes of a word into two 32-bit-lane sums adds four weights
	// at once, exactly (no carry crosses a lane before 65,536 rows).
	dense []uint64
	words int
}

// slot is one feature. Inline (a&spill == 0): a is the first entry with
// the entry count (0 to 2) in bits 24-25, b the second entry (0, which
// adds nothing to class 0, when there is none). Spilled: a is spill|off,
// the low 8 bits of b are n and the high 24 bits the dense row plus one
// (0: no dense row).
type slot struct {
	key  uint64
	a, b uint32
}

const (
	spill      = 1 << 31
	countShift = 24
	rowShift   = 8
	// denseMin is the entry count above which a feature is also a dense
	// row (chosen by BenchmarkTagEWT).
	denseMin = 24
	lanes    = 0x0000FFFF0000FFFF
	bias16   = 32768
)

// inline reports whether the slot holds its entries itself.
func (sl *slot) inline() bool { return sl.a&spill == 0 }

// list returns the entries of the slot, using buf for inline ones.
func (tb *table) list(sl *slot, buf *[2]uint32) []uint32 {
	if !sl.inline() {
		off := sl.a &^ spill
		return tb.entries[off : off+sl.b&0xFF]
	}
	n := sl.a >> countShift & 3
	buf[0], buf[1] = sl.a&(1<<countShift-1), sl.b
	return buf[:n]
}

// newScratch returns scratch space for a model of n labels (n <= 256).
func newScratch(n int) *scratch {
	return &scratch{scores: make([]int32, n, 256)}
}

// scratch is the per-call working memory of the tagger; scores has
// capacity 256, one per possible class.
type scratch struct {
	ws     []wordInfo
	rs     []rune
	scores []int32
	rows   [nFeatures]int32 // dense rows of table.score
	touch  uint64           // keeps the loads of score's first loops
	found  [nFeatures]int32
	first  []uint8
	out    []uint8
}

// Labels returns the number of joint labels the tagger predicts.
func (t *Tagger) Labels() int { return len(t.upos) }

// Features returns the number of features the model stores weights for.
func (t *Tagger) Features() int {
	n := 0
	for _, p := range t.passes {
		n += p.feats
	}
	return n
}

// Passes returns the number of tagging passes (1 or 2).
func (t *Tagger) Passes() int { return len(t.passes) }

// Tag returns the UPOS and Penn XPOS tag of each word. The words are one
// sentence, tokenized the UD way ("do" "n't", "U.S.", "“").
func (t *Tagger) Tag(words []string) (upos, xpos []string) {
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	t.TagInto(words, upos, xpos)
	return upos, xpos
}

// TagInto is Tag writing into upos and xpos, which must be at least as long
// as words (either may be nil to skip it). It does not allocate once warm.
func (t *Tagger) TagInto(words []string, upos, xpos []string) {
	if len(words) == 0 {
		return
	}
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = newScratch(len(t.upos))
	}
	classes := t.predict(words, sc)
	for i, c := range classes {
		if upos != nil {
			upos[i] = t.upos[c]
		}
		if xpos != nil {
			xpos[i] = t.xpos[c]
		}
	}
	t.pool.Put(sc)
}

// prepare fills sc.ws with the padded sentence; amb maps the lower-case
// hash of a word to its ambiguity class (absent: unknown word, class 0).
// When lex is not nil, it is read instead of amb, for the ambiguity class
// and the closed-class tags of the word.
func prepare(words []string, sc *scratch, amb map[uint64]uint16, lex map[uint64]lexEntry) {
	if cap(sc.ws) < len(words)+4 {
		sc.ws = make([]wordInfo, len(words)+4)
	}
	sc.ws = sc.ws[:len(words)+4]
	sc.ws[0], sc.ws[1] = startInfo, startInfo
	sc.ws[len(words)+2], sc.ws[len(words)+3] = endInfo, endInfo
	for i, w := range words {
		wi := &sc.ws[i+2]
		sc.rs = analyze(wi, w, sc.rs)
		if lex != nil {
			e := lex[wi.lower]
			wi.amb, wi.closed = uint64(e.amb), e.closed
		} else {
			wi.amb = uint64(amb[wi.lower])
		}
	}
}

// prevTag encodes a class as the value of a tag feature; the sentence
// start and end have their own values.
func prevTag(c int) uint64 { return uint64(c) + 16 }

const (
	startTag1 = 1
	startTag2 = 2
	endTag1   = 3
	endTag2   = 4
)

// rightTags returns the encoded first-pass tags of the two words after
// word i.
func rightTags(first []uint8, i int) (r1, r2 uint64) {
	r1, r2 = endTag1, endTag2
	if i+1 < len(first) {
		r1 = prevTag(int(first[i+1]))
	}
	if i+2 < len(first) {
		r2 = prevTag(int(first[i+2]))
	}
	return r1, r2
}

func (t *Tagger) predict(words []string, sc *scratch) []uint8 {
	var lex map[uint64]lexEntry
	if t.closed != nil {
		lex = t.closed.lex
	}
	prepare(words, sc, t.amb, lex)
	var prev []uint8
	for k, tb := range t.passes {
		if k > 0 {
			sc.first, sc.out = sc.out, sc.first
			prev = sc.first
		}
		sc.out = tb.run(sc, len(words), prev, sc.out[:0], t.sure, t.closed)
	}
	return sc.out
}

// run tags the prepared sentence of n words left to right, appending the
// classes to out; first holds the first pass's classes in a second pass.
func (tb *table) run(sc *scratch, n int, first []uint8, out []uint8, sure map[uint64]uint8, closed *closedSet) []uint8 {
	var fs [nFeatures]uint64
	p1, p2 := uint64(startTag1), uint64(startTag2)
	var r1, r2 uint64
	for i := range n {
		if c, ok := sure[sc.ws[i+2].word]; ok {
			out = append(out, c)
			p2, p1 = p1, prevTag(int(c))
			continue
		}
		if first != nil {
			r1, r2 = rightTags(first, i)
		}
		features(&fs, sc.ws, i, p1, p2, r1, r2)
		best := tb.best(&fs, sc)
		if closed != nil && !closed.allowed(&sc.ws[i+2], best) {
			best = closed.bestAllowed(&sc.ws[i+2], sc.scores)
		}
		out = append(out, uint8(best))
		p2, p1 = p1, prevTag(best)
	}
	return out
}

// best returns the class with the highest score for features fs (the
// first one on a tie).
func (tb *table) best(fs *[nFeatures]uint64, sc *scratch) int {
	scores := tb.score(fs, sc)
	best := 0
	for k, s := range scores {
		if s > scores[best] {
			best = k
		}
	}
	return best
}

// score returns the scores of the classes for features fs, the sums of
// the int16 weights of the features, in sc.scores.
func (tb *table) score(fs *[nFeatures]uint64, sc *scratch) []int32 {
	n := len(sc.scores)
	scores := sc.scores[:256] // classes are uint8: no bounds checks below
	clear(scores)
	slots, mask := tb.slots, tb.mask
	// Touch the home slot of every feature first: the loads are
	// independent, so their cache misses overlap.
	var touch uint64
	for _, h := range fs {
		touch += slots[h&mask].key
	}
	// Find the slots, and touch the entries of the long sparse ones.
	found := sc.found[:0]
	for _, h := range fs {
		if h == 0 {
			continue // no feature
		}
		s := h & mask
		for slots[s].key != h {
			if slots[s].key == 0 {
				goto next
			}
			s = (s + 1) & mask
		}
		if sl := &slots[s]; sl.a&spill != 0 && sl.b>>rowShift == 0 {
			touch += uint64(tb.entries[sl.a&^spill])
		}
		found = append(found, int32(s))
	next:
	}
	sc.touch = touch
	W := tb.words
	rows := sc.rows[:0]
	for _, s := range found {
		if sl := &slots[s]; sl.a&spill == 0 {
			scores[uint8(sl.a>>16)] += int32(int16(sl.a))
			scores[uint8(sl.b>>16)] += int32(int16(sl.b))
		} else if r := int(sl.b >> rowShift); r > 0 {
			rows = append(rows, int32((r-1)*W))
		} else {
			off := sl.a &^ spill
			for _, e := range tb.entries[off : off+sl.b&0xFF] {
				scores[uint8(e>>16)] += int32(int16(e))
			}
		}
	}
	scores = scores[:n]
	if len(rows) == 0 {
		return scores
	}
	// Sum the dense rows one word (four classes) at a time over all rows,
	// the even and odd lanes in two registers.
	off := uint32(len(rows)) * bias16
	dense := tb.dense
	for j := range min(W, (n+3)/4) {
		var e, o uint64
		for _, r := range rows {
			w := dense[int(r)+j]
			e += w & lanes
			o += w >> 16 & lanes
		}
		l := 4 * j
		scores[l] += int32(uint32(e) - off)
		if l+1 < n {
			scores[l+1] += int32(uint32(o) - off)
		}
		if l+2 < n {
			scores[l+2] += int32(uint32(e>>32) - off)
		}
		if l+3 < n {
			scores[l+3] += int32(uint32(o>>32) - off)
		}
	}
	return scores
}

// lookup returns the slot of feature h, nil if the table has none.
func (tb *table) lookup(h uint64) *slot {
	if h == 0 {
		return nil // no feature
	}
	for s := h & tb.mask; ; s = (s + 1) & tb.mask {
		sl := &tb.slots[s]
		switch sl.key {
		case h:
			return sl
		case 0:
			return nil
		}
	}
}

// model file: gzip of
//
//	magic "DYADTAG\x00", version uint32
//	labels uint32, then per label: UPOS, XPOS (uvarint length + bytes)
//	passes uint8, then per pass: scale float32, features uint32, then
//	  per feature: hash uint64, entries uint8, entries x (class uint8,
//	  weight int16)
//	words uint32, then per word: lower-case hash uint64, ambiguity class uint16
//	sure words uint32, then per word: hash uint64, class uint8
//	lemmas uint32, then per entry: key, lemma (uvarint length + bytes)
const (
	magic   = "DYADTAG\x00"
	version = 4
)

// Save writes the model in its compact binary form.
func (t *Tagger) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("tagger: save: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putStr := func(s string) {
		n := binary.PutUvarint(buf[:], uint64(len(s)))
		bw.Write(buf[:n])
		bw.WriteString(s)
	}
	put := func(v any) { binary.Write(bw, binary.LittleEndian, v) }
	bw.WriteString(magic)
	put(uint32(version))
	put(uint32(len(t.upos)))
	for i := range t.upos {
		putStr(t.upos[i])
		putStr(t.xpos[i])
	}
	put(uint8(len(t.passes)))
	for _, tb := range t.passes {
		tb.save(put)
	}
	ambs := make([]uint64, 0, len(t.amb))
	for h := range t.amb {
		ambs = append(ambs, h)
	}
	sort.Slice(ambs, func(i, j int) bool { return ambs[i] < ambs[j] })
	put(uint32(len(ambs)))
	for _, h := range ambs {
		put(h)
		put(t.amb[h])
	}
	sure := make([]uint64, 0, len(t.sure))
	for h := range t.sure {
		sure = append(sure, h)
	}
	sort.Slice(sure, func(i, j int) bool { return sure[i] < sure[j] })
	put(uint32(len(sure)))
	for _, h := range sure {
		put(h)
		put(t.sure[h])
	}
	keys := make([]lemmaKey, 0, len(t.lemmas))
	for k := range t.lemmas {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].form < keys[j].form || keys[i].form == keys[j].form && keys[i].xpos < keys[j].xpos
	})
	put(uint32(len(keys)))
	for _, k := range keys {
		putStr(k.form)
		putStr(k.xpos)
		putStr(t.lemmas[k])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("tagger: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("tagger: save: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tagger: load: %w", err)
	}
	br := bufio.NewReader(zr)
	t, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("tagger: load: %w", err)
	}
	// Reading to the end checks the gzip checksum.
	if n, err := io.Copy(io.Discard, br); err != nil || n != 0 {
		return nil, fmt.Errorf("tagger: load: %d bytes after the model (%v)", n, err)
	}
	return t, nil
}

var errFormat = errors.New("not a tagger model")

func readModel(br *bufio.Reader) (*Tagger, error) {
	var m [len(magic)]byte
	if _, err := io.ReadFull(br, m[:]); err != nil || string(m[:]) != magic {
		return nil, errFormat
	}
	get := func(v any) error { return binary.Read(br, binary.LittleEndian, v) }
	getStr := func() (string, error) {
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return "", err
		}
		if n > 1<<16 {
			return "", errFormat
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b), err
	}
	var ver, nl uint32
	if err := get(&ver); err != nil {
		return nil, err
	}
	if ver != version {
		return nil, fmt.Errorf("model version %d, want %d", ver, version)
	}
	if err := get(&nl); err != nil {
		return nil, err
	}
	if nl == 0 || nl > 256 {
		return nil, fmt.Errorf("%d labels", nl)
	}
	t := &Tagger{upos: make([]string, nl), xpos: make([]string, nl)}
	for i := range t.upos {
		var err error
		if t.upos[i], err = getStr(); err != nil {
			return nil, err
		}
		if t.xpos[i], err = getStr(); err != nil {
			return nil, err
		}
	}
	var np uint8
	if err := get(&np); err != nil {
		return nil, err
	}
	if np < 1 || np > 2 {
		return nil, fmt.Errorf("%d passes", np)
	}
	for range np {
		tb, err := readTable(get, nl)
		if err != nil {
			return nil, err
		}
		t.passes = append(t.passes, tb)
	}
	var namb uint32
	if err := get(&namb); err != nil {
		return nil, err
	}
	if namb > 1<<22 {
		return nil, fmt.Errorf("%d ambiguity entries", namb)
	}
	t.amb = make(map[uint64]uint16, namb)
	for range namb {
		var h uint64
		var c uint16
		if err := get(&h); err != nil {
			return nil, err
		}
		if err := get(&c); err != nil {
			return nil, err
		}
		t.amb[h] = c
	}
	var nsure uint32
	if err := get(&nsure); err != nil {
		return nil, err
	}
	if nsure > 1<<22 {
		return nil, fmt.Errorf("%d sure words", nsure)
	}
	t.sure = make(map[uint64]uint8, nsure)
	for range nsure {
		var h uint64
		var c uint8
		if err := get(&h); err != nil {
			return nil, err
		}
		if err := get(&c); err != nil {
			return nil, err
		}
		if uint32(c) >= nl {
			return nil, fmt.Errorf("class %d of %d", c, nl)
		}
		t.sure[h] = c
	}
	var nlem uint32
	if err := get(&nlem); err != nil {
		return nil, err
	}
	if nlem > 1<<22 {
		return nil, fmt.Errorf("%d lemmas", nlem)
	}
	t.lemmas = make(map[lemmaKey]string, nlem)
	for range nlem {
		var k lemmaKey
		var v string
		var err error
		if k.form, err = getStr(); err != nil {
			return nil, err
		}
		if k.xpos, err = getStr(); err != nil {
			return nil, err
		}
		if v, err = getStr(); err != nil {
			return nil, err
		}
		t.lemmas[k] = v
	}
	return t, nil
}

// save writes the table: scale, then features in hash order (so that the
// same model makes the same file).
func (tb *table) save(put func(any)) {
	put(tb.scale)
	feats := make([]*slot, 0, tb.feats)
	for i := range tb.slots {
		if tb.slots[i].key != 0 {
			feats = append(feats, &tb.slots[i])
		}
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].key < feats[j].key })
	put(uint32(len(feats)))
	var buf [2]uint32
	for _, f := range feats {
		es := tb.list(f, &buf)
		put(f.key)
		put(uint8(len(es)))
		for _, e := range es {
			put(uint8(e >> 16))
			put(int16(e))
		}
	}
}

func readTable(get func(any) error, nl uint32) (*table, error) {
	tb := &table{}
	if err := get(&tb.scale); err != nil {
		return nil, err
	}
	var nf uint32
	if err := get(&nf); err != nil {
		return nil, err
	}
	if nf > 1<<26 {
		return nil, fmt.Errorf("%d features", nf)
	}
	b := newBuilder(int(nf))
	for range nf {
		var h uint64
		var n uint8
		if err := get(&h); err != nil {
			return nil, err
		}
		if err := get(&n); err != nil {
			return nil, err
		}
		for range n {
			var c uint8
			var w int16
			if err := get(&c); err != nil {
				return nil, err
			}
			if err := get(&w); err != nil {
				return nil, err
			}
			if uint32(c) >= nl {
				return nil, fmt.Errorf("class %d of %d", c, nl)
			}
			b.add(c, w)
		}
		if !b.end(h) {
			return nil, fmt.Errorf("feature %x twice or zero", h)
		}
	}
	if len(b.entries) >= spill {
		return nil, fmt.Errorf("%d weights", len(b.entries))
	}
	b.finish(tb)
	return tb, nil
}

// builder assembles the feature table of a Tagger.
type builder struct {
	slots   []feature
	entries []uint32
	seen    map[uint64]bool
	off     uint32
}

// feature is a feature hash and the place of its entries in a builder.
type feature struct {
	key    uint64
	off, n uint32
}

func newBuilder(n int) *builder {
	return &builder{slots: make([]feature, 0, n), seen: make(map[uint64]bool, n)}
}

func (b *builder) add(c uint8, w int16) {
	b.entries = append(b.entries, uint32(c)<<16|uint32(uint16(w)))
}

// end closes the entries of feature h; false if h is 0 or came before.
func (b *builder) end(h uint64) bool {
	if h == 0 || b.seen[h] {
		return false
	}
	b.seen[h] = true
	n := uint32(len(b.entries))
	b.slots = append(b.slots, feature{key: h, off: b.off, n: n - b.off})
	b.off = n
	return true
}

func (b *builder) finish(t *table) {
	size := 1
	for size*7 < len(b.slots)*10+1 {
		size <<= 1
	}
	t.slots = make([]slot, size)
	t.mask = uint64(size - 1)
	t.feats = len(b.slots)
	var spilled []uint32
	maxClass := 0
	for _, e := range b.entries {
		maxClass = max(maxClass, int(uint8(e>>16)))
	}
	t.words = (maxClass + 4) / 4
	t.dense = nil
	rows := 0
	for _, sl := range b.slots {
		es := b.entries[sl.off : sl.off+sl.n]
		var packed slot
		packed.key = sl.key
		if len(es) <= 2 {
			packed.a = uint32(len(es)) << countShift
			if len(es) > 0 {
				packed.a |= es[0]
			}
			if len(es) > 1 {
				packed.b = es[1]
			}
		} else {
			packed.a = spill | uint32(len(spilled))
			packed.b = uint32(len(es))
			spilled = append(spilled, es...)
			if len(es) > denseMin && rows < 1<<24-1 && distinct(es) {
				row := make([]uint64, t.words)
				for j := range row {
					row[j] = bias16 | bias16<<16 | bias16<<32 | bias16<<48
				}
				for _, e := range es {
					c := int(uint8(e >> 16))
					sh := 16 * uint(c%4)
					row[c/4] = row[c/4]&^(0xFFFF<<sh) | uint64(uint16(int16(e))+bias16)<<sh
				}
				t.dense = append(t.dense, row...)
				rows++
				packed.b |= uint32(rows) << rowShift
			}
		}
		s := sl.key & t.mask
		for t.slots[s].key != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = packed
	}
	t.entries = spilled
}

// distinct reports whether no class has two of the entries es.
func distinct(es []uint32) bool {
	var seen [256]bool
	for _, e := range es {
		c := uint8(e >> 16)
		if seen[c] {
			return false
		}
		seen[c] = true
	}
	return true
}

// quantize returns the int16 for weight w at scale s.
func quantize(w float64, s float32) int16 {
	q := math.Round(w / float64(s))
	return int16(max(-32767, min(32767, q)))
}
