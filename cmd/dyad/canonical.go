package main

import (
	"context"
	"sort"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
)

// canonicalSetter is implemented by stores that record which canonical
// event a stored event belongs to (store/sqlite).
type canonicalSetter interface {
	SetCanonical(ctx context.Context, eventIDs []int64, canonical int64) error
}

// canonicalizer merges the reports of one real event by several articles
// into one canonical event as articles are stored (package dedup).
type canonicalizer struct {
	st  dyad.Store
	set canonicalSetter
	idx *dedup.Index
}

// newCanonicalizer loads the stored events into a dedup index, in id
// order, which gives back the canonical ids they were stored with. It
// returns nil when the store cannot record canonical events.
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
	for _, ev := range all {
		c.idx.Add(report(ev))
	}
	return c, nil
}

// add gives the events of a newly stored article their canonical events.
func (c *canonicalizer) add(ctx context.Context, articleID string) error {
	evs, err := c.st.Events(ctx, dyad.EventFilter{ArticleID: articleID, Limit: 10000})
	if err != nil {
		return err
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].ID < evs[j].ID })
	for _, ev := range evs {
		if can := c.idx.Add(report(ev)); can != ev.ID {
			if err := c.set.SetCanonical(ctx, []int64{ev.ID}, can); err != nil {
				return err
			}
		}
	}
	return nil
}

func report(ev dyad.StoredEvent) dedup.Report {
	r := dedup.Report{ID: ev.ID, ArticleID: ev.ArticleID, Outlet: ev.Outlet, Event: ev.Event}
	if ev.DatePrecision == dyad.PrecisionPublication {
		r.Published, _ = time.Parse(dyad.DateLayout, ev.Date)
	}
	return r
}
