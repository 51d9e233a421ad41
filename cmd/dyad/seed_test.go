package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
)

// TestSeedAcceptance is the project's first acceptance test: the seed
// article, coded with its publication date, scored against its hand
// annotation (testdata/seed, copied from the shared reference data).
func TestSeedAcceptance(t *testing.T) {
	const article, goldPath = "../../testdata/seed/article.txt", "../../testdata/seed/gold.json"
	code, out, errs := runDyad(t, "", "code", "--date", "2022-09-21", article)
	if code != 0 {
		t.Fatalf("dyad code: exit %d: %s", code, errs)
	}
	recs := records(t, out)
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	rec := recs[0]

	g, err := eval.Load(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Score(g, map[string][]dyad.Event{g.Items[0].ID: rec.Events})
	if f1 := rep.Levels[0].F1; f1 < 0.80 {
		t.Errorf("seed level-1 F1 (with dates) = %.3f, want >= 0.80", f1)
	}

	// Quotes: the direct and partial ones of the annotation, matched by
	// their opening words, need the annotated speaker.
	var gold struct {
		Quotes []struct{ Starts, Kind, Speaker, SpeakerActor string } `json:"quotes"`
	}
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	total, right := 0, 0
	for _, gq := range gold.Quotes {
		if gq.Kind == dyad.Indirect {
			continue
		}
		total++
		for _, q := range rec.Quotes {
			if strings.HasPrefix(strings.TrimLeft(q.Text, "\"“ "), gq.Starts) && q.Speaker == gq.Speaker {
				right++
				break
			}
		}
	}
	if total != 6 || right < 5 {
		t.Errorf("quotes with the right speaker: %d of %d, want at least 5 of 6", right, total)
	}

	// The dateline is a place, not where the events happened; New York is.
	var dateline string
	for _, p := range rec.Places {
		if p.Dateline {
			dateline = p.Name + "/" + p.Country
		}
	}
	if dateline != "Ankara/TUR" {
		t.Errorf("dateline = %q, want Ankara/TUR", dateline)
	}
	for _, e := range rec.Events {
		if e.Root == "04" && e.Date == "2022-09-21" && (e.Place == nil || e.Place.Name != "New York") {
			t.Errorf("the leaders' meeting has place %+v, want New York", e.Place)
		}
	}
}
