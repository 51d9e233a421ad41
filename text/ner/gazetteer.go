package ner

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/actors"
	"github.com/dyadproject/dyad/places"
)

// Gazetteer categories of a match.
const (
	gzPerson        = iota // a KB person's name
	gzSurname              // a KB person's surname alone
	gzOrg                  // a KB organisation (not an IGO)
	gzIGO                  // an international organisation
	gzCountry              // a country's name
	gzCapital              // a capital or seat of government
	gzAdj                  // a nationality adjective or people ("Korean", "Koreans")
	gzPlace                // a place of the places gazetteer
	gzTitle                // a title word ("President", "Gen.")
	gzRole                 // another role word ("minister", "officials")
	gzGiven                // a common given name (names.txt)
	gzCommonSurname        // a common surname (names.txt)
	gzKnownOrg             // a well-known organisation (orgs.txt)
	numGaz
)

var gzNames = [numGaz]string{"per", "sur", "org", "igo", "cty", "cap", "adj", "plc", "ttl", "rol", "gvn", "snm", "kno"}

// maxPlaceWords bounds the length of place names tried in the places
// gazetteer.
const maxPlaceWords = 4

// gazetteer answers which runs of words dyad's own tables name.
type gazetteer struct {
	kb     *actors.KB
	places *places.Resolver
	names  map[string]int // lower case -> gzGiven or gzCommonSurname
	// orgs maps every prefix of the orgsKey of a name of orgs.txt to
	// whether it is a whole name.
	orgs map[string]bool
}

//go:embed orgs.txt
var orgsTxt string

// maxOrgWords bounds the words of a name tried in orgs.txt.
const maxOrgWords = 6

// orgsKey is the form names of orgs.txt are matched in: lower case, with
// no spaces, so that "McDonald's" matches the words "McDonald 's".
func orgsKey(b *strings.Builder, words []string) string {
	b.Reset()
	for _, w := range words {
		for _, c := range w {
			if !unicode.IsSpace(c) {
				b.WriteRune(unicode.ToLower(c))
			}
		}
	}
	return b.String()
}

// parseOrgs reads orgs.txt ("#" comments, one name per line) into a map
// from every prefix of each name's orgsKey to whether it is a whole name.
func parseOrgs(data string) map[string]bool {
	out := map[string]bool{}
	var b strings.Builder
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k := orgsKey(&b, []string{line})
		for i := 1; i < len(k); i++ {
			if !out[k[:i]] {
				out[k[:i]] = false
			}
		}
		out[k] = true
	}
	return out
}

// matchOrg returns the last word of the longest name of orgs.txt that
// starts at words[i], or -1. key is scratch.
func (g *gazetteer) matchOrg(words []string, i int, key *[]byte) int {
	k := (*key)[:0]
	last := -1
	for j := i; j < len(words) && j < i+maxOrgWords; j++ {
		for _, c := range words[j] {
			if !unicode.IsSpace(c) {
				k = utf8.AppendRune(k, unicode.ToLower(c))
			}
		}
		whole, ok := g.orgs[string(k)]
		if !ok {
			break
		}
		if whole {
			last = j
		}
	}
	*key = k
	return last
}

//go:embed names.txt
var namesTxt string

// parseNames reads names.txt: "#" comments, "[given]" and "[surname]"
// section heads, names separated by white space.
func parseNames(data string) (map[string]int, error) {
	out := map[string]int{}
	cat := -1
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case line == "[given]":
			cat = gzGiven
			continue
		case line == "[surname]":
			cat = gzCommonSurname
			continue
		case cat < 0:
			return nil, fmt.Errorf("ner: names.txt:%d: name before a section head", n+1)
		}
		for _, w := range strings.Fields(line) {
			if _, dup := out[w]; !dup {
				out[w] = cat
			}
		}
	}
	return out, nil
}

func loadGazetteer() (*gazetteer, error) {
	kb, err := actors.Default()
	if err != nil {
		return nil, fmt.Errorf("ner: actor knowledge base: %w", err)
	}
	pl, err := places.New()
	if err != nil {
		return nil, fmt.Errorf("ner: places gazetteer: %w", err)
	}
	names, err := parseNames(namesTxt)
	if err != nil {
		return nil, err
	}
	return &gazetteer{kb: kb, places: pl, names: names, orgs: parseOrgs(orgsTxt)}, nil
}

// gazMatch is the longest match of one category starting at a word.
type gazMatch struct {
	cat, first, last int
}

// matches appends to out every longest match (per start and table) in
// words.
func (g *gazetteer) matches(out []gazMatch, words []string, b *strings.Builder) []gazMatch {
	if g == nil {
		return out
	}
	var key []byte
	for i, w := range words {
		if !hasLetter(w) {
			continue
		}
		// Actor knowledge base: longest surface form from i.
		n := g.kb.MaxWordsFrom(w)
		for j := i + 1; j < i+n && j < len(words); j++ {
			if words[j] == "-" {
				n += 2 // a split hyphen: the hyphen and the part after it
			}
		}
		if n = min(n, len(words)-i); n > 0 {
			for k := n; k >= 1; k-- {
				ms := g.kb.Lookup(join(b, words[i:i+k]))
				if len(ms) == 0 {
					continue
				}
				var seen [numGaz]bool
				for _, m := range ms {
					c := kbCategory(m)
					if !seen[c] {
						seen[c] = true
						out = append(out, gazMatch{cat: c, first: i, last: i + k - 1})
					}
				}
				break
			}
		}
		// Places: only names that start with a letter word (and with
		// this one).
		if g.places.StartsName(w) {
			for k := min(maxPlaceWords, len(words)-i); k >= 1; k-- {
				if k > 1 && !hasLetter(words[i+k-1]) {
					continue
				}
				if _, ok := g.places.Lookup(join(b, words[i:i+k])); ok {
					out = append(out, gazMatch{cat: gzPlace, first: i, last: i + k - 1})
					break
				}
			}
		}
		if last := g.matchOrg(words, i, &key); last >= 0 {
			out = append(out, gazMatch{cat: gzKnownOrg, first: i, last: last})
		}
		if c, ok := g.names[strings.ToLower(w)]; ok {
			out = append(out, gazMatch{cat: c, first: i, last: i})
		}
		if r, ok := g.kb.Role(w); ok {
			c := gzRole
			if r.Kind == actors.RoleTitle {
				c = gzTitle
			}
			out = append(out, gazMatch{cat: c, first: i, last: i})
		}
	}
	return out
}

func kbCategory(m actors.Match) int {
	switch m.Form {
	case actors.FormAdjective, actors.FormPeople:
		return gzAdj
	case actors.FormCapital:
		return gzCapital
	case actors.FormSurname:
		return gzSurname
	}
	switch m.Entry.Kind {
	case actors.KindCountry:
		return gzCountry
	case actors.KindIGO:
		return gzIGO
	case actors.KindPerson:
		return gzPerson
	}
	return gzOrg
}

func join(b *strings.Builder, words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	b.Reset()
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func hasLetter(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
