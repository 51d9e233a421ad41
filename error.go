package dyad

import (
	"errors"
	"strings"
)

// Error codes. They are stable and map to HTTP statuses in one place (the
// API package).
const (
	EInvalid  = "invalid" // bad input: the user can fix it
	ENotFound = "not_found"
	EConflict = "conflict"
	EInternal = "internal" // a bug in dyad
)

// Error is dyad's error: what went wrong (Code), in which operation or stage
// (Op), for which article (Article) read from where (Origin: "file:line").
type Error struct {
	Code    string
	Op      string
	Article string
	Origin  string
	Err     error
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Origin != "" {
		b.WriteString(e.Origin)
		b.WriteString(": ")
	}
	if e.Article != "" {
		b.WriteString("article ")
		b.WriteString(e.Article)
		b.WriteString(": ")
	}
	if e.Op != "" {
		b.WriteString(e.Op)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString(e.Code)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorCode returns the code of the first *Error in err's chain, EInternal
// for other non-nil errors and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}
