package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// People released or handed over in the passive with no agent are released
// by the state that reports it, when it is another country's; a
// participle tagged as a past tense before the clause's passive is a
// reduced relative, not the people's own act. Our own sentences, none from
// a gold or fresh file.
func TestPassiveReleases(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		speaker  string // the reported speech's speaker actor, up to ", X said"
		want     string
	}{
		{"Twelve Sri Lankan fishermen arrested last week were released on Monday and handed over to Sri Lankan officials, India's foreign ministry said.",
			[]string{"Twelve Sri Lankan fishermen=LKAAGR/nominal", "Sri Lankan officials=LKAGOV/nominal", "India's foreign ministry=INDGOV/nominal"}, "INDGOV", "INDGOV>LKAAGR 0841 reported"},
		{"Four Thai sailors were freed on Friday, the Burmese navy said.",
			[]string{"Four Thai sailors=THAMIL/nominal", "the Burmese navy=MMRMIL/nominal"}, "MMRMIL", "MMRMIL>THAMIL 0841 reported"},
		// the released people's own country, or a speaker of no state:
		// no releaser, and the people hand over no one
		{"Twelve Sri Lankan fishermen were released and handed over to Sri Lankan officials, the Sri Lankan navy said.",
			[]string{"Twelve Sri Lankan fishermen=LKAAGR/nominal", "Sri Lankan officials=LKAGOV/nominal", "the Sri Lankan navy=LKAMIL/nominal"}, "LKAMIL", ""},
		{"Three aid workers were released on Sunday, the Red Cross said.",
			[]string{"Three aid workers=NGO/nominal", "the Red Cross=NGOHLHIRC"}, "NGOHLHIRC", ""},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, tt.mentions...)
		end := strings.LastIndex(tt.text, ",")
		d.Quotes = append(d.Quotes, dyad.Quote{Text: tt.text[:end], Start: 0, End: end, Kind: dyad.Indirect, SpeakerActor: tt.speaker})
		wantCodes(t, d, tt.want)
	}
}
