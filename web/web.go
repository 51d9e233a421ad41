// Package web serves dyad's pages over a dyad.Store: a search of events
// (/), a dyad page with a cooperation/conflict timeline chart, the "last
// meeting" answer and the evidence (/dyads/{a}/{b}), and an article page
// with its entities, event triggers and quotes highlighted in the text
// (/articles/{id}). Pages are rendered on the server with html/template,
// which escapes everything; the only scripts are our own static/dyad.js
// and the vendored chart library (uPlot, static/vendor/, fetched again by
// vendor.sh), all embedded, so the pages work offline and under a
// Content-Security-Policy without inline scripts.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// TextFunc returns the text of a stored article, or an error with code
// dyad.ENotFound when it does not know it.
type TextFunc func(ctx context.Context, id string) (string, error)

// Options configure the pages.
type Options struct {
	// Store answers every query. Required.
	Store dyad.Store
	// Text gives the article texts that the highlights and evidence
	// sentences are cut from; when nil, the Store's ArticleText. An
	// article whose text it does not know (dyad.ENotFound) is shown as
	// the lists of its entities, events and quotes without the text.
	Text TextFunc
	// Logger receives the detail of internal errors; slog.Default() when
	// nil.
	Logger *slog.Logger
	// Now gives today for the "last meeting" answer; time.Now when nil.
	Now func() time.Time
}

// Limits of the pages.
const (
	// PageSize is the number of events in one page of search results.
	PageSize = 50
	// EvidenceSize is the number of events in the evidence list of a dyad
	// page.
	EvidenceSize = 100
	// maxOffset is the largest offset= of a search.
	maxOffset = 100_000
)

// site holds the parsed templates and options of one handler.
type site struct {
	opts  Options
	log   *slog.Logger
	cb    *codebook.Codebook
	pages map[string]*template.Template
}

// New returns the handler of the pages:
//
//	GET /                  search events (?a=&b=&root=&plover=&modality=&from=&to=&canonical=&offset=)
//	GET /dyads/{a}/{b}     timeline chart, last meeting and evidence (?period=&before=&from=&to=&root=)
//	GET /articles/{id}     an article with highlights
//	GET /static/...        the embedded scripts and stylesheets
//
// Other paths are a 404 page. Every answer carries the headers of
// Secure. New fails when Store is nil or the embedded codebook cannot be
// loaded.
func New(opts Options) (http.Handler, error) {
	if opts.Store == nil {
		return nil, errors.New("web: no store")
	}
	if opts.Text == nil {
		opts.Text = opts.Store.ArticleText
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	cb, err := codebook.Default()
	if err != nil {
		return nil, fmt.Errorf("web: codebook: %w", err)
	}
	s := &site{opts: opts, log: opts.Logger, cb: cb, pages: map[string]*template.Template{}}
	if s.log == nil {
		s.log = slog.Default()
	}
	for _, name := range []string{"search", "dyad", "article", "error"} {
		t, err := template.New("base.html").Funcs(funcs).ParseFS(templateFS, "templates/base.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("web: static: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.search)
	mux.HandleFunc("GET /dyads/{a}/{b}", s.dyad)
	mux.HandleFunc("GET /articles/{id...}", s.article)
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") { // no folder listings
			s.fail(w, r, &dyad.Error{Code: dyad.ENotFound, Op: "web", Err: fmt.Errorf("no page at %s", r.URL.Path)})
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, &dyad.Error{Code: dyad.ENotFound, Op: "web", Err: fmt.Errorf("no page at %s", r.URL.Path)})
	})
	return Secure(mux), nil
}

// ContentSecurityPolicy is the policy of every answer: scripts, styles,
// data and forms from this origin only; no inline script or style
// element, no plugins, no framing.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Secure wraps h so that every answer carries security headers: the
// Content-Security-Policy above, X-Content-Type-Options nosniff,
// X-Frame-Options DENY and Referrer-Policy same-origin. Headers h sets
// itself win.
func Secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", ContentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// render writes the page name with data and status.
func (s *site) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	t := s.pages[name]
	var buf writerBuffer
	if err := t.Execute(&buf, data); err != nil {
		s.log.Error("web: render", "page", name, "path", r.URL.Path, "err", err)
		if name != "error" {
			s.fail(w, r, &dyad.Error{Code: dyad.EInternal, Op: "web.render", Err: err})
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.b)
}

// writerBuffer collects a rendered page so that a template error can
// still answer with an error page.
type writerBuffer struct{ b []byte }

func (b *writerBuffer) Write(p []byte) (int, error) {
	b.b = append(b.b, p...)
	return len(p), nil
}

// errorPage is the data of the error template.
type errorPage struct {
	Title   string
	Status  int
	Message string
}

// fail answers with the error page: 400 for invalid input, 404 for
// missing things, 500 (with the detail logged, not shown) otherwise.
func (s *site) fail(w http.ResponseWriter, r *http.Request, err error) {
	p := errorPage{Message: err.Error()}
	switch dyad.ErrorCode(err) {
	case dyad.EInvalid:
		p.Status, p.Title = http.StatusBadRequest, "Bad request"
	case dyad.ENotFound:
		p.Status, p.Title = http.StatusNotFound, "Not found"
	default:
		s.log.Error("web: internal error", "path", r.URL.Path, "err", err)
		p.Status, p.Title, p.Message = http.StatusInternalServerError, "Internal error", "Something went wrong on our side; the server log has the detail."
	}
	s.render(w, r, p.Status, "error", p)
}

// invalid returns an EInvalid error about a form field.
func invalid(field, format string, args ...any) error {
	return &dyad.Error{Code: dyad.EInvalid, Op: "web", Err: fmt.Errorf("%s: "+format, append([]any{field}, args...)...)}
}
