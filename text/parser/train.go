package parser

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad/text/conllu"
)

// TagFunc tags the words of a sentence, returning UPOS and Penn tags.
type TagFunc func(words []string) (upos, xpos []string)

// Options control training. The zero value of a field means its default.
type Options struct {
	Epochs       int     // passes over the training set (default 15)
	Seed         uint64  // shuffling and exploration (default 1)
	ActBits      uint    // log2 of the rows of the action table (default 21)
	LabBits      uint    // log2 of the rows of the label table (default 18)
	Explore      float64 // probability of following a wrong prediction (default 0.9; <0: never)
	ExploreAfter int     // epochs before exploring (default 1)
	// Beam, when above 1, trains a beam-search parser of that width with
	// global (max-violation) updates instead of the greedy one; the
	// exploration settings then do not apply.
	Beam int
	// JointLabels, with a beam, ranks the beam's arcs by their action
	// score plus the score of their best label and trains the label
	// weights with the action weights (globally); otherwise labels are a
	// separate model trained locally on the gold configurations.
	JointLabels bool
	// Tag, when set, tags training and development words; otherwise the
	// treebank's own (gold) tags are used.
	Tag TagFunc
	// Dev, when set, is parsed after every epoch; the epoch with the best
	// labeled attachment score is kept.
	Dev []*conllu.Sentence
	// Log, when set, receives progress lines.
	Log func(format string, args ...any)
}

type example struct {
	words, upos, xpos []string
	gold              []int32 // gold[i] head of word i (1-based; gold[0] unused)
	labels            []int32
	kids              [][]int32
}

// weights are the perceptron's tables during training, with the sums
// that give the averaged weights (w - u/c).
type weights struct {
	actBits, labBits uint
	nl               int
	act, lab         []float32
	actU, labU       []float64
	actC, labC       float64
}

func (w *weights) actionScores(feats []uint64, out *[nActions]float64) {
	mask := uint64(1)<<w.actBits - 1
	*out = [nActions]float64{}
	for _, f := range feats {
		r := (f & mask) * nActions
		a := w.act[r : r+nActions : r+nActions]
		out[0] += float64(a[0])
		out[1] += float64(a[1])
		out[2] += float64(a[2])
		out[3] += float64(a[3])
	}
}

func (w *weights) labelScores(feats []uint64, out []float64) {
	mask := uint64(1)<<w.labBits - 1
	L := uint64(w.nl)
	clear(out)
	for _, f := range feats {
		r := (f & mask) * L
		for j, v := range w.lab[r : r+L] {
			out[j] += float64(v)
		}
	}
}

func (w *weights) updateAction(feats []uint64, a int, v float32) {
	mask := uint64(1)<<w.actBits - 1
	for _, f := range feats {
		i := (f&mask)*nActions + uint64(a)
		w.act[i] += v
		w.actU[i] += w.actC * float64(v)
	}
}

func (w *weights) updateLabel(feats []uint64, l int, v float32) {
	mask := uint64(1)<<w.labBits - 1
	for _, f := range feats {
		i := (f&mask)*uint64(w.nl) + uint64(l)
		w.lab[i] += v
		w.labU[i] += w.labC * float64(v)
	}
}

// averaged returns a Parser with the averaged, quantized weights.
func (w *weights) averaged(m *meta) *Parser {
	avg := func(x []float32, u []float64, c float64) []float32 {
		out := make([]float32, len(x))
		for i := range x {
			out[i] = float32(float64(x[i]) - u[i]/c)
		}
		return out
	}
	p := &Parser{labels: m.labels, root: m.root, leftOK: m.leftOK, rightOK: m.rightOK, actBits: w.actBits, labBits: w.labBits}
	var act, lab []int16
	act, p.actScale = quantize(avg(w.act, w.actU, max(w.actC, 1)))
	lab, p.labScale = quantize(avg(w.lab, w.labU, max(w.labC, 1)))
	p.setWeights(act, lab)
	return p
}

// trainLabels is the label chooser used while training: on a gold arc it
// learns and returns the gold label, elsewhere the model's.
type trainLabels struct {
	*weights
	ex *example
}

func (t *trainLabels) choose(s *state, m *meta, h, d int32, scores []float64) int {
	pred := bestLabel(m, h, d, scores)
	if t.ex == nil || t.ex.gold[d] != h {
		return pred
	}
	t.labC++
	g := int(t.ex.labels[d])
	if pred != g {
		t.updateLabel(s.feats[:nLabFeats], g, 1)
		t.updateLabel(s.feats[:nLabFeats], pred, -1)
	}
	return g
}

// Train trains a parser on the sentences, which must have heads and
// relations. Non-projective trees are made projective first. It stops
// with ctx's error when ctx is done (checked every 256 sentences).
func Train(ctx context.Context, sentences []*conllu.Sentence, opts Options) (*Parser, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 15
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.ActBits == 0 {
		opts.ActBits = 21
	}
	if opts.LabBits == 0 {
		opts.LabBits = 18
	}
	if opts.ActBits > 26 || opts.LabBits > 24 || opts.ActBits < 4 || opts.LabBits < 4 {
		return nil, errors.New("parser: train: table bits out of range")
	}
	if opts.Explore == 0 {
		opts.Explore = 0.9
	}
	if opts.ExploreAfter == 0 {
		opts.ExploreAfter = 1
	}
	logf := opts.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	// Labels, sorted, with their directions.
	labelSet := map[string]bool{"root": true}
	for _, s := range sentences {
		for _, w := range s.Words {
			if w.Deprel != "" && w.Deprel != "_" {
				labelSet[w.Deprel] = true
			}
		}
	}
	var labels []string
	for l := range labelSet {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if len(labels) > 128 {
		return nil, fmt.Errorf("parser: train: %d relations, at most 128", len(labels))
	}
	id := map[string]int{}
	for i, l := range labels {
		id[l] = i
	}
	m := &meta{labels: labels, root: id["root"], leftOK: make([]bool, len(labels)), rightOK: make([]bool, len(labels))}

	var exs []*example
	nonProj, lifted := 0, 0
	for _, s := range sentences {
		ex, nl, err := makeExample(s, id, opts.Tag)
		if err != nil {
			return nil, err
		}
		if ex == nil {
			continue
		}
		if nl > 0 {
			nonProj++
			lifted += nl
		}
		for i := 1; i < len(ex.gold); i++ {
			if ex.gold[i] == 0 {
				continue
			}
			if int32(i) < ex.gold[i] {
				m.leftOK[ex.labels[i]] = true
			} else {
				m.rightOK[ex.labels[i]] = true
			}
		}
		exs = append(exs, ex)
	}
	if len(exs) == 0 {
		return nil, errors.New("parser: train: no usable sentence")
	}
	tags := "the sentences' own"
	if opts.Tag != nil {
		tags = "Tag's"
	}
	opts.Beam = max(opts.Beam, 1)
	if opts.Beam > 256 {
		return nil, errors.New("parser: train: beam wider than 256")
	}
	logf("parser: %d sentences (%d non-projective, %d arcs lifted), %d relations, %s tags, %d epochs, seed %d, action table 2^%d rows, label table 2^%d rows, beam %d, joint labels %v, explore %.2f after %d epochs (greedy only)",
		len(exs), nonProj, lifted, len(labels), tags, opts.Epochs, opts.Seed, opts.ActBits, opts.LabBits, opts.Beam, opts.Beam > 1 && opts.JointLabels, opts.Explore, opts.ExploreAfter)

	var devEx []*example
	for _, s := range opts.Dev {
		ex, _, err := makeExample(s, id, opts.Tag)
		if err != nil {
			return nil, err
		}
		if ex != nil {
			ex.gold, ex.labels = origHeads(s, id)
			devEx = append(devEx, ex)
		}
	}

	w := &weights{actBits: opts.ActBits, labBits: opts.LabBits, nl: len(labels)}
	w.act = make([]float32, (1<<opts.ActBits)*nActions)
	w.actU = make([]float64, len(w.act))
	w.lab = make([]float32, (1<<opts.LabBits)*len(labels))
	w.labU = make([]float64, len(w.lab))
	tl := &trainLabels{weights: w}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5eed))
	s := &state{feats: make([]uint64, max(nActFeats, nLabFeats)), scores: make([]float64, len(labels))}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var bt *beamTrainer
	if opts.Beam > 1 {
		bt = &beamTrainer{w: w, m: m, k: opts.Beam, joint: opts.JointLabels, b: newBeam(len(labels)), g: newBeam(len(labels)).get(),
			feats: make([]uint64, max(nActFeats, nLabFeats))}
	}
	var best *Parser
	bestLAS := -1.0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch > opts.ExploreAfter && opts.Explore > 0
		errs, steps := 0, 0
		if bt != nil {
			bt.updates = 0
		}
		for i, k := range order {
			if i%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("parser: train: %w", err)
				}
			}
			ex := exs[k]
			if bt != nil {
				prepare(s, ex.words, ex.upos, ex.xpos)
				bt.init = s
				bt.learn(ex)
				steps++
				continue
			}
			tl.ex = ex
			prepare(s, ex.words, ex.upos, ex.xpos)
			or := func(s *state, scores *[nActions]float64) int {
				var cost [nActions]int
				minCost := 1 << 30
				pred := -1
				for a := 0; a < nActions; a++ {
					if !s.valid(a) {
						cost[a] = -1
						continue
					}
					cost[a] = s.cost(a, ex.gold, ex.kids)
					minCost = min(minCost, cost[a])
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
				}
				gold := -1
				for a := 0; a < nActions; a++ {
					if cost[a] == minCost && (gold < 0 || scores[a] > scores[gold]) {
						gold = a
					}
				}
				w.actC++
				steps++
				if cost[pred] == minCost {
					return pred
				}
				errs++
				w.updateAction(s.feats[:nActFeats], gold, 1)
				w.updateAction(s.feats[:nActFeats], pred, -1)
				if explore && rng.Float64() < opts.Explore {
					return pred
				}
				return gold
			}
			decode(s, tl, m, or)
		}
		if bt != nil {
			errs = bt.updates
		}
		p := w.averaged(m)
		p.beam, p.joint = opts.Beam, opts.Beam > 1 && opts.JointLabels
		took := time.Since(start)
		if len(devEx) == 0 {
			logf("parser: epoch %d: %.2f%% wrong actions, %s", epoch, 100*float64(errs)/float64(max(steps, 1)), took.Round(time.Millisecond))
			best = p
			continue
		}
		sc := evalExamples(p, devEx)
		what := "wrong actions"
		if bt != nil {
			what = "sentences updated"
		}
		logf("parser: epoch %d: %.2f%% %s, dev UAS %.2f LAS %.2f (full labels %.2f), %s",
			epoch, 100*float64(errs)/float64(max(steps, 1)), what, sc.UAS, sc.LAS, sc.LASFull, took.Round(time.Millisecond))
		if sc.LAS > bestLAS {
			best, bestLAS = p, sc.LAS
		}
	}
	return best, nil
}

// makeExample reads the words, tags and (projectivized) tree of s. It
// returns nil for a sentence without words or with an incomplete tree, and
// the number of arcs lifted.
func makeExample(s *conllu.Sentence, id map[string]int, tag TagFunc) (*example, int, error) {
	n := len(s.Words)
	if n == 0 {
		return nil, 0, nil
	}
	ex := &example{words: make([]string, n), upos: make([]string, n), xpos: make([]string, n)}
	for i, w := range s.Words {
		ex.words[i], ex.upos[i], ex.xpos[i] = w.Form, w.UPOS, w.XPOS
	}
	if tag != nil {
		u, x := tag(ex.words)
		if len(u) != n || len(x) != n {
			return nil, 0, fmt.Errorf("parser: tagger returned %d/%d tags for %d words", len(u), len(x), n)
		}
		ex.upos, ex.xpos = u, x
	}
	gold, labels := origHeads(s, id)
	if gold == nil || !isTree(gold) {
		return nil, 0, nil
	}
	lifts := projectivize(gold)
	ex.gold, ex.labels = gold, labels
	ex.kids = make([][]int32, n+1)
	for d := 1; d <= n; d++ {
		ex.kids[gold[d]] = append(ex.kids[gold[d]], int32(d))
	}
	return ex, lifts, nil
}

// origHeads returns the heads and label ids of s (index 0 unused), or nil
// if a word has no head. Unknown labels get id -1.
func origHeads(s *conllu.Sentence, id map[string]int) (heads, labels []int32) {
	n := len(s.Words)
	heads, labels = make([]int32, n+1), make([]int32, n+1)
	heads[0] = -1
	for i, w := range s.Words {
		if w.Head < 0 || w.Head > n {
			return nil, nil
		}
		heads[i+1] = int32(w.Head)
		l, ok := id[w.Deprel]
		if !ok {
			l = -1
		}
		labels[i+1] = int32(l)
	}
	return heads, labels
}

// isTree reports whether heads (1-based, heads[0] unused) form a tree with
// one word attached to the root.
func isTree(heads []int32) bool {
	roots := 0
	for d := 1; d < len(heads); d++ {
		if heads[d] == 0 {
			roots++
		}
		// walk up at most len steps
		h, steps := heads[d], 0
		for h != 0 {
			if h < 0 || int(h) >= len(heads) || steps > len(heads) {
				return false
			}
			h = heads[h]
			steps++
		}
	}
	return roots == 1
}

// projectivize lifts non-projective arcs until the tree is projective: the
// shortest non-projective arc h -> d becomes head(h) -> d. It returns the
// number of lifts.
func projectivize(heads []int32) int {
	n := len(heads) - 1
	lifts := 0
	for lifts <= 4*n {
		best, bestLen := -1, 1<<30
		for d := 1; d <= n; d++ {
			h := int(heads[d])
			if !projectiveArc(heads, h, d) {
				if l := abs(h - d); l < bestLen {
					best, bestLen = d, l
				}
			}
		}
		if best < 0 {
			return lifts
		}
		heads[best] = heads[heads[best]]
		lifts++
	}
	return lifts
}

// projectiveArc reports whether every word between h and d is dominated
// by h.
func projectiveArc(heads []int32, h, d int) bool {
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		a := k
		for a != h && a != 0 {
			a = int(heads[a])
		}
		if a != h {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Scores are attachment scores in percent over all words, punctuation
// included (CoNLL 2018). LAS compares the universal part of the relation
// (before ":"), as the CoNLL 2018 shared task did; LASFull compares the
// whole relation, subtypes included.
type Scores struct {
	UAS, LAS, LASFull float64
	Words, Sentences  int
	Parse             time.Duration // time spent in Parse
}

func evalExamples(p *Parser, exs []*example) Scores {
	var sc Scores
	var uas, las, full int
	for _, ex := range exs {
		t := time.Now()
		heads, rels := p.Parse(ex.words, ex.upos, ex.xpos)
		sc.Parse += time.Since(t)
		sc.Sentences++
		for i := range heads {
			sc.Words++
			if int32(heads[i]) != ex.gold[i+1] {
				continue
			}
			uas++
			g := ""
			if l := ex.labels[i+1]; l >= 0 {
				g = p.labels[l]
			}
			if rels[i] == g {
				full++
				las++
			} else if universal(rels[i]) == universal(g) && g != "" {
				las++
			}
		}
	}
	if sc.Words > 0 {
		sc.UAS = 100 * float64(uas) / float64(sc.Words)
		sc.LAS = 100 * float64(las) / float64(sc.Words)
		sc.LASFull = 100 * float64(full) / float64(sc.Words)
	}
	return sc
}

func universal(l string) string {
	u, _, _ := strings.Cut(l, ":")
	return u
}

// Evaluate parses the sentences (tagged by tag, or with their own tags
// when tag is nil) and scores the result against their trees.
func Evaluate(p *Parser, sentences []*conllu.Sentence, tag TagFunc) (Scores, error) {
	id := map[string]int{}
	for i, l := range p.labels {
		id[l] = i
	}
	var exs []*example
	for _, s := range sentences {
		n := len(s.Words)
		if n == 0 {
			continue
		}
		ex := &example{words: make([]string, n), upos: make([]string, n), xpos: make([]string, n)}
		for i, w := range s.Words {
			ex.words[i], ex.upos[i], ex.xpos[i] = w.Form, w.UPOS, w.XPOS
		}
		if tag != nil {
			ex.upos, ex.xpos = tag(ex.words)
		}
		ex.gold, ex.labels = origHeads(s, id)
		if ex.gold == nil {
			return Scores{}, fmt.Errorf("parser: evaluate: sentence %q (line %d) has words without a head", s.ID(), s.Line)
		}
		// labels unknown to the model never match
		for i := 1; i <= n; i++ {
			if ex.labels[i] < 0 {
				ex.labels[i] = -1
			}
		}
		exs = append(exs, ex)
	}
	return evalExamples(p, exs), nil
}
