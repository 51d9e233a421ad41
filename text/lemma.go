package text

import "github.com/dyadproject/dyad/text/tagger"

// Lemma returns the lower-case dictionary form of word given its Penn tag:
// "met"/VBD -> "meet", "talks"/NNS -> "talk", "agreed"/VBN -> "agree".
// Verbs, modals and plural nouns are lemmatized with the lemma table of the
// built-in tagger and suffix rules; words of other classes are only
// lower-cased.
func Lemma(word, tag string) string {
	t, err := tagger.Default()
	if err != nil {
		return tagger.RuleLemma(word, tag)
	}
	return t.Lemma(word, tag)
}
