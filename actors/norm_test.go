package actors

import (
	"strings"
	"testing"
)

// normCases are surfaces for the normalisers: plain ones the shortcut
// takes and ones it must leave to the full path.
var normCases = []string{
	"", " ", "Fumio Kishida", "fumio kishida", "People 's Liberation Army", "Workers ' Party",
	"S . Jaishankar", "Washington , D.C.", "Nagorno-Karabakh", "Nagorno - Karabakh", "Côte d\u2019Ivoire",
	"Sa\u2019ud", "Al  Qaeda", " Tokyo", "Tokyo ", "A\tB", "ISTANBUL", "Recep Tayyip Erdoğan", "x~y", "Ho Chi Minh City",
}

// TestNormShortcut checks that the plain-text shortcut of normExact and
// normFold gives what their full paths give, on the KB's own names too.
func TestNormShortcut(t *testing.T) {
	cases := append([]string(nil), normCases...)
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range kb.entries {
		cases = append(cases, e.Names...)
		for _, n := range e.Names {
			cases = append(cases, strings.ToUpper(n))
		}
	}
	for _, s := range cases {
		checkNorm(t, s)
	}
}

// checkNorm reports where a normaliser's shortcut and its full path differ
// on s.
func checkNorm(t *testing.T, s string) {
	t.Helper()
	if got, want := normExact(s), normExactAll(s); got != want {
		t.Errorf("normExact(%q) = %q, full path %q", s, got, want)
	}
	if got, want := normFold(s), normFoldAll(s); got != want {
		t.Errorf("normFold(%q) = %q, full path %q", s, got, want)
	}
	if got, want := normRole(s), normRoleAll(s); got != want {
		t.Errorf("normRole(%q) = %q, full path %q", s, got, want)
	}
}

// normRoleAll is normRole without its shortcut.
func normRoleAll(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(quoteReplacer.Replace(s))), " ")
}

func FuzzNormShortcut(f *testing.F) {
	for _, s := range normCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNorm(t, s)
	})
}
