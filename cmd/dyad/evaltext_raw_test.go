package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// rawScores runs eval-text's raw block on a corpus whose EWT test file is
// conllu and returns each measure's F1.
func rawScores(t *testing.T, conllu string) map[string]float64 {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "ud-english-ewt"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "ud-english-ewt"), "en_ewt-ud-test.conllu", conllu)
	code, out, errs := runDyad(t, "", "eval-text", "--only", "raw", "--corpora", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got := map[string]float64{}
	for _, m := range regexp.MustCompile(`(?m)^  (\w+)\s+\d+\s+\d+\s+([\d.]+)$`).FindAllStringSubmatch(out, -1) {
		f, _ := strconv.ParseFloat(m[2], 64)
		got[m[1]] = f
	}
	return got
}

func TestEvalTextRaw(t *testing.T) {
	gold, err := os.ReadFile("../../text/parser/testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	doc := "# newdoc id = tiny\n" + string(gold)
	sc := rawScores(t, doc)
	for _, m := range []string{"sentences", "words", "UPOS", "XPOS", "lemmas", "UAS", "LAS"} {
		if _, ok := sc[m]; !ok {
			t.Fatalf("no %s line in the output: %v", m, sc)
		}
	}
	// The fixture's plain sentences tokenize and split as the gold does.
	if sc["words"] != 100 || sc["sentences"] != 100 {
		t.Errorf("words %.2f, sentences %.2f; want 100 for plain text", sc["words"], sc["sentences"])
	}
	if sc["LAS"] > sc["UAS"] || sc["UAS"] < 50 {
		t.Errorf("UAS %.2f, LAS %.2f: want 50 <= LAS <= UAS", sc["UAS"], sc["LAS"])
	}
	// Gold heads all on the root make the attachment scores fall; the
	// words and tags do not change.
	flat := regexp.MustCompile(`(?m)^(\d+\t[^\t]+\t[^\t]+\t[^\t]+\t[^\t]+\t[^\t]+\t)\d+\t`).ReplaceAllString(doc, "${1}0\t")
	sf := rawScores(t, flat)
	if sf["UAS"] >= sc["UAS"] || sf["words"] != sc["words"] || sf["UPOS"] != sc["UPOS"] {
		t.Errorf("with every gold head on the root: UAS %.2f (was %.2f), words %.2f, UPOS %.2f", sf["UAS"], sc["UAS"], sf["words"], sf["UPOS"])
	}
}
