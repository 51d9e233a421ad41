package actors

import (
	"testing"
	"time"
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
	} {
		e, ok := kb.Entry(tc.id)
		if !ok {
			t.Errorf("%s: not in the KB", tc.id)
			continue
		}
		if got, _ := e.CodeAt(day(tc.date)); got != tc.want {
			t.Errorf("%s at %s: %s, want %s", tc.id, tc.date, got, tc.want)
		}
	}
	for _, tc := range []struct{ code, kind, date, want string }{
		{"THAGOV", HeadOfGovernment, "2012-06-01", "person:yingluck-shinawatra"},
		{"TZAGOV", HeadOfState, "2010-06-01", "person:jakaya-kikwete"},
		{"CUBGOV", HeadOfGovernment, "2005-06-01", "person:fidel-castro"}, // HOS+HOG
		{"TURGOV", HeadOfGovernment, "2020-06-01", "person:recep-tayyip-erdogan"},
	} {
		hs := kb.Holders(tc.code, tc.kind, day(tc.date))
		if len(hs) == 0 || hs[0].Entry.ID != tc.want || hs[0].Kind != tc.kind {
			t.Errorf("%s %s at %s: %v, want %s", tc.code, tc.kind, tc.date, hs, tc.want)
		}
	}
}
