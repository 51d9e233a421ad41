// Package parser is a labeled dependency parser for English: given the
// words of a sentence with their UPOS and Penn (XPOS) tags it returns a
// Universal Dependencies tree, each word's head and relation (nsubj, obj,
// obl:agent, acl:relcl ...), with the relation set of UD English EWT.
//
// It is a transition-based parser (arc-eager, one root per sentence)
// whose actions are scored by an averaged perceptron over the rich
// feature templates of Zhang and Nivre (2011). A model decodes greedily
// or with a beam (beam.go): the built-in one keeps the 4 best
// configurations and was trained globally with max-violation updates
// (Huang, Fayong and Guo 2012); greedy models are trained with the
// dynamic oracle of Goldberg and Nivre (2012) and error exploration. Each
// arc gets its label from a second perceptron as it is made. Features are
// hashed into fixed-size weight tables and the weights are stored as
// 16-bit integers. Non-projective training trees are made projective by
// lifting arcs (Nivre and Nilsson 2005, without encoding the lifts in the
// labels), so the parser outputs projective trees.
//
// The built-in model (Default) was trained on UD English EWT; see
// README.md next to it.
package parser

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
)

// Parser parses tagged sentences. It is safe for concurrent use.
type Parser struct {
	labels    []string
	root      int    // id of the "root" label
	leftOK    []bool // label may attach a word to a head on its right
	rightOK   []bool // ... to a head on its left
	actBits   uint
	labBits   uint
	actScale  float32 // a stored weight times actScale is the trained weight
	labScale  float32
	beam      int  // beam width; 1: greedy decoding
	joint     bool // beam: arcs ranked with their label's score
	statePool sync.Pool
	beamPool  sync.Pool

	// act and lab hold the 16-bit weights four to a word (see pack):
	// act one word per row (the nActions weights of a feature), lab
	// labStride words per row (the weights of every label, padded to a
	// multiple of four).
	act       []uint64
	lab       []uint64
	labStride int
}

// Beam returns the width of the beam the parser decodes with (1: greedy).
func (p *Parser) Beam() int { return max(p.beam, 1) }

// WithBeam returns a parser that shares p's weights and decodes with a
// beam of width k (k <= 1: greedy). A model is best run with the width it
// was trained with (Beam).
func (p *Parser) WithBeam(k int) *Parser {
	return &Parser{labels: p.labels, root: p.root, leftOK: p.leftOK, rightOK: p.rightOK,
		actBits: p.actBits, labBits: p.labBits, actScale: p.actScale, labScale: p.labScale,
		beam: max(k, 1), joint: p.joint, act: p.act, lab: p.lab, labStride: p.labStride}
}

// Labels returns the relations the parser can output.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// scorer scores actions and labels; the trained Parser and the training
// weights both implement it.
type scorer interface {
	actionScores(feats []uint64, out *[nActions]float64)
	labelScores(feats []uint64, out []float64)
}

// The weight tables are kept packed for scoring: each 64-bit word holds
// four int16 weights w as the unsigned lanes w+32768 (bits 0-15, 16-31,
// 32-47, 48-63). Summing a word's even lanes (mask evenLanes) and its odd
// lanes (shifted down 16) into two 64-bit accumulators adds four weights
// at once in two 32-bit lanes each; a lane holds at most
// maxFeats*65535 < 2^32, so no carry crosses lanes, and subtracting
// count*32768 gives the exact int32 sum of the weights, as adding them one
// by one would.
const (
	laneBias  = 32768
	evenLanes = 0x0000ffff0000ffff
	maxFeats  = 65536
)

// pack returns the weights w packed four to a word, with rows of
// rowLen weights becoming rows of (rowLen+3)/4 words; padding lanes hold
// the weight 0.
func pack(w []int16, rowLen int) []uint64 {
	out := make([]uint64, len(w)/rowLen*((rowLen+3)/4))
	packInto(out, w, rowLen)
	return out
}

// packInto packs the rows of w into out, which has room for them.
func packInto(out []uint64, w []int16, rowLen int) {
	stride := (rowLen + 3) / 4
	rows := len(w) / rowLen
	for r := 0; r < rows; r++ {
		src := w[r*rowLen : (r+1)*rowLen]
		dst := out[r*stride : (r+1)*stride]
		for k := range dst {
			var word uint64
			for j := 0; j < 4; j++ {
				v := int32(0)
				if i := 4*k + j; i < rowLen {
					v = int32(src[i])
				}
				word |= uint64(uint16(v+laneBias)) << (16 * j)
			}
			dst[k] = word
		}
	}
}

// readPacked reads a table of rows rows of rowLen int16 weights and
// returns it packed, reading a block of rows at a time.
func readPacked(r io.Reader, rows, rowLen int) ([]uint64, error) {
	stride := (rowLen + 3) / 4
	out := make([]uint64, rows*stride)
	const block = 4096
	buf := make([]int16, block*rowLen)
	for r0 := 0; r0 < rows; r0 += block {
		n := min(block, rows-r0)
		if err := binary.Read(r, binary.LittleEndian, buf[:n*rowLen]); err != nil {
			return nil, err
		}
		packInto(out[r0*stride:(r0+n)*stride], buf[:n*rowLen], rowLen)
	}
	return out, nil
}

// unpack is the inverse of pack.
func unpack(p []uint64, rowLen int) []int16 {
	stride := (rowLen + 3) / 4
	rows := len(p) / stride
	out := make([]int16, rows*rowLen)
	for r := 0; r < rows; r++ {
		for i := 0; i < rowLen; i++ {
			lane := uint16(p[r*stride+i/4] >> (16 * (i % 4)))
			out[r*rowLen+i] = int16(int32(lane) - laneBias)
		}
	}
	return out
}

// setWeights packs the quantized tables act (rows of nActions) and lab
// (rows of len(p.labels)) into p.
func (p *Parser) setWeights(act, lab []int16) {
	p.act = pack(act, nActions)
	p.lab = pack(lab, len(p.labels))
	p.labStride = (len(p.labels) + 3) / 4
}

func (p *Parser) actionScores(feats []uint64, out *[nActions]float64) {
	mask := uint64(1)<<p.actBits - 1
	act := p.act[:mask+1]
	var even, odd uint64
	feats = feats[:min(len(feats), maxFeats)]
	for _, f := range feats {
		w := act[f&mask]
		even += w & evenLanes
		odd += w >> 16 & evenLanes
	}
	actionOut(even, odd, len(feats), out)
}

// actionSums returns the packed lane sums (see actionScores) of the
// action weights of the features in the slots of feats.
func (p *Parser) actionSums(feats []uint64, slots []int) (even, odd uint64) {
	mask := uint64(1)<<p.actBits - 1
	act := p.act[:mask+1]
	for _, i := range slots {
		w := act[feats[i]&mask]
		even += w & evenLanes
		odd += w >> 16 & evenLanes
	}
	return even, odd
}

// actionOut unpacks the lane sums of n features into the four scores.
func actionOut(even, odd uint64, n int, out *[nActions]float64) {
	bias := int64(n) * laneBias
	out[0] = float64(int64(uint32(even)) - bias)
	out[1] = float64(int64(uint32(odd)) - bias)
	out[2] = float64(int64(even>>32) - bias)
	out[3] = float64(int64(odd>>32) - bias)
}

// labelScores sums the label rows of the features one word (four labels)
// at a time, with the running sums in registers: the rows, looked up
// once, stay in the L1 cache across the passes.
func (p *Parser) labelScores(feats []uint64, out []float64) {
	mask := uint64(1)<<p.labBits - 1
	S := uint64(p.labStride)
	var offBuf [64]uint64
	off := offBuf[:0]
	if len(feats) > len(offBuf) {
		off = make([]uint64, 0, len(feats))
	}
	for _, f := range feats[:min(len(feats), maxFeats)] {
		off = append(off, (f&mask)*S)
	}
	lab := p.lab
	bias := int64(len(off)) * laneBias
	n := min(len(out), 4*int(S))
	for k := uint64(0); k < S; k++ {
		var even, odd uint64
		for _, o := range off {
			w := lab[o+k]
			even += w & evenLanes
			odd += w >> 16 & evenLanes
		}
		v := [4]int64{int64(uint32(even)) - bias, int64(uint32(odd)) - bias, int64(even>>32) - bias, int64(odd>>32) - bias}
		j := int(4 * k)
		if j+4 <= n {
			out[j], out[j+1], out[j+2], out[j+3] = float64(v[0]), float64(v[1]), float64(v[2]), float64(v[3])
			continue
		}
		for i := 0; j+i < n; i++ {
			out[j+i] = float64(v[i])
		}
	}
}

func (p *Parser) getState() *state {
	if s, ok := p.statePool.Get().(*state); ok {
		return s
	}
	return &state{feats: make([]uint64, max(nActFeats, nLabFeats)), scores: make([]float64, len(p.labels))}
}

// Parse returns the head of each word (1-based, 0 for the root of the
// sentence, as in CoNLL-U) and its relation. upos and xpos are the words'
// tags; missing tags are read as unknown. The result is always a tree:
// exactly one word has head 0, and every word reaches it. An empty
// sentence gives nil slices.
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, rels []string) {
	n := len(words)
	if n == 0 {
		return nil, nil
	}
	s := p.getState()
	defer p.statePool.Put(s)
	prepare(s, words, upos, xpos)
	m := meta{labels: p.labels, root: p.root, leftOK: p.leftOK, rightOK: p.rightOK}
	if p.beam > 1 {
		b, ok := p.beamPool.Get().(*beam)
		if !ok {
			b = newBeam(len(p.labels))
		}
		defer p.beamPool.Put(b)
		b.joint = 0
		if p.joint {
			b.joint = float64(p.labScale) / float64(p.actScale)
		}
		s = b.search(s, p, &m, p.beam, nil)
		finish(s, p, &m)
	} else {
		decode(s, p, &m, nil)
	}
	heads = make([]int, n)
	rels = make([]string, n)
	for i := 1; i <= n; i++ {
		heads[i-1] = int(s.head[i])
		rels[i-1] = p.labels[s.lab[i]]
	}
	return heads, rels
}

// prepare resets s for a sentence and hashes its words and tags.
func prepare(s *state, words, upos, xpos []string) {
	n := len(words)
	s.reset(n)
	s.toks[0] = tok{w: hRoot, x: hRoot, u: hRoot, suf: hRoot, shape: hRoot}
	for i, w := range words {
		t := &s.toks[i+1]
		t.w, t.suf, t.shape = hashWord(w)
		t.x, t.u = hashString(""), hashString("u:")
		if i < len(xpos) {
			t.x = hashString(xpos[i])
		}
		if i < len(upos) {
			t.u = mix(hashString(upos[i]), 7)
		}
	}
}

// meta is what decoding needs besides the weights.
type meta struct {
	labels          []string
	root            int
	leftOK, rightOK []bool
}

// oracle, when not nil, drives decoding during training: it sees each
// configuration and the model's scores and returns the action to take and
// the label of the arc, if the action adds one (-1: let the model label).
type oracle func(s *state, scores *[nActions]float64) (action int)

// decode parses the sentence prepared in s.
func decode(s *state, sc scorer, m *meta, or oracle) {
	var scores [nActions]float64
	for !s.terminal() {
		s.actionFeatures(s.feats)
		sc.actionScores(s.feats[:nActFeats], &scores)
		var a int
		if or != nil {
			a = or(s, &scores)
		} else {
			a = -1
			for c := 0; c < nActions; c++ {
				if s.valid(c) && (a < 0 || scores[c] > scores[a]) {
					a = c
				}
			}
		}
		l := -1
		switch a {
		case leftArc:
			l = s.chooseLabel(sc, m, int32(s.b), int32(s.s0()))
		case rightArc:
			l = s.chooseLabel(sc, m, int32(s.s0()), int32(s.b))
		}
		s.apply(a, l)
	}
	finish(s, sc, m)
}

// labelHook, when set during training, chooses (and learns) the label of
// an arc instead of the model alone.
type labelChooser interface {
	choose(s *state, m *meta, h, d int32, scores []float64) int
}

// chooseLabel returns the best label for the arc h -> d.
func (s *state) chooseLabel(sc scorer, m *meta, h, d int32) int {
	if h == 0 {
		return m.root
	}
	s.labelFeatures(s.feats, h, d)
	sc.labelScores(s.feats[:nLabFeats], s.scores)
	if lc, ok := sc.(labelChooser); ok {
		return lc.choose(s, m, h, d, s.scores)
	}
	return bestLabel(m, h, d, s.scores)
}

func bestLabel(m *meta, h, d int32, scores []float64) int {
	ok := m.rightOK
	if d < h {
		ok = m.leftOK
	}
	best := -1
	for j, sc := range scores[:len(m.labels)] {
		if j != m.root && ok[j] && (best < 0 || sc > scores[best]) {
			best = j
		}
	}
	if best < 0 { // no label seen in this direction: any but root
		for j, sc := range scores[:len(m.labels)] {
			if j != m.root && (best < 0 || sc > scores[best]) {
				best = j
			}
		}
	}
	return best
}

//go:embed model.bin
var modelBin string

var (
	defaultOnce   sync.Once
	defaultParser *Parser
	defaultErr    error
)

// Default returns the built-in English model (UD English EWT), loaded on
// the first call and shared afterwards.
func Default() (*Parser, error) {
	defaultOnce.Do(func() {
		defaultParser, defaultErr = Load(strings.NewReader(modelBin))
	})
	return defaultParser, defaultErr
}

const magic = "DYADPARS"

// Format versions: 2 adds the beam width and flags (bit 0: joint labels)
// after the scales; a greedy model (beam 1) is written as version 1.
const (
	version     = 1
	versionBeam = 2
)

// Save writes the model in its gzip-compressed binary format.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("parser: save: %w", err)
	}
	err = p.writeModel(zw)
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("parser: save: %w", err)
	}
	return nil
}

// writeModel writes the uncompressed model.
func (p *Parser) writeModel(w io.Writer) error {
	bw := bufio.NewWriter(w)
	le := binary.LittleEndian
	var err error
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, le, v)
		}
	}
	bw.WriteString(magic)
	if p.beam > 1 {
		put(uint32(versionBeam))
	} else {
		put(uint32(version))
	}
	put(uint32(len(p.labels)))
	for i, l := range p.labels {
		put(uint8(len(l)))
		bw.WriteString(l)
		var f uint8
		if p.leftOK[i] {
			f |= 1
		}
		if p.rightOK[i] {
			f |= 2
		}
		put(f)
	}
	put(uint32(p.root))
	put(uint32(p.actBits))
	put(uint32(p.labBits))
	put(p.actScale)
	put(p.labScale)
	if p.beam > 1 {
		put(uint32(p.beam))
		var flags uint32
		if p.joint {
			flags |= 1
		}
		put(flags)
	}
	put(unpack(p.act, nActions))
	put(unpack(p.lab, len(p.labels)))
	if err == nil {
		err = bw.Flush()
	}
	return err
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser: load: %w", err)
	}
	p, err := readModel(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("parser: load: %w", err)
	}
	return p, nil
}

func readModel(br *bufio.Reader) (*Parser, error) {
	le := binary.LittleEndian
	var err error
	get := func(v any) {
		if err == nil {
			err = binary.Read(br, le, v)
		}
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a parser model")
	}
	var ver, nl uint32
	get(&ver)
	if err == nil && ver != version && ver != versionBeam {
		return nil, fmt.Errorf("model version %d, want %d or %d", ver, version, versionBeam)
	}
	get(&nl)
	if err == nil && (nl < 1 || nl > 128) {
		return nil, fmt.Errorf("%d labels", nl)
	}
	p := &Parser{}
	for i := 0; err == nil && i < int(nl); i++ {
		var n, f uint8
		get(&n)
		b := make([]byte, n)
		if err == nil {
			_, err = io.ReadFull(br, b)
		}
		get(&f)
		p.labels = append(p.labels, string(b))
		p.leftOK = append(p.leftOK, f&1 != 0)
		p.rightOK = append(p.rightOK, f&2 != 0)
	}
	var root, ab, lb uint32
	get(&root)
	get(&ab)
	get(&lb)
	get(&p.actScale)
	get(&p.labScale)
	p.beam = 1
	if ver == versionBeam {
		var k, flags uint32
		get(&k)
		get(&flags)
		if err == nil && (k < 1 || k > 256 || flags > 1) {
			return nil, fmt.Errorf("beam width %d, flags %#x", k, flags)
		}
		p.beam, p.joint = int(k), flags&1 != 0
	}
	if err != nil {
		return nil, err
	}
	if root >= nl || p.labels[root] != "root" || ab < 4 || ab > 26 || lb < 4 || lb > 24 {
		return nil, errors.New("bad header")
	}
	p.root, p.actBits, p.labBits = int(root), uint(ab), uint(lb)
	p.act, err = readPacked(br, 1<<ab, nActions)
	if err == nil {
		p.lab, err = readPacked(br, 1<<lb, int(nl))
		p.labStride = (int(nl) + 3) / 4
	}
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return p, nil
}

// quantize maps weights to int16 with one scale for the table.
func quantize(w []float32) ([]int16, float32) {
	var m float64
	for _, v := range w {
		m = math.Max(m, math.Abs(float64(v)))
	}
	out := make([]int16, len(w))
	if m == 0 {
		return out, 1
	}
	scale := m / 32767
	for i, v := range w {
		out[i] = int16(math.Round(float64(v) / scale))
	}
	return out, float32(scale)
}
