package dyad

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Store keeps coded articles and answers questions about actors and dyads
// over time. Implementations (store/sqlite, later store/postgres) pass the
// conformance suite in store/storetest. All methods are safe for
// concurrent use; errors are *Error with ENotFound for missing ids.
type Store interface {
	// SaveArticle stores an article and its record. Saving the same
	// content again (same ContentHash) changes nothing and reports
	// created false; a new version of an id replaces the old one.
	SaveArticle(ctx context.Context, a *Article, r *Record) (created bool, err error)
	// HasArticle reports whether content with this hash is stored, so an
	// interrupted ingest can skip what it already did.
	HasArticle(ctx context.Context, contentHash string) (bool, error)
	// Article returns a stored record by article id.
	Article(ctx context.Context, id string) (*Record, error)
	// Events returns stored events matching f, newest first, with their
	// article ids and canonical event ids.
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// Timeline counts the events between two actors (in both directions
	// unless f says otherwise) per period.
	Timeline(ctx context.Context, f EventFilter, period string) ([]TimelinePoint, error)
	EventFinder
	// Close releases the store.
	Close() error
}

// ContentHash identifies an article's content for deduplication of
// re-ingested input: the hex SHA-256 of its text and publication date
// (computed by the caller; see ingest).
type ContentHash = string

// StoredEvent is an event as stored: the event of the record plus where it
// came from and the canonical (cross-article) event it was merged into.
type StoredEvent struct {
	Event
	ID        int64  `json:"id"`
	ArticleID string `json:"article_id"`
	Outlet    string `json:"outlet,omitempty"`
	// Canonical is the id of the canonical event this report belongs to
	// (reports of one real event by several outlets share it); Sources is
	// how many articles report that canonical event.
	Canonical int64 `json:"canonical"`
	Sources   int   `json:"sources"`
}

// EventFilter selects events. Zero fields do not filter. Actor codes match
// by prefix ("KOR" matches "KORGOV"); A and B select a dyad in either
// direction unless Directed.
type EventFilter struct {
	Source, Target string
	A, B           string
	Directed       bool
	Code, Root     string
	PLOVER         string
	Modality       string
	Place          string    // place name or country code
	ArticleID      string    // the events of one article
	From, To       time.Time // inclusive dates
	Limit          int       // 0 = a default page size
	Offset         int
	// Canonical returns one row per canonical event instead of one per
	// report.
	Canonical bool
}

// TimelinePoint is one period of a dyad's timeline.
type TimelinePoint struct {
	Period        string             `json:"period"` // "2022-09-21", "2022-W38", "2022-09"
	Events        int                `json:"events"`
	ByRoot        map[string]int     `json:"by_root"`
	ByPLOVER      map[string]int     `json:"by_plover"`
	MeanGoldstein float64            `json:"mean_goldstein"`
	Extra         map[string]float64 `json:"extra,omitempty"`
}

// EventFinder answers "when did A and B last (or first) do this" questions.
// Every Store implements it; it is a separate interface so callers can ask
// for just this part.
type EventFinder interface {
	// Last returns the newest event matching f dated strictly before the
	// day before (by the first day of the event's date), or an *Error
	// with ENotFound when there is none.
	Last(ctx context.Context, f EventFilter, before time.Time) (*StoredEvent, error)
	// First returns the oldest event matching f dated strictly after the
	// day after, or an *Error with ENotFound when there is none.
	First(ctx context.Context, f EventFilter, after time.Time) (*StoredEvent, error)
}

// HashContent returns the ContentHash of an article: the hex SHA-256 of
// its publication date (YYYY-MM-DD, empty when unknown), a NUL byte and
// its text. Ids, titles and outlets do not take part, so the same story
// read again under another id is recognised.
func HashContent(a *Article) ContentHash {
	h := sha256.New()
	if !a.Published.IsZero() {
		h.Write([]byte(a.Published.Format(DateLayout)))
	}
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}
