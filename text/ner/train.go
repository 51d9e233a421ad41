package ner

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Sentence is one training or test sentence: words, their Penn tags (may be
// nil) and gold IOB2 labels (one per word).
type Sentence struct {
	Words  []string
	XPOS   []string
	Labels []string
}

// TrainOptions are the settings of Train.
type TrainOptions struct {
	Epochs int    // passes over the data (default 10)
	Seed   uint64 // shuffling seed
	// Prune drops features whose largest absolute averaged weight is below
	// Prune (0 keeps every feature with a non-zero weight).
	Prune float64
	// Bags trains that many models on differently shuffled passes (seeds
	// Seed, Seed+1, ...) and averages their weights (default 1).
	Bags int
	// Epoch, when set, is called after each epoch with the averaged model
	// so far (for held-out scores); it must not keep the Recognizer.
	Epoch func(epoch int, r *Recognizer) error
	// Unlabeled are tagged sentences (gold or predicted Penn tags, no
	// labels needed) from which the lexicon is built: how often each word
	// is capitalised inside a sentence and how often it is tagged NNP(S).
	// With none the model has no lexicon features.
	Unlabeled []Sentence
}

// Train learns a Recognizer from sents with an averaged structured
// perceptron. Labels outside the PER/ORG/LOC IOB2 set count as O. Training is
// deterministic for a given Seed. It returns ctx's error if ctx is done.
func Train(ctx context.Context, sents []Sentence, opt TrainOptions) (*Recognizer, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	return train(ctx, sents, opt, g)
}

type perceptron struct {
	index  map[uint64]int32
	w, u   []float64 // weights and sums of c*update, nLabels per row
	tw, tu [nLabels + 1][nLabels]float64
	c      float64
}

func (p *perceptron) row(f uint64, add bool) int {
	r, ok := p.index[f]
	if !ok {
		if !add {
			return -1
		}
		r = int32(len(p.w) / nLabels)
		p.index[f] = r
		p.w = append(p.w, make([]float64, nLabels)...)
		p.u = append(p.u, make([]float64, nLabels)...)
	}
	return int(r)
}

func (p *perceptron) update(feats []uint64, label int, d float64) {
	for _, f := range feats {
		r := p.row(f, true)
		p.w[r*nLabels+label] += d
		p.u[r*nLabels+label] += p.c * d
	}
}

// averaged returns the averaged weights as a Recognizer.
func (p *perceptron) averaged(g *gazetteer, lex map[string]uint8, prune float64) *Recognizer {
	r := newRecognizer(g)
	r.lex = lex
	c := p.c
	if c == 0 {
		c = 1
	}
	var row [nLabels]float32
	for f, i := range p.index {
		keep := false
		for l := 0; l < nLabels; l++ {
			v := p.w[int(i)*nLabels+l] - p.u[int(i)*nLabels+l]/c
			row[l] = float32(v)
			if v != 0 && math.Abs(v) >= prune {
				keep = true
			}
		}
		if keep {
			r.index[f] = int32(len(r.weights) / nLabels)
			r.weights = append(r.weights, row[:]...)
		}
	}
	for a := range p.tw {
		for b := range p.tw[a] {
			r.trans[a][b] = float32(p.tw[a][b] - p.tu[a][b]/c)
		}
	}
	return r
}

func train(ctx context.Context, sents []Sentence, opt TrainOptions, g *gazetteer) (*Recognizer, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	type inst struct {
		feats [][]uint64
		gold  []int
	}
	var lex map[string]uint8
	if len(opt.Unlabeled) > 0 {
		lex = buildLexicon(opt.Unlabeled)
	}
	data := make([]inst, 0, len(sents))
	var sf sentFeats
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		if len(s.Labels) != len(s.Words) {
			return nil, fmt.Errorf("ner: train: %d words and %d labels", len(s.Words), len(s.Labels))
		}
		feats := extract(nil, &sf, s.Words, s.XPOS, g, lex)
		gold := make([]int, len(s.Labels))
		prev := nLabels
		for i, l := range s.Labels {
			k := labelIndex(l)
			if k < 0 || !allowed[prev][k] {
				// Unknown types are O; an I- that cannot continue is a B-.
				switch {
				case k < 0:
					k = 0
				default:
					k--
				}
			}
			gold[i], prev = k, k
		}
		data = append(data, inst{feats: feats, gold: gold})
	}
	bags := max(opt.Bags, 1)
	ps := make([]*perceptron, bags)
	rngs := make([]*rand.Rand, bags)
	orders := make([][]int, bags)
	for b := range ps {
		ps[b] = &perceptron{index: map[uint64]int32{}, c: 1}
		rngs[b] = rand.New(rand.NewPCG(opt.Seed+uint64(b), 0x6e6572))
		orders[b] = make([]int, len(data))
		for i := range orders[b] {
			orders[b][i] = i
		}
	}
	s := &scratch{}
	pass := func(p *perceptron, order []int) error {
		for _, k := range order {
			if err := ctx.Err(); err != nil {
				return err
			}
			d := data[k]
			n := len(d.gold)
			s.score = grow(s.score, n)
			var trans [nLabels + 1][nLabels]float32
			for a := range trans {
				for b := range trans[a] {
					trans[a][b] = float32(p.tw[a][b])
				}
			}
			for i := 0; i < n; i++ {
				var em [nLabels]float32
				for _, f := range d.feats[i] {
					if r := p.row(f, false); r >= 0 {
						for l := 0; l < nLabels; l++ {
							em[l] += float32(p.w[r*nLabels+l])
						}
					}
				}
				s.score[i] = em
			}
			pred := viterbi(s, n, &trans)
			s.labels = pred
			prevG, prevP := nLabels, nLabels
			for i := 0; i < n; i++ {
				gl, pl := d.gold[i], pred[i]
				if gl != pl {
					p.update(d.feats[i], gl, 1)
					p.update(d.feats[i], pl, -1)
				}
				if gl != pl || prevG != prevP {
					p.tw[prevG][gl]++
					p.tu[prevG][gl] += p.c
					p.tw[prevP][pl]--
					p.tu[prevP][pl] -= p.c
				}
				prevG, prevP = gl, pl
			}
			p.c++
		}
		return nil
	}
	for ep := 1; ep <= opt.Epochs; ep++ {
		for b, p := range ps {
			rngs[b].Shuffle(len(orders[b]), func(i, j int) { orders[b][i], orders[b][j] = orders[b][j], orders[b][i] })
			if err := pass(p, orders[b]); err != nil {
				return nil, err
			}
		}
		if opt.Epoch != nil {
			if err := opt.Epoch(ep, averageBags(ps, g, lex, 0)); err != nil {
				return nil, err
			}
		}
	}
	return averageBags(ps, g, lex, opt.Prune), nil
}

// averageBags averages the averaged weights of perceptrons trained on
// differently shuffled passes, then prunes.
func averageBags(ps []*perceptron, g *gazetteer, lex map[string]uint8, prune float64) *Recognizer {
	if len(ps) == 1 {
		return ps[0].averaged(g, lex, prune)
	}
	rs := make([]*Recognizer, len(ps))
	for b, p := range ps {
		rs[b] = p.averaged(g, lex, 0)
	}
	out := newRecognizer(g)
	out.lex = lex
	inv := 1 / float32(len(ps))
	sum := map[uint64]*[nLabels]float32{}
	var keys []uint64
	for _, r := range rs {
		for f, i := range r.index {
			row := sum[f]
			if row == nil {
				row = new([nLabels]float32)
				sum[f] = row
				keys = append(keys, f)
			}
			for l := 0; l < nLabels; l++ {
				row[l] += r.weights[int(i)*nLabels+l] * inv
			}
		}
		for a := range r.trans {
			for b := range r.trans[a] {
				out.trans[a][b] += r.trans[a][b] * inv
			}
		}
	}
	slices.Sort(keys)
	for _, f := range keys {
		row := sum[f]
		keep := false
		for _, v := range row {
			if v != 0 && math.Abs(float64(v)) >= prune {
				keep = true
			}
		}
		if keep {
			out.index[f] = int32(len(out.weights) / nLabels)
			out.weights = append(out.weights, row[:]...)
		}
	}
	return out
}
