package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/dyadproject/dyad"
)

// Error codes of the API besides dyad's (invalid, not_found, conflict,
// internal).
const (
	codeUnauthorized     = "unauthorized"
	codeForbidden        = "forbidden"
	codeTooLarge         = "too_large"
	codeMethodNotAllowed = "method_not_allowed"
)

// httpError is an error that only exists at the HTTP edge (a missing
// token, a body too large, a method not allowed).
type httpError struct {
	status  int
	code    string
	message string
}

func (e *httpError) Error() string { return e.message }

// errorBody is the JSON of every error response.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// invalid returns a dyad EInvalid error about a request parameter.
func invalid(param string, format string, args ...any) error {
	return &dyad.Error{Code: dyad.EInvalid, Err: fmt.Errorf("%s: %s", param, fmt.Sprintf(format, args...))}
}

// status maps an error to its HTTP status and API code. This is the one
// place where dyad's error codes meet HTTP.
func status(err error) (int, string) {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status, he.code
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, codeTooLarge
	}
	switch code := dyad.ErrorCode(err); code {
	case dyad.EInvalid:
		return http.StatusBadRequest, code
	case dyad.ENotFound:
		return http.StatusNotFound, code
	case dyad.EConflict:
		return http.StatusConflict, code
	}
	return http.StatusInternalServerError, dyad.EInternal
}

// writeError answers err as JSON. Internal errors are logged with their
// detail and answered with a generic message, so no internals leak.
func (a *api) writeError(w http.ResponseWriter, r *http.Request, err error) {
	st, code := status(err)
	var body errorBody
	body.Error.Code = code
	var mbe *http.MaxBytesError
	switch {
	case st == http.StatusInternalServerError:
		a.log.Error("httpapi: internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		body.Error.Message = "internal error"
	case errors.As(err, &mbe):
		body.Error.Message = fmt.Sprintf("request body larger than %d bytes", mbe.Limit)
	default:
		body.Error.Message = message(err)
	}
	writeJSON(w, st, &body)
}

// message is the user-facing text of err: the text of the innermost
// *dyad.Error's cause when there is one (without operation names).
func message(err error) string {
	var de *dyad.Error
	if errors.As(err, &de) && de.Err != nil {
		return de.Err.Error()
	}
	return err.Error()
}

// routeError turns the status of the mux's own answer for an unmatched
// request into an error.
func routeError(code int, r *http.Request) error {
	if code == http.StatusMethodNotAllowed {
		return &httpError{status: code, code: codeMethodNotAllowed,
			message: fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path)}
	}
	return &dyad.Error{Code: dyad.ENotFound, Err: fmt.Errorf("no such endpoint: %s", r.URL.Path)}
}

// writeJSON writes v as the JSON body of a response with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code = http.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","message":"internal error"}}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}
