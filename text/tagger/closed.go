package tagger

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/text/conllu"
)

// closedTags are the Penn tags of closed word classes: a known word takes
// one of them only if it was seen with it in training ("met" is never CC,
// "exercise" never DT, whatever its neighbours suggest).
var closedTags = []string{"CC", "DT", "EX", "IN", "MD", "PDT", "POS", "PRP", "PRP$", "TO", "WDT", "WP", "WP$", "WRB"}

//go:embed closed.txt
var closedTxt string

// closedSet holds what the constraint needs: the closed-tag bit of each
// class (0: an open class) and, by lower-case word hash, the closed tags
// the word was seen with in training.
type closedSet struct {
	bit   []uint16
	words map[uint64]uint16
	in    uint16 // the bit of IN, which an unknown word may take
	// lex joins the tagger's ambiguity classes and words: one lookup a
	// word gives both.
	lex map[uint64]lexEntry
}

// lexEntry is what the tagger knows of a word: its ambiguity class (0:
// unknown) and the closed-class tags seen with it.
type lexEntry struct {
	amb, closed uint16
}

// join fills cs.lex from the tagger's ambiguity classes and cs.words.
func (cs *closedSet) join(amb map[uint64]uint16) {
	cs.lex = make(map[uint64]lexEntry, len(amb)+len(cs.words))
	for h, a := range amb {
		cs.lex[h] = lexEntry{amb: a}
	}
	for h, c := range cs.words {
		e := cs.lex[h]
		e.closed = c
		cs.lex[h] = e
	}
}

// ClosedWords returns, for each closed-class Penn tag, the lower-case words
// seen with it in sentences, as the text of closed.txt: a header comment,
// then one line a tag, the tag and its words tab-separated, sorted.
func ClosedWords(sentences []*conllu.Sentence) string {
	seen := map[string]map[string]bool{}
	for _, s := range sentences {
		for _, w := range s.Words {
			if !slices.Contains(closedTags, w.XPOS) {
				continue
			}
			if seen[w.XPOS] == nil {
				seen[w.XPOS] = map[string]bool{}
			}
			seen[w.XPOS][strings.ToLower(w.Form)] = true
		}
	}
	var b strings.Builder
	b.WriteString("# Closed-class Penn tags and the lower-case words seen with them in UD English EWT train\n")
	b.WriteString("# (CC BY-SA 4.0), written by `dyad train tagger`; a word the model knows takes no other closed tag.\n")
	for _, tag := range closedTags {
		words := make([]string, 0, len(seen[tag]))
		for w := range seen[tag] {
			if !strings.ContainsAny(w, "\t\n") {
				words = append(words, w)
			}
		}
		sort.Strings(words)
		b.WriteString(tag)
		for _, w := range words {
			b.WriteString("\t" + w)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// parseClosed reads the text ClosedWords writes for a tagger of these
// classes.
func parseClosed(txt string, xpos []string) (*closedSet, error) {
	cs := &closedSet{bit: make([]uint16, len(xpos)), words: map[uint64]uint16{}}
	bits := map[string]uint16{}
	for i, tag := range closedTags {
		bits[tag] = 1 << i
	}
	cs.in = bits["IN"]
	for c, x := range xpos {
		cs.bit[c] = bits[x]
	}
	var w wordInfo
	var rs []rune
	for n, line := range strings.Split(txt, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		bit, ok := bits[f[0]]
		if !ok {
			return nil, fmt.Errorf("tagger: closed.txt:%d: %q is not a closed-class tag", n+1, f[0])
		}
		for _, word := range f[1:] {
			rs = analyze(&w, word, rs)
			cs.words[w.lower] |= bit
		}
	}
	return cs, nil
}

// allowed reports whether word i of the prepared sentence may take class
// c: an open class always; a closed one if the word was seen with it, or,
// for IN, if the word is unknown ("amid", "aboout" as IN).
func (cs *closedSet) allowed(w *wordInfo, c int) bool {
	bit := cs.bit[c]
	if bit == 0 || w.closed&bit != 0 {
		return true
	}
	return bit == cs.in && w.amb == 0
}

// bestAllowed returns the class with the highest of scores that word w may
// take (the first one on a tie; the best of all if none may).
func (cs *closedSet) bestAllowed(w *wordInfo, scores []int32) int {
	best := -1
	for k, s := range scores {
		if cs.allowed(w, k) && (best < 0 || s > scores[best]) {
			best = k
		}
	}
	if best < 0 {
		best = 0
		for k, s := range scores {
			if s > scores[best] {
				best = k
			}
		}
	}
	return best
}
