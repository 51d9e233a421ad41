package places

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/dyadproject/dyad"
)

// cities.tsv is the gazetteer: one place a line, columns name, alt_names
// ("|"-separated), country (ISO 3166-1 alpha-3, empty for regions that
// span or lie between countries), admin, lat, lon, population, capital
// ("1" for national capitals), source.
//
//go:embed data/cities.tsv
var citiesTSV []byte

// countries.tsv maps country names ("South Korea", "U.S.") to their ISO
// 3166-1 alpha-3 code; it gives the context that ranks ambiguous names.
//
//go:embed data/countries.tsv
var countriesTSV []byte

// entry is one gazetteer row.
type entry struct {
	dyad.Place
	Alt        []string
	Admin      string
	Population int
	Capital    bool
	Source     string
}

// lexicon maps normalised names to ids and knows every word prefix of its
// names, so that a longest-match scan can stop as soon as a span can no
// longer grow into a name.
type lexicon struct {
	ids      map[string][]int
	prefixes map[string]bool
}

func newLexicon() *lexicon {
	return &lexicon{ids: map[string][]int{}, prefixes: map[string]bool{}}
}

// add files id under name (normalised); an id is listed once per key.
func (l *lexicon) add(name string, id int) {
	key := norm(name)
	if key == "" {
		return
	}
	for _, x := range l.ids[key] {
		if x == id {
			return
		}
	}
	l.ids[key] = append(l.ids[key], id)
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			l.prefixes[key[:i]] = true
		}
	}
	l.prefixes[key] = true
}

// gazetteer is the parsed data: places and country names.
type gazetteer struct {
	entries   []entry
	places    *lexicon // name -> entry indexes, best-ranked first
	countries *lexicon // name -> index into codes
	codes     []string // country codes of the countries lexicon
	known     map[string]bool
}

var (
	sharedOnce sync.Once
	sharedGaz  *gazetteer
	sharedErr  error
)

// loadShared parses the embedded data once for the whole program.
func loadShared() (*gazetteer, error) {
	sharedOnce.Do(func() {
		sharedGaz, sharedErr = parseGazetteer(citiesTSV, countriesTSV)
	})
	return sharedGaz, sharedErr
}

func parseGazetteer(cities, countries []byte) (*gazetteer, error) {
	g := &gazetteer{places: newLexicon(), countries: newLexicon(), known: map[string]bool{}}
	err := eachRow(cities, 9, func(line int, f []string) error {
		e := entry{Place: dyad.Place{Name: f[0], Country: f[2]}, Admin: f[3], Source: f[8]}
		if e.Name == "" {
			return fmt.Errorf("line %d: empty name", line)
		}
		if e.Country != "" && !isCode(e.Country) {
			return fmt.Errorf("line %d: bad country %q", line, e.Country)
		}
		var err error
		if e.Lat, err = strconv.ParseFloat(f[4], 64); err != nil || e.Lat < -90 || e.Lat > 90 {
			return fmt.Errorf("line %d: bad lat %q", line, f[4])
		}
		if e.Lon, err = strconv.ParseFloat(f[5], 64); err != nil || e.Lon < -180 || e.Lon > 180 {
			return fmt.Errorf("line %d: bad lon %q", line, f[5])
		}
		if f[6] != "" {
			if e.Population, err = strconv.Atoi(f[6]); err != nil || e.Population < 0 {
				return fmt.Errorf("line %d: bad population %q", line, f[6])
			}
		}
		switch f[7] {
		case "1":
			e.Capital = true
		case "", "0":
		default:
			return fmt.Errorf("line %d: bad capital flag %q", line, f[7])
		}
		if f[1] != "" {
			e.Alt = strings.Split(f[1], "|")
		}
		id := len(g.entries)
		g.entries = append(g.entries, e)
		g.places.add(e.Name, id)
		for _, a := range e.Alt {
			g.places.add(a, id)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("places: cities.tsv: %w", err)
	}
	err = eachRow(countries, 2, func(line int, f []string) error {
		if !isCode(f[0]) || f[1] == "" {
			return fmt.Errorf("line %d: bad row", line)
		}
		id := len(g.codes)
		g.codes = append(g.codes, f[0])
		g.known[f[0]] = true
		for _, n := range strings.Split(f[1], "|") {
			g.countries.add(n, id)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("places: countries.tsv: %w", err)
	}
	// Rank the candidates of each name: national capitals first, then by
	// population, then in file order.
	for _, ids := range g.places.ids {
		sort.SliceStable(ids, func(a, b int) bool {
			x, y := &g.entries[ids[a]], &g.entries[ids[b]]
			if x.Capital != y.Capital {
				return x.Capital
			}
			return x.Population > y.Population
		})
	}
	return g, nil
}

// eachRow calls fn with the fields of every line after the header; each
// line must have exactly n tab-separated fields.
func eachRow(data []byte, n int, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != n {
			return fmt.Errorf("line %d: %d fields, want %d", line, len(f), n)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(line, f); err != nil {
			return err
		}
	}
	return sc.Err()
}

func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// norm is the matching key of a name: lower case, Latin diacritics
// removed, apostrophes and periods dropped ("Sana'a" -> "sanaa", "D.C." ->
// "dc"), any other run of non-letters and non-digits one space
// ("Port-au-Prince" -> "port au prince"), no leading or trailing space.
func norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if f, ok := fold[r]; ok {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(f)
			continue
		}
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r + ('a' - 'A'))
		case isApostrophe(r) || r == '.' || unicode.Is(unicode.Mn, r):
			// dropped without a break
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʻ', 'ʼ', '`', '´':
		return true
	}
	return false
}

// fold maps accented Latin letters to their plain lower-case form.
var fold = map[rune]string{}

func init() {
	for _, p := range []struct{ from, to string }{
		{"àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"}, {"çćčĉċÇĆČĈĊ", "c"}, {"ďđĎĐ", "d"},
		{"èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"}, {"ğĝġģĞĜĠĢ", "g"}, {"ìíîïīĭįıÌÍÎÏĪĬĮİ", "i"},
		{"ķĶ", "k"}, {"ĺļľłĹĻĽŁ", "l"}, {"ñńņňÑŃŅŇ", "n"}, {"òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"},
		{"ŕřŔŘ", "r"}, {"śŝşšșŚŜŞŠȘ", "s"}, {"ţťțŢŤȚ", "t"}, {"ùúûüūŭůűųÙÚÛÜŪŬŮŰŲ", "u"},
		{"ýÿÝŸ", "y"}, {"źżžŹŻŽ", "z"}, {"ß", "ss"}, {"æÆ", "ae"}, {"œŒ", "oe"},
	} {
		for _, r := range p.from {
			fold[r] = p.to
		}
	}
}
