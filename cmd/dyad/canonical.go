package main

import (
	"context"
	"sort"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
)

// canonicalSetter is implemented by stores that record which canonical
// event a stored event belongs to (store/sqlite, store/postgres;
// storetest.CanonicalSetter): event id -> canonical id, in one
// transaction.
type canonicalSetter interface {
	SetCanonicals(ctx context.Context, links map[int64]int64) error
}

// canonicalizer merges the reports of one real event by several articles
// into one canonical event as articles are stored (package dedup).
type canonicalizer struct {
	st  dyad.Store
	set canonicalSetter
	idx *dedup.Index
}

// newCanonicalizer loads the stored events into a dedup index, in id
// order, which gives back the canonical ids they were stored with. An
// event whose stored canonical id differs from the index's (an ingest
// killed between saving an article and merging its events, or events
// merged into an article's old version that was replaced since) is given
// the index's, so a resumed ingest finishes the merging. It returns nil
// when the store cannot record canonical events.
func newCanonicalizer(ctx context.Context, st dyad.Store) (*canonicalizer, error) {
	set, ok := st.(canonicalSetter)
	if !ok {
		return nil, nil
	}
	c := &canonicalizer{st: st, set: set, idx: dedup.NewIndex(dedup.DefaultOptions())}
	var all []dyad.StoredEvent
	const page = 10000
	for off := 0; ; off += page {
		evs, err := st.Events(ctx, dyad.EventFilter{Limit: page, Offset: off})
		if err != nil {
			return nil, err
		}
		all = append(all, evs...)
		if len(evs) < page {
			break
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	links := map[int64]int64{}
	for _, ev := range all {
		if can := c.idx.Add(report(ev)); can != ev.Canonical {
			links[ev.ID] = can
		}
	}
	if err := set.SetCanonicals(ctx, links); err != nil {
		return nil, err
	}
	return c, nil
}

// add gives the events of a newly stored article their canonical events,
// in one transaction.
func (c *canonicalizer) add(ctx context.Context, articleID string) error {
	return c.addAll(ctx, []string{articleID})
}

// addAll gives the events of newly stored articles, in the order they
// were stored, their canonical events, all in one transaction.
func (c *canonicalizer) addAll(ctx context.Context, articleIDs []string) error {
	links := map[int64]int64{}
	for _, id := range articleIDs {
		evs, err := c.st.Events(ctx, dyad.EventFilter{ArticleID: id, Limit: 10000})
		if err != nil {
			return err
		}
		sort.Slice(evs, func(i, j int) bool { return evs[i].ID < evs[j].ID })
		for _, ev := range evs {
			if can := c.idx.Add(report(ev)); can != ev.ID {
				links[ev.ID] = can
			}
		}
	}
	return c.set.SetCanonicals(ctx, links)
}

func report(ev dyad.StoredEvent) dedup.Report {
	r := dedup.Report{ID: ev.ID, ArticleID: ev.ArticleID, Outlet: ev.Outlet, Event: ev.Event}
	if ev.DatePrecision == dyad.PrecisionPublication {
		r.Published, _ = time.Parse(dyad.DateLayout, ev.Date)
	}
	return r
}
