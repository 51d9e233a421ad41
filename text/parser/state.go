package parser

// The transition system is arc-eager (Nivre 2003) with the artificial root
// (index 0) at the bottom of the stack, and one root per sentence: the root
// takes a single dependent. Words are 1..n; -1 means "none".

const (
	shift = iota
	reduce
	leftArc
	rightArc
	nActions
)

// labelSet is a set of label ids (at most 128 labels).
type labelSet [2]uint64

func (s *labelSet) add(l int) { s[l>>6] |= 1 << (l & 63) }

func (s labelSet) hash() uint64 { return mix(s[0], s[1]) }

// tok holds the hashed attributes of one word.
type tok struct {
	w, x, u, suf, shape uint64
}

// state is a parser configuration and the per-sentence scratch space; it
// is reused from sentence to sentence.
type state struct {
	n     int
	toks  []tok // 0 is the root
	stack []int32
	b     int // next buffer word; b > n when the buffer is empty

	head, lab          []int32
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []uint8
	lset, rset         []labelSet
	rootChild          int32
	feats              []uint64
	scores             []float64
	onStack            []bool
}

func (s *state) reset(n int) {
	s.n = n
	grow := func(a []int32) []int32 {
		if cap(a) < n+1 {
			return make([]int32, n+1)
		}
		return a[:n+1]
	}
	s.head, s.lab = grow(s.head), grow(s.lab)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	if cap(s.nl) < n+1 {
		s.nl, s.nr = make([]uint8, n+1), make([]uint8, n+1)
		s.lset, s.rset = make([]labelSet, n+1), make([]labelSet, n+1)
		s.onStack = make([]bool, n+1)
		s.toks = make([]tok, n+1)
	}
	s.nl, s.nr, s.lset, s.rset, s.onStack, s.toks = s.nl[:n+1], s.nr[:n+1], s.lset[:n+1], s.rset[:n+1], s.onStack[:n+1], s.toks[:n+1]
	for i := 0; i <= n; i++ {
		s.head[i], s.lab[i] = -1, -1
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i] = 0, 0
		s.lset[i], s.rset[i] = labelSet{}, labelSet{}
		s.onStack[i] = false
	}
	s.stack = append(s.stack[:0], 0)
	s.onStack[0] = true
	s.b = 1
	s.rootChild = -1
}

func (s *state) terminal() bool { return s.b > s.n }

func (s *state) s0() int { return int(s.stack[len(s.stack)-1]) }

// valid reports whether action a may be taken.
func (s *state) valid(a int) bool {
	s0 := s.s0()
	switch a {
	case shift:
		return s.b <= s.n
	case reduce:
		return s0 != 0 && s.head[s0] >= 0
	case leftArc:
		return s.b <= s.n && s0 != 0 && s.head[s0] < 0
	case rightArc:
		return s.b <= s.n && (s0 != 0 || s.rootChild < 0)
	}
	return false
}

// addArc makes h the head of d with label l.
func (s *state) addArc(h, d, l int) {
	s.head[d], s.lab[d] = int32(h), int32(l)
	if h == 0 {
		s.rootChild = int32(d)
		return
	}
	if d < h {
		s.nl[h]++
		s.lset[h].add(l)
		if c := s.lc1[h]; c < 0 || int32(d) < c {
			s.lc2[h], s.lc1[h] = c, int32(d)
		} else if s.lc2[h] < 0 || int32(d) < s.lc2[h] {
			s.lc2[h] = int32(d)
		}
	} else {
		s.nr[h]++
		s.rset[h].add(l)
		if c := s.rc1[h]; c < 0 || int32(d) > c {
			s.rc2[h], s.rc1[h] = c, int32(d)
		} else if s.rc2[h] < 0 || int32(d) > s.rc2[h] {
			s.rc2[h] = int32(d)
		}
	}
}

// apply takes action a; l is the label of the arc it adds, if any.
func (s *state) apply(a, l int) {
	s0 := s.s0()
	switch a {
	case shift:
		s.stack = append(s.stack, int32(s.b))
		s.onStack[s.b] = true
		s.b++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
		s.onStack[s0] = false
	case leftArc:
		s.addArc(s.b, s0, l)
		s.stack = s.stack[:len(s.stack)-1]
		s.onStack[s0] = false
	case rightArc:
		s.addArc(s0, s.b, l)
		s.stack = append(s.stack, int32(s.b))
		s.onStack[s.b] = true
		s.b++
	}
}

// cost returns the number of gold arcs that action a makes unreachable
// (Goldberg and Nivre 2012), given the gold heads and the gold children of
// each word; the tree must be projective.
func (s *state) cost(a int, gold []int32, kids [][]int32) int {
	s0, b := s.s0(), s.b
	c := 0
	switch a {
	case leftArc:
		if g := int(gold[s0]); g > b {
			c++
		}
		for _, k := range kids[s0] {
			if int(k) >= b {
				c++
			}
		}
	case rightArc:
		if g := int(gold[b]); g != s0 && (g > b || s.onStack[g] && (g != 0 || s.rootChild < 0)) {
			c++
		}
		for _, k := range kids[b] {
			if s.onStack[k] && s.head[k] < 0 {
				c++
			}
		}
	case reduce:
		for _, k := range kids[s0] {
			if int(k) >= b {
				c++
			}
		}
	case shift:
		if g := int(gold[b]); g < b && s.onStack[g] && (g != 0 || s.rootChild < 0) {
			c++
		}
		for _, k := range kids[b] {
			if s.onStack[k] && s.head[k] < 0 {
				c++
			}
		}
	}
	return c
}
