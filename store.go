package dyad

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Store keeps coded articles and answers questions about actors and dyads
// over time. Implementations (store/sqlite, store/postgres) pass the
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
	// ArticleText returns the text of a stored article, the one its
	// record's byte offsets point into, or an *Error with ENotFound when
	// no article has this id.
	ArticleText(ctx context.Context, id string) (string, error)
	// Events returns stored events matching f, newest first, with their
	// article ids and canonical event ids.
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// Timeline counts the events between two actors (in both directions
	// unless f says otherwise) per period.
	Timeline(ctx context.Context, f EventFilter, period string) ([]TimelinePoint, error)
	EventFinder
	// Quotes returns stored quotes matching f, newest article first
	// (undated articles last), each with its relay chain and article id.
	Quotes(ctx context.Context, f QuoteFilter) ([]StoredQuote, error)
	// TopDyads returns the dyads with the most events matching q, most
	// events first, with their counts and mean Goldstein score.
	TopDyads(ctx context.Context, q DyadQuery) ([]DyadCount, error)
	// Novelty says how new an event is: the previous event of the same
	// kind between the same two actors, and the gap to it. See
	// NoveltyQuery and FindNovelty, which every store uses.
	Novelty(ctx context.Context, q NoveltyQuery) (*Novelty, error)
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
	// Level is the rank of the actors as the text names them near the
	// trigger (LevelLeader, LevelMinister, "" when unknown); see
	// EventLevel.
	Level string `json:"level,omitempty"`
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
	// Level keeps events whose actors are of this rank: LevelLeader or
	// LevelMinister (StoredEvent.Level).
	Level string
	// Occurred keeps only events that happened: not negated, and
	// asserted, reported or historical (not intended or hypothetical).
	Occurred bool
	// ID selects the one event with this id.
	ID int64
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

// QuoteFilter selects stored quotes. Zero fields do not filter.
type QuoteFilter struct {
	// Speaker matches the speaker as the text names them (after
	// coreference: "he" is stored as "Lee Jae-myoung"), ignoring case: a
	// substring, or the whole name when SpeakerExact.
	Speaker      string
	SpeakerExact bool
	// Actor matches the speaker's actor code by prefix ("KOR" matches
	// "KORGOV").
	Actor string
	// Kind is Direct, Partial or Indirect.
	Kind      string
	ArticleID string
	// From and To bound the article's publication date, inclusive; an
	// undated article is outside any bounded range.
	From, To time.Time
	Limit    int // 0 = a default page size
	Offset   int
}

// StoredQuote is a quote as stored, with the article it is in. Via is
// never nil.
type StoredQuote struct {
	Quote
	ID        int64  `json:"id"`
	ArticleID string `json:"article_id"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
}

// DyadQuery asks for the dyads with the most events.
type DyadQuery struct {
	// Filter selects the events counted (dates, Root, Code, PLOVER,
	// Modality, Occurred, Canonical, A for the dyads of one actor ...);
	// its Limit and Offset are ignored.
	Filter EventFilter
	// Directed counts source->target apart from target->source;
	// otherwise a dyad is an unordered pair, named with A < B.
	Directed bool
	// Countries names actors by their country part (ActorCountry:
	// "KORGOV" counts as "KOR").
	Countries bool
	// Limit is the number of dyads (0 = a default page size); Offset
	// skips the first ones.
	Limit  int
	Offset int
}

// DyadCount is one dyad of TopDyads. First and Last are the first days of
// its oldest and newest dated events ("" when none is dated).
type DyadCount struct {
	A             string  `json:"a"`
	B             string  `json:"b"`
	Events        int     `json:"events"`
	MeanGoldstein float64 `json:"mean_goldstein"`
	First         string  `json:"first,omitempty"`
	Last          string  `json:"last,omitempty"`
}

// Levels of the actors of an event (EventLevel). LevelAny in a
// NoveltyQuery counts events of every level.
const (
	LevelLeader   = "leader"
	LevelMinister = "minister"
	LevelAny      = "any"
)

// NoveltyQuery asks how new an event is. Give EventID, or A, B, Root and
// Date; fields set next to EventID override the event's.
type NoveltyQuery struct {
	EventID int64
	// A and B are the dyad, matched in both directions as code prefixes.
	A, B string
	// Root is the CAMEO root of the kind of event ("04": consult).
	Root string
	// Date is the day of the event; earlier events are those whose date
	// starts strictly before it.
	Date time.Time
	// Level keeps earlier events of one level (LevelLeader or
	// LevelMinister). "" means the event's own level when EventID is given
	// and that level is known, else any level; LevelAny counts every
	// level.
	Level string
}

// Novelty is the answer to a NoveltyQuery: the previous event of the same
// kind between the same two actors (nil when there is none: the first on
// record) and the time since it. Only events that happened count
// (EventFilter.Occurred): plans, conditionals and negated events do not.
type Novelty struct {
	// Event is the event asked about when the query named one.
	Event *StoredEvent `json:"event,omitempty"`
	A     string       `json:"a"`
	B     string       `json:"b"`
	Root  string       `json:"root"`
	Date  string       `json:"date"`
	Level string       `json:"level,omitempty"`
	// Previous is the newest earlier event of the kind, nil when none.
	Previous *StoredEvent `json:"previous"`
	// Since is the date of Previous at its own precision ("2019-12").
	Since string `json:"since,omitempty"`
	Gap   *Gap   `json:"gap,omitempty"`
	// Text says it in words: "first 04 event between KORGOV and JPNGOV
	// (leader level) in 2 years 9 months, since 2019-12".
	Text string `json:"text"`
}

// Gap is the time between two events, counted at the precision of the
// earlier one: years and months for a month date, days too for a day.
type Gap struct {
	Years  int    `json:"years"`
	Months int    `json:"months"`
	Days   int    `json:"days"`
	Text   string `json:"text"` // "2 years 9 months"
}

// eventReader is the part of a Store FindNovelty uses.
type eventReader interface {
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	EventFinder
}

// FindNovelty answers q from the events of s; the stores' Novelty methods
// call it. An unknown EventID is an ENotFound error; a query without an
// event that lacks A, B, Root or Date is EInvalid.
func FindNovelty(ctx context.Context, s eventReader, q NoveltyQuery) (*Novelty, error) {
	const op = "store.novelty"
	n := &Novelty{}
	level := q.Level
	if q.EventID != 0 {
		evs, err := s.Events(ctx, EventFilter{ID: q.EventID, Limit: 1})
		if err != nil {
			return nil, err
		}
		if len(evs) == 0 {
			return nil, &Error{Code: ENotFound, Op: op, Err: fmt.Errorf("no event %d", q.EventID)}
		}
		ev := evs[0]
		n.Event = &ev
		n.A, n.B, n.Root = ev.Source, ev.Target, ev.Root
		if d, ok := FirstDay(ev.Date); ok {
			n.Date = d.Format(DateLayout)
		}
		if level == "" {
			level = ev.Level
		}
	}
	if q.A != "" {
		n.A = q.A
	}
	if q.B != "" {
		n.B = q.B
	}
	if q.Root != "" {
		n.Root = q.Root
	}
	if !q.Date.IsZero() {
		n.Date = q.Date.Format(DateLayout)
	}
	switch level {
	case "", LevelAny:
		level = ""
	case LevelLeader, LevelMinister:
	default:
		return nil, &Error{Code: EInvalid, Op: op, Err: fmt.Errorf("level %q is not %s, %s or %s", level, LevelLeader, LevelMinister, LevelAny)}
	}
	n.Level = level
	if n.A == "" || n.B == "" || n.Root == "" || n.Date == "" {
		return nil, &Error{Code: EInvalid, Op: op, Err: errors.New("need an event id, or two actors, a root and a date")}
	}
	day, err := time.Parse(DateLayout, n.Date)
	if err != nil {
		return nil, &Error{Code: EInvalid, Op: op, Err: err}
	}
	prev, err := s.Last(ctx, EventFilter{A: n.A, B: n.B, Root: n.Root, Level: level, Occurred: true}, day)
	var de *Error
	switch {
	case errors.As(err, &de) && de.Code == ENotFound:
		n.Text = fmt.Sprintf("first %s event between %s and %s%s on record", n.Root, n.A, n.B, levelNote(level))
		return n, nil
	case err != nil:
		return nil, err
	}
	n.Previous = prev
	n.Since = prev.Date
	if g, ok := GapBetween(prev.Date, prev.DatePrecision, day); ok {
		n.Gap = &g
		n.Text = fmt.Sprintf("first %s event between %s and %s%s in %s, since %s", n.Root, n.A, n.B, levelNote(level), g.Text, n.Since)
	} else {
		n.Text = fmt.Sprintf("first %s event between %s and %s%s since %s", n.Root, n.A, n.B, levelNote(level), n.Since)
	}
	return n, nil
}

func levelNote(level string) string {
	if level == "" {
		return ""
	}
	return " (" + level + " level)"
}

// FirstDay returns the first day of a normalised event date ("2022-09-21",
// "2019-12", "2019", decades "201X" or "2010s"); ok is false when the date
// is empty or not of these forms. "2022-13" falls back to its year.
func FirstDay(d string) (t time.Time, ok bool) {
	digits := 0
	for digits < len(d) && digits < 4 && d[digits] >= '0' && d[digits] <= '9' {
		digits++
	}
	switch {
	case digits == 4:
	case digits == 3 && len(d) > 3 && (d[3] == 'X' || d[3] == 'x'):
		t, err := time.Parse("2006", d[:3]+"0")
		return t, err == nil
	default:
		return time.Time{}, false
	}
	if len(d) >= 10 && d[4] == '-' && d[7] == '-' {
		if t, err := time.Parse(DateLayout, d[:10]); err == nil {
			return t, true
		}
	}
	if len(d) >= 7 && d[4] == '-' {
		if t, err := time.Parse("2006-01", d[:7]); err == nil {
			return t, true
		}
	}
	t, err := time.Parse("2006", d[:4])
	return t, err == nil
}

// GapBetween returns the time from an earlier event's date (at its
// precision: PrecisionDay or PrecisionPublication count days,
// PrecisionMonth whole months, PrecisionYear and PrecisionDecade whole
// years) to the day to. ok is false when from is not a date or is not
// before to.
func GapBetween(from, precision string, to time.Time) (g Gap, ok bool) {
	start, ok := FirstDay(from)
	if !ok {
		return g, false
	}
	to = time.Date(to.Year(), to.Month(), to.Day(), 0, 0, 0, 0, time.UTC)
	if !start.Before(to) {
		return g, false
	}
	months := (to.Year()-start.Year())*12 + int(to.Month()) - int(start.Month())
	switch {
	case precision == PrecisionMonth || len(from) == 7:
		g.Years, g.Months = months/12, months%12
	case precision == PrecisionYear || precision == PrecisionDecade || len(from) < 7:
		g.Years = to.Year() - start.Year()
	default:
		if start.AddDate(0, months, 0).After(to) {
			months--
		}
		g.Years, g.Months = months/12, months%12
		g.Days = int(to.Sub(start.AddDate(0, months, 0)).Hours()/24 + 0.5)
	}
	var parts []string
	for _, p := range []struct {
		n    int
		unit string
	}{{g.Years, "year"}, {g.Months, "month"}, {g.Days, "day"}} {
		switch {
		case p.n == 1:
			parts = append(parts, "1 "+p.unit)
		case p.n > 1:
			parts = append(parts, fmt.Sprintf("%d %ss", p.n, p.unit))
		}
	}
	g.Text = strings.Join(parts, " ")
	if g.Text == "" {
		switch {
		case g.Days == 0 && (precision == PrecisionMonth || len(from) == 7):
			g.Text = "less than a month"
		default:
			g.Text = "less than a year"
		}
	}
	return g, true
}

// leaderWords and ministerWords name the ranks EventLevel reads; a word
// after one of levelNegators ("vice president", "former prime minister")
// does not count ("vice-president" and "ex-president" are words of their
// own and match nothing).
var (
	leaderWords = []string{"leader", "leaders", "president", "presidents", "prime minister", "prime ministers",
		"premier", "premiers", "chancellor", "chancellors", "head of state", "heads of state",
		"head of government", "heads of government", "king", "queen", "emir", "monarch"}
	ministerWords = []string{"minister", "ministers", "foreign secretary", "foreign secretaries",
		"secretary of state", "secretaries of state"}
	levelNegators = []string{"vice", "deputy", "former", "opposition", "party"}
)

// ActorLevel returns the rank a phrase gives its actor: LevelLeader for
// heads of state or government ("the leaders of South Korea", "Prime
// Minister Fumio Kishida"), LevelMinister for ministers ("the foreign
// ministers"), "" otherwise. Case is ignored; words match whole.
func ActorLevel(phrase string) string {
	p := " " + strings.Join(strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 0x7f)
	}), " ") + " "
	if hasLevelWord(p, leaderWords) {
		return LevelLeader
	}
	if hasLevelWord(p, ministerWords) {
		return LevelMinister
	}
	return ""
}

// hasLevelWord reports whether the padded phrase p has one of words not
// right after a negator.
func hasLevelWord(p string, words []string) bool {
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(p[i:], " "+w+" ")
			if j < 0 {
				break
			}
			j += i
			before := strings.Fields(p[:j+1])
			negated := len(before) > 0 && slices.Contains(levelNegators, before[len(before)-1])
			if !negated {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// EventLevel returns the rank of the actors of event e of the record r of
// an article with this text: for its source and for its target, the
// ActorLevel of the entity's KB role when it is a person with one
// ("President of South Korea"), else of the entity's mention nearest the
// trigger in the trigger's sentence ("the foreign ministers of South
// Korea"). Two sides of one level give that level, one known side gives
// its level, and two different levels give "". The stores keep it with
// each event (StoredEvent.Level) for EventFilter.Level and novelty.
func EventLevel(text string, r *Record, e *Event) string {
	if r == nil || e == nil {
		return ""
	}
	sent := -1
	for i, s := range r.Sentences {
		if s.Start <= e.Trigger.Start && e.Trigger.Start < s.End {
			sent = i
			break
		}
	}
	side := func(id string) string {
		if id == "" {
			return ""
		}
		for i := range r.Entities {
			ent := &r.Entities[i]
			if ent.ID != id {
				continue
			}
			if ent.Type == Person && ent.KB != "" {
				if l := ActorLevel(ent.Role); l != "" {
					return l
				}
			}
			best, dist := "", -1
			for _, m := range ent.Mentions {
				if m.Sentence != sent || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					continue
				}
				d := m.Start - e.Trigger.Start
				if d < 0 {
					d = e.Trigger.Start - m.End
				}
				if d < 0 {
					d = 0
				}
				if dist < 0 || d < dist {
					best, dist = ActorLevel(text[m.Start:m.End]), d
				}
			}
			return best
		}
		return ""
	}
	s, t := side(e.SourceEntity), side(e.TargetEntity)
	switch {
	case s == t || t == "":
		return s
	case s == "":
		return t
	}
	return ""
}
