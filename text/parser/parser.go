// Package parser is a labeled dependency parser for English: given the
// words of a sentence with their UPOS and Penn (XPOS) tags it returns a
// Universal Dependencies tree, each word's head and relation (nsubj, obj,
// obl:agent, acl:relcl ...), with the relation set of UD English EWT.
//
// It is a greedy transition-based parser (arc-eager, one root per
// sentence) whose actions are scored by an averaged perceptron over the
// rich feature templates of Zhang and Nivre (2011), trained with the
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
	act       []int16 // rows of nActions weights
	lab       []int16 // rows of len(labels) weights
	actScale  float32 // act[i]*actScale is the trained weight
	labScale  float32
	statePool sync.Pool
}

// Labels returns the relations the parser can output.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// scorer scores actions and labels; the trained Parser and the training
// weights both implement it.
type scorer interface {
	actionScores(feats []uint64, out *[nActions]float64)
	labelScores(feats []uint64, out []float64)
}

func (p *Parser) actionScores(feats []uint64, out *[nActions]float64) {
	mask := uint64(1)<<p.actBits - 1
	var a0, a1, a2, a3 int32
	for _, f := range feats {
		r := (f & mask) * nActions
		w := p.act[r : r+nActions : r+nActions]
		a0 += int32(w[0])
		a1 += int32(w[1])
		a2 += int32(w[2])
		a3 += int32(w[3])
	}
	out[0], out[1], out[2], out[3] = float64(a0), float64(a1), float64(a2), float64(a3)
}

func (p *Parser) labelScores(feats []uint64, out []float64) {
	mask := uint64(1)<<p.labBits - 1
	L := uint64(len(p.labels))
	var buf [128]int32
	acc := buf[:L]
	for _, f := range feats {
		r := (f & mask) * L
		row := p.lab[r : r+L]
		row = row[:len(acc)]
		for j := range acc {
			acc[j] += int32(row[j])
		}
	}
	for j := range out {
		out[j] = float64(acc[j])
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
	decode(s, p, &m, nil)
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
	// Words left without a head: the first becomes the root if there is
	// none, the others attach to the root word.
	for i := 1; i <= s.n; i++ {
		if s.head[i] >= 0 {
			continue
		}
		if s.rootChild < 0 {
			s.addArc(0, i, m.root)
			continue
		}
		s.addArc(int(s.rootChild), i, s.chooseLabel(sc, m, s.rootChild, int32(i)))
	}
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
const version = 1

// Save writes the model in its gzip-compressed binary format.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("parser: save: %w", err)
	}
	bw := bufio.NewWriter(zw)
	le := binary.LittleEndian
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, le, v)
		}
	}
	bw.WriteString(magic)
	put(uint32(version))
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
	put(p.act)
	put(p.lab)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("parser: save: %w", err)
	}
	return nil
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
	if err == nil && ver != version {
		return nil, fmt.Errorf("model version %d, want %d", ver, version)
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
	if err != nil {
		return nil, err
	}
	if root >= nl || p.labels[root] != "root" || ab < 4 || ab > 26 || lb < 4 || lb > 24 {
		return nil, errors.New("bad header")
	}
	p.root, p.actBits, p.labBits = int(root), uint(ab), uint(lb)
	p.act = make([]int16, (1<<ab)*nActions)
	p.lab = make([]int16, (1<<lb)*int(nl))
	get(p.act)
	get(p.lab)
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
