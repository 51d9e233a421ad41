package postgres

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net/url"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store/storetest"
	"github.com/jackc/pgx/v5"
)

// testURL returns the server of DYAD_TEST_POSTGRES or skips the test.
func testURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("DYAD_TEST_POSTGRES")
	if u == "" {
		t.Skip("DYAD_TEST_POSTGRES is not set (a postgres:// URL of a server the tests may create schemas in)")
	}
	return u
}

var schemaSeq atomic.Int64

// freshURL creates an empty schema, dropped when the test ends, and
// returns a URL whose connections use it.
func freshURL(t *testing.T) string {
	t.Helper()
	base := testURL(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to DYAD_TEST_POSTGRES: %v", err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("dyadtest_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, schemaSeq.Add(1))
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema: %v", err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema: %v", err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("DYAD_TEST_POSTGRES is not a URL: %v", err)
	}
	v := u.Query()
	v.Set("search_path", schema)
	u.RawQuery = v.Encode()
	return u.String()
}

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), freshURL(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	testURL(t)
	var _ storetest.CanonicalSetter = (*Store)(nil)
	var _ storetest.BatchSaver = (*Store)(nil)
	storetest.Run(t, func(t *testing.T) dyad.Store { return open(t) })
}

// TestReopen checks that the migrations run once and data survive.
func TestReopen(t *testing.T) {
	ctx := context.Background()
	u := freshURL(t)
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	a := &dyad.Article{ID: "x", Text: "Some text."}
	if _, err := s.SaveArticle(ctx, a, &dyad.Record{ID: "x"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, u)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if has, err := s.HasArticle(ctx, dyad.HashContent(a)); err != nil || !has {
		t.Errorf("HasArticle after reopening = %v, %v; want true", has, err)
	}
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM schema_version`).Scan(&n); err != nil || n != len(names) {
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
	tl, err := s.Timeline(ctx, dyad.EventFilter{A: "KOR", Canonical: true}, "day")
	if err != nil || len(tl) != 1 || tl[0].Events != 1 {
		t.Errorf("canonical Timeline = %+v, %v; want one event on one day", tl, err)
	}
}

// TestConcurrentSaves saves the same article from many goroutines: one
// creates it, the others find it stored, none fails.
func TestConcurrentSaves(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	var created atomic.Int64
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Even goroutines use another id for the same content.
			id := "same"
			if i%2 == 0 {
				id = "other"
			}
			r := &dyad.Record{ID: id, Events: []dyad.Event{{Source: "USA", Target: "CHN", CAMEO: "010", Root: "01", Date: "2024-01-02"}}}
			c, err := s.SaveArticle(ctx, &dyad.Article{ID: id, Text: "The same text."}, r)
			if err != nil {
				t.Error(err)
			}
			if c {
				created.Add(1)
			}
		}()
	}
	wg.Wait()
	if created.Load() != 1 {
		t.Errorf("%d saves created the article; want 1", created.Load())
	}
	evs, err := s.Events(ctx, dyad.EventFilter{})
	if err != nil || len(evs) != 1 {
		t.Errorf("Events = %d, %v; want 1", len(evs), err)
	}
}

// TestWeeks checks the ISO weeks of days around year ends against Go's.
func TestWeeks(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	days := []string{"2020-12-31", "2021-01-03", "2021-01-04", "2024-12-30", "2026-12-31", "2027-01-01"}
	r := &dyad.Record{ID: "w"}
	for _, d := range days {
		r.Events = append(r.Events, dyad.Event{Source: "FRA", Target: "DEU", CAMEO: "040", Root: "04", Date: d, Goldstein: 1})
	}
	if _, err := s.SaveArticle(ctx, &dyad.Article{ID: "w", Text: "weeks"}, r); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, d := range days {
		tm, _ := time.Parse(dyad.DateLayout, d)
		y, w := tm.ISOWeek()
		want[fmt.Sprintf("%04d-W%02d", y, w)]++
	}
	tl, err := s.Timeline(ctx, dyad.EventFilter{A: "FRA"}, "week")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, p := range tl {
		got[p.Period] = p.Events
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("weeks = %v; want %v", got, want)
	}
	tl, err = s.Timeline(ctx, dyad.EventFilter{A: "FRA"}, "year")
	if err != nil || len(tl) != 5 || tl[0].Period != "2020" || tl[4].Period != "2027" {
		t.Errorf("years = %+v, %v; want 2020, 2021, 2024, 2026, 2027", tl, err)
	}
}

func TestFirstDay(t *testing.T) {
	for in, want := range map[string]string{
		"2022-09-21": "2022-09-21", "2019-12": "2019-12-01", "2019": "2019-01-01",
		"201X": "2010-01-01", "2010s": "2010-01-01", "": "", "P3Y": "", "2022-13": "2022-01-01",
	} {
		got := ""
		if d := firstDay(in); d != nil {
			got = d.Format(dyad.DateLayout)
		}
		if got != want {
			t.Errorf("firstDay(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestOpenBadURL(t *testing.T) {
	if _, err := Open(context.Background(), "postgres://%zz"); err == nil {
		t.Error("Open(bad url) gave no error")
	}
}

// TestTimelineDirections checks that an undirected timeline counts each
// event once, whether it is counted per direction or, when one actor is
// a prefix of the other, in one query.
func TestTimelineDirections(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	r := &dyad.Record{ID: "d", Events: []dyad.Event{
		{Source: "KORGOV", Target: "KORMIL", CAMEO: "040", Root: "04", Date: "2024-03-01", Goldstein: 1},
		{Source: "KORMIL", Target: "KORGOV", CAMEO: "040", Root: "04", Date: "2024-03-02", Goldstein: 3},
		{Source: "KORGOV", Target: "JPNGOV", CAMEO: "040", Root: "04", Date: "2024-03-03", Goldstein: 5},
	}}
	if _, err := s.SaveArticle(ctx, &dyad.Article{ID: "d", Text: "directions"}, r); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		a, b string
		want int
		mean float64
	}{
		{"KOR", "KORMIL", 2, 2}, {"KORGOV", "KORMIL", 2, 2}, {"KOR", "KOR", 2, 2}, {"JPN", "KORGOV", 1, 5},
	} {
		tl, err := s.Timeline(ctx, dyad.EventFilter{A: tt.a, B: tt.b}, "month")
		if err != nil {
			t.Fatal(err)
		}
		if len(tl) != 1 || tl[0].Events != tt.want || tl[0].MeanGoldstein != tt.mean {
			t.Errorf("Timeline(%s, %s) = %+v; want %d events with mean %g", tt.a, tt.b, tl, tt.want, tt.mean)
		}
	}
}

// TestNUL checks that text PostgreSQL cannot hold is refused as invalid.
func TestNUL(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	for _, x := range []struct {
		a *dyad.Article
		r *dyad.Record
	}{
		{&dyad.Article{ID: "n", Text: "a\x00b"}, &dyad.Record{ID: "n"}},
		{&dyad.Article{ID: "n", Text: "ab"}, &dyad.Record{ID: "n", Title: "a\x00b"}},
	} {
		_, err := s.SaveArticle(ctx, x.a, x.r)
		var de *dyad.Error
		if !errors.As(err, &de) || de.Code != dyad.EInvalid {
			t.Errorf("SaveArticle(NUL) error = %v; want %s", err, dyad.EInvalid)
		}
	}
	if _, err := s.SaveArticle(ctx, &dyad.Article{ID: "n", Text: "ab"}, &dyad.Record{ID: "n"}); err != nil {
		t.Errorf("SaveArticle after refusals: %v", err)
	}
}

// TestScale measures the query targets on generated events: set
// DYAD_SCALE to the number of events (1000000 for the README's figures);
// they are kept in the schema dyadscale of DYAD_TEST_POSTGRES between
// runs.
func TestScale(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("DYAD_SCALE"))
	if n <= 0 {
		t.Skip("DYAD_SCALE is not set")
	}
	base := testURL(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	_, err = conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS dyadscale`)
	conn.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	v := u.Query()
	v.Set("search_path", "dyadscale")
	u.RawQuery = v.Encode()
	s, err := Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.Fill(t, s, n)
	if _, err := s.pool.Exec(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
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
