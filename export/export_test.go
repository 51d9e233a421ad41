package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// events are hand-made stored events: a full one, one with characters
// that need quoting and a month-precise date, and an almost empty one.
func events() []dyad.StoredEvent {
	return []dyad.StoredEvent{
		{
			Event: dyad.Event{
				Source: "KORGOV", Target: "JPNGOV", CAMEO: "040", Root: "04", Goldstein: 1,
				PLOVER: "CONSULT", PLOVERMode: "meet", Date: "2022-09-21", DatePrecision: "day",
				Place:     &dyad.Place{Name: "New York City", Country: "USA", Lat: 40.71, Lon: -74.01},
				Sentences: []int{0, 2}, Trigger: dyad.Trigger{Start: 10, End: 14, Text: "met"},
				Modality: dyad.Asserted, Confidence: 0.9,
			},
			ID: 7, ArticleID: "https://example.org/a1", Canonical: 7, Sources: 3,
		},
		{
			Event: dyad.Event{
				Source: "IGOUNO", Target: "---REB", CAMEO: "1121", Root: "11", Goldstein: -2,
				PLOVER: "DISAPPROVE", Date: "2019-12", DatePrecision: "month",
				Sentences: []int{4}, Trigger: dyad.Trigger{Text: "said \"no\",\tthen\nleft"},
				Negated: true, Modality: dyad.Reported, ReportedBy: "KORGOV", Confidence: 0.5,
			},
			ID: 8, ArticleID: "a2", Canonical: 8, Sources: 1,
		},
		{
			Event: dyad.Event{Source: "USA", CAMEO: "010", Root: "01"},
			ID:    9, ArticleID: "a3",
		},
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output:\n--- got\n%s\n--- want\n%s", p, got, want)
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		fn   func(w *bytes.Buffer, evs []dyad.StoredEvent) error
	}{
		{"events.jsonl", func(w *bytes.Buffer, e []dyad.StoredEvent) error { return JSONL(w, e) }},
		{"events.csv", func(w *bytes.Buffer, e []dyad.StoredEvent) error { return CSV(w, e) }},
		{"events.gdelt.tsv", func(w *bytes.Buffer, e []dyad.StoredEvent) error { return GDELT(w, e) }},
		{"events.plover.jsonl", func(w *bytes.Buffer, e []dyad.StoredEvent) error { return PLOVER(w, e) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.fn(&b, events()); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name, b.Bytes())
		})
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := JSONL(&b, events()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3", len(lines))
	}
	var ev dyad.StoredEvent
	if err := json.Unmarshal([]byte(lines[1]), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.ID != 8 || ev.Trigger.Text != events()[1].Trigger.Text || !ev.Negated {
		t.Errorf("round trip: %+v", ev)
	}
}

func TestCSV(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, events()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("rows %q", rows)
	}
	col := func(name string) int {
		for i, h := range CSVHeader {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	if got := rows[2][col("trigger")]; got != events()[1].Trigger.Text {
		t.Errorf("trigger %q survived CSV as %q", events()[1].Trigger.Text, got)
	}
	if rows[1][col("place_lat")] != "40.71" || rows[3][col("place_name")] != "" || rows[1][col("sources")] != "3" {
		t.Errorf("row 1 %q, row 3 %q", rows[1], rows[3])
	}
	// An empty export is the header alone.
	b.Reset()
	if err := CSV(&b, nil); err != nil || strings.Count(b.String(), "\n") != 1 {
		t.Errorf("empty CSV %q, %v", b.String(), err)
	}
}

func TestGDELT(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("%d GDELT columns, want 61", len(GDELTColumns))
	}
	for i, want := range map[int]string{
		gDay: "Day", gActor1: "Actor1Code", gActor2: "Actor2Code", gIsRoot: "IsRootEvent",
		gEventCode: "EventCode", gEventBase: "EventBaseCode", gEventRoot: "EventRootCode",
		gQuadClass: "QuadClass", gGoldstein: "GoldsteinScale", gNumMentions: "NumMentions",
		gNumSources: "NumSources", gNumArticles: "NumArticles", gActionGeo: "ActionGeo_Type",
		gActionGeo + 1: "ActionGeo_FullName", gActionGeo + 5: "ActionGeo_Lat",
		gActionGeo + 6: "ActionGeo_Long", gSourceURL: "SOURCEURL",
	} {
		if GDELTColumns[i] != want {
			t.Errorf("column %d is %s, want %s", i, GDELTColumns[i], want)
		}
	}
	var b bytes.Buffer
	if err := GDELT(&b, events()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3", len(lines))
	}
	row := func(i int) map[string]string {
		f := strings.Split(lines[i], "\t")
		if len(f) != 61 {
			t.Fatalf("line %d has %d columns", i, len(f))
		}
		m := map[string]string{}
		for j, c := range GDELTColumns {
			m[c] = f[j]
		}
		return m
	}
	r := row(0)
	for k, want := range map[string]string{
		"GlobalEventID": "7", "Day": "20220921", "MonthYear": "202209", "Year": "2022",
		"FractionDate": "2022.7233", "Actor1CountryCode": "KOR", "Actor1Type1Code": "GOV",
		"Actor2Code": "JPNGOV", "IsRootEvent": "1", "EventBaseCode": "040", "QuadClass": "1",
		"NumSources": "3", "ActionGeo_FullName": "New York City", "ActionGeo_Long": "-74.01",
		"SOURCEURL": "https://example.org/a1", "AvgTone": "",
	} {
		if r[k] != want {
			t.Errorf("event 7 %s = %q, want %q", k, r[k], want)
		}
	}
	r = row(1)
	for k, want := range map[string]string{
		"Day": "20191201", "Actor1CountryCode": "", "Actor1KnownGroupCode": "UNO",
		"Actor1Type1Code": "IGO", "Actor2CountryCode": "", "Actor2Type1Code": "REB",
		"EventBaseCode": "112", "EventRootCode": "11", "QuadClass": "3", "IsRootEvent": "0",
	} {
		if r[k] != want {
			t.Errorf("event 8 %s = %q, want %q", k, r[k], want)
		}
	}
	if r := row(2); r["Day"] != "" || r["QuadClass"] != "1" || r["NumSources"] != "1" || r["Actor2Code"] != "" {
		t.Errorf("event 9: %v", r)
	}
}

func TestQuadClass(t *testing.T) {
	for root, want := range map[string]int{
		"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4,
		"00": 0, "21": 0, "": 0, "4": 0, "ab": 0, "040": 0,
	} {
		if got := QuadClass(root); got != want {
			t.Errorf("QuadClass(%q) = %d, want %d", root, got, want)
		}
	}
}

func TestPLOVER(t *testing.T) {
	p := ToPLOVER(&events()[0])
	if p.Event != "CONSULT" || p.Mode != "meet" || p.CAMEO != "040" || p.Source.Country != "KOR" ||
		p.Target.Sector != "GOV" || p.Location == nil || p.Location.PlaceName != "New York City" || p.ID != "dyad-7" {
		t.Errorf("ToPLOVER: %+v", p)
	}
	if p := ToPLOVER(&events()[2]); p.Target != nil || p.Location != nil {
		t.Errorf("empty target or place should be absent: %+v", p)
	}
}

func TestNew(t *testing.T) {
	for _, f := range Formats {
		if w, err := New(f, &bytes.Buffer{}); err != nil || w == nil {
			t.Errorf("New(%q): %v", f, err)
		}
	}
	if _, err := New("xml", &bytes.Buffer{}); err == nil || !strings.HasPrefix(err.Error(), "export: ") {
		t.Errorf("New(xml): %v", err)
	}
}

func TestFirstDay(t *testing.T) {
	for in, want := range map[string]string{
		"2022-09-21": "2022-09-21", "2019-12": "2019-12-01", "2019": "2019-01-01",
		"201X": "2010-01-01", "2010s": "2010-01-01", "": "", "soon": "", "20": "",
	} {
		got := ""
		if d, ok := firstDay(in); ok {
			got = d.Format(dyad.DateLayout)
		}
		if got != want {
			t.Errorf("firstDay(%q) = %q, want %q", in, got, want)
		}
	}
}
