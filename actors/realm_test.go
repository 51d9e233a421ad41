package actors

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// TestSecondaryTerms checks that a person's offices of another country
// held within one of their own (a monarch's other realms) never become the
// default term: an undated text, a title and a date after every term take
// the own country's office, wherever the other terms start; while both are
// in force the own one gives the code, and the other country still has the
// person as its head of state. The people here are test rows, not facts.
func TestSecondaryTerms(t *testing.T) {
	kb := kbWithPeople(t,
		"test-monarch\tQueen Testia Regina\tGBR\tGBRGOV:Queen of the United Kingdom:1990-01-01:2020-01-01|JAMGOV:Queen of Jamaica:1995-01-01:2020-01-01|BRBGOV:Queen of Barbados:1996-01-01:2010-06-30\tRegina\ttest",
		"test-coprince\tTestan Coprinz\tFRA\tANDGOV:Co-Prince of Andorra:2001-01-01:2006-01-01:HOS|FRAGOV:President of France:2001-01-01:2006-01-01\tCoprinz\ttest",
		"test-later\tTesto Laterus\tKOR\tKORGOV:Minister of Foreign Affairs of South Korea:2000-01-01:2005-01-01|IGOUNO:Secretary-General of the United Nations:2007-01-01:2012-01-01\tLaterus\ttest")
	day := func(s string) time.Time { d, _ := time.Parse(dyad.DateLayout, s); return d }
	for _, tc := range []struct {
		id, date, want string
		secondary      int
	}{
		{"person:test-monarch", "2000-01-01", "GBRGOV", 2},
		{"person:test-monarch", "2012-01-01", "GBRGOV", 2},
		{"person:test-monarch", "2021-01-01", "GBRELI", 2},
		{"person:test-coprince", "2003-01-01", "FRAGOV", 1},
		// an office abroad after the own one is not secondary: it is the
		// person's last office
		{"person:test-later", "2010-01-01", "IGOUNO", 0},
	} {
		e, ok := kb.Entry(tc.id)
		if !ok {
			t.Fatalf("%s not loaded", tc.id)
		}
		if got, _ := e.CodeAt(day(tc.date)); got != tc.want {
			t.Errorf("%s at %s: %s, want %s", tc.id, tc.date, got, tc.want)
		}
		n := 0
		for _, tm := range e.Terms {
			if tm.Secondary() {
				n++
			}
		}
		if n != tc.secondary {
			t.Errorf("%s: %d secondary terms, want %d", tc.id, n, tc.secondary)
		}
	}
	found := false
	for _, h := range kb.Holders("BRBGOV", HeadOfState, day("2005-01-01")) {
		found = found || h.Entry.ID == "person:test-monarch"
	}
	if !found {
		t.Errorf("the test monarch is not Barbados's head of state in 2005")
	}
	for _, tc := range []struct{ text, date, want string }{
		{"Queen Testia Regina opened the session.", "", "Queen Testia Regina=GBRGOV"},
		{"Queen Regina opened the session.", "", "Queen Regina=GBRGOV"},
		{"Queen Regina opened the session.", "2021-03-01", "Queen Regina=GBRGOV"},
		{"Testo Laterus spoke.", "", "Testo Laterus=IGOUNO"},
	} {
		wantMentions(t, tc.text, mentions(resolveWith(t, kb, tc.text, tc.date)), []string{tc.want}, nil)
	}
}

// TestRealmHeadsOfState: Elizabeth II heads the realms that became
// independent after her accession, from independence to her death or the
// republic (Barbados 2021-11-30), and keeps the United Kingdom's code.
func TestRealmHeadsOfState(t *testing.T) {
	kb := mustDefault(t)
	day := func(s string) time.Time { d, _ := time.Parse(dyad.DateLayout, s); return d }
	for _, tc := range []struct {
		code, date string
		want       bool
	}{
		{"JAMGOV", "2010-06-01", true},
		{"BRBGOV", "2021-06-01", true},
		{"BRBGOV", "2022-01-01", false},
		{"TTOGOV", "2000-01-01", false},
		{"PNGGOV", "2022-09-01", true},
		{"KNAGOV", "2022-10-01", false},
		{"BLZGOV", "2005-01-01", true},
	} {
		got := false
		for _, h := range kb.Holders(tc.code, HeadOfState, day(tc.date)) {
			got = got || h.Entry.ID == "person:elizabeth-ii"
		}
		if got != tc.want {
			t.Errorf("Elizabeth II head of state of %s at %s: %v, want %v", tc.code, tc.date, got, tc.want)
		}
	}
	e, _ := kb.Entry("person:elizabeth-ii")
	if got, _ := e.CodeAt(day("2010-06-01")); got != "GBRGOV" {
		t.Errorf("Elizabeth II in 2010: %s, want GBRGOV", got)
	}
	if got := mentions(resolve(t, "Queen Elizabeth II opened the session.", "")); len(got) != 1 || got[0] != "Queen Elizabeth II=GBRGOV" {
		t.Errorf("undated Queen Elizabeth II: %q, want GBRGOV", got)
	}
}
