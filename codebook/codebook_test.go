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

func TestSynonymsAndNewFlags(t *testing.T) {
	fsys := fstest.MapFS{
		"cameo.tsv": {Data: []byte("code\troot\tname\tgoldstein\tplover_type\tplover_mode\n" +
			"120\t12\tReject\t-4.0\tREJECT\t\n" +
			"125\t12\tReject talks\t-5.0\tREJECT\t\n" +
			"072\t07\tMilitary aid\t8.3\tAID\t\n" +
			"020\t02\tAppeal\t3.0\tREQUEST\t\n")},
		"patterns.tsv": {Data: []byte("code\tpattern\tflags\n" +
			"120\tV reject\t\n" +
			"125\tV reject talks\t\n" +
			"120\tV dismiss talks\t\n" +
			"072\tV receive weapon from\trev\n" +
			"020\tV want to\tactor\n")},
		"synonyms.tsv": {Data: []byte("word\tlemma\n" + "dismiss\treject\n" + "spurn\treject\n")},
	}
	cb, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range cb.Patterns("spurn") {
		got = append(got, p.String()+" "+p.Code)
	}
	if strings.Join(got, ",") != "V spurn talks 125" {
		t.Errorf("spurn patterns = %v, want only the multi-word one", got)
	}
	// a word's own pattern wins over the synonym's
	if ps := cb.Patterns("dismiss"); len(ps) != 1 || ps[0].Code != "120" {
		t.Errorf("dismiss patterns = %v", ps)
	}
	if p := cb.Patterns("receive")[0]; !p.Rev {
		t.Errorf("receive weapon from: Rev not set")
	}
	if p := cb.Patterns("want")[0]; !p.Actor {
		t.Errorf("want to: Actor not set")
	}
	fsys["synonyms.tsv"] = &fstest.MapFile{Data: []byte("word\tlemma\n" + "snub\tignore\n" + "Snub\treject\n")}
	if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), "synonyms.tsv:3") || strings.Contains(err.Error(), "synonyms.tsv:2") {
		t.Errorf("want an error for the upper-case word only: err = %v", err)
	}
}
