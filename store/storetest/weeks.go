package storetest

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// testWeekTimeline checks week timelines of country dyads (which a store
// may read from a weekly table) against counts made here from the saved
// records, after saving and after half the articles are replaced.
func testWeekTimeline(t *testing.T, s dyad.Store) {
	defer s.Close()
	ctx := context.Background()
	const n = 20
	records := map[string]*dyad.Record{}
	for i := range n {
		a, r := ScaleArticle(i, 50)
		if _, err := s.SaveArticle(ctx, a, r); err != nil {
			t.Fatal(err)
		}
		records[a.ID] = r
	}
	// Days around year ends, whose ISO week belongs to the other year.
	yearEnds := &dyad.Record{ID: "year-ends"}
	for _, d := range []string{"2020-12-31", "2021-01-03", "2021-01-04", "2024-12-30", "2026-12-31", "2027-01-01", "2027-01"} {
		yearEnds.Events = append(yearEnds.Events, ev("meet", "FRA", "DEU", "040", 1, "CONSULT", d, dyad.Asserted, nil))
	}
	if _, err := s.SaveArticle(ctx, &dyad.Article{ID: "year-ends", Text: "Year ends."}, yearEnds); err != nil {
		t.Fatal(err)
	}
	records["year-ends"] = yearEnds
	filters := []dyad.EventFilter{
		{A: "FRA", B: "DEU"},
		{A: "USA", B: "CHN"}, {A: "CHN", B: "USA", Directed: true}, {A: "USA", B: "RUS", Root: "04"},
		{A: "CHN", B: "RUS", PLOVER: "consult"},
		{A: "USA", B: "CHN", From: day("2004-12-27"), To: day("2015-06-28")}, // a Monday, a Sunday
		{A: "USAGOV", B: "CHN"}, {A: "USA", B: "CHN", Modality: dyad.Asserted},
	}
	check := func(when string) {
		for _, f := range filters {
			want := weekCounts(records, f)
			got, err := s.Timeline(ctx, f, "week")
			if err != nil {
				t.Fatalf("%s: Timeline(%+v, week): %v", when, f, err)
			}
			if len(want) == 0 {
				t.Fatalf("%s: %+v: no events to count; the test needs some", when, f)
			}
			if len(got) != len(want) {
				t.Errorf("%s: %+v: %d weeks; want %d", when, f, len(got), len(want))
				continue
			}
			for _, g := range got {
				w, ok := want[g.Period]
				if !ok || g.Events != w.Events || fmt.Sprint(g.ByRoot) != fmt.Sprint(w.ByRoot) ||
					fmt.Sprint(g.ByPLOVER) != fmt.Sprint(w.ByPLOVER) || math.Abs(g.MeanGoldstein-w.MeanGoldstein) > 1e-9 {
					t.Errorf("%s: %+v: week %s = %+v; want %+v", when, f, g.Period, g, w)
				}
			}
		}
	}
	check("after saving")
	for i := 0; i < n; i += 2 {
		a, _ := ScaleArticle(i, 50)
		_, r := ScaleArticle(i+100, 30)
		r.ID = a.ID
		a.Text += " (corrected)"
		if _, err := s.SaveArticle(ctx, a, r); err != nil {
			t.Fatal(err)
		}
		records[a.ID] = r
	}
	check("after replacing")
}

// weekCounts counts the dated events of records matching f's actors
// (prefixes), root, PLOVER type, modality and dates per ISO week
// ("2022-W38"), as Timeline does.
func weekCounts(records map[string]*dyad.Record, f dyad.EventFilter) map[string]dyad.TimelinePoint {
	match := func(code, prefix string) bool { return len(code) >= len(prefix) && code[:len(prefix)] == prefix }
	out := map[string]dyad.TimelinePoint{}
	sums := map[string]float64{}
	for _, r := range records {
		for _, e := range r.Events {
			d, ok := dyad.FirstDay(e.Date)
			if !ok {
				continue
			}
			pair := match(e.Source, f.A) && match(e.Target, f.B) ||
				!f.Directed && match(e.Source, f.B) && match(e.Target, f.A)
			if !pair || f.Root != "" && e.Root != f.Root || f.PLOVER != "" && !strings.EqualFold(e.PLOVER, f.PLOVER) ||
				f.Modality != "" && e.Modality != f.Modality ||
				!f.From.IsZero() && d.Before(f.From) || !f.To.IsZero() && d.After(f.To) {
				continue
			}
			y, w := d.ISOWeek()
			k := fmt.Sprintf("%04d-W%02d", y, w)
			p, ok := out[k]
			if !ok {
				p = dyad.TimelinePoint{Period: k, ByRoot: map[string]int{}, ByPLOVER: map[string]int{}}
			}
			p.Events++
			p.ByRoot[e.Root]++
			if e.PLOVER != "" {
				p.ByPLOVER[e.PLOVER]++
			}
			sums[k] += e.Goldstein
			out[k] = p
		}
	}
	for k, p := range out {
		p.MeanGoldstein = sums[k] / float64(p.Events)
		out[k] = p
	}
	return out
}
