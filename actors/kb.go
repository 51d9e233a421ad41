package actors

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

// The actor knowledge base is a set of reviewable TSV files (see data/):
// countries, international organisations (IGOs), other organisations (news
// agencies, armed groups, NGOs), people with dated terms of office, and the
// role vocabulary ("president", "officials", "former").

//go:embed data/*.tsv
var dataFS embed.FS

// Kind is the kind of a knowledge-base entry.
type Kind string

// Entry kinds.
const (
	KindCountry Kind = "country"
	KindIGO     Kind = "igo"
	KindOrg     Kind = "org"
	KindPerson  Kind = "person"
)

// Form is the way a surface string names an entry.
type Form string

// Surface forms.
const (
	FormName      Form = "name"      // "South Korea", "Yonhap", "Yoon Suk-yeol"
	FormAdjective Form = "adjective" // "South Korean"
	FormPeople    Form = "people"    // "South Koreans"
	FormCapital   Form = "capital"   // "Seoul", as a metonym for the government
	FormSurname   Form = "surname"   // "Yoon", for later mentions of a person
)

// Entry is one actor of the knowledge base. Entries are shared: callers must
// not modify them.
type Entry struct {
	// ID is unique in the KB: the ISO code for countries ("KOR"), "igo:un",
	// "org:yonhap", "person:yoon-suk-yeol".
	ID   string
	Kind Kind
	// Name is the canonical name, the first of Names.
	Name  string
	Names []string
	// Country is the ISO 3166-1 alpha-3 code the actor belongs to (the code
	// itself for countries, the nationality for people), "IGO" for
	// international organisations and "" when unknown or transnational.
	Country string
	// Code is the base CAMEO actor code: "KOR", "IGOUNO", "KORMED"; for
	// people it is Country (their dated codes are in Terms).
	Code string
	// Adjectives, People and Capitals are set for countries only: "South
	// Korean"; "South Koreans"; "Seoul" (capitals and seats of government).
	Adjectives []string
	People     []string
	Capitals   []string
	// Terms are the offices a person held, sorted by Start.
	Terms []Term
	// Surname is the form used for later mentions of a person ("Yoon"), ""
	// when no surname is safe to resolve alone; Surnames holds it and its
	// spelling variants ("Erdoğan", "Erdogan").
	Surname  string
	Surnames []string
	// Wikidata is the entry's Wikidata item id ("Q884"), Wikipedia the
	// title of its English Wikipedia article ("South Korea"); "" when the
	// data files do not give them (the optional columns wikidata and
	// wikipedia of every file).
	Wikidata  string
	Wikipedia string
	// Source says where the facts of the row come from.
	Source string
}

// Term is an office held from Start to End (both days included, UTC
// midnight). A zero End means the term is open (in office).
type Term struct {
	Code   string // actor code while in office: "KORGOV"
	Office string // "President of South Korea"
	Start  time.Time
	End    time.Time
	// kinds are the office kinds the data give ("HOS", "HOG"); nil when
	// they come from Office (see Kinds).
	kinds []string
	// secondary is set by the loader (see Secondary).
	secondary bool
}

// Secondary reports whether the term is an office of another country that
// the person held within a term of their own country's (a monarch's other
// realms, Andorra's French co-prince): it begins on or after that term's
// start and ends no later. Such a term gives the code only when no office
// of the person's own is in force; the terms an undated text, a title or a
// "former" falls back to ("the last term") are the others.
func (t Term) Secondary() bool { return t.secondary }

// markSecondary sets secondary on the terms of a person of country that lie
// within one of the person's terms of country.
func markSecondary(terms []Term, country string) {
	if country == "" {
		return
	}
	for i := range terms {
		t := &terms[i]
		if strings.HasPrefix(t.Code, country) {
			continue
		}
		for _, u := range terms {
			if !strings.HasPrefix(u.Code, country) || u.Start.After(t.Start) {
				continue
			}
			if u.End.IsZero() || !t.End.IsZero() && !t.End.After(u.End) {
				t.secondary = true
				break
			}
		}
	}
}

// lastTerm returns the latest-begun of e's terms for which fits is true,
// a term of the person's own (not Secondary) before any secondary one.
func (e *Entry) lastTerm(fits func(Term) bool) (Term, bool) {
	var sec *Term
	for i := len(e.Terms) - 1; i >= 0; i-- {
		t := &e.Terms[i]
		if !fits(*t) {
			continue
		}
		if !t.secondary {
			return *t, true
		}
		if sec == nil {
			sec = t
		}
	}
	if sec != nil {
		return *sec, true
	}
	return Term{}, false
}

// Match is an entry named by a surface string, and how it is named.
type Match struct {
	Entry *Entry
	Form  Form
}

// Role is one phrase of the role vocabulary.
type Role struct {
	// Phrase is lower case, words joined by single spaces: "foreign minister".
	Phrase string
	// Sector is the CAMEO role code the phrase gives ("GOV", "MIL", "ELI"),
	// or "-" for modifiers that leave the sector alone ("deputy", "senior").
	Sector string
	// Kind is "title" (stands before a name: "President"), "noun"
	// ("officials"), "adjective" ("presidential") or "modifier" ("former").
	Kind string
	Note string
}

// Generic reports whether the role is a generic head noun ("officials",
// "officer", "workers"; note "generic" in roles.tsv), which takes the
// sector of a role word before it ("army officer" MIL, "agricultural
// workers" AGR) and gives its own only alone.
func (r Role) Generic() bool { return strings.HasPrefix(r.Note, "generic") }

// Role kinds.
const (
	RoleTitle     = "title"
	RoleNoun      = "noun"
	RoleAdjective = "adjective"
	RoleModifier  = "modifier"
)

// KB is the actor knowledge base. It is immutable after loading and safe for
// concurrent use.
type KB struct {
	entries      []*Entry
	byID         map[string]*Entry
	countries    map[string]*Entry
	folded       map[string][]Match // case- and accent-insensitive forms
	exact        map[string][]Match // acronyms ("UN", "US", "WHO"): case-sensitive
	maxWords     int
	firstMax     map[string]int // first word of a surface form -> most words
	roles        map[string]Role
	roleList     []Role
	maxRoleWords int
	// roleFirst maps the first word of every role phrase to the most
	// words of a phrase starting with it.
	roleFirst map[string]int
	// family maps the folded last word of every person's names, and their
	// surnames, to the people ("bush" -> both Presidents Bush), for
	// title + surname mentions ("President Bush") and fuzzy matches.
	family map[string][]*Entry
	// fuzzy maps each one-deletion variant of a single-word country form
	// or family name (and the form itself) to the forms, for Fuzzy.
	fuzzy map[string][]fuzzyForm
	// given holds the folded words of people's names other than the last
	// ("abdelaziz", "mohamed", "bashar"): first names, never fuzzy family
	// names.
	given map[string]bool
	// personFirst holds the folded first words of people's names and
	// surnames, to try lower-case names only where one may start.
	personFirst map[string]bool
}

// fuzzyForm is a single-word surface form open to fuzzy matching.
type fuzzyForm struct {
	key   string // folded form
	match Match
}

var defaultKB = sync.OnceValues(func() (*KB, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, fmt.Errorf("actors: embedded data: %w", err)
	}
	return Load(sub)
})

// Default returns the knowledge base built from the embedded data files. It
// is loaded once; every call returns the same KB (or the same error).
func Default() (*KB, error) { return defaultKB() }

// Data files read by Load. countries.tsv and roles.tsv are required.
const (
	CountriesFile = "countries.tsv"
	IGOsFile      = "igos.tsv"
	OrgsFile      = "orgs.tsv"
	RolesFile     = "roles.tsv"
	PeopleFile    = "people.tsv"
)

// DataError is a problem of one field of one line of a data file.
type DataError struct {
	File    string
	Line    int
	Field   string // column name, "" for problems of the whole line
	Problem string
}

func (e *DataError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("actors: %s:%d: %s", e.File, e.Line, e.Problem)
	}
	return fmt.Sprintf("actors: %s:%d: %s: %s", e.File, e.Line, e.Field, e.Problem)
}

// Load reads countries.tsv, igos.tsv, orgs.tsv, roles.tsv and people.tsv
// (then people-*.tsv, in name order) at the root of fsys. igos.tsv,
// orgs.tsv and the people files may be missing. Every
// problem found (bad code, bad date, end before start, duplicate id, wrong
// column count, unknown country...) is reported as a *DataError naming
// "file:line: field: problem"; all of them are returned, joined with
// errors.Join, and the KB is nil when there is any.
func Load(fsys fs.FS) (*KB, error) {
	return LoadWithOverrides(fsys, nil)
}

// Bundled returns the data files embedded in dyad, for LoadWithOverrides.
func Bundled() fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		panic("actors: embedded data: " + err.Error()) // cannot happen: the directory is embedded
	}
	return sub
}

// LoadWithOverrides loads the KB of base (as Load does) and then the files
// of user (nil: none), whose rows override the base rows with the same id
// (country code, IGO, org or person id, role phrase) and add the others.
// In user, every data file is optional, and besides the five names of Load
// it reads countries-*.tsv, igos-*.tsv, orgs-*.tsv, people-*.tsv and
// roles-*.tsv (as `dyad kb import-*` write them), in name order. Problems
// are reported as Load reports them.
func LoadWithOverrides(base, user fs.FS) (*KB, error) {
	l := &loader{
		kb: &KB{
			byID:      map[string]*Entry{},
			countries: map[string]*Entry{},
			folded:    map[string][]Match{},
			exact:     map[string][]Match{},
			roles:     map[string]Role{},
		},
	}
	links := []string{"wikidata", "wikipedia"}
	orgOpt := append([]string{"terms"}, links...)
	fsys := base
	l.file(fsys, CountriesFile, true, []string{"code", "names", "adjectives", "people", "capitals", "source"}, links, l.country)
	l.file(fsys, IGOsFile, false, []string{"id", "names", "code", "source"}, links, l.igo)
	l.file(fsys, OrgsFile, false, []string{"id", "names", "code", "source"}, orgOpt, l.org)
	l.file(fsys, PeopleFile, false, []string{"id", "names", "country", "terms", "surname", "source"}, links, l.person)
	// More people in people-*.tsv (the bundled data keeps classes of office
	// holders apart: heads of state and government by region ...), in name
	// order; an id may appear once in all of them.
	more, _ := fs.Glob(fsys, strings.TrimSuffix(PeopleFile, ".tsv")+"-*.tsv")
	slices.Sort(more)
	for _, n := range more {
		l.file(fsys, n, false, []string{"id", "names", "country", "terms", "surname", "source"}, links, l.person)
	}
	l.file(fsys, RolesFile, true, []string{"phrase", "sector", "kind"}, []string{"note"}, l.role)
	if user != nil {
		l.overriding, l.userIDs, l.userRoles = true, map[string]bool{}, map[string]bool{}
		for _, f := range []struct {
			name     string
			cols     []string
			optional []string
			fn       func(row)
		}{
			{CountriesFile, []string{"code", "names", "adjectives", "people", "capitals", "source"}, links, l.country},
			{IGOsFile, []string{"id", "names", "code", "source"}, links, l.igo},
			{OrgsFile, []string{"id", "names", "code", "source"}, orgOpt, l.org},
			{PeopleFile, []string{"id", "names", "country", "terms", "surname", "source"}, links, l.person},
			{RolesFile, []string{"phrase", "sector", "kind"}, []string{"note"}, l.role},
		} {
			names := []string{f.name}
			extra, _ := fs.Glob(user, strings.TrimSuffix(f.name, ".tsv")+"-*.tsv")
			slices.Sort(extra)
			names = append(names, extra...)
			for _, n := range names {
				l.file(user, n, false, f.cols, f.optional, f.fn)
			}
		}
	}
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	l.index()
	return l.kb, nil
}

// loader collects the entries and the problems of one Load.
type loader struct {
	kb   *KB
	errs []error
	// per row
	fname string
	line  int
	cur   row
	// overriding is set while user files are read: their rows replace
	// bundled rows with the same id (once: userIDs and userRoles catch
	// duplicates among the user's own rows).
	overriding bool
	userIDs    map[string]bool
	userRoles  map[string]bool
}

// isQID reports whether s is a Wikidata item id: "Q" and digits.
func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (l *loader) errf(field, format string, args ...any) {
	l.errs = append(l.errs, &DataError{File: l.fname, Line: l.line, Field: field, Problem: fmt.Sprintf(format, args...)})
}

// row is one data line: its fields by column name.
type row map[string]string

// file reads one TSV file: '#' comment lines and blank lines are skipped, the
// first other line is the header, which must hold the required columns (in
// any order) and may hold the optional ones.
func (l *loader) file(fsys fs.FS, name string, required bool, cols, optional []string, fn func(row)) {
	l.fname, l.line = name, 0
	f, err := fsys.Open(name)
	if err != nil {
		if !required && errors.Is(err, fs.ErrNotExist) {
			return
		}
		l.errs = append(l.errs, fmt.Errorf("actors: %s: %w", name, err))
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var header []string
	for sc.Scan() {
		l.line++
		text := strings.TrimRight(sc.Text(), "\r")
		if l.line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if header == nil {
			header = fields
			if !l.header(header, cols, optional) {
				return
			}
			continue
		}
		if len(fields) != len(header) {
			l.errf("", "wrong column count: %d, want %d (%s)", len(fields), len(header), strings.Join(header, ", "))
			continue
		}
		r := row{}
		for i, h := range header {
			r[h] = strings.TrimSpace(fields[i])
		}
		l.cur = r
		fn(r)
	}
	if err := sc.Err(); err != nil {
		l.errf("", "read: %v", err)
		return
	}
	if header == nil {
		l.errf("", "no header line")
	}
}

func (l *loader) header(header, cols, optional []string) bool {
	ok := true
	seen := map[string]bool{}
	for _, h := range header {
		if seen[h] {
			l.errf(h, "duplicate column")
			ok = false
		}
		seen[h] = true
		if !slices.Contains(cols, h) && !slices.Contains(optional, h) {
			l.errf(h, "unknown column (want %s)", strings.Join(cols, ", "))
			ok = false
		}
	}
	for _, c := range cols {
		if !seen[c] {
			l.errf(c, "missing column")
			ok = false
		}
	}
	return ok
}

// list splits a '|' list; empty items are problems.
func (l *loader) list(r row, field string, required bool) []string {
	s := r[field]
	if s == "" {
		if required {
			l.errf(field, "empty")
		}
		return nil
	}
	var out []string
	for _, it := range strings.Split(s, "|") {
		it = strings.Join(strings.Fields(it), " ")
		if it == "" {
			l.errf(field, "empty item in %q", s)
			continue
		}
		if !slices.Contains(out, it) {
			out = append(out, it)
		}
	}
	return out
}

func (l *loader) add(e *Entry) {
	e.Wikidata, e.Wikipedia = l.cur["wikidata"], l.cur["wikipedia"]
	if e.Wikidata != "" && !isQID(e.Wikidata) {
		l.errf("wikidata", "%q is not a Wikidata item id (Q and digits)", e.Wikidata)
		return
	}
	if prev, dup := l.kb.byID[e.ID]; dup {
		if l.overriding && !l.userIDs[e.ID] {
			l.userIDs[e.ID] = true
			l.kb.byID[e.ID] = e
			l.kb.entries[slices.Index(l.kb.entries, prev)] = e
			if e.Kind == KindCountry {
				l.kb.countries[e.ID] = e
			}
			return
		}
		l.errf("", "duplicate id %q (also %s)", e.ID, prev.Name)
		return
	}
	if l.overriding {
		l.userIDs[e.ID] = true
	}
	l.kb.byID[e.ID] = e
	l.kb.entries = append(l.kb.entries, e)
}

func isUpperCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// validCode reports whether s is an actor code: one or more groups of three
// upper-case letters, the first of which may be "---" (unknown country).
func validCode(s string) bool {
	if len(s) == 0 || len(s)%3 != 0 || len(s) > 18 {
		return false
	}
	for i := 0; i < len(s); i += 3 {
		g := s[i : i+3]
		if i == 0 && g == "---" {
			continue
		}
		if !isUpperCode(g, 3) {
			return false
		}
	}
	return true
}

func isSlug(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return s[0] != '-' && s[len(s)-1] != '-'
}

func (l *loader) source(r row) string {
	if r["source"] == "" {
		l.errf("source", "empty")
	}
	return r["source"]
}

func (l *loader) country(r row) {
	code := r["code"]
	if !isUpperCode(code, 3) {
		l.errf("code", "%q is not three upper-case letters", code)
		return
	}
	e := &Entry{
		ID: code, Kind: KindCountry, Country: code, Code: code,
		Names:      l.list(r, "names", true),
		Adjectives: l.list(r, "adjectives", false),
		People:     l.list(r, "people", false),
		Capitals:   l.list(r, "capitals", false),
		Source:     l.source(r),
	}
	if len(e.Names) == 0 {
		return
	}
	e.Name = e.Names[0]
	if _, dup := l.kb.countries[code]; dup && !l.overriding {
		l.errf("code", "duplicate country %q", code)
		return
	}
	l.kb.countries[code] = e
	l.add(e)
}

func (l *loader) igo(r row) {
	id, code := r["id"], r["code"]
	ok := true
	if !isSlug(id) {
		l.errf("id", "%q is not a lower-case slug", id)
		ok = false
	}
	if !validCode(code) || !strings.HasPrefix(code, "IGO") {
		l.errf("code", "%q is not an IGO actor code (IGO + groups of three upper-case letters)", code)
		ok = false
	}
	names := l.list(r, "names", true)
	src := l.source(r)
	if !ok || len(names) == 0 {
		return
	}
	l.add(&Entry{ID: "igo:" + id, Kind: KindIGO, Name: names[0], Names: names, Country: "IGO", Code: code, Source: src})
}

// orgPrefixes are the first groups of org codes that are not countries.
var orgPrefixes = map[string]string{"IGO": "IGO", "NGO": "", "IMG": "", "MNC": "", "---": ""}

func (l *loader) org(r row) {
	id, code := r["id"], r["code"]
	ok := true
	if !isSlug(id) {
		l.errf("id", "%q is not a lower-case slug", id)
		ok = false
	}
	var country string
	switch {
	case !validCode(code):
		l.errf("code", "%q is not an actor code (groups of three upper-case letters)", code)
		ok = false
	default:
		p := code[:3]
		if c, special := orgPrefixes[p]; special {
			country = c
		} else if _, known := l.kb.countries[p]; known {
			country = p
		} else {
			l.errf("code", "%q starts with %q, which is neither a country of %s nor one of IGO, NGO, IMG, MNC, ---", code, p, CountriesFile)
			ok = false
		}
	}
	names := l.list(r, "names", true)
	src := l.source(r)
	terms, good := l.terms(r)
	ok = ok && good
	if !ok || len(names) == 0 {
		return
	}
	l.add(&Entry{ID: "org:" + id, Kind: KindOrg, Name: names[0], Names: names, Country: country, Code: code, Terms: terms, Source: src})
}

const dateLayout = "2006-01-02"

// terms reads the "terms" column of a row ('|'-separated items), sorted by
// start; ok is false when an item is malformed (reported with its line).
func (l *loader) terms(r row) (terms []Term, ok bool) {
	ok = true
	if r["terms"] == "" {
		return nil, true
	}
	for _, it := range strings.Split(r["terms"], "|") {
		t, good := l.term(strings.TrimSpace(it))
		if !good {
			ok = false
			continue
		}
		terms = append(terms, t)
	}
	slices.SortStableFunc(terms, func(a, b Term) int { return a.Start.Compare(b.Start) })
	markSecondary(terms, r["country"])
	return terms, ok
}

func (l *loader) person(r row) {
	id, country := r["id"], r["country"]
	ok := true
	if !isSlug(id) {
		l.errf("id", "%q is not a lower-case slug", id)
		ok = false
	}
	if _, known := l.kb.countries[country]; !known {
		l.errf("country", "%q is not a country of %s", country, CountriesFile)
		ok = false
	}
	terms, good := l.terms(r)
	ok = ok && good
	names := l.list(r, "names", true)
	surnames := l.list(r, "surname", false)
	src := l.source(r)
	if !ok || len(names) == 0 {
		return
	}
	e := &Entry{ID: "person:" + id, Kind: KindPerson, Name: names[0], Names: names, Country: country, Code: country, Terms: terms, Surnames: surnames, Source: src}
	if len(surnames) > 0 {
		e.Surname = surnames[0]
	}
	l.add(e)
}

// term parses "CODE:OFFICE:START:END" or "CODE:OFFICE:START:END:KINDS"
// (office kinds joined by '+': "HOS+HOG").
func (l *loader) term(s string) (Term, bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 4 && len(parts) != 5 {
		l.errf("terms", "%q is not CODE:OFFICE:START:END[:KINDS]", s)
		return Term{}, false
	}
	t := Term{Code: parts[0], Office: strings.TrimSpace(parts[1])}
	ok := true
	if len(parts) == 5 {
		for _, k := range strings.Split(parts[4], "+") {
			if !ValidOfficeKind(k) {
				l.errf("terms", "bad office kind %q in %q (want %s, joined by '+')", k, s, strings.Join(officeKinds, ", "))
				ok = false
				continue
			}
			t.kinds = append(t.kinds, k)
		}
	}
	if !validCode(t.Code) {
		l.errf("terms", "bad code %q in %q", t.Code, s)
		ok = false
	}
	if t.Office == "" {
		l.errf("terms", "empty office in %q", s)
		ok = false
	}
	var err error
	if t.Start, err = time.Parse(dateLayout, parts[2]); err != nil {
		l.errf("terms", "bad start date %q in %q (want YYYY-MM-DD)", parts[2], s)
		ok = false
	}
	if parts[3] != "" {
		if t.End, err = time.Parse(dateLayout, parts[3]); err != nil {
			l.errf("terms", "bad end date %q in %q (want YYYY-MM-DD)", parts[3], s)
			ok = false
		}
	}
	if ok && !t.End.IsZero() && t.End.Before(t.Start) {
		l.errf("terms", "end %s before start %s in %q", parts[3], parts[2], s)
		ok = false
	}
	return t, ok
}

// sectors are the role codes roles.tsv may give ("-": no sector change).
var sectors = map[string]bool{
	"-": true, "GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "OPP": true,
	"PTY": true, "REB": true, "INS": true, "MED": true, "BUS": true, "CVL": true, "REF": true,
	"EDU": true, "HLH": true, "REL": true, "ELI": true, "SPY": true, "UAF": true, "CRM": true,
	"LAB": true, "AGR": true, "ENV": true, "IGO": true, "NGO": true, "HRI": true, "DEV": true,
	"MOD": true, "RAD": true, "SET": true, "SEP": true,
}

func (l *loader) role(r row) {
	ro := Role{Phrase: r["phrase"], Sector: r["sector"], Kind: r["kind"], Note: r["note"]}
	ok := true
	if ro.Phrase == "" || ro.Phrase != normRole(ro.Phrase) {
		l.errf("phrase", "%q is not lower case with single spaces", ro.Phrase)
		ok = false
	}
	if !sectors[ro.Sector] {
		l.errf("sector", "unknown sector %q", ro.Sector)
		ok = false
	}
	switch ro.Kind {
	case RoleTitle, RoleNoun, RoleAdjective, RoleModifier:
	default:
		l.errf("kind", "unknown kind %q (want title, noun, adjective or modifier)", ro.Kind)
		ok = false
	}
	if _, dup := l.kb.roles[ro.Phrase]; dup && l.overriding && !l.userRoles[ro.Phrase] {
		l.userRoles[ro.Phrase] = true
		l.kb.roles[ro.Phrase] = ro
		for i := range l.kb.roleList {
			if l.kb.roleList[i].Phrase == ro.Phrase {
				l.kb.roleList[i] = ro
			}
		}
		return
	}
	if l.overriding {
		l.userRoles[ro.Phrase] = true
	}
	if _, dup := l.kb.roles[ro.Phrase]; dup {
		l.errf("phrase", "duplicate phrase %q", ro.Phrase)
		ok = false
	}
	if !ok {
		return
	}
	l.kb.roles[ro.Phrase] = ro
	l.kb.roleList = append(l.kb.roleList, ro)
	l.kb.maxRoleWords = max(l.kb.maxRoleWords, len(strings.Fields(ro.Phrase)))
}

// index builds the surface-form maps.
func (l *loader) index() {
	kb := l.kb
	kb.roleFirst = map[string]int{}
	for p := range kb.roles {
		f := strings.Fields(p)
		kb.roleFirst[f[0]] = max(kb.roleFirst[f[0]], len(f))
	}
	for _, e := range kb.entries {
		add := func(forms []string, f Form) {
			for _, s := range forms {
				kb.addForm(s, Match{Entry: e, Form: f})
			}
		}
		add(e.Names, FormName)
		add(e.Adjectives, FormAdjective)
		add(e.People, FormPeople)
		add(e.Capitals, FormCapital)
		add(e.Surnames, FormSurname)
		if e.Kind == KindPerson {
			for _, s := range append(slices.Clone(e.Surnames), e.Names...) {
				f := strings.Fields(s)
				if len(f) == 0 {
					continue
				}
				w := normFold(f[len(f)-1])
				if len(w) < 3 {
					continue
				}
				if kb.family == nil {
					kb.family = map[string][]*Entry{}
				}
				if !slices.Contains(kb.family[w], e) {
					kb.family[w] = append(kb.family[w], e)
				}
			}
		}
	}
	// A monarch's name with its regnal number after a title ("King Harald
	// V", "King Carl XVI Gustaf") is also written without the number ("King
	// Harald", "King Carl Gustaf"), when no entry has that form already and
	// no other person's name begins with it ("King Abdullah bin Abdulaziz"
	// keeps "King Abdullah" from Jordan's Abdullah II).
	for _, e := range kb.entries {
		if e.Kind != KindPerson {
			continue
		}
		for _, s := range e.Names {
			if t, ok := withoutRegnal(s); ok && len(kb.Lookup(t)) == 0 && !l.namePrefix(t, e) {
				kb.addForm(t, Match{Entry: e, Form: FormName})
			}
		}
	}
	kb.indexFuzzy()
	for _, ms := range kb.folded {
		sortMatches(ms)
	}
	for _, ms := range kb.exact {
		sortMatches(ms)
	}
	for key, code := range sharedForms {
		preferCountry(kb.folded[key], code)
	}
}

// sharedForms gives, for each name, adjective or demonym that countries.tsv
// lists under more than one country, the country that Lookup puts first: the
// one the form means in the great majority of news uses, so that the choice
// is written here and not left to the order of the data files (a test checks
// that every shared form has an entry). The other country still matches, and
// the resolver gives the form to it when the article names it and not the
// preferred one (Resolver.sharedContext: "Dominica's prime minister said
// Dominicans ..."). Keys are folded forms.
//
//   - "Dominican", "Dominicans": the Dominican Republic (DOM, population about
//     11 million) rather than Dominica (DMA, about 72,000), whose people news
//     usually writes as "Dominica's" or "of Dominica".
//   - "Congo", "Congolese": both Congos use them and both are much in the
//     news; the Democratic Republic (COD, about 100 million people, the
//     eastern wars and the UN mission) is the one meant far more often than
//     the Republic (COG, about 6 million), which news names "Congo-Brazzaville"
//     or "Republic of Congo" when it means it.
//
// Not shared, so not listed: "Korean" is in no country's lists (either Korea:
// unresolved); "Guinean" is Guinea's only (Equatorial Guinea, Guinea-Bissau
// and Papua New Guinea have longer adjectives, which win by the longest
// match); "Sudanese", "Samoan", "Irish" and "Niger" likewise yield to "South
// Sudanese", "American Samoan", "Northern Irish" and "Nigeria" by length.
var sharedForms = map[string]string{
	"dominican":  "DOM",
	"dominicans": "DOM",
	"congo":      "COD",
	"congolese":  "COD",
}

// preferCountry moves the country code's match of ms before the other
// countries' matches of the same form, keeping the order otherwise.
func preferCountry(ms []Match, code string) {
	pref := func(m Match) int {
		if m.Entry.Kind == KindCountry && m.Entry.Code == code {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(ms, func(a, b Match) int {
		if d := formRank[a.Form] - formRank[b.Form]; d != 0 {
			return d
		}
		if d := kindRank[a.Entry.Kind] - kindRank[b.Entry.Kind]; d != 0 {
			return d
		}
		return pref(a) - pref(b)
	})
}

func (kb *KB) addForm(s string, m Match) {
	var key string
	var idx map[string][]Match
	if isAcronym(s) {
		key, idx = normExact(s), kb.exact
	} else {
		key, idx = normFold(s), kb.folded
	}
	for _, old := range idx[key] {
		if old == m {
			return
		}
	}
	idx[key] = append(idx[key], m)
	n := keyWords(normFold(s))
	kb.maxWords = max(kb.maxWords, n)
	if kb.firstMax == nil {
		kb.firstMax = map[string]int{}
	}
	if f := strings.Fields(normFold(s)); len(f) > 0 {
		k := firstKey(f[0])
		kb.firstMax[k] = max(kb.firstMax[k], n)
		// "People's Republic" starts at the token "People" once the
		// tokenizer has split off "'s".
		if i := strings.IndexByte(k, '\''); i > 0 {
			kb.firstMax[k[:i]] = max(kb.firstMax[k[:i]], n)
		}
	}
}

// firstKey is the index key of a surface form's first word: folded, without
// the punctuation the tokenizer may split off ("S." of "S. Jaishankar").
func firstKey(w string) string {
	return strings.TrimRight(w, ".',")
}

// MaxWordsFrom returns the most words of any surface form whose first word
// is token (0 if none starts with it), so that a longest-match scan tries
// only the lengths that can match.
func (kb *KB) MaxWordsFrom(token string) int {
	if plainLower(token) {
		return kb.firstMax[token] // already folded: the common case
	}
	// a hyphenated token ("Nagorno-Karabakh") folds to several words
	f := strings.Fields(normFold(token))
	if len(f) == 0 {
		return 0
	}
	return kb.firstMax[firstKey(f[0])]
}

// plainLower reports whether s is ASCII lower-case letters only, which
// normFold and firstKey leave as they are.
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

var formRank = map[Form]int{FormName: 0, FormAdjective: 1, FormPeople: 2, FormCapital: 3, FormSurname: 4}
var kindRank = map[Kind]int{KindCountry: 0, KindIGO: 1, KindOrg: 2, KindPerson: 3}

// sortMatches orders by form, then kind; the order of the data files is kept
// otherwise.
func sortMatches(ms []Match) {
	slices.SortStableFunc(ms, func(a, b Match) int {
		if d := formRank[a.Form] - formRank[b.Form]; d != 0 {
			return d
		}
		return kindRank[a.Entry.Kind] - kindRank[b.Entry.Kind]
	})
}

// isAcronym reports whether a surface form has letters and no lower-case
// letter ("UN", "U.S.", "WHO", "G7"). Acronyms match case-sensitively, so
// that "who", "us" and "Who" do not name the WHO or the United States.
func isAcronym(s string) bool {
	letters := false
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters = true
		}
	}
	return letters
}

// Lookup returns the entries that surface names, and how. surface is a run
// of tokens joined by single spaces ("South Korean", "Yoon Suk-yeol",
// "U.S."). Matching ignores case, Latin diacritics ("Erdoğan" = "Erdogan"),
// curly versus straight apostrophes and quotes, hyphen versus space
// ("Suk-yeol" = "Suk Yeol") and the tokenizer's split of a possessive "'s"
// ("People 's Republic" = "People's Republic", "Workers ' Party", "S .
// Jaishankar"); forms written all in capitals
// ("UN", "US", "WHO") match only the same capitals. A leading "the" is not
// stripped. Matches are ordered by form (name, adjective, people, capital,
// surname), then kind (country, IGO, org, person), then data-file order;
// several matches of the same form mean the surface is ambiguous ("Congo").
// The result is nil when nothing matches; it is the caller's to keep.
func (kb *KB) Lookup(surface string) []Match {
	var out []Match
	exact := normExact(surface)
	out = append(out, kb.exact[exact]...)
	out = append(out, kb.folded[foldExact(exact)]...)
	if len(out) == 0 {
		return nil
	}
	sortMatches(out)
	return slices.CompactFunc(out, func(a, b Match) bool { return a == b })
}

// People returns the people whose family name is word: the last word of
// one of their names, or one of their surnames ("Bush" gives George W. Bush
// and George H. W. Bush), matched as Lookup matches (case and Latin
// diacritics ignored), in data-file order; nil when none. Unlike Lookup's
// surname forms, it includes surnames too common to resolve alone: callers
// must narrow the result by the date and the title in the text.
func (kb *KB) People(word string) []*Entry {
	return slices.Clone(kb.family[normFold(word)])
}

// FuzzyMinLetters is the shortest word Fuzzy matches: shorter words are
// too often one letter away from another real word.
const FuzzyMinLetters = 6

// indexFuzzy fills kb.fuzzy with the single-word country names,
// adjectives and demonyms and the family names of people, keyed by their
// one-deletion variants (symmetric-delete index).
func (kb *KB) indexFuzzy() {
	kb.fuzzy = map[string][]fuzzyForm{}
	add := func(form string, m Match) {
		key := normFold(form)
		if strings.ContainsAny(key, " .'") || len([]rune(key)) < FuzzyMinLetters-1 {
			return
		}
		f := fuzzyForm{key: key, match: m}
		for _, v := range deletions(key) {
			if !slices.Contains(kb.fuzzy[v], f) {
				kb.fuzzy[v] = append(kb.fuzzy[v], f)
			}
		}
	}
	for _, e := range kb.entries {
		if e.Kind != KindCountry {
			continue
		}
		for _, n := range e.Names {
			add(n, Match{Entry: e, Form: FormName})
		}
		for _, n := range e.Adjectives {
			add(n, Match{Entry: e, Form: FormAdjective})
		}
		for _, n := range e.People {
			add(n, Match{Entry: e, Form: FormPeople})
		}
	}
	kb.given = map[string]bool{}
	kb.personFirst = map[string]bool{}
	for _, e := range kb.entries {
		if e.Kind != KindPerson {
			continue
		}
		for _, n := range append(slices.Clone(e.Names), e.Surnames...) {
			if f := strings.Fields(normFold(n)); len(f) > 0 {
				kb.personFirst[f[0]] = true
			}
		}
		for _, n := range e.Names {
			f := strings.Fields(n)
			for _, w := range f[:len(f)-1] {
				kb.given[normFold(w)] = true
			}
		}
	}
	for w, es := range kb.family {
		if kb.given[w] {
			continue // "Mohamed Abdullahi Mohamed"
		}
		for _, e := range es {
			add(w, Match{Entry: e, Form: FormSurname})
		}
	}
}

// deletions returns s and every string made by deleting one rune of it.
func deletions(s string) []string {
	r := []rune(s)
	out := []string{s}
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}

// editDistance1 reports whether a and b differ by exactly one insertion,
// deletion, substitution or swap of two adjacent runes.
func editDistance1(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	switch len(y) - len(x) {
	case 0:
		var diff []int
		for i := range x {
			if x[i] != y[i] {
				diff = append(diff, i)
				if len(diff) > 2 {
					return false
				}
			}
		}
		switch len(diff) {
		case 1:
			return true
		case 2:
			i, j := diff[0], diff[1]
			return j == i+1 && x[i] == y[j] && x[j] == y[i]
		}
		return false
	case 1:
		i := 0
		for i < len(x) && x[i] == y[i] {
			i++
		}
		return string(x[i:]) == string(y[i+1:])
	}
	return false
}

// Fuzzy returns the one entry a misspelt word names ("Quatar", "Ethopia",
// "Bouteflicka"): see FuzzyAll; ok is false unless exactly one entry is
// that close.
func (kb *KB) Fuzzy(word string) (Match, bool) {
	ms := kb.FuzzyAll(word)
	if len(ms) != 1 {
		return Match{}, false
	}
	return ms[0], true
}

// FuzzyAll returns the entries a misspelt word may name, one match per
// entry (its best form): single-word country names, adjectives and
// demonyms and people's family names at edit distance one from word (one
// letter added, dropped or changed, or two neighbours swapped; for
// countries not at the end, where it makes another word of the same stem:
// "Korean", "Koreas").
// Words shorter than FuzzyMinLetters letters and words that Lookup matches
// exactly match nothing, and first names of the KB match no family name
// ("Bashar" is not "Bashir"). The caller must check the context: first
// names are often one letter from a country ("Angela") or a family name
// ("Justin").
func (kb *KB) FuzzyAll(word string) []Match {
	key := normFold(word)
	if len([]rune(key)) < FuzzyMinLetters || strings.ContainsAny(key, " .'") || len(kb.Lookup(word)) > 0 {
		return nil
	}
	var out []Match
	for _, v := range deletions(key) {
		for _, f := range kb.fuzzy[v] {
			if f.key == key || !editDistance1(key, f.key) {
				continue
			}
			if f.match.Entry.Kind == KindCountry && (strings.HasPrefix(key, f.key) || strings.HasPrefix(f.key, key)) {
				continue
			}
			if f.match.Entry.Kind == KindPerson && kb.given[key] {
				continue
			}
			i := slices.IndexFunc(out, func(m Match) bool { return m.Entry == f.match.Entry })
			switch {
			case i < 0:
				out = append(out, f.match)
			case formRank[f.match.Form] < formRank[out[i].Form]:
				out[i] = f.match
			}
		}
	}
	return out
}

// PersonStart reports whether a person's name or surname may start with
// the word (case and diacritics ignored).
func (kb *KB) PersonStart(word string) bool {
	if !plainLower(word) {
		f := strings.Fields(normFold(word))
		if len(f) == 0 {
			return false
		}
		word = f[0]
	}
	return kb.personFirst[word]
}

// MaxWords bounds the number of tokens a surface form of the KB can span
// (hyphenated parts, apostrophes, periods and commas counted as tokens), for
// longest-match scans.
func (kb *KB) MaxWords() int { return kb.maxWords }

// Role returns the role vocabulary entry of phrase (lower case, words joined
// by single spaces; case and spacing are normalised anyway).
func (kb *KB) Role(phrase string) (Role, bool) {
	r, ok := kb.roles[normRole(phrase)]
	return r, ok
}

// MaxRoleWords is the largest number of words of a role phrase.
func (kb *KB) MaxRoleWords() int { return kb.maxRoleWords }

// MaxRoleWordsFrom is the largest number of words of a role phrase whose
// first word is word (any case), 0 when none starts with it.
func (kb *KB) MaxRoleWordsFrom(word string) int {
	if !plainLower(word) {
		word = normRole(word)
	}
	return kb.roleFirst[word]
}

// Roles returns the role vocabulary in data-file order.
func (kb *KB) Roles() []Role { return slices.Clone(kb.roleList) }

// Country returns the country (or former state) with ISO alpha-3 code.
func (kb *KB) Country(code string) (*Entry, bool) {
	e, ok := kb.countries[code]
	return e, ok
}

// Entry returns the entry with the given ID ("KOR", "igo:un",
// "person:yoon-suk-yeol").
func (kb *KB) Entry(id string) (*Entry, bool) {
	e, ok := kb.byID[id]
	return e, ok
}

// Entries returns every entry in data-file order: countries, IGOs, orgs,
// people.
func (kb *KB) Entries() []*Entry { return slices.Clone(kb.entries) }

// CodeAt returns the actor code of the entry at date and the office behind
// it. For people it is the code of the term in force (Start <= date <= End,
// by calendar day; when several are, one of the person's own country
// first, then the one that started last); after the
// last term ended, Country+"ELI" with office "former " + the office of the
// term that ended last; before any term (or with no terms), Country and "".
// A zero date means now for people. Organisations return the code of a
// term in force (orgs.tsv may give dated codes: the Taliban governing
// Afghanistan), with the term's note as office, else Code (always Code for a
// zero date: an undated text cannot assert a dated code); other kinds
// return Code and "".
func (e *Entry) CodeAt(date time.Time) (code, office string) {
	if e.Kind != KindPerson {
		if date.IsZero() {
			// An undated text cannot assert a dated code: the base code.
			return e.Code, ""
		}
		for i := len(e.Terms) - 1; i >= 0; i-- {
			if e.Terms[i].InForce(date) {
				return e.Terms[i].Code, e.Terms[i].Office
			}
		}
		return e.Code, ""
	}
	if date.IsZero() {
		date = time.Now()
	}
	y, m, d := date.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	var cur, last *Term
	for i := range e.Terms {
		t := &e.Terms[i]
		if t.Start.After(day) {
			continue
		}
		if t.End.IsZero() || !t.End.Before(day) {
			// Of the offices in force, one of the person's own country
			// first (the Queen of the United Kingdom is also Queen of
			// Canada), then the latest begun.
			own, curOwn := strings.HasPrefix(t.Code, e.Country), cur != nil && strings.HasPrefix(cur.Code, e.Country)
			if cur == nil || own && !curOwn || own == curOwn && !t.Start.Before(cur.Start) {
				cur = t
			}
			continue
		}
		if last == nil || last.secondary && !t.secondary || last.secondary == t.secondary && !t.End.Before(last.End) {
			last = t
		}
	}
	switch {
	case cur != nil:
		return cur.Code, cur.Office
	case last != nil:
		return e.Country + "ELI", "former " + last.Office
	}
	return e.Country, ""
}

var quoteReplacer = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201C", `"`, "\u201D", `"`, "\u02BC", "'")

// normExact normalises quotes, spacing and the possessive split, keeping
// case.
func normExact(s string) string {
	if plainText(s) {
		return s // nothing to replace, split or rejoin: most surfaces
	}
	return normExactAll(s)
}

// normExactAll is normExact without the shortcut for plain text.
func normExactAll(s string) string {
	s = quoteReplacer.Replace(s)
	toks := strings.Fields(s)
	out := toks[:0]
	for _, tk := range toks {
		if n := len(out); n > 0 {
			prev := out[n-1]
			// Undo the tokenizer's splits: "People 's", "Workers '", "S .",
			// "Washington , D.C.".
			if tk == "'s" || tk == "," || tk == "'" && strings.HasSuffix(prev, "s") || tk == "." && isInitial(prev) {
				out[n-1] = prev + tk
				continue
			}
		}
		out = append(out, tk)
	}
	return strings.Join(out, " ")
}

// plainText reports whether s is printable ASCII words joined by single
// spaces, without the apostrophes, commas and periods normExact rejoins:
// normExact leaves such a string as it is.
func plainText(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c < '!' || c > '~' || c == '\'' || c == ',' || c == '.':
			return false
		}
	}
	return true
}

// isInitial reports whether s is a single letter ("S" of "S. Jaishankar").
func isInitial(s string) bool {
	r := []rune(s)
	return len(r) == 1 && unicode.IsLetter(r[0])
}

// normFold is normExact, lower-cased, without Latin diacritics and with
// hyphens as spaces.
func normFold(s string) string {
	if plainText(s) && !strings.Contains(s, "-") {
		return strings.ToLower(s)
	}
	return normFoldAll(s)
}

// normFoldAll is normFold without the shortcut for plain text.
func normFoldAll(s string) string {
	return foldExact(normExactAll(s))
}

// foldExact is normFold of a string normExact has normalised.
func foldExact(s string) string {
	if plainText(s) && !strings.Contains(s, "-") {
		return strings.ToLower(s)
	}
	s = strings.ToLower(s)
	var b strings.Builder
	for _, c := range s {
		if unicode.Is(unicode.Mn, c) {
			continue // combining marks (from "İ")
		}
		if r, ok := foldRunes[c]; ok {
			b.WriteString(r)
			continue
		}
		if c == '-' || c == '\u2010' || c == '\u2011' {
			c = ' '
		}
		b.WriteRune(c)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// keyWords bounds the number of tokens a surface with this folded key can
// have: words, plus one for each apostrophe, period or comma the tokenizer
// may split off.
func keyWords(key string) int {
	return len(strings.Fields(key)) + strings.Count(key, "'") + strings.Count(key, ".") + strings.Count(key, ",")
}

func normRole(s string) string {
	if plainText(s) {
		return strings.ToLower(s)
	}
	s = quoteReplacer.Replace(s)
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// foldRunes maps lower-case Latin letters with diacritics to ASCII.
var foldRunes = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'ł': "l", 'ı': "i", 'þ': "th"}
	for base, set := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęě", "g": "ĝğġģ",
		"h": "ĥħ", "i": "ìíîïĩīĭį", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ",
		"o": "òóôõöōŏőơ", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųư",
		"w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	} {
		for _, c := range set {
			m[c] = base
		}
	}
	return m
}()

// monarchTitles open the names of reigning monarchs in the knowledge base.
var monarchTitles = map[string]bool{"King": true, "Queen": true, "Emperor": true, "Empress": true, "Sultan": true, "Emir": true, "Pope": true}

// withoutRegnal returns name without its regnal number when name opens
// with a monarch's title and has one ("King Harald V" -> "King Harald").
func withoutRegnal(name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) < 3 || !monarchTitles[f[0]] {
		return "", false
	}
	for i := 2; i < len(f); i++ {
		if regnal(f[i]) {
			return strings.Join(slices.Delete(slices.Clone(f), i, i+1), " "), true
		}
	}
	return "", false
}

// regnal reports whether w is a Roman numeral of a regnal number (I to
// XXIX).
func regnal(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for _, c := range w {
		if c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// namePrefix reports whether a person other than e has a name that begins
// with the words of t.
func (l *loader) namePrefix(t string, e *Entry) bool {
	p := normFold(t) + " "
	for _, o := range l.kb.entries {
		if o == e || o.Kind != KindPerson {
			continue
		}
		for _, n := range o.Names {
			if strings.HasPrefix(normFold(n)+" ", p) {
				return true
			}
		}
	}
	return false
}
