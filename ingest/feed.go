package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/mmcdole/gofeed"
)

// summaryWords is the length under which the text of a feed item without
// full content (no content:encoded, no Atom content) is taken for a
// summary, to be replaced by the linked page when Options.FetchItems is
// set.
const summaryWords = 120

// parseFeed parses an RSS, Atom or JSON feed; it never panics.
func parseFeed(data []byte) (*gofeed.Feed, error) {
	var f *gofeed.Feed
	err := guard(func() (err error) {
		f, err = gofeed.NewParser().Parse(bytes.NewReader(data))
		return err
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

// readFeed parses the whole input as a feed; Next then returns its items.
func (r *Reader) readFeed() error {
	data, err := r.readAll("feed")
	if err != nil {
		return err
	}
	f, err := parseFeed(data)
	if err != nil {
		return r.invalid(fmt.Errorf("not an RSS, Atom or JSON feed: %w", err))
	}
	r.feed = f
	return nil
}

// nextItem returns the article of the next feed item.
func (r *Reader) nextItem() (*dyad.Article, error) {
	for r.item < len(r.feed.Items) {
		it := r.feed.Items[r.item]
		r.item++
		if it == nil {
			continue
		}
		return r.itemArticle(it, r.item)
	}
	r.done = true
	return nil, io.EOF
}

// itemArticle makes the article of the n-th item (from 1): id from the
// guid, else the link, else "feed:n"; title; date published, else
// updated, else Options.Published; outlet from the feed title; text from
// the content, else the description, with HTML stripped. A summary (see
// summaryWords) or an empty text is replaced by the linked page's text
// when Options.FetchItems is set.
func (r *Reader) itemArticle(it *gofeed.Item, n int) (*dyad.Article, error) {
	origin := r.name + "#" + strconv.Itoa(n)
	link := strings.TrimSpace(it.Link)
	id := firstOf(it.GUID, link)
	if id == "" {
		id = r.idBase + ":" + strconv.Itoa(n)
	}
	bad := func(err error) error {
		return &dyad.Error{Code: dyad.EInvalid, Origin: origin, Article: id, Err: err}
	}
	a := &dyad.Article{
		ID:        id,
		Title:     collapseSpace(fragmentText(it.Title)),
		Outlet:    collapseSpace(r.feed.Title),
		URL:       link,
		Published: r.opts.Published,
		Origin:    origin,
	}
	t, dated := itemDate(it.Published, it.PublishedParsed)
	if !dated {
		t, dated = itemDate(it.Updated, it.UpdatedParsed)
	}
	if dated {
		a.Published = t
	}
	full := strings.TrimSpace(it.Content) != ""
	text := fragmentText(it.Content)
	if !full {
		text = fragmentText(it.Description)
	}
	summary := !full && len(strings.Fields(text)) < summaryWords
	if r.opts.FetchItems && (summary || text == "") && link != "" {
		p, err := r.fetchPage(link)
		if err != nil {
			return nil, bad(err)
		}
		text = p.Text
		if a.Title == "" {
			a.Title = p.Title
		}
		if !dated {
			a.Published = pageDate(p, a.Published)
		}
		a.Warnings = append(a.Warnings, origin+": text read from the linked page")
	}
	if strings.TrimSpace(text) == "" {
		return nil, bad(errors.New("item has no text (no content or description)"))
	}
	a.Text = text
	return a, nil
}

// itemDate is an item's date as written (ParseDate keeps its zone, so
// the calendar date is the one the outlet meant), else as the feed
// parser read it (in UTC).
func itemDate(s string, parsed *time.Time) (time.Time, bool) {
	if t, err := ParseDate(s); err == nil {
		return t, true
	}
	if parsed != nil && !parsed.IsZero() {
		return *parsed, true
	}
	return time.Time{}, false
}

// fetchPage fetches an item's link and extracts its article.
func (r *Reader) fetchPage(link string) (*Page, error) {
	ctx := r.opts.Context
	if ctx == nil {
		ctx = context.Background()
	}
	resp, err := Fetch(ctx, r.opts.Client, link, r.opts.MaxBody)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	if f := formatOfType(resp.ContentType); f != FormatHTML && f != FormatAuto {
		return nil, fmt.Errorf("fetch %s: %s is not an HTML page", link, resp.ContentType)
	}
	p, err := ExtractHTML(resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", link, err)
	}
	return p, nil
}

// pageDate is the date of an HTML article: the page's, else the default.
func pageDate(p *Page, def time.Time) time.Time {
	if !p.Published.IsZero() {
		return p.Published
	}
	return def
}
