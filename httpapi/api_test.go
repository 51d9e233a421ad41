package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store/sqlite"
)

const token = "s3cret"

// lineCoder is a fake coder: each line "DATE SOURCE TARGET CAMEO" of the
// text is one event; a text "panic" panics and "fail" fails.
type lineCoder struct{}

func (lineCoder) Code(a *dyad.Article) (*dyad.Doc, error) {
	d := &dyad.Doc{Article: a}
	if a.Text == "panic" {
		panic("lineCoder: asked to")
	}
	if a.Text == "fail" {
		return d, &dyad.Error{Code: dyad.EInvalid, Op: "events", Err: errors.New("cannot code this")}
	}
	off := 0
	for _, line := range strings.SplitAfter(a.Text, "\n") {
		f := strings.Fields(line)
		if len(f) == 4 {
			d.Events = append(d.Events, dyad.Event{Date: f[0], DatePrecision: dyad.PrecisionDay, Source: f[1], Target: f[2],
				CAMEO: f[3], Root: f[3][:2], Goldstein: 1, PLOVER: "CONSULT", Modality: dyad.Asserted,
				Trigger: dyad.Trigger{Start: off, End: off + len(f[0]), Text: f[0]}})
		}
		off += len(line)
	}
	return d, nil
}

// server is an API over a fresh SQLite store.
type server struct {
	*httptest.Server
	st     *sqlite.Store
	mu     sync.Mutex
	stored []string
}

func newServer(t *testing.T, mod func(*Options)) *server {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s := &server{st: st}
	opts := Options{Store: st, Coder: lineCoder{}, Token: token, MaxBody: 4096,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		OnStored: func(ctx context.Context, id string) error {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.stored = append(s.stored, id)
			return nil
		}}
	if mod != nil {
		mod(&opts)
	}
	s.Server = httptest.NewServer(New(opts))
	t.Cleanup(s.Close)
	return s
}

// do sends a request and decodes the JSON answer into a map.
func (s *server) do(t *testing.T, method, path, tok, body string) (int, map[string]any, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, s.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q; want JSON", method, path, ct)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s %s: %d, body is not a JSON object: %v\n%s", method, path, resp.StatusCode, err, raw)
	}
	return resp.StatusCode, m, resp.Header
}

func articleJSON(id, date, text string) string {
	b, _ := json.Marshal(map[string]string{"id": id, "date": date, "text": text, "outlet": "Test Wire"})
	return string(b)
}

// errCode returns the code of an error answer.
func errCode(m map[string]any) (code, msg string) {
	e, _ := m["error"].(map[string]any)
	code, _ = e["code"].(string)
	msg, _ = e["message"].(string)
	return code, msg
}

// seed posts articles with five KOR-JPN events and one FRA-DEU event.
func seed(t *testing.T, s *server) {
	t.Helper()
	arts := []string{
		articleJSON("a1", "2022-09-21", "2022-09-21 KORGOV JPNGOV 040\n2022-09-19 KORGOV JPNGOV 042\n"),
		articleJSON("a2", "2022-10-02", "2022-10-01 JPNGOV KORGOV 036\n2019-12-24 KORGOV JPNGOV 040\n"),
		articleJSON("a3", "2022-08-01", "2022-08-01 KOR JPN 111\n2022-08-01 FRA DEU 040\n"),
	}
	for _, a := range arts {
		if code, m, _ := s.do(t, "POST", "/v1/articles", token, a); code != http.StatusCreated {
			t.Fatalf("POST %s: %d %v", a, code, m)
		}
	}
}

func TestPostArticle(t *testing.T) {
	s := newServer(t, nil)
	body := articleJSON("x/1", "2022-09-21", "2022-09-21 KORGOV JPNGOV 040\n")
	code, m, h := s.do(t, "POST", "/v1/articles", token, body)
	if code != http.StatusCreated || m["created"] != true || m["id"] != "x/1" || m["published"] != "2022-09-21" {
		t.Fatalf("first POST: %d %v", code, m)
	}
	if evs, _ := m["events"].([]any); len(evs) != 1 {
		t.Errorf("first POST: events %v; want the one coded event", m["events"])
	}
	if loc := h.Get("Location"); loc != "/v1/articles/x/1" {
		t.Errorf("Location %q", loc)
	}
	code, m, _ = s.do(t, "POST", "/v1/articles", token, body)
	if code != http.StatusOK || m["created"] != false || m["id"] != "x/1" {
		t.Errorf("second POST: %d %v; want 200 created false", code, m)
	}
	// The same content under another id is not stored again.
	code, m, _ = s.do(t, "POST", "/v1/articles", token, articleJSON("other", "2022-09-21", "2022-09-21 KORGOV JPNGOV 040\n"))
	if code != http.StatusOK || m["created"] != false {
		t.Errorf("same content, other id: %d %v; want 200 created false", code, m)
	}
	if len(s.stored) != 1 || s.stored[0] != "x/1" {
		t.Errorf("OnStored saw %q; want [x/1]", s.stored)
	}
	code, m, _ = s.do(t, "GET", "/v1/articles/x/1", "", "")
	if code != http.StatusOK || m["id"] != "x/1" || m["outlet"] != "Test Wire" {
		t.Errorf("GET the article: %d %v", code, m)
	}
	// Without an id the article gets one from its content.
	code, m, _ = s.do(t, "POST", "/v1/articles", token, `{"text": "no id here"}`)
	if id, _ := m["id"].(string); code != http.StatusCreated || !strings.HasPrefix(id, "sha256:") {
		t.Errorf("POST without id: %d %v", code, m)
	}
}

func TestErrors(t *testing.T) {
	s := newServer(t, nil)
	seed(t, s)
	big := articleJSON("big", "2022-09-21", strings.Repeat("word ", 1000))
	tests := []struct {
		name, method, path, tok, body string
		status                        int
		code, mentions                string
	}{
		{"no token", "POST", "/v1/articles", "", articleJSON("n", "", "text"), 401, "unauthorized", "token"},
		{"bad token", "POST", "/v1/articles", "wrong", articleJSON("n", "", "text"), 401, "unauthorized", "token"},
		{"too large", "POST", "/v1/articles", token, big, 413, "too_large", "4096"},
		{"not JSON", "POST", "/v1/articles", token, "text=hello", 400, "invalid", "body"},
		{"empty body", "POST", "/v1/articles", token, "", 400, "invalid", "empty"},
		{"unknown field", "POST", "/v1/articles", token, `{"text":"x","colour":"red"}`, 400, "invalid", "colour"},
		{"two objects", "POST", "/v1/articles", token, `{"text":"x"} {"text":"y"}`, 400, "invalid", "after"},
		{"no text", "POST", "/v1/articles", token, `{"id":"a"}`, 400, "invalid", "text"},
		{"text not a string", "POST", "/v1/articles", token, `{"text":5}`, 400, "invalid", "text"},
		{"bad date", "POST", "/v1/articles", token, articleJSON("d", "yesterday", "x"), 400, "invalid", "date"},
		{"coder fails", "POST", "/v1/articles", token, articleJSON("f", "", "fail"), 400, "invalid", "cannot code"},
		{"coder panics", "POST", "/v1/articles", token, articleJSON("p", "", "panic"), 500, "internal", "internal error"},
		{"missing article", "GET", "/v1/articles/nope", "", "", 404, "not_found", ""},
		{"bad from", "GET", "/v1/events?from=21/09/2022", "", "", 400, "invalid", "from"},
		{"to before from", "GET", "/v1/events?from=2022-09-21&to=2022-09-01", "", "", 400, "invalid", "to"},
		{"limit too big", "GET", fmt.Sprintf("/v1/events?limit=%d", MaxLimit+1), "", "", 400, "invalid", "limit"},
		{"limit not a number", "GET", "/v1/events?limit=ten", "", "", 400, "invalid", "limit"},
		{"negative offset", "GET", "/v1/events?offset=-1", "", "", 400, "invalid", "offset"},
		{"bad bool", "GET", "/v1/events?directed=maybe", "", "", 400, "invalid", "directed"},
		{"unknown parameter", "GET", "/v1/events?actor=KOR", "", "", 400, "invalid", "actor"},
		{"repeated parameter", "GET", "/v1/events?root=04&root=05", "", "", 400, "invalid", "root"},
		{"bad root", "GET", "/v1/events?root=4", "", "", 400, "invalid", "root"},
		{"bad actor", "GET", "/v1/events?source=K%27OR", "", "", 400, "invalid", "source"},
		{"unknown period", "GET", "/v1/dyads/KOR/JPN/timeline?period=decade", "", "", 400, "invalid", "period"},
		{"bad before", "GET", "/v1/dyads/KOR/JPN/last?before=2022-13-01", "", "", 400, "invalid", "before"},
		{"before on first", "GET", "/v1/dyads/KOR/JPN/first?before=2022-09-01", "", "", 400, "invalid", "before"},
		{"bad dyad actor", "GET", "/v1/dyads/K%20R/JPN/last", "", "", 400, "invalid", "a:"},
		{"no last", "GET", "/v1/dyads/FRA/USA/last", "", "", 404, "not_found", "no matching event"},
		{"no first", "GET", "/v1/dyads/KOR/JPN/first?after=2023-01-01", "", "", 404, "not_found", ""},
		{"no route", "GET", "/v2/events", "", "", 404, "not_found", "/v2/events"},
		{"bad level", "GET", "/v1/events?level=king", "", "", 400, "invalid", "level"},
		{"any level is for novelty", "GET", "/v1/events?level=any", "", "", 400, "invalid", "level"},
		{"novelty without root", "GET", "/v1/dyads/KOR/JPN/novelty?date=2022-09-21", "", "", 400, "invalid", "root"},
		{"novelty without date", "GET", "/v1/dyads/KOR/JPN/novelty?root=04", "", "", 400, "invalid", "date"},
		{"novelty unknown parameter", "GET", "/v1/dyads/KOR/JPN/novelty?root=04&date=2022-09-21&before=2022-01-01", "", "", 400, "invalid", "before"},
		{"novelty bad event id", "GET", "/v1/events/x1/novelty", "", "", 400, "invalid", "id"},
		{"novelty no event", "GET", "/v1/events/999999/novelty", "", "", 404, "not_found", "999999"},
		{"dyads bad actor", "GET", "/v1/dyads?a=K%27OR", "", "", 400, "invalid", "a:"},
		{"dyads unknown parameter", "GET", "/v1/dyads?b=JPN", "", "", 400, "invalid", "b:"},
		{"dyads limit", "GET", fmt.Sprintf("/v1/dyads?limit=%d", MaxLimit+1), "", "", 400, "invalid", "limit"},
		{"quotes bad kind", "GET", "/v1/quotes?kind=shouted", "", "", 400, "invalid", "kind"},
		{"quotes exact alone", "GET", "/v1/quotes?exact=true", "", "", 400, "invalid", "exact"},
		{"quotes bad actor", "GET", "/v1/quotes?actor=K%20OR", "", "", 400, "invalid", "actor"},
		{"quotes unknown parameter", "GET", "/v1/quotes?root=04", "", "", 400, "invalid", "root"},
		{"wrong method", "DELETE", "/v1/events", "", "", 405, "method_not_allowed", "DELETE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, m, _ := s.do(t, tt.method, tt.path, tt.tok, tt.body)
			c, msg := errCode(m)
			if code != tt.status || c != tt.code || !strings.Contains(msg, tt.mentions) {
				t.Errorf("%s %s: %d %q %q; want %d %q mentioning %q", tt.method, tt.path, code, c, msg, tt.status, tt.code, tt.mentions)
			}
		})
	}
	if code, _, h := s.do(t, "PUT", "/v1/articles", token, "{}"); code != 405 || !strings.Contains(h.Get("Allow"), "POST") {
		t.Errorf("PUT /v1/articles: %d, Allow %q", code, h.Get("Allow"))
	}
}

func TestWritesDisabled(t *testing.T) {
	for name, mod := range map[string]func(*Options){
		"no token": func(o *Options) { o.Token = "" },
		"no coder": func(o *Options) { o.Coder = nil },
	} {
		s := newServer(t, mod)
		code, m, _ := s.do(t, "POST", "/v1/articles", token, articleJSON("a", "", "text"))
		if c, _ := errCode(m); code != http.StatusForbidden || c != "forbidden" {
			t.Errorf("%s: POST answered %d %v; want 403 forbidden", name, code, m)
		}
	}
}

func TestOnStoredError(t *testing.T) {
	s := newServer(t, func(o *Options) {
		o.OnStored = func(context.Context, string) error {
			return &dyad.Error{Code: dyad.EConflict, Err: errors.New("busy")}
		}
	})
	code, m, _ := s.do(t, "POST", "/v1/articles", token, articleJSON("c", "", "text"))
	if c, _ := errCode(m); code != http.StatusConflict || c != "conflict" {
		t.Errorf("POST with a failing hook: %d %v; want 409 conflict", code, m)
	}
	if code, _, _ := s.do(t, "GET", "/v1/articles/c", "", ""); code != http.StatusOK {
		t.Errorf("the article is not stored: %d", code)
	}
}

func TestLastFirst(t *testing.T) {
	s := newServer(t, nil)
	seed(t, s)
	tests := []struct{ path, date, cameo string }{
		{"/v1/dyads/KOR/JPN/last?root=04&before=2022-09-21", "2022-09-19", "042"},
		{"/v1/dyads/KOR/JPN/last?root=04&before=2022-09-19", "2019-12-24", "040"},
		{"/v1/dyads/JPN/KOR/last?root=04&before=2022-09-21", "2022-09-19", "042"},
		{"/v1/dyads/JPN/KOR/last?root=04&before=2022-09-21&directed=true", "", ""},
		{"/v1/dyads/KOR/JPN/last", "2022-10-01", "036"},
		{"/v1/dyads/KOR/JPN/last?code=040", "2022-09-21", "040"},
		{"/v1/dyads/KOR/JPN/first?root=04&after=2019-12-24", "2022-09-19", "042"},
		{"/v1/dyads/KOR/JPN/first", "2019-12-24", "040"},
	}
	for _, tt := range tests {
		code, m, _ := s.do(t, "GET", tt.path, "", "")
		if tt.date == "" {
			if code != http.StatusNotFound {
				t.Errorf("%s: %d %v; want 404", tt.path, code, m)
			}
			continue
		}
		ev, _ := m["event"].(map[string]any)
		if code != http.StatusOK || ev["date"] != tt.date || ev["cameo"] != tt.cameo || ev["article_id"] == "" {
			t.Errorf("%s: %d %v; want the %s event of %s", tt.path, code, m, tt.cameo, tt.date)
		}
	}
}

func TestTimeline(t *testing.T) {
	s := newServer(t, nil)
	seed(t, s)
	code, m, _ := s.do(t, "GET", "/v1/dyads/KOR/JPN/timeline?period=month&from=2022-01-01", "", "")
	if code != http.StatusOK || m["period"] != "month" || m["a"] != "KOR" {
		t.Fatalf("timeline: %d %v", code, m)
	}
	pts, _ := m["points"].([]any)
	var got []string
	for _, p := range pts {
		p := p.(map[string]any)
		got = append(got, fmt.Sprintf("%s:%v", p["period"], p["events"]))
	}
	if want := "2022-08:1 2022-09:2 2022-10:1"; strings.Join(got, " ") != want {
		t.Errorf("timeline points %q; want %q", got, want)
	}
	code, m, _ = s.do(t, "GET", "/v1/dyads/KOR/JPN/timeline?period=year&root=04", "", "")
	if pts, _ := m["points"].([]any); code != http.StatusOK || len(pts) != 2 {
		t.Errorf("yearly timeline of root 04: %d %v; want 2019 and 2022", code, m)
	}
	code, m, _ = s.do(t, "GET", "/v1/dyads/USA/CHN/timeline", "", "")
	if pts, ok := m["points"].([]any); code != http.StatusOK || !ok || len(pts) != 0 {
		t.Errorf("empty timeline: %d %v; want an empty array", code, m)
	}
}

func TestEventsPaging(t *testing.T) {
	s := newServer(t, nil)
	seed(t, s)
	var dates []string
	offset := 0
	for page := 0; ; page++ {
		if page > 5 {
			t.Fatal("paging does not end")
		}
		code, m, _ := s.do(t, "GET", fmt.Sprintf("/v1/events?a=KOR&b=JPN&limit=2&offset=%d", offset), "", "")
		if code != http.StatusOK || m["limit"] != 2.0 || m["offset"] != float64(offset) {
			t.Fatalf("page %d: %d %v", page, code, m)
		}
		evs, _ := m["events"].([]any)
		for _, e := range evs {
			dates = append(dates, e.(map[string]any)["date"].(string))
		}
		if m["next"] == nil {
			if len(evs) == 0 || len(evs) > 2 {
				t.Errorf("last page has %d events", len(evs))
			}
			break
		}
		if len(evs) != 2 || m["next"] != float64(offset+2) {
			t.Fatalf("page %d: %d events, next %v", page, len(evs), m["next"])
		}
		offset += 2
	}
	want := "2022-10-01 2022-09-21 2022-09-19 2022-08-01 2019-12-24"
	if strings.Join(dates, " ") != want {
		t.Errorf("paged dates %q; want %q", dates, want)
	}
	code, m, _ := s.do(t, "GET", "/v1/events?source=FRA&root=04", "", "")
	if evs, _ := m["events"].([]any); code != http.StatusOK || len(evs) != 1 || m["next"] != nil {
		t.Errorf("FRA events: %d %v", code, m)
	}
	code, m, _ = s.do(t, "GET", "/v1/events?article=a2&from=2022-01-01", "", "")
	if evs, _ := m["events"].([]any); code != http.StatusOK || len(evs) != 1 {
		t.Errorf("events of a2 since 2022: %d %v", code, m)
	}
	code, m, _ = s.do(t, "GET", "/v1/events?a=USA", "", "")
	if evs, ok := m["events"].([]any); code != http.StatusOK || !ok || len(evs) != 0 {
		t.Errorf("no events: %d %v; want an empty array", code, m)
	}
}

func TestHealthz(t *testing.T) {
	s := newServer(t, nil)
	if code, m, _ := s.do(t, "GET", "/healthz", "", ""); code != 200 || m["status"] != "ok" {
		t.Errorf("healthz: %d %v", code, m)
	}
}

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

type ioNopCloser struct{ io.Reader }

func (ioNopCloser) Close() error { return nil }
