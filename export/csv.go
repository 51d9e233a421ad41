package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/dyadproject/dyad"
)

// CSVHeader is the header row of the CSV format, one column per field.
var CSVHeader = []string{
	"id", "article_id", "date", "date_precision", "source", "target",
	"cameo", "root", "goldstein", "plover", "plover_mode", "modality",
	"negated", "confidence", "place_name", "place_country", "place_lat",
	"place_lon", "canonical", "sources", "trigger",
}

type csvWriter struct {
	cw     *csv.Writer
	header bool
	row    []string
}

// NewCSV returns a Writer of CSV (RFC 4180 quoting, "\n" line ends): the
// CSVHeader row, written before the first event (or on Close when there
// is none), then one row per event. Numbers are written in their
// shortest exact form; negated is "true" or "false"; the place columns
// are empty when the event has no place; trigger is the trigger text.
func NewCSV(w io.Writer) Writer {
	return &csvWriter{cw: csv.NewWriter(w), row: make([]string, 0, len(CSVHeader))}
}

func (c *csvWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	if err := c.cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	return nil
}

func (c *csvWriter) Write(ev *dyad.StoredEvent) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	var name, country, lat, lon string
	if p := ev.Place; p != nil {
		name, country, lat, lon = p.Name, p.Country, num(p.Lat), num(p.Lon)
	}
	c.row = append(c.row[:0],
		strconv.FormatInt(ev.ID, 10), ev.ArticleID, ev.Date, ev.DatePrecision,
		ev.Source, ev.Target, ev.CAMEO, ev.Root, num(ev.Goldstein),
		ev.PLOVER, ev.PLOVERMode, ev.Modality, strconv.FormatBool(ev.Negated),
		num(ev.Confidence), name, country, lat, lon,
		strconv.FormatInt(ev.Canonical, 10), strconv.Itoa(ev.Sources), ev.Trigger.Text)
	if err := c.cw.Write(c.row); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	return nil
}

func (c *csvWriter) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	return nil
}

// num formats a float in its shortest exact decimal form.
func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
