package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes of a template number and the strings or tags
// the template reads. The same code computes them in training and tagging,
// so the model stores only hashes.

const (
	fBias = iota + 1
	fWord
	fLower
	fPre1
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fShape
	fFlags
	fPrev1
	fPrev2
	fPrev12
	fPrev1Word
	fPrev2Word // the tag two back and the word
	fWordM1
	fWordM2
	fWordP1
	fWordP2
	fSufM1
	fSufP1
	fWordM1Word
	fWordWordP1
	fPrev1WordP1
	fShapeP1
	fShapeM1
	fFirstWord
	fAmb
	fAmbP1
	fAmbP2
	fAmbM1
	fPrev1AmbP1
	fAmbAmbP1
	fR1 // pass 2: the first pass's tags of the next words
	fR2
	fR1R2
	fPrev1R1
	fWordR1
)

// nFeatures is the number of features of one token.
const nFeatures = 41

const (
	flagUpper  = 1 << iota // starts with an upper-case letter
	flagAllCap             // letters all upper case, more than one
	flagHyphen             // contains a hyphen
	flagDigit              // contains a digit
	flagAlpha              // contains a letter
	flagFirst              // first word of the sentence
)

// wordInfo holds the hashes of one word that features combine.
type wordInfo struct {
	word, lower, shape uint64
	pre, suf           [4]uint64
	flags              uint64
	amb                uint64 // ambiguity class: the tags seen with the word in training
	closed             uint16 // closed-class tags seen with it (closedSet bits)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashRune(h uint64, r rune) uint64 {
	h ^= uint64(r)
	h *= fnvPrime
	h ^= uint64(r) >> 8
	return h * fnvPrime
}

// mix combines a template number with one or two hashes into a feature.
func mix(t, a, b uint64) uint64 {
	h := t*0x9E3779B97F4A7C15 ^ a
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= b
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	h ^= h >> 32
	return h
}

// boundary hashes stand for the words before the start and after the end.
var (
	startInfo = wordInfo{word: 1, lower: 1, shape: 1, suf: [4]uint64{1, 1, 1, 1}, amb: 1}
	endInfo   = wordInfo{word: 2, lower: 2, shape: 2, suf: [4]uint64{2, 2, 2, 2}, amb: 2}
)

// analyze fills w for word; rs is scratch space, returned grown.
func analyze(w *wordInfo, word string, rs []rune) []rune {
	rs = rs[:0]
	hw, hl, hs := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var flags uint64
	var last rune = -1
	letters, upper := 0, 0
	for _, r := range word {
		hw = hashRune(hw, r)
		lr := unicode.ToLower(r)
		rs = append(rs, lr)
		hl = hashRune(hl, lr)
		var s rune
		switch {
		case unicode.IsUpper(r):
			s = 'X'
			letters++
			upper++
		case unicode.IsLetter(r):
			s = 'x'
			letters++
		case unicode.IsDigit(r):
			s = 'd'
			flags |= flagDigit
		default:
			s = r
			if r == '-' {
				flags |= flagHyphen
			}
		}
		if s != last {
			hs = hashRune(hs, s)
			last = s
		}
	}
	if letters > 0 {
		flags |= flagAlpha
	}
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
		flags |= flagUpper
	}
	if letters > 1 && upper == letters {
		flags |= flagAllCap
	}
	w.word, w.lower, w.shape, w.flags = hw, hl, hs, flags
	n := len(rs)
	for k := 1; k <= 4; k++ {
		if k > n {
			w.pre[k-1], w.suf[k-1] = 3, 3 // word shorter than k
			continue
		}
		hp, hx := uint64(fnvOffset), uint64(fnvOffset)
		for _, r := range rs[:k] {
			hp = hashRune(hp, r)
		}
		for _, r := range rs[n-k:] {
			hx = hashRune(hx, r)
		}
		w.pre[k-1], w.suf[k-1] = hp, hx
	}
	return rs
}

// features writes the features of word i of ws (the padded sentence: two
// boundary words on each side, so word i is ws[i+2]) given the two previous
// predicted classes into out. In the second pass r1 and r2 are the first
// pass's tags of the next two words; in the first they are 0, and the
// features that read them are absent (0).
func features(out *[nFeatures]uint64, ws []wordInfo, i int, p1, p2, r1, r2 uint64) {
	c := &ws[i+2]
	m1, m2, n1, n2 := &ws[i+1], &ws[i], &ws[i+3], &ws[i+4]
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	*out = [nFeatures]uint64{
		mix(fBias, 0, 0),
		mix(fWord, c.word, 0),
		mix(fLower, c.lower, 0),
		mix(fPre1, c.pre[0], 0),
		mix(fPre2, c.pre[1], 0),
		mix(fPre3, c.pre[2], 0),
		mix(fPre4, c.pre[3], 0),
		mix(fSuf1, c.suf[0], 0),
		mix(fSuf2, c.suf[1], 0),
		mix(fSuf3, c.suf[2], 0),
		mix(fSuf4, c.suf[3], 0),
		mix(fShape, c.shape, 0),
		mix(fFlags, c.flags, first),
		mix(fPrev1, p1, 0),
		mix(fPrev2, p2, 0),
		mix(fPrev12, p1, p2),
		mix(fPrev1Word, p1, c.lower),
		mix(fPrev2Word, p2, c.lower),
		mix(fWordM1, m1.lower, 0),
		mix(fWordM2, m2.lower, 0),
		mix(fWordP1, n1.lower, 0),
		mix(fWordP2, n2.lower, 0),
		mix(fSufM1, m1.suf[2], 0),
		mix(fSufP1, n1.suf[2], 0),
		mix(fWordM1Word, m1.lower, c.lower),
		mix(fWordWordP1, c.lower, n1.lower),
		mix(fPrev1WordP1, p1, n1.lower),
		mix(fShapeP1, n1.shape, c.shape),
		mix(fShapeM1, m1.shape, c.shape),
		mix(fFirstWord, first, c.word),
		mix(fAmb, c.amb, 0),
		mix(fAmbP1, n1.amb, 0),
		mix(fAmbP2, n2.amb, 0),
		mix(fAmbM1, m1.amb, 0),
		mix(fPrev1AmbP1, p1, n1.amb),
		mix(fAmbAmbP1, c.amb, n1.amb),
		mix(fR1, r1, 0),
		mix(fR2, r2, 0),
		mix(fR1R2, r1, r2),
		mix(fPrev1R1, p1, r1),
		mix(fWordR1, c.lower, r1),
	}
	if r1 == 0 {
		for k := nFeatures - 5; k < nFeatures; k++ {
			out[k] = 0
		}
	}
}
