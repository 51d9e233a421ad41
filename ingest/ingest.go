// Package ingest reads news articles from plain-text files, JSON Lines,
// RSS/Atom feeds and HTML pages, local or fetched from http(s) URLs,
// streaming, with error messages that say where a bad article is
// ("articles.jsonl:12: ...", "https://example.org/feed.xml#3: ...").
//
// A Reader returns one article at a time. A bad article is an error the
// caller reports before asking for the next one; reading goes on with the
// rest of the input. JSON Lines input is read line by line, so memory does
// not grow with the size of the input.
//
// Text is always valid UTF-8: invalid bytes are replaced with U+FFFD (one
// replacement per run of bad bytes, as strings.ToValidUTF8 does) and the
// article carries a warning naming the file and line. Byte offsets computed
// by later stages are therefore offsets into the repaired text, which
// differs from the input bytes only where the input was not UTF-8, and
// lacks a leading UTF-8 byte-order mark if the input had one.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/mmcdole/gofeed"
)

// Format is an input format.
type Format int

// Input formats.
const (
	// FormatAuto picks the format from the Content-Type of a URL, the
	// file extension, then the content: input whose first non-space byte
	// is '{' is JSON Lines, markup with <rss, <feed or <rdf:RDF is a feed,
	// markup with <html, <head or <body is HTML, other input is text.
	FormatAuto Format = iota
	// FormatText is one article per input, the whole input being its text.
	FormatText
	// FormatJSONL is one JSON object per line with at least "text".
	FormatJSONL
	// FormatFeed is an RSS, Atom or JSON feed: one article per item.
	FormatFeed
	// FormatHTML is a web page: one article, its main text extracted.
	FormatHTML
)

// String returns "auto", "text", "jsonl", "feed" or "html".
func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatJSONL:
		return "jsonl"
	case FormatFeed:
		return "feed"
	case FormatHTML:
		return "html"
	}
	return "auto"
}

// Limits of the input.
const (
	// MaxTextSize is the largest plain-text article, in bytes.
	MaxTextSize = 32 << 20
	// MaxLineSize is the longest JSON Lines line, in bytes, without its
	// line ending. A longer line is an error and is skipped.
	MaxLineSize = 64 << 20
	// sniffSize is how much of the input is examined to detect binary data
	// and the format.
	sniffSize = 8 << 10
)

// StdinName is the name under which standard input appears in messages.
const StdinName = "<stdin>"

// Options say how to read an input. The zero value reads with format
// detection and no default publication date.
type Options struct {
	// Published is the publication date of plain-text articles and of JSON
	// Lines articles without "date" or "published"; the zero time leaves
	// it unknown.
	Published time.Time
	// Format forces the input format; FormatAuto (the default) detects it.
	Format Format
	// Stdin is read by Open for the path "-". Nil means Open("-") fails.
	Stdin io.Reader
	// FileID, when set, names the articles of a file (not of standard
	// input or a URL) from its path as given to Open or NewReader: it is
	// the id of a plain-text article and of an HTML page without a
	// canonical URL, and the prefix ("name:line", "name:item") of JSON
	// Lines articles and feed items without ids. An empty result keeps
	// the default: the base name without extension for a whole-file
	// article, the base name for the prefix. dyad ingest uses it to make
	// story.txt and story.html of one folder two articles.
	FileID func(path string) string

	// Client fetches URLs (Open of an http(s) URL, feed items); nil uses
	// a client made by NewClient(0).
	Client *http.Client
	// MaxBody is the largest body read from a URL, in bytes; 0 means
	// DefaultMaxBody.
	MaxBody int64
	// FetchItems replaces the text of a feed item that is only a summary
	// by the article of its linked page.
	FetchItems bool
	// Context bounds the fetches; nil means context.Background().
	Context context.Context
}

// Reader reads articles from one input. It is not safe for concurrent use.
//
// Its memory does not grow with the input, except for the ids seen in a
// JSON Lines input, which are kept as 64-bit hashes to warn about
// duplicates: about 25 bytes per distinct id (10 MB for 360,000 articles).
type Reader struct {
	name   string // for messages: "file.jsonl" or "<stdin>"
	idBase string // id prefix of JSONL lines and feed items without id: base name
	fileID string // id of a whole-file article (text, HTML without canonical URL)
	opts   Options
	br     *bufio.Reader

	started bool
	done    bool
	format  Format

	// Fetched input: the URL after redirects and the Content-Type.
	url         string
	contentType string

	// Feed state: the parsed feed and the number of items returned.
	feed *gofeed.Feed
	item int

	// JSON Lines state.
	line     int    // number of the last line read
	buf      []byte // the current line
	nonBlank bool   // a non-blank line was seen
	seen     map[uint64]int
	seed     maphash.Seed
}

// NewReader returns a Reader of r. name names the input in messages and
// article ids: a file name, or "-" or "<stdin>" for standard input (shown
// as "<stdin>", articles without id called "stdin").
func NewReader(name string, r io.Reader, opts Options) *Reader {
	if name == "-" || name == "" {
		name = StdinName
	}
	base, id := filepath.Base(name), textID(name)
	switch {
	case name == StdinName:
		base = "stdin"
	case opts.FileID != nil && !IsURL(name):
		if v := opts.FileID(name); v != "" {
			base, id = v, v
		}
	}
	return &Reader{
		name:   name,
		idBase: base,
		fileID: id,
		opts:   opts,
		br:     bufio.NewReaderSize(r, 64<<10),
		seed:   maphash.MakeSeed(),
	}
}

// Open opens the file at path for reading, Options.Stdin when path is
// "-", or fetches path when it is an http or https URL (see Fetch; the
// Content-Type then decides the format unless Options.Format is set). A
// URL of any other scheme is refused. The caller closes the returned
// Closer when done (closing it for standard input or a URL does
// nothing).
func Open(path string, opts Options) (*Reader, io.Closer, error) {
	if IsURL(path) {
		ctx := opts.Context
		if ctx == nil {
			ctx = context.Background()
		}
		resp, err := Fetch(ctx, opts.Client, path, opts.MaxBody)
		if err != nil {
			return nil, nil, err
		}
		r := NewReader(path, bytes.NewReader(resp.Body), opts)
		r.url, r.contentType = resp.URL, resp.ContentType
		return r, io.NopCloser(nil), nil
	}
	if path == "-" {
		if opts.Stdin == nil {
			return nil, nil, errors.New("ingest: no standard input")
		}
		return NewReader(StdinName, opts.Stdin, opts), io.NopCloser(nil), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, &dyad.Error{Code: dyad.EInvalid, Origin: path, Err: unwrapPath(err)}
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, nil, &dyad.Error{Code: dyad.EInvalid, Origin: path, Err: errors.New("is a directory")}
	}
	return NewReader(path, f, opts), f, nil
}

// unwrapPath drops the "open PATH:" of an *os.PathError, since the message
// already starts with the path.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Name returns the name of the input as used in messages.
func (r *Reader) Name() string { return r.name }

// Format returns the format of the input, FormatAuto until the first call
// to Next has detected it.
func (r *Reader) Format() Format { return r.format }

// Next returns the next article, or io.EOF at the end of the input.
//
// A bad article (a line that is not JSON, a missing text, a bad date, an
// over-long line) is returned as a *dyad.Error with Code dyad.EInvalid,
// Origin "file:line" and Article the id when known; call Next again for
// the rest of the input. An input that cannot be read at all (empty,
// binary, an I/O error) gives one error and then io.EOF.
func (r *Reader) Next() (*dyad.Article, error) {
	if r.done {
		return nil, io.EOF
	}
	if !r.started {
		r.started = true
		if err := r.start(); err != nil {
			r.done = true
			return nil, err
		}
	}
	switch r.format {
	case FormatText:
		r.done = true
		return r.readText()
	case FormatHTML:
		r.done = true
		return r.readHTML()
	case FormatFeed:
		return r.nextItem()
	}
	return r.readLine()
}

// start detects binary input and the format.
func (r *Reader) start() error {
	head, err := r.br.Peek(sniffSize)
	atEOF := err == io.EOF
	if err != nil && !atEOF {
		return r.fail(err)
	}
	// A byte-order mark is not part of the text.
	if bytes.HasPrefix(head, []byte("\uFEFF")) {
		r.br.Discard(3)
		head = head[3:]
	}
	if atEOF && len(bytes.TrimSpace(head)) == 0 {
		return r.invalid(errors.New("empty input"))
	}
	if isBinary(head) {
		return r.invalid(errors.New("binary input, not text or JSON Lines"))
	}
	r.format = r.opts.Format
	if r.format == FormatAuto {
		r.format = formatOfType(r.contentType)
	}
	if r.format == FormatAuto {
		name := r.name
		if u, err := url.Parse(r.url); err == nil && r.url != "" {
			name = u.Path
		}
		r.format = formatOf(name, head)
	}
	if r.format == FormatFeed {
		return r.readFeed()
	}
	return nil
}

func (r *Reader) invalid(err error) error {
	return &dyad.Error{Code: dyad.EInvalid, Origin: r.name, Err: err}
}

func (r *Reader) fail(err error) error {
	return &dyad.Error{Code: dyad.EInternal, Origin: r.name, Err: fmt.Errorf("read: %w", err)}
}

// formatOf detects the format from the file extension, then from the head
// of the content.
func formatOf(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	case ".txt", ".text", ".md":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".rss", ".atom", ".xml":
		return FormatFeed
	}
	t := bytes.TrimLeft(head, " \t\r\n\f\v")
	if len(t) > 0 && t[0] == '{' {
		return FormatJSONL
	}
	if len(t) > 0 && t[0] == '<' {
		low := bytes.ToLower(t[:min(len(t), 4096)])
		switch {
		case bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")):
			return FormatFeed
		case bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<head")) || bytes.Contains(low, []byte("<body")):
			return FormatHTML
		}
	}
	return FormatText
}

// isBinary reports whether head looks like binary data: it holds a NUL
// byte, or more than one byte in ten is a control character other than
// the usual white space. Bytes of invalid UTF-8 are not control
// characters: such text is repaired, not rejected.
func isBinary(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x1b:
		case c < 0x20 || c == 0x7f:
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// readAll reads the whole input, at most MaxTextSize bytes; what names
// the input in the error for a larger one ("text", "page", "feed").
func (r *Reader) readAll(what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r.br, MaxTextSize+1))
	if err != nil {
		return nil, r.fail(err)
	}
	if len(data) > MaxTextSize {
		return nil, r.invalid(fmt.Errorf("%s larger than %d MiB", what, MaxTextSize>>20))
	}
	return data, nil
}

// readHTML reads the whole input as a web page and extracts its article.
// Its id is the page's canonical URL when it has one, else the URL it was
// fetched from, else the file's id (Options.FileID, by default the base
// name without extension); its
// date is the page's, else Options.Published.
func (r *Reader) readHTML() (*dyad.Article, error) {
	data, err := r.readAll("page")
	if err != nil {
		return nil, err
	}
	p, err := ExtractHTML(data, r.contentType, r.url)
	if err != nil {
		return nil, r.invalid(err)
	}
	a := &dyad.Article{
		ID:        r.fileID,
		Title:     p.Title,
		Outlet:    p.Outlet,
		URL:       p.URL,
		Published: pageDate(p, r.opts.Published),
		Origin:    r.name,
		Text:      p.Text,
	}
	switch {
	case isWebURL(p.URL):
		a.ID = p.URL
	case r.url != "":
		a.ID = r.name
	}
	return a, nil
}

// readText reads the whole input as one article.
func (r *Reader) readText() (*dyad.Article, error) {
	data, err := r.readAll("text")
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, r.invalid(errors.New("empty input"))
	}
	a := &dyad.Article{
		ID:        r.fileID,
		Published: r.opts.Published,
		Origin:    r.name,
	}
	if r.url != "" {
		a.ID = r.name // a fetched text is known by its URL
	}
	if i := invalidUTF8(data); i >= 0 {
		line := 1 + bytes.Count(data[:i], []byte("\n"))
		a.Warnings = append(a.Warnings, fmt.Sprintf("%s:%d: invalid UTF-8 replaced with U+FFFD", r.name, line))
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	a.Text = string(data)
	return a, nil
}

// textID is the id of a plain-text article: the base name of its file
// without extension, "stdin" for standard input.
func textID(name string) string {
	if name == StdinName {
		return "stdin"
	}
	base := filepath.Base(name)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base
}

// invalidUTF8 returns the offset of the first byte of b that is not valid
// UTF-8, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		c, n := utf8.DecodeRune(b[i:])
		if c == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
