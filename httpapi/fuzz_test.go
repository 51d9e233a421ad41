package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store/sqlite"
)

// FuzzDecodeArticle checks that the POST body decoder never panics, that
// its errors are 400s, and that what it accepts has a text and a valid id.
func FuzzDecodeArticle(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"The leaders met.","date":"2022-09-21","title":"t","outlet":"o","url":"https://example.org/a"}`,
		`{"text":"x","published":"Wed, 21 Sep 2022 10:00:00 +0900"}`,
		`{"text":"x"} {"text":"y"}`,
		`{"text":5}`, `{"id":["a"],"text":"x"}`, `{"text":"\ud800"}`, `{"text":"x","extra":1}`,
		`[]`, `null`, `{"text":null}`, `{"id":"\u0000","text":"x"}`, "{\"text\":\"\xff\"}", ``, `{`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := DecodeArticle(bytes.NewReader(body))
		if err != nil {
			if a != nil {
				t.Errorf("an article and an error: %v", err)
			}
			if st, code := status(err); st != http.StatusBadRequest || code != dyad.EInvalid {
				t.Errorf("error %v maps to %d %s; want 400 invalid", err, st, code)
			}
			// The API answers it as JSON without panicking.
			w := httptest.NewRecorder()
			(&api{log: discard()}).writeError(w, httptest.NewRequest("POST", "/v1/articles", nil), err)
			if w.Code != http.StatusBadRequest {
				t.Errorf("writeError answered %d", w.Code)
			}
			return
		}
		if strings.TrimSpace(a.Text) == "" || a.ID == "" || len(a.ID) > maxID {
			t.Errorf("accepted an article with text %q, id %q", a.Text, a.ID)
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.ID) {
			t.Errorf("accepted invalid UTF-8: %q %q", a.ID, a.Text)
		}
	})
}

// TestDecodeArticleReadError checks that an error of the reader (a body
// over the limit) is not reported as invalid JSON.
func TestDecodeArticleReadError(t *testing.T) {
	w := httptest.NewRecorder()
	r := http.MaxBytesReader(w, ioNopCloser{strings.NewReader(`{"text":"` + strings.Repeat("x", 100) + `"}`)}, 20)
	_, err := DecodeArticle(r)
	var mbe *http.MaxBytesError
	if !errors.As(err, &mbe) {
		t.Fatalf("err = %v; want a *http.MaxBytesError", err)
	}
	if st, code := status(err); st != http.StatusRequestEntityTooLarge || code != codeTooLarge {
		t.Errorf("maps to %d %s; want 413 too_large", st, code)
	}
}

// FuzzQueryParams sends arbitrary query strings to the read endpoints:
// every answer is a JSON 200, 400 or 404, never a 500 or a panic.
func FuzzQueryParams(f *testing.F) {
	for _, s := range []string{
		"root=04&date=2022-09-21&level=leader", "level=any", "speaker=lee&exact=true&limit=1",
		"countries=1&a=KOR&from=2022-01-01&to=2021-01-01", "offset=-1", "kind=%00", "speaker=%25_%5C",
		"level=LEADER&occurred=true", "limit=99999999999999999999", "a=%FF", "root=04&root=05",
	} {
		f.Add("/v1/quotes", s)
		f.Add("/v1/dyads", s)
		f.Add("/v1/dyads/KOR/JPN/novelty", s)
		f.Add("/v1/events/1/novelty", s)
	}
	st, err := sqlite.Open(filepath.Join(f.TempDir(), "dyad.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	r := &dyad.Record{ID: "a", Events: []dyad.Event{{Source: "KORGOV", Target: "JPNGOV", CAMEO: "040", Root: "04", Date: "2022-09-19", Modality: dyad.Asserted}},
		Quotes: []dyad.Quote{{Text: "We agreed.", Kind: dyad.Direct, Speaker: "Lee", SpeakerActor: "KORGOV", Via: []string{"Yonhap"}}}}
	if _, err := st.SaveArticle(context.Background(), &dyad.Article{ID: "a", Text: "x"}, r); err != nil {
		f.Fatal(err)
	}
	h := New(Options{Store: st, Logger: discard()})
	paths := map[string]bool{"/v1/quotes": true, "/v1/dyads": true, "/v1/dyads/KOR/JPN/novelty": true, "/v1/events/1/novelty": true}
	f.Fuzz(func(t *testing.T, path, query string) {
		if !paths[path] {
			return
		}
		req := httptest.NewRequest("GET", path, nil)
		req.URL.RawQuery = query
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusNotFound:
		default:
			t.Errorf("GET %s?%s: %d %s", path, query, w.Code, w.Body)
		}
		if !json.Valid(w.Body.Bytes()) {
			t.Errorf("GET %s?%s: body is not JSON: %s", path, query, w.Body)
		}
	})
}
