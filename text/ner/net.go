package ner

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
)

// A net is the third stage of a recognizer: a small convolutional network
// that re-scores each word's labels from the document stage's label scores,
// the word's pre-trained vector (GloVe, lower-cased), its shape and its
// part-of-speech class, over a window of two words each side (two layers
// of width three). The perceptron stages see sparse, exact features; the
// network sees dense ones, so that words the labelled data never showed
// are read through the words they resemble.
type net struct {
	vec   *wordVecs
	in, h int
	// escale divides the document stage's scores (centred per word).
	escale float32
	w1     []float32 // 3 x in x h, offset k (-1, 0, +1) first
	b1     []float32 // h
	w2     []float32 // 3 x h x h
	b2     []float32 // h
	wo     []float32 // h x nLabels
	bo     []float32 // nLabels
	ws     []float32 // nLabels x nLabels: scores straight to the output
	// trans are zero: the output is a distribution given the words
	// around, so adding the label prior again would count it twice;
	// decoding only keeps the IOB2 constraints.
	trans [nLabels + 1][nLabels]float32
}

// wordVecs are pre-trained word vectors, quantized to 8 bits.
type wordVecs struct {
	dim   int
	index map[string]int32
	data  []int8
	scale float32
}

// newWordVecs quantizes the vectors data (len(words)*dim numbers) of words.
func newWordVecs(words []string, data []float32, dim int) *wordVecs {
	v := &wordVecs{dim: dim, index: make(map[string]int32, len(words)), data: make([]int8, len(data))}
	var m float32
	for _, x := range data {
		m = max(m, float32(math.Abs(float64(x))))
	}
	if m == 0 {
		m = 1
	}
	v.scale = m / 127
	for i, x := range data {
		v.data[i] = int8(math.Round(float64(x / v.scale)))
	}
	for i, w := range words {
		if _, ok := v.index[w]; !ok {
			v.index[w] = int32(i)
		}
	}
	return v
}

// put writes the vector of word w (lower-cased lookup) into out and
// reports whether the word has one; out is zeroed otherwise.
func (v *wordVecs) put(out []float32, w string) bool {
	i, ok := v.index[w]
	if !ok {
		l := strings.ToLower(w)
		i, ok = v.index[l]
		if !ok {
			clear(out[:v.dim])
			return false
		}
	}
	row := v.data[int(i)*v.dim : int(i+1)*v.dim]
	for k, x := range row {
		out[k] = float32(x) * v.scale
	}
	return true
}

// Input layout after the vector: the centred scores, the one-hot best
// score, eight shape flags and ten part-of-speech classes.
const (
	nShape = 8
	nPOS   = 10
)

func (n *net) inWidth() int { return n.vec.dim + 2*nLabels + nShape + nPOS }

// posClass maps a Penn tag to one of nPOS classes.
func posClass(t string) int {
	switch {
	case t == "NNP":
		return 0
	case t == "NNPS":
		return 1
	case strings.HasPrefix(t, "NN"):
		return 2
	case strings.HasPrefix(t, "JJ"):
		return 3
	case strings.HasPrefix(t, "VB"):
		return 4
	case t == "IN" || t == "TO":
		return 5
	case t == "DT":
		return 6
	case t == "CD":
		return 7
	case strings.HasPrefix(t, "PRP"):
		return 8
	}
	return 9
}

// inputs fills x (len(words) rows of n.in) with the network's inputs.
func (n *net) inputs(x []float32, words, xpos []string, score [][nLabels]float32) {
	d := n.vec.dim
	for i, w := range words {
		row := x[i*n.in : (i+1)*n.in]
		clear(row)
		known := n.vec.put(row, w)
		var mean float32
		best := 0
		for c := 0; c < nLabels; c++ {
			mean += score[i][c]
			if score[i][c] > score[i][best] {
				best = c
			}
		}
		mean /= nLabels
		for c := 0; c < nLabels; c++ {
			row[d+c] = (score[i][c] - mean) / n.escale
		}
		row[d+nLabels+best] = 1
		o := d + 2*nLabels
		r0, _ := firstRuneOf(w)
		upper := unicode.IsUpper(r0)
		allUp, lower, digit, alnum := true, true, false, false
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				lower = false
				alnum = true
			case unicode.IsLower(r):
				allUp = false
				alnum = true
			case unicode.IsDigit(r):
				digit = true
				alnum = true
			}
		}
		set := func(k int, b bool) {
			if b {
				row[o+k] = 1
			}
		}
		set(0, upper)
		set(1, allUp && len(w) > 1 && alnum && !digit)
		set(2, digit)
		set(3, lower && alnum)
		set(4, !alnum)
		set(5, i == 0)
		set(6, known)
		set(7, upper && i > 0)
		tag := ""
		if i < len(xpos) {
			tag = xpos[i]
		}
		row[o+nShape+posClass(tag)] = 1
	}
}

func firstRuneOf(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// netState holds one sentence's activations.
type netState struct {
	x, a1, h1, a2, h2, out []float32
}

func (st *netState) size(n, in, h int) {
	st.x = grow(st.x, n*in)
	st.a1 = grow(st.a1, n*h)
	st.h1 = grow(st.h1, n*h)
	st.a2 = grow(st.a2, n*h)
	st.h2 = grow(st.h2, n*h)
	st.out = grow(st.out, n*nLabels)
}

// forward computes the output scores of the m words whose inputs are in
// st.x; drop, when not nil, zeroes inputs and hidden units (inverted
// dropout masks of st.x's and st.h1's size).
func (n *net) forward(st *netState, m int, dropIn, dropH []float32) {
	in, h := n.in, n.h
	if dropIn != nil {
		for i := range st.x[:m*in] {
			st.x[i] *= dropIn[i]
		}
	}
	conv(st.a1, st.x, n.w1, n.b1, m, in, h)
	for i, v := range st.a1[:m*h] {
		st.h1[i] = max(v, 0)
	}
	if dropH != nil {
		for i := range st.h1[:m*h] {
			st.h1[i] *= dropH[i]
		}
	}
	conv(st.a2, st.h1, n.w2, n.b2, m, h, h)
	for i, v := range st.a2[:m*h] {
		st.h2[i] = max(v, 0)
	}
	d := n.vec.dim
	for t := 0; t < m; t++ {
		o := st.out[t*nLabels : (t+1)*nLabels]
		copy(o, n.bo)
		hh := st.h2[t*h : (t+1)*h]
		for j, v := range hh {
			if v == 0 {
				continue
			}
			w := n.wo[j*nLabels : (j+1)*nLabels]
			for c := range o {
				o[c] += v * w[c]
			}
		}
		xs := st.x[t*in+d : t*in+d+nLabels]
		for j, v := range xs {
			w := n.ws[j*nLabels : (j+1)*nLabels]
			for c := range o {
				o[c] += v * w[c]
			}
		}
	}
}

// conv computes out (m x ho) = b + sum over k in -1..1 of in[t+k] (m x hi)
// times w[k] (hi x ho), zero beyond the sentence.
func conv(out, x, w, b []float32, m, hi, ho int) {
	for t := 0; t < m; t++ {
		o := out[t*ho : (t+1)*ho]
		copy(o, b)
		for k := -1; k <= 1; k++ {
			s := t + k
			if s < 0 || s >= m {
				continue
			}
			xs := x[s*hi : (s+1)*hi]
			wk := w[(k+1)*hi*ho : (k+2)*hi*ho]
			for i, v := range xs {
				if v == 0 {
					continue
				}
				row := wk[i*ho : (i+1)*ho]
				for j := range o {
					o[j] += v * row[j]
				}
			}
		}
	}
}

// rescore replaces the scores in s.score (n words) with the network's
// log-probabilities and decodes them.
func (n *net) rescore(s *scratch, words, xpos []string) {
	m := len(words)
	st := &s.net
	st.size(m, n.in, n.h)
	n.inputs(st.x, words, xpos, s.score)
	n.forward(st, m, nil, nil)
	for t := 0; t < m; t++ {
		logSoftmax(st.out[t*nLabels:(t+1)*nLabels], s.score[t][:])
	}
	s.labels = viterbi(s, m, &n.trans)
}

// logSoftmax writes the log-softmax of o into dst.
func logSoftmax(o []float32, dst []float32) {
	mx := o[0]
	for _, v := range o[1:] {
		mx = max(mx, v)
	}
	var z float64
	for _, v := range o {
		z += math.Exp(float64(v - mx))
	}
	lz := float32(math.Log(z)) + mx
	for c, v := range o {
		dst[c] = v - lz
	}
}

// NetOptions are the settings of the network stage.
type NetOptions struct {
	Hidden  int     // hidden units per layer (default 64)
	Epochs  int     // passes (default 20)
	Rate    float64 // Adam step size (default 0.001)
	DropIn  float64 // input dropout (default 0.2)
	DropH   float64 // hidden dropout (default 0.3)
	Seed    uint64
	Vectors []string  // words of the pre-trained vectors
	VecData []float32 // their vectors, len(Vectors)*VecDim
	VecDim  int
	// Epoch, when set, is called after each epoch.
	Epoch func(epoch int, rescore func(words, xpos []string, score [][nLabels]float32) []string) error
}

// Emissions returns, per sentence of one document, the document stage's
// label scores of each word (the first stage's for a model without a
// document stage), words taken as given (no hyphen splitting), the input
// of the network stage.
func (r *Recognizer) Emissions(sents []Sentence) [][][nLabels]float32 {
	out := make([][][nLabels]float32, len(sents))
	var dl *typeLex
	m := r
	if r.doc != nil {
		first := make([]Sentence, len(sents))
		for i, s := range sents {
			first[i] = Sentence{Words: s.Words, Labels: r.LabelSentence(Sentence{Words: s.Words, XPOS: s.XPOS})}
		}
		dl = buildTypeLex(first)
		m = r.doc
	}
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	for i, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		m.decodeWith(sc, s.Words, s.XPOS, nil, lexicons{r.lex, r.tlex, dl})
		out[i] = append([][nLabels]float32(nil), sc.score[:len(s.Words)]...)
	}
	return out
}

// NetModel is a trained network stage, for experiments: Label decodes
// one sentence from its words, tags and document-stage scores.
type NetModel struct{ n *net }

// Label returns the IOB2 labels of words under the network.
func (nm *NetModel) Label(words, xpos []string, score [][nLabels]float32) []string {
	s := &scratch{}
	s.score = append(s.score[:0], score...)
	nm.n.rescore(s, words, xpos)
	out := make([]string, len(words))
	for i, l := range s.labels {
		out[i] = Labels[l]
	}
	return out
}

// TrainNet trains the network stage on sents (with gold Labels) and their
// document-stage scores emis (from models that never saw the sentence).
func TrainNet(ctx context.Context, sents []Sentence, emis [][][nLabels]float32, opt NetOptions) (*NetModel, error) {
	if opt.Hidden <= 0 {
		opt.Hidden = 64
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 20
	}
	if opt.Rate <= 0 {
		opt.Rate = 0.001
	}
	if opt.VecDim <= 0 || len(opt.VecData) != len(opt.Vectors)*opt.VecDim {
		return nil, fmt.Errorf("ner: net: %d vector numbers for %d words of %d dimensions", len(opt.VecData), len(opt.Vectors), opt.VecDim)
	}
	n := &net{vec: newWordVecs(opt.Vectors, opt.VecData, opt.VecDim), h: opt.Hidden}
	n.in = n.inWidth()
	// scale of the centred scores
	var ss float64
	var cnt int
	for _, e := range emis {
		for _, sc := range e {
			var mean float32
			for _, v := range sc {
				mean += v
			}
			mean /= nLabels
			for _, v := range sc {
				ss += float64((v - mean) * (v - mean))
				cnt++
			}
		}
	}
	n.escale = 1
	if cnt > 0 && ss > 0 {
		n.escale = float32(math.Sqrt(ss / float64(cnt)))
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6574))
	in, h := n.in, n.h
	initW := func(k, fanIn int) []float32 {
		w := make([]float32, k)
		sd := math.Sqrt(2 / float64(fanIn))
		for i := range w {
			w[i] = float32(rng.NormFloat64() * sd)
		}
		return w
	}
	n.w1, n.b1 = initW(3*in*h, 3*in), make([]float32, h)
	n.w2, n.b2 = initW(3*h*h, 3*h), make([]float32, h)
	n.wo, n.bo = initW(h*nLabels, h), make([]float32, nLabels)
	for i := range n.wo {
		n.wo[i] *= 0.1
	}
	n.ws = make([]float32, nLabels*nLabels)
	alpha := fitAlpha(sents, emis, n.escale)
	for c := 0; c < nLabels; c++ {
		n.ws[c*nLabels+c] = alpha
	}

	params := n.params()
	grads := make([][]float32, len(params))
	m1 := make([][]float32, len(params))
	m2 := make([][]float32, len(params))
	for i, p := range params {
		grads[i] = make([]float32, len(p))
		m1[i] = make([]float32, len(p))
		m2[i] = make([]float32, len(p))
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var st netState
	var bs backState
	var dropIn, dropH []float32
	var ys []int
	step := 0
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for ep := 1; ep <= opt.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := sents[si]
			m := len(s.Words)
			if m == 0 || len(emis[si]) != m {
				continue
			}
			st.size(m, in, h)
			n.inputs(st.x, s.Words, s.XPOS, emis[si])
			dropIn = mask(dropIn, m*in, opt.DropIn, rng)
			if dropIn != nil {
				// only the vectors are dropped, never the scores and flags
				for t := 0; t < m; t++ {
					for k := n.vec.dim; k < in; k++ {
						dropIn[t*in+k] = 1
					}
				}
			}
			dropH = mask(dropH, m*h, opt.DropH, rng)
			n.forward(&st, m, dropIn, dropH)
			ys = ys[:0]
			for _, l := range s.Labels {
				ys = append(ys, max(labelIndex(l), 0))
			}
			for _, g := range grads {
				clear(g)
			}
			n.backward(&st, &bs, m, ys, dropH, grads)
			step++
			lr := opt.Rate * math.Sqrt(1-math.Pow(b2, float64(step))) / (1 - math.Pow(b1, float64(step)))
			for i, p := range params {
				g, a, v := grads[i], m1[i], m2[i]
				for k := range p {
					gk := g[k]
					if gk == 0 && a[k] == 0 {
						continue
					}
					a[k] = b1*a[k] + (1-b1)*gk
					v[k] = b2*v[k] + (1-b2)*gk*gk
					p[k] -= float32(lr * float64(a[k]) / (math.Sqrt(float64(v[k])) + eps))
				}
			}
		}
		if opt.Epoch != nil {
			nm := &NetModel{n}
			err := opt.Epoch(ep, func(words, xpos []string, score [][nLabels]float32) []string {
				return nm.Label(words, xpos, score)
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return &NetModel{n}, nil
}

// backState holds one sentence's gradients of activations.
type backState struct{ dout, dh2, dh1 []float32 }

// params returns the network's parameter slices, in the order of the
// gradients of backward.
func (n *net) params() [][]float32 {
	return [][]float32{n.w1, n.b1, n.w2, n.b2, n.wo, n.bo, n.ws}
}

// backward adds to g (shaped like params) the gradients of the summed
// cross-entropy of the labels y of the m words whose activations forward
// left in st; dropH is the hidden dropout mask forward used (nil: none).
func (n *net) backward(st *netState, bs *backState, m int, y []int, dropH []float32, g [][]float32) {
	in, h, d := n.in, n.h, n.vec.dim
	gw1, gb1, gw2, gb2, gwo, gbo, gws := g[0], g[1], g[2], g[3], g[4], g[5], g[6]
	bs.dout = grow(bs.dout, m*nLabels)
	for t := 0; t < m; t++ {
		var p [nLabels]float32
		logSoftmax(st.out[t*nLabels:(t+1)*nLabels], p[:])
		for c := 0; c < nLabels; c++ {
			gc := float32(math.Exp(float64(p[c])))
			if c == y[t] {
				gc--
			}
			bs.dout[t*nLabels+c] = gc
		}
	}
	bs.dh2 = grow(bs.dh2, m*h)
	clear(bs.dh2)
	for t := 0; t < m; t++ {
		do := bs.dout[t*nLabels : (t+1)*nLabels]
		for c, gc := range do {
			gbo[c] += gc
		}
		for j, v := range st.h2[t*h : (t+1)*h] {
			row := n.wo[j*nLabels : (j+1)*nLabels]
			gr := gwo[j*nLabels : (j+1)*nLabels]
			var acc float32
			for c, gc := range do {
				gr[c] += v * gc
				acc += row[c] * gc
			}
			if st.a2[t*h+j] > 0 {
				bs.dh2[t*h+j] = acc
			}
		}
		for j, v := range st.x[t*in+d : t*in+d+nLabels] {
			for c, gc := range do {
				gws[j*nLabels+c] += v * gc
			}
		}
	}
	bs.dh1 = grow(bs.dh1, m*h)
	clear(bs.dh1)
	convBack(gw2, gb2, bs.dh1, bs.dh2, st.h1, n.w2, m, h, h)
	for i := range bs.dh1[:m*h] {
		if st.a1[i] <= 0 {
			bs.dh1[i] = 0
		} else if dropH != nil {
			bs.dh1[i] *= dropH[i]
		}
	}
	convBack(gw1, gb1, nil, bs.dh1, st.x, n.w1, m, in, h)
}

// convBack adds to gw and gb the gradients of conv's weights and bias for
// the output gradient dout (m x ho) with inputs x (m x hi), and to dx (when
// not nil) the gradient of the inputs.
func convBack(gw, gb, dx, dout, x, w []float32, m, hi, ho int) {
	for t := 0; t < m; t++ {
		do := dout[t*ho : (t+1)*ho]
		for j, g := range do {
			gb[j] += g
		}
		for k := -1; k <= 1; k++ {
			s := t + k
			if s < 0 || s >= m {
				continue
			}
			xs := x[s*hi : (s+1)*hi]
			off := (k + 1) * hi * ho
			for i, v := range xs {
				row := w[off+i*ho : off+(i+1)*ho]
				gr := gw[off+i*ho : off+(i+1)*ho]
				if v != 0 {
					for j, g := range do {
						gr[j] += v * g
					}
				}
				if dx != nil {
					var acc float32
					for j, g := range do {
						acc += row[j] * g
					}
					dx[s*hi+i] += acc
				}
			}
		}
	}
}

// mask returns an inverted dropout mask of n values (nil when p is 0).
func mask(buf []float32, n int, p float64, rng *rand.Rand) []float32 {
	if p <= 0 {
		return nil
	}
	buf = grow(buf, n)
	keep := float32(1 / (1 - p))
	for i := range buf[:n] {
		if rng.Float64() < p {
			buf[i] = 0
		} else {
			buf[i] = keep
		}
	}
	return buf
}

// DecodeScores returns the best valid IOB2 labels for the label scores of
// each word, without transition weights.
func DecodeScores(score [][nLabels]float32) []string {
	if len(score) == 0 {
		return nil
	}
	s := &scratch{}
	s.score = append(s.score[:0], score...)
	var zero [nLabels + 1][nLabels]float32
	out := make([]string, len(score))
	for i, l := range viterbi(s, len(score), &zero) {
		out[i] = Labels[l]
	}
	return out
}

// fitAlpha returns the factor of the scaled scores under which their
// softmax has the least cross-entropy on the gold labels (a grid search):
// the network starts from the perceptron's own, calibrated, choice.
func fitAlpha(sents []Sentence, emis [][][nLabels]float32, escale float32) float32 {
	best, arg := math.Inf(1), float32(1)
	for a := float32(0.25); a <= 32; a *= 1.25 {
		var loss float64
		for i, s := range sents {
			if len(emis[i]) != len(s.Labels) {
				continue
			}
			for t, sc := range emis[i] {
				var o, p [nLabels]float32
				for c := range sc {
					o[c] = a * sc[c] / escale
				}
				logSoftmax(o[:], p[:])
				loss -= float64(p[max(labelIndex(s.Labels[t]), 0)])
			}
		}
		if loss < best {
			best, arg = loss, a
		}
	}
	return arg
}
