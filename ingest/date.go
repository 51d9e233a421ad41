package ingest

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the publication-date forms ParseDate accepts, tried in
// order.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339, // fractional seconds are accepted too
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04Z07:00",
	time.DateTime, // "2006-01-02 15:04:05"
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04",
	time.RFC1123, // "Mon, 02 Jan 2006 15:04:05 MST"
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"2006/01/02",
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"Jan 2, 2006",
}

// ParseDate parses a publication date: YYYY-MM-DD, RFC 3339 (with or
// without fractional seconds or zone), "2006-01-02 15:04:05", RFC 1123 and
// the RSS variants of RFC 822, ANSI C and Unix date, "2006/01/02",
// "2 January 2006" and "January 2, 2006". The time keeps the zone it was
// written in, so its calendar date is the date the writer meant.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot parse %q as a date (want YYYY-MM-DD, RFC 3339 or RFC 1123)", s)
}
