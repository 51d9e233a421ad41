package tagger

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

// The output of the built-in model is pinned: speed work on the tagger
// must not change a single tag or lemma. The hashes below were written by
// the tagger as it was before any speed work (commit 3323a08); the EWT
// ones again when the closed-class constraint (closed.go) changed, on
// purpose, the Penn tags of 12 EWT dev words and 8 test words.

// tagAllHash tags every sentence, lemmatizes every word with its predicted
// tag and with its gold tag, and returns the SHA-256 of all the output.
func tagAllHash(t *Tagger, ss []*conllu.Sentence) string {
	h := sha256.New()
	for _, s := range ss {
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		writeTags(h, t, words)
		for i, w := range s.Words {
			fmt.Fprintf(h, "%s ", t.Lemma(words[i], w.XPOS))
		}
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeTags appends the tags and lemmas of one sentence to h.
func writeTags(h hash.Hash, t *Tagger, words []string) {
	upos, xpos := t.Tag(words)
	for i := range words {
		fmt.Fprintf(h, "%s/%s/%s ", upos[i], xpos[i], t.Lemma(words[i], xpos[i]))
	}
	h.Write([]byte{'\n'})
}

func TestIdentityFixture(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, s := range benchSentences {
		writeTags(h, tg, strings.Fields(s))
	}
	// Odd input: long repeats, unknown shapes, non-ASCII, one-letter words.
	writeTags(h, tg, strings.Fields(strings.Repeat("and , the ", 100)))
	writeTags(h, tg, strings.Fields("Suk-yeol ’s 3.5-km X-ray ÉTAT ñandú 42nd 1990s a I ; “ ” -- @user http://x.io"))
	writeTags(h, tg, []string{"", " ", "\x00", "\xff\xfe", "ǅemal"})
	got := hex.EncodeToString(h.Sum(nil)) + " " + tagAllHash(tg, fixtureSentences(t))
	if want := identityFixture; got != want {
		t.Errorf("tags changed:\n got %s\nwant %s", got, want)
	}
}

func TestIdentityEWT(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, want string }{
		{"en_ewt-ud-dev.conllu", identityDev},
		{"en_ewt-ud-test.conllu", identityTest},
		{"en_ewt-ud-train.conllu", identityTrain},
	} {
		name := "../../../shared/corpora/ud-english-ewt/" + c.file
		f, err := os.Open(name)
		if err != nil {
			t.Skipf("no %s", name)
		}
		ss, err := conllu.ReadAll(f, c.file)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := tagAllHash(tg, ss); got != c.want {
			t.Errorf("%s: tags changed:\n got %s\nwant %s", c.file, got, c.want)
		}
	}
}

const (
	identityFixture = "e8757e33383ed29248164ea9f376883442c6caea92c706c6ab5a83a6a3c683db 772814df7fe0a82ed9f477ee385ca6bf143bd4b557529b958ad5d315fd269c54"
	identityDev     = "8626418c0fb99f3f48d16b71b152baf802de5d3ca3ed23624d9098d8dc6265e8"
	identityTest    = "662dce70aa8bc0a8038ba26810b27a2ad171f79377dedeea1275ca5a04cbcf0b"
	identityTrain   = "b16e0e042f1bb0952a64931980a7c21ef3b6f95ce3c91fafdd60fc98b0521d8c"
)

// TestSaveRoundTrip checks that the in-memory layout keeps every weight:
// saving the built-in model gives the content of model.bin again, byte for
// byte (compared uncompressed).
func TestSaveRoundTrip(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	unzip := func(b []byte) []byte {
		t.Helper()
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		out, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if got, want := unzip(buf.Bytes()), unzip(modelBin); !bytes.Equal(got, want) {
		t.Errorf("saved model differs from model.bin (%d bytes, want %d)", len(got), len(want))
	}
}

// TestScoresMatchReference checks the packed scoring (inline slots, dense
// rows) against plain sums of each feature's int16 entries, for random
// hashes, for features the model has, and for the features of real words.
func TestScoresMatchReference(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := newScratch(len(tg.upos))
	for pi, tb := range tg.passes {
		var keys []uint64
		for _, sl := range tb.slots {
			if sl.key != 0 {
				keys = append(keys, sl.key)
			}
		}
		ref := func(fs *[nFeatures]uint64) []int32 {
			out := make([]int32, len(tg.upos))
			var buf [2]uint32
			for _, h := range fs {
				if sl := tb.lookup(h); sl != nil {
					for _, e := range tb.list(sl, &buf) {
						out[e>>16] += int32(int16(e))
					}
				}
			}
			return out
		}
		check := func(fs *[nFeatures]uint64) {
			t.Helper()
			got, want := tb.score(fs, sc), ref(fs)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("pass %d: scores %v, want %v", pi, got, want)
			}
		}
		x := uint64(1)
		for n := range 2000 {
			var fs [nFeatures]uint64
			for i := range fs {
				x = mix(x, uint64(n), uint64(i))
				switch x % 4 {
				case 0: // absent or random
					fs[i] = x >> 3 * uint64(n%2)
				default:
					fs[i] = keys[x>>8%uint64(len(keys))]
				}
			}
			check(&fs)
		}
		prepare(strings.Fields(benchSentences[1]), sc, tg.amb, nil)
		for i := range len(sc.ws) - 4 {
			var fs [nFeatures]uint64
			features(&fs, sc.ws, i, prevTag(i%100), prevTag(3), prevTag(7), prevTag(i))
			check(&fs)
		}
	}
}

// TestTagIntoNoAlloc checks that tagging allocates nothing once warm.
func TestTagIntoNoAlloc(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's sync.Pool drops values, so tagging allocates under -race")
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(benchSentences[2])
	upos, xpos := make([]string, len(words)), make([]string, len(words))
	tg.TagInto(words, upos, xpos)
	if n := testing.AllocsPerRun(100, func() { tg.TagInto(words, upos, xpos) }); n > 0 {
		t.Errorf("TagInto: %v allocations per call", n)
	}
}
