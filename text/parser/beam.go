package parser

// Beam search (Zhang and Clark 2008; Zhang and Nivre 2011): the parser
// keeps the k best configurations after every step, ranked by the sum of
// their action scores, instead of the single best. A configuration whose
// buffer is empty is finished and is carried on unchanged; the search ends
// when every configuration in the beam is finished, and the best one gives
// the tree. Relation labels stay a separate, local model: each arc of each
// configuration gets the best label of the label model when it is made.

// histEntry is one step of a configuration's history: the action taken,
// the label of the arc it made (-1: none) and the entry before it (-1:
// the first step).
type histEntry struct {
	parent int32
	act    int8
	lab    int16
}

// beamItem is a configuration in the beam.
type beamItem struct {
	st    *state
	score float64
	gold  bool  // training: every action so far is the gold one
	hist  int32 // last entry of its history, -1 for none
}

// cand is a candidate successor: configuration parent followed by action
// act (-1: a finished configuration carried on).
type cand struct {
	parent int
	act    int
	lab    int // with joint labels: the arc's label
	score  float64
}

// beam is the scratch space of one beam search, reused across sentences.
type beam struct {
	nLabels     int
	items, next []beamItem
	free        []*state
	hist        []histEntry
	cands       []cand
	claimed     []bool
	feats       []uint64
	memo        [memoSize]labMemo // labels chosen in this search
	noMemo      bool              // tests: label every arc afresh
	// pos caches, for the built-in scorer, the sums of the weights of
	// the features that read only the positions of S0 and N0 (posSlots):
	// the beam's configurations share them often.
	pos [posCacheSize]posSums
	gen uint32 // search number: pos entries of other searches are stale
	// joint, when not 0, ranks arcs by their action score plus joint
	// times the score of their best label (labels are then chosen for
	// every candidate arc, not only for the configurations kept).
	joint float64
	// goldLab (training, joint labels): the label of each gold action.
	goldLab []int16

	// Training trace, one entry per step: the best item's score, history
	// and gold flag, and whether a gold item was still in the beam.
	topScore []float64
	topHist  []int32
	topGold  []bool
}

func newBeam(nLabels int) *beam {
	return &beam{nLabels: nLabels, feats: make([]uint64, max(nActFeats, nLabFeats))}
}

func (b *beam) get() *state {
	if n := len(b.free); n > 0 {
		s := b.free[n-1]
		b.free = b.free[:n-1]
		return s
	}
	return &state{feats: make([]uint64, max(nActFeats, nLabFeats)), scores: make([]float64, b.nLabels)}
}

// copyFrom makes s a copy of configuration o (sharing o's words).
func (s *state) copyFrom(o *state) {
	n := o.n
	s.n, s.b, s.rootChild, s.toks = n, o.b, o.rootChild, o.toks
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head[:n+1]...)
	s.lab = append(s.lab[:0], o.lab[:n+1]...)
	s.lc1 = append(s.lc1[:0], o.lc1[:n+1]...)
	s.lc2 = append(s.lc2[:0], o.lc2[:n+1]...)
	s.rc1 = append(s.rc1[:0], o.rc1[:n+1]...)
	s.rc2 = append(s.rc2[:0], o.rc2[:n+1]...)
	s.nl = append(s.nl[:0], o.nl[:n+1]...)
	s.nr = append(s.nr[:0], o.nr[:n+1]...)
	s.lset = append(s.lset[:0], o.lset[:n+1]...)
	s.rset = append(s.rset[:0], o.rset[:n+1]...)
	s.onStack = append(s.onStack[:0], o.onStack[:n+1]...)
}

// search runs a beam of width k from the prepared configuration init and
// returns the best finished configuration, which belongs to b until the
// next search. With goldSeq (training) it flags the items that follow
// it and records the trace.
func (b *beam) search(init *state, sc scorer, m *meta, k int, goldSeq []int8) *state {
	for _, it := range b.items {
		b.free = append(b.free, it.st)
	}
	b.items, b.hist = b.items[:0], b.hist[:0]
	b.topScore, b.topHist, b.topGold = b.topScore[:0], b.topHist[:0], b.topGold[:0]
	st := b.get()
	st.copyFrom(init)
	b.items = append(b.items, beamItem{st: st, gold: goldSeq != nil, hist: -1})
	for i := range b.memo {
		b.memo[i].used = false
	}
	b.gen++
	if b.gen == 0 { // wrapped: forget every entry
		clear(b.pos[:])
		b.gen = 1
	}
	ps, packed := sc.(*Parser)
	var scores [nActions]float64
	for t := 0; ; t++ {
		b.cands = b.cands[:0]
		done := true
		for i := range b.items {
			it := &b.items[i]
			s := it.st
			if s.terminal() {
				b.cands = append(b.cands, cand{parent: i, act: -1, lab: -1, score: it.score})
				continue
			}
			done = false
			if packed {
				b.actionScores(ps, s, &scores)
			} else {
				s.actionFeatures(b.feats)
				sc.actionScores(b.feats[:nActFeats], &scores)
			}
			for a := 0; a < nActions; a++ {
				if !s.valid(a) {
					continue
				}
				c := cand{parent: i, act: a, lab: -1, score: it.score + scores[a]}
				if b.joint != 0 && (a == leftArc || a == rightArc) {
					var ls float64
					if a == leftArc {
						c.lab, ls = b.label(s, sc, m, int32(s.b), int32(s.s0()))
					} else {
						c.lab, ls = b.label(s, sc, m, int32(s.s0()), int32(s.b))
					}
					c.score += b.joint * ls
				}
				b.cands = append(b.cands, c)
			}
		}
		if done {
			break
		}
		top := selectTop(b.cands, k)
		// Copy first, then apply: the first successor of an item takes
		// over its configuration, the others copy it before it changes.
		if cap(b.claimed) < len(b.items) {
			b.claimed = make([]bool, len(b.items))
		}
		claimed := b.claimed[:len(b.items)]
		clear(claimed)
		next := b.next[:0]
		for _, c := range top {
			p := &b.items[c.parent]
			var s *state
			if !claimed[c.parent] {
				claimed[c.parent] = true
				s = p.st
			} else {
				s = b.get()
				s.copyFrom(p.st)
			}
			gold := p.gold && (c.act < 0 || t < len(goldSeq) && int(goldSeq[t]) == c.act &&
				(b.joint == 0 || t < len(b.goldLab) && int(b.goldLab[t]) == c.lab))
			next = append(next, beamItem{st: s, score: c.score, gold: gold, hist: p.hist})
		}
		for i, p := range b.items {
			if !claimed[i] {
				b.free = append(b.free, p.st)
			}
		}
		for i, c := range top {
			if c.act < 0 {
				continue
			}
			it := &next[i]
			s := it.st
			l := c.lab
			if b.joint == 0 {
				switch c.act {
				case leftArc:
					l, _ = b.label(s, sc, m, int32(s.b), int32(s.s0()))
				case rightArc:
					l, _ = b.label(s, sc, m, int32(s.s0()), int32(s.b))
				}
			}
			s.apply(c.act, l)
			b.hist = append(b.hist, histEntry{parent: it.hist, act: int8(c.act), lab: int16(l)})
			it.hist = int32(len(b.hist) - 1)
		}
		if goldSeq != nil {
			b.topScore = append(b.topScore, next[0].score)
			b.topHist = append(b.topHist, next[0].hist)
			b.topGold = append(b.topGold, next[0].gold)
		}
		b.items, b.next = next, b.items
	}
	return b.items[0].st
}

type posSums struct {
	gen       uint32
	s0, b     int32
	even, odd uint64
}

const posCacheSize = 64

// actionScores scores the actions in s as p.actionScores does on all of
// s's action features, with the sums of the positional features taken
// from the cache when another configuration of this search had the same
// S0 and N0. The sums are of integers in lanes that cannot overflow
// (see pack), so the scores are exactly those of p.actionScores.
func (b *beam) actionScores(p *Parser, s *state, out *[nActions]float64) {
	s0, n0 := s.stack[len(s.stack)-1], int32(s.b)
	e := &b.pos[(uint32(s0)*31+uint32(n0))%posCacheSize]
	if e.gen != b.gen || e.s0 != s0 || e.b != n0 {
		s.posFeatures(b.feats)
		even, odd := p.actionSums(b.feats, posSlots[:])
		*e = posSums{gen: b.gen, s0: s0, b: n0, even: even, odd: odd}
	}
	s.treeFeatures(b.feats)
	even, odd := p.actionSums(b.feats, treeSlots[:])
	actionOut(e.even+even, e.odd+odd, nActFeats, out)
}

// labKey is everything the label features of the arc h -> d read from
// a configuration: equal keys in one sentence give equal labels.
type labKey struct {
	h, d, hh, labH, labHH int32
	l1, r1, labL1, labR1  int32
	lsetD, lsetH, rsetH   labelSet
}

type labMemo struct {
	key   labKey
	lab   int32
	used  bool
	score float64
}

const memoSize = 256

// label returns the label of the arc h -> d in s, as s.chooseLabel does,
// and its score (0 for the root's arc, whose label is fixed),
// remembering it for the other configurations of the beam that share
// what the label features read (they often do: the beam's items differ
// in a few arcs).
func (b *beam) label(s *state, sc scorer, m *meta, h, d int32) (int, float64) {
	if h == 0 {
		return m.root, 0
	}
	k := labKey{h: h, d: d, hh: s.head[h], labH: s.lab[h], labHH: -1,
		l1: s.lc1[d], r1: s.rc1[d], labL1: -1, labR1: -1,
		lsetD: s.lset[d], lsetH: s.lset[h], rsetH: s.rset[h]}
	if k.hh >= 0 {
		k.labHH = s.lab[k.hh]
	}
	if k.l1 >= 0 {
		k.labL1 = s.lab[k.l1]
	}
	if k.r1 >= 0 {
		k.labR1 = s.lab[k.r1]
	}
	hv := mix(mix(mix(uint64(h), uint64(d)), uint64(k.hh)<<32|uint64(uint32(k.labH))), uint64(k.l1)<<32|uint64(uint32(k.r1)))
	hv = mix(mix(hv, k.lsetD.hash()), mix(k.lsetH.hash(), k.rsetH.hash()))
	e := &b.memo[hv%memoSize]
	if b.noMemo {
		l := s.chooseLabel(sc, m, h, d)
		return l, s.scores[l]
	}
	if e.used && e.key == k {
		return int(e.lab), e.score
	}
	l := s.chooseLabel(sc, m, h, d)
	*e = labMemo{key: k, lab: int32(l), used: true, score: s.scores[l]}
	return l, e.score
}

// selectTop moves the k best candidates (highest score first; ties in
// the order given) to the front of cs and returns them.
func selectTop(cs []cand, k int) []cand {
	n := min(k, len(cs))
	for i := 1; i < len(cs); i++ {
		c := cs[i]
		if i >= n {
			if c.score <= cs[n-1].score {
				continue
			}
			cs[i] = cs[n-1]
			i0 := n - 1
			for i0 > 0 && c.score > cs[i0-1].score {
				cs[i0] = cs[i0-1]
				i0--
			}
			cs[i0] = c
			continue
		}
		j := i
		for j > 0 && c.score > cs[j-1].score {
			cs[j] = cs[j-1]
			j--
		}
		cs[j] = c
	}
	return cs[:n]
}

// actions returns the actions and labels of the history ending at h, in
// order.
func (b *beam) actions(h int32, acts []int8, labs []int16) ([]int8, []int16) {
	acts, labs = acts[:0], labs[:0]
	for ; h >= 0; h = b.hist[h].parent {
		acts = append(acts, b.hist[h].act)
		labs = append(labs, b.hist[h].lab)
	}
	for i, j := 0, len(acts)-1; i < j; i, j = i+1, j-1 {
		acts[i], acts[j] = acts[j], acts[i]
		labs[i], labs[j] = labs[j], labs[i]
	}
	return acts, labs
}

// finish attaches the words left without a head: the first becomes the
// root if there is none, the others attach to the root word.
func finish(s *state, sc scorer, m *meta) {
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
