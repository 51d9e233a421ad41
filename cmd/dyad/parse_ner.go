package main

import "github.com/dyadproject/dyad/text/ner"

// dyad parse writes the named-entity label of each word in MISC
// ("NER=B-PER") with dyad's recognizer.
func init() {
	nerHook = func(words []string, upos, xpos []string) []string {
		r, err := ner.Default()
		if err != nil {
			return nil
		}
		return r.Label(words, xpos)
	}
}
