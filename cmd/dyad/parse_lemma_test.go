package main

import "testing"

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
