package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// A participle opening the clause modifies the subject's noun ("Suspected
// rebels killed ..."); it is no verb whose object the actor is. Our own
// sentences, none from a gold or fresh file.
func TestParticipleBeforeSubject(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Suspected Islamist militants attacked a mosque in northern Nigeria.",
			[]string{"Islamist militants=NGAREB/nominal", "northern Nigeria=NGA"}, "NGAREB>NGA 190"},
		{"The suspected rebels ambushed a Malian army convoy.",
			[]string{"rebels=MLIREB/nominal", "a Malian army convoy=MLIMIL/nominal"}, "MLIREB>MLIMIL 190"},
		// the object of a verb stays an object
		{"Police have arrested suspected militants in Kano.",
			[]string{"Police=NGACOP/nominal", "militants=NGAREB/nominal"}, "NGACOP>NGAREB 173"},
		// a participle inside a phrase of the subject: no second subject
		{"Activists from the defeated ruling party staged rallies against the president.",
			[]string{"Activists=KENOPP/nominal", "the defeated ruling party=KENPTY/nominal", "the president=KENGOV/nominal"}, "KENOPP>KENGOV 141"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// ", and Y VERB": a clause of its own after a clause with a verb; its
// subject is Y alone. A list of subjects stays one. Our own sentences.
func TestAndStartsAClause(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Chile and Peru said they still recognised the election result, and Brazil warned against outside interference in Bolivia.",
			[]string{"Chile=CHL", "Peru=PER", "Brazil=BRA", "Bolivia=BOL"}, "BRA>BOL 130"},
		{"Gunmen abducted three Algerian engineers in Niger, and Algeria called on the abductors to free them.",
			[]string{"Gunmen=DZAUAF/nominal", "Algerian=DZA/modifier", "Niger=NER", "Algeria=DZA"}, "DZA>NERUAF 0253,NERUAF>DZA 181"},
		// a list of subjects: all of them
		{"Kenya, Uganda, and Tanzania met in Arusha.",
			[]string{"Kenya=KEN", "Uganda=UGA", "Tanzania=TZA"},
			"KEN>TZA 040,KEN>UGA 040,TZA>KEN 040,TZA>UGA 040,UGA>KEN 040,UGA>TZA 040"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: a base-form verb tag after a determiner or possessor and
// adjectives is the head noun of a noun phrase ("the army's latest
// cross-border raid"), not a verb.
func TestAdjectivePhrase(t *testing.T) {
	tok := func(text, tag string) dyad.Token { return dyad.Token{Text: text, Tag: tag} }
	tests := []struct {
		toks []dyad.Token
		want bool
	}{
		{[]dyad.Token{tok("the", "DT"), tok("kingdom", "NNP"), tok("'s", "POS"), tok("latest", "JJS"), tok("cross-border", "NN"), tok("raid", "VB")}, true},
		{[]dyad.Token{tok("a", "DT"), tok("new", "JJ"), tok("attack", "VBP")}, true},
		{[]dyad.Token{tok("its", "PRP$"), tok("fresh", "JJ"), tok("strike", "VB")}, true},
		// a subject noun before the verb: a verb
		{[]dyad.Token{tok("the", "DT"), tok("two", "CD"), tok("sides", "NNS"), tok("'", "POS"), tok("negotiators", "NNS"), tok("meet", "VBP")}, false},
		// adjectives after a verb, not a determiner: a verb
		{[]dyad.Token{tok("rebels", "NNS"), tok("who", "WP"), tok("are", "VBP"), tok("armed", "JJ"), tok("attack", "VBP")}, false},
		// a number right before: "the two attack" is no noun phrase head here
		{[]dyad.Token{tok("the", "DT"), tok("two", "CD"), tok("attack", "VBP")}, false},
	}
	for _, tt := range tests {
		if got := adjectivePhrase(tt.toks, len(tt.toks)-1); got != tt.want {
			t.Errorf("%v: got %v, want %v", tt.toks, got, tt.want)
		}
	}
	// in a sentence: the raid named after the attack is no second event
	d := doc(t, "Israeli jets struck a depot in Lebanon overnight, in the army's latest cross-border raid against Hezbollah.",
		"Israeli jets=ISRMIL/nominal", "Lebanon=LBN", "the army=ISRMIL/possessor", "Hezbollah=LBNREB")
	for _, e := range code(t, d) {
		if strings.Contains(e, "LBNREB") {
			t.Errorf("raid coded as a verb: %s", e)
		}
	}
}
