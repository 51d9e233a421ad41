package actors

import "testing"

// TestBareTitleCountry: a title with no country of its own takes the
// country whose holder of that office the article names, before the
// country the article names most; a title before a name is that name's,
// even when the tagger reads it as common nouns. Our own sentences.
func TestBareTitleCountry(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"holder named later",
			"The vice president greeted the freed prisoners on Thursday. Russia had held them for two years, and Russia's courts had sentenced them. Kamala Harris called the exchange fair.",
			[]string{"The vice president=USAGOV"}, []string{"The vice president=RUSGOV"}},
		{"title before its name",
			"Russia freed five prisoners on Thursday, and Russia's foreign ministry called the exchange fair. Vice President Kamala Harris greeted them in Maryland.",
			[]string{"Vice President Kamala Harris=USAGOV"}, []string{"Vice President=RUSGOV"}},
		{"foreign minister by the office's kind",
			"The foreign minister arrived on Monday. Japan and Japan's navy watched the talks, and Annalena Baerbock said they went well.",
			[]string{"The foreign minister=DEUGOV"}, nil},
		// holders of two countries named: the country named most
		{"holders of two countries",
			"The president spoke first. Russia and Russia's allies listened as Vladimir Putin and Joe Biden met.",
			[]string{"The president=RUSGOV"}, nil},
		// a former holder is no holder at the date
		{"former title",
			"The former vice president spoke first. Russia had held the prisoners, and Russia's courts had sentenced them. Kamala Harris greeted them.",
			[]string{"The former vice president=RUSELI"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-08-02")), tc.want, tc.not)
		})
	}
}
