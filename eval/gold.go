// Package eval scores coded events against gold annotations: the seed
// article's hand annotation and the sentence-level gold sets (PLOVER and
// CAMEO), at the three levels of the design notes (country + root, + first
// role, full code). `dyad eval` and the benchmarks use it.
package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Kinds of gold file.
const (
	// KindSentences is a JSON Lines file, one scored sentence per line.
	KindSentences = "sentences"
	// KindArticle is one JSON object annotating a whole article whose text
	// is in the file named by its "file" field (the seed's shape).
	KindArticle = "article"
)

// Schemes compared at level 3.
const (
	SchemeCAMEO  = "CAMEO"
	SchemePLOVER = "PLOVER"
)

// Gold is a loaded gold file.
type Gold struct {
	// Path is the file it was read from.
	Path string
	// Kind is KindSentences or KindArticle.
	Kind string
	// Scheme says what level 3 compares: SchemeCAMEO (the predicted CAMEO
	// code must be one of the gold codes) or SchemePLOVER (the predicted
	// PLOVER type must equal the gold type). It is PLOVER when the gold
	// events carry PLOVER types and no CAMEO codes.
	Scheme string
	Items  []Item
}

// Item is one scored unit: a sentence of a JSON Lines gold file, or the
// whole article of the seed shape.
type Item struct {
	ID string
	// Text is the text to code. A sentence given with an empty "text" and a
	// CoNLL-U "parse" gets the words of the parse.
	Text string
	// Published is the publication date, the zero time when the gold has none.
	Published time.Time
	// Origin is where the item was read ("gold.jsonl:12"), for messages.
	Origin string
	// Events are the gold events a coder must find.
	Events []GoldEvent
	// Optional are defensible events that neither add nor cost.
	Optional []GoldEvent
}

// GoldEvent is one gold event.
type GoldEvent struct {
	Source string
	Target string
	// Roots are the acceptable CAMEO roots: `cameo_roots` if present (with
	// `root` first when it is among them), else `root`, else the first two
	// digits of the CAMEO codes. Roots[0] labels the event in per-root tables.
	Roots []string
	// Codes are the acceptable full CAMEO codes: `codes`, or `code` when it
	// is a CAMEO code; empty when the gold gives none.
	Codes []string
	// PLOVER is the PLOVER type, when the gold gives one.
	PLOVER string
	// Date is the event date ("2022-09-21", "2019-12"), "" when not given.
	Date string
}

// rawEvent is a gold event as written in either shape.
type rawEvent struct {
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Root       string   `json:"root"`
	Code       string   `json:"code"`
	Codes      []string `json:"codes"`
	CAMEORoots []string `json:"cameo_roots"`
	CAMEO      *bool    `json:"cameo"`
	Scheme     string   `json:"scheme"`
	PLOVER     string   `json:"plover"`
	Date       string   `json:"date"`
}

// rawItem is a line of a JSON Lines gold file, or the seed object.
type rawItem struct {
	ID        string     `json:"id"`
	Text      string     `json:"text"`
	File      string     `json:"file"`
	Date      string     `json:"date"`
	Published string     `json:"published"`
	Parse     string     `json:"parse"`
	ParseFmt  string     `json:"parse_format"`
	Events    []rawEvent `json:"events"`
	Optional  []rawEvent `json:"optional_events"`
}

// Load reads a gold file. A JSON object with "events" and "file" is the
// article shape (the seed): its text is read from "file", resolved relative
// to the gold file's folder. Anything else is read as JSON Lines, one
// sentence per line; blank lines are skipped. Errors name the file and line.
func Load(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(data, &obj) == nil && obj["events"] != nil && obj["file"] != nil {
		return loadArticle(path, data)
	}
	return loadSentences(path, data)
}

func loadArticle(path string, data []byte) (*Gold, error) {
	var r rawItem
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("eval: %s:%d: %w", path, errLine(data, err), err)
	}
	if r.File == "" {
		return nil, fmt.Errorf("eval: %s:1: empty \"file\"", path)
	}
	textPath := r.File
	if !filepath.IsAbs(textPath) {
		textPath = filepath.Join(filepath.Dir(path), textPath)
	}
	text, err := os.ReadFile(textPath)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: text of the article: %w", path, err)
	}
	it, err := newItem(r, textPath)
	if err != nil {
		return nil, fmt.Errorf("eval: %s:1: %w", path, err)
	}
	it.Text = string(text)
	if it.ID == "" {
		it.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	g := &Gold{Path: path, Kind: KindArticle, Items: []Item{it}}
	g.Scheme = schemeOf(g.Items)
	return g, nil
}

func loadSentences(path string, data []byte) (*Gold, error) {
	g := &Gold{Path: path, Kind: KindSentences}
	seen := map[string]int{}
	for n, line := range bytes.Split(data, []byte("\n")) {
		lineNo := n + 1
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var r rawItem
		if err := json.Unmarshal(line, &r); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", path, lineNo, err)
		}
		origin := fmt.Sprintf("%s:%d", path, lineNo)
		it, err := newItem(r, origin)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", origin, err)
		}
		if it.ID == "" {
			it.ID = fmt.Sprintf("%s:%d", filepath.Base(path), lineNo)
		}
		if it.Text == "" && r.ParseFmt == "conllu" {
			it.Text = conlluText(r.Parse)
		}
		if prev, ok := seen[it.ID]; ok {
			return nil, fmt.Errorf("eval: %s: id %q already used on line %d", origin, it.ID, prev)
		}
		seen[it.ID] = lineNo
		g.Items = append(g.Items, it)
	}
	if len(g.Items) == 0 {
		return nil, fmt.Errorf("eval: %s: no gold items", path)
	}
	g.Scheme = schemeOf(g.Items)
	return g, nil
}

func newItem(r rawItem, origin string) (Item, error) {
	it := Item{ID: r.ID, Text: r.Text, Origin: origin}
	date := r.Published
	if date == "" {
		date = r.Date
	}
	if date != "" {
		t, err := parseDate(date)
		if err != nil {
			return it, err
		}
		it.Published = t
	}
	var err error
	if it.Events, err = newEvents(r.Events, "event"); err != nil {
		return it, err
	}
	if it.Optional, err = newEvents(r.Optional, "optional event"); err != nil {
		return it, err
	}
	return it, nil
}

func newEvents(raw []rawEvent, what string) ([]GoldEvent, error) {
	var out []GoldEvent
	for i, r := range raw {
		e, err := newEvent(r)
		if err != nil {
			return nil, fmt.Errorf("%s %d: %w", what, i, err)
		}
		out = append(out, e)
	}
	return out, nil
}

func newEvent(r rawEvent) (GoldEvent, error) {
	e := GoldEvent{Source: r.Source, Target: r.Target, Date: r.Date, PLOVER: r.PLOVER}
	e.Codes = appendUnique(e.Codes, r.Codes...)
	plover := strings.HasPrefix(strings.ToUpper(r.Scheme), SchemePLOVER)
	switch {
	case r.Code == "":
	case plover:
		e.PLOVER = r.Code
	case isCAMEO(r):
		e.Codes = appendUnique(e.Codes, r.Code)
	}
	switch {
	case len(r.CAMEORoots) > 0:
		if slices.Contains(r.CAMEORoots, r.Root) {
			e.Roots = []string{r.Root}
		}
		e.Roots = appendUnique(e.Roots, r.CAMEORoots...)
	case r.Root != "":
		e.Roots = []string{r.Root}
	default:
		for _, c := range e.Codes {
			if len(c) >= 2 {
				e.Roots = appendUnique(e.Roots, c[:2])
			}
		}
	}
	if e.Date != "" && !validDatePrefix(e.Date) {
		return e, fmt.Errorf("bad date %q", e.Date)
	}
	return e, nil
}

// isCAMEO reports whether an event's `code` is a CAMEO code: the record says
// so ("cameo": true), or it says nothing and the code is three or four
// digits with no other scheme named.
func isCAMEO(r rawEvent) bool {
	if r.CAMEO != nil {
		return *r.CAMEO
	}
	if r.Scheme != "" && !strings.HasPrefix(strings.ToUpper(r.Scheme), SchemeCAMEO) {
		return false
	}
	if len(r.Code) < 3 || len(r.Code) > 4 {
		return false
	}
	for _, c := range r.Code {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func schemeOf(items []Item) string {
	plover, codes := false, false
	for _, it := range items {
		for _, evs := range [][]GoldEvent{it.Events, it.Optional} {
			for _, e := range evs {
				plover = plover || e.PLOVER != ""
				codes = codes || len(e.Codes) > 0
			}
		}
	}
	if plover && !codes {
		return SchemePLOVER
	}
	return SchemeCAMEO
}

// conlluText rebuilds a sentence from the FORM column of a CoNLL-U parse,
// honouring SpaceAfter=No; a multiword token's surface form replaces its
// words.
func conlluText(parse string) string {
	var b strings.Builder
	skipTo := 0
	for line := range strings.SplitSeq(parse, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 10 || strings.HasPrefix(line, "#") || strings.Contains(f[0], ".") {
			continue
		}
		if _, hi, ok := strings.Cut(f[0], "-"); ok {
			fmt.Sscan(hi, &skipTo)
		} else {
			n := 0
			fmt.Sscan(f[0], &n)
			if n <= skipTo {
				continue
			}
		}
		b.WriteString(f[1])
		if !strings.Contains(f[9], "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// parseDate reads a publication date: "2006-01-02", an RFC 3339 time, or
// "20060102".
func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q", s)
}

// validDatePrefix accepts "2019", "2019-12" and "2019-12-05".
func validDatePrefix(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// errLine returns the 1-based line of a JSON decoding error in data, 1 when
// the error has no offset.
func errLine(data []byte, err error) int {
	var off int64
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

func appendUnique(dst []string, src ...string) []string {
	for _, s := range src {
		if s != "" && !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}
