package actors

import (
	"strings"
	"testing"
	"testing/fstest"
)

// kbWithPeople returns the bundled KB with the people rows (id, names,
// country, terms, surname, source; test rows, not facts) loaded as a
// user file.
func kbWithPeople(t *testing.T, rows ...string) *KB {
	t.Helper()
	data := "id\tnames\tcountry\tterms\tsurname\tsource\n"
	for _, r := range rows {
		data += r + "\n"
	}
	kb, err := LoadWithOverrides(Bundled(), fstest.MapFS{"people-test.tsv": {Data: []byte(data)}})
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// TestTitledPrefersOffice checks that a title and a family name go first to
// the people whose office contains the title, and to people of the title's
// sector only when nobody's does, and then only to offices of the title's
// kind: a prime minister or a king is not a governor or chief minister who
// shares the name. The people here are test rows, not facts.
func TestTitledPrefersOffice(t *testing.T) {
	kb := kbWithPeople(t,
		"test-gov-mohammed\tBala Testgov Mohammed\tNGA\tNGAGOV:Governor of Bauchi State:2019-05-29:\t\ttest",
		"test-gov-bello\tYahaya Testgov Bello\tNGA\tNGAGOV:Governor of Kogi State:2016-01-27:2024-01-27\tBello\ttest",
		"test-cm-abdullah\tOmar Testcm Abdullah\tIND\tINDGOV:Chief Minister of Jammu and Kashmir:2024-10-16:\t\ttest",
		"test-fm-zorro\tZed Testfm Zorro\tESP\tESPGOV:Minister of Foreign Affairs of Spain:2020-01-01:\tZorro\ttest")
	for _, tc := range []struct {
		text, date string
		want, not  []string
	}{
		// the office names the title: the governor
		{"Governor Bello inspected the bridge.", "2020-03-01", []string{"Governor Bello=NGAGOV"}, nil},
		// no office names "prime minister"; a governor is not of its kind
		{"Prime Minister Mohammed spoke in Damascus.", "2024-12-20", nil, []string{"Prime Minister Mohammed=NGAGOV"}},
		{"King Abdullah arrived in Amman.", "2025-01-15", nil, []string{"King Abdullah=INDGOV"}},
		// "foreign minister" is not in the office's words but is its kind
		{"Foreign Minister Zorro met reporters.", "2021-05-05", []string{"Foreign Minister Zorro=ESPGOV"}, nil},
	} {
		d := resolveWith(t, kb, tc.text, tc.date)
		got := mentions(d)
		wantMentions(t, tc.text, got, tc.want, tc.not)
		if tc.want == nil {
			for _, g := range got {
				if strings.Contains(g, "Test") {
					t.Errorf("%q: resolved to a test person: %q", tc.text, got)
				}
			}
		}
	}
}
