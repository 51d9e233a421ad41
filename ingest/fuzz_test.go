package ingest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// FuzzReader reads arbitrary bytes as JSON Lines, as text and with format
// detection: it must end, and every article must have valid, non-blank
// UTF-8 text and every error must be a *dyad.Error.
func FuzzReader(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("{\"id\":\"x\",\"text\":\"\\ud800 caf\xe9\"}\n{}\n\n{\"text\":\"y\",\"date\":\"2022-01-01T00:00:00Z\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{FormatAuto, FormatText, FormatJSONL} {
			r := NewReader("fuzz", bytes.NewReader(data), Options{Format: format})
			for i := 0; ; i++ {
				if i > len(data)+2 {
					t.Fatalf("%v: Next did not end after %d calls", format, i)
				}
				a, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					var de *dyad.Error
					if !errors.As(err, &de) || de.Origin == "" {
						t.Fatalf("%v: error %v is not a *dyad.Error with an origin", format, err)
					}
					continue
				}
				if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
					t.Fatalf("%v: article %q text %q invalid or blank", format, a.ID, a.Text)
				}
				if a.ID == "" || a.Origin == "" {
					t.Fatalf("%v: article without id or origin: %+v", format, a)
				}
			}
		}
	})
}
