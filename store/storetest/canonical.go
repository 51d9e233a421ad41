package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
)

// CanonicalSetter is the part of a store that records which canonical
// (cross-article) event each stored event belongs to, as dedup finds
// them. store/sqlite and store/postgres implement it; Run tests it when
// the store does.
type CanonicalSetter interface {
	// SetCanonical makes canonical the canonical event of the events
	// with these ids.
	SetCanonical(ctx context.Context, eventIDs []int64, canonical int64) error
	// SetCanonicals gives each event (key) its canonical event (value)
	// in one transaction; unknown event ids are ignored.
	SetCanonicals(ctx context.Context, links map[int64]int64) error
}

func testSetCanonical(t *testing.T, s dyad.Store) {
	defer s.Close()
	cs, ok := s.(CanonicalSetter)
	if !ok {
		t.Skip("the store does not record canonical events")
	}
	ctx := context.Background()
	ids := map[string][]int64{}
	for i, id := range []string{"a", "b", "c", "d"} {
		r := &dyad.Record{ID: id}
		for n := 0; n < 1+i/3; n++ { // d has two events
			r.Events = append(r.Events, dyad.Event{Source: "KORGOV", Target: "JPNGOV", CAMEO: "040", Root: "04", Date: "2022-09-21",
				Trigger: dyad.Trigger{Start: n, End: n + 1}})
		}
		if _, err := s.SaveArticle(ctx, &dyad.Article{ID: id, Text: "report " + id}, r); err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, dyad.EventFilter{ArticleID: id})
		if err != nil || len(evs) != len(r.Events) {
			t.Fatalf("Events(%s) = %d, %v; want %d", id, len(evs), err, len(r.Events))
		}
		for _, ev := range evs {
			if ev.Canonical != ev.ID || ev.Sources != 1 {
				t.Errorf("new event %d: canonical %d, %d sources; want itself and 1", ev.ID, ev.Canonical, ev.Sources)
			}
			ids[id] = append(ids[id], ev.ID)
		}
	}
	a, b, c, d := ids["a"][0], ids["b"][0], ids["c"][0], ids["d"]
	canonical := func() map[int64]int {
		t.Helper()
		evs, err := s.Events(ctx, dyad.EventFilter{Canonical: true})
		if err != nil {
			t.Fatal(err)
		}
		out := map[int64]int{}
		for _, ev := range evs {
			out[ev.ID] = ev.Sources
		}
		return out
	}
	if err := cs.SetCanonical(ctx, []int64{a, b}, a); err != nil {
		t.Fatal(err)
	}
	if got := canonical(); len(got) != 4 || got[a] != 2 || got[c] != 1 {
		t.Errorf("after SetCanonical(a, b -> a): canonical events and sources %v; want a with 2, c, and d's two with 1", got)
	}
	if err := cs.SetCanonicals(ctx, nil); err != nil {
		t.Errorf("SetCanonicals(nil) = %v", err)
	}
	if err := cs.SetCanonicals(ctx, map[int64]int64{c: a, d[0]: a, d[1]: d[1], 1 << 40: a}); err != nil {
		t.Fatal(err)
	}
	if got := canonical(); len(got) != 2 || got[a] != 4 || got[d[1]] != 1 {
		t.Errorf("after SetCanonicals: canonical events and sources %v; want %d with 4 and %d with 1", got, a, d[1])
	}
	evs, err := s.Events(ctx, dyad.EventFilter{ID: c})
	if err != nil || len(evs) != 1 || evs[0].Canonical != a || evs[0].Sources != 4 {
		t.Errorf("Events(ID c) = %+v, %v; want canonical %d with 4 sources", evs, err, a)
	}
}

// BatchSaver is implemented by stores that save several articles in one
// transaction (store/sqlite, store/postgres); Run tests it when the store
// does.
type BatchSaver interface {
	// SaveArticles saves each article with its record as SaveArticle
	// does, in order and in one transaction, and reports which were new;
	// on an error nothing is stored.
	SaveArticles(ctx context.Context, articles []*dyad.Article, records []*dyad.Record) (created []bool, err error)
}

func testSaveArticles(t *testing.T, s dyad.Store) {
	defer s.Close()
	bs, ok := s.(BatchSaver)
	if !ok {
		t.Skip("the store saves one article at a time")
	}
	ctx := context.Background()
	fx := fixture()
	a1, r1, a2, r2 := fx[0].a, fx[0].r, fx[1].a, fx[1].r
	if created, err := bs.SaveArticles(ctx, nil, nil); err != nil || len(created) != 0 {
		t.Errorf("SaveArticles(none) = %v, %v", created, err)
	}
	// A bad article fails the batch: nothing of it is stored.
	if _, err := bs.SaveArticles(ctx, []*dyad.Article{a1, {Text: "no id"}}, []*dyad.Record{r1, {}}); err == nil {
		t.Error("SaveArticles with an article without id: no error")
	}
	if has, err := s.HasArticle(ctx, dyad.HashContent(a1)); err != nil || has {
		t.Errorf("after a failed batch: HasArticle(a1) = %v, %v; want false", has, err)
	}
	// a1, a2, a1's content again under another id, and a new version of
	// a2 with its first event only.
	copy1 := *a1
	copy1.ID = "copy"
	a2b := *a2
	a2b.Text = "A corrected text."
	r2b := *r2
	r2b.Events = r2.Events[:1]
	created, err := bs.SaveArticles(ctx, []*dyad.Article{a1, a2, &copy1, &a2b}, []*dyad.Record{r1, r2, r1, &r2b})
	if err != nil || !slices.Equal(created, []bool{true, true, false, true}) {
		t.Fatalf("SaveArticles = %v, %v; want [true true false true]", created, err)
	}
	evs, err := s.Events(ctx, dyad.EventFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	want := len(r1.Events) + 1
	if len(evs) != want {
		t.Errorf("%d events stored; want %d (a1's and the new a2's first)", len(evs), want)
	}
	if got, err := s.ArticleText(ctx, a2.ID); err != nil || got != a2b.Text {
		t.Errorf("ArticleText(%s) = %q, %v; want the new version", a2.ID, got, err)
	}
	// The month counts agree with the events (a2's old events are gone).
	for _, d := range [][2]string{{"KOR", "JPN"}, {"KOR", "PRK"}, {"JPN", "KOR"}} {
		f := dyad.EventFilter{A: d[0], B: d[1]}
		n, err := s.Events(ctx, dyad.EventFilter{A: d[0], B: d[1], Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		tl, err := s.Timeline(ctx, f, "month")
		if err != nil {
			t.Fatal(err)
		}
		sum := 0
		for _, p := range tl {
			sum += p.Events
		}
		dated := 0
		for _, ev := range n {
			if _, ok := dyad.FirstDay(ev.Date); ok {
				dated++
			}
		}
		if sum != dated {
			t.Errorf("%s-%s: month timeline counts %d events; %d dated events stored", d[0], d[1], sum, dated)
		}
	}
	// Saving the batch again adds nothing.
	created, err = bs.SaveArticles(ctx, []*dyad.Article{a1, &a2b}, []*dyad.Record{r1, &r2b})
	if err != nil || !slices.Equal(created, []bool{false, false}) {
		t.Errorf("SaveArticles again = %v, %v; want [false false]", created, err)
	}
}
