package main

import (
	"strings"
	"testing"
)

func TestUDLemma(t *testing.T) {
	for _, c := range []struct {
		form, lemma, upos, xpos string
		first                   bool
		want                    string
	}{
		{"I", "i", "PRON", "PRP", true, "I"},
		{"me", "me", "PRON", "PRP", false, "I"},
		{"them", "them", "PRON", "PRP", false, "they"},
		{"her", "her", "PRON", "PRP", false, "she"},
		{"her", "her", "PRON", "PRP$", false, "her"},
		{"n't", "n't", "PART", "RB", false, "not"},
		{"an", "an", "DET", "DT", false, "a"},
		{"those", "those", "DET", "DT", false, "that"},
		{"wo", "wo", "AUX", "MD", false, "will"},
		{"best", "best", "ADJ", "JJS", false, "good"},
		{"better", "better", "ADV", "RBR", false, "well"},
		{"bigger", "bigger", "ADJ", "JJR", false, "big"},
		{"easiest", "easiest", "ADJ", "JJS", false, "easy"},
		{"later", "later", "ADV", "RBR", false, "late"},
		{"longer", "longer", "ADJ", "JJR", false, "long"},
		{"more", "more", "ADJ", "JJR", false, "more"},
		{"Iraqi", "iraqi", "ADJ", "JJ", false, "Iraqi"},
		{"Iraqi", "iraqi", "ADJ", "JJ", true, "iraqi"},
		{"GREAT", "great", "ADJ", "JJ", false, "great"},
		{"Americans", "americans", "PROPN", "NNPS", false, "American"},
		{"Seoul", "seoul", "PROPN", "NNP", false, "Seoul"},
		{"1,200", "1,200", "NUM", "CD", false, "1,200"},
		{"talks", "talk", "NOUN", "NNS", false, "talk"},
	} {
		if got := udLemma(c.form, c.lemma, c.upos, c.xpos, c.first); got != c.want {
			t.Errorf("udLemma(%q, %q, %s, %s, %v) = %q, want %q", c.form, c.lemma, c.upos, c.xpos, c.first, got, c.want)
		}
	}
}

// TestParseMultiwordTokens checks that dyad parse writes a word and its
// clitics as one multiword token, as UD English EWT does, with the space
// after it on the range line.
func TestParseMultiwordTokens(t *testing.T) {
	out := runParseCmd(t, "They can't go. It's Seoul's.\n", "-")
	for _, want := range []string{
		"2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\t",
		"1-2\tIt's\t",
		"3-4\tSeoul's\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	checkCoNLLU(t, out)
}
