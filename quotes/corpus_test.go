package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

var dateline = regexp.MustCompile(`^[A-Z][A-Z .'-]+(\([^)]*\))?,? .{0,20}[–—]`)

// TestCorpus runs the stage over the project's sample articles (no
// entities): the invariants hold, datelines stay out of reported clauses,
// and speakers are noun phrases, never whole clauses.
func TestCorpus(t *testing.T) {
	fh, err := os.Open("../testdata/corpus/sample.jsonl")
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<24)
	n, articles := 0, 0
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil || a.Text == "" {
			continue
		}
		articles++
		d := newDoc(t, a.Text)
		if err := New().Process(d); err != nil {
			t.Fatal(err)
		}
		checkQuotes(t, d)
		for _, q := range d.Quotes {
			n++
			if dateline.MatchString(q.Text) {
				t.Errorf("dateline in quote %q", q.Text)
			}
			if len(strings.Fields(q.Speaker)) > 12 || strings.Contains(q.Speaker, " said") {
				t.Errorf("speaker is not a noun phrase: %q", q.Speaker)
			}
		}
	}
	if articles > 0 && n < articles {
		t.Errorf("%d quotes in %d articles of news: attribution finding is broken", n, articles)
	}
	t.Logf("%d quotes in %d articles", n, articles)
}
