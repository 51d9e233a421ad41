package storetest

import (
	"context"
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
