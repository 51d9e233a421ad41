package ner

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// The model file: the magic "DYADNER1", the label count and labels
// (uvarint length + bytes each), the weight scale (float32), the transition
// weights ((labels+1) x labels float32, the last row for the sentence
// start), the feature count, then per feature, in increasing hash order,
// its 64-bit hash and one int16 weight per label (multiplied by the scale);
// then the lexicon: its entry count (uvarint) and per entry, in increasing
// word order, the word (uvarint length + bytes) and its packed byte; then
// the silver type lexicons (version 2 files only): the word entry count and
// per entry, in increasing word order, the word and its packed uint16, then
// the name entry count and per entry, in increasing order, the name and its
// packed byte; then, for a model with a document stage, the byte 1 and the
// document stage's weight scale, transition weights, feature count and
// features as above. Integers are little-endian. Load also reads version 1
// files (magic "DYADNER1", no silver lexicons, no document stage).

const magic = "DYADNER2"

const magicV1 = "DYADNER1"

// maxFeatures bounds the feature count a model file may declare.
const maxFeatures = 1 << 24

// Save writes the model to w, weights quantized to 16 bits.
func (r *Recognizer) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	var buf [binary.MaxVarintLen64]byte
	bw.Write(buf[:binary.PutUvarint(buf[:], nLabels)])
	for _, l := range Labels {
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(l)))])
		bw.WriteString(l)
	}
	writeWeights(bw, r)
	writeSorted(bw, r.lex, func(b byte) { bw.WriteByte(b) })
	tl := r.tlex
	if tl == nil {
		tl = &typeLex{}
	}
	writeSorted(bw, tl.words, func(v uint16) { binary.Write(bw, binary.LittleEndian, v) })
	writeSorted(bw, tl.spans, func(b byte) { bw.WriteByte(b) })
	if r.doc != nil {
		bw.WriteByte(1)
		writeWeights(bw, r.doc)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	return nil
}

// writeSorted writes the entry count of m, then each entry in increasing
// key order: the key's length and bytes, then its value by put.
func writeSorted[V any](bw *bufio.Writer, m map[string]V, put func(V)) {
	var buf [binary.MaxVarintLen64]byte
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(keys)))])
	for _, k := range keys {
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(k)))])
		bw.WriteString(k)
		put(m[k])
	}
}

// Load reads a model written by Save. The gazetteers come from the actor
// knowledge base and the places gazetteer built into dyad.
func Load(rd io.Reader) (*Recognizer, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	return load(rd, g)
}

func load(rd io.Reader, g *gazetteer) (*Recognizer, error) {
	br := bufio.NewReader(rd)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic && string(head) != magicV1 {
		return nil, formatErr("no %q header", magic)
	}
	v2 := string(head) == magic
	n, err := binary.ReadUvarint(br)
	if err != nil || n != nLabels {
		return nil, formatErr("label count %d, want %d", n, nLabels)
	}
	for _, want := range Labels {
		k, err := binary.ReadUvarint(br)
		if err != nil || k > 32 {
			return nil, formatErr("label length")
		}
		b := make([]byte, k)
		if _, err := io.ReadFull(br, b); err != nil || string(b) != want {
			return nil, formatErr("label %q, want %q", b, want)
		}
	}
	r := newRecognizer(g)
	if err := readWeights(br, r); err != nil {
		return nil, err
	}
	nw, err := binary.ReadUvarint(br)
	if err != nil || nw > maxFeatures {
		return nil, formatErr("lexicon size")
	}
	if nw > 0 {
		r.lex = make(map[string]uint8, nw)
	}
	for i := 0; i < int(nw); i++ {
		k, err := binary.ReadUvarint(br)
		if err != nil || k > 256 {
			return nil, formatErr("lexicon entry %d", i)
		}
		b := make([]byte, k+1)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, formatErr("lexicon entry %d: %v", i, err)
		}
		r.lex[string(b[:k])] = b[k]
	}
	if v2 {
		tl, err := readTypeLex(br)
		if err != nil {
			return nil, err
		}
		if len(tl.words) > 0 || len(tl.spans) > 0 {
			r.tlex = tl
		}
		if b, err := br.ReadByte(); err == nil {
			if b != 1 {
				return nil, formatErr("document stage marker %d", b)
			}
			r.doc = newRecognizer(g)
			r.doc.lex, r.doc.tlex = r.lex, r.tlex
			if err := readWeights(br, r.doc); err != nil {
				return nil, err
			}
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, formatErr("trailing data")
	}
	return r, nil
}

// Features returns the number of features with weights in the model.
func (r *Recognizer) Features() int { return len(r.index) }

// readTypeLex reads the silver type lexicons of a version 2 model file.
func readTypeLex(br *bufio.Reader) (*typeLex, error) {
	tl := &typeLex{words: map[string]uint16{}, spans: map[string]uint8{}}
	for part := 0; part < 2; part++ {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > maxFeatures {
			return nil, formatErr("silver lexicon size")
		}
		var val [2]byte
		for i := 0; i < int(n); i++ {
			k, err := binary.ReadUvarint(br)
			if err != nil || k > 1024 {
				return nil, formatErr("silver lexicon entry %d", i)
			}
			b := make([]byte, k)
			vb := val[:2-part]
			if _, err := io.ReadFull(br, b); err != nil {
				return nil, formatErr("silver lexicon entry %d: %v", i, err)
			}
			if _, err := io.ReadFull(br, vb); err != nil {
				return nil, formatErr("silver lexicon entry %d: %v", i, err)
			}
			if part == 0 {
				tl.words[string(b)] = binary.LittleEndian.Uint16(vb)
				continue
			}
			tl.spans[string(b)] = vb[0]
			tl.maxSpan = max(tl.maxSpan, strings.Count(string(b), " ")+1)
		}
	}
	return tl, nil
}

// writeWeights writes r's weight scale, transition weights and features.
func writeWeights(bw *bufio.Writer, r *Recognizer) {
	maxAbs := float32(0)
	for _, v := range r.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	binary.Write(bw, binary.LittleEndian, r.trans)
	keys := make([]uint64, 0, len(r.index))
	for k := range r.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	binary.Write(bw, binary.LittleEndian, uint32(len(keys)))
	q := make([]int16, nLabels)
	for _, k := range keys {
		row := int(r.index[k])
		for l := 0; l < nLabels; l++ {
			q[l] = int16(math.Round(float64(r.weights[row*nLabels+l] / scale)))
		}
		binary.Write(bw, binary.LittleEndian, k)
		binary.Write(bw, binary.LittleEndian, q)
	}
}

// readWeights reads what writeWeights wrote into r.
func readWeights(br *bufio.Reader, r *Recognizer) error {
	var scale float32
	var nf uint32
	for _, v := range []any{&scale, &r.trans, &nf} {
		if err := binary.Read(br, binary.LittleEndian, v); err != nil {
			return formatErr("header: %v", err)
		}
	}
	if nf > maxFeatures || math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0) {
		return formatErr("%d features, scale %g", nf, scale)
	}
	r.weights = make([]float32, 0, int(nf)*nLabels)
	var rec [8 + 2*nLabels]byte
	for i := 0; i < int(nf); i++ {
		if _, err := io.ReadFull(br, rec[:]); err != nil {
			return formatErr("feature %d of %d: %v", i, nf, err)
		}
		k := binary.LittleEndian.Uint64(rec[:8])
		if _, dup := r.index[k]; dup {
			return formatErr("feature %d repeated", i)
		}
		r.index[k] = int32(i)
		for l := 0; l < nLabels; l++ {
			v := int16(binary.LittleEndian.Uint16(rec[8+2*l:]))
			r.weights = append(r.weights, float32(v)*scale)
		}
	}
	r.freeze()
	return nil
}
