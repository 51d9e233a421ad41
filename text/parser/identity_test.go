package parser

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/text/conllu"
)

// The parses of the built-in model are pinned: speed work on the decoder
// must not change a single head or relation. identityCases are parsed and
// their output hashed; the hashes below were written when the beam model
// (beam 4) replaced the greedy one, and must change only with model.bin.

// writeParse returns a function that appends one sentence's parse to h.
func writeParse(h hash.Hash) func(heads []int, rels []string) {
	return func(heads []int, rels []string) {
		for i := range heads {
			fmt.Fprintf(h, "%d:%s ", heads[i], rels[i])
		}
		h.Write([]byte{'\n'})
	}
}

// parseAllHash parses every sentence three ways (gold tags; XPOS only;
// words only, which drives the decoder through unusual states) and
// returns the hash of all the output.
func parseAllHash(p *Parser, ss []*conllu.Sentence) string {
	h := sha256.New()
	for _, s := range ss {
		w, u, x := sentenceColumns(s)
		writeParse(h)(p.Parse(w, u, x))
		writeParse(h)(p.Parse(w, nil, x))
		writeParse(h)(p.Parse(w, nil, nil))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestIdentityFixture(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ss := readFixture(t, "testdata/tiny.conllu")
	h := sha256.New()
	for _, s := range news {
		writeParse(h)(p.Parse(fields(s.words), fields(s.upos), fields(s.xpos)))
	}
	writeParse(h)(p.Parse(strings.Fields(strings.Repeat("and , the ", 100)), []string{"CCONJ"}, nil))
	got := hex.EncodeToString(h.Sum(nil)) + " " + parseAllHash(p, ss)
	if want := identityFixture; got != want {
		t.Errorf("parses changed:\n got %s\nwant %s", got, want)
	}
}

func TestIdentityEWT(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, want string }{
		{"en_ewt-ud-dev.conllu", identityDev},
		{"en_ewt-ud-test.conllu", identityTest},
		{"en_ewt-ud-train.conllu", identityTrain},
	} {
		name := "../../../shared/corpora/ud-english-ewt/" + c.file
		if _, err := os.Stat(name); err != nil {
			t.Skipf("no %s", name)
		}
		got := parseAllHash(p, readFixture(t, name))
		if got != c.want {
			t.Errorf("%s: parses changed:\n got %s\nwant %s", c.file, got, c.want)
		}
	}
}

const (
	identityFixture = "d875544e1d9ef8a96673f2ac9b0dca07084d3ca89e20af46808bbfb140f3a9a5 dc61542d1f67094c185ec79566d9c576b0df1cfc18141f5ee46c1380da50f8d1"
	identityDev     = "b8883af998d8af717a9b2a21a321a93aa4277391f3dc856d97644526dfd198c8"
	identityTest    = "51b8c19e755915e285385053f858b6370647cc1a7084a09445cf049d85cb3966"
	identityTrain   = "d6b38c4b2b5f1eb672cc7adb0b3417c32f8ac7b539b8a61feed862d773b30f1e"
)

// TestSaveRoundTrip checks that the in-memory layout keeps every weight:
// writing the built-in model gives the content of model.bin again, byte
// for byte.
func TestSaveRoundTrip(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(strings.NewReader(modelBin))
	if err != nil {
		t.Fatal(err)
	}
	want, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.writeModel(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("written model differs from model.bin (%d bytes, want %d)", buf.Len(), len(want))
	}
}

// TestScoresMatchReference checks the packed scoring against plain sums of
// the int16 weights, for random features and for the features of real
// configurations.
func TestScoresMatchReference(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	L := len(p.labels)
	act, lab := unpack(p.act, nActions), unpack(p.lab, L)
	refAct := func(feats []uint64) (out [nActions]float64) {
		mask := uint64(1)<<p.actBits - 1
		for a := range out {
			sum := int32(0)
			for _, f := range feats {
				sum += int32(act[(f&mask)*nActions+uint64(a)])
			}
			out[a] = float64(sum)
		}
		return out
	}
	refLab := func(feats []uint64) []float64 {
		mask := uint64(1)<<p.labBits - 1
		out := make([]float64, L)
		for l := range out {
			sum := int32(0)
			for _, f := range feats {
				sum += int32(lab[(f&mask)*uint64(L)+uint64(l)])
			}
			out[l] = float64(sum)
		}
		return out
	}
	check := func(feats []uint64) {
		t.Helper()
		var got [nActions]float64
		p.actionScores(feats, &got)
		if want := refAct(feats); got != want {
			t.Fatalf("action scores %v, want %v", got, want)
		}
		gotL := make([]float64, L)
		p.labelScores(feats, gotL)
		if want := refLab(feats); fmt.Sprint(gotL) != fmt.Sprint(want) {
			t.Fatalf("label scores %v, want %v", gotL, want)
		}
	}
	x := uint64(1)
	for n := range 200 {
		feats := make([]uint64, n%100)
		for i := range feats {
			x = mix(x, uint64(i))
			feats[i] = x
		}
		check(feats)
	}
	s := p.getState()
	words, upos, xpos := fields(news[1].words), fields(news[1].upos), fields(news[1].xpos)
	prepare(s, words, upos, xpos)
	for !s.terminal() {
		s.actionFeatures(s.feats)
		check(s.feats[:nActFeats])
		if s.s0() > 0 {
			s.labelFeatures(s.feats, int32(s.b), int32(s.s0()))
			check(s.feats[:nLabFeats])
		}
		a := shift
		if s.valid(rightArc) {
			a = rightArc
		}
		s.apply(a, 0)
	}
}
