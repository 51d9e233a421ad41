package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// rawArticle is one JSON Lines object; unknown fields are ignored. The id
// is raw so that a number is accepted; a "text" that is absent is told
// from an empty one by its pointer.
type rawArticle struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Date      string          `json:"date"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	Outlet    string          `json:"outlet"`
	URL       string          `json:"url"`
}

// readLine returns the article of the next non-blank line.
func (r *Reader) readLine() (*dyad.Article, error) {
	for {
		line, tooLong, err := r.nextLine()
		if err == io.EOF {
			r.done = true
			if !r.nonBlank {
				return nil, r.invalid(errors.New("empty input"))
			}
			return nil, io.EOF
		}
		if err != nil {
			r.done = true
			return nil, &dyad.Error{Code: dyad.EInternal, Origin: r.origin(), Err: fmt.Errorf("read: %w", err)}
		}
		if tooLong {
			r.nonBlank = true
			return nil, &dyad.Error{Code: dyad.EInvalid, Origin: r.origin(),
				Err: fmt.Errorf("line longer than %d MiB, skipped", MaxLineSize>>20)}
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		r.nonBlank = true
		return r.parse(line)
	}
}

// origin is "file:line" of the last line read.
func (r *Reader) origin() string {
	return r.name + ":" + strconv.Itoa(r.line)
}

// nextLine reads the next line without its line ending ("\n" or "\r\n")
// into r.buf. A line longer than MaxLineSize is read to its end and
// dropped (tooLong), so memory stays bounded. It returns io.EOF when no
// bytes are left.
func (r *Reader) nextLine() (line []byte, tooLong bool, err error) {
	if cap(r.buf) > 4<<20 {
		r.buf = nil // do not keep the buffer of one huge line
	}
	r.buf = r.buf[:0]
	read := false
	for {
		chunk, err := r.br.ReadSlice('\n')
		if len(chunk) > 0 {
			read = true
		}
		if !tooLong {
			if len(r.buf)+len(chunk) > MaxLineSize+2 {
				tooLong = true
				r.buf = r.buf[:0]
			} else {
				r.buf = append(r.buf, chunk...)
			}
		}
		switch {
		case err == nil || (err == io.EOF && read):
			r.line++
			line = r.buf
			line = bytes.TrimSuffix(line, []byte("\n"))
			line = bytes.TrimSuffix(line, []byte("\r"))
			if len(line) > MaxLineSize {
				tooLong = true
			}
			return line, tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return nil, false, err
		}
	}
}

// parse turns one non-blank line into an article.
func (r *Reader) parse(line []byte) (*dyad.Article, error) {
	origin := r.origin()
	var warnings []string
	if !utf8.Valid(line) {
		warnings = append(warnings, origin+": invalid UTF-8 replaced with U+FFFD")
		line = bytes.ToValidUTF8(line, []byte("\uFFFD"))
	}
	bad := func(id string, err error) error {
		return &dyad.Error{Code: dyad.EInvalid, Origin: origin, Article: id, Err: err}
	}
	if line[0] != '{' {
		return nil, bad("", fmt.Errorf("not a JSON object: line starts %s", snippet(line)))
	}
	var raw rawArticle
	err := json.Unmarshal(line, &raw)
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te) && te.Field != "" && te.Field != "id":
		// The other fields were decoded: get the id for the message.
		id, _ := idField(raw.ID)
		return nil, bad(strings.TrimSpace(id), fmt.Errorf("field %q: want a string, got %s", te.Field, te.Value))
	case err != nil && !errors.As(err, &te):
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, bad("", fmt.Errorf("not a JSON object: %v: line starts %s", err, snippet(line)))
		}
		return nil, bad("", fmt.Errorf("not a JSON object: %v", err))
	}
	id, err := idField(raw.ID)
	if err != nil {
		return nil, bad("", err)
	}
	if id = strings.TrimSpace(id); id == "" {
		id = r.idBase + ":" + strconv.Itoa(r.line)
	} else if first := r.duplicate(id); first > 0 {
		warnings = append(warnings, fmt.Sprintf("%s: duplicate id %q (first at line %d)", origin, id, first))
	}
	if raw.Text == nil {
		return nil, bad(id, errors.New(`missing field "text"`))
	}
	if strings.TrimSpace(*raw.Text) == "" {
		return nil, bad(id, errors.New(`field "text" is empty`))
	}
	a := &dyad.Article{ID: id, Text: *raw.Text, Title: raw.Title, Outlet: raw.Outlet, URL: raw.URL,
		Origin: origin, Published: r.opts.Published, Warnings: warnings}
	for _, f := range []struct{ name, value string }{{"date", raw.Date}, {"published", raw.Published}} {
		s := strings.TrimSpace(f.value)
		if s == "" {
			continue
		}
		t, err := ParseDate(s)
		if err != nil {
			return nil, bad(id, fmt.Errorf("field %q: %w", f.name, err))
		}
		a.Published = t
		break
	}
	return a, nil
}

// duplicate records id as seen on the current line and returns the line
// where it was first seen, 0 if this is the first time. Ids are kept as
// 64-bit hashes so that memory stays small on large inputs; a collision
// (about one chance in 10^8 for a million ids) gives a false warning.
func (r *Reader) duplicate(id string) int {
	if r.seen == nil {
		r.seen = make(map[uint64]int)
	}
	h := maphash.String(r.seed, id)
	if first, ok := r.seen[h]; ok && first != r.line {
		return first
	}
	r.seen[h] = r.line
	return 0
}

// idField decodes the id: a string or a number (kept as written); absent
// and null are "".
func idField(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf(`field "id": %w`, err)
		}
		return s, nil
	case c == '-' || c >= '0' && c <= '9':
		return string(raw), nil
	}
	return "", fmt.Errorf(`field "id": want a string, got %s`, kind(raw[0]))
}

// kind names the JSON type of a value from its first byte, as
// json.UnmarshalTypeError does.
func kind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	}
	return "number"
}

// snippet quotes the start of a line for an error message.
func snippet(line []byte) string {
	const max = 40
	if len(line) <= max {
		return strconv.Quote(string(line))
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(line[cut]) {
		cut--
	}
	return strconv.Quote(string(line[:cut])) + "..."
}
