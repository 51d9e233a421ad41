package parser

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes of a template number and the values it reads
// (words, tags, labels, distances), themselves hashed. Hashes are fixed
// functions of their input, so a saved model reads the same features in
// every process.

const (
	hNone uint64 = 0x6a09e667f3bcc908 // no token at this position
	hRoot uint64 = 0xbb67ae8584caa73b // the artificial root
)

// mix folds v into h.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// fin finishes a hash so that its low bits are well mixed.
func fin(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 29
	return h
}

func f1(t, a uint64) uint64       { return fin(mix(t*0x100000001b3, a)) }
func f2(t, a, b uint64) uint64    { return fin(mix(mix(t*0x100000001b3, a), b)) }
func f3(t, a, b, c uint64) uint64 { return fin(mix(mix(mix(t*0x100000001b3, a), b), c)) }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashWord hashes the lower-cased word with every digit read as 0, and
// returns also the hash of its last three letters and of its shape (case
// and digits, in runs), without allocating.
func hashWord(s string) (word, suffix, shape uint64) {
	word = fnvOffset
	shape = fnvOffset
	var last [3]rune
	n := 0
	var prev byte
	for _, r := range s {
		var c byte
		switch {
		case r >= '0' && r <= '9':
			r, c = '0', 'd'
		case unicode.IsUpper(r):
			r, c = unicode.ToLower(r), 'X'
		case unicode.IsLetter(r):
			c = 'x'
		default:
			c = '.'
			if r < utf8.RuneSelf {
				c = byte(r)
			}
		}
		if c != prev {
			shape ^= uint64(c)
			shape *= fnvPrime
			prev = c
		}
		word ^= uint64(r)
		word *= fnvPrime
		last[0], last[1], last[2] = last[1], last[2], r
		n++
	}
	suffix = fnvOffset
	for i := max(0, 3-n); i < 3; i++ {
		suffix ^= uint64(last[i])
		suffix *= fnvPrime
	}
	return word, suffix, shape
}
