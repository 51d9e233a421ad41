package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dyadproject/dyad"
)

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewJSONL returns a Writer of JSON Lines: each event is its
// dyad.StoredEvent JSON object on one line, HTML characters unescaped.
func NewJSONL(w io.Writer) Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc}
}

func (j *jsonlWriter) Write(ev *dyad.StoredEvent) error {
	if err := j.enc.Encode(ev); err != nil {
		return fmt.Errorf("export: jsonl: %w", err)
	}
	return nil
}

func (j *jsonlWriter) Close() error {
	if err := j.bw.Flush(); err != nil {
		return fmt.Errorf("export: jsonl: %w", err)
	}
	return nil
}
