package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/store/sqlite"
)

// TestDemo runs `dyad demo --no-serve` twice on one database (the second
// run must add nothing and print the same summary), then once serving,
// and reads the pages it serves.
func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	code, out1, errs := runDyad(t, "", "demo", "--db", db, "--no-serve")
	if code != 0 {
		t.Fatalf("dyad demo: exit %d\n%s\n%s", code, out1, errs)
	}
	for _, want := range []string{"85 articles read, 85 new, 0 skipped, 0 failed",
		"85 of the 85 sample articles", "Top dyads by canonical events", "When did KOR and JPN last meet (CAMEO root 04)? On 2015-12-28"} {
		if !strings.Contains(out1, want) {
			t.Errorf("first run: no %q in\n%s", want, out1)
		}
	}
	code, out2, errs := runDyad(t, "", "demo", "--db", db, "--no-serve")
	if code != 0 || !strings.Contains(out2, "85 articles read, 0 new, 85 skipped") {
		t.Fatalf("second run: exit %d\n%s\n%s", code, out2, errs)
	}
	summary := regexp.MustCompile(`(?s)\nIn the database: .*`)
	if s1, s2 := summary.FindString(out1), summary.FindString(out2); s1 == "" || s1 != s2 {
		t.Errorf("the second run changed the summary:\n%s\n---\n%s", s1, s2)
	}
	if m := regexp.MustCompile(`, (\d+) events, (\d+) canonical events`).FindStringSubmatch(out1); m == nil || m[1] == "0" || m[2] == "0" {
		t.Errorf("summary without events: %s", out1)
	}

	// Serving: the pages, with the corpus texts highlighted.
	url, stop := startCommand(t, 60*time.Second, "demo", "--db", db, "--addr", "127.0.0.1:0")
	c := &http.Client{Timeout: 10 * time.Second}
	for _, p := range []struct{ path, want string }{
		{"/", `id="results"`},
		{"/dyads/KOR/JPN", `<strong>2015-12-28</strong>`},
		{"/articles/s05-japan-korea-comfort-women-deal", `id="article-text"`},
		{"/v1/dyads/KOR/JPN/last?root=04", `"2015-12-28"`},
	} {
		resp, err := c.Get(url + p.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), p.want) {
			t.Errorf("GET %s: %d, no %q", p.path, resp.StatusCode, p.want)
		}
	}
	resp, err := c.Post(url+"/v1/articles", "application/json", strings.NewReader(`{"text":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode < 400 {
		t.Errorf("POST /v1/articles on the demo: %d; want it refused", resp.StatusCode)
	}
	stop()
}

func TestDemoUsage(t *testing.T) {
	if code, _, errs := runDyad(t, "", "demo", "extra"); code != 2 || !strings.Contains(errs, "unexpected arguments") {
		t.Errorf("dyad demo extra: exit %d: %s", code, errs)
	}
	if code, _, errs := runDyad(t, "", "demo", "--workers", "0"); code != 2 || !strings.Contains(errs, "--workers") {
		t.Errorf("dyad demo --workers 0: exit %d: %s", code, errs)
	}
}

func TestDemoTopDyads(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pairs := [][2]string{
		{"KORGOV", "JPNGOV"}, {"JPNGOV", "KORGOV"}, {"JPN", "KOR"}, // one dyad, both directions
		{"USAGOV", "RUSGOV"}, {"RUS", "USA"},
		{"FRA", "DEU"}, {"DEU", "FRA"},
		{"KORGOV", "KORMIL"}, {"KORGOV", "KORMIL"}, {"KORGOV", "KORMIL"}, {"KORGOV", "KORMIL"}, // within a country
		{"---REB", "NGA"}, {"---REB", "NGA"}, {"---REB", "NGA"}, {"---REB", "NGA"}, // unknown country
		{"X", ""}, {"X", ""}, {"X", ""}, {"X", ""}, // no country
		{"CHN", "IND"},
	}
	r := &dyad.Record{ID: "a"}
	for i, p := range pairs {
		r.Events = append(r.Events, dyad.Event{Source: p[0], Target: p[1], CAMEO: "040", Root: "04", Trigger: dyad.Trigger{Start: i, End: i + 1}})
	}
	if _, err := st.SaveArticle(context.Background(), &dyad.Article{ID: "a", Text: strings.Repeat("x ", 20)}, r); err != nil {
		t.Fatal(err)
	}
	got, err := demoTopDyads(context.Background(), st, 3)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range got {
		names = append(names, fmt.Sprintf("%s-%s %d", d.A, d.B, d.Events))
	}
	if want := []string{"JPN-KOR 3", "DEU-FRA 2", "RUS-USA 2"}; !reflect.DeepEqual(names, want) {
		t.Errorf("demoTopDyads = %v; want %v", names, want)
	}
}
