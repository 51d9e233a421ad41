// Package places is the places stage: it finds toponyms in an article and
// resolves them to gazetteer entries (name, ISO 3166-1 alpha-3 country,
// latitude and longitude), and it recognises the dateline at the head of a
// story ("ANKARA (AA) –"), the place the story was filed from.
//
// The gazetteer is generated from GeoNames-derived npm packages (see
// gen/ and README.md) into data/geonames.tsv.gz, with a hand-made overlay
// (data/overlay.tsv) of capitals under their news spellings and regions
// ("Crimea", "Korean Peninsula"); country names and demonyms
// (data/countries.tsv, data/countries_gen.tsv) are context for ranking, not
// place mentions.
package places

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Resolver is the places stage. It is safe for concurrent use.
type Resolver struct {
	g *gazetteer
}

var _ dyad.Stage = (*Resolver)(nil)

// New returns a Resolver over the embedded gazetteer. It fails only if the
// embedded data is malformed.
func New() (*Resolver, error) {
	g, err := loadShared()
	if err != nil {
		return nil, err
	}
	return &Resolver{g: g}, nil
}

// Name implements dyad.Stage.
func (r *Resolver) Name() string { return "places" }

// Len returns the number of entries in the gazetteer.
func (r *Resolver) Len() int { return len(r.g.entries) }

// Lookup returns the gazetteer entry for name, matched case-insensitively
// and without diacritics or punctuation ("Kyiv", "KIEV", "Sana'a"). When
// the name is ambiguous it returns the best-ranked entry: a national
// capital, else the most populous. ok is false for unknown names; country
// names ("Japan") are not places.
func (r *Resolver) Lookup(name string) (dyad.Place, bool) {
	ids := r.g.places.ids[norm(name)]
	if len(ids) == 0 {
		return dyad.Place{}, false
	}
	return r.g.entries[r.g.choose(ids, nil)].Place, true
}

// StartsName reports whether some place name begins with word: whether
// Lookup can find a name of one or more words that starts with it. Callers
// that try names of several lengths at each word use it to skip the words
// that start none.
func (r *Resolver) StartsName(word string) bool {
	var buf [64]byte
	key, _ := normAppend(buf[:0], word, false)
	return len(key) > 0 && r.g.places.prefixes[string(key)]
}

// Process fills d.Places with the toponyms of the article in text order:
// the dateline first (Dateline true) when the story has one, then every
// place name found in the sentences. A name matches as the longest run of
// tokens that starts with a capitalised token and spells a gazetteer name
// ("Gaza City" over "Gaza"). It is skipped inside longer proper names ("New
// York Times", "George Washington", an ORG or PERSON entity that covers
// it, a PERSON entity that is exactly it). Country names ("Japan") are
// context, not mentions, except a US-state-like division named after a
// place of its country ("Atlanta, Georgia").
//
// Precision: a name that is also an English word ("Reading", "Police")
// needs a preposition of place before it, no capitalised word after it and
// a town of 50,000 or more; any other name needs one of: a hand-made
// overlay entry, a national capital, a town of 100,000 or more (20,000 for
// names of several words), a candidate in a country of the article's
// context, a preposition of place before it, or a following ", Region".
//
// Resolution: each candidate scores its prior (decimal log of population,
// bonuses for capitals, seats and the overlay) plus 2 when its country is
// in the article's context (entities' actor codes, country names, demonyms
// and the countries of confidently resolved places) and 1 for the
// dateline's country; "Paris, Texas" and "Tripoli, Lebanon" settle on the
// named region or country. A capital used for its government ("Tokyo
// said") is still a place mention.
//
// With no sentences (the text stage did not run) the text is scanned as
// one sentence. Process only returns an error for a nil Doc.
func (r *Resolver) Process(d *dyad.Doc) error {
	if d == nil {
		return errNilDoc
	}
	text := d.Text()
	d.Places = nil
	if text == "" {
		return nil
	}
	sents := d.Sentences
	if len(sents) == 0 {
		sents = []dyad.Sentence{{Start: 0, End: len(text), Tokens: tokenize(text)}}
	}

	skip := 0 // the dateline is handled apart
	dl, hasDL := parseDateline(text)
	if hasDL {
		skip = dl.body
	}

	covers, persons := entitySpans(d, text)
	ctx := map[string]float64{}
	r.entityCountries(d, ctx)

	short := shortForms(sents)
	var ms []match
	for si, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if toks[i].Start < skip {
				continue
			}
			cj, cids, cok, j, ids, ok := longest(r.g.countries, r.g.places, text, toks, i)
			if cok && (!ok || cj > j || cj == j && !r.g.cityState(ids, cids)) {
				m := match{sent: si, i: i, j: cj, start: toks[i].Start, end: toks[cj].End, country: cids, forced: -1}
				if ok && j == cj {
					m.ids = ids // "Georgia": a country, or a division after a place
				}
				ms = append(ms, m)
				i = cj
				continue
			}
			if !ok {
				continue
			}
			start, end := toks[i].Start, toks[j].End
			if last := toks[j].Text; len(last) > 2 && last[len(last)-1] == '.' && !strings.Contains(last[:len(last)-1], ".") &&
				end <= len(text) && end > start && text[end-1] == '.' {
				end-- // the sentence's period glued to the name by the tokenizer: "La Paz."
			}
			personal := exact(persons, start, end) && (i == 0 || !locative[strings.ToLower(toks[i-1].Text)])
			if r.accept(toks, i, j, norm(spanText(text, toks, i, j))) && !covered(covers, start, end) && !personal &&
				!r.partOfName(toks, i, j, ids, short) {
				ms = append(ms, match{sent: si, i: i, j: j, start: start, end: end, ids: ids, forced: -1})
			}
			i = j
		}
	}

	// "Paris, Texas", "Tripoli, Lebanon", "Atlanta, Georgia": a place
	// followed by a comma and a division or country of one of its
	// candidates settles on that candidate.
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], &ms[k+1]
		if m.country != nil || m.sent != n.sent || !commaBetween(sents[m.sent].Tokens, m.j, n.i) {
			continue
		}
		nk := norm(spanOf(text, n.start, n.end))
		for _, id := range m.ids {
			e := &r.g.entries[id]
			if e.Admin != "" && norm(e.Admin) == nk {
				m.forced = int(id)
				break
			}
			if n.country != nil && r.g.countryIs(n.country, e.Country) {
				m.forced = int(id)
				break
			}
		}
		if m.forced < 0 || n.country == nil || n.ids == nil {
			continue
		}
		// The division named like a country: a place mention of the
		// forced candidate's country, no country context.
		fc := r.g.entries[m.forced].Country
		for _, id := range n.ids {
			if e := &r.g.entries[id]; e.Region && e.Country == fc && !r.g.countryIs(n.country, fc) {
				n.country, n.forced = nil, int(id)
				break
			}
		}
	}

	// Context: country names, then places whose best candidate stands
	// well clear of any candidate in another country.
	for _, m := range ms {
		if m.country != nil {
			for _, c := range m.country {
				ctx[r.g.codes[c]] = 2
			}
		}
	}
	for _, m := range ms {
		if m.country == nil && m.forced >= 0 {
			if c := r.g.entries[m.forced].Country; c != "" {
				ctx[c] = 2
			}
		}
	}
	// The precision rules see this context; the countries of the places
	// they keep and resolve confidently join it for the resolution.
	kept := ms[:0]
	for _, m := range ms {
		if m.country == nil && m.forced < 0 && !r.supported(sents[m.sent].Tokens, m, ctx) {
			continue
		}
		kept = append(kept, m)
	}
	ms = kept
	confident := map[string]bool{}
	for _, m := range ms {
		if m.country == nil && m.forced < 0 {
			if c := r.g.confident(m.ids); c != "" {
				confident[c] = true
			}
		}
	}
	for c := range confident {
		ctx[c] = max(ctx[c], 2)
	}
	var dlMention *dyad.PlaceMention
	if hasDL {
		if id, ok := r.g.resolveDateline(text[dl.start:dl.end], dl.region, ctx); ok {
			pm := dyad.PlaceMention{Place: r.g.entries[id].Place, Text: text[dl.start:dl.end],
				Start: dl.start, End: dl.end, Sentence: max(d.SentenceAt(dl.start), 0), Dateline: true}
			dlMention = &pm
			if c := pm.Country; c != "" && ctx[c] < 1 {
				ctx[c] = 1
			}
		}
	}
	if dlMention != nil {
		d.Places = append(d.Places, *dlMention)
	}
	for _, m := range ms {
		if m.country != nil {
			continue
		}
		id := m.forced
		if id < 0 {
			id = r.g.choose(m.ids, ctx)
		}
		d.Places = append(d.Places, dyad.PlaceMention{Place: r.g.entries[id].Place,
			Text: spanOf(text, m.start, m.end), Start: m.start, End: m.end, Sentence: m.sent})
	}
	sort.SliceStable(d.Places, func(a, b int) bool { return d.Places[a].Start < d.Places[b].Start })
	return nil
}

// match is a run of tokens that spells a place or country name.
type match struct {
	ids        []int32 // place candidates, best prior first
	country    []int32 // country lexicon ids when a country name
	start, end int     // bytes
	sent, i, j int     // sentence and token indexes
	forced     int     // the candidate a following region settles on, or -1
}

// commaBetween reports whether tokens a and b are separated by one comma.
func commaBetween(toks []dyad.Token, a, b int) bool {
	return b == a+2 && toks[a+1].Text == ","
}

// countryIs reports whether a country lexicon id list names code.
func (g *gazetteer) countryIs(ids []int32, code string) bool {
	for _, c := range ids {
		if g.codes[c] == code {
			return true
		}
	}
	return false
}

// cityState reports whether a name of both lexicons is a capital or
// overlay place of the country it names ("Singapore", "Hong Kong"): it is
// then a place mention.
func (g *gazetteer) cityState(ids, countries []int32) bool {
	for _, id := range ids {
		if e := &g.entries[id]; (e.Capital || e.Overlay) && !e.Region && g.countryIs(countries, e.Country) {
			return true
		}
	}
	return false
}

// confident returns the country of the best candidate when no candidate in
// another country comes within a factor of 100 of its prior, else "".
func (g *gazetteer) confident(ids []int32) string {
	best := g.entries[ids[0]].Country
	if best == "" {
		return ""
	}
	p := g.prior(int(ids[0]))
	for _, id := range ids[1:] {
		if g.entries[id].Country != best && p-g.prior(int(id)) < 2 {
			return ""
		}
	}
	return best
}

// supported applies the precision rules of Process to a place match.
func (r *Resolver) supported(toks []dyad.Token, m match, ctx map[string]float64) bool {
	var prev string
	if m.i > 0 {
		prev = strings.ToLower(toks[m.i-1].Text)
	}
	nextCap := m.j+1 < len(toks) && startsUpper(toks[m.j+1].Text) && !calendar[strings.ToLower(toks[m.j+1].Text)]
	maxPop, overlay, capital, word, inCtx := 0, false, false, false, false
	for _, id := range m.ids {
		e := &r.g.entries[id]
		maxPop = max(maxPop, e.Population)
		overlay = overlay || e.Overlay
		capital = capital || e.Capital
		word = word || e.Word
		inCtx = inCtx || ctx[e.Country] >= 2
	}
	if overlay {
		return true
	}
	if nextCap {
		return false // part of a longer name: "George Washington"
	}
	if acronym(toks[m.i].Text) && m.i == m.j {
		return false // "UN", "US"
	}
	if word {
		return m.i > 0 && locative[prev] && maxPop >= 50000
	}
	multi := m.j > m.i
	switch {
	case capital, maxPop >= 100000, multi && maxPop >= 20000, inCtx, locative[prev]:
		return true
	}
	return false
}

// acronym reports whether w is all capitals and at most four letters long.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n <= 4
}

// choose returns the candidate with the best score: its prior plus the
// weight of its country in context. Ties keep the prior order.
func (g *gazetteer) choose(ids []int32, ctx map[string]float64) int {
	best, bestScore := int(ids[0]), math.Inf(-1)
	for _, id := range ids {
		s := g.prior(int(id)) + ctx[g.entries[id].Country]
		if s > bestScore {
			best, bestScore = int(id), s
		}
	}
	return best
}

// longest finds the longest runs of tokens from toks[i] that spell a
// country name and a place name. toks[i] must start with an upper-case
// letter and the last token of a run with a letter or digit. For each
// lexicon it returns the last token's index and the ids of the name, ok
// false when none matched.
func longest(countries, places *lexicon, text string, toks []dyad.Token, i int) (cj int, cids []int32, cok bool, pj int, pids []int32, pok bool) {
	if !startsUpper(toks[i].Text) {
		return
	}
	var buf [64]byte
	key := buf[:0]
	space := false
	trusted := toks[i].Start >= 0
	for j := i; j < len(toks) && j < i+maxSpan; j++ {
		if j > i && toks[j].Start < toks[j-1].End {
			break // overlapping tokens: offsets cannot be trusted
		}
		if trusted && (toks[j].Start < 0 || toks[j].End > len(text) || toks[j].Start > toks[j].End) {
			trusted = false
		}
		if trusted {
			from := toks[i].Start
			if j > i {
				from = toks[j-1].End
			}
			key, space = normAppend(key, text[from:toks[j].End], space)
		} else {
			k := norm(spanText(text, toks, i, j))
			key = append(key[:0], k...)
		}
		if len(key) == 0 {
			if j == i {
				break
			}
			continue
		}
		inC, inP := countries.prefixes[string(key)], places.prefixes[string(key)]
		if !inC && !inP {
			// A token glued to the next may still grow into a name
			// ("Cox" + "'s" + " Bazar").
			if j+1 < len(toks) && toks[j+1].Start == toks[j].End {
				continue
			}
			break
		}
		if !startsAlnum(toks[j].Text) {
			continue
		}
		if inC {
			if ids := countries.ids[string(key)]; len(ids) > 0 {
				cj, cids, cok = j, ids, true
			}
		}
		if inP {
			if ids := places.ids[string(key)]; len(ids) > 0 {
				pj, pids, pok = j, ids, true
			}
		}
	}
	return
}

// maxSpan bounds the tokens of one name ("Saint Vincent and the
// Grenadines", "Washington , D.C.").
const maxSpan = 8

// accept applies the rules that keep place names inside longer proper names
// and person names from matching. key is the normalised name.
func (r *Resolver) accept(toks []dyad.Token, i, j int, key string) bool {
	var next, prev string
	if j+1 < len(toks) && startsUpper(toks[j+1].Text) {
		next = strings.ToLower(toks[j+1].Text)
	}
	if i > 0 {
		prev = strings.ToLower(toks[i-1].Text)
	}
	// An organisation suffix among the capitalised words that follow:
	// "New York Times", "Paris Agreement", "Seoul National University".
	for k := j + 1; k < len(toks) && k <= j+3 && startsUpper(toks[k].Text); k++ {
		if orgSuffixes[strings.ToLower(toks[k].Text)] {
			return false
		}
	}
	if next != "" && personish[key] && !calendar[next] {
		return false // "Paris Hilton", "Sofia Coppola"
	}
	if weak[key] && (i == 0 || !startsAlnum(prev)) && !locative[prev] {
		return false // "Male voters" at the start of a sentence
	}
	if i > 0 && startsUpper(toks[i-1].Text) && !freePrev[prev] && !calendar[prev] && !hyphenAdj(toks[i-1].Text) {
		// A capitalised word before the name makes it part of another
		// name ("George Washington", "Real Madrid", "Lake Victoria"),
		// unless it is a function word ("In Kyiv") or a direction.
		return false
	}
	return true
}

// partOfName reports whether the place name toks[i..j] (candidates ids)
// is rather a word of another name or no name at all: an adjective
// ("Arab countries": Arab, Alabama), a lone word the article uses as the
// last word of a longer name (a surname: "Bruno Rodriguez ... Rodriguez
// said"; not a city of a million or more), the name after "Sea of", "Gulf of" and the like ("the Sea of
// Azov"), or a saint's name before "'s" ("St. George's Hall"). A
// preposition of place before the name keeps it ("in Arab"), as do
// capitals and the curated overlay.
func (r *Resolver) partOfName(toks []dyad.Token, i, j int, ids []int32, short map[string]bool) bool {
	for _, id := range ids {
		if e := &r.g.entries[id]; e.Capital || e.Overlay {
			return false
		}
	}
	if i > 0 && locative[strings.ToLower(toks[i-1].Text)] && !(i > 1 && toks[i-1].Text == "of" && featureHeads[strings.ToLower(toks[i-2].Text)]) {
		return false
	}
	if i > 1 && toks[i-1].Text == "of" && featureHeads[strings.ToLower(toks[i-2].Text)] {
		return true // "the Sea of Azov", "the Gulf of Aden"
	}
	if i == j && strings.HasPrefix(toks[i].Tag, "JJ") {
		return true // "Arab states"
	}
	if i == j && short[strings.ToLower(toks[i].Text)] {
		maxPop := 0
		for _, id := range ids {
			maxPop = max(maxPop, r.g.entries[id].Population)
		}
		// "Rodriguez said" after "Bruno Rodriguez"; a city of a million
		// stays a city ("New Delhi ... Delhi")
		return maxPop < 1000000
	}
	if j+1 < len(toks) && (toks[j+1].Text == "'s" || toks[j+1].Text == "’s") {
		first := strings.ToLower(toks[i].Text)
		if first == "st." || first == "saint" || first == "st" {
			return true // "St. George's Hall"
		}
	}
	return false
}

// featureHeads are the capitalised words of a geographic feature named
// "X of Y", whose Y is no place of its own here.
var featureHeads = set("sea", "gulf", "bay", "strait", "straits", "isle", "cape", "lake", "sound", "bight")

// shortForms returns the lower-cased words that end a run of two or more
// capitalised words in the sentences ("Bruno Rodriguez", "Edmundo
// Gonzalez"), not after a function word, a direction, a day or a month.
func shortForms(sents []dyad.Sentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for k := 1; k < len(toks); k++ {
			if !capitalisedWord(toks[k].Text) || !capitalisedWord(toks[k-1].Text) || k+1 < len(toks) && startsUpper(toks[k+1].Text) {
				continue
			}
			prev := strings.ToLower(toks[k-1].Text)
			if freePrev[prev] || calendar[prev] || hyphenAdj(toks[k-1].Text) {
				continue
			}
			out[strings.ToLower(toks[k].Text)] = true
		}
	}
	return out
}

// capitalisedWord reports whether w is a capital letter followed by
// lower-case letters ("Rodriguez"), not an acronym or an abbreviation.
func capitalisedWord(w string) bool {
	for k, c := range w {
		if k == 0 && !unicode.IsUpper(c) || k > 0 && !unicode.IsLower(c) {
			return false
		}
	}
	return len(w) > 1
}

// orgSuffixes are capitalised words that, following a place name, make it
// part of the name of an organisation, outlet, team or document. "Summit"
// is not one: "the Singapore Summit" mentions a place.
var orgSuffixes = set("times", "post", "journal", "herald", "tribune", "gazette", "globe",
	"chronicle", "independent", "review", "agency", "university", "college", "institute",
	"declaration", "accord", "accords", "agreement", "agreements", "treaty", "protocol",
	"convention", "conventions", "consensus", "principles", "club", "fc", "united",
	"city", "yankees", "mets", "giants", "jets", "knicks", "nationals", "commanders",
	"dodgers", "lakers", "stock", "exchange", "process", "syndrome", "format", "department",
	"company", "corporation", "police")

// personish are place names that are also common given names; followed by
// a capitalised word (not a day or month) they are a person.
var personish = set("paris", "sofia", "victoria", "santiago", "washington", "sydney", "kingston",
	"georgetown", "medina", "lima", "tyre")

// weak names are ordinary words too; at the start of a sentence they only
// match after a preposition of place.
var weak = set("male", "victoria", "tyre")

var locative = set("in", "at", "to", "from", "near", "outside", "inside", "via", "into", "toward",
	"towards", "across", "around", "visit", "visited", "visits", "visiting", "of")

// freePrev are capitalised words that may come before a place name without
// joining it: function words at the start of a sentence and directions.
var freePrev = set("in", "at", "to", "from", "on", "near", "outside", "inside", "across",
	"throughout", "the", "but", "and", "or", "while", "when", "as", "after", "before",
	"since", "for", "with", "by", "of", "meanwhile", "both", "between", "like", "unlike",
	"via", "into", "over", "under", "around", "about", "if", "although", "though", "because",
	"so", "yet", "then", "also", "even", "only", "just", "already", "still", "later",
	"earlier", "today", "yesterday", "tomorrow", "this", "that", "these", "those", "his",
	"her", "its", "their", "our", "a", "an", "where", "northern", "southern", "eastern",
	"western", "central", "greater", "north", "south", "east", "west", "downtown", "besieged",
	"occupied", "metro", "not", "unlike", "beyond", "within", "against", "toward", "towards",
	"including", "whereas", "nor", "neither", "either", "once", "until", "during", "despite")

// hyphenAdj reports whether w is a compound adjective whose last part is a
// lower-case word ("Russian-occupied", "Houthi-controlled"): it may come
// before a place name without joining it, unlike "Al-Qaeda".
func hyphenAdj(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	for _, r := range w[k+1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// calendar words may sit next to a place name ("in Washington Tuesday").
var calendar = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// entityCountries adds to context the countries the article's entities
// stand for: the country part of their actor codes and country names.
func (r *Resolver) entityCountries(d *dyad.Doc, context map[string]float64) {
	for _, e := range d.Entities {
		if len(e.Actor) >= 3 && r.g.known[e.Actor[:3]] {
			context[e.Actor[:3]] = 2
		}
		for _, c := range r.g.countries.ids[norm(e.Text)] {
			context[r.g.codes[c]] = 2
		}
		for _, m := range e.Mentions {
			if len(m.Actor) >= 3 && r.g.known[m.Actor[:3]] {
				context[m.Actor[:3]] = 2
			}
		}
	}
}

// entitySpans returns the name mentions of PERSON and ORG entities (a
// place strictly inside one is part of a longer name) and those of PERSON
// entities alone (a place name that is exactly one is a person, "Moon
// said", unless a preposition of place comes before it: "in Tel Aviv").
func entitySpans(d *dyad.Doc, text string) (all, persons []dyad.Span) {
	for _, e := range d.Entities {
		if e.Type != dyad.Person && e.Type != dyad.Org {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind == "" || m.Kind == "name" {
				sp := dyad.Span{Start: m.Start, End: m.End}
				if sp.End > sp.Start+1 && sp.End <= len(text) && text[sp.End-1] == '.' && sp.Start >= 0 {
					sp.End-- // "La Paz." with the sentence's period
				}
				all = append(all, sp)
				if e.Type == dyad.Person {
					persons = append(persons, sp)
				}
			}
		}
	}
	return all, persons
}

func exact(spans []dyad.Span, start, end int) bool {
	for _, s := range spans {
		if s.Start == start && s.End == end {
			return true
		}
	}
	return false
}

func covered(spans []dyad.Span, start, end int) bool {
	for _, s := range spans {
		if s.Start <= start && end <= s.End && s.End-s.Start > end-start {
			return true
		}
	}
	return false
}

// spanText is the article text of tokens i..j, or their texts joined by
// spaces when the offsets do not fit the text.
func spanText(text string, toks []dyad.Token, i, j int) string {
	s, e := toks[i].Start, toks[j].End
	if s >= 0 && s <= e && e <= len(text) {
		return text[s:e]
	}
	var b strings.Builder
	for k := i; k <= j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}

func spanOf(text string, s, e int) string {
	if s >= 0 && s <= e && e <= len(text) {
		return text[s:e]
	}
	return ""
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsAlnum(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
