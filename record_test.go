package dyad

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestRecordShape(t *testing.T) {
	d := &Doc{
		Article:   &Article{ID: "a1", Text: "Peru and Chile met.", Published: time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC)},
		Sentences: []Sentence{{Start: 0, End: 19}},
		Entities:  []Entity{{ID: "e1", Text: "Peru", Type: GPE, Actor: "PER", Mentions: []Mention{{Start: 0, End: 4, First: 0, Last: 1}}}},
		Events:    []Event{{Source: "PER", Target: "CHL", CAMEO: "040", Root: "04"}},
		Quotes:    []Quote{{Text: "x", Kind: Direct}},
	}
	b, err := json.Marshal(d.Record())
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	// The field names of DESIGN.md's article record.
	for _, k := range []string{"id", "published", "sentences", "entities", "times", "events", "quotes"} {
		if _, ok := m[k]; !ok {
			t.Errorf("record lacks %q: %s", k, b)
		}
	}
	if m["published"] != "2022-09-21" {
		t.Errorf("published = %v", m["published"])
	}
	if string(mustJSON(t, m["times"])) != "[]" {
		t.Errorf("empty times = %s, want []", mustJSON(t, m["times"]))
	}
	ev := m["events"].([]any)[0].(map[string]any)
	for _, k := range []string{"source", "target", "cameo", "root", "goldstein", "plover", "plover_mode", "date",
		"date_precision", "place", "sentences", "trigger", "negated", "modality", "confidence"} {
		if _, ok := ev[k]; !ok {
			t.Errorf("event lacks %q: %s", k, mustJSON(t, ev))
		}
	}
	q := m["quotes"].([]any)[0].(map[string]any)
	for _, k := range []string{"text", "start", "end", "kind", "speaker", "speaker_actor", "cue", "via"} {
		if _, ok := q[k]; !ok {
			t.Errorf("quote lacks %q", k)
		}
	}
	men := m["entities"].([]any)[0].(map[string]any)["mentions"].([]any)[0].(map[string]any)
	if _, ok := men["First"]; ok || len(men) != 3 {
		t.Errorf("mention = %v, want start, end, sentence", men)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type panicStage struct{}

func (panicStage) Name() string       { return "boom" }
func (panicStage) Process(*Doc) error { panic("bad") }

type failStage struct{}

func (failStage) Name() string       { return "fail" }
func (failStage) Process(*Doc) error { return fmt.Errorf("no text") }

func TestPipelineErrors(t *testing.T) {
	a := &Article{ID: "x", Origin: "in.jsonl:3", Warnings: []string{"repaired"}}
	_, err := (&Pipeline{Stages: []Stage{panicStage{}}}).Code(a)
	var e *Error
	if !errors.As(err, &e) || e.Code != EInternal || !strings.HasPrefix(err.Error(), "in.jsonl:3: article x: boom: panic: bad") {
		t.Errorf("panic: got %v", err)
	}
	d, err := (&Pipeline{Stages: []Stage{failStage{}}}).Code(a)
	if ErrorCode(err) != EInvalid || err.Error() != "in.jsonl:3: article x: fail: no text" {
		t.Errorf("error: got %q (%s)", err, ErrorCode(err))
	}
	if len(d.Warnings) != 1 {
		t.Errorf("warnings not carried to the doc: %v", d.Warnings)
	}
}

func TestActorCode(t *testing.T) {
	for _, tt := range []struct{ code, country, role string }{
		{"KORGOV", "KOR", "GOV"}, {"IGOUNO", "IGO", "UNO"}, {"---REB", "---", "REB"}, {"USA", "USA", ""}, {"", "", ""},
	} {
		if c, r := ActorCountry(tt.code), ActorRole(tt.code); c != tt.country || r != tt.role {
			t.Errorf("%q: %q %q, want %q %q", tt.code, c, r, tt.country, tt.role)
		}
	}
	if JoinActor("KOR", "GOV", "MIL") != "KORGOVMIL" {
		t.Error("JoinActor")
	}
}

func TestSentenceAt(t *testing.T) {
	d := &Doc{Sentences: []Sentence{{Start: 0, End: 5}, {Start: 6, End: 10}}}
	for off, want := range map[int]int{0: 0, 4: 0, 5: -1, 6: 1, 9: 1, 10: -1, -1: -1} {
		if got := d.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}
