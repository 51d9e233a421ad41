package actors

import (
	"strings"
	"testing"
)

// TestTitleOfNoKindStaysInCountry: a title of no office kind ("Home
// Minister", "Information Minister") reaches a person of the family name by
// the sector only in the country the text gives the title or the focal one,
// and a bare title is not found inside a longer office ("Minister" is not a
// "Chief Minister" or a "Prime Minister"). The people are test rows.
func TestTitleOfNoKindStaysInCountry(t *testing.T) {
	kb := kbWithPeople(t,
		"test-cm-shahz\tMurat Testcm Shahz\tPAK\tPAKGOV:Chief Minister of Sindh:2016-07-29:\t\ttest",
		"test-gov-yusufz\tAbba Testgov Yusufz\tNGA\tNGAGOV:Governor of Kano State:2023-05-29:\t\ttest",
		"test-pm-ahmedz\tAbiy Testpm Ahmedz\tETH\tETHGOV:Prime Minister of Ethiopia:2018-04-02:\t\ttest")
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Home Minister Shahz visited Kashmir, India said.", nil, []string{"Home Minister Shahz=PAKGOV"}},
		{"Indian Home Minister Shahz visited Kashmir.", nil, []string{"Indian Home Minister Shahz=PAKGOV"}},
		{"Minister Shahz spoke in New Delhi, India.", nil, []string{"Minister Shahz=PAKGOV"}},
		{"Information Minister Yusufz spoke in Mogadishu, Somalia.", nil, []string{"Information Minister Yusufz=NGAGOV"}},
		{"Minister Ahmedz spoke in Nairobi, Kenya.", nil, []string{"Minister Ahmedz=ETHGOV"}},
		// the office's own title, and the same country
		{"Chief Minister Shahz met Pakistani officials in Karachi.", []string{"Chief Minister Shahz=PAKGOV"}, nil},
		{"Governor Yusufz inspected a school in Kano, Nigeria.", []string{"Governor Yusufz=NGAGOV"}, nil},
		{"Home Minister Shahz met officials in Karachi, Pakistan.", []string{"Home Minister Shahz=PAKGOV"}, nil},
	} {
		d := resolveWith(t, kb, tc.text, "2024-03-01")
		got := mentions(d)
		wantMentions(t, tc.text, got, tc.want, tc.not)
		if tc.want == nil {
			for _, e := range d.Entities {
				if strings.HasPrefix(e.KB, "person:test-") {
					t.Errorf("%q: resolved to the test person %s: %q", tc.text, e.KB, got)
				}
			}
		}
	}
}

// TestCommonNameGovernorsHaveTerms: the chief ministers and governors whose
// family name is common elsewhere have their terms, and titles of a kind
// or of another country do not reach them.
func TestCommonNameGovernorsHaveTerms(t *testing.T) {
	kb := mustDefault(t)
	for _, tc := range []struct{ id, date, want string }{
		{"person:bala-mohammed", "2021-06-01", "NGAGOV"},
		{"person:yahaya-bello", "2020-06-01", "NGAGOV"},
		{"person:yahaya-bello", "2024-06-01", "NGAELI"},
		{"person:murad-ali-shah", "2020-06-01", "PAKGOV"},
		{"person:murad-ali-shah", "2018-07-01", "PAKELI"},
		{"person:neiphiu-rio", "2022-06-01", "INDGOV"},
		{"person:abdulfatah-ahmed", "2015-06-01", "NGAGOV"},
		{"person:omar-abdullah", "2025-01-15", "INDGOV"},
	} {
		wantCodeAt(t, kb, tc.id, tc.date, tc.want)
	}
	for _, tc := range []struct {
		text, date string
		not        []string
	}{
		{"Prime Minister Ahmed spoke in Addis Ababa.", "2015-06-01", []string{"Prime Minister Ahmed=NGAGOV"}},
		{"Home Minister Shah spoke in New Delhi, India.", "2022-06-01", []string{"Home Minister Shah=PAKGOV"}},
		{"President Mohammed arrived in Mogadishu.", "2021-06-01", []string{"President Mohammed=NGAGOV"}},
		{"King Abdullah arrived in Amman.", "2025-01-15", []string{"King Abdullah=INDGOV"}},
	} {
		wantMentions(t, tc.text, mentions(resolve(t, tc.text, tc.date)), nil, tc.not)
	}
}
