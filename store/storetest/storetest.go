// Package storetest is the conformance suite every dyad.Store backend
// passes: saving and re-saving articles, reading records back, event
// filters and paging, timelines, last/first queries, quotes, top dyads
// and novelty.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// Run runs the suite. open returns a new, empty store; the suite closes
// it.
func Run(t *testing.T, open func(t *testing.T) dyad.Store) {
	t.Run("SaveTwice", func(t *testing.T) { testSaveTwice(t, open(t)) })
	t.Run("Replace", func(t *testing.T) { testReplace(t, open(t)) })
	t.Run("Quotes", func(t *testing.T) { testQuotes(t, open(t)) })
	t.Run("Novelty", func(t *testing.T) { testNovelty(t, open(t)) })
	t.Run("SetCanonical", func(t *testing.T) { testSetCanonical(t, open(t)) })
	t.Run("SaveArticles", func(t *testing.T) { testSaveArticles(t, open(t)) })
	t.Run("WeekTimeline", func(t *testing.T) { testWeekTimeline(t, open(t)) })
	s := open(t)
	t.Cleanup(func() { s.Close() })
	fill(t, s)
	t.Run("Article", func(t *testing.T) { testArticle(t, s) })
	t.Run("ArticleText", func(t *testing.T) { testArticleText(t, s) })
	t.Run("Events", func(t *testing.T) { testEvents(t, s) })
	t.Run("StoredFields", func(t *testing.T) { testStoredFields(t, s) })
	t.Run("Timeline", func(t *testing.T) { testTimeline(t, s) })
	t.Run("LastFirst", func(t *testing.T) { testLastFirst(t, s) })
	t.Run("TopDyads", func(t *testing.T) { testTopDyads(t, s) })
}

func day(s string) time.Time {
	t, err := time.Parse(dyad.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// ev builds an event; its trigger text names it in the tests.
func ev(name, src, tgt, cameo string, g float64, plover, date, modality string, place *dyad.Place) dyad.Event {
	prec := dyad.PrecisionDay
	if len(date) == 7 {
		prec = dyad.PrecisionMonth
	}
	return dyad.Event{
		Source: src, Target: tgt, CAMEO: cameo, Root: cameo[:2], Goldstein: g,
		PLOVER: plover, PLOVERMode: "", Date: date, DatePrecision: prec, Place: place,
		Sentences: []int{0}, Trigger: dyad.Trigger{Start: 10, End: 13, Text: name},
		Modality: modality, Confidence: 0.75,
	}
}

var newYork = &dyad.Place{Name: "New York", Country: "US", Lat: 40.71, Lon: -74.01}

// fixture returns two articles and their records.
func fixture() []struct {
	a *dyad.Article
	r *dyad.Record
} {
	a1 := &dyad.Article{ID: "a1", Text: "Leaders met in New York.", Title: "Leaders meet", Outlet: "Outlet One",
		URL: "https://example.org/a1", Published: day("2022-09-21")}
	r1 := &dyad.Record{
		ID: "a1", Published: "2022-09-21", Title: "Leaders meet", Outlet: "Outlet One", URL: "https://example.org/a1",
		Sentences: []dyad.Span{{Start: 0, End: 24}},
		Entities: []dyad.Entity{{ID: "E1", Text: "South Korea", Type: dyad.GPE, Actor: "KOR",
			Mentions: []dyad.Mention{{Start: 0, End: 7, Sentence: 0, Kind: "name"}}}},
		Times:  []dyad.TimeExpr{{Text: "Wednesday", Start: 1, End: 2, Value: "2022-09-21", Precision: "day", Kind: "date"}},
		Places: []dyad.PlaceMention{{Place: *newYork, Text: "New York", Start: 15, End: 23}},
		Events: []dyad.Event{
			ev("e1", "KORGOV", "JPNGOV", "040", 1.0, "CONSULT", "2022-09-21", dyad.Asserted, newYork),
			ev("e2", "JPNGOV", "KORGOV", "043", 2.8, "CONSULT", "2022-09-19", dyad.Asserted, newYork),
			ev("e3", "KORGOV", "JPNGOV", "040", 1.0, "CONSULT", "2019-12", dyad.Historical, nil),
			ev("e4", "USAGOV", "PRKGOV", "111", -2.0, "ACCUSE", "2022-09-20", dyad.Asserted, nil),
		},
		Quotes: []dyad.Quote{{Text: "We agreed.", Start: 0, End: 10, Kind: dyad.Direct, Speaker: "Lee",
			SpeakerActor: "KORGOV", Cue: "he said", Via: []string{"Yonhap"}, Sentence: 0}},
	}
	a2 := &dyad.Article{ID: "a2", Text: "Japan agreed; troops fired.", Outlet: "Outlet Two", Published: day("2022-10-05")}
	r2 := &dyad.Record{
		ID: "a2", Published: "2022-10-05", Outlet: "Outlet Two",
		Sentences: []dyad.Span{{Start: 0, End: 27}},
		Entities:  []dyad.Entity{}, Times: []dyad.TimeExpr{}, Places: []dyad.PlaceMention{}, Quotes: []dyad.Quote{},
		Events: []dyad.Event{
			ev("e5", "JPN", "KOR", "057", 3.5, "AGREE", "2022-10-05", dyad.Intended, nil),
			ev("e6", "KORMIL", "PRK", "190", -10, "ASSAULT", "2022-10-04", dyad.Asserted, nil),
		},
	}
	return []struct {
		a *dyad.Article
		r *dyad.Record
	}{{a1, r1}, {a2, r2}}
}

func fill(t *testing.T, s dyad.Store) {
	t.Helper()
	for _, x := range fixture() {
		created, err := s.SaveArticle(context.Background(), x.a, x.r)
		if err != nil || !created {
			t.Fatalf("SaveArticle(%s) = %v, %v; want true, nil", x.a.ID, created, err)
		}
	}
}

func testSaveTwice(t *testing.T, s dyad.Store) {
	defer s.Close()
	ctx := context.Background()
	x := fixture()[0]
	hash := dyad.HashContent(x.a)
	if has, err := s.HasArticle(ctx, hash); err != nil || has {
		t.Fatalf("HasArticle before saving = %v, %v; want false, nil", has, err)
	}
	for i, want := range []bool{true, false} {
		created, err := s.SaveArticle(ctx, x.a, x.r)
		if err != nil || created != want {
			t.Fatalf("save %d: SaveArticle = %v, %v; want %v, nil", i+1, created, err, want)
		}
	}
	// The same content under another id is the same article.
	other := *x.a
	other.ID = "copy"
	if created, err := s.SaveArticle(ctx, &other, x.r); err != nil || created {
		t.Errorf("SaveArticle(same content, new id) = %v, %v; want false, nil", created, err)
	}
	if has, err := s.HasArticle(ctx, hash); err != nil || !has {
		t.Errorf("HasArticle after saving = %v, %v; want true, nil", has, err)
	}
	evs, err := s.Events(ctx, dyad.EventFilter{Limit: 100})
	if err != nil || len(evs) != len(x.r.Events) {
		t.Errorf("Events after saving twice: %d events, %v; want %d", len(evs), err, len(x.r.Events))
	}
}

func testReplace(t *testing.T, s dyad.Store) {
	defer s.Close()
	ctx := context.Background()
	fill(t, s)
	x := fixture()[1]
	a := *x.a
	a.Text = "A corrected text.\nSeoul – “quoted” é."
	r := *x.r
	r.Events = r.Events[:1]
	if created, err := s.SaveArticle(ctx, &a, &r); err != nil || !created {
		t.Fatalf("SaveArticle(new version) = %v, %v; want true, nil", created, err)
	}
	evs, err := s.Events(ctx, dyad.EventFilter{Target: "PRK"})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(evs); !slices.Equal(got, []string{"e4"}) {
		t.Errorf("events to PRK after replacing a2 = %v; want [e4] (e6 of the old version gone)", got)
	}
	if got, err := s.ArticleText(ctx, a.ID); err != nil || got != a.Text {
		t.Errorf("ArticleText after replacing %s = %q, %v; want %q", a.ID, got, err, a.Text)
	}
}

func testArticle(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	for _, x := range fixture() {
		got, err := s.Article(ctx, x.a.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", x.a.ID, err)
		}
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(x.r)
		if string(gj) != string(wj) {
			t.Errorf("Article(%s) =\n%s\nwant\n%s", x.a.ID, gj, wj)
		}
	}
	_, err := s.Article(ctx, "missing")
	var de *dyad.Error
	if !errors.As(err, &de) || de.Code != dyad.ENotFound {
		t.Errorf("Article(missing) error = %v; want a *dyad.Error with code %s", err, dyad.ENotFound)
	}
}

func testArticleText(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	for _, x := range fixture() {
		got, err := s.ArticleText(ctx, x.a.ID)
		if err != nil || got != x.a.Text {
			t.Errorf("ArticleText(%s) = %q, %v; want %q, nil", x.a.ID, got, err, x.a.Text)
		}
	}
	got, err := s.ArticleText(ctx, "missing")
	var de *dyad.Error
	if !errors.As(err, &de) || de.Code != dyad.ENotFound || got != "" {
		t.Errorf("ArticleText(missing) = %q, %v; want \"\" and a *dyad.Error with code %s", got, err, dyad.ENotFound)
	}
}

func names(evs []dyad.StoredEvent) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, e.Trigger.Text)
	}
	return out
}

func testEvents(t *testing.T, s dyad.Store) {
	tests := []struct {
		name string
		f    dyad.EventFilter
		want []string // newest first
	}{
		{"all", dyad.EventFilter{}, []string{"e5", "e6", "e1", "e4", "e2", "e3"}},
		{"dyad both directions", dyad.EventFilter{A: "KOR", B: "JPN"}, []string{"e5", "e1", "e2", "e3"}},
		{"dyad directed", dyad.EventFilter{A: "KOR", B: "JPN", Directed: true}, []string{"e1", "e3"}},
		{"one actor either side", dyad.EventFilter{A: "PRK"}, []string{"e6", "e4"}},
		{"source prefix", dyad.EventFilter{Source: "KOR"}, []string{"e6", "e1", "e3"}},
		{"source full code", dyad.EventFilter{Source: "KORMIL"}, []string{"e6"}},
		{"target", dyad.EventFilter{Target: "PRK"}, []string{"e6", "e4"}},
		{"root", dyad.EventFilter{Root: "04"}, []string{"e1", "e2", "e3"}},
		{"code prefix", dyad.EventFilter{Code: "043"}, []string{"e2"}},
		{"plover", dyad.EventFilter{PLOVER: "CONSULT"}, []string{"e1", "e2", "e3"}},
		{"modality", dyad.EventFilter{Modality: dyad.Intended}, []string{"e5"}},
		{"date range", dyad.EventFilter{From: day("2022-09-20"), To: day("2022-10-04")}, []string{"e6", "e1", "e4"}},
		{"to only", dyad.EventFilter{To: day("2022-09-19")}, []string{"e2", "e3"}},
		{"place name", dyad.EventFilter{Place: "new york"}, []string{"e1", "e2"}},
		{"place country", dyad.EventFilter{Place: "US"}, []string{"e1", "e2"}},
		{"page", dyad.EventFilter{A: "KOR", B: "JPN", Limit: 2, Offset: 1}, []string{"e1", "e2"}},
		{"page past the end", dyad.EventFilter{A: "KOR", B: "JPN", Offset: 10}, []string{}},
		{"nothing", dyad.EventFilter{A: "FRA", B: "DEU"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := s.Events(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := names(evs); !slices.Equal(got, tt.want) {
				t.Errorf("Events(%+v) = %v; want %v", tt.f, got, tt.want)
			}
		})
	}
}

func testStoredFields(t *testing.T, s dyad.Store) {
	evs, err := s.Events(context.Background(), dyad.EventFilter{Place: "New York", Code: "040"})
	if err != nil || len(evs) != 1 {
		t.Fatalf("Events = %d events, %v; want e1", len(evs), err)
	}
	got := evs[0]
	want := fixture()[0].r.Events[0]
	if !reflect.DeepEqual(got.Event, want) {
		t.Errorf("stored event =\n%+v\nwant\n%+v", got.Event, want)
	}
	if got.ArticleID != "a1" || got.Outlet != "Outlet One" {
		t.Errorf("article, outlet = %q, %q; want a1, Outlet One", got.ArticleID, got.Outlet)
	}
	if got.ID == 0 || got.Canonical != got.ID || got.Sources != 1 {
		t.Errorf("id %d canonical %d sources %d; want its own id as canonical and 1 source", got.ID, got.Canonical, got.Sources)
	}
}

func testTimeline(t *testing.T, s dyad.Store) {
	f := dyad.EventFilter{A: "KOR", B: "JPN"}
	tests := []struct {
		period string
		want   []dyad.TimelinePoint
	}{
		{"month", []dyad.TimelinePoint{
			{Period: "2019-12", Events: 1, ByRoot: map[string]int{"04": 1}, ByPLOVER: map[string]int{"CONSULT": 1}, MeanGoldstein: 1},
			{Period: "2022-09", Events: 2, ByRoot: map[string]int{"04": 2}, ByPLOVER: map[string]int{"CONSULT": 2}, MeanGoldstein: 1.9},
			{Period: "2022-10", Events: 1, ByRoot: map[string]int{"05": 1}, ByPLOVER: map[string]int{"AGREE": 1}, MeanGoldstein: 3.5},
		}},
		{"week", []dyad.TimelinePoint{
			{Period: "2019-W48", Events: 1, ByRoot: map[string]int{"04": 1}, ByPLOVER: map[string]int{"CONSULT": 1}, MeanGoldstein: 1},
			{Period: "2022-W38", Events: 2, ByRoot: map[string]int{"04": 2}, ByPLOVER: map[string]int{"CONSULT": 2}, MeanGoldstein: 1.9},
			{Period: "2022-W40", Events: 1, ByRoot: map[string]int{"05": 1}, ByPLOVER: map[string]int{"AGREE": 1}, MeanGoldstein: 3.5},
		}},
		{"day", []dyad.TimelinePoint{
			{Period: "2019-12-01", Events: 1, ByRoot: map[string]int{"04": 1}, ByPLOVER: map[string]int{"CONSULT": 1}, MeanGoldstein: 1},
			{Period: "2022-09-19", Events: 1, ByRoot: map[string]int{"04": 1}, ByPLOVER: map[string]int{"CONSULT": 1}, MeanGoldstein: 2.8},
			{Period: "2022-09-21", Events: 1, ByRoot: map[string]int{"04": 1}, ByPLOVER: map[string]int{"CONSULT": 1}, MeanGoldstein: 1},
			{Period: "2022-10-05", Events: 1, ByRoot: map[string]int{"05": 1}, ByPLOVER: map[string]int{"AGREE": 1}, MeanGoldstein: 3.5},
		}},
	}
	for _, tt := range tests {
		got, err := s.Timeline(context.Background(), f, tt.period)
		if err != nil {
			t.Fatalf("Timeline(%s): %v", tt.period, err)
		}
		// Means are compared to 1e-9.
		for i := range got {
			if i < len(tt.want) && abs(got[i].MeanGoldstein-tt.want[i].MeanGoldstein) < 1e-9 {
				got[i].MeanGoldstein = tt.want[i].MeanGoldstein
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Timeline(%s) =\n%+v\nwant\n%+v", tt.period, got, tt.want)
		}
	}
	if _, err := s.Timeline(context.Background(), f, "fortnight"); err == nil {
		t.Error("Timeline(fortnight) gave no error")
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func testLastFirst(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	meet := dyad.EventFilter{A: "KOR", B: "JPN", Root: "04"}
	tests := []struct {
		name  string
		last  bool
		f     dyad.EventFilter
		at    string
		want  string // trigger name, "" for not found
		wantD string
	}{
		{"last before the summit", true, meet, "2022-09-21", "e2", "2022-09-19"},
		{"last before the ministers", true, meet, "2022-09-19", "e3", "2019-12"},
		{"last before anything", true, meet, "2019-01-01", "", ""},
		{"last directed", true, dyad.EventFilter{A: "KOR", B: "JPN", Root: "04", Directed: true}, "2022-09-21", "e3", "2019-12"},
		{"first after 2019", false, meet, "2019-12-31", "e2", "2022-09-19"},
		{"first after the summit", false, meet, "2022-09-21", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *dyad.StoredEvent
			var err error
			if tt.last {
				got, err = s.Last(ctx, tt.f, day(tt.at))
			} else {
				got, err = s.First(ctx, tt.f, day(tt.at))
			}
			if tt.want == "" {
				var de *dyad.Error
				if !errors.As(err, &de) || de.Code != dyad.ENotFound {
					t.Errorf("got %v, %v; want a %s error", got, err, dyad.ENotFound)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Trigger.Text != tt.want || got.Date != tt.wantD {
				t.Errorf("got %s on %s; want %s on %s", got.Trigger.Text, got.Date, tt.want, tt.wantD)
			}
		})
	}
}
