package httpapi

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
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
