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
