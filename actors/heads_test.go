package actors

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// TestHeadsSince2000 checks rows of the regional files of heads of state
// and government (people-*.tsv): in office at a date the person has the
// office's code, after it the country's ELI, and who holds an office at a
// date comes from them too.
func TestHeadsSince2000(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := time.Parse(dateLayout, s); return d }
	for _, tc := range []struct{ id, date, want string }{
		{"person:jakaya-kikwete", "2010-06-01", "TZAGOV"}, // people-africa.tsv
		{"person:jakaya-kikwete", "2016-06-01", "TZAELI"},
		{"person:abdoulaye-wade", "2005-06-01", "SENGOV"},
		{"person:yingluck-shinawatra", "2012-06-01", "THAGOV"}, // people-asia.tsv
		{"person:junichiro-koizumi", "2004-06-01", "JPNGOV"},
		{"person:gerhard-schroder", "2003-06-01", "DEUGOV"}, // people-europe.tsv
		{"person:gerhard-schroder", "2007-06-01", "DEUELI"},
		{"person:jean-chretien", "2002-06-01", "CANGOV"}, // people-americas.tsv
		{"person:helen-clark", "2005-06-01", "NZLGOV"},
		// an office of another country in force too: the person's own first
		{"person:elizabeth-ii", "2010-06-01", "GBRGOV"},
		{"person:emmanuel-macron", "2020-06-01", "FRAGOV"},
	} {
		wantCodeAt(t, kb, tc.id, tc.date, tc.want)
	}
	for _, tc := range []struct{ code, kind, date, want string }{
		{"THAGOV", HeadOfGovernment, "2012-06-01", "person:yingluck-shinawatra"},
		{"TZAGOV", HeadOfState, "2010-06-01", "person:jakaya-kikwete"},
		{"CUBGOV", HeadOfGovernment, "2005-06-01", "person:fidel-castro"}, // HOS+HOG
		{"TURGOV", HeadOfGovernment, "2020-06-01", "person:recep-tayyip-erdogan"},
		{"CANGOV", HeadOfState, "2010-06-01", "person:elizabeth-ii"},
		{"ANDGOV", HeadOfState, "2020-06-01", "person:emmanuel-macron"},
	} {
		hs := kb.Holders(tc.code, tc.kind, day(tc.date))
		if len(hs) == 0 || hs[0].Entry.ID != tc.want || hs[0].Kind != tc.kind {
			t.Errorf("%s %s at %s: %v, want %s", tc.code, tc.kind, tc.date, hs, tc.want)
		}
	}
}

// TestCodeAtOwnCountryFirst checks that of two offices in force the
// person's own country's gives the code, even when the other began later.
func TestCodeAtOwnCountryFirst(t *testing.T) {
	kb := kbWithPeople(t,
		"test-monarch\tTestia Monarcha\tGBR\tGBRGOV:Queen of the United Kingdom:2000-01-01:|CANGOV:Queen of Canada:2005-01-01:\t\ttest")
	e, ok := kb.Entry("person:test-monarch")
	if !ok {
		t.Fatal("test row not loaded")
	}
	if got, _ := e.CodeAt(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)); got != "GBRGOV" {
		t.Errorf("code in 2010: %s, want GBRGOV", got)
	}
	found := false
	for _, h := range kb.Holders("CANGOV", HeadOfState, time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)) {
		found = found || h.Entry == e
	}
	if !found {
		t.Errorf("the test monarch is not among Canada's heads of state in 2010")
	}
}

// wantCodeAt checks the code of the KB entry id on the day date.
func wantCodeAt(t *testing.T, kb *KB, id, date, want string) {
	t.Helper()
	e, ok := kb.Entry(id)
	if !ok {
		t.Errorf("%s: not in the KB", id)
		return
	}
	d, err := time.Parse(dyad.DateLayout, date)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := e.CodeAt(d); got != want {
		t.Errorf("%s at %s: %s, want %s", id, date, got, want)
	}
}
