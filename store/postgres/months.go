package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/jackc/pgx/v5"
)

// monthKey is a row of dyad_months or, when week is true, of dyad_weeks
// (month is then the Monday of the ISO week).
type monthKey struct {
	week         bool
	sc, tc       string
	month        time.Time
	root, plover string
}

func (k monthKey) less(o monthKey) int {
	return cmpAll(boolCompare(k.week, o.week), strings.Compare(k.sc, o.sc), strings.Compare(k.tc, o.tc), k.month.Compare(o.month),
		strings.Compare(k.root, o.root), strings.Compare(k.plover, o.plover))
}

func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// monday returns the Monday of the ISO week of day.
func monday(day time.Time) time.Time {
	return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
}

func cmpAll(cs ...int) int {
	for _, c := range cs {
		if c != 0 {
			return c
		}
	}
	return 0
}

// left3 is PostgreSQL's left(s, 3): the first three characters.
func left3(s string) string {
	n := 0
	for i := range s {
		if n == 3 {
			return s[:i]
		}
		n++
	}
	return s
}

type monthDelta struct {
	n int64
	g float64
}

// addMonths adds to deltas the changes to dyad_months and dyad_weeks of
// replacing the events stored for article id (if any) by the events of r.
func addMonths(ctx context.Context, tx pgx.Tx, deltas map[monthKey]monthDelta, id string, r *dyad.Record) error {
	rows, err := tx.Query(ctx, `SELECT false, left(source, 3), left(target, 3), date_trunc('month', day)::date, root, plover, COUNT(*), SUM(goldstein)
		FROM events WHERE article_id = $1 AND day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
		UNION ALL
		SELECT true, left(source, 3), left(target, 3), date_trunc('week', day)::date, root, plover, COUNT(*), SUM(goldstein)
		FROM events WHERE article_id = $1 AND day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6`, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var k monthKey
		var d monthDelta
		if err := rows.Scan(&k.week, &k.sc, &k.tc, &k.month, &k.root, &k.plover, &d.n, &d.g); err != nil {
			rows.Close()
			return err
		}
		old := deltas[k]
		deltas[k] = monthDelta{old.n - d.n, old.g - d.g}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range r.Events {
		e := &r.Events[i]
		day := firstDay(e.Date)
		if day == nil {
			continue
		}
		for _, k := range []monthKey{
			{false, left3(e.Source), left3(e.Target), time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC), e.Root, e.PLOVER},
			{true, left3(e.Source), left3(e.Target), monday(time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)), e.Root, e.PLOVER},
		} {
			d := deltas[k]
			d.n++
			d.g += e.Goldstein
			deltas[k] = d
		}
	}
	return nil
}

// queueMonths queues the changes deltas to dyad_months and dyad_weeks, in
// key order.
func queueMonths(b *pgx.Batch, deltas map[monthKey]monthDelta) {
	keys := make([]monthKey, 0, len(deltas))
	for k, d := range deltas {
		if d.n != 0 {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, monthKey.less)
	for _, k := range keys {
		d := deltas[k]
		if k.week {
			b.Queue(`INSERT INTO dyad_weeks (sc, tc, week, root, plover, n, gsum) VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (sc, tc, week, root, plover) DO UPDATE SET n = dyad_weeks.n + EXCLUDED.n, gsum = dyad_weeks.gsum + EXCLUDED.gsum`,
				k.sc, k.tc, k.month, k.root, k.plover, d.n, d.g)
			if d.n < 0 {
				b.Queue(`DELETE FROM dyad_weeks WHERE sc = $1 AND tc = $2 AND week = $3 AND root = $4 AND plover = $5 AND n <= 0`,
					k.sc, k.tc, k.month, k.root, k.plover)
			}
			continue
		}
		b.Queue(`INSERT INTO dyad_months (sc, tc, month, root, plover, n, gsum) VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (sc, tc, month, root, plover) DO UPDATE SET n = dyad_months.n + EXCLUDED.n, gsum = dyad_months.gsum + EXCLUDED.gsum`,
			k.sc, k.tc, k.month, k.root, k.plover, d.n, d.g)
		if d.n < 0 {
			b.Queue(`DELETE FROM dyad_months WHERE sc = $1 AND tc = $2 AND month = $3 AND root = $4 AND plover = $5 AND n <= 0`,
				k.sc, k.tc, k.month, k.root, k.plover)
		}
	}
}

// rollupDyad reports whether f asks for nothing a rollup table
// (dyad_months, dyad_weeks) does not keep: two country codes and no filter
// but root, PLOVER type and dates.
func rollupDyad(f dyad.EventFilter) bool {
	country := func(c string) bool {
		return len(c) == 3 && strings.ToUpper(c) == c
	}
	g := f
	g.A, g.B, g.Directed, g.Root, g.PLOVER, g.From, g.To, g.Limit, g.Offset = "", "", false, "", "", time.Time{}, time.Time{}, 0, 0
	return country(f.A) && country(f.B) && g == (dyad.EventFilter{})
}

// monthly reports whether the timeline of f per period can be read from
// dyad_months: rollupDyad(f), dates on month boundaries, and months or
// years.
func monthly(f dyad.EventFilter, period string) bool {
	return (period == "month" || period == "year") && rollupDyad(f) &&
		(f.From.IsZero() || f.From.Day() == 1) && (f.To.IsZero() || f.To.AddDate(0, 0, 1).Day() == 1)
}

// weekly reports whether the timeline of f per period can be read from
// dyad_weeks: rollupDyad(f), dates on ISO week boundaries (From a Monday,
// To a Sunday), and weeks.
func weekly(f dyad.EventFilter, period string) bool {
	return period == "week" && rollupDyad(f) &&
		(f.From.IsZero() || f.From.Weekday() == time.Monday) && (f.To.IsZero() || f.To.Weekday() == time.Sunday)
}

// monthlyTimeline adds the counts of dyad_months (or, when week is true,
// of dyad_weeks) for f (monthly(f) or weekly(f) holds) per period (named
// by the to_char format) to points and sums.
func (s *Store) monthlyTimeline(ctx context.Context, f dyad.EventFilter, week bool, format string, points map[string]*dyad.TimelinePoint, sums map[string]float64) error {
	table, col := "dyad_months", "month"
	if week {
		table, col = "dyad_weeks", "week"
	}
	q := &query{}
	pair := "(sc = " + q.arg(f.A) + " AND tc = " + q.arg(f.B) + ")"
	if !f.Directed && f.A != f.B {
		pair = "(" + pair + " OR (sc = " + q.arg(f.B) + " AND tc = " + q.arg(f.A) + "))"
	}
	q.conds = append(q.conds, pair)
	if f.Root != "" {
		q.conds = append(q.conds, "root = "+q.arg(f.Root))
	}
	if f.PLOVER != "" {
		q.conds = append(q.conds, "plover = "+q.arg(strings.ToUpper(f.PLOVER)))
	}
	if !f.From.IsZero() {
		q.conds = append(q.conds, col+" >= "+q.arg(dayOf(f.From)))
	}
	if !f.To.IsZero() {
		q.conds = append(q.conds, col+" <= "+q.arg(dayOf(f.To)))
	}
	sql := `SELECT to_char(` + col + `, ` + q.arg(format) + `), root, plover, SUM(n)::bigint, SUM(gsum)
		FROM ` + table + ` WHERE ` + q.where() + ` GROUP BY 1, 2, 3`
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return err
	}
	if err := addPeriods(rows, points, sums); err != nil {
		return fmt.Errorf("%s: %w", table, err)
	}
	return nil
}
