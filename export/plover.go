package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dyadproject/dyad"
)

// PLOVEREvent is one event in the PLOVER JSON export. Its field names
// follow the event structure of the PLOVER draft codebook (0.8, Open Event
// Data Alliance) as we read it: an event type with its mode, source and
// target actors, a date and a location; the cameo field and the fields
// after it are dyad's own, which PLOVER allows as extensions. Fields:
//
//   - id: "dyad-" and the stored event id.
//   - date: the event date as dyad normalised it (YYYY-MM-DD, YYYY-MM,
//     YYYY or a decade); date_precision: day, month, year, decade or
//     publication (dated by the article's publication date).
//   - event: the PLOVER event type (CONSULT, AID, ...), "" for events
//     PLOVER drops (CAMEO 01 and 02 statements and appeals).
//   - mode: the PLOVER mode of the event type, "" when none was coded.
//   - source, target: the actors (see PLOVERActor), absent when unknown.
//   - location: the place of the event, absent when unknown.
//   - cameo: the CAMEO event code; root its two-digit root; goldstein
//     its Goldstein score.
//   - negated, modality (asserted, intended, hypothetical, reported,
//     historical), reported_by, confidence: how the event was stated.
//   - text: the trigger text; article_id, sentences: the evidence.
//   - canonical, sources: the canonical event and its number of articles.
type PLOVEREvent struct {
	ID            string          `json:"id"`
	Date          string          `json:"date"`
	DatePrecision string          `json:"date_precision,omitempty"`
	Event         string          `json:"event"`
	Mode          string          `json:"mode"`
	Source        *PLOVERActor    `json:"source,omitempty"`
	Target        *PLOVERActor    `json:"target,omitempty"`
	Location      *PLOVERLocation `json:"location,omitempty"`
	CAMEO         string          `json:"cameo"`
	Root          string          `json:"root,omitempty"`
	Goldstein     float64         `json:"goldstein"`
	Negated       bool            `json:"negated"`
	Modality      string          `json:"modality,omitempty"`
	ReportedBy    string          `json:"reported_by,omitempty"`
	Confidence    float64         `json:"confidence"`
	Text          string          `json:"text,omitempty"`
	ArticleID     string          `json:"article_id"`
	Sentences     []int           `json:"sentences,omitempty"`
	Canonical     int64           `json:"canonical,omitempty"`
	Sources       int             `json:"sources,omitempty"`
}

// PLOVERActor is a source or target actor: its CAMEO-style code
// ("KORGOV"), the country part ("KOR") and the first role ("GOV",
// PLOVER's sector), the last two omitted when the code has none.
type PLOVERActor struct {
	Code    string `json:"code"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
}

// PLOVERLocation is where an event happened: the place name, its country
// code (ISO 3166 alpha-3, as CAMEO uses) and coordinates in degrees.
type PLOVERLocation struct {
	PlaceName string  `json:"placename"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
}

// ToPLOVER converts a stored event to its PLOVER JSON form.
func ToPLOVER(ev *dyad.StoredEvent) PLOVEREvent {
	p := PLOVEREvent{
		ID:            fmt.Sprintf("dyad-%d", ev.ID),
		Date:          ev.Date,
		DatePrecision: ev.DatePrecision,
		Event:         ev.PLOVER,
		Mode:          ev.PLOVERMode,
		Source:        ploverActor(ev.Source),
		Target:        ploverActor(ev.Target),
		CAMEO:         ev.CAMEO,
		Root:          ev.Root,
		Goldstein:     ev.Goldstein,
		Negated:       ev.Negated,
		Modality:      ev.Modality,
		ReportedBy:    ev.ReportedBy,
		Confidence:    ev.Confidence,
		Text:          ev.Trigger.Text,
		ArticleID:     ev.ArticleID,
		Sentences:     ev.Sentences,
		Canonical:     ev.Canonical,
		Sources:       ev.Sources,
	}
	if pl := ev.Place; pl != nil {
		p.Location = &PLOVERLocation{PlaceName: pl.Name, Country: pl.Country, Lat: pl.Lat, Lon: pl.Lon}
	}
	return p
}

func ploverActor(code string) *PLOVERActor {
	if code == "" {
		return nil
	}
	return &PLOVERActor{Code: code, Country: dyad.ActorCountry(code), Sector: dyad.ActorRole(code)}
}

type ploverWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewPLOVER returns a Writer of PLOVER JSON: one PLOVEREvent object per
// line (JSON Lines), HTML characters unescaped.
func NewPLOVER(w io.Writer) Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &ploverWriter{bw: bw, enc: enc}
}

func (p *ploverWriter) Write(ev *dyad.StoredEvent) error {
	pe := ToPLOVER(ev)
	if err := p.enc.Encode(&pe); err != nil {
		return fmt.Errorf("export: plover: %w", err)
	}
	return nil
}

func (p *ploverWriter) Close() error {
	if err := p.bw.Flush(); err != nil {
		return fmt.Errorf("export: plover: %w", err)
	}
	return nil
}
