package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const evalTestdata = "../../eval/testdata/"

func runEvalCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func TestEvalPred(t *testing.T) {
	code, out, errs := runEvalCmd(t, "eval", evalTestdata+"cameo.jsonl", "--pred", evalTestdata+"cameo_pred.jsonl",
		evalTestdata+"article/gold.json")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{
		// cameo.jsonl: worked out by hand in eval's tests.
		"1 country+root               3     2     1  0.600  0.750  0.667",
		"3 full code (CAMEO)          2     5     2  0.286  0.500  0.364",
		// the article gold has no record in this prediction file.
		"1 country+root               0     0     4  0.000  0.000  0.000",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The record of another gold file is not an unknown id when some id matches.
	if strings.Contains(out, "match no gold item") && strings.Index(out, "match no gold item") < strings.Index(out, "article/gold.json") {
		t.Errorf("cameo report warns about ids of other files:\n%s", out)
	}
}

// TestEvalArticleFileID: `dyad code story.txt` names its record "story".
func TestEvalArticleFileID(t *testing.T) {
	data, err := os.ReadFile(evalTestdata + "article_pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	data = bytes.Replace(data, []byte(`"id": "fixture-article"`), []byte(`"id": "story"`), 1)
	if err := os.WriteFile(pred, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runEvalCmd(t, "eval", evalTestdata+"article/gold.json", "--pred", pred)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	if !strings.Contains(out, "1 country+root               3     1     1  0.750  0.750  0.750") || strings.Contains(out, "match no gold item") {
		t.Errorf("record \"story\" not scored as the article:\n%s", out)
	}
}

func TestEvalJSON(t *testing.T) {
	code, out, errs := runEvalCmd(t, "eval", "--json", "--pred", evalTestdata+"plover_pred.jsonl", evalTestdata+"plover.jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	var r struct {
		Scheme string `json:"scheme"`
		Levels []struct {
			TP, FP, FN int
			F1         float64
		} `json:"levels"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not one JSON report: %v\n%s", err, out)
	}
	if r.Scheme != "PLOVER" || len(r.Levels) != 3 || r.Levels[0].TP != 3 || r.Levels[2].FN != 2 || math.Abs(r.Levels[0].F1-0.75) > 1e-9 {
		t.Errorf("report = %+v", r)
	}
}

func TestEvalBadGold(t *testing.T) {
	code, out, errs := runEvalCmd(t, "eval", evalTestdata+"bad.jsonl", evalTestdata+"plover.jsonl",
		"--pred", evalTestdata+"plover_pred.jsonl")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errs, "bad.jsonl:3") {
		t.Errorf("stderr lacks the bad line:\n%s", errs)
	}
	if !strings.Contains(out, "1 country+root               3     2     0  0.600  1.000  0.750") {
		t.Errorf("the readable gold file was not scored:\n%s", out)
	}
	if code, _, _ := runEvalCmd(t, "eval"); code != 2 {
		t.Errorf("no gold: exit %d, want 2", code)
	}
	if code, _, errs := runEvalCmd(t, "eval", evalTestdata+"plover.jsonl", "--pred", evalTestdata+"nowhere.jsonl"); code != 1 || !strings.Contains(errs, "nowhere.jsonl") {
		t.Errorf("missing --pred: exit %d, stderr %q", code, errs)
	}
}

// TestEvalCodes runs the real pipeline on the small fixture: whatever the
// stages find, every item is scored.
func TestEvalCodes(t *testing.T) {
	code, out, errs := runEvalCmd(t, "eval", "--workers", "2", evalTestdata+"cameo.jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	if !strings.Contains(out, "4 items, 4 gold events") || !strings.Contains(out, "3 full code (CAMEO)") {
		t.Errorf("output:\n%s", out)
	}
}

func TestEvalMisses(t *testing.T) {
	code, out, errs := runEvalCmd(t, "eval", "--misses", evalTestdata+"cameo.jsonl", "--pred", evalTestdata+"cameo_pred.jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{
		"c2 spurious: USAGOV->CHN 112",
		"c4 wrong code: gold USA->RUS 17, predicted USA->RUS 190",
		"total: spurious 1, wrong code 1, items without gold events 1 (1 with a prediction)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
