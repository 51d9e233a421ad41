package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/dyadproject/dyad"
)

// ReadPredictions reads article records (dyad.Record, JSON Lines, as `dyad
// code` prints them) and returns their events keyed by record id. Records
// with the same id have their events concatenated; a record with no events
// still gets a (empty, non-nil) entry. Blank lines are skipped. An error
// names the line.
func ReadPredictions(r io.Reader) (map[string][]dyad.Event, error) {
	out := map[string][]dyad.Event{}
	br := bufio.NewReader(r)
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("eval: predictions line %d: %w", lineNo, err)
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			var rec dyad.Record
			if jerr := json.Unmarshal(t, &rec); jerr != nil {
				return nil, fmt.Errorf("eval: predictions line %d: %w", lineNo, jerr)
			}
			if rec.ID == "" {
				return nil, fmt.Errorf("eval: predictions line %d: record has no id", lineNo)
			}
			evs := out[rec.ID]
			if evs == nil {
				evs = []dyad.Event{}
			}
			out[rec.ID] = append(evs, rec.Events...)
		}
		if err != nil {
			return out, nil
		}
	}
}

// Code codes the text of every gold item with c, using up to workers
// goroutines (GOMAXPROCS when workers < 1), and returns the events keyed by
// item id. Each item is coded as dyad.Article{ID, Text, Published, Origin}.
// An item that fails is left out of the map and its error, naming its
// origin, is returned in item order; the other items are still coded. When
// ctx is cancelled the items not yet started are skipped and ctx's error is
// returned once among the errors.
func Code(ctx context.Context, g *Gold, c dyad.Coder, workers int) (map[string][]dyad.Event, []error) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		events []dyad.Event
		err    error
		done   bool
	}
	results := make([]result, len(g.Items))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(len(g.Items), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				it := g.Items[i]
				a := &dyad.Article{ID: it.ID, Text: it.Text, Published: it.Published, Origin: it.Origin}
				evs, err := codeOne(c, a)
				results[i] = result{events: evs, err: err, done: true}
			}
		}()
	}
	var ctxErr error
feed:
	for i := range g.Items {
		select {
		case next <- i:
		case <-ctx.Done():
			ctxErr = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	out := map[string][]dyad.Event{}
	var errs []error
	for i, res := range results {
		switch {
		case !res.done:
		case res.err != nil:
			errs = append(errs, res.err)
		default:
			out[g.Items[i].ID] = res.events
		}
	}
	if ctxErr != nil {
		errs = append(errs, fmt.Errorf("eval: %w", ctxErr))
	}
	return out, errs
}

// codeOne codes one article, turning a panic of the coder into an error and
// making sure the error names the article's origin.
func codeOne(c dyad.Coder, a *dyad.Article) (evs []dyad.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &dyad.Error{Code: dyad.EInternal, Op: "eval", Article: a.ID, Origin: a.Origin,
				Err: fmt.Errorf("panic: %v", r)}
		}
	}()
	d, err := c.Code(a)
	if err != nil {
		var de *dyad.Error
		if errors.As(err, &de) && de.Origin != "" {
			return nil, err
		}
		return nil, fmt.Errorf("%s: article %s: %w", a.Origin, a.ID, err)
	}
	if d == nil {
		return []dyad.Event{}, nil
	}
	if d.Events == nil {
		return []dyad.Event{}, nil
	}
	return d.Events, nil
}
