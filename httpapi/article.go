package httpapi

import (
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
)

// maxID is the longest article id accepted.
const maxID = 256

// articleIn is the JSON body of POST /v1/articles. Date (or its alias
// Published) takes the forms of ingest.ParseDate.
type articleIn struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Date      string `json:"date"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
}

// DecodeArticle reads one JSON article {"id","text","date","title",
// "outlet","url"} from r. It refuses unknown fields, trailing data, an
// empty text, a bad date and an id that is too long or holds control
// characters, with a dyad.EInvalid error naming the field; an error of
// r (such as *http.MaxBytesError) is returned wrapped. An article without
// id gets "sha256:" and the first 16 hex digits of its content hash.
// Invalid UTF-8 in strings becomes U+FFFD.
func DecodeArticle(r io.Reader) (*dyad.Article, error) {
	bad := func(err error) error {
		return &dyad.Error{Code: dyad.EInvalid, Op: "httpapi.decode", Err: err}
	}
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var in articleIn
	if err := dec.Decode(&in); err != nil {
		if rerr := readError(err); rerr != nil {
			return nil, rerr
		}
		var te *json.UnmarshalTypeError
		switch {
		case errors.Is(err, io.EOF):
			return nil, bad(errors.New("body: empty; want a JSON article object"))
		case errors.As(err, &te) && te.Field != "":
			return nil, bad(fmt.Errorf("%s: want a string, got %s", te.Field, te.Value))
		}
		return nil, bad(fmt.Errorf("body: %v", err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if rerr := readError(err); rerr != nil {
			return nil, rerr
		}
		return nil, bad(errors.New("body: data after the article object"))
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil, bad(errors.New("text: missing or empty"))
	}
	in.ID = strings.TrimSpace(in.ID)
	if len(in.ID) > maxID {
		return nil, bad(fmt.Errorf("id: longer than %d bytes", maxID))
	}
	if strings.IndexFunc(in.ID, unicode.IsControl) >= 0 {
		return nil, bad(errors.New("id: contains control characters"))
	}
	a := &dyad.Article{ID: in.ID, Text: in.Text, Title: in.Title, Outlet: in.Outlet, URL: in.URL, Origin: "POST /v1/articles"}
	for _, f := range []struct{ name, value string }{{"date", in.Date}, {"published", in.Published}} {
		if strings.TrimSpace(f.value) == "" {
			continue
		}
		t, err := ingest.ParseDate(f.value)
		if err != nil {
			return nil, bad(fmt.Errorf("%s: %w", f.name, err))
		}
		a.Published = t
		break
	}
	if a.ID == "" {
		a.ID = "sha256:" + dyad.HashContent(a)[:16]
	}
	return a, nil
}

// readError returns err when it comes from the reader rather than from
// the JSON (json.Decoder passes reader errors through unchanged).
func readError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	if err == nil || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.As(err, &se) || errors.As(err, &te) || strings.HasPrefix(err.Error(), "json: ") {
		return nil
	}
	return fmt.Errorf("httpapi: reading body: %w", err)
}

// postAnswer is the answer of POST /v1/articles: the stored record and
// whether this request stored it.
type postAnswer struct {
	Created bool `json:"created"`
	*dyad.Record
}

// authorize checks the bearer token of a write request.
func (a *api) authorize(r *http.Request) error {
	if a.opts.Token == "" || a.opts.Coder == nil {
		return &httpError{status: http.StatusForbidden, code: codeForbidden,
			message: "writes are disabled on this server (start it with a token)"}
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(a.opts.Token)) != 1 {
		return &httpError{status: http.StatusUnauthorized, code: codeUnauthorized,
			message: "missing or bad bearer token (Authorization: Bearer TOKEN)"}
	}
	return nil
}

// postArticle answers POST /v1/articles: it codes the article, stores it
// and answers 201 with the record, or 200 with created false when the
// same content (dyad.HashContent) was already stored.
func (a *api) postArticle(w http.ResponseWriter, r *http.Request) {
	if err := a.authorize(r); err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
		a.writeError(w, r, err)
		return
	}
	body := http.MaxBytesReader(w, r.Body, a.opts.MaxBody)
	// Read the whole body first so a body over the limit is a 413 even
	// when its first bytes are a valid article.
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(body); err != nil {
		a.writeError(w, r, fmt.Errorf("httpapi: reading body: %w", err))
		return
	}
	art, err := DecodeArticle(&buf)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	ctx := r.Context()
	st := a.opts.Store
	has, err := st.HasArticle(ctx, dyad.HashContent(art))
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	if has {
		// Answer with the stored record when it is stored under this id;
		// the same content stored under another id is coded again below
		// and SaveArticle reports it as not created.
		if rec, err := st.Article(ctx, art.ID); err == nil && rec.Published == publishedOf(art) {
			writeJSON(w, http.StatusOK, &postAnswer{Created: false, Record: rec})
			return
		}
	}
	doc, err := a.opts.Coder.Code(art)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	rec := doc.Record()
	created, err := st.SaveArticle(ctx, art, &rec)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	if !created {
		writeJSON(w, http.StatusOK, &postAnswer{Created: false, Record: &rec})
		return
	}
	if a.opts.OnStored != nil {
		if err := a.opts.OnStored(ctx, art.ID); err != nil {
			a.writeError(w, r, fmt.Errorf("httpapi: article %s stored, but: %w", art.ID, err))
			return
		}
	}
	w.Header().Set("Location", "/v1/articles/"+pathEscape(art.ID))
	writeJSON(w, http.StatusCreated, &postAnswer{Created: true, Record: &rec})
}

// article answers GET /v1/articles/{id}.
func (a *api) article(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	if p.err != nil {
		a.writeError(w, r, p.err)
		return
	}
	id := r.PathValue("id")
	if id == "" || len(id) > maxID {
		a.writeError(w, r, invalid("id", "want 1 to %d bytes", maxID))
		return
	}
	rec, err := a.opts.Store.Article(r.Context(), id)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

func publishedOf(a *dyad.Article) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format(dyad.DateLayout)
}

// pathEscape escapes an id for a URL path, keeping the slashes of ids
// such as "dir/file.txt".
func pathEscape(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}
