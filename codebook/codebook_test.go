package codebook

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultLoads(t *testing.T) {
	cb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	codes, patterns := cb.Len()
	if codes < 300 || patterns < 300 {
		t.Errorf("codes, patterns = %d, %d; want at least 300 each", codes, patterns)
	}
	c, ok := cb.Code("044")
	if !ok || c.Goldstein != 2.5 || c.PLOVER != "CONSULT" || c.Mode != "third-party" {
		t.Errorf("044 = %+v, %v", c, ok)
	}
	if c, _ := cb.Code("108"); c.Mode != "meet" {
		t.Errorf("108 mode = %q, want meet (GDELT numbering)", c.Mode)
	}
	ps := cb.Patterns("agree")
	if len(ps) == 0 || len(ps[0].Words) < len(ps[len(ps)-1].Words) {
		t.Fatalf("agree patterns not longest first: %v", ps)
	}
	for _, p := range ps {
		if p.String() == "V agree to meet" && (p.Code != "036" || !p.Intent || !p.Recip) {
			t.Errorf("agree to meet = %+v", p)
		}
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	fsys := fstest.MapFS{
		"cameo.tsv": {Data: []byte("code\troot\tname\tgoldstein\tplover_type\tplover_mode\n" +
			"040\t04\tConsult\t1.0\tCONSULT\t\n" +
			"041\t05\tPhone\t1.0\tCONSULT\tphone\n")},
		"patterns.tsv": {Data: []byte("# comment\ncode\tpattern\tflags\n" +
			"040\tV meet\trecip\n" +
			"999\tV explode\t\n" +
			"040\tV meet\t\n" +
			"040\tV talk\tloud\n" +
			"040\tmeet\t\n")},
	}
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("Load: no error")
	}
	for _, want := range []string{
		"cameo.tsv:3: code 041: root \"05\"",
		"patterns.tsv:4: code \"999\"",
		"patterns.tsv:5: pattern \"V meet\" already defined at patterns.tsv:3",
		"patterns.tsv:6: unknown flag \"loud\"",
		"patterns.tsv:7: pattern \"meet\"",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
