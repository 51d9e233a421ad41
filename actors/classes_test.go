package actors

import (
	"testing"
	"time"
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
