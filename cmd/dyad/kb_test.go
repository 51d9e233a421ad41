package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func TestKBLookup(t *testing.T) {
	for _, tc := range []struct {
		name, date, want string
	}{
		{"Fumio Kishida", "2022-09-21", "person:fumio-kishida\tJPNGOV\t"},
		{"Fumio Kishida", "2015-01-01", "Minister for Foreign Affairs of Japan"},
		{"Fumio Kishida", "2025-01-01", "JPNELI"},
		{"Tokyo", "2022-09-21", "JPN\tJPNGOV\t"},
		{"NATO", "", "igo:nato\tIGOWSTNAT"},
	} {
		code, out, errb := runDyad(t, "", "kb", "lookup", tc.name, "--date", tc.date)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("kb lookup %q --date %s = %d %q %q, want %q", tc.name, tc.date, code, out, errb, tc.want)
		}
	}
	if code, _, _ := runDyad(t, "", "kb", "lookup", "Nobody Atall"); code != 1 {
		t.Errorf("lookup of an unknown name: status %d, want 1", code)
	}
	if code, _, _ := runDyad(t, "", "kb", "lookup", "X", "--date", "tomorrowish"); code != 1 {
		t.Errorf("bad date: status %d, want 1", code)
	}
}

func TestKBWho(t *testing.T) {
	for _, tc := range []struct {
		role, date, want string
		status           int
	}{
		{"JPNGOV-HOG", "2022-09-21", "person:fumio-kishida", 0},
		{"JPNGOV-FM", "2015-06-01", "person:fumio-kishida", 0},
		{"USAGOV-HOG", "2022-09-21", "person:joe-biden", 0}, // a president stands for the head of government
		{"KORGOV-HOS", "2023-01-01", "person:yoon-suk-yeol", 0},
		{"KOR-HOS", "2023-01-01", "person:yoon-suk-yeol", 0}, // a country code stands for its government
		{"DEUGOV-FM", "2019-01-01", "person:heiko-maas", 0},
		{"JPNGOV-XX", "2022-09-21", "", 1},
		{"ATAGOV-HOG", "2022-09-21", "", 1},
	} {
		code, out, errb := runDyad(t, "", "kb", "who", "--role", tc.role, "--date", tc.date)
		if code != tc.status || !strings.Contains(out, tc.want) {
			t.Errorf("kb who --role %s --date %s = %d %q %q, want %d %q", tc.role, tc.date, code, out, errb, tc.status, tc.want)
		}
	}
}

func TestKBResolve(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"1","text":"Fumio Kishida","date":"2022-09-21"}`,
		`{"id":"2","text":"South Korean officials","date":""}`,
		`{"id":"3","text":"the foreign ministry","context":"Japanese","date":"today"}`,
		`{"id":"4","text":"a former White House official"}`,
		`{"id":"5","text":"Russia's ambassador to Poland"}`,
		`{"id":"6","text":"Beijing"}`,
		`{"id":"7","text":"puppies"}`,
		`{"id":"8","text":"World Health Organization"}`,
		`{"id":"9","text":"Wanjiru Mwangi","context":"Kenya"}`,
		`{"id":"10","text":"Wanjiru Mwangi"}`,
	}, "\n")
	code, out, errb := runDyad(t, in, "kb", "resolve", "-")
	if code != 0 {
		t.Fatalf("kb resolve: status %d, stderr %q", code, errb)
	}
	want := map[string][2]string{
		"1": {"JPN", "GOV"}, "2": {"KOR", "GOV"}, "3": {"JPN", "GOV"}, "4": {"USA", "ELI"},
		"5": {"RUS", "GOV"}, "6": {"CHN", "GOV"}, "7": {"", ""}, "8": {"UNO", "HLH"},
		// an unknown name takes the country of its context, and none without
		"9": {"KEN", ""}, "10": {"", ""},
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("kb resolve printed %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for _, l := range lines {
		var a map[string]string
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		for _, k := range []string{"id", "country", "sector", "code", "kb", "wikidata", "wikipedia"} {
			if _, ok := a[k]; !ok {
				t.Errorf("line %q lacks %q", l, k)
			}
		}
		if w := want[a["id"]]; a["country"] != w[0] || a["sector"] != w[1] {
			t.Errorf("case %s: country %q sector %q, want %q %q (%s)", a["id"], a["country"], a["sector"], w[0], w[1], l)
		}
	}
	if code, _, _ := runDyad(t, `{"id":1`, "kb", "resolve", "-"); code != 1 {
		t.Errorf("bad JSON: status %d, want 1", code)
	}
}

func TestKBImportWikidata(t *testing.T) {
	dir := t.TempDir()
	code, _, errb := runDyad(t, "", "kb", "import-wikidata", "../../actors/testdata/wikidata.json", "--out", dir)
	if code != 0 {
		t.Fatalf("import-wikidata: status %d: %s", code, errb)
	}
	code, out, errb := runDyad(t, "", "kb", "who", "--kb", dir, "--role", "GBRGOV-HOG", "--date", "2031-05-01")
	if code != 0 || !strings.Contains(out, "person:alma-testperson") {
		t.Errorf("who after import = %d %q %q", code, out, errb)
	}
	// A second import refreshes rows rather than duplicating them.
	if code, _, errb := runDyad(t, "", "kb", "import-wikidata", "../../actors/testdata/wikidata.json", "--out", dir); code != 0 {
		t.Fatalf("second import: %s", errb)
	}
	b, err := os.ReadFile(filepath.Join(dir, "people-wikidata.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "alma-testperson\t"); n != 1 {
		t.Errorf("people-wikidata.tsv holds %d rows of alma-testperson, want 1:\n%s", n, b)
	}
}

func TestKBImportPetrarch(t *testing.T) {
	src := "../../../shared/gold/compat/dicts/petrarch2"
	if _, err := os.Stat(src); err != nil {
		t.Skip("PETRARCH dictionaries absent")
	}
	dir := t.TempDir()
	code, _, errb := runDyad(t, "", "kb", "import-petrarch", src, "--out", dir)
	if code != 0 {
		t.Fatalf("import-petrarch: status %d: %s", code, errb)
	}
	code, out, errb := runDyad(t, "", "kb", "lookup", "--kb", dir, "Hamas Gunmen")
	if code != 0 || !strings.Contains(out, "PSEHMSMIL") {
		t.Errorf("lookup after import = %d %q %q", code, out, errb)
	}
}

func TestParseCaseDateToday(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(dyad.DateLayout, s); return d }
	for _, tc := range []struct {
		in, today, want string
	}{
		{"today", "2022-07-01", "2022-07-01"},
		{"Today", "2022-07-01", "2022-07-01"},
		{"2021-03-04", "2022-07-01", "2021-03-04"},
		{"", "2022-07-01", "0001-01-01"},
	} {
		got, err := parseCaseDateAt(tc.in, day(tc.today))
		if err != nil || got.Format(dyad.DateLayout) != tc.want {
			t.Errorf("parseCaseDateAt(%q, %s) = %v, %v, want %s", tc.in, tc.today, got, err, tc.want)
		}
	}
	if got, err := parseCaseDateAt("today", time.Time{}); err != nil || got.Year() < 2025 {
		t.Errorf("parseCaseDateAt(today, zero) = %v, %v, want the current date", got, err)
	}
	if _, err := parseTodayFlag("July 2022"); err == nil {
		t.Error("parseTodayFlag accepted a bad date")
	}
}

func TestKBResolveToday(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "cases.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"1","text":"Nawaf Al-Ahmad Al-Jaber Al-Sabah","context":"","date":"today"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for today, want := range map[string]string{"2022-07-01": `"sector":"GOV"`, "2024-07-01": `"sector":"ELI"`} {
		code, out, errb := runDyad(t, "", "kb", "resolve", "--today", today, in)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("kb resolve --today %s = %d %q %q, want %s", today, code, out, errb, want)
		}
	}
}

func TestKBResolvePlaceAlone(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "cases.jsonl")
	cases := `{"id":"1","text":"Sydney","context":"","date":""}` + "\n" +
		`{"id":"2","text":"targets in Syria","context":"","date":""}` + "\n" +
		`{"id":"3","text":"Tokyo","context":"","date":""}` + "\n"
	if err := os.WriteFile(in, []byte(cases), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errb := runDyad(t, "", "kb", "resolve", in)
	if code != 0 {
		t.Fatalf("kb resolve = %d %q", code, errb)
	}
	for _, want := range []string{`"id":"1","country":"AUS","sector":"CVL"`, `"id":"2","country":"SYR","sector":""`, `"id":"3","country":"JPN","sector":"GOV"`} {
		if !strings.Contains(out, want) {
			t.Errorf("kb resolve: missing %s in %q", want, out)
		}
	}
}
