package times

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precisions of a TimeExpr value.
const (
	PrecDay    = "day"
	PrecWeek   = "week"
	PrecMonth  = "month"
	PrecYear   = "year"
	PrecDecade = "decade"
)

// Kinds of a TimeExpr.
const (
	KindDate     = "date"
	KindDuration = "duration"
)

// date returns midnight UTC of the calendar day y-m-d, normalising overflow
// the way time.Date does.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// day returns the calendar day of t (its own date, midnight UTC).
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return date(y, m, d)
}

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtMonth(y int, m time.Month) string {
	// Normalise month overflow (month 0 = December of the year before).
	t := date(y, m, 1)
	return fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month()))
}

func fmtYear(y int) string { return fmt.Sprintf("%04d", y) }

func fmtDecade(y int) string { return fmt.Sprintf("%03d", y/10) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// fmtWeekend gives the TimeML value of the weekend holding Saturday sat.
func fmtWeekend(sat time.Time) string { return fmtWeek(sat) + "-WE" }

// validYear reports whether y can be written with four digits.
func validYear(y int) bool { return y >= 0 && y <= 9999 }

// format renders t at the given precision; "" when the year is out of range.
func format(t time.Time, prec string) string {
	if !validYear(t.Year()) {
		return ""
	}
	switch prec {
	case PrecDay:
		return fmtDay(t)
	case PrecWeek:
		return fmtWeek(t)
	case PrecMonth:
		return fmtMonth(t.Year(), t.Month())
	case PrecYear:
		return fmtYear(t.Year())
	case PrecDecade:
		return fmtDecade(t.Year())
	}
	return ""
}

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := date(y, time.January, 4)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -off+7*(w-1))
}

// Anchor parses a TimeExpr value back into the first day of the period it
// names: "2022-09-21" (day), "2022-09" (month), "2022" (year), "199"
// (decade: 1990-01-01), "2022-W37" (the Monday of ISO week 37) and
// "2022-W37-WE" (the Saturday of that week). Durations ("P3Y"), the empty
// value and anything else give ok == false. The time is midnight UTC.
func Anchor(value string) (t time.Time, ok bool) {
	v := value
	weekend := strings.HasSuffix(v, "-WE")
	if weekend {
		v = strings.TrimSuffix(v, "-WE")
	}
	num := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	switch {
	case len(v) == 10 && v[4] == '-' && v[7] == '-' && !weekend:
		tt, err := time.Parse("2006-01-02", v)
		if err != nil {
			return time.Time{}, false
		}
		return tt, true
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		y, ok1 := num(v[:4])
		w, ok2 := num(v[6:])
		if !ok1 || !ok2 || w < 1 || w > 53 {
			return time.Time{}, false
		}
		mon := isoWeekMonday(y, w)
		if yy, ww := mon.ISOWeek(); yy != y || ww != w {
			return time.Time{}, false // week 53 of a 52-week year
		}
		if weekend {
			return mon.AddDate(0, 0, 5), true
		}
		return mon, true
	case weekend:
		return time.Time{}, false
	case len(v) == 7 && v[4] == '-':
		y, ok1 := num(v[:4])
		m, ok2 := num(v[5:])
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return time.Time{}, false
		}
		return date(y, time.Month(m), 1), true
	case len(v) == 4:
		y, ok := num(v)
		if !ok {
			return time.Time{}, false
		}
		return date(y, time.January, 1), true
	case len(v) == 3:
		d, ok := num(v)
		if !ok {
			return time.Time{}, false
		}
		return date(d*10, time.January, 1), true
	}
	return time.Time{}, false
}

// weekdayOffset returns the offset in days from pub's weekday to wd under
// the given reading:
//
//	Past:    the most recent wd on or before pub (0..-6)
//	Future:  the next wd on or after pub (0..6)
//	Unknown: the nearer of the two
//
// strictPast ("last Friday") and strictFuture ("next Friday") never give 0.
func weekdayOffset(pub, wd time.Weekday, tense Tense, strict bool) int {
	back := (int(pub) - int(wd) + 7) % 7
	fwd := (int(wd) - int(pub) + 7) % 7
	switch tense {
	case Past:
		if strict && back == 0 {
			return -7
		}
		return -back
	case Future:
		if strict && fwd == 0 {
			return 7
		}
		return fwd
	}
	if back <= fwd {
		return -back
	}
	return fwd
}

// monthIndex counts months from year 0: y*12 + (m-1).
func monthIndex(y int, m time.Month) int { return y*12 + int(m) - 1 }

// pickMonth chooses the year of month m relative to publication month
// (py, pm): Past = on or before, Future = on or after, Unknown = nearest
// (ties to the past); strict excludes the publication month itself.
func pickMonth(py int, pm, m time.Month, tense Tense, strict bool) int {
	p := monthIndex(py, pm)
	before := py
	if monthIndex(py, m) > p || (strict && monthIndex(py, m) == p) {
		before = py - 1
	}
	after := py
	if monthIndex(py, m) < p || (strict && monthIndex(py, m) == p) {
		after = py + 1
	}
	switch tense {
	case Past:
		return before
	case Future:
		return after
	}
	if p-monthIndex(before, m) <= monthIndex(after, m)-p {
		return before
	}
	return after
}

// pickMonthDay chooses the year of month m, day d relative to pub: Past =
// on or before, Future = on or after, Unknown = nearest (ties to the past).
// ok is false when d does not exist in m of any candidate year.
func pickMonthDay(pub time.Time, m time.Month, d int, tense Tense) (time.Time, bool) {
	var cands []time.Time
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		t := date(y, m, d)
		if t.Month() == m && t.Day() == d {
			cands = append(cands, t)
		}
	}
	if len(cands) == 0 {
		// 29 February: look further for a leap year.
		for k := 2; k <= 4; k++ {
			for _, y := range []int{pub.Year() - k, pub.Year() + k} {
				t := date(y, m, d)
				if t.Month() == m && t.Day() == d {
					cands = append(cands, t)
				}
			}
		}
		if len(cands) == 0 {
			return time.Time{}, false
		}
	}
	p := day(pub)
	var best time.Time
	found := false
	for _, t := range cands {
		switch tense {
		case Past:
			if !t.After(p) && (!found || t.After(best)) {
				best, found = t, true
			}
		case Future:
			if !t.Before(p) && (!found || t.Before(best)) {
				best, found = t, true
			}
		default:
			if !found || absDays(t, p) < absDays(best, p) || (absDays(t, p) == absDays(best, p) && t.Before(best)) {
				best, found = t, true
			}
		}
	}
	if !found { // every candidate on the wrong side: take the nearest
		return pickMonthDay(pub, m, d, Unknown)
	}
	return best, true
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

// weekendSaturday returns the Saturday of the weekend meant relative to pub.
// rel is -1 for "last weekend", +1 for "next weekend", 0 for "this/the
// weekend" read with tense.
func weekendSaturday(pub time.Time, rel int, tense Tense) time.Time {
	p := day(pub)
	back := (int(p.Weekday()) - int(time.Saturday) + 7) % 7 // days since Saturday
	sat0 := p.AddDate(0, 0, -back)                          // most recent Saturday on or before pub
	inWeekend := p.Weekday() == time.Saturday || p.Weekday() == time.Sunday
	next := sat0.AddDate(0, 0, 7)
	switch rel {
	case -1:
		if inWeekend {
			return sat0.AddDate(0, 0, -7)
		}
		return sat0
	case 1:
		return next
	}
	if inWeekend {
		return sat0
	}
	switch tense {
	case Past:
		return sat0
	case Future:
		return next
	}
	if p.Weekday() <= time.Wednesday {
		return sat0
	}
	return next
}
