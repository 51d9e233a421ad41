package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

// TestSampleInStep checks that the embedded copy equals the corpus under
// testdata/, which tests and `dyad bench` read.
func TestSampleInStep(t *testing.T) {
	want, err := os.ReadFile("../testdata/corpus/sample.jsonl")
	if err != nil {
		t.Skipf("testdata not here: %v", err)
	}
	if !bytes.Equal(Sample(), want) {
		t.Fatal("corpus/sample.jsonl differs from testdata/corpus/sample.jsonl: copy it again (cp testdata/corpus/sample.jsonl corpus/)")
	}
}

func TestSampleArticles(t *testing.T) {
	sc := bufio.NewScanner(bytes.NewReader(Sample()))
	sc.Buffer(nil, 1<<20)
	n := 0
	ids := map[string]bool{}
	for sc.Scan() {
		var a struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if a.ID == "" || a.Text == "" || a.Date == "" || ids[a.ID] {
			t.Errorf("line %d: id %q, date %q, %d bytes of text; want a new id, a date and text", n+1, a.ID, a.Date, len(a.Text))
		}
		ids[a.ID] = true
		n++
	}
	if n < 80 {
		t.Errorf("%d articles; want the 85 of the sample corpus", n)
	}
	s := Sample()
	s[0] = 'x'
	if Sample()[0] == 'x' {
		t.Error("Sample shares its bytes with callers")
	}
}
