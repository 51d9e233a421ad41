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
	return t, nil
})

// Tagger tags words with UPOS and Penn XPOS and lemmatizes them. It is
// safe for concurrent use.
type Tagger struct {
	upos, xpos []string // by class
	scale      float32  // weight = int16 * scale

	// Open-addressed table of feature hashes: keys[slot] is a hash (0 =
	// empty), rows[slot] the feature's index into start.
	keys  []uint64
	rows  []uint32
	mask  uint64
	start []uint32 // entries of feature f are [start[f], start[f+1])
	class []uint8
	wt    []int16

	lemmas map[lemmaKey]string

	pool sync.Pool // *scratch
}

type scratch struct {
	ws     []wordInfo
	rs     []rune
	scores []int32
	out    []uint8
}

// Labels returns the number of joint labels the tagger predicts.
func (t *Tagger) Labels() int { return len(t.upos) }

// Features returns the number of features the model stores weights for.
func (t *Tagger) Features() int { return len(t.start) - 1 }

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
		sc = &scratch{scores: make([]int32, len(t.upos))}
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

// prepare fills sc.ws with the padded sentence.
func prepare(words []string, sc *scratch) {
	if cap(sc.ws) < len(words)+4 {
		sc.ws = make([]wordInfo, len(words)+4)
	}
	sc.ws = sc.ws[:len(words)+4]
	sc.ws[0], sc.ws[1] = startInfo, startInfo
	sc.ws[len(words)+2], sc.ws[len(words)+3] = endInfo, endInfo
	for i, w := range words {
		sc.rs = analyze(&sc.ws[i+2], w, sc.rs)
	}
}

// prevTag encodes a class as the previous-tag value of features; the
// sentence start has its own values.
func prevTag(c int) uint64 { return uint64(c) + 16 }

const (
	startTag1 = 1
	startTag2 = 2
)

func (t *Tagger) predict(words []string, sc *scratch) []uint8 {
	prepare(words, sc)
	sc.out = sc.out[:0]
	var fs [nFeatures]uint64
	p1, p2 := uint64(startTag1), uint64(startTag2)
	for i := range words {
		features(&fs, sc.ws, i, p1, p2)
		for k := range sc.scores {
			sc.scores[k] = 0
		}
		for _, f := range fs {
			r, ok := t.lookup(f)
			if !ok {
				continue
			}
			for e := t.start[r]; e < t.start[r+1]; e++ {
				sc.scores[t.class[e]] += int32(t.wt[e])
			}
		}
		best := 0
		for k, s := range sc.scores {
			if s > sc.scores[best] {
				best = k
			}
		}
		sc.out = append(sc.out, uint8(best))
		p2, p1 = p1, prevTag(best)
	}
	return sc.out
}

func (t *Tagger) lookup(h uint64) (uint32, bool) {
	if h == 0 {
		h = 1
	}
	for s := h & t.mask; ; s = (s + 1) & t.mask {
		switch t.keys[s] {
		case h:
			return t.rows[s], true
		case 0:
			return 0, false
		}
	}
}

// model file: gzip of
//
//	magic "DYADTAG\x00", version uint32
//	labels uint32, then per label: UPOS, XPOS (uvarint length + bytes)
//	scale float32
//	features uint32, then per feature: hash uint64, entries uint8,
//	  entries x (class uint8, weight int16)
//	lemmas uint32, then per entry: key, lemma (uvarint length + bytes)
const (
	magic   = "DYADTAG\x00"
	version = 1
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
	put(t.scale)
	// Features in hash order, so that the file is the same for the same model.
	type fr struct {
		h uint64
		r uint32
	}
	feats := make([]fr, 0, len(t.start)-1)
	for s, k := range t.keys {
		if k != 0 {
			feats = append(feats, fr{k, t.rows[s]})
		}
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].h < feats[j].h })
	put(uint32(len(feats)))
	for _, f := range feats {
		put(f.h)
		a, b := t.start[f.r], t.start[f.r+1]
		put(uint8(b - a))
		for e := a; e < b; e++ {
			put(t.class[e])
			put(t.wt[e])
		}
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
	t, err := readModel(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("tagger: load: %w", err)
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
	if err := get(&t.scale); err != nil {
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
			return nil, fmt.Errorf("feature %x twice", h)
		}
	}
	b.finish(t)
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

// builder assembles the feature table of a Tagger.
type builder struct {
	hashes []uint64
	start  []uint32
	class  []uint8
	wt     []int16
	seen   map[uint64]bool
}

func newBuilder(n int) *builder {
	return &builder{hashes: make([]uint64, 0, n), start: append(make([]uint32, 0, n+1), 0), seen: make(map[uint64]bool, n)}
}

func (b *builder) add(c uint8, w int16) {
	b.class = append(b.class, c)
	b.wt = append(b.wt, w)
}

// end closes the entries of feature h; false if h came before.
func (b *builder) end(h uint64) bool {
	if h == 0 {
		h = 1
	}
	if b.seen[h] {
		return false
	}
	b.seen[h] = true
	b.hashes = append(b.hashes, h)
	b.start = append(b.start, uint32(len(b.class)))
	return true
}

func (b *builder) finish(t *Tagger) {
	size := 1
	for size < 2*len(b.hashes)+1 {
		size <<= 1
	}
	t.keys = make([]uint64, size)
	t.rows = make([]uint32, size)
	t.mask = uint64(size - 1)
	for r, h := range b.hashes {
		s := h & t.mask
		for t.keys[s] != 0 {
			s = (s + 1) & t.mask
		}
		t.keys[s], t.rows[s] = h, uint32(r)
	}
	t.start, t.class, t.wt = b.start, b.class, b.wt
}

// quantize returns the int16 for weight w at scale s.
func quantize(w float64, s float32) int16 {
	q := math.Round(w / float64(s))
	return int16(max(-32767, min(32767, q)))
}

