package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
)

// TestExportSeed ingests the seed article and exports its events in each
// format, reading the store in pages of two events.
func TestExportSeed(t *testing.T) {
	defer func(n int) { exportPage = n }(exportPage)
	exportPage = 2
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	if code, out, errs := runDyad(t, "", "ingest", "--db", db, "--date", "2022-09-21", "../../testdata/seed/article.txt"); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := runDyad(t, "", "query", "events", "--db", db, "--format", "jsonl", "--limit", "1000")
	if code != 0 {
		t.Fatalf("query events: exit %d: %s", code, errs)
	}
	n := strings.Count(out, "\n")
	if n < 4 {
		t.Fatalf("the seed gave %d events; want at least 4", n)
	}

	// JSON Lines: the same events as dyad query, in the same order.
	code, jsonl, errs := runDyad(t, "", "export", "--db", db, "--format", "jsonl")
	if code != 0 || jsonl != out {
		t.Errorf("export jsonl: exit %d, %s\ngot:\n%s\nwant (query events):\n%s", code, errs, jsonl, out)
	}
	var first dyad.StoredEvent
	if err := json.Unmarshal([]byte(jsonl[:strings.IndexByte(jsonl, '\n')]), &first); err != nil || first.ArticleID == "" || first.CAMEO == "" {
		t.Errorf("first line: %+v, %v", first, err)
	}

	// CSV to a file: a header and one row per event.
	csvPath := filepath.Join(dir, "events.csv")
	if code, _, errs := runDyad(t, "", "export", "--db", db, "--format", "csv", "--out", csvPath); code != 0 {
		t.Fatalf("export csv: exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != n+1 || strings.Join(rows[0], ",") != strings.Join(export.CSVHeader, ",") {
		t.Fatalf("csv: %d rows, header %q; want %d rows", len(rows), rows[0], n+1)
	}
	if rows[1][0] != strconv.FormatInt(first.ID, 10) || rows[1][6] != first.CAMEO {
		t.Errorf("csv first row %q; want id %d, cameo %s", rows[1], first.ID, first.CAMEO)
	}

	// GDELT: 61 columns a line; the KOR-JPN meeting of 2022-09-21 is there.
	code, tsv, errs := runDyad(t, "", "export", "--db", db, "--format", "gdelt")
	if code != 0 {
		t.Fatalf("export gdelt: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(tsv, "\n"), "\n")
	if len(lines) != n {
		t.Errorf("gdelt: %d lines, want %d", len(lines), n)
	}
	meeting := false
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 61 {
			t.Fatalf("gdelt line with %d columns: %q", len(f), l)
		}
		if f[1] == "20220921" && f[28] == "04" && f[29] == "1" &&
			(f[7] == "KOR" && f[17] == "JPN" || f[7] == "JPN" && f[17] == "KOR") {
			meeting = true
		}
	}
	if !meeting {
		t.Errorf("gdelt: no KOR-JPN consultation on 20220921:\n%s", tsv)
	}

	// PLOVER, filtered to the dyad's consultations.
	code, pl, errs := runDyad(t, "", "export", "--db", db, "--format", "plover", "--a", "KOR", "--b", "JPN", "--root", "04")
	if code != 0 {
		t.Fatalf("export plover: exit %d: %s", code, errs)
	}
	plLines := strings.Split(strings.TrimSuffix(pl, "\n"), "\n")
	if len(plLines) < 2 || len(plLines) >= n {
		t.Errorf("plover KOR-JPN 04: %d events of %d; want the consultations only", len(plLines), n)
	}
	for _, l := range plLines {
		var p export.PLOVEREvent
		if err := json.Unmarshal([]byte(l), &p); err != nil || p.Event != "CONSULT" || !strings.HasPrefix(p.CAMEO, "04") || p.Source == nil || p.Target == nil {
			t.Errorf("plover line %q: %v", l, err)
		}
	}

	// Usage errors exit 2.
	for _, args := range [][]string{
		{"export", "--db", db, "--format", "xml"},
		{"export", "--db", db, "--from", "21/09/2022"},
		{"export", "--db", db, "extra"},
	} {
		if code, _, _ := runDyad(t, "", args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}
