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
	joint   bool // labels scored in the beam and trained globally
	goldSeq []int8
	goldLab []int16   // label of each gold action, -1 for none
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
	t.goldSeq, t.goldLab, t.goldCum = t.goldSeq[:0], t.goldLab[:0], append(t.goldCum[:0], 0)
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
		sc := scores[a]
		h, d := g.arc(a)
		l := -1
		if d >= 0 {
			l = t.goldLabel(ex, int(d))
			if t.joint && h > 0 {
				g.labelFeatures(t.feats, h, d)
				w.labelScores(t.feats[:nLabFeats], g.scores)
				sc += g.scores[l]
			}
		}
		t.goldSeq = append(t.goldSeq, int8(a))
		t.goldLab = append(t.goldLab, int16(l))
		t.goldCum = append(t.goldCum, t.goldCum[len(t.goldCum)-1]+sc)
		g.apply(a, l)
	}
	// The beam, and its largest violation. Separate labels: gold arcs
	// get their gold label, so that the gold configurations in the beam
	// are those of the gold sequence.
	var sc scorer = &goldLabels{weights: w, ex: ex}
	t.b.joint, t.b.goldLab = 0, nil
	if t.joint {
		sc, t.b.joint, t.b.goldLab = w, 1, t.goldLab
	}
	t.b.search(t.init, sc, m, t.k, t.goldSeq)
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
	if t.joint {
		w.labC++
	}
	// The gold configurations: updates up to the violation, and the
	// separate label model at every arc.
	tl := &trainLabels{weights: w, ex: ex}
	g.copyFrom(t.init)
	for i, a := range t.goldSeq {
		up := best >= 0 && i <= best
		if up {
			g.actionFeatures(t.feats)
			w.updateAction(t.feats[:nActFeats], int(a), 1)
		}
		h, d := g.arc(int(a))
		l := int(t.goldLab[i])
		if d >= 0 && h > 0 {
			if !t.joint {
				l = g.chooseLabel(tl, m, h, d)
			} else if up {
				g.labelFeatures(t.feats, h, d)
				w.updateLabel(t.feats[:nLabFeats], l, 1)
			}
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
		if h, d := g.arc(int(a)); t.joint && d >= 0 && h > 0 {
			g.labelFeatures(t.feats, h, d)
			w.updateLabel(t.feats[:nLabFeats], int(t.labs[i]), -1)
		}
		g.apply(int(a), int(t.labs[i]))
	}
}

// arc returns the head and dependent of the arc action a makes in s, or
// -1, -1.
func (s *state) arc(a int) (h, d int32) {
	switch a {
	case leftArc:
		return int32(s.b), int32(s.s0())
	case rightArc:
		return int32(s.s0()), int32(s.b)
	}
	return -1, -1
}

// goldLabel returns the gold label of word d, as the arc to it is made.
func (t *beamTrainer) goldLabel(ex *example, d int) int {
	if ex.gold[d] == 0 {
		return t.m.root
	}
	return int(max(ex.labels[d], 0))
}
