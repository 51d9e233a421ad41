package postgres

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/jackc/pgx/v5"
)

// Page sizes of Events.
const (
	DefaultLimit = 100
	MaxLimit     = 10000
)

// eventColumns are the columns scanned by scanEvent, from events e joined
// with articles a.
const eventColumns = `e.id, e.article_id, a.outlet, e.canonical,
	(SELECT COUNT(DISTINCT c.article_id) FROM events c WHERE c.canonical = e.canonical),
	e.source, e.target, e.cameo, e.root, e.goldstein, e.plover, e.plover_mode,
	e.date, e.date_precision, e.place_name, e.place_country, e.place_lat, e.place_lon,
	e.modality, e.negated, e.confidence, e.trigger_start, e.trigger_end, e.trigger_text,
	e.sentences, e.source_entity, e.target_entity, e.pattern, e.reported_by, e.level`

func scanEvent(rows pgx.Row) (dyad.StoredEvent, error) {
	var (
		ev         dyad.StoredEvent
		pn, pc     *string
		plat, plon *float64
		sents      []int32
		sources    int64
		e          = &ev.Event
	)
	err := rows.Scan(&ev.ID, &ev.ArticleID, &ev.Outlet, &ev.Canonical, &sources,
		&e.Source, &e.Target, &e.CAMEO, &e.Root, &e.Goldstein, &e.PLOVER, &e.PLOVERMode,
		&e.Date, &e.DatePrecision, &pn, &pc, &plat, &plon,
		&e.Modality, &e.Negated, &e.Confidence, &e.Trigger.Start, &e.Trigger.End, &e.Trigger.Text,
		&sents, &e.SourceEntity, &e.TargetEntity, &e.Pattern, &e.ReportedBy, &ev.Level)
	if err != nil {
		return ev, err
	}
	ev.Sources = int(sources)
	if pn != nil {
		p := &dyad.Place{Name: *pn}
		if pc != nil {
			p.Country = *pc
		}
		if plat != nil {
			p.Lat = *plat
		}
		if plon != nil {
			p.Lon = *plon
		}
		e.Place = p
	}
	e.Sentences = make([]int, len(sents))
	for i, x := range sents {
		e.Sentences[i] = int(x)
	}
	return ev, nil
}

// query accumulates the conditions and arguments of a WHERE clause.
type query struct {
	conds []string
	args  []any
}

// arg adds an argument and returns its placeholder.
func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return "$" + strconv.Itoa(len(q.args))
}

// prefix returns the condition that col starts with p: a byte range on
// the column's "C" collation when p is ASCII, so that indexes serve it,
// and starts_with otherwise.
func (q *query) prefix(col, p string) string {
	ascii := true
	for i := 0; i < len(p); i++ {
		if p[i] >= 0x7f {
			ascii = false
		}
	}
	if !ascii || p == "" {
		return "starts_with(" + col + ", " + q.arg(p) + ")"
	}
	hi := p[:len(p)-1] + string(p[len(p)-1]+1)
	return "(" + col + " >= " + q.arg(p) + " AND " + col + " < " + q.arg(hi) + ")"
}

// where builds the WHERE clause of f (without the keyword; "true" when f
// selects everything) and its arguments.
func where(f dyad.EventFilter) *query { return whereCountries(f, false) }

// whereCountries is where, adding the countries of a dyad's actors for
// the events_countries index when countries is true. Timelines, which
// read every event of a dyad, want them; "last event" queries are faster
// walking the days of one root.
func whereCountries(f dyad.EventFilter, countries bool) *query {
	q := &query{}
	c := func(s string) { q.conds = append(q.conds, s) }
	if f.Source != "" {
		c(q.prefix("e.source", f.Source))
	}
	if f.Target != "" {
		c(q.prefix("e.target", f.Target))
	}
	// pair is the condition that the source starts with s and the target
	// with t, with their countries for the events_countries index when
	// both are at least three characters long.
	pair := func(s, t string) string {
		cond := ""
		if countries && len(s) >= 3 && len(t) >= 3 && left3(s) == s[:3] && left3(t) == t[:3] {
			cond = "left(e.source, 3) = " + q.arg(s[:3]) + " AND left(e.target, 3) = " + q.arg(t[:3]) + " AND "
		}
		return cond + q.prefix("e.source", s) + " AND " + q.prefix("e.target", t)
	}
	switch {
	case f.A != "" && f.B != "":
		ab := pair(f.A, f.B)
		if f.Directed {
			c("(" + ab + ")")
		} else {
			ba := pair(f.B, f.A)
			c("((" + ab + ") OR (" + ba + "))")
		}
	case f.A != "" || f.B != "":
		x := f.A + f.B
		switch {
		case f.Directed && f.A != "":
			c(q.prefix("e.source", x))
		case f.Directed:
			c(q.prefix("e.target", x))
		default:
			c("(" + q.prefix("e.source", x) + " OR " + q.prefix("e.target", x) + ")")
		}
	}
	if f.Code != "" {
		c(q.prefix("e.cameo", f.Code))
	}
	if f.Root != "" {
		c("e.root = " + q.arg(f.Root))
	}
	if f.PLOVER != "" {
		c("e.plover = " + q.arg(strings.ToUpper(f.PLOVER)))
	}
	if f.Modality != "" {
		c("e.modality = " + q.arg(strings.ToLower(f.Modality)))
	}
	if f.ArticleID != "" {
		c("e.article_id = " + q.arg(f.ArticleID))
	}
	if f.Place != "" {
		c("(lower(e.place_name) = lower(" + q.arg(f.Place) + ") OR e.place_country = " + q.arg(strings.ToUpper(f.Place)) + ")")
	}
	if !f.From.IsZero() {
		c("e.day >= " + q.arg(dayOf(f.From)))
	}
	if !f.To.IsZero() {
		c("e.day <= " + q.arg(dayOf(f.To)))
	}
	if f.Canonical {
		c("e.id = e.canonical")
	}
	if f.Level != "" {
		c("e.level = " + q.arg(strings.ToLower(f.Level)))
	}
	if f.Occurred {
		c("NOT e.negated AND e.modality IN ('asserted', 'reported', 'historical')")
	}
	if f.ID != 0 {
		c("e.id = " + q.arg(f.ID))
	}
	return q
}

// dayOf returns the calendar day of t as a UTC midnight, the form pgx
// sends as a DATE.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func (q *query) where() string {
	if len(q.conds) == 0 {
		return "true"
	}
	return strings.Join(q.conds, " AND ")
}

// Events returns the events matching f, newest first (undated events
// last), one page of f.Limit (DefaultLimit when 0, at most MaxLimit) from
// f.Offset.
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.StoredEvent, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	q := where(f)
	sql := `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE ` + q.where() + ` ORDER BY e.day DESC NULLS LAST, e.id DESC
		LIMIT ` + q.arg(limit) + ` OFFSET ` + q.arg(max(f.Offset, 0))
	return s.queryEvents(ctx, "postgres.events", sql, q.args)
}

func (s *Store) queryEvents(ctx context.Context, op, sql string, args []any) ([]dyad.StoredEvent, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, internal(op, err)
	}
	defer rows.Close()
	out := []dyad.StoredEvent{}
	for rows.Next() {
		ev, err := scanEvent(rows)
		if err != nil {
			return nil, internal(op, err)
		}
		out = append(out, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(op, err)
	}
	return out, nil
}

// Last returns the newest event matching f whose date starts strictly
// before the day before.
func (s *Store) Last(ctx context.Context, f dyad.EventFilter, before time.Time) (*dyad.StoredEvent, error) {
	q := where(f)
	sql := `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE ` + q.where() + ` AND e.day < ` + q.arg(dayOf(before)) + `
		ORDER BY e.day DESC, e.id DESC LIMIT 1`
	return s.one(ctx, "postgres.last", sql, q.args)
}

// First returns the oldest event matching f whose date starts strictly
// after the day after.
func (s *Store) First(ctx context.Context, f dyad.EventFilter, after time.Time) (*dyad.StoredEvent, error) {
	q := where(f)
	sql := `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE ` + q.where() + ` AND e.day > ` + q.arg(dayOf(after)) + `
		ORDER BY e.day, e.id LIMIT 1`
	return s.one(ctx, "postgres.first", sql, q.args)
}

func (s *Store) one(ctx context.Context, op, sql string, args []any) (*dyad.StoredEvent, error) {
	evs, err := s.queryEvents(ctx, op, sql, args)
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return nil, &dyad.Error{Code: dyad.ENotFound, Op: op, Err: errors.New("no matching event")}
	}
	return &evs[0], nil
}

// periodFormats are the to_char formats of the timeline periods; they give
// the same strings as store/sqlite ("2022-09-21", "2022-W38", "2022-09",
// "2022").
var periodFormats = map[string]string{
	"":      "YYYY-MM-DD",
	"day":   "YYYY-MM-DD",
	"week":  `IYYY-"W"IW`,
	"month": "YYYY-MM",
	"year":  "YYYY",
}

// Timeline counts the dated events matching f per period: "day"
// ("2022-09-21"), "week" (ISO weeks, "2022-W38"), "month" ("2022-09") or
// "year" ("2022"), oldest first, with counts per CAMEO root and PLOVER
// type and the mean Goldstein score. An event with a month or year date
// counts in the period of its first day. Offset and Limit of f are
// ignored; Canonical counts each canonical event once.
func (s *Store) Timeline(ctx context.Context, f dyad.EventFilter, period string) ([]dyad.TimelinePoint, error) {
	const op = "postgres.timeline"
	format, ok := periodFormats[period]
	if !ok {
		return nil, &dyad.Error{Code: dyad.EInvalid, Op: op, Err: fmt.Errorf("period %q is not day, week, month or year", period)}
	}
	f.Limit, f.Offset = 0, 0
	points := map[string]*dyad.TimelinePoint{}
	sums := map[string]float64{}
	if monthly(f, period) || weekly(f, period) {
		if err := s.monthlyTimeline(ctx, f, period == "week", format, points, sums); err != nil {
			return nil, internal(op, err)
		}
	} else {
		for _, f := range directions(f) {
			if err := s.countPeriods(ctx, f, format, points, sums); err != nil {
				return nil, internal(op, err)
			}
		}
	}
	out := make([]dyad.TimelinePoint, 0, len(points))
	for k, p := range points {
		p.MeanGoldstein = sums[k] / float64(p.Events)
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out, nil
}

// directions splits an undirected dyad filter into its two directions
// when no event can match both (neither actor is a prefix of the other):
// each direction is then a range on one index that PostgreSQL reads
// without visiting the table, where the OR of both needs a bitmap scan.
func directions(f dyad.EventFilter) []dyad.EventFilter {
	if f.A == "" || f.B == "" || f.Directed || strings.HasPrefix(f.A, f.B) || strings.HasPrefix(f.B, f.A) {
		return []dyad.EventFilter{f}
	}
	ab, ba := f, f
	ab.Directed, ba.Directed = true, true
	ba.A, ba.B = f.B, f.A
	return []dyad.EventFilter{ab, ba}
}

// countPeriods adds the counts of the dated events matching f per period
// (named by the to_char format), root and PLOVER type to points, and
// their Goldstein sums to sums.
func (s *Store) countPeriods(ctx context.Context, f dyad.EventFilter, format string, points map[string]*dyad.TimelinePoint, sums map[string]float64) error {
	q := whereCountries(f, true)
	sql := `SELECT to_char(e.day, ` + q.arg(format) + `) AS period, e.root, e.plover, COUNT(*), SUM(e.goldstein)
		FROM events e WHERE ` + q.where() + ` AND e.day IS NOT NULL GROUP BY 1, 2, 3`
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return err
	}
	return addPeriods(rows, points, sums)
}

// addPeriods adds rows of (period, root, PLOVER type, count, Goldstein
// sum) to points and sums, and closes rows.
func addPeriods(rows pgx.Rows, points map[string]*dyad.TimelinePoint, sums map[string]float64) error {
	defer rows.Close()
	for rows.Next() {
		var k, root, plover string
		var n int64
		var sum float64
		if err := rows.Scan(&k, &root, &plover, &n, &sum); err != nil {
			return err
		}
		p := points[k]
		if p == nil {
			p = &dyad.TimelinePoint{Period: k, ByRoot: map[string]int{}, ByPLOVER: map[string]int{}}
			points[k] = p
		}
		p.Events += int(n)
		p.ByRoot[root] += int(n)
		if plover != "" {
			p.ByPLOVER[plover] += int(n)
		}
		sums[k] += sum
	}
	return rows.Err()
}
