// Package httpapi is dyad's HTTP JSON API over a dyad.Store: events,
// dyad timelines, "last/first event between two actors" questions, the
// novelty of an event, top dyads, quotes by speaker,
// stored articles, and coding new articles (POST, behind a bearer token).
//
// Every error is a JSON object {"error": {"code", "message"}} whose code
// and HTTP status are decided in one place (writeError). Handlers log
// nothing themselves; one middleware logs each request with log/slog.
package httpapi

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/dyadproject/dyad"
)

// Request limits.
const (
	// DefaultMaxBody is the largest request body accepted when
	// Options.MaxBody is 0: 1 MiB.
	DefaultMaxBody = 1 << 20
	// DefaultLimit is the page size of /v1/events without limit=.
	DefaultLimit = 100
	// MaxLimit is the largest limit= accepted; more is a 400.
	MaxLimit = 1000
	// MaxOffset is the largest offset= accepted; more is a 400.
	MaxOffset = 1_000_000
)

// Options configure the API.
type Options struct {
	// Store answers the queries and keeps posted articles. Required.
	Store dyad.Store
	// Coder codes posted articles; nil disables POST /v1/articles.
	Coder dyad.Coder
	// Token is the bearer token of the write endpoints; empty disables
	// them (403).
	Token string
	// MaxBody is the largest request body in bytes (DefaultMaxBody when
	// 0); a larger body is a 413.
	MaxBody int64
	// OnStored, when set, is called after a posted article was newly
	// stored (for example to merge its events into canonical events). Its
	// error is reported as the request's error; the article stays stored.
	OnStored func(ctx context.Context, articleID string) error
	// Logger receives one line per request and the detail of internal
	// errors; slog.Default() when nil.
	Logger *slog.Logger
}

// api holds the options of one handler.
type api struct {
	opts Options
	log  *slog.Logger
}

// New returns the API handler:
//
//	GET  /healthz
//	GET  /v1/events?source=&target=&a=&b=&directed=&root=&code=&plover=&modality=&place=&article=&from=&to=&canonical=&level=&occurred=&limit=&offset=
//	GET  /v1/events/{id}/novelty?level=leader|minister|any
//	GET  /v1/dyads?a=&countries=&directed=&root=&code=&plover=&from=&to=...&limit=&offset=
//	GET  /v1/dyads/{a}/{b}/timeline?period=day|week|month|year&root=&code=&plover=&modality=&directed=&canonical=&from=&to=
//	GET  /v1/dyads/{a}/{b}/last?before=YYYY-MM-DD&root=&code=...
//	GET  /v1/dyads/{a}/{b}/first?after=YYYY-MM-DD&root=&code=...
//	GET  /v1/dyads/{a}/{b}/novelty?root=&date=YYYY-MM-DD&level=
//	GET  /v1/quotes?speaker=&exact=&actor=&kind=&article=&from=&to=&limit=&offset=
//	GET  /v1/articles/{id}
//	POST /v1/articles (Authorization: Bearer TOKEN)
//
// Unknown query parameters are a 400 naming them, so typos do not
// silently widen a query.
func New(opts Options) http.Handler {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	a := &api{opts: opts, log: opts.Logger}
	if a.log == nil {
		a.log = slog.Default()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", a.healthz)
	mux.HandleFunc("GET /v1/events", a.events)
	mux.HandleFunc("GET /v1/dyads/{a}/{b}/timeline", a.timeline)
	mux.HandleFunc("GET /v1/dyads/{a}/{b}/last", a.lastFirst(true))
	mux.HandleFunc("GET /v1/dyads/{a}/{b}/first", a.lastFirst(false))
	mux.HandleFunc("GET /v1/dyads/{a}/{b}/novelty", a.dyadNovelty)
	mux.HandleFunc("GET /v1/dyads", a.topDyads)
	mux.HandleFunc("GET /v1/events/{id}/novelty", a.eventNovelty)
	mux.HandleFunc("GET /v1/quotes", a.quotes)
	mux.HandleFunc("GET /v1/articles/{id...}", a.article)
	mux.HandleFunc("POST /v1/articles", a.postArticle)
	return a.edge(mux)
}

// edge wraps the mux: JSON errors for unmatched routes (404) and methods
// (405), panics turned into 500s, and one log line per request.
func (a *api) edge(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rw := &statusWriter{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				a.log.Error("httpapi: panic", "method", r.Method, "path", r.URL.Path, "panic", p)
				if !rw.wrote {
					a.writeError(rw, r, &dyad.Error{Code: dyad.EInternal, Op: "httpapi"})
				}
			}
			a.log.Info("http", "method", r.Method, "path", r.URL.Path, "status", rw.status(),
				"bytes", rw.n, "duration", time.Since(start))
		}()
		h, pattern := mux.Handler(r)
		if pattern == "" {
			// Not found or method not allowed: let the mux decide which
			// and with what Allow header, then answer in JSON.
			c := &captureWriter{header: http.Header{}}
			h.ServeHTTP(c, r)
			if allow := c.header.Get("Allow"); allow != "" {
				rw.Header().Set("Allow", allow)
			}
			a.writeError(rw, r, routeError(c.code, r))
			return
		}
		mux.ServeHTTP(rw, r)
	})
}

// healthz answers 200 {"status":"ok"}.
func (a *api) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	code  int
	n     int64
	wrote bool
}

func (s *statusWriter) WriteHeader(code int) {
	if !s.wrote {
		s.code, s.wrote = code, true
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if !s.wrote {
		s.code, s.wrote = http.StatusOK, true
	}
	n, err := s.ResponseWriter.Write(b)
	s.n += int64(n)
	return n, err
}

func (s *statusWriter) status() int {
	if !s.wrote {
		return http.StatusOK
	}
	return s.code
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// captureWriter keeps the status and headers of the mux's own 404/405
// answer and drops its plain-text body.
type captureWriter struct {
	header http.Header
	code   int
}

func (c *captureWriter) Header() http.Header { return c.header }
func (c *captureWriter) WriteHeader(code int) {
	if c.code == 0 {
		c.code = code
	}
}
func (c *captureWriter) Write(b []byte) (int, error) {
	if c.code == 0 {
		c.code = http.StatusOK
	}
	return len(b), nil
}
