package quotes

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

const seedDir = "../../shared/seed/"

type goldQuote struct {
	Sentence     int      `json:"sentence"`
	Starts       string   `json:"starts"`
	Kind         string   `json:"kind"`
	Speaker      string   `json:"speaker"`
	SpeakerActor string   `json:"speaker_actor"`
	Via          []string `json:"via"`
	Cue          string   `json:"cue"`
}

// seedEntities are the seed's speakers and relays as the actors stage
// reports them.
var seedEntities = []ent{
	{dyad.Org, "Yonhap News Agency", "KORMED", []string{"Yonhap News Agency", "the agency|nominal"}},
	{dyad.Person, "Lee Jae-myoung", "KORGOV", []string{"Lee Jae-myoung"}},
	{dyad.Org, "the South Korean presidential office", "KORGOV", []string{"the South Korean presidential office|nominal"}},
	{dyad.Person, "a presidential official", "KORGOV", []string{"a presidential official|nominal"}},
	{dyad.GPE, "Japan", "JPNGOV", []string{"Tokyo|metonym"}},
}

func readSeed() ([]byte, error) { return os.ReadFile(seedDir + "article.txt") }

func loadSeed(tb testing.TB) (string, []goldQuote) {
	tb.Helper()
	b, err := readSeed()
	if err != nil {
		tb.Skipf("seed not available: %v", err)
	}
	g, err := os.ReadFile(seedDir + "gold.json")
	if err != nil {
		tb.Skipf("seed gold not available: %v", err)
	}
	var gold struct {
		Quotes []goldQuote `json:"quotes"`
	}
	if err := json.Unmarshal(g, &gold); err != nil {
		tb.Fatalf("gold.json: %v", err)
	}
	return string(b), gold.Quotes
}

// matchGold returns the quote that answers g: same sentence and kind, its
// text starting with g.Starts (containing it, for indirect speech, whose
// clause the gold may start later).
func matchGold(qs []dyad.Quote, g goldQuote) *dyad.Quote {
	for i, q := range qs {
		if q.Sentence != g.Sentence || q.Kind != g.Kind {
			continue
		}
		if strings.HasPrefix(q.Text, g.Starts) || (q.Kind == dyad.Indirect && strings.Contains(q.Text, g.Starts)) {
			return &qs[i]
		}
	}
	return nil
}

func TestSeed(t *testing.T) {
	for _, name := range []string{"no pronoun mention", "pronoun mention"} {
		t.Run(name, func(t *testing.T) {
			txt, gold := loadSeed(t)
			es := slices.Clone(seedEntities)
			if name == "pronoun mention" {
				es[1].phrases = []string{"Lee Jae-myoung", "he|pronoun"}
			}
			qs := run(t, txt, es...)
			found := 0
			for _, g := range gold {
				q := matchGold(qs, g)
				if q == nil {
					t.Errorf("missing %s quote in sentence %d: %q", g.Kind, g.Sentence, g.Starts)
					continue
				}
				ok := true
				if q.Speaker != g.Speaker || q.SpeakerActor != g.SpeakerActor {
					t.Errorf("sentence %d: speaker %q/%q, want %q/%q", g.Sentence, q.Speaker, q.SpeakerActor, g.Speaker, g.SpeakerActor)
					ok = false
				}
				if !slices.Equal(q.Via, g.Via) && !(len(q.Via) == 0 && len(g.Via) == 0) {
					t.Errorf("sentence %d: via %q, want %q", g.Sentence, q.Via, g.Via)
					ok = false
				}
				if g.Cue != "" && q.Cue != g.Cue {
					t.Errorf("sentence %d: cue %q, want %q", g.Sentence, q.Cue, g.Cue)
				}
				if ok {
					found++
				}
			}
			if len(qs) != len(gold) {
				for _, q := range qs {
					t.Logf("got %s s%d %q speaker=%q cue=%q via=%q", q.Kind, q.Sentence, q.Text, q.Speaker, q.Cue, q.Via)
				}
				t.Errorf("%d quotes, want %d", len(qs), len(gold))
			}
			t.Logf("seed: %d/%d gold quotes with speaker and via", found, len(gold))
		})
	}
}

func BenchmarkProcess(b *testing.B) {
	txt, _ := loadSeed(b)
	d := newDoc(b, txt)
	addEntities(b, d, seedEntities...)
	f := New()
	b.ReportAllocs()
	for b.Loop() {
		if err := f.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}
