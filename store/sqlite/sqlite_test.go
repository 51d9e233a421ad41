package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store/storetest"
)

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	var _ storetest.CanonicalSetter = (*Store)(nil)
	var _ storetest.BatchSaver = (*Store)(nil)
	storetest.Run(t, func(t *testing.T) dyad.Store { return open(t) })
}

// TestReopen checks that the migrations run once and data survive.
func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &dyad.Article{ID: "x", Text: "Some text."}
	if _, err := s.SaveArticle(context.Background(), a, &dyad.Record{ID: "x"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if has, err := s.HasArticle(context.Background(), dyad.HashContent(a)); err != nil || !has {
		t.Errorf("HasArticle after reopening = %v, %v; want true", has, err)
	}
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM schema_version`).Scan(&n); err != nil || n != len(names) {
		t.Errorf("schema_version rows = %d, %v; want %d (one per migration)", n, err, len(names))
	}
}

func TestSetCanonical(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	mk := func(id, text string) {
		r := &dyad.Record{ID: id, Events: []dyad.Event{{Source: "KORGOV", Target: "JPNGOV", CAMEO: "040", Root: "04", Date: "2022-09-21"}}}
		if _, err := s.SaveArticle(ctx, &dyad.Article{ID: id, Text: text}, r); err != nil {
			t.Fatal(err)
		}
	}
	mk("a", "one report")
	mk("b", "another report")
	evs, err := s.Events(ctx, dyad.EventFilter{})
	if err != nil || len(evs) != 2 {
		t.Fatalf("Events = %d, %v; want 2", len(evs), err)
	}
	keep := evs[1].ID
	if err := s.SetCanonical(ctx, []int64{evs[0].ID, evs[1].ID}, keep); err != nil {
		t.Fatal(err)
	}
	evs, err = s.Events(ctx, dyad.EventFilter{Canonical: true})
	if err != nil || len(evs) != 1 {
		t.Fatalf("canonical Events = %d, %v; want 1", len(evs), err)
	}
	if evs[0].ID != keep || evs[0].Sources != 2 {
		t.Errorf("canonical event %d with %d sources; want %d with 2", evs[0].ID, evs[0].Sources, keep)
	}
}

func TestFirstDay(t *testing.T) {
	for in, want := range map[string]string{
		"2022-09-21": "2022-09-21", "2019-12": "2019-12-01", "2019": "2019-01-01",
		"201X": "2010-01-01", "2010s": "2010-01-01", "": "", "P3Y": "", "2022-13": "2022-01-01",
	} {
		if got := firstDay(in); got != want {
			t.Errorf("firstDay(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestBackfillLevels checks that events stored before the level column
// get their levels from their records.
func TestBackfillLevels(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	text := "The foreign ministers of France and Germany met."
	r := &dyad.Record{ID: "l", Sentences: []dyad.Span{{Start: 0, End: len(text)}},
		Entities: []dyad.Entity{
			{ID: "e1", Text: "France", Type: dyad.GPE, Actor: "FRAGOV", Mentions: []dyad.Mention{{Start: 0, End: 31, Sentence: 0}}},
			{ID: "e2", Text: "Germany", Type: dyad.GPE, Actor: "DEUGOV", Mentions: []dyad.Mention{{Start: 36, End: 43, Sentence: 0}}},
		},
		Events: []dyad.Event{{Source: "FRAGOV", Target: "DEUGOV", CAMEO: "040", Root: "04", Date: "2024-01-02",
			SourceEntity: "e1", TargetEntity: "e2", Trigger: dyad.Trigger{Start: 44, End: 47, Text: "met"}}}}
	if _, err := s.SaveArticle(ctx, &dyad.Article{ID: "l", Text: text}, r); err != nil {
		t.Fatal(err)
	}
	level := func() string {
		evs, err := s.Events(ctx, dyad.EventFilter{ArticleID: "l"})
		if err != nil || len(evs) != 1 {
			t.Fatalf("Events = %v, %v", evs, err)
		}
		return evs[0].Level
	}
	if got := level(); got != dyad.LevelMinister {
		t.Fatalf("level after saving = %q; want minister", got)
	}
	if _, err := s.db.Exec(`UPDATE events SET level = ''`); err != nil {
		t.Fatal(err)
	}
	if err := s.backfillLevels(ctx); err != nil {
		t.Fatal(err)
	}
	if got := level(); got != dyad.LevelMinister {
		t.Errorf("level after the backfill = %q; want minister", got)
	}
}

// TestScale measures the query targets on generated events: set
// DYAD_SCALE to the number of events (1000000 for the README's figures)
// and DYAD_SCALE_DB to a file to keep the filled database between runs.
func TestScale(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("DYAD_SCALE"))
	if n <= 0 {
		t.Skip("DYAD_SCALE is not set")
	}
	path := os.Getenv("DYAD_SCALE_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "scale.db")
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.Scale(t, s, n)
}

// TestMonthlyTimeline checks that timelines read from dyad_months and
// dyad_weeks equal those counted from the events, also after articles
// are replaced.
func TestMonthlyTimeline(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	for i := range 30 {
		a, r := storetest.ScaleArticle(i, 100)
		if _, err := s.SaveArticle(ctx, a, r); err != nil {
			t.Fatal(err)
		}
	}
	checked := map[string]int{}
	check := func(when string) {
		for _, f := range []dyad.EventFilter{
			{A: "USA", B: "CHN"}, {A: "CHN", B: "USA", Directed: true}, {A: "RUS", B: "UKR", Root: "04"},
			{A: "USA", B: "RUS", PLOVER: "consult"}, {A: "USA", B: "CHN", From: day(t, "2005-01-01"), To: day(t, "2015-06-30")},
			{A: "USA", B: "CHN", From: day(t, "2004-12-27"), To: day(t, "2015-06-28")}, // a Monday and a Sunday
		} {
			for _, period := range []string{"month", "year", "week"} {
				if !monthly(f, period) && !weekly(f, period) {
					continue // dates off the period's boundaries
				}
				checked[period]++
				got, err := s.Timeline(ctx, f, period)
				if err != nil {
					t.Fatal(err)
				}
				raw := f
				raw.Canonical = true // no merges: the same events, counted from the events table
				want, err := s.Timeline(ctx, raw, period)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) == 0 || len(got) != len(want) {
					t.Fatalf("%s: %+v per %s: %d points from the table, %d from events", when, f, period, len(got), len(want))
				}
				for i := range got {
					g, w := got[i], want[i]
					if g.Period != w.Period || g.Events != w.Events || fmt.Sprint(g.ByRoot) != fmt.Sprint(w.ByRoot) ||
						fmt.Sprint(g.ByPLOVER) != fmt.Sprint(w.ByPLOVER) || math.Abs(g.MeanGoldstein-w.MeanGoldstein) > 1e-9 {
						t.Fatalf("%s: %+v per %s: point %d = %+v from the table, %+v from events", when, f, period, i, g, w)
					}
				}
			}
		}
	}
	check("after saving")
	// Replace every other article by a version with other events.
	for i := 0; i < 30; i += 2 {
		a, _ := storetest.ScaleArticle(i, 100)
		_, r := storetest.ScaleArticle(i+100, 50)
		r.ID = a.ID
		a.Text += " (corrected)"
		if _, err := s.SaveArticle(ctx, a, r); err != nil {
			t.Fatal(err)
		}
	}
	check("after replacing")
	if checked["month"] != 10 || checked["year"] != 10 || checked["week"] != 10 {
		t.Errorf("checked %v timelines from the tables; want 10 per period", checked)
	}
	for _, f := range []dyad.EventFilter{{A: "USA", B: "CHN", Modality: "asserted"}, {A: "USAGOV", B: "CHN"}, {A: "USA", B: "CHN", From: day(t, "2005-01-02")}} {
		if monthly(f, "month") {
			t.Errorf("monthly(%+v) = true", f)
		}
	}
	if monthly(dyad.EventFilter{A: "USA", B: "CHN"}, "week") {
		t.Error("monthly(week) = true")
	}
	for _, f := range []dyad.EventFilter{{A: "USA", B: "CHN", Modality: "asserted"}, {A: "USAGOV", B: "CHN"},
		{A: "USA", B: "CHN", From: day(t, "2005-01-01")}, {A: "USA", B: "CHN", To: day(t, "2015-06-30")}} {
		if weekly(f, "week") {
			t.Errorf("weekly(%+v) = true", f)
		}
	}
	if weekly(dyad.EventFilter{A: "USA", B: "CHN"}, "month") {
		t.Error("weekly(month) = true")
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(dyad.DateLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSaveSpeed times SaveArticle alone: DYAD_SAVE_ARTICLES is a JSON
// Lines file of articles (id, date, text ...) and DYAD_SAVE_RECORDS the
// records `dyad code` printed for them, line by line.
func TestSaveSpeed(t *testing.T) {
	arts, recs := os.Getenv("DYAD_SAVE_ARTICLES"), os.Getenv("DYAD_SAVE_RECORDS")
	if arts == "" || recs == "" {
		t.Skip("DYAD_SAVE_ARTICLES and DYAD_SAVE_RECORDS are not set")
	}
	read := func(path string) [][]byte {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	}
	al, rl := read(arts), read(recs)
	if len(al) != len(rl) {
		t.Fatalf("%d articles, %d records", len(al), len(rl))
	}
	type article struct {
		ID, Date, Title, Outlet, Text string
	}
	as := make([]*dyad.Article, len(al))
	rs := make([]*dyad.Record, len(rl))
	for i := range al {
		var a article
		if err := json.Unmarshal(al[i], &a); err != nil {
			t.Fatal(err)
		}
		as[i] = &dyad.Article{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Text: a.Text, Published: day(t, a.Date)}
		rs[i] = &dyad.Record{}
		if err := json.Unmarshal(rl[i], rs[i]); err != nil {
			t.Fatal(err)
		}
	}
	s := open(t)
	defer s.Close()
	start := time.Now()
	for i := range as {
		if _, err := s.SaveArticle(context.Background(), as[i], rs[i]); err != nil {
			t.Fatal(err)
		}
	}
	el := time.Since(start)
	t.Logf("saved %d articles in %v: %.0f articles/s", len(as), el, float64(len(as))/el.Seconds())
}
