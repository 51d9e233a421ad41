package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad/httpapi"
	"github.com/dyadproject/dyad/store/sqlite"
)

// apiCall sends a request to the API and decodes its JSON answer.
func apiCall(t *testing.T, c *http.Client, method, url, token, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s %s: %d, not JSON: %v\n%s", method, url, resp.StatusCode, err, raw)
	}
	return resp.StatusCode, m
}

func apiErrCode(m map[string]any) string {
	e, _ := m["error"].(map[string]any)
	c, _ := e["code"].(string)
	return c
}

// TestServeSeed posts the seed article to the API, coded by the real
// pipeline into a SQLite store, and asks when South Korea and Japan last
// met before the leaders' meeting of 2022-09-21.
func TestServeSeed(t *testing.T) {
	text, err := os.ReadFile("../../testdata/seed/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	coder, err := newPipeline(pipelineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	canon, err := newCanonicalizer(context.Background(), st)
	if err != nil || canon == nil {
		t.Fatalf("canonicalizer: %v, %v", canon, err)
	}
	const token = "t0ken"
	srv := httptest.NewServer(httpapi.New(httpapi.Options{Store: st, Coder: coder, Token: token,
		OnStored: canon.add, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer srv.Close()
	c := srv.Client()

	body, _ := json.Marshal(map[string]string{"id": "seed", "date": "2022-09-21", "text": string(text), "outlet": "Anadolu Agency"})
	code, m := apiCall(t, c, "POST", srv.URL+"/v1/articles", "", string(body))
	if code != http.StatusUnauthorized || apiErrCode(m) != "unauthorized" {
		t.Errorf("POST without token: %d %v; want 401", code, m)
	}
	code, m = apiCall(t, c, "POST", srv.URL+"/v1/articles", token, string(body))
	evs, _ := m["events"].([]any)
	if code != http.StatusCreated || m["created"] != true || m["id"] != "seed" || len(evs) < 4 {
		t.Fatalf("POST seed: %d, created %v, %d events; want 201 with the seed's events", code, m["created"], len(evs))
	}
	code, m = apiCall(t, c, "POST", srv.URL+"/v1/articles", token, string(body))
	if code != http.StatusOK || m["created"] != false {
		t.Errorf("POST seed again: %d, created %v; want 200 created false", code, m["created"])
	}

	code, m = apiCall(t, c, "GET", srv.URL+"/v1/dyads/KOR/JPN/last?root=04&before=2022-09-21", "", "")
	ev, _ := m["event"].(map[string]any)
	if code != http.StatusOK || ev["date"] != "2022-09-19" || ev["article_id"] != "seed" {
		t.Errorf("last KOR-JPN root 04 before 2022-09-21: %d %v; want the 2022-09-19 meeting", code, m)
	}
	code, m = apiCall(t, c, "GET", srv.URL+"/v1/dyads/KOR/JPN/timeline?period=month&from=2022-01-01", "", "")
	pts, _ := m["points"].([]any)
	if code != http.StatusOK || len(pts) != 1 || pts[0].(map[string]any)["period"] != "2022-09" {
		t.Errorf("timeline: %d %v; want one point, 2022-09", code, m)
	}

	// Page through the seed's events two at a time.
	seen := 0
	for off := 0; off >= 0; {
		code, m = apiCall(t, c, "GET", fmt.Sprintf("%s/v1/events?article=seed&limit=2&offset=%d", srv.URL, off), "", "")
		page, _ := m["events"].([]any)
		if code != http.StatusOK || len(page) == 0 || len(page) > 2 {
			t.Fatalf("events page at %d: %d, %d events", off, code, len(page))
		}
		seen += len(page)
		next, ok := m["next"].(float64)
		if !ok {
			break
		}
		off = int(next)
	}
	if seen != len(evs) {
		t.Errorf("paging saw %d events; the seed has %d", seen, len(evs))
	}

	code, m = apiCall(t, c, "GET", srv.URL+"/v1/articles/seed", "", "")
	if code != http.StatusOK || m["published"] != "2022-09-21" {
		t.Errorf("GET the seed: %d", code)
	}
	code, m = apiCall(t, c, "GET", srv.URL+"/v1/articles/missing", "", "")
	if code != http.StatusNotFound || apiErrCode(m) != "not_found" {
		t.Errorf("GET a missing article: %d %v; want 404", code, m)
	}
	code, m = apiCall(t, c, "GET", srv.URL+"/v1/events?from=21/09/2022", "", "")
	if e, _ := m["error"].(map[string]any); code != http.StatusBadRequest || !strings.Contains(fmt.Sprint(e["message"]), "from") {
		t.Errorf("from=21/09/2022: %d %v; want 400 naming from", code, m)
	}
	huge := `{"text":"` + strings.Repeat("a", httpapi.DefaultMaxBody) + `"}`
	code, m = apiCall(t, c, "POST", srv.URL+"/v1/articles", token, huge)
	if code != http.StatusRequestEntityTooLarge || apiErrCode(m) != "too_large" {
		t.Errorf("body over 1 MiB: %d %v; want 413", code, m)
	}
}

// TestServeCommand runs `dyad serve` on a free port, checks that it
// answers and refuses writes without the token, and that it stops
// cleanly when its context is cancelled.
func TestServeCommand(t *testing.T) {
	t.Setenv("DYAD_TOKEN", "from-env")
	db := filepath.Join(t.TempDir(), "dyad.db")
	url, stop := startCommand(t, 30*time.Second, "serve", "--db", db, "--addr", "127.0.0.1:0")
	c := &http.Client{Timeout: 10 * time.Second}
	if code, m := apiCall(t, c, "GET", url+"/healthz", "", ""); code != http.StatusOK || m["status"] != "ok" {
		t.Errorf("healthz: %d %v", code, m)
	}
	// The pages beside the API, with the security headers on both.
	for _, p := range []struct {
		path, ctype, body string
		status            int
	}{
		{"/", "text/html", `<form class="search"`, 200},
		{"/dyads/KOR/JPN", "text/html", `id="timeline-data"`, 200},
		{"/articles/none", "text/html", "Not found", 404},
		{"/static/vendor/uPlot.iife.min.js", "javascript", "uPlot", 200},
		{"/v1/nothing", "application/json", `"not_found"`, 404},
		{"/healthz", "application/json", `"ok"`, 200},
	} {
		resp, err := c.Get(url + p.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != p.status || !strings.Contains(resp.Header.Get("Content-Type"), p.ctype) || !strings.Contains(string(b), p.body) {
			t.Errorf("GET %s: %d %s; want %d %s with %q", p.path, resp.StatusCode, resp.Header.Get("Content-Type"), p.status, p.ctype, p.body)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET %s: security headers missing: %v", p.path, resp.Header)
		}
	}
	if code, m := apiCall(t, c, "POST", url+"/v1/articles", "wrong", `{"text":"x"}`); code != http.StatusUnauthorized {
		t.Errorf("POST with a wrong token: %d %v; want 401", code, m)
	}
	if code, m := apiCall(t, c, "POST", url+"/v1/articles", "from-env", `{"id":"n","text":"France and Germany met in Paris.","date":"2023-01-05"}`); code != http.StatusCreated {
		t.Errorf("POST with the token of $DYAD_TOKEN: %d %v; want 201", code, m)
	}
	stop()
}

// startCommand runs a listening command (`dyad serve`, `dyad demo`) with
// args until ctx is cancelled, and returns its base URL once its stderr
// says "dyad NAME: listening on URL ...". stop cancels the command and
// checks that it exits with 0.
func startCommand(t *testing.T, wait time.Duration, args ...string) (url string, stop func()) {
	t.Helper()
	name := args[0]
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	exit := make(chan int, 1)
	go func() {
		code := Main(ctx, &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: pw}, args)
		pw.Close()
		exit <- code
	}()
	addr := make(chan string, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "dyad "+name+": listening on "); ok {
				u, _, _ := strings.Cut(rest, " ")
				addr <- u
			}
		}
		io.Copy(io.Discard, pr)
	}()
	select {
	case url = <-addr:
	case code := <-exit:
		cancel()
		t.Fatalf("dyad %s exited with %d before listening", name, code)
	case <-time.After(wait):
		cancel()
		t.Fatalf("dyad %s did not start listening", name)
	}
	stop = func() {
		t.Helper()
		cancel()
		select {
		case code := <-exit:
			if code != 0 {
				t.Errorf("dyad %s exited with %d after cancel; want 0", name, code)
			}
		case <-time.After(15 * time.Second):
			t.Fatalf("dyad %s did not stop after cancel", name)
		}
		wg.Wait()
	}
	return url, stop
}

func TestServeUsage(t *testing.T) {
	if code, _, errs := runDyad(t, "", "serve", "extra"); code != 2 || !strings.Contains(errs, "unexpected arguments") {
		t.Errorf("dyad serve extra: exit %d: %s", code, errs)
	}
	if code, _, errs := runDyad(t, "", "serve", "--db", filepath.Join(t.TempDir(), "x.db"), "--addr", "bad:addr:1"); code != 1 || errs == "" {
		t.Errorf("dyad serve with a bad address: exit %d: %s", code, errs)
	}
}
