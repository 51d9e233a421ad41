package actors

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// TestOfficeClasses checks the classes of office added in issue 4 (G20
// chiefs of defence, speakers of G20 parliaments) and the official news
// agencies: codes inside and outside the terms.
func TestOfficeClasses(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := time.Parse(dateLayout, s); return d }
	for _, tc := range []struct{ id, date, want string }{
		{"person:thierry-burkhard", "2022-06-01", "FRAMIL"},
		{"person:thierry-burkhard", "2026-01-01", "FRAELI"},
		{"person:valery-gerasimov", "2023-01-01", "RUSMIL"},
		{"person:mark-milley", "2021-01-01", "USAMIL"},
		{"person:hulusi-akar", "2020-01-01", "TURGOV"},
		{"person:nancy-pelosi", "2020-01-01", "USALEG"},
		{"person:nancy-pelosi", "2016-01-01", "USAELI"},
		{"person:vyacheslav-volodin", "2022-01-01", "RUSLEG"},
		{"org:sonna", "2022-01-01", "SOMGOVMED"},
		{"person:pope-francis", "2020-01-01", "VATREL"},
		{"person:pope-francis", "2012-01-01", "ARG"},
		{"org:anadolu", "2022-01-01", "TURMED"},
	} {
		e, ok := kb.Entry(tc.id)
		if !ok {
			t.Errorf("%s: not in the KB", tc.id)
			continue
		}
		if got, _ := e.CodeAt(day(tc.date)); got != tc.want {
			t.Errorf("%s at %s = %s, want %s", tc.id, tc.date, got, tc.want)
		}
	}
}

// TestOtherGivenName checks that a family name of the KB after another
// given name ("Hunter Biden") is not the KB person, and that titles, the
// person's own given names and "Mr." still are.
func TestOtherGivenName(t *testing.T) {
	kb, ta := kbAndText(t)
	r := NewResolver(kb)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Hunter Biden spoke to reporters.", false},
		{"El Chapo was sentenced.", false},
		{"Joe Biden spoke to reporters.", true},
		{"President Biden spoke to reporters.", true},
		{"Mr. Biden spoke to reporters.", true},
	} {
		d := &dyad.Doc{Article: &dyad.Article{ID: "t", Text: tc.text, Published: time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC)}}
		if err := ta.Process(d); err != nil {
			t.Fatal(err)
		}
		if err := r.Process(d); err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range d.Entities {
			if e.KB == "person:joe-biden" || e.KB == "person:daniel-chapo" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: KB person found = %v, want %v (%q)", tc.text, got, tc.want, mentions(d))
		}
	}
}
