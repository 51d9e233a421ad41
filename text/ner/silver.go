package ner

import (
	"strings"
)

// Silver type lexicons: what a teacher model (trained on the gold data
// with gold tags and trees as features) says, across a large unlabelled
// corpus (UD English EWT train), about each word and each name: how often
// a word lies inside a PER, ORG or LOC name, and which type a whole name
// string was given. The recognizer learns from the gold data how far to
// trust them, so it can use a name the gold data never showed.

// typeLex holds the silver type lexicons.
type typeLex struct {
	// words maps a lower-case word to three 3-bit buckets (PER, ORG,
	// LOC; bits 0-2, 3-5, 6-8) of the share of its occurrences inside a
	// name of that type, and in bits 9-10 a bucket of how many of its
	// occurrences are inside a name.
	words map[string]uint16
	// spans maps a lower-case name (words joined by single spaces) to its
	// most frequent type (bits 0-1: 1 PER, 2 ORG, 3 LOC), the share of
	// that type among its labellings (bits 2-4) and a bucket of how often
	// it was labelled (bits 5-6).
	spans map[string]uint8
	// maxSpan is the word count of the longest span.
	maxSpan int
}

var typeNames = [4]string{"O", "PER", "ORG", "LOC"}

func typeOf(t string) int {
	for i, x := range typeNames {
		if i > 0 && x == t {
			return i
		}
	}
	return 0
}

func countBucket(n int) uint8 {
	switch {
	case n <= 1:
		return 0
	case n <= 4:
		return 1
	case n <= 20:
		return 2
	}
	return 3
}

// maxSilverSpan bounds the length of names kept in the span lexicon.
const maxSilverSpan = 6

// buildTypeLex computes the silver type lexicons from labelled sentences.
func buildTypeLex(sents []Sentence) *typeLex {
	type wc struct {
		n, in int
		t     [4]int
	}
	words := map[string]*wc{}
	spans := map[string]*[4]int{}
	for _, s := range sents {
		inType := make([]int, len(s.Words))
		for _, sp := range Spans(s.Labels) {
			t := typeOf(sp.Type)
			if t == 0 || sp.Last >= len(s.Words) {
				continue
			}
			for i := sp.First; i <= sp.Last; i++ {
				inType[i] = t
			}
			if sp.Last-sp.First < maxSilverSpan {
				k := strings.ToLower(strings.Join(s.Words[sp.First:sp.Last+1], " "))
				c := spans[k]
				if c == nil {
					c = new([4]int)
					spans[k] = c
				}
				c[t]++
			}
		}
		for i, w := range s.Words {
			if !hasLetter(w) {
				continue
			}
			l := strings.ToLower(w)
			c := words[l]
			if c == nil {
				c = &wc{}
				words[l] = c
			}
			c.n++
			if inType[i] > 0 {
				c.in++
				c.t[inType[i]]++
			}
		}
	}
	tl := &typeLex{words: map[string]uint16{}, spans: map[string]uint8{}}
	for w, c := range words {
		if c.in == 0 {
			continue
		}
		v := uint16(countBucket(c.in)) << 9
		for t := 1; t <= 3; t++ {
			v |= uint16(bucket(c.t[t], c.n)) << (3 * (t - 1))
		}
		tl.words[w] = v
	}
	for k, c := range spans {
		best, total := 1, 0
		for t := 1; t <= 3; t++ {
			total += c[t]
			if c[t] > c[best] {
				best = t
			}
		}
		tl.spans[k] = uint8(best) | bucket(c[best], total)<<2 | countBucket(total)<<5
		tl.maxSpan = max(tl.maxSpan, strings.Count(k, " ")+1)
	}
	return tl
}

// silverFeatures appends the silver lexicon features of each word: the
// buckets of its own type shares, and the longest silver names matched
// (case-insensitively, left to right, not overlapping) with their type,
// the word's position in them and how sure the lexicon is.
// Template numbers are shifted by off (the document lexicon uses the same
// features under other numbers).
func silverFeatures(feats [][]uint64, sf *sentFeats, tl *typeLex, off byte) {
	if tl == nil {
		return
	}
	tSilvWord, tSilvBest, tSilvShape, tSilvNext, tSilvPrev := tSilvWord+off, tSilvBest+off, tSilvShape+off, tSilvNext+off, tSilvPrev+off
	tSilvSpan, tSilvSpanN, tSilvSpanShape, tSilvSpanNext, tSilvSpanPrev := tSilvSpan+off, tSilvSpanN+off, tSilvSpanShape+off, tSilvSpanNext+off, tSilvSpanPrev+off
	n := len(sf.info)
	for i := 0; i < n; i++ {
		ti := &sf.info[i]
		v, ok := tl.words[ti.lower]
		if !ok {
			feats[i] = append(feats[i], f1(tSilvWord, "none"))
			continue
		}
		best, bb := 0, uint16(0)
		for t := 1; t <= 3; t++ {
			b := v >> (3 * (t - 1)) & 7
			if b > 0 {
				feats[i] = append(feats[i], f2(tSilvWord, typeNames[t], string(rune('0'+b))))
			}
			if b > bb {
				best, bb = t, b
			}
		}
		cb := string(rune('0' + v>>9&3))
		feats[i] = append(feats[i], f3(tSilvBest, typeNames[best], string(rune('0'+bb)), cb), f3(tSilvShape, typeNames[best], ti.short, ""))
		if i > 0 {
			feats[i-1] = append(feats[i-1], f2(tSilvNext, typeNames[best], string(rune('0'+bb))))
		}
		if i+1 < n {
			feats[i+1] = append(feats[i+1], f2(tSilvPrev, typeNames[best], string(rune('0'+bb))))
		}
	}
	for i := 0; i < n; {
		// A name's first word is in the word lexicon.
		if _, ok := tl.words[sf.info[i].lower]; !ok {
			i++
			continue
		}
		k := min(tl.maxSpan, n-i)
		for ; k >= 1; k-- {
			if v, ok := tl.spans[joinLowers(sf, i, i+k)]; ok {
				typ, share, cnt := typeNames[v&3], string(rune('0'+v>>2&7)), string(rune('0'+v>>5&3))
				for j := i; j < i+k; j++ {
					pos := spanPos(j, i, i+k-1)
					feats[j] = append(feats[j], f3(tSilvSpan, typ, pos, share), f3(tSilvSpanN, typ, pos, cnt),
						f3(tSilvSpanShape, typ, pos, sf.info[j].short))
				}
				if i > 0 {
					feats[i-1] = append(feats[i-1], f1(tSilvSpanNext, typ))
				}
				if i+k < n {
					feats[i+k] = append(feats[i+k], f1(tSilvSpanPrev, typ))
				}
				break
			}
		}
		i += max(k, 1)
	}
}

// joinLowers returns the lower-case words i..j-1 joined by spaces.
func joinLowers(sf *sentFeats, i, j int) string {
	if j == i+1 {
		return sf.info[i].lower
	}
	b := &sf.b
	b.Reset()
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(sf.info[k].lower)
	}
	return b.String()
}
