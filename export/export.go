// Package export writes stored events in exchange formats: JSON Lines,
// CSV, a GDELT 2.0 event-table compatible TSV and PLOVER-style JSON.
//
// Each format has a streaming Writer (New, or NewJSONL, NewCSV, NewGDELT,
// NewPLOVER) that takes one event at a time, so an export of any size
// needs memory for one page of events only, and a function over a slice
// (JSONL, CSV, GDELT, PLOVER) for small exports and tests.
package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// Writer writes events in one format. Write may buffer; Close flushes
// what is buffered (it does not close the underlying io.Writer). Errors
// are "export: ..." wrapping the cause.
type Writer interface {
	Write(ev *dyad.StoredEvent) error
	Close() error
}

// Formats are the names New accepts, in the order of the help text.
var Formats = []string{"jsonl", "csv", "gdelt", "plover"}

// New returns the Writer of the named format (one of Formats) writing to w.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "jsonl":
		return NewJSONL(w), nil
	case "csv":
		return NewCSV(w), nil
	case "gdelt":
		return NewGDELT(w), nil
	case "plover":
		return NewPLOVER(w), nil
	}
	return nil, fmt.Errorf("export: unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// writeAll writes evs with ew and closes it.
func writeAll(ew Writer, evs []dyad.StoredEvent) error {
	for i := range evs {
		if err := ew.Write(&evs[i]); err != nil {
			return err
		}
	}
	return ew.Close()
}

// JSONL writes evs to w as JSON Lines: one dyad.StoredEvent per line.
func JSONL(w io.Writer, evs []dyad.StoredEvent) error { return writeAll(NewJSONL(w), evs) }

// CSV writes evs to w as CSV with a header row (see NewCSV).
func CSV(w io.Writer, evs []dyad.StoredEvent) error { return writeAll(NewCSV(w), evs) }

// GDELT writes evs to w as GDELT 2.0 event-table rows (see NewGDELT).
func GDELT(w io.Writer, evs []dyad.StoredEvent) error { return writeAll(NewGDELT(w), evs) }

// PLOVER writes evs to w as PLOVER JSON, one object per line (see
// NewPLOVER).
func PLOVER(w io.Writer, evs []dyad.StoredEvent) error { return writeAll(NewPLOVER(w), evs) }

// firstDay returns the first day of a normalised dyad date ("2022-09-21",
// "2019-12", "2019", decades "201X" or "2010s"), and false when the date
// is empty or of none of these forms.
func firstDay(d string) (time.Time, bool) {
	if len(d) >= 10 {
		if t, err := time.Parse(dyad.DateLayout, d[:10]); err == nil {
			return t, true
		}
	}
	if len(d) >= 7 {
		if t, err := time.Parse("2006-01", d[:7]); err == nil {
			return t, true
		}
	}
	if len(d) >= 4 {
		if t, err := time.Parse("2006", d[:4]); err == nil {
			return t, true
		}
		if d[3] == 'X' || d[3] == 'x' {
			if t, err := time.Parse("2006", d[:3]+"0"); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
