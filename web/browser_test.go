package web

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findBrowser returns the path of a Chromium or Chrome binary:
// $DYAD_CHROMIUM when set, else the first of the usual names on $PATH.
func findBrowser() (string, error) {
	if p := os.Getenv("DYAD_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("$DYAD_CHROMIUM: %w", err)
		}
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no chromium or chrome on $PATH and $DYAD_CHROMIUM unset (Debian: apt-get install chromium)")
}

// TestBrowser opens the pages in headless Chromium: the dyad page must
// draw its chart (a canvas of non-zero size) and list its evidence, the
// article page must highlight entities, triggers and quotes, a search
// typed into the form must find events, and no page may log a script
// error or a Content-Security-Policy violation. Screenshots go to
// $DYAD_SCREENSHOT_DIR when set, else to the test's temporary folder.
func TestBrowser(t *testing.T) {
	browser, err := findBrowser()
	if err != nil {
		t.Skip(err)
	}
	start := time.Now()
	f := newFixture(t)
	srv := f.server(t, true)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox cannot start
		chromedp.DisableGPU,
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(bctx); err != nil { // starts the browser
		t.Fatalf("starting %s: %v", browser, err)
	}
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()

	// Collect the errors the pages log: exceptions, console errors and
	// browser log errors (where CSP violations go).
	var mu sync.Mutex
	var problems []string
	lctx, stopListening := context.WithCancel(bctx)
	messages := chromedp.Console(lctx) // ends when lctx is cancelled
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" {
				mu.Lock()
				problems = append(problems, fmt.Sprintf("%s %s: %s (%s)", m.Type, m.Source, m.Text, m.URL))
				mu.Unlock()
			}
		}
	}()

	dir := os.Getenv("DYAD_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", path)
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	num := func(expr string) float64 {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}

	// The dyad page: the chart is a canvas with a size, the evidence has
	// rows, the last meeting is answered.
	do("dyad page", chromedp.Navigate(srv.URL+"/dyads/KOR/JPN?before=2022-09-21"),
		chromedp.WaitVisible(chromedp.CSS("#chart canvas")))
	canvasW := num(`document.querySelector("#chart canvas").getBoundingClientRect().width`)
	canvasH := num(`document.querySelector("#chart canvas").getBoundingClientRect().height`)
	periods := num(`Number(document.getElementById("chart").dataset.rendered || 0)`)
	evidence := num(`document.querySelectorAll("#evidence li").length`)
	last, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#last-meeting strong")))
	if err != nil {
		t.Fatal(err)
	}
	shot("dyad.png")
	if canvasW < 100 || canvasH < 100 || periods < 1 {
		t.Errorf("chart: canvas %.0fx%.0f, %.0f periods drawn; want a drawn chart", canvasW, canvasH, periods)
	}
	if evidence == 0 {
		t.Error("dyad page: no evidence rows")
	}
	if last != "2022-09-19" {
		t.Errorf("last meeting before 2022-09-21: %q; want 2022-09-19", last)
	}

	// The article page: highlights of each kind.
	do("article page", chromedp.Navigate(srv.URL+"/articles/seed"), chromedp.WaitVisible(chromedp.ID("article-text")))
	ents := num(`document.querySelectorAll("#article-text .ent").length`)
	trigs := num(`document.querySelectorAll("#article-text .trig").length`)
	quotes := num(`document.querySelectorAll("#article-text .quote").length`)
	shot("article.png")
	if ents == 0 || trigs == 0 || quotes == 0 {
		t.Errorf("article highlights: %.0f entities, %.0f triggers, %.0f quotes; want some of each", ents, trigs, quotes)
	}

	// The search form, typed into.
	do("search page", chromedp.Navigate(srv.URL+"/"),
		chromedp.SetValue(chromedp.CSS(`input[name="a"]`), "KOR"),
		chromedp.SetValue(chromedp.CSS(`input[name="b"]`), "JPN"),
		chromedp.SetValue(chromedp.CSS(`select[name="root"]`), "04"),
		chromedp.Click(chromedp.CSS(`form.search button`)))
	// The page before the answer may list KOR-JPN events too, so wait for
	// the answer's address rather than for an element; evaluating while
	// the page is being replaced can fail, so errors only mean "not yet".
	for deadline := time.Now().Add(30 * time.Second); ; {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`location.search.includes("root=04") && document.readyState === "complete"`))
		if err == nil && ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("search page: the form did not lead to the answer (last error: %v)", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	do("search answer", chromedp.WaitVisible(chromedp.CSS(`a[href="/dyads/KOR/JPN"]`)),
		chromedp.WaitVisible(chromedp.ID("results")))
	rows := num(`document.querySelectorAll("#results tbody tr").length`)
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	shot("search.png")
	if rows == 0 || !strings.Contains(loc, "root=04") {
		t.Errorf("search KOR JPN 04 in the browser: %.0f rows at %s", rows, loc)
	}

	stopListening()
	<-done
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser: %s", p)
	}
	t.Logf("browser test in %.1f s (%s)", time.Since(start).Seconds(), strings.TrimSpace(browser))
}
