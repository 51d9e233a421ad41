package parser

// Feature templates after Zhang and Nivre (2011), "Transition-based
// dependency parsing with rich non-local features": words and tags of the
// stack top (S0), the first three buffer words (N0..N2), the head and
// grandparent of S0, the leftmost and rightmost children of S0 and N0 and
// the next ones in, the distance S0-N0, valencies and label sets. Tags are
// Penn (XPOS); a few templates read UPOS as well.

const nActFeats = 93

var noTok = tok{w: hNone, x: hNone, u: hNone, suf: hNone, shape: hNone}

func (s *state) t(i int32) *tok {
	if i < 0 {
		return &noTok
	}
	return &s.toks[i]
}

func (s *state) label(i int32) uint64 {
	if i < 0 {
		return 0
	}
	return uint64(s.lab[i] + 1)
}

func dist(d int) uint64 {
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 8:
		return 6
	case d <= 12:
		return 7
	}
	return 8
}

// actionFeatures fills out with the hashes of the action features.
func (s *state) actionFeatures(out []uint64) {
	s.posFeatures(out)
	s.treeFeatures(out)
}

// posFeatures fills the slots posSlots of out: the features that read
// only the positions of S0 and N0 (the words there and around them and
// their distance), not the arcs made so far nor the rest of the stack.
func (s *state) posFeatures(out []uint64) {
	s0i := int32(-1)
	if len(s.stack) > 0 {
		s0i = s.stack[len(s.stack)-1]
	}
	n0i, n1i, n2i := int32(-1), int32(-1), int32(-1)
	if s.b <= s.n {
		n0i = int32(s.b)
	}
	if s.b+1 <= s.n {
		n1i = int32(s.b + 1)
	}
	if s.b+2 <= s.n {
		n2i = int32(s.b + 2)
	}
	S0, N0, N1, N2 := s.t(s0i), s.t(n0i), s.t(n1i), s.t(n2i)
	d := uint64(0)
	if s0i >= 0 && n0i >= 0 {
		d = dist(int(n0i - s0i))
		if s0i == 0 {
			d = 9
		}
	}
	N0p, S0n := &noTok, &noTok
	if n0i > 1 {
		N0p = s.t(n0i - 1)
	}
	if s0i > 0 && int(s0i) < s.n {
		S0n = s.t(s0i + 1)
	}
	o := out[:nActFeats]
	o[0] = f2(1, S0.w, S0.x)
	o[1] = f1(2, S0.w)
	o[2] = f1(3, S0.x)
	o[3] = f2(4, N0.w, N0.x)
	o[4] = f1(5, N0.w)
	o[5] = f1(6, N0.x)
	o[6] = f2(7, N1.w, N1.x)
	o[7] = f1(8, N1.w)
	o[8] = f1(9, N1.x)
	o[9] = f2(10, N2.w, N2.x)
	o[10] = f1(11, N2.w)
	o[11] = f1(12, N2.x)
	o[12] = f3(13, mix(S0.w, S0.x), N0.w, N0.x)
	o[13] = f3(14, S0.w, S0.x, N0.w)
	o[14] = f3(15, S0.w, N0.w, N0.x)
	o[15] = f3(16, S0.w, S0.x, N0.x)
	o[16] = f3(17, S0.x, N0.w, N0.x)
	o[17] = f2(18, S0.w, N0.w)
	o[18] = f2(19, S0.x, N0.x)
	o[19] = f2(20, N0.x, N1.x)
	o[20] = f3(21, N0.x, N1.x, N2.x)
	o[21] = f3(22, S0.x, N0.x, N1.x)
	o[26] = f2(27, S0.w, d)
	o[27] = f2(28, S0.x, d)
	o[28] = f2(29, N0.w, d)
	o[29] = f2(30, N0.x, d)
	o[30] = f3(31, S0.w, N0.w, d)
	o[31] = f3(32, S0.x, N0.x, d)
	o[72] = f2(73, S0.u, N0.u)
	o[73] = f3(74, S0.u, N0.u, N1.u)
	o[76] = f2(77, N0.suf, N0.x)
	o[77] = f2(78, S0.suf, S0.x)
	o[78] = f2(79, N0.shape, S0.x)
	o[80] = f3(81, S0.w, N0.x, N1.x)
	o[81] = f3(82, S0.x, N0.w, N1.x)
	o[82] = f1(83, 1) // bias
	o[83] = f2(84, N0.w, N1.w)
	o[84] = f2(85, S0.w, N0.suf)
	o[85] = f2(86, S0.suf, N0.w)
	o[86] = f3(87, S0.u, N0.w, N0.u)
	o[87] = f3(88, S0.w, S0.u, N0.u)
	o[89] = f3(90, N0p.x, N0.x, S0.x)
	o[90] = f2(91, N0p.w, N0.w)
	o[91] = f3(92, S0n.x, S0.x, N0.x)
	o[92] = f3(93, N1.suf, N1.shape, N0.x)
}

// posSlots are the slots posFeatures fills; treeSlots the others.
var posSlots = [...]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 26, 27, 28, 29, 30, 31, 72, 73, 76, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 89, 90, 91, 92}
var treeSlots = [...]int{22, 23, 24, 25, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 74, 75, 79, 88}

// treeFeatures fills the slots treeSlots of out: the features that read
// the arcs made so far (heads, children, labels, valencies) or the word
// below S0.
func (s *state) treeFeatures(out []uint64) {
	s0i := int32(-1)
	if len(s.stack) > 0 {
		s0i = s.stack[len(s.stack)-1]
	}
	n0i := int32(-1)
	if s.b <= s.n {
		n0i = int32(s.b)
	}
	s1i := int32(-1)
	if len(s.stack) > 1 {
		s1i = s.stack[len(s.stack)-2]
	}
	var s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2 int32 = -1, -1, -1, -1, -1, -1, -1, -1
	var s0vl, s0vr, n0vl uint64
	var s0sl, s0sr, n0sl uint64
	s0l0 := uint64(0)
	if s0i >= 0 {
		s0h = s.head[s0i]
		if s0h >= 0 {
			s0h2 = s.head[s0h]
		}
		s0l, s0l2, s0r, s0r2 = s.lc1[s0i], s.lc2[s0i], s.rc1[s0i], s.rc2[s0i]
		s0vl, s0vr = uint64(s.nl[s0i]), uint64(s.nr[s0i])
		s0sl, s0sr = s.lset[s0i].hash(), s.rset[s0i].hash()
		s0l0 = s.label(s0i)
	}
	if n0i >= 0 {
		n0l, n0l2 = s.lc1[n0i], s.lc2[n0i]
		n0vl = uint64(s.nl[n0i])
		n0sl = s.lset[n0i].hash()
	}
	S0, N0 := s.t(s0i), s.t(n0i)
	S0h, S0h2 := s.t(s0h), s.t(s0h2)
	S0l, S0l2, S0r, S0r2 := s.t(s0l), s.t(s0l2), s.t(s0r), s.t(s0r2)
	N0l, N0l2 := s.t(n0l), s.t(n0l2)
	S1 := s.t(s1i)
	o := out[:nActFeats]
	o[22] = f3(23, S0h.x, S0.x, N0.x)
	o[23] = f3(24, S0.x, S0l.x, N0.x)
	o[24] = f3(25, S0.x, S0r.x, N0.x)
	o[25] = f3(26, S0.x, N0.x, N0l.x)
	o[32] = f2(33, S0.w, s0vr)
	o[33] = f2(34, S0.x, s0vr)
	o[34] = f2(35, S0.w, s0vl)
	o[35] = f2(36, S0.x, s0vl)
	o[36] = f2(37, N0.w, n0vl)
	o[37] = f2(38, N0.x, n0vl)
	o[38] = f1(39, S0h.w)
	o[39] = f1(40, S0h.x)
	o[40] = f1(41, s0l0)
	o[41] = f1(42, S0l.w)
	o[42] = f1(43, S0l.x)
	o[43] = f1(44, s.label(s0l))
	o[44] = f1(45, S0r.w)
	o[45] = f1(46, S0r.x)
	o[46] = f1(47, s.label(s0r))
	o[47] = f1(48, N0l.w)
	o[48] = f1(49, N0l.x)
	o[49] = f1(50, s.label(n0l))
	o[50] = f1(51, S0h2.w)
	o[51] = f1(52, S0h2.x)
	o[52] = f1(53, s.label(s0h))
	o[53] = f1(54, S0l2.w)
	o[54] = f1(55, S0l2.x)
	o[55] = f1(56, s.label(s0l2))
	o[56] = f1(57, S0r2.w)
	o[57] = f1(58, S0r2.x)
	o[58] = f1(59, s.label(s0r2))
	o[59] = f1(60, N0l2.w)
	o[60] = f1(61, N0l2.x)
	o[61] = f1(62, s.label(n0l2))
	o[62] = f3(63, S0.x, S0l.x, S0l2.x)
	o[63] = f3(64, S0.x, S0r.x, S0r2.x)
	o[64] = f3(65, S0.x, S0h.x, S0h2.x)
	o[65] = f3(66, N0.x, N0l.x, N0l2.x)
	o[66] = f2(67, S0.w, s0sr)
	o[67] = f2(68, S0.x, s0sr)
	o[68] = f2(69, S0.w, s0sl)
	o[69] = f2(70, S0.x, s0sl)
	o[70] = f2(71, N0.w, n0sl)
	o[71] = f2(72, N0.x, n0sl)
	o[74] = f3(75, S1.x, S0.x, N0.x)
	o[75] = f2(76, S1.w, N0.w)
	o[79] = f3(80, S0.x, N0.x, s0l0)
	o[88] = f2(89, S0h.w, N0.w)
}

const nLabFeats = 34

// labelFeatures fills out with the features for labelling the arc h -> d.
func (s *state) labelFeatures(out []uint64, h, d int32) {
	H, D := s.t(h), s.t(d)
	dir := uint64(1)
	if d < h {
		dir = 2
	}
	dd := dist(int(d - h))
	if d < h {
		dd = dist(int(h - d))
	}
	if h == 0 {
		dd = 9
	}
	hh := int32(-1)
	if h >= 0 {
		hh = s.head[h]
	}
	HH := s.t(hh)
	Dl, Dr := s.t(s.lc1[d]), s.t(s.rc1[d])
	Dp, Dn := s.t(d-1), s.t(-1)
	if d+1 <= int32(s.n) {
		Dn = s.t(d + 1)
	}
	hl, hr := labelSet{}, labelSet{}
	if h >= 0 {
		hl, hr = s.lset[h], s.rset[h]
	}
	o := out[:nLabFeats]
	o[0] = f2(101, dir, D.w)
	o[1] = f2(102, dir, D.x)
	o[2] = f2(103, dir, D.u)
	o[3] = f2(104, dir, H.w)
	o[4] = f2(105, dir, H.x)
	o[5] = f3(106, dir, H.x, D.x)
	o[6] = f3(107, dir, H.w, D.x)
	o[7] = f3(108, dir, H.x, D.w)
	o[8] = f3(109, dir, H.w, D.w)
	o[9] = f3(110, dir, H.u, D.u)
	o[10] = f3(111, dir, dd, D.x)
	o[11] = f3(112, dir, dd, H.x)
	o[12] = f3(113, dir, s.label(s.lc1[d]), D.x)
	o[13] = f3(114, dir, s.label(s.rc1[d]), D.x)
	o[14] = f3(115, dir, s.lset[d].hash(), D.x)
	o[15] = f3(116, dir, s.label(h), H.x)
	o[16] = f3(117, dir, hl.hash(), H.x)
	o[17] = f3(118, dir, hr.hash(), H.x)
	o[18] = f3(119, dir, D.x, Dn.x)
	o[19] = f3(120, dir, D.x, Dp.x)
	o[20] = f3(121, dir, D.suf, D.x)
	o[21] = f3(122, dir, D.shape, D.x)
	o[22] = f3(123, dir, HH.x, mix(H.x, D.x))
	o[23] = f3(124, dir, Dl.w, mix(D.x, H.x))
	o[24] = f3(125, dir, Dl.x, mix(D.x, H.x))
	o[25] = f3(126, dir, Dr.x, D.x)
	o[26] = f3(127, dir, D.w, H.suf)
	o[27] = f3(128, dir, hl.hash(), mix(H.x, D.x))
	o[28] = f3(129, dir, Dl.w, H.w)
	o[29] = f2(130, dir, 1)
	o[30] = f3(131, dir, s.lset[d].hash(), mix(D.x, H.x))
	o[31] = f3(132, dir, H.w, D.u)
	o[32] = f3(133, dir, Dp.w, D.x)
	o[33] = f3(134, dir, s.label(hh), mix(H.x, D.x))
}
