package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func mustLoad(t *testing.T, path string) *Gold {
	t.Helper()
	g, err := Load(path)
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	return g
}

func mustPreds(t *testing.T, path string) map[string][]dyad.Event {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := ReadPredictions(f)
	if err != nil {
		t.Fatalf("ReadPredictions(%s): %v", path, err)
	}
	return p
}

type tpfpfn [3]int

func levelCounts(r *Report) [3]tpfpfn {
	var out [3]tpfpfn
	for i, l := range r.Levels {
		out[i] = tpfpfn{l.TP, l.FP, l.FN}
	}
	return out
}

// TestScoreFixtures checks counts worked out by hand for each fixture; the
// comments say which prediction does what.
func TestScoreFixtures(t *testing.T) {
	tests := []struct {
		gold, pred string
		kind       string
		scheme     string
		dated      bool
		items      int
		events     int
		optional   int
		predicted  int
		levels     [3]tpfpfn
		roots      map[string]tpfpfn
		dyadFound  int
		rootRight  int
		confusion  []Confusion
		unknown    []string
	}{
		{
			// c1: KOR->JPN 040 and 043 are one event at levels 1-2, two at
			// level 3 (043 is a FP there); JPNMIL->KORGOV matches at level 1
			// only. c2 has no gold: its prediction is a FP. c3: IGOUNO and
			// IGOEUR -> ---REB are one at level 1, two after. c4: root 19
			// (derived from the code) for gold 17.
			gold: "testdata/cameo.jsonl", pred: "testdata/cameo_pred.jsonl",
			kind: KindSentences, scheme: SchemeCAMEO,
			items: 4, events: 4, predicted: 7,
			levels: [3]tpfpfn{{3, 2, 1}, {2, 4, 2}, {2, 5, 2}},
			roots: map[string]tpfpfn{
				"04": {2, 0, 0}, "11": {1, 1, 0}, "17": {0, 0, 1}, "19": {0, 1, 0},
			},
			dyadFound: 4, rootRight: 3,
			confusion: []Confusion{{"04", "04", 2}, {"11", "11", 1}, {"17", "19", 1}},
			unknown:   []string{"elsewhere"},
		},
		{
			// p1: FRAGOV->DEUGOV has the right root but type CONSULT (wrong
			// at level 3); DEUGOV->FRA lacks the role. p2: roots 20 and 18
			// both lie in cameo_roots but the one gold event takes one; the
			// type is compared without case. p3 has no gold.
			gold: "testdata/plover.jsonl", pred: "testdata/plover_pred.jsonl",
			kind: KindSentences, scheme: SchemePLOVER,
			items: 3, events: 3, predicted: 5,
			levels: [3]tpfpfn{{3, 2, 0}, {2, 3, 1}, {1, 4, 2}},
			roots: map[string]tpfpfn{
				"03": {2, 0, 0}, "04": {0, 1, 0}, "18": {0, 1, 0}, "20": {1, 0, 0},
			},
			dyadFound: 3, rootRight: 3,
			confusion: []Confusion{{"03", "03", 2}, {"20", "20", 1}},
		},
		{
			// 043 on 2022-09-21 twice (one counts); JPN->KOR dated 09-20
			// misses (FP + FN); 012 root 01 is accepted by cameo_roots; the
			// 2019-12-05 meeting matches gold "2019-12" but its code 042 is
			// not accepted at level 3; KORGOV->IGOUNO matches the optional
			// KORGOV->IGO at level 1 only (the role UNO is not ""); the
			// USAGOV->PRK prediction matches an optional event at every level.
			gold: "testdata/article/gold.json", pred: "testdata/article_pred.jsonl",
			kind: KindArticle, scheme: SchemeCAMEO, dated: true,
			items: 1, events: 4, optional: 2, predicted: 7,
			levels: [3]tpfpfn{{3, 1, 1}, {3, 2, 1}, {2, 3, 2}},
			roots:  map[string]tpfpfn{"01": {1, 0, 0}, "04": {2, 1, 1}},
			// dyads ignore dates: both KOR->JPN meetings and JPN->KOR count.
			dyadFound: 4, rootRight: 4,
			confusion: []Confusion{{"04", "04", 3}, {"01", "01", 1}},
		},
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.gold), func(t *testing.T) {
			g := mustLoad(t, tc.gold)
			r := Score(g, mustPreds(t, tc.pred))
			if r.Kind != tc.kind || r.Scheme != tc.scheme || r.Dated != tc.dated {
				t.Errorf("kind, scheme, dated = %s, %s, %v; want %s, %s, %v",
					r.Kind, r.Scheme, r.Dated, tc.kind, tc.scheme, tc.dated)
			}
			if r.Items != tc.items || r.GoldEvents != tc.events || r.Optional != tc.optional || r.Predicted != tc.predicted {
				t.Errorf("items, events, optional, predicted = %d, %d, %d, %d; want %d, %d, %d, %d",
					r.Items, r.GoldEvents, r.Optional, r.Predicted, tc.items, tc.events, tc.optional, tc.predicted)
			}
			if got := levelCounts(r); got != tc.levels {
				t.Errorf("levels TP/FP/FN = %v, want %v", got, tc.levels)
			}
			roots := map[string]tpfpfn{}
			for _, rs := range r.Roots {
				roots[rs.Root] = tpfpfn{rs.TP, rs.FP, rs.FN}
			}
			if !mapsEqual(roots, tc.roots) {
				t.Errorf("roots = %v, want %v", roots, tc.roots)
			}
			if r.DyadFound != tc.dyadFound || r.RootRight != tc.rootRight {
				t.Errorf("dyad found, root right = %d, %d; want %d, %d", r.DyadFound, r.RootRight, tc.dyadFound, tc.rootRight)
			}
			if !slices.Equal(r.Confusion, tc.confusion) {
				t.Errorf("confusion = %v, want %v", r.Confusion, tc.confusion)
			}
			if !slices.Equal(r.UnknownIDs, tc.unknown) {
				t.Errorf("unknown ids = %v, want %v", r.UnknownIDs, tc.unknown)
			}
		})
	}
}

func mapsEqual(a, b map[string]tpfpfn) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestScoreRatios(t *testing.T) {
	r := Score(mustLoad(t, "testdata/cameo.jsonl"), mustPreds(t, "testdata/cameo_pred.jsonl"))
	l := r.Levels[0]
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if !near(l.Precision, 0.6) || !near(l.Recall, 0.75) || !near(l.F1, 2.0/3) {
		t.Errorf("level 1 P/R/F1 = %v/%v/%v, want 0.6/0.75/0.667", l.Precision, l.Recall, l.F1)
	}
	// Nothing predicted: everything 0, no NaN.
	r = Score(mustLoad(t, "testdata/cameo.jsonl"), nil)
	for _, l := range r.Levels {
		if l.TP != 0 || l.FP != 0 || l.FN != 4 || l.Precision != 0 || l.Recall != 0 || l.F1 != 0 {
			t.Errorf("empty predictions: level %d = %+v", l.Level, l.Counts)
		}
	}
	if _, err := r.JSON(); err != nil {
		t.Errorf("JSON: %v", err)
	}
}

// TestMaximumMatching: a prediction whose root fits two gold events must
// leave the one the other prediction cannot take.
func TestMaximumMatching(t *testing.T) {
	g := &Gold{Kind: KindSentences, Scheme: SchemeCAMEO, Items: []Item{{
		ID: "x",
		Events: []GoldEvent{
			{Source: "KOR", Target: "PRK", Roots: []string{"11", "01"}},
			{Source: "KOR", Target: "PRK", Roots: []string{"01"}},
		},
	}}}
	preds := map[string][]dyad.Event{"x": {
		{Source: "KOR", Target: "PRK", CAMEO: "012"},
		{Source: "KOR", Target: "PRK", CAMEO: "111"},
	}}
	r := Score(g, preds)
	if got := levelCounts(r)[0]; got != (tpfpfn{2, 0, 0}) {
		t.Errorf("level 1 = %v, want [2 0 0]", got)
	}
}

func TestGoldDedup(t *testing.T) {
	// Two gold events that differ only in the target's roles are one at
	// levels 1 and 2 and two at level 3.
	g := &Gold{Kind: KindSentences, Scheme: SchemeCAMEO, Items: []Item{{
		ID: "x",
		Events: []GoldEvent{
			{Source: "ISR", Target: "PSECVL", Roots: []string{"19"}, Codes: []string{"190"}},
			{Source: "ISR", Target: "PSECVLGZA", Roots: []string{"19"}, Codes: []string{"190"}},
		},
	}}}
	r := Score(g, map[string][]dyad.Event{"x": {{Source: "ISR", Target: "PSECVL", CAMEO: "190", Root: "19"}}})
	want := [3]tpfpfn{{1, 0, 0}, {1, 0, 0}, {1, 0, 1}}
	if got := levelCounts(r); got != want {
		t.Errorf("levels = %v, want %v", got, want)
	}
}

func TestLoadFields(t *testing.T) {
	g := mustLoad(t, "testdata/article/gold.json")
	if g.Kind != KindArticle || len(g.Items) != 1 {
		t.Fatalf("kind %s, %d items", g.Kind, len(g.Items))
	}
	it := g.Items[0]
	if it.ID != "fixture-article" || !strings.HasPrefix(it.Text, "SEOUL (Fixture)") {
		t.Errorf("id %q, text %.20q", it.ID, it.Text)
	}
	if want := time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC); !it.Published.Equal(want) {
		t.Errorf("published %v", it.Published)
	}
	if e := it.Events[2]; !slices.Equal(e.Roots, []string{"11", "01"}) || !slices.Equal(e.Codes, []string{"111", "012"}) {
		t.Errorf("event 2 roots %v codes %v; want root first, then cameo_roots", e.Roots, e.Codes)
	}
	if e := it.Events[0]; e.PLOVER != "CONSULT" || e.Date != "2022-09-21" || !slices.Equal(e.Roots, []string{"04"}) {
		t.Errorf("event 0 = %+v", e)
	}
	if len(it.Optional) != 2 || it.Optional[0].Target != "IGO" {
		t.Errorf("optional = %+v", it.Optional)
	}

	g = mustLoad(t, "testdata/cameo.jsonl")
	if len(g.Items) != 4 || g.Items[1].ID != "c2" || len(g.Items[1].Events) != 0 {
		t.Fatalf("items = %+v", g.Items)
	}
	if e := g.Items[0].Events[0]; !slices.Equal(e.Codes, []string{"040"}) || !slices.Equal(e.Roots, []string{"04"}) || e.PLOVER != "" {
		t.Errorf("cameo event = %+v", e)
	}
	if want := time.Date(2022, 9, 23, 0, 0, 0, 0, time.UTC); !g.Items[3].Published.Equal(want) {
		t.Errorf("published from \"published\": %v", g.Items[3].Published)
	}
	if g.Items[2].Origin != "testdata/cameo.jsonl:4" {
		t.Errorf("origin %q, want the line after a blank one", g.Items[2].Origin)
	}

	g = mustLoad(t, "testdata/plover.jsonl")
	if e := g.Items[1].Events[0]; e.PLOVER != "ASSAULT" || len(e.Codes) != 0 || !slices.Equal(e.Roots, []string{"18", "20"}) {
		t.Errorf("plover event = %+v", e)
	}
}

func TestLoadCodeKinds(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "g.jsonl")
	lines := `{"id": "a", "text": "x", "events": [{"source": "ARN", "target": "GON", "code": "---", "cameo": false}]}
{"id": "b", "text": "y", "events": [{"source": "ARN", "target": "GON", "code": "0841"}]}
{"id": "c", "text": "", "parse": "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tfled\tflee\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_", "parse_format": "conllu", "events": []}
`
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	g := mustLoad(t, path)
	if e := g.Items[0].Events[0]; len(e.Codes) != 0 || len(e.Roots) != 0 {
		t.Errorf("non-CAMEO code read as CAMEO: %+v", e)
	}
	if e := g.Items[1].Events[0]; !slices.Equal(e.Codes, []string{"0841"}) || !slices.Equal(e.Roots, []string{"08"}) {
		t.Errorf("bare four-digit code: %+v", e)
	}
	if got := g.Items[2].Text; got != "Rebels fled." {
		t.Errorf("text from parse = %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		path string
		want string
	}{
		{"testdata/bad.jsonl", "bad.jsonl:3"},
		{filepath.Join(dir, "missing.jsonl"), "missing.jsonl"},
		{write("dup.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}\n"), "dup.jsonl:2: id \"a\" already used on line 1"},
		{write("date.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"date\": \"yesterday\"}\n"), "date.jsonl:1: bad date"},
		{write("evdate.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"events\": [{\"date\": \"2019-13\"}]}\n"), "evdate.jsonl:1: event 0: bad date"},
		{write("empty.jsonl", "\n\n"), "no gold items"},
		{write("seed.json", "{\"file\": \"nowhere.txt\", \"events\": []}"), "text of the article"},
		{write("seedtype.json", "{\"file\": \"x.txt\",\n \"events\": [\n {\"source\": 3}]}"), "seedtype.json:3"},
	}
	for _, tc := range tests {
		_, err := Load(tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%s) error = %v, want it to contain %q", filepath.Base(tc.path), err, tc.want)
		}
	}
}

func TestReadPredictions(t *testing.T) {
	in := `{"id": "a", "events": [{"source": "KOR", "target": "JPN", "cameo": "040"}]}

{"id": "b", "events": []}
{"id": "a", "events": [{"source": "JPN", "target": "KOR", "cameo": "040"}]}`
	p, err := ReadPredictions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(p["a"]) != 2 || p["a"][1].Source != "JPN" || p["b"] == nil || len(p["b"]) != 0 {
		t.Errorf("predictions = %+v", p)
	}
	for _, bad := range []string{"{\"id\": \"a\"}\n{\"id\": \"b\", \"events\": 3}\n", "{\"events\": []}\n\n{\"id\":"} {
		_, err := ReadPredictions(strings.NewReader(bad))
		if err == nil || !strings.Contains(err.Error(), "line ") {
			t.Errorf("ReadPredictions(%q) error = %v, want a line number", bad, err)
		}
	}
	_, err = ReadPredictions(strings.NewReader("{\"id\": \"a\"}\n{\"id\": \"b\", \"events\": 3}\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error %v, want line 2", err)
	}
}

// fakeCoder returns one event per article and fails on the article "c3".
type fakeCoder struct{ calls atomic.Int32 }

func (f *fakeCoder) Code(a *dyad.Article) (*dyad.Doc, error) {
	f.calls.Add(1)
	switch a.ID {
	case "c3":
		return nil, errors.New("boom")
	case "c4":
		panic("bad coder")
	}
	ev := dyad.Event{Source: "KORGOV", Target: "JPNGOV", CAMEO: "040", Root: "04", Date: a.Published.Format(dyad.DateLayout)}
	return &dyad.Doc{Article: a, Events: []dyad.Event{ev}}, nil
}

func TestCode(t *testing.T) {
	g := mustLoad(t, "testdata/cameo.jsonl")
	c := &fakeCoder{}
	preds, errs := Code(context.Background(), g, c, 3)
	if c.calls.Load() != 4 {
		t.Errorf("coder called %d times, want 4", c.calls.Load())
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "cameo.jsonl:4") || !strings.Contains(errs[0].Error(), "boom") ||
		!strings.Contains(errs[1].Error(), "cameo.jsonl:5") || !strings.Contains(errs[1].Error(), "panic") {
		t.Errorf("errors = %v, want c3 (line 4) then c4 (line 5)", errs)
	}
	if len(preds) != 2 || len(preds["c1"]) != 1 || preds["c2"][0].Date != "2022-09-21" {
		t.Errorf("predictions = %+v", preds)
	}
	r := Score(g, preds)
	if got := levelCounts(r)[0]; got != (tpfpfn{1, 1, 3}) {
		t.Errorf("level 1 = %v, want [1 1 3]", got)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, errs = Code(ctx, g, &fakeCoder{}, 1)
	if len(errs) == 0 || !errors.Is(errs[len(errs)-1], context.Canceled) {
		t.Errorf("cancelled: errors = %v", errs)
	}
}

func TestPrint(t *testing.T) {
	r := Score(mustLoad(t, "testdata/article/gold.json"), mustPreds(t, "testdata/article_pred.jsonl"))
	var b bytes.Buffer
	if err := r.Print(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"1 items, 4 gold events (+2 optional), 7 predicted events",
		"levels include dates",
		"1 country+root               3     1     1  0.750  0.750  0.750",
		"3 full code (CAMEO)          2     3     2  0.400  0.500  0.444",
		"04                           2     1     1  0.667  0.667  0.667",
		"dyad predicted for 4 of 4 gold events; root right for 4",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Print output lacks %q:\n%s", want, out)
		}
	}
	b.Reset()
	r = Score(mustLoad(t, "testdata/cameo.jsonl"), mustPreds(t, "testdata/cameo_pred.jsonl"))
	r.Print(&b)
	if out := b.String(); !strings.Contains(out, "17->19 1") || !strings.Contains(out, "1 predicted ids match no gold item: elsewhere") {
		t.Errorf("Print output lacks the confusion or the unknown id:\n%s", out)
	}
	js, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js, &back); err != nil || back.Levels[0].TP != 3 || back.Levels[0].F1 == 0 {
		t.Errorf("JSON round trip: %v %+v", err, back.Levels)
	}
	if !bytes.Contains(js, []byte(`"tp":3`)) {
		t.Errorf("JSON lacks flat counts: %s", js)
	}
}

// TestRealGold loads the shared gold files, checks their sizes, and scores
// each against its own events: a perfect coder must get F1 1 at every level.
func TestRealGold(t *testing.T) {
	tests := []struct {
		path          string
		items, events int
		optional      int
		kind, scheme  string
	}{
		{"../../shared/gold/plover_gsr_dev.jsonl", 164, 184, 0, KindSentences, SchemePLOVER},
		// The brief and the README say 50 events; the file has 54 (four
		// sentences carry two or six).
		{"../../shared/gold/petr2_gsr_constructed.jsonl", 50, 54, 0, KindSentences, SchemeCAMEO},
		{"../../shared/seed/gold.json", 1, 11, 9, KindArticle, SchemeCAMEO},
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			if _, err := os.Stat(tc.path); err != nil {
				t.Skipf("gold not available: %v", err)
			}
			g := mustLoad(t, tc.path)
			events, optional := 0, 0
			for _, it := range g.Items {
				events += len(it.Events)
				optional += len(it.Optional)
				if it.Text == "" {
					t.Errorf("%s: empty text", it.Origin)
				}
			}
			if len(g.Items) != tc.items || events != tc.events || optional != tc.optional {
				t.Errorf("items, events, optional = %d, %d, %d; want %d, %d, %d",
					len(g.Items), events, optional, tc.items, tc.events, tc.optional)
			}
			if g.Kind != tc.kind || g.Scheme != tc.scheme {
				t.Errorf("kind, scheme = %s, %s", g.Kind, g.Scheme)
			}
			preds := map[string][]dyad.Event{}
			for _, it := range g.Items {
				for _, e := range it.Events {
					p := dyad.Event{Source: e.Source, Target: e.Target, PLOVER: e.PLOVER, Date: e.Date}
					if len(e.Roots) > 0 {
						p.Root = e.Roots[0]
					}
					if len(e.Codes) > 0 {
						p.CAMEO = e.Codes[0]
					}
					preds[it.ID] = append(preds[it.ID], p)
				}
			}
			r := Score(g, preds)
			for _, l := range r.Levels {
				if l.F1 != 1 {
					t.Errorf("gold against itself: level %d = %+v", l.Level, l.Counts)
				}
			}
		})
	}
}
