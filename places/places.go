// Package places is the places stage: it finds toponyms in an article and
// resolves them to gazetteer entries (name, ISO 3166-1 alpha-3 country,
// latitude and longitude), and it recognises the dateline at the head of a
// story ("ANKARA (AA) –"), the place the story was filed from.
//
// The gazetteer (data/cities.tsv, embedded) holds every national capital,
// cities and places frequent in international news, and regions ("Crimea",
// "Korean Peninsula"); country names (data/countries.tsv) are context for
// ranking, not place mentions.
package places

import (
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
	return r.g.entries[ids[0]].Place, true
}

// Process fills d.Places with the toponyms of the article in text order:
// the dateline first (Dateline true) when the story has one, then every
// place name found in the sentences. A name matches as the longest run of
// tokens that starts with a capitalised token and spells a gazetteer name
// ("Gaza City" over "Gaza"). It is skipped inside longer proper names ("New
// York Times", "George Washington", an ORG or PERSON entity that covers
// it). An ambiguous name resolves to a candidate in a country the article
// names (in d.Entities, as a country name in the text, or as the country
// of an unambiguous place), else to the best-ranked one. A capital used for
// its government ("Tokyo said") is still a place mention.
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
	var dlMention *dyad.PlaceMention
	var dl dateline
	if p, ok := parseDateline(text); ok {
		dl = p
		skip = p.body
	}

	covers := entitySpans(d)
	context := map[string]bool{}
	r.entityCountries(d, context)

	type match struct {
		ids        []int
		start, end int
		sent       int
	}
	var matches []match
	for si, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if toks[i].Start < skip {
				continue
			}
			cj, cids, cok := longest(r.g.countries, text, toks, i)
			for _, c := range cids {
				context[r.g.codes[c]] = true
			}
			j, ids, ok := longest(r.g.places, text, toks, i)
			if cok && (!ok || cj > j) {
				i = cj // a country name is context, not a place mention
				continue
			}
			if !ok {
				continue
			}
			start, end := toks[i].Start, toks[j].End
			if r.accept(toks, i, j, norm(spanText(text, toks, i, j))) && !covered(covers, start, end) {
				matches = append(matches, match{ids: ids, start: start, end: end, sent: si})
				if len(ids) == 1 && r.g.entries[ids[0]].Country != "" {
					context[r.g.entries[ids[0]].Country] = true
				}
			}
			i = j
		}
	}

	if skip > 0 {
		if id, ok := r.g.resolveDateline(text[dl.start:dl.end], dl.region, context); ok {
			pm := dyad.PlaceMention{Place: r.g.entries[id].Place, Text: text[dl.start:dl.end],
				Start: dl.start, End: dl.end, Sentence: max(d.SentenceAt(dl.start), 0), Dateline: true}
			dlMention = &pm
		}
	}
	if dlMention != nil {
		d.Places = append(d.Places, *dlMention)
	}
	for _, m := range matches {
		id := r.g.choose(m.ids, context)
		d.Places = append(d.Places, dyad.PlaceMention{Place: r.g.entries[id].Place,
			Text: spanOf(text, m.start, m.end), Start: m.start, End: m.end, Sentence: m.sent})
	}
	sort.SliceStable(d.Places, func(a, b int) bool { return d.Places[a].Start < d.Places[b].Start })
	return nil
}

// choose returns the first candidate (they are ranked) whose country is in
// context, else the best-ranked candidate.
func (g *gazetteer) choose(ids []int, context map[string]bool) int {
	if len(ids) > 1 && len(context) > 0 {
		for _, id := range ids {
			if context[g.entries[id].Country] {
				return id
			}
		}
	}
	return ids[0]
}

// longest finds the longest run of tokens from toks[i] that spells a name of
// lex. toks[i] must start with an upper-case letter and the last token of
// the run with a letter or digit. It returns the last token's index and the
// ids of the name.
func longest(lex *lexicon, text string, toks []dyad.Token, i int) (int, []int, bool) {
	if !startsUpper(toks[i].Text) {
		return 0, nil, false
	}
	best := -1
	var bestIDs []int
	for j := i; j < len(toks) && j < i+maxSpan; j++ {
		if j > i && toks[j].Start < toks[j-1].End {
			break // overlapping tokens: offsets cannot be trusted
		}
		key := norm(spanText(text, toks, i, j))
		if key == "" {
			if j == i {
				break
			}
			continue
		}
		if !lex.prefixes[key] {
			// A token glued to the next may still grow into a name
			// ("Cox" + "'s" + " Bazar").
			if j+1 < len(toks) && toks[j+1].Start == toks[j].End {
				continue
			}
			break
		}
		if ids := lex.ids[key]; len(ids) > 0 && startsAlnum(toks[j].Text) {
			best, bestIDs = j, ids
		}
	}
	if best < 0 {
		return 0, nil, false
	}
	return best, bestIDs, true
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
func (r *Resolver) entityCountries(d *dyad.Doc, context map[string]bool) {
	for _, e := range d.Entities {
		if len(e.Actor) >= 3 && r.g.known[e.Actor[:3]] {
			context[e.Actor[:3]] = true
		}
		for _, c := range r.g.countries.ids[norm(e.Text)] {
			context[r.g.codes[c]] = true
		}
		for _, m := range e.Mentions {
			if len(m.Actor) >= 3 && r.g.known[m.Actor[:3]] {
				context[m.Actor[:3]] = true
			}
		}
	}
}

// entitySpans returns the mentions of PERSON and ORG entities: a place
// strictly inside one is part of a longer name.
func entitySpans(d *dyad.Doc) []dyad.Span {
	var out []dyad.Span
	for _, e := range d.Entities {
		if e.Type != dyad.Person && e.Type != dyad.Org {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind == "" || m.Kind == "name" {
				out = append(out, dyad.Span{Start: m.Start, End: m.End})
			}
		}
	}
	return out
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
