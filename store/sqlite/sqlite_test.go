package sqlite

import (
	"context"
	"path/filepath"
	"testing"

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
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM schema_version`).Scan(&n); err != nil || n != 1 {
		t.Errorf("schema_version rows = %d, %v; want 1", n, err)
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
