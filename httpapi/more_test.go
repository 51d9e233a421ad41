package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func TestTopDyads(t *testing.T) {
	s := newServer(t, nil)
	seed(t, s)
	code, m, _ := s.do(t, "GET", "/v1/dyads", "", "")
	if code != http.StatusOK {
		t.Fatalf("GET /v1/dyads: %d %v", code, m)
	}
	ds, _ := m["dyads"].([]any)
	got := []string{}
	for _, d := range ds {
		d := d.(map[string]any)
		got = append(got, fmt.Sprintf("%s-%s:%v", d["a"], d["b"], d["events"]))
	}
	if fmt.Sprint(got) != "[JPNGOV-KORGOV:4 DEU-FRA:1 JPN-KOR:1]" || m["next"] != nil {
		t.Errorf("dyads = %v, next %v; want [JPNGOV-KORGOV:4 DEU-FRA:1 JPN-KOR:1], no next page", got, m["next"])
	}
	code, m, _ = s.do(t, "GET", "/v1/dyads?countries=true&limit=1&root=04", "", "")
	ds, _ = m["dyads"].([]any)
	if code != http.StatusOK || len(ds) != 1 || ds[0].(map[string]any)["events"] != 3.0 || m["next"] != 1.0 {
		t.Errorf("countries, root 04, limit 1: %d %v; want JPN-KOR with 3 events and next 1", code, m)
	}
	code, m, _ = s.do(t, "GET", "/v1/dyads?a=FRA", "", "")
	if ds, _ = m["dyads"].([]any); code != http.StatusOK || len(ds) != 1 {
		t.Errorf("a=FRA: %d %v; want one dyad", code, m)
	}
}

func TestNovelty(t *testing.T) {
	s := newServer(t, nil)
	seed(t, s)
	code, m, _ := s.do(t, "GET", "/v1/dyads/JPN/KOR/novelty?root=04&date=2022-09-21", "", "")
	if code != http.StatusOK || m["since"] != "2022-09-19" || m["text"] != "first 04 event between JPN and KOR in 2 days, since 2022-09-19" {
		t.Errorf("novelty of 2022-09-21: %d %v; want since 2022-09-19", code, m)
	}
	code, m, _ = s.do(t, "GET", "/v1/dyads/KOR/JPN/novelty?root=04&date=2019-12-24", "", "")
	if code != http.StatusOK || m["previous"] != nil || m["since"] != nil {
		t.Errorf("novelty of the oldest: %d %v; want no previous event", code, m)
	}
	evs, err := s.st.Events(context.Background(), dyad.EventFilter{A: "KOR", B: "JPN", From: day(t, "2022-09-21"), To: day(t, "2022-09-21")})
	if err != nil || len(evs) != 1 {
		t.Fatalf("the event of 2022-09-21: %v, %v", evs, err)
	}
	code, m, _ = s.do(t, "GET", fmt.Sprintf("/v1/events/%d/novelty?level=any", evs[0].ID), "", "")
	gap, _ := m["gap"].(map[string]any)
	ev, _ := m["event"].(map[string]any)
	if code != http.StatusOK || gap["days"] != 2.0 || ev["id"] != float64(evs[0].ID) {
		t.Errorf("novelty of event %d: %d %v; want the event and a gap of 2 days", evs[0].ID, code, m)
	}
}

func TestQuotes(t *testing.T) {
	s := newServer(t, nil)
	ctx := context.Background()
	for i, sp := range []string{"Lee Jae-myoung", "Antony Blinken", "Lee Jae-myoung"} {
		id := fmt.Sprintf("q%d", i)
		r := &dyad.Record{ID: id, Published: "2022-09-2" + fmt.Sprint(i), Quotes: []dyad.Quote{{Text: "words " + id, Kind: dyad.Direct,
			Speaker: sp, SpeakerActor: map[bool]string{true: "KORGOV", false: "USAGOV"}[sp[0] == 'L'], Via: []string{"Yonhap"}}}}
		a := &dyad.Article{ID: id, Text: "text " + id, Published: day(t, r.Published)}
		if _, err := s.st.SaveArticle(ctx, a, r); err != nil {
			t.Fatal(err)
		}
	}
	code, m, _ := s.do(t, "GET", "/v1/quotes?speaker=lee&limit=1", "", "")
	qs, _ := m["quotes"].([]any)
	if code != http.StatusOK || len(qs) != 1 || m["next"] != 1.0 {
		t.Fatalf("speaker=lee&limit=1: %d %v; want one quote and next 1", code, m)
	}
	q := qs[0].(map[string]any)
	if q["article_id"] != "q2" || q["speaker"] != "Lee Jae-myoung" || fmt.Sprint(q["via"]) != "[Yonhap]" {
		t.Errorf("first quote %v; want Lee Jae-myoung's of q2 via Yonhap", q)
	}
	for _, tt := range []struct {
		path string
		n    int
	}{
		{"/v1/quotes", 3}, {"/v1/quotes?actor=USA", 1}, {"/v1/quotes?speaker=Lee+Jae-myoung&exact=1", 2},
		{"/v1/quotes?from=2022-09-21&to=2022-09-21", 1}, {"/v1/quotes?article=q0&kind=direct", 1}, {"/v1/quotes?speaker=nobody", 0},
	} {
		code, m, _ := s.do(t, "GET", tt.path, "", "")
		qs, ok := m["quotes"].([]any)
		if code != http.StatusOK || !ok || len(qs) != tt.n {
			t.Errorf("GET %s: %d %v; want %d quotes", tt.path, code, m, tt.n)
		}
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(dyad.DateLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
