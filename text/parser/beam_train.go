package parser

// Global training of the beam (Collins and Roark 2004; Zhang and Clark
// 2008) with the max-violation update of Huang, Fayong and Guo (2012):
// the sentence is decoded with the beam, and at the step where the best
// configuration outscores the gold one by the most (the gold one having
// fallen out of the beam or not being first), the action weights move
// toward the gold prefix and away from the best one. The gold sequence is
// static: the first zero-cost action (Goldberg and Nivre 2012) in the
// order left-arc, right-arc, reduce, shift. The label model is trained
// locally on the gold configurations, as in greedy training.

// beamTrainer holds the per-sentence scratch of beam training.
type beamTrainer struct {
	w       *weights
	m       *meta
	k       int
	b       *beam
	init, g *state
	goldSeq []int8
	goldCum []float64 // goldCum[t]: score of the first t gold actions
	acts    []int8
	labs    []int16
	feats   []uint64
	updates int // sentences with an update
}

// goldLabels labels the gold arcs of a configuration with their gold
// label and the others with the model's, without learning.
type goldLabels struct {
	*weights
	ex *example
}

func (g *goldLabels) choose(s *state, m *meta, h, d int32, scores []float64) int {
	if g.ex.gold[d] == h && g.ex.labels[d] >= 0 {
		return int(g.ex.labels[d])
	}
	return bestLabel(m, h, d, scores)
}

// goldAction returns the first zero-cost valid action in the order
// left-arc, right-arc, reduce, shift.
func goldAction(s *state, ex *example) int {
	for _, a := range [...]int{leftArc, rightArc, reduce, shift} {
		if s.valid(a) && s.cost(a, ex.gold, ex.kids) == 0 {
			return a
		}
	}
	for _, a := range [...]int{leftArc, rightArc, reduce, shift} {
		if s.valid(a) {
			return a
		}
	}
	return -1
}

// learn trains on one sentence, prepared in t.init.
func (t *beamTrainer) learn(ex *example) {
	w, m := t.w, t.m
	// The gold sequence and the scores of its prefixes.
	t.goldSeq, t.goldCum = t.goldSeq[:0], append(t.goldCum[:0], 0)
	g := t.g
	g.copyFrom(t.init)
	var scores [nActions]float64
	for !g.terminal() {
		g.actionFeatures(t.feats)
		w.actionScores(t.feats[:nActFeats], &scores)
		a := goldAction(g, ex)
		if a < 0 {
			break
		}
		t.goldSeq = append(t.goldSeq, int8(a))
		t.goldCum = append(t.goldCum, t.goldCum[len(t.goldCum)-1]+scores[a])
		l := -1
		switch a {
		case leftArc:
			l = t.goldLabel(ex, g.s0())
		case rightArc:
			l = t.goldLabel(ex, g.b)
		}
		g.apply(a, l)
	}
	// The beam, and its largest violation.
	gl := &goldLabels{weights: w, ex: ex}
	t.b.search(t.init, gl, m, t.k, t.goldSeq)
	best, bestV := -1, 0.0
	for i, sc := range t.b.topScore {
		if t.b.topGold[i] {
			continue
		}
		v := sc - t.goldCum[min(i+1, len(t.goldSeq))]
		if best < 0 || v > bestV {
			best, bestV = i, v
		}
	}
	w.actC++
	// The gold configurations: action updates up to the violation, and
	// the label model at every arc.
	tl := &trainLabels{weights: w, ex: ex}
	g.copyFrom(t.init)
	for i, a := range t.goldSeq {
		if best >= 0 && i <= best {
			g.actionFeatures(t.feats)
			w.updateAction(t.feats[:nActFeats], int(a), 1)
		}
		l := -1
		switch int(a) {
		case leftArc:
			l = g.chooseLabel(tl, m, int32(g.b), int32(g.s0()))
		case rightArc:
			l = g.chooseLabel(tl, m, int32(g.s0()), int32(g.b))
		}
		g.apply(int(a), l)
	}
	if best < 0 {
		return
	}
	t.updates++
	t.acts, t.labs = t.b.actions(t.b.topHist[best], t.acts, t.labs)
	g.copyFrom(t.init)
	for i, a := range t.acts {
		g.actionFeatures(t.feats)
		w.updateAction(t.feats[:nActFeats], int(a), -1)
		g.apply(int(a), int(t.labs[i]))
	}
}

// goldLabel returns the gold label of word d, as the arc to it is made.
func (t *beamTrainer) goldLabel(ex *example, d int) int {
	if ex.gold[d] == 0 {
		return t.m.root
	}
	return int(max(ex.labels[d], 0))
}
