package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store/sqlite"
)

// TestCanonicalizerRepairs: articles saved without their merges (an
// ingest killed between saving and merging) are merged when the next
// ingest loads the index; articles added then merge one transaction each.
func TestCanonicalizerRepairs(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	save := func(id, outlet string) {
		t.Helper()
		r := &dyad.Record{ID: id, Outlet: outlet, Events: []dyad.Event{
			{Source: "PERGOV", Target: "CHLGOV", CAMEO: "057", Root: "05", Date: "2023-05-02", DatePrecision: dyad.PrecisionDay},
			{Source: "FRAGOV", Target: "IRNGOV", CAMEO: "111", Root: "11", Date: "2023-05-02", DatePrecision: dyad.PrecisionDay},
		}}
		if _, err := st.SaveArticle(ctx, &dyad.Article{ID: id, Outlet: outlet, Text: "report " + id}, r); err != nil {
			t.Fatal(err)
		}
	}
	count := func() int {
		t.Helper()
		evs, err := st.Events(ctx, dyad.EventFilter{Canonical: true})
		if err != nil {
			t.Fatal(err)
		}
		return len(evs)
	}
	save("a1", "Wire A")
	save("a2", "Wire B")
	if n := count(); n != 4 {
		t.Fatalf("%d canonical events before merging; want 4", n)
	}
	c, err := newCanonicalizer(ctx, st)
	if err != nil || c == nil {
		t.Fatalf("newCanonicalizer: %v, %v", c, err)
	}
	if n := count(); n != 2 {
		t.Errorf("%d canonical events after loading the index; want 2 (a2's events merged into a1's)", n)
	}
	save("a3", "Wire C")
	if err := c.add(ctx, "a3"); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, dyad.EventFilter{Canonical: true})
	if err != nil || len(evs) != 2 || evs[0].Sources != 3 || evs[1].Sources != 3 {
		t.Errorf("canonical events after a3: %+v, %v; want 2 with 3 sources each", evs, err)
	}
	// Loading again changes nothing.
	if _, err := newCanonicalizer(ctx, st); err != nil || count() != 2 {
		t.Errorf("second load: %v, %d canonical events; want 2", err, count())
	}
}
