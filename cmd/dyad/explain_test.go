package main

import (
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	code, out, errs := runDyad(t, "", "explain", "--date", "2022-09-21",
		"Russia did not attack Ukraine. South Korean President Yoon Suk-yeol met Japanese Prime Minister Fumio Kishida on Wednesday in New York.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"sentence 0", "VBD", "actor=KORGOV", "2022-09-21",
		`"attack"`, "negated, and the code has no refusal",
		`"met"`, "V meet (patterns.tsv:", "-> coded (044, 2 events)",
		"KORGOV -> JPNGOV  044", "place=New York",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := runDyad(t, "", "explain"); code != 2 {
		t.Errorf("no text: exit %d, want 2", code)
	}
}

func TestCodebookCheck(t *testing.T) {
	code, out, errs := runDyad(t, "", "codebook", "check")
	if code != 0 || !strings.HasPrefix(out, "codebook ok: 3") {
		t.Errorf("bundled: exit %d, %q %q", code, out, errs)
	}
	dir := t.TempDir()
	writeFile(t, dir, "patterns.tsv", "code\tpattern\tflags\n040\tV meet\trecip\n999\tV explode\t\n")
	code, _, errs = runDyad(t, "", "codebook", "check", "--codebook", dir)
	if code != 1 || !strings.Contains(errs, "patterns.tsv:3: code \"999\"") {
		t.Errorf("bad user codebook: exit %d, %q", code, errs)
	}
}

func TestUserCodebookAndKB(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "patterns.tsv", "code\tpattern\tflags\n111\tV scold\t\n")
	kb := t.TempDir()
	writeFile(t, kb, "people.tsv", "id\tnames\tcountry\tterms\tsurname\tsource\nann-example\tAnn Example\tPER\tPERGOV:President of Peru:2020-01-01:\tExample\ttest fixture\n")
	code, out, errs := runDyad(t, "", "explain", "--date", "2022-09-21", "--codebook", dir, "--kb", kb, "Ann Example scolded Chile.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "PERGOV -> CHL  111") {
		t.Errorf("user codebook and KB not used:\n%s", out)
	}
	if code, _, errs := runDyad(t, "", "explain", "--kb", "/nonexistent", "x"); code != 1 || !strings.Contains(errs, "--kb") {
		t.Errorf("missing --kb dir: exit %d, %q", code, errs)
	}
}
