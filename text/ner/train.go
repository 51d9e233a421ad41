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
	// Extra holds, per word, further feature values that only training
	// data carries (a gold dependency relation, say); a model trained with
	// them uses them in LabelSentence, never in Label. It may be nil or
	// shorter than Words.
	Extra [][]string
	// SilverFold, when above 0, picks the silver type lexicons built from
	// TrainOptions.SilverFolds[SilverFold-1] for this sentence's features
	// in training (cross-fitting: a teacher that never saw this sentence);
	// 0 uses those of TrainOptions.Silver.
	SilverFold int
	// Doc names the document the sentence belongs to: consecutive
	// sentences with the same non-empty Doc form one document for the
	// document stage (see TrainOptions.DocFolds).
	Doc string
	// Weight scales the perceptron updates of this sentence (0 means 1):
	// silver-labelled sentences may count less than gold ones.
	Weight float64
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
	// Silver are sentences labelled by another model (a teacher) from
	// which the silver type lexicons are built: how often each word lies
	// inside a PER, ORG or LOC name, and the type of each name string.
	// With none the model has no silver features.
	Silver []Sentence
	// SilverFolds are further silver-labelled corpora, one per teacher,
	// whose lexicons the training sentences with SilverFold set use; the
	// model keeps those of Silver.
	SilverFolds [][]Sentence
	// DocFolds, when above 1, adds a document stage (see
	// Recognizer.LabelDoc): the first stage labels the training sentences
	// in DocFolds contiguous blocks, each by a model trained on the other
	// blocks, and the document stage learns from those labels what the
	// rest of a document says of a word or name. Epoch then sees the
	// two-stage model at each epoch of the document stage.
	DocFolds int
	// DocEpochs are the passes of the document stage (default Epochs).
	DocEpochs int
}

// Train learns a Recognizer from sents with an averaged structured
// perceptron. Labels outside the PER/ORG/LOC IOB2 set count as O. Training is
// deterministic for a given Seed. It returns ctx's error if ctx is done.
func Train(ctx context.Context, sents []Sentence, opt TrainOptions) (*Recognizer, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	if opt.DocFolds <= 1 {
		return train(ctx, sents, opt, g, nil)
	}
	o1 := opt
	o1.Epoch = nil
	first, err := train(ctx, sents, o1, g, nil)
	if err != nil {
		return nil, err
	}
	n, k := len(sents), opt.DocFolds
	labels := make([][]string, n)
	for j := 0; j < k; j++ {
		var rest []Sentence
		for i, s := range sents {
			if i*k/n != j {
				rest = append(rest, s)
			}
		}
		m, err := train(ctx, rest, o1, g, nil)
		if err != nil {
			return nil, err
		}
		for i, s := range sents {
			if i*k/n == j {
				labels[i] = m.label(s.Words, s.XPOS, nil, false)
			}
		}
	}
	docLex := make([]*typeLex, n)
	for start := 0; start < n; {
		end := start + 1
		for end < n && sents[start].Doc != "" && sents[end].Doc == sents[start].Doc {
			end++
		}
		doc := make([]Sentence, 0, end-start)
		for i := start; i < end; i++ {
			doc = append(doc, Sentence{Words: sents[i].Words, Labels: labels[i]})
		}
		dl := buildTypeLex(doc)
		for i := start; i < end; i++ {
			docLex[i] = dl
		}
		start = end
	}
	o2 := opt
	if opt.DocEpochs > 0 {
		o2.Epochs = opt.DocEpochs
	}
	if opt.Epoch != nil {
		o2.Epoch = func(ep int, r2 *Recognizer) error { return opt.Epoch(ep, first.withDoc(r2)) }
	}
	second, err := train(ctx, sents, o2, g, docLex)
	if err != nil {
		return nil, err
	}
	return first.withDoc(second), nil
}

// withDoc returns r with the document stage doc.
func (r *Recognizer) withDoc(doc *Recognizer) *Recognizer {
	out := newRecognizer(r.gaz)
	out.index, out.weights, out.trans, out.lex, out.tlex, out.tab = r.index, r.weights, r.trans, r.lex, r.tlex, r.tab
	out.doc = doc
	return out
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
func (p *perceptron) averaged(g *gazetteer, lx lexicons, prune float64) *Recognizer {
	r := newRecognizer(g)
	r.lex, r.tlex = lx.caps, lx.typ
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
	defer r.freeze()
	for a := range p.tw {
		for b := range p.tw[a] {
			r.trans[a][b] = float32(p.tw[a][b] - p.tu[a][b]/c)
		}
	}
	return r
}

// train trains one stage; docLex, when not nil, holds the document lexicon
// of each sentence (index-aligned with sents).
func train(ctx context.Context, sents []Sentence, opt TrainOptions, g *gazetteer, docLex []*typeLex) (*Recognizer, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	type inst struct {
		feats  [][]uint64
		gold   []int
		weight float64
	}
	var lex lexicons
	if len(opt.Unlabeled) > 0 {
		lex.caps = buildLexicon(opt.Unlabeled)
	}
	if len(opt.Silver) > 0 {
		lex.typ = buildTypeLex(opt.Silver)
	}
	folds := make([]*typeLex, len(opt.SilverFolds))
	for i, f := range opt.SilverFolds {
		folds[i] = buildTypeLex(f)
	}
	data := make([]inst, 0, len(sents))
	var sf sentFeats
	for si, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		if len(s.Labels) != len(s.Words) {
			return nil, fmt.Errorf("ner: train: %d words and %d labels", len(s.Words), len(s.Labels))
		}
		slex := lex
		if s.SilverFold > 0 {
			if s.SilverFold > len(folds) {
				return nil, fmt.Errorf("ner: train: silver fold %d of %d", s.SilverFold, len(folds))
			}
			slex.typ = folds[s.SilverFold-1]
		}
		if docLex != nil {
			slex.doc = docLex[si]
		}
		feats := extract(nil, &sf, s.Words, s.XPOS, s.Extra, g, slex)
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
		w := s.Weight
		if w <= 0 || math.IsNaN(w) || math.IsInf(w, 0) {
			w = 1
		}
		data = append(data, inst{feats: feats, gold: gold, weight: w})
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
					p.update(d.feats[i], gl, d.weight)
					p.update(d.feats[i], pl, -d.weight)
				}
				if gl != pl || prevG != prevP {
					p.tw[prevG][gl] += d.weight
					p.tu[prevG][gl] += p.c * d.weight
					p.tw[prevP][pl] -= d.weight
					p.tu[prevP][pl] -= p.c * d.weight
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
func averageBags(ps []*perceptron, g *gazetteer, lex lexicons, prune float64) *Recognizer {
	if len(ps) == 1 {
		return ps[0].averaged(g, lex, prune)
	}
	rs := make([]*Recognizer, len(ps))
	for b, p := range ps {
		rs[b] = p.averaged(g, lex, 0)
	}
	out := newRecognizer(g)
	out.lex, out.tlex = lex.caps, lex.typ
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
	return out.freeze()
}
