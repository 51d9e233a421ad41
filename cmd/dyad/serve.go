package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/dyadproject/dyad/httpapi"
	"github.com/dyadproject/dyad/web"
)

func init() {
	register("serve", "serve the event database: the web pages and the HTTP JSON API", runServe)
}

// Timeouts of the HTTP server.
const (
	serveReadHeaderTimeout = 5 * time.Second
	serveReadTimeout       = 30 * time.Second
	serveWriteTimeout      = 2 * time.Minute // coding a long article takes time
	serveIdleTimeout       = 2 * time.Minute
	serveShutdownTimeout   = 10 * time.Second
)

// runServe runs `dyad serve`: the pages of package web and the API of
// package httpapi (siteHandler) over --db on --addr until ctx is
// cancelled (Ctrl-C), then shuts down gracefully,
// letting requests in flight finish. Writes (POST /v1/articles) need
// --token or $DYAD_TOKEN; without one they are disabled. Newly stored
// articles are merged into canonical events like `dyad ingest` does.
func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "")
	db := fs.String("db", "dyad.db", "the event database: a SQLite `file` or a postgres:// URL")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on this `host:port`")
	token := fs.String("token", "", "bearer `token` for POST /v1/articles (default $DYAD_TOKEN; none: writes disabled)")
	maxBody := fs.Int64("max-body", httpapi.DefaultMaxBody, "largest request body in `bytes`")
	var cfg pipelineConfig
	cfg.addFlags(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "dyad serve: unexpected arguments %q\n", rest)
		fs.Usage()
		return errUsage
	}
	if *token == "" {
		*token = os.Getenv("DYAD_TOKEN")
	}
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	opts := httpapi.Options{Store: st, Token: *token, MaxBody: *maxBody,
		Logger: slog.New(slog.NewTextHandler(e.stderr, nil))}
	if *token != "" {
		if opts.Coder, err = newPipeline(cfg); err != nil {
			return err
		}
		canon, err := newCanonicalizer(ctx, st)
		if err != nil {
			return err
		}
		if canon != nil {
			var mu sync.Mutex // the dedup index is not safe for concurrent use
			opts.OnStored = func(ctx context.Context, id string) error {
				mu.Lock()
				defer mu.Unlock()
				return canon.add(ctx, id)
			}
		}
	}
	h, err := siteHandler(httpapi.New(opts), web.Options{Store: st, Logger: opts.Logger})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	writes := "writes disabled (no --token)"
	if *token != "" {
		writes = "writes need the token"
	}
	fmt.Fprintf(e.stderr, "dyad serve: listening on http://%s (%s)\n", ln.Addr(), writes)
	return serveHTTP(ctx, ln, h)
}

// siteHandler joins the JSON API (under /v1/, and /healthz) and the web
// pages (/, /dyads/..., /articles/..., /static/...) of the store in
// wopts. Every answer, the API's too, carries the security headers of
// web.Secure (Content-Security-Policy, X-Content-Type-Options nosniff).
func siteHandler(api http.Handler, wopts web.Options) (http.Handler, error) {
	pages, err := web.New(wopts)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/v1/", api)
	mux.Handle("/healthz", api)
	mux.Handle("/", pages)
	return web.Secure(mux), nil
}

// serveHTTP serves h on ln until ctx is cancelled, then shuts the server
// down, waiting at most serveShutdownTimeout for requests in flight.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: serveReadHeaderTimeout,
		ReadTimeout:       serveReadTimeout,
		WriteTimeout:      serveWriteTimeout,
		IdleTimeout:       serveIdleTimeout,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), serveShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
