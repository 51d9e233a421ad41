package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestIngestQuerySeed ingests the seed article twice and asks the store
// when South Korea and Japan last met before the leaders' meeting of
// 2022-09-21: the foreign ministers, on 2022-09-19.
func TestIngestQuerySeed(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	// A folder with the seed and a bad file, read recursively.
	in := filepath.Join(dir, "in", "sub")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../../testdata/seed/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "seed.txt"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "notes.md"), []byte("not read"), 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, errs := runDyad(t, "", "ingest", "--db", db, "--date", "2022-09-21", "--workers", "2", filepath.Join(dir, "in"))
	if code != 1 || !strings.Contains(out, "2 articles read, 1 new, 0 skipped, 1 failed") || !strings.Contains(errs, "empty.txt") {
		t.Fatalf("first ingest: exit %d (want 1, for the empty file)\nstdout: %s\nstderr: %s", code, out, errs)
	}
	code, out, errs = runDyad(t, "", "ingest", "--db", db, "--date", "2022-09-21", filepath.Join(in, "seed.txt"))
	if code != 0 || !strings.Contains(out, "1 articles read, 0 new, 1 skipped, 0 failed, 0 events stored") {
		t.Fatalf("second ingest: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}

	code, out, errs = runDyad(t, "", "query", "last", "--db", db, "--a", "KOR", "--b", "JPN", "--root", "04", "--before", "2022-09-21")
	if code != 0 {
		t.Fatalf("query last: exit %d: %s", code, errs)
	}
	if first, _, _ := strings.Cut(out, "\n"); first != "2022-09-19" {
		t.Errorf("query last answered %q; want 2022-09-19\n%s", first, out)
	}

	code, out, errs = runDyad(t, "", "query", "events", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("query events: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 4 {
		t.Fatalf("query events printed %d lines; want one per event of the seed", len(lines))
	}
	for _, l := range lines {
		var ev dyad.StoredEvent
		// A file found in a folder is named by its path relative to it.
		if err := json.Unmarshal([]byte(l), &ev); err != nil || ev.ArticleID != "sub/seed.txt" || ev.CAMEO == "" {
			t.Errorf("line %q: %v; want a stored event of article sub/seed.txt", l, err)
		}
	}

	code, out, errs = runDyad(t, "", "query", "timeline", "--db", db, "--a", "KOR", "--b", "JPN", "--period", "month")
	if code != 0 || !strings.Contains(out, "2022-09") {
		t.Errorf("query timeline: exit %d\n%s%s", code, out, errs)
	}
	// The leaders' meeting of 2022-09-21 is the first between the leaders
	// since the historical mention of December 2019; at any level, the
	// ministers met two days before.
	code, out, errs = runDyad(t, "", "query", "events", "--db", db, "--a", "KOR", "--b", "JPN", "--root", "04",
		"--from", "2022-09-21", "--to", "2022-09-21", "--format", "jsonl")
	var summit dyad.StoredEvent
	if first, _, _ := strings.Cut(out, "\n"); code != 0 || json.Unmarshal([]byte(first), &summit) != nil {
		t.Fatalf("query events of the summit: exit %d\n%s%s", code, out, errs)
	}
	if summit.Level != dyad.LevelLeader {
		t.Errorf("the summit's level = %q; want leader", summit.Level)
	}
	code, out, errs = runDyad(t, "", "query", "novelty", "--db", db, "--id", fmt.Sprint(summit.ID))
	if first, _, _ := strings.Cut(out, "\n"); code != 0 || !strings.HasSuffix(first, "(leader level) in 2 years 9 months, since 2019-12") {
		t.Errorf("query novelty --id %d: exit %d\n%s%s", summit.ID, code, out, errs)
	}
	code, out, errs = runDyad(t, "", "query", "novelty", "--db", db, "--a", "KOR", "--b", "JPN", "--root", "04",
		"--date", "2022-09-21", "--level", "any", "--format", "jsonl")
	var nov dyad.Novelty
	if code != 0 || json.Unmarshal([]byte(out), &nov) != nil || nov.Since != "2022-09-19" || nov.Gap == nil || nov.Gap.Days != 2 {
		t.Errorf("query novelty at any level: exit %d; want since 2022-09-19, 2 days\n%s%s", code, out, errs)
	}
	if code, _, _ = runDyad(t, "", "query", "novelty", "--db", db, "--a", "KOR"); code != 2 {
		t.Errorf("query novelty without a date: exit %d; want 2", code)
	}

	code, out, errs = runDyad(t, "", "query", "dyads", "--db", db, "--countries", "--limit", "1")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 2 || !strings.HasPrefix(lines[1], "JPN  KOR") {
		t.Errorf("query dyads: exit %d; want JPN-KOR on top\n%s%s", code, out, errs)
	}
	code, out, errs = runDyad(t, "", "query", "quotes", "--db", db, "--speaker", "jae-myoung", "--format", "jsonl")
	lines = strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("query quotes: exit %d; want Lee Jae-myoung's two quotes\n%s%s", code, out, errs)
	}
	var quote dyad.StoredQuote
	if err := json.Unmarshal([]byte(lines[0]), &quote); err != nil || quote.Speaker != "Lee Jae-myoung" ||
		quote.ArticleID != "sub/seed.txt" || len(quote.Via) != 1 || quote.Via[0] != "Yonhap News Agency" {
		t.Errorf("quote %+v, %v; want Lee Jae-myoung's, relayed by Yonhap, of article sub/seed.txt", quote, err)
	}

	if code, _, _ = runDyad(t, "", "query", "last", "--db", db, "--a", "FRA", "--b", "DEU"); code != 1 {
		t.Errorf("query last with no match: exit %d; want 1", code)
	}
	if code, _, _ = runDyad(t, "", "query", "events", "--db", db, "--from", "21/09/2022"); code != 2 {
		t.Errorf("query events --from 21/09/2022: exit %d; want 2", code)
	}
}

// TestIngestDedup stores two outlets' reports of one signing: each
// direction becomes one canonical event with two sources, and a third
// article about another event stays apart.
func TestIngestDedup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "d.db")
	in := writeFile(t, dir, "a.jsonl", strings.Join([]string{
		`{"id":"a1","outlet":"Wire A","date":"2023-05-03","text":"Peru and Chile signed a trade agreement in Lima on Tuesday."}`,
		`{"id":"a2","outlet":"Wire B","date":"2023-05-03","text":"Chile and Peru signed a free trade deal on Tuesday, officials said."}`,
		`{"id":"a3","outlet":"Wire B","date":"2023-06-20","text":"Peru and Chile signed a fisheries agreement on Monday."}`,
	}, "\n")+"\n")
	if code, _, errs := runDyad(t, "", "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	code, out, errs := runDyad(t, "", "query", "events", "--db", db, "--a", "PER", "--b", "CHL", "--canonical", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("query: exit %d: %s", code, errs)
	}
	var may, june []dyad.StoredEvent
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev dyad.StoredEvent
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("%v: %q", err, line)
		}
		if strings.HasPrefix(ev.Date, "2023-05") {
			may = append(may, ev)
		} else {
			june = append(june, ev)
		}
	}
	if len(may) != 2 || may[0].Sources != 2 || may[1].Sources != 2 {
		t.Errorf("May signing: want 2 canonical events (one per direction) with 2 sources each, got %+v", may)
	}
	if len(june) != 2 || june[0].Sources != 1 {
		t.Errorf("June signing: want 2 canonical events with 1 source each, got %+v", june)
	}
}
