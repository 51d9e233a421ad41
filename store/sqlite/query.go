package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
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

func scanEvent(rows interface{ Scan(...any) error }) (dyad.StoredEvent, error) {
	var (
		ev       dyad.StoredEvent
		pn, pc   sql.NullString
		plat     sql.NullFloat64
		plon     sql.NullFloat64
		sents    string
		negated  bool
		e        = &ev.Event
		trigText string
	)
	err := rows.Scan(&ev.ID, &ev.ArticleID, &ev.Outlet, &ev.Canonical, &ev.Sources,
		&e.Source, &e.Target, &e.CAMEO, &e.Root, &e.Goldstein, &e.PLOVER, &e.PLOVERMode,
		&e.Date, &e.DatePrecision, &pn, &pc, &plat, &plon,
		&e.Modality, &negated, &e.Confidence, &e.Trigger.Start, &e.Trigger.End, &trigText,
		&sents, &e.SourceEntity, &e.TargetEntity, &e.Pattern, &e.ReportedBy, &ev.Level)
	if err != nil {
		return ev, err
	}
	e.Negated = negated
	e.Trigger.Text = trigText
	if pn.Valid {
		e.Place = &dyad.Place{Name: pn.String, Country: pc.String, Lat: plat.Float64, Lon: plon.Float64}
	}
	if err := json.Unmarshal([]byte(sents), &e.Sentences); err != nil {
		return ev, fmt.Errorf("event %d: sentences: %w", ev.ID, err)
	}
	return ev, nil
}

// where builds the WHERE clause of f (without the keyword; "1" when f
// selects everything) and its arguments.
func where(f dyad.EventFilter) (string, []any) {
	var conds []string
	var args []any
	prefix := func(col, p string) string {
		lo, hi := prefixRange(p)
		args = append(args, lo)
		if hi == "" {
			return col + " >= ?"
		}
		args = append(args, hi)
		return "(" + col + " >= ? AND " + col + " < ?)"
	}
	if f.Source != "" {
		conds = append(conds, prefix("e.source", f.Source))
	}
	if f.Target != "" {
		conds = append(conds, prefix("e.target", f.Target))
	}
	// pair is the condition that the source starts with s and the target
	// with t, with their countries for the events_countries index when
	// both are at least three bytes long.
	pair := func(s, t string) string {
		c := ""
		if len(s) >= 3 && len(t) >= 3 {
			c = "substr(e.source, 1, 3) = ? AND substr(e.target, 1, 3) = ? AND "
			args = append(args, s[:3], t[:3])
		}
		c += prefix("e.source", s)
		return c + " AND " + prefix("e.target", t)
	}
	switch {
	case f.A != "" && f.B != "":
		ab := pair(f.A, f.B)
		if f.Directed {
			conds = append(conds, "("+ab+")")
		} else {
			ba := pair(f.B, f.A)
			conds = append(conds, "(("+ab+") OR ("+ba+"))")
		}
	case f.A != "" || f.B != "":
		x := f.A + f.B
		if f.Directed {
			if f.A != "" {
				conds = append(conds, prefix("e.source", x))
			} else {
				conds = append(conds, prefix("e.target", x))
			}
		} else {
			conds = append(conds, "("+prefix("e.source", x)+" OR "+prefix("e.target", x)+")")
		}
	}
	if f.Code != "" {
		conds = append(conds, prefix("e.cameo", f.Code))
	}
	if f.Root != "" {
		conds = append(conds, "e.root = ?")
		args = append(args, f.Root)
	}
	if f.PLOVER != "" {
		conds = append(conds, "e.plover = ?")
		args = append(args, strings.ToUpper(f.PLOVER))
	}
	if f.Modality != "" {
		conds = append(conds, "e.modality = ?")
		args = append(args, strings.ToLower(f.Modality))
	}
	if f.ArticleID != "" {
		conds = append(conds, "e.article_id = ?")
		args = append(args, f.ArticleID)
	}
	if f.Place != "" {
		conds = append(conds, "(e.place_name = ? COLLATE NOCASE OR e.place_country = ?)")
		args = append(args, f.Place, strings.ToUpper(f.Place))
	}
	if !f.From.IsZero() {
		conds = append(conds, "e.day >= ?")
		args = append(args, f.From.Format(dyad.DateLayout))
	}
	if !f.To.IsZero() {
		conds = append(conds, "(e.day <> '' AND e.day <= ?)")
		args = append(args, f.To.Format(dyad.DateLayout))
	}
	if f.Canonical {
		conds = append(conds, "e.id = e.canonical")
	}
	if f.Level != "" {
		conds = append(conds, "e.level = ?")
		args = append(args, strings.ToLower(f.Level))
	}
	if f.Occurred {
		conds = append(conds, "e.negated = 0 AND e.modality IN ('asserted', 'reported', 'historical')")
	}
	if f.ID != 0 {
		conds = append(conds, "e.id = ?")
		args = append(args, f.ID)
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

// prefixRange returns the range [lo, hi) of strings that start with p; hi
// is "" when there is no upper bound.
func prefixRange(p string) (lo, hi string) {
	b := []byte(p)
	for len(b) > 0 {
		if b[len(b)-1] < 0xff {
			b[len(b)-1]++
			return p, string(b)
		}
		b = b[:len(b)-1]
	}
	return p, ""
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
	w, args := where(f)
	q := `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE ` + w + ` ORDER BY e.day = '', e.day DESC, e.id DESC LIMIT ? OFFSET ?`
	args = append(args, limit, max(f.Offset, 0))
	return s.queryEvents(ctx, "sqlite.events", q, args)
}

func (s *Store) queryEvents(ctx context.Context, op, q string, args []any) ([]dyad.StoredEvent, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
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
	w, args := where(f)
	q := `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE ` + w + ` AND e.day <> '' AND e.day < ? ORDER BY e.day DESC, e.id DESC LIMIT 1`
	args = append(args, before.Format(dyad.DateLayout))
	return s.one(ctx, "sqlite.last", q, args)
}

// First returns the oldest event matching f whose date starts strictly
// after the day after.
func (s *Store) First(ctx context.Context, f dyad.EventFilter, after time.Time) (*dyad.StoredEvent, error) {
	w, args := where(f)
	q := `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE ` + w + ` AND e.day > ? ORDER BY e.day, e.id LIMIT 1`
	args = append(args, after.Format(dyad.DateLayout))
	return s.one(ctx, "sqlite.first", q, args)
}

func (s *Store) one(ctx context.Context, op, q string, args []any) (*dyad.StoredEvent, error) {
	evs, err := s.queryEvents(ctx, op, q, args)
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return nil, &dyad.Error{Code: dyad.ENotFound, Op: op, Err: errors.New("no matching event")}
	}
	return &evs[0], nil
}

// Timeline counts the dated events matching f per period: "day"
// ("2022-09-21"), "week" (ISO weeks, "2022-W38") or "month" ("2022-09"),
// oldest first, with counts per CAMEO root and PLOVER type and the mean
// Goldstein score. An event with a month or year date counts in the
// period of its first day. Offset, Limit and Canonical of f are ignored
// except that Canonical counts each canonical event once.
func (s *Store) Timeline(ctx context.Context, f dyad.EventFilter, period string) ([]dyad.TimelinePoint, error) {
	key, err := periodKey(period)
	if err != nil {
		return nil, err
	}
	f.Limit, f.Offset = 0, 0
	for _, r := range rollups {
		if r.fits(f, period) {
			return s.rollupTimeline(ctx, r, f, key)
		}
	}
	w, args := where(f)
	// Days, months and years are prefixes of the day; weeks are counted
	// from days.
	col := "e.day"
	switch period {
	case "month":
		col = "substr(e.day, 1, 7) || '-01'"
	case "year":
		col = "substr(e.day, 1, 4) || '-01-01'"
	}
	q := `SELECT ` + col + `, e.root, e.plover, COUNT(*), SUM(e.goldstein) FROM events e
		WHERE ` + w + ` AND e.day <> '' GROUP BY 1, 2, 3`
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, internal("sqlite.timeline", err)
	}
	return collectTimeline(rows, key)
}

// collectTimeline sums rows of (first day of a period or day, root,
// PLOVER type, count, Goldstein sum) into the periods named by key,
// oldest first, and closes rows.
func collectTimeline(rows *sql.Rows, key func(time.Time) string) ([]dyad.TimelinePoint, error) {
	defer rows.Close()
	points := map[string]*dyad.TimelinePoint{}
	sums := map[string]float64{}
	var lastDay, k string // rows of one day often come together
	for rows.Next() {
		var day, root, plover string
		var n int
		var sum float64
		if err := rows.Scan(&day, &root, &plover, &n, &sum); err != nil {
			return nil, internal("sqlite.timeline", err)
		}
		if day != lastDay || k == "" {
			t, err := time.Parse(dyad.DateLayout, day)
			if err != nil {
				continue
			}
			lastDay, k = day, key(t)
		}
		p := points[k]
		if p == nil {
			p = &dyad.TimelinePoint{Period: k, ByRoot: map[string]int{}, ByPLOVER: map[string]int{}}
			points[k] = p
		}
		p.Events += n
		p.ByRoot[root] += n
		if plover != "" {
			p.ByPLOVER[plover] += n
		}
		sums[k] += sum
	}
	if err := rows.Err(); err != nil {
		return nil, internal("sqlite.timeline", err)
	}
	out := make([]dyad.TimelinePoint, 0, len(points))
	for k, p := range points {
		p.MeanGoldstein = sums[k] / float64(p.Events)
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out, nil
}

// periodKey returns the function naming the period of a day.
func periodKey(period string) (func(time.Time) string, error) {
	switch period {
	case "day", "":
		return func(t time.Time) string { return t.Format(dyad.DateLayout) }, nil
	case "week":
		return func(t time.Time) string {
			y, w := t.ISOWeek()
			return fmt.Sprintf("%04d-W%02d", y, w)
		}, nil
	case "month":
		return func(t time.Time) string { return t.Format("2006-01") }, nil
	case "year":
		return func(t time.Time) string { return t.Format("2006") }, nil
	}
	return nil, &dyad.Error{Code: dyad.EInvalid, Op: "sqlite.timeline", Err: fmt.Errorf("period %q is not day, week, month or year", period)}
}

// rollup describes a table of per-dyad counts by period (dyad_months,
// dyad_weeks) that answers some timelines of two country codes.
type rollup struct {
	table, col string                   // table and its period column
	periods    func(period string) bool // timeline periods it answers
	from, to   func(time.Time) bool     // From and To on its period boundaries
	layout     string                   // layout of From and To compared with col
	sel        string                   // SELECT list of (first day, root, PLOVER type, count, Goldstein sum)
	group      string                   // clause after WHERE, if any
}

// months is dyad_months, for months and years.
var months = rollup{
	table: "dyad_months", col: "month",
	periods: func(p string) bool { return p == "month" || p == "year" },
	from:    func(t time.Time) bool { return t.Day() == 1 },
	to:      func(t time.Time) bool { return t.AddDate(0, 0, 1).Day() == 1 },
	layout:  "2006-01",
	sel:     "month || '-01', root, plover, SUM(n), SUM(gsum)",
	group:   " GROUP BY 1, 2, 3",
}

// weeks is dyad_weeks, for ISO weeks.
var weeks = rollup{
	// ISO weeks: From a Monday, To a Sunday. No GROUP BY:
	// collectTimeline sums the rows, which come in key order (a
	// week's rows together) without a sort.
	table: "dyad_weeks", col: "week",
	periods: func(p string) bool { return p == "week" },
	from:    func(t time.Time) bool { return t.Weekday() == time.Monday },
	to:      func(t time.Time) bool { return t.Weekday() == time.Sunday },
	layout:  dyad.DateLayout,
	sel:     "week, root, plover, n, gsum",
}

// rollups are the rollup tables, tried in order.
var rollups = []rollup{months, weeks}

// monthly reports whether the timeline of f per period can be read from
// dyad_months.
func monthly(f dyad.EventFilter, period string) bool { return months.fits(f, period) }

// weekly reports whether the timeline of f per period can be read from
// dyad_weeks.
func weekly(f dyad.EventFilter, period string) bool { return weeks.fits(f, period) }

// fits reports whether the timeline of f per period can be read from r:
// two country codes, no filter but root, PLOVER type and dates on r's
// period boundaries, and a period r answers.
func (r rollup) fits(f dyad.EventFilter, period string) bool {
	country := func(c string) bool {
		return len(c) == 3 && strings.ToUpper(c) == c
	}
	g := f
	g.A, g.B, g.Directed, g.Root, g.PLOVER, g.From, g.To = "", "", false, "", "", time.Time{}, time.Time{}
	return r.periods(period) && country(f.A) && country(f.B) && g == (dyad.EventFilter{}) &&
		(f.From.IsZero() || r.from(f.From)) && (f.To.IsZero() || r.to(f.To))
}

// rollupTimeline answers a timeline for which r.fits(f) holds from r's
// table.
func (s *Store) rollupTimeline(ctx context.Context, r rollup, f dyad.EventFilter, key func(time.Time) string) ([]dyad.TimelinePoint, error) {
	conds := []string{"(sc = ? AND tc = ?)"}
	args := []any{f.A, f.B}
	if !f.Directed && f.A != f.B {
		conds[0] = "((sc = ? AND tc = ?) OR (sc = ? AND tc = ?))"
		args = append(args, f.B, f.A)
	}
	if f.Root != "" {
		conds = append(conds, "root = ?")
		args = append(args, f.Root)
	}
	if f.PLOVER != "" {
		conds = append(conds, "plover = ?")
		args = append(args, strings.ToUpper(f.PLOVER))
	}
	if !f.From.IsZero() {
		conds = append(conds, r.col+" >= ?")
		args = append(args, f.From.Format(r.layout))
	}
	if !f.To.IsZero() {
		conds = append(conds, r.col+" <= ?")
		args = append(args, f.To.Format(r.layout))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+r.sel+` FROM `+r.table+`
		WHERE `+strings.Join(conds, " AND ")+r.group, args...)
	if err != nil {
		return nil, internal("sqlite.timeline", err)
	}
	return collectTimeline(rows, key)
}
