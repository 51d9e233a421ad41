package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// Limits and defaults of fetching.
const (
	// DefaultMaxBody is the largest response body read from a URL when
	// Options.MaxBody is 0.
	DefaultMaxBody = 10 << 20
	// DefaultTimeout is the overall time allowed for one URL (connecting,
	// redirects, reading the body) when NewClient is given 0.
	DefaultTimeout = 30 * time.Second
	// connectTimeout bounds the TCP connection and the TLS handshake.
	connectTimeout = 10 * time.Second
	// maxRedirects is how many redirects one fetch follows.
	maxRedirects = 5
	// UserAgent names dyad in requests.
	UserAgent = "dyad-ingest/1 (+https://github.com/dyadproject/dyad; news event coder)"
)

// IsURL reports whether path is meant as a URL: it starts with a scheme
// and "://" ("https://...", "file://..."). Only http and https URLs are
// read; Open refuses the others.
func IsURL(path string) bool {
	i := strings.Index(path, "://")
	if i <= 0 {
		return false
	}
	for j, c := range path[:i] {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case j > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// NewClient returns the HTTP client used for URLs: connections and TLS
// handshakes time out after 10 s, the whole request (redirects and body
// included) after timeout (DefaultTimeout when 0); it follows at most 5
// redirects, and only to http and https URLs. Proxies come from the
// environment (HTTPS_PROXY, NO_PROXY).
func NewClient(timeout time.Duration) *http.Client {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	dialer := &net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second}
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   connectTimeout,
			ResponseHeaderTimeout: timeout,
			MaxIdleConnsPerHost:   4,
			IdleConnTimeout:       90 * time.Second,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if s := req.URL.Scheme; s != "http" && s != "https" {
				return fmt.Errorf("redirect to a %s: URL refused (only http and https)", s)
			}
			return nil
		},
	}
}

// defaultClient is used when Options.Client is nil.
var defaultClient = NewClient(0)

// Response is a fetched URL.
type Response struct {
	// URL is where the body came from, after redirects.
	URL string
	// ContentType is the response's Content-Type header.
	ContentType string
	// Body is the whole body, at most the size limit.
	Body []byte
}

// Fetch gets an http or https URL with client (the default client when
// nil) and reads its body, refusing one larger than maxBody bytes
// (DefaultMaxBody when 0). Errors are *dyad.Error with Code EInvalid and
// the URL as Origin: a URL that is not http(s), a refused redirect, a
// status other than 2xx, an oversize body, a network failure or timeout.
func Fetch(ctx context.Context, client *http.Client, rawURL string, maxBody int64) (*Response, error) {
	if client == nil {
		client = defaultClient
	}
	if maxBody <= 0 {
		maxBody = DefaultMaxBody
	}
	bad := func(code string, err error) error {
		return &dyad.Error{Code: code, Origin: rawURL, Err: err}
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, bad(dyad.EInvalid, errors.New("not a valid URL"))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, bad(dyad.EInvalid, fmt.Errorf("%s: URLs are not read (only http and https)", u.Scheme))
	}
	if u.Host == "" {
		return nil, bad(dyad.EInvalid, errors.New("URL without a host"))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, bad(dyad.EInvalid, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is already the origin
		}
		return nil, bad(dyad.EInvalid, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, bad(dyad.EInvalid, fmt.Errorf("HTTP status %s", resp.Status))
	}
	if resp.ContentLength > maxBody {
		return nil, bad(dyad.EInvalid, fmt.Errorf("body of %d bytes is larger than the limit of %d", resp.ContentLength, maxBody))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return nil, bad(dyad.EInvalid, fmt.Errorf("read: %w", err))
	}
	if int64(len(body)) > maxBody {
		return nil, bad(dyad.EInvalid, fmt.Errorf("body larger than the limit of %d bytes", maxBody))
	}
	return &Response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// formatOfType is the format a Content-Type announces, FormatAuto when it
// says nothing useful (application/octet-stream, a missing header).
func formatOfType(contentType string) Format {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return FormatAuto
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
		"application/xml", "text/xml":
		return FormatFeed
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json":
		return FormatJSONL
	case "text/plain", "text/markdown":
		return FormatText
	}
	return FormatAuto
}
