package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// dateline is the parse of the head of a story.
type dateline struct {
	start, end int // the place name
	region     string
	body       int // where the story text begins
}

// Dateline recognises the dateline at the very start of a story: a place
// in capitals or capitalised ("ANKARA", "KYIV", "Geneva"), optionally
// followed by ", Region" (", Ukraine"), a date (", Sept. 21") and an agency
// in parentheses ("(AP)"), then a dash or colon: "ANKARA (AA) –",
// "SEOUL, Sept. 21 (Yonhap) --", "KYIV, Ukraine (AP) —", "WASHINGTON:".
//
// ok reports whether a dateline was found; end is then the byte offset
// where the story text begins (after the dash and the spaces that follow
// it). place covers the place name (Start, End, Text) with Dateline set and
// Sentence 0; its Place is the gazetteer entry, or the zero Place when the
// name is not in the gazetteer (an all-caps dateline is recognised even
// then). A capitalised but not all-caps head counts only when it names a
// known place. The dateline is the filing place, not where events happened.
func Dateline(text string) (place dyad.PlaceMention, end int, ok bool) {
	dl, ok := parseDateline(text)
	if !ok {
		return dyad.PlaceMention{}, 0, false
	}
	pm := dyad.PlaceMention{Text: text[dl.start:dl.end], Start: dl.start, End: dl.end, Dateline: true}
	if g, err := loadShared(); err == nil {
		if id, found := g.resolveDateline(pm.Text, dl.region, nil); found {
			pm.Place = g.entries[id].Place
		}
	}
	return pm, dl.body, true
}

func parseDateline(text string) (dateline, bool) {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '\ufeff' && !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	start := i
	end, words := capWords(text, i, 5)
	if words == 0 {
		return dateline{}, false
	}
	dl := dateline{start: start, end: end}
	// "ISLAMABAD/NEW DELHI (Reuters) -": a second filing place after a
	// slash is read and not reported.
	for k := 0; k < 2 && end < len(text) && text[end] == '/'; k++ {
		e, n := capWords(text, end+1, 5)
		if n == 0 {
			return dateline{}, false
		}
		end = e
	}
	letters, upper := 0, 0
	for _, r := range text[start:end] {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	allCaps := letters >= 2 && letters == upper
	pos := end
	extra := false // a region, date or agency follows the place
	if p := skipSpaces(text, pos); p < len(text) && text[p] == ',' {
		p = skipSpaces(text, p+1)
		if q, ok := date(text, p); ok {
			pos, extra = q, true
		} else if q, n := capWords(text, p, 4); n > 0 {
			dl.region = text[p:q]
			pos, extra = q, true
			if r := skipSpaces(text, q); r < len(text) && text[r] == ',' {
				if q, ok := date(text, skipSpaces(text, r+1)); ok {
					pos = q
				}
			}
		}
	} else if q, ok := date(text, skipSpaces(text, pos)); ok && skipSpaces(text, pos) > pos {
		pos, extra = q, true
	}
	if p := skipSpaces(text, pos); p < len(text) && text[p] == '(' {
		q := strings.IndexByte(text[p:], ')')
		if q < 2 || q > 60 || strings.ContainsAny(text[p+1:p+q], "\n(") {
			return dateline{}, false
		}
		pos, extra = p+q+1, true
	}
	p := skipSpaces(text, pos)
	spaced := p > pos
	var sepLen int
	switch {
	case strings.HasPrefix(text[p:], "--"):
		sepLen = 2
	case strings.HasPrefix(text[p:], "—"), strings.HasPrefix(text[p:], "–"):
		sepLen = len("—")
	case strings.HasPrefix(text[p:], "-") && (spaced || extra):
		sepLen = 1
	case strings.HasPrefix(text[p:], ":"):
		sepLen = 1
	default:
		return dateline{}, false
	}
	colon := text[p] == ':'
	q := p + sepLen
	if q < len(text) {
		r, _ := utf8.DecodeRuneInString(text[q:])
		if !unicode.IsSpace(r) {
			return dateline{}, false // "Port-au-Prince" style joins, "12:30"
		}
	}
	body := skipSpaces(text, q)
	if !allCaps {
		// A capitalised head must be a known place, and a bare colon after
		// it is too weak ("Washington: a city divided").
		g, err := loadShared()
		if err != nil || len(g.places.ids[norm(text[dl.start:dl.end])]) == 0 || colon && !extra {
			return dateline{}, false
		}
	}
	dl.body = body
	return dl, true
}

// capWords reads up to max words from i, each starting with an upper-case
// letter and made of letters with inner apostrophes, periods and hyphens,
// separated by single spaces. It returns the end of the last word and the
// number of words read.
func capWords(text string, i, max int) (int, int) {
	end, n := i, 0
	for n < max {
		j := i
		if n > 0 {
			if j >= len(text) || text[j] != ' ' {
				break
			}
			j++
		}
		r, _ := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsUpper(r) {
			break
		}
		k := j
		for k < len(text) {
			r, sz := utf8.DecodeRuneInString(text[k:])
			if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
				k += sz
				continue
			}
			if r == '.' || r == '-' || isApostrophe(r) {
				// Joins letters ("Port-au-Prince", "N'Djamena") or ends an
				// abbreviation ("D.C.", "Calif."), never a dash.
				nx, _ := utf8.DecodeRuneInString(text[k+sz:])
				if unicode.IsLetter(nx) || r == '.' {
					k += sz
					continue
				}
			}
			break
		}
		if k == j {
			break
		}
		if isMonth(text[j:k]) && n > 0 {
			break
		}
		end, i, n = k, k, n+1
	}
	return end, n
}

// date reads a date at i: "Sept. 21", "Sep 21, 2022", "21 September".
func date(text string, i int) (int, bool) {
	word := func(i int) (string, int) {
		j := i
		for j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] >= 'a' && text[j] <= 'z') {
			j++
		}
		w := text[i:j]
		if j < len(text) && text[j] == '.' {
			j++
		}
		return w, j
	}
	digits := func(i int) int {
		j := i
		for j < len(text) && j-i < 4 && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		return j
	}
	if w, j := word(i); isMonth(w) {
		k := digits(skipSpaces(text, j))
		if k == skipSpaces(text, j) || k-skipSpaces(text, j) > 2 {
			return 0, false
		}
		if p := skipSpaces(text, k); p < len(text) && text[p] == ',' {
			if y := digits(skipSpaces(text, p+1)); y-skipSpaces(text, p+1) == 4 {
				k = y
			}
		}
		return k, true
	}
	if k := digits(i); k > i && k-i <= 2 {
		if w, j := word(skipSpaces(text, k)); isMonth(w) && skipSpaces(text, k) > k {
			return j, true
		}
	}
	return 0, false
}

func isMonth(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
		"jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
		"oct", "october", "nov", "november", "dec", "december":
		return true
	}
	return false
}

func skipSpaces(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// resolveDateline picks the entry for a dateline place: the region after
// the comma settles ambiguity when it names a country or a candidate's
// admin area ("TRIPOLI, Lebanon"); otherwise the article's context, then
// the ranking.
func (g *gazetteer) resolveDateline(name, region string, context map[string]float64) (int, bool) {
	ids := g.places.ids[norm(name)]
	if len(ids) == 0 {
		return 0, false
	}
	if region != "" {
		rk := norm(region)
		for _, c := range g.countries.ids[rk] {
			for _, id := range ids {
				if g.entries[id].Country == g.codes[c] {
					return int(id), true
				}
			}
		}
		for _, id := range ids {
			if a := g.entries[id].Admin; a != "" && norm(a) == rk {
				return int(id), true
			}
		}
	}
	return g.choose(ids, context), true
}
