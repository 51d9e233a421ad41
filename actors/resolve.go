package actors

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Resolver is the actors stage: it finds the actors an article names or
// describes (names in the knowledge base, unknown people and
// organisations, role phrases such as "South Korean officials", capitals
// used for their governments), gives each a CAMEO actor code at the
// article's date, and links later mentions (surnames, "he", "they", "the two
// leaders", "the agency") to them. It fills d.Entities.
//
// It is safe for concurrent use.
type Resolver struct {
	kb *KB
}

var _ dyad.Stage = (*Resolver)(nil)

// NewResolver returns the actors stage over kb.
func NewResolver(kb *KB) *Resolver { return &Resolver{kb: kb} }

// Name implements dyad.Stage.
func (r *Resolver) Name() string { return "actors" }

// label is what a token is part of, from the gazetteer and role tables.
type label struct {
	hit  int // index+1 into doc.hits of the name covering the token, 0 if none
	role *Role
	// roleEnd is the token just past the role phrase starting here.
	roleEnd int
}

// hit is a gazetteer match: tokens [first, last) of a sentence.
type hit struct {
	first, last int
	entry       *Entry
	form        Form
	// ethnic marks a country adjective or demonym after "ethnic"
	ethnic  bool
	unknown dyad.EntityType // for names not in the KB: Person or Org
	text    string
}

// np is a noun phrase chunk of a sentence, with the actor it denotes.
type np struct {
	first, last int // tokens [first, last)
	actors      []actorRef
	// coord is true when the NP is joined to the previous one by "and", "or"
	// or a comma, so they form one group.
	coord bool
	// possessor is true for "North Korea's" in "North Korea's program".
	possessor bool
	// done is set once the phrase is resolved (resolveNP may resolve a
	// phrase out of order: "the leader of the FARC rebels").
	done bool
}

// actorRef is one actor an NP denotes.
type actorRef struct {
	key   string // entity key, for merging mentions
	etype dyad.EntityType
	text  string // the entity's name
	code  string
	kind  string // mention kind
	kb    string
	role  string
	// first, last restrict the mention to part of the NP when set.
	first, last int
}

// docState carries what resolution remembers across the sentences of one
// article.
type docState struct {
	r     *Resolver
	d     *dyad.Doc
	date  time.Time
	focal string
	// counts is how often the article names each country (as focalCountry
	// counts), and dateline the country of the story's dateline, "" if
	// none: an official of that country needs no nationality in the text.
	counts   map[string]int
	dateline string
	// focalAt is the first mention of the focal country (sentence, token);
	// focalAdj is true when every mention of it is an adjective
	// ("the Russian journalist"), which names no actor of its own.
	focalAt  [2]int
	focalAdj bool
	entities map[string]int // entity key -> index in d.Entities
	// lastGroup is the most recent coordinated group of two or more actors;
	// groups keeps them all, oldest first, and subjectGroup the first group
	// of the latest sentence that had one (what "they" usually means).
	lastGroup    []actorRef
	groups       [][]actorRef
	subjectGroup []actorRef
	sentGroups   int // groups remembered in the current sentence
	// lastPerson is the most recent person; lastBy remembers the most recent
	// actor per sector ("MED" for "the agency").
	lastPerson *actorRef
	lastThing  *actorRef // the last country or organisation, for "it"
	lastBy     map[string]actorRef
	persons    []actorRef // people named so far, for surnames
	// named holds the people of the KB the article names anywhere, for
	// the country of a bare title (titleCountry).
	named []*Entry
	// assumed is Options.Country when the text names no country: unknown
	// names then take it too ("Ahlu Sunna" with the context "Somalia").
	assumed string
	// igos are the international bodies the article names anywhere, for
	// a regional group ("West African leaders") of one of them.
	igos []*Entry
	// lastRole remembers, per head noun of a role phrase ("leader",
	// "envoy"), the actors of the last nominal phrase with that head, for
	// "the leaders", "the envoy" (theRole).
	lastRole map[string]roleMemo
	// prevSubject is the country of the previous sentence's subject
	// (subjectCountry), for "state media" of no country.
	prevSubject string
	// bodies are the international bodies and organisations named so far,
	// oldest first, for "the assembly", "the council" (bodyNoun).
	bodies []*Entry
	// hits and labels are those of the sentence being resolved.
	hits   []hit
	labels []label
}

// Process implements dyad.Stage.
func (r *Resolver) Process(d *dyad.Doc) error { return r.process(d, Options{}) }

func (r *Resolver) process(d *dyad.Doc, opt Options) error {
	st := &docState{r: r, d: d, date: d.Published(), entities: map[string]int{}, lastBy: map[string]actorRef{}, lastRole: map[string]roleMemo{}}
	hits := make([][]hit, len(d.Sentences))
	labels := make([][]label, len(d.Sentences))
	for si := range d.Sentences {
		hits[si], labels[si] = r.scan(d.Sentences[si].Tokens, placesIn(d, si))
		if si == 0 {
			hits[si], labels[si] = dropCredit(d.Sentences[si].Tokens, hits[si], labels[si])
		}
	}
	r.sharedContext(hits)
	r.shortForms(d, hits)
	wordSurnames(d, hits, labels)
	for _, hs := range hits {
		for _, h := range hs {
			if h.entry != nil && h.entry.Kind == KindPerson && !slices.Contains(st.named, h.entry) {
				st.named = append(st.named, h.entry)
			}
			if h.entry != nil && h.entry.Kind == KindIGO && !slices.Contains(st.igos, h.entry) {
				st.igos = append(st.igos, h.entry)
			}
		}
	}
	st.focal = st.focalCountry(hits)
	for _, pm := range d.Places {
		if pm.Dateline && pm.Country != "" {
			st.dateline = pm.Country
			break
		}
	}
	st.focalAt, st.focalAdj = focalFirst(d, hits, st.focal)
	if st.focal == "" {
		st.focal = opt.Country
		st.assumed = opt.Country
	}
	for si := range d.Sentences {
		st.sentence(si, hits[si], labels[si])
	}
	r.epithets(d)
	return nil
}

// sharedContext gives a country form that two countries share ("Dominican",
// "Congolese": see sharedForms in kb.go), which the scan gave to the country
// news usually means, to the other country when the article names that one
// by a form of its own (a name, capital or person: "Dominica", "Roseau",
// "Brazzaville") and does not so name the usual one. Otherwise the usual
// country stays.
func (r *Resolver) sharedContext(hits [][]hit) {
	type at struct{ si, k int }
	var shared []at
	var cands [][]*Entry
	named := map[string]bool{}
	for si, hs := range hits {
		for k, h := range hs {
			if h.entry == nil || h.entry.Country == "" {
				continue
			}
			if h.entry.Kind == KindCountry {
				var cs []*Entry
				for _, m := range r.kb.Lookup(h.text) {
					if m.Form == h.form && m.Entry.Kind == KindCountry && !slices.Contains(cs, m.Entry) {
						cs = append(cs, m.Entry)
					}
				}
				if len(cs) > 1 {
					shared = append(shared, at{si, k})
					cands = append(cands, cs)
					continue
				}
			}
			named[h.entry.Country] = true
		}
	}
	for i, a := range shared {
		var only *Entry
		n := 0
		for _, c := range cands[i] {
			if named[c.Country] {
				only = c
				n++
			}
		}
		if n == 1 {
			hits[a.si][a.k].entry = only
		}
	}
}

// creditSpan returns the tokens [a, b) inside the parentheses of a wire
// dateline's credit ("SEOUL, Nov. 3 (Yonhap) --", "MADRID (Reuters) -"): a
// parenthesis within the first twelve tokens, after capitalised words,
// numbers and punctuation only, closed within six tokens and followed by a
// dash. ok is false when the sentence opens with no such credit.
func creditSpan(toks []dyad.Token) (a, b int, ok bool) {
	for i := 0; i < len(toks) && i < 12; i++ {
		t := toks[i].Text
		if t == "(" {
			for j := i + 1; j < len(toks) && j <= i+6; j++ {
				if toks[j].Text != ")" {
					continue
				}
				if j+1 < len(toks) && j > i+1 && isDash(toks[j+1].Text) {
					return i + 1, j, true
				}
				return 0, 0, false
			}
			return 0, 0, false
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && t != "," && t != "." && t != "/" {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

func isDash(s string) bool {
	return s == "-" || s == "--" || s == "—" || s == "–"
}

// flagState reads a ship's flag state off toks[i] ("Panama-flagged",
// "Chinese-flagged"), with
// up to two capitalised words before it that no other name covers
// ("Marshall Islands-flagged" is "Marshall" "Islands-flagged"): the
// country and the first token of its name; ok is false when toks[i] does
// not end in "-flagged" after a country's name.
func (r *Resolver) flagState(toks []dyad.Token, i int, labels []label) (*Entry, int, bool) {
	pre, ok := strings.CutSuffix(toks[i].Text, "-flagged")
	if !ok || pre == "" {
		return nil, 0, false
	}
	name := pre
	for first := i; first >= 0 && first > i-3; first-- {
		if first < i {
			if labels[first].hit != 0 || !capitalised(toks[first].Text) {
				break
			}
			name = toks[first].Text + " " + name
		}
		if ms := r.kb.Lookup(name); len(ms) > 0 && ms[0].Entry.Kind == KindCountry && (ms[0].Form == FormName || ms[0].Form == FormAdjective) {
			// the name or its adjective ("a Chinese-flagged trawler")
			return ms[0].Entry, first, true
		}
	}
	return nil, 0, false
}

// dropCredit removes the names inside a dateline's credit ("(Reuters)",
// "(AP)"): the agency filed the story and is no party to its events.
func dropCredit(toks []dyad.Token, hits []hit, labels []label) ([]hit, []label) {
	a, b, ok := creditSpan(toks)
	if !ok {
		return hits, labels
	}
	newIdx := make([]int, len(hits))
	var kept []hit
	for k, h := range hits {
		if h.first >= a && h.last <= b {
			continue
		}
		kept = append(kept, h)
		newIdx[k] = len(kept)
	}
	if len(kept) == len(hits) {
		return hits, labels
	}
	for i := range labels {
		if labels[i].hit != 0 {
			labels[i].hit = newIdx[labels[i].hit-1]
		}
	}
	return kept, labels
}

// lowerHit finds a name that starts with a word in lower case at toks[i]:
// one the KB lists with "the" ("the Emirates"), an organisation, a country
// or a person written in lower case ("obama", "barack obama"; see
// lowerOrg, lowerCountry and lowerPerson).
func (r *Resolver) lowerHit(toks []dyad.Token, i int, lower bool) (hit, bool) {
	if h, ok := r.theName(toks, i); ok {
		return h, true
	}
	if h, ok := r.lowerOrg(toks, i, lower); ok {
		return h, true
	}
	if h, ok := r.lowerCountry(toks, i); ok {
		return h, true
	}
	return r.lowerPerson(toks, i, lower)
}

// scan finds the names and role phrases of one sentence.
func (r *Resolver) scan(toks []dyad.Token, places []dyad.Span) ([]hit, []label) {
	labels := make([]label, len(toks))
	var hits []hit
	maxw := r.kb.MaxWords()
	lower := mostlyLower(toks)
	// add keeps a hit and marks its tokens with it.
	add := func(h hit) {
		hits = append(hits, h)
		for k := h.first; k < h.last; k++ {
			labels[k].hit = len(hits)
		}
	}
	for i := 0; i < len(toks); {
		if !capitalised(toks[i].Text) && !arabicArticle(toks[i].Text) {
			if h, ok := r.lowerHit(toks, i, lower); ok {
				add(h)
				i = h.last
				continue
			}
			i++
			continue
		}
		found := false
		if pre, ok := strings.CutSuffix(toks[i].Text, "-led"); ok {
			// "Saudi-led forces", "US-led coalition": the leader's country,
			// as an adjective
			if ms := r.kb.Lookup(pre); len(ms) > 0 && ms[0].Entry.Kind == KindCountry && (ms[0].Form == FormName || ms[0].Form == FormAdjective) {
				add(hit{first: i, last: i + 1, entry: ms[0].Entry, form: FormAdjective, text: toks[i].Text})
				i++
				continue
			}
		}
		if e, first, ok := r.flagState(toks, i, labels); ok {
			// "a Marshall Islands-flagged tanker", "a Panama-flagged
			// ship": the flag state, as an adjective
			add(hit{first: first, last: i + 1, entry: e, form: FormAdjective, text: joinTokens(toks[first : i+1])})
			i++
			continue
		}
		if pre, ok := strings.CutSuffix(toks[i].Text, "-based"); ok {
			// "a Somalia-based group": the country, as an adjective
			if ms := r.kb.Lookup(pre); len(ms) > 0 && ms[0].Entry.Kind == KindCountry && ms[0].Form == FormName {
				add(hit{first: i, last: i + 1, entry: ms[0].Entry, form: FormAdjective, text: toks[i].Text})
				i++
				continue
			}
		}
		for n := min(maxw, r.kb.MaxWordsFrom(toks[i].Text), len(toks)-i); n >= 1; n-- {
			surface := joinTokens(toks[i : i+n])
			ms := r.kb.Lookup(surface)
			if len(ms) == 0 {
				continue
			}
			m := bestMatch(ms)
			if n > 1 && (m.Entry.Kind == KindOrg || m.Entry.Kind == KindIGO) && capitalised(toks[i].Text) && isLowerWord(toks[i+n-1].Text) && timeWord(toks[i+n-1]) {
				// "visited Russia today" is no "Russia Today": a name
				// does not end in a lower-case time word ("the UN
				// refugee agency" still is one)
				continue
			}
			if m.Form == FormSurname && n == 1 && r.otherGivenName(toks, i, m.Entry) {
				// "Hunter Biden", "El Chapo": another person of the same
				// family name, left to the unknown names
				continue
			}
			if m.Form == FormCapital && n == 1 && isAllCaps(toks[i].Text) && i == 0 && len(toks) > 1 {
				// a dateline ("ANKARA (AA) -") is a place, not an actor
				break
			}
			if m.Entry.Kind == KindCountry && (m.Form == FormAdjective || m.Form == FormPeople) && regionOf(toks, i, labels, m.Entry.Code) {
				// "South American farmers", "Latin American leaders",
				// "former Soviet republics": a region, not the country
				break
			}
			if m.Entry.Kind == KindCountry && (m.Form == FormName || m.Form == FormAdjective) && i+n < len(toks) && companyWords[strings.ToLower(toks[i+n].Text)] && capitalised(toks[i+n].Text) {
				// "Malaysia Airlines", "Kenya Railways": a company named
				// after its country, not the country
				m2 := i + n + 1
				surface = joinTokens(toks[i:m2])
				add(hit{first: i, last: m2, unknown: dyad.Org, text: surface})
				i = m2
				found = true
				break
			}
			add(hit{first: i, last: i + n, entry: m.Entry, form: m.Form, text: surface})
			i += n
			found = true
			break
		}
		if !found {
			if h, ok := r.fuzzyName(toks, i, places); ok {
				hits = append(hits, h)
				labels[i].hit = len(hits)
			}
			i++
		}
	}
	for k := range hits {
		h := &hits[k]
		if h.entry != nil && h.entry.Kind == KindCountry && (h.form == FormAdjective || h.form == FormPeople) && h.first > 0 && strings.EqualFold(toks[h.first-1].Text, "ethnic") {
			h.ethnic = true
		}
	}
	// Unknown proper names: runs of capitalised proper-noun tokens.
	for i := 0; i < len(toks); {
		if labels[i].hit != 0 || !properNoun(toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && labels[j].hit == 0 && properNoun(toks[j]) {
			j++
		}
		if h, ok := r.unknownName(toks, i, j); ok && !overlaps(places, toks[h.first].Start, toks[h.last-1].End) {
			hits = append(hits, h)
			for k := h.first; k < h.last; k++ {
				labels[k].hit = len(hits)
			}
		}
		i = j
	}
	// Role phrases, longest first, outside names except titles.
	for i := 0; i < len(toks); i++ {
		for n := min(r.kb.MaxRoleWordsFrom(toks[i].Text), len(toks)-i); n >= 1; n-- {
			if coveredByName(labels, hits, i, i+n, n > 1) {
				continue
			}
			role, ok := r.kb.Role(lowerJoin(toks[i : i+n]))
			if !ok {
				continue
			}
			if n == 1 && i+1 < len(toks) && capitalised(toks[i].Text) && capitalised(toks[i+1].Text) && rankBeforeInstitution(toks[i].Text, toks[i+1].Text) {
				// "the General Security of Military Information
				// Agreement", "the General Assembly": a word of a name
				break
			}
			// "Panamanian Immigration inspectors": a capitalised word of a
			// longer role phrase is part of the role, not a name.
			for k := i; k < i+n; k++ {
				labels[k].hit = 0
			}
			labels[i].role = &role
			labels[i].roleEnd = i + n
			i += n - 1
			break
		}
	}
	return hits, labels
}

// fuzzyName matches a capitalised word the KB does not know to a country
// or a person's family name one letter away ("Quatar", "Ethopia",
// "Bouteflicka"; see KB.Fuzzy), unless it is a place, a role word or a
// word that is no name.
func (r *Resolver) fuzzyName(toks []dyad.Token, i int, places []dyad.Span) (hit, bool) {
	t := toks[i]
	if !capitalised(t.Text) || isAllCaps(t.Text) || nonNames[strings.ToLower(t.Text)] || overlaps(places, t.Start, t.End) {
		return hit{}, false
	}
	if t.Tag != "NNP" && t.Tag != "NNPS" && t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNS" {
		return hit{}, false
	}
	if _, ok := r.kb.Role(strings.ToLower(t.Text)); ok {
		return hit{}, false
	}
	if notFuzzy[strings.ToLower(t.Text)] {
		return hit{}, false
	}
	nameNext := i+1 < len(toks) && (properNoun(toks[i+1]) || arabicArticle(toks[i+1].Text) || toks[i+1].Text == "bin" || toks[i+1].Text == "ibn")
	namePrev := i > 0 && properNoun(toks[i-1]) && !nonNames[strings.ToLower(toks[i-1].Text)]
	// Countries: only outside longer names ("Angela Merkel", "Columbia
	// University"). People: a family name ending the name, after the
	// person's given name ("Abdelaziz Bouteflicka") or a title the person
	// held ("President Bouteflicka"). One entry must remain.
	var m Match
	n := 0
	for _, c := range r.kb.FuzzyAll(t.Text) {
		switch c.Entry.Kind {
		case KindCountry:
			if nameNext || namePrev {
				continue
			}
		case KindPerson:
			if nameNext || i == 0 || !r.givenName(c.Entry, toks[i-1].Text) && !r.heldTitle(c.Entry, toks[i-1].Text) {
				continue
			}
		}
		m = c
		n++
	}
	if n != 1 {
		return hit{}, false
	}
	return hit{first: i, last: i + 1, entry: m.Entry, form: m.Form, text: t.Text}, true
}

// notFuzzy are real names one letter from a country's that fuzzy matching
// must leave alone ("Columbia": the university, the district, the river
// and British Columbia, next to Colombia).
var notFuzzy = map[string]bool{"columbia": true}

// givenName reports whether w is a word of one of e's names other than the
// last ("Abdelaziz" of "Abdelaziz Bouteflika").
func (r *Resolver) givenName(e *Entry, w string) bool {
	w = normFold(w)
	for _, n := range e.Names {
		f := strings.Fields(n)
		for _, x := range f[:len(f)-1] {
			if normFold(x) == w {
				return true
			}
		}
	}
	return false
}

// otherGivenName reports whether the family name of person e at toks[i]
// follows a capitalised word that is none of e's given names, no role or
// title word, no abbreviation ("Mr.", "U.S.") and no other name of the
// knowledge base: the given name of another person of that family name
// ("Hunter Biden", "Jill Biden") or a nickname's article ("El Chapo").
func (r *Resolver) otherGivenName(toks []dyad.Token, i int, e *Entry) bool {
	if i == 0 || e.Kind != KindPerson {
		return false
	}
	p := toks[i-1]
	w := p.Text
	if p.Tag != "NNP" && p.Tag != "NNPS" || !capitalised(w) || isAllCaps(w) || strings.ContainsAny(w, ".-'’") || nonNames[strings.ToLower(w)] {
		return false
	}
	if r.givenName(e, w) {
		return false
	}
	if _, ok := r.kb.Role(strings.ToLower(w)); ok {
		return false
	}
	return len(r.kb.Lookup(w)) == 0
}

// heldTitle reports whether w is a title ("President") that fits one of
// e's terms.
func (r *Resolver) heldTitle(e *Entry, w string) bool {
	role, ok := r.kb.Role(strings.ToLower(w))
	if !ok || role.Kind != RoleTitle {
		return false
	}
	for _, t := range e.Terms {
		if termFits(t, role.Phrase, role.Sector) {
			return true
		}
	}
	return false
}

// arabicArticle reports whether a token starts with a lower-case Arabic
// article before a capital ("al-Qaeda", "al-Shabaab", "el-Sisi").
func arabicArticle(s string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "an-", "ash-", "at-", "az-"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return capitalised(rest)
		}
	}
	return false
}

// theName matches a KB name that starts with "the" ("the Emirates") at a
// lower-case "the" toks[i].
func (r *Resolver) theName(toks []dyad.Token, i int) (hit, bool) {
	if toks[i].Text != "the" || i+1 >= len(toks) || !capitalised(toks[i+1].Text) {
		return hit{}, false
	}
	for n := min(r.kb.MaxWordsFrom("the"), len(toks)-i); n >= 2; n-- {
		surface := joinTokens(toks[i : i+n])
		if ms := r.kb.Lookup(surface); len(ms) > 0 {
			m := bestMatch(ms)
			return hit{first: i, last: i + n, entry: m.Entry, form: m.Form, text: surface}, true
		}
	}
	return hit{}, false
}

// ordinaryWords are lower-case words that are also forms of countries
// ("china" the porcelain, "turkey" the bird, "polish" the verb): in lower
// case they name no country.
var ordinaryWords = map[string]bool{
	"china": true, "turkey": true, "chad": true, "jordan": true, "guinea": true, "georgia": true,
	"niger": true, "polish": true, "french": true, "swiss": true, "dutch": true, "japan": true,
	"panama": true, "jersey": true, "dominican": true, "indian": true, "indians": true, "greek": true,
	"india": true, "man": true, "mali": true, "congo": true, "cook": true, "christmas": true,
	"french-speaking": true, "norfolk": true, "guernsey": true, "holland": true, "togo": true,
	"fiji": true, "niue": true, "guam": true,
}

// lowerOrg matches the name of an organisation of two or more words in a
// sentence written in lower case ("the united nations", "world bank").
func (r *Resolver) lowerOrg(toks []dyad.Token, i int, lower bool) (hit, bool) {
	t := toks[i].Text
	if !lower || !isLowerWord(t) || t == "the" {
		return hit{}, false
	}
	for n := min(r.kb.MaxWordsFrom(t), len(toks)-i); n >= 2; n-- {
		surface := joinTokens(toks[i : i+n])
		for _, m := range r.kb.Lookup(surface) {
			if (m.Entry.Kind == KindIGO || m.Entry.Kind == KindOrg) && m.Form == FormName {
				return hit{first: i, last: i + n, entry: m.Entry, form: m.Form, text: surface}, true
			}
		}
	}
	return hit{}, false
}

// lowerCountry matches a country's name, adjective or demonym written in
// lower case at toks[i] ("tunisian rioters", "saudi arabia"), unless it is
// one of ordinaryWords or shorter than four letters.
func (r *Resolver) lowerCountry(toks []dyad.Token, i int) (hit, bool) {
	t := toks[i].Text
	if len(t) < 4 || capitalised(t) || !isLowerWord(strings.ToLower(t)) || ordinaryWords[strings.ToLower(t)] {
		return hit{}, false // ("iSrael", typed with a stray capital, is Israel)
	}
	for n := min(r.kb.MaxWordsFrom(t), len(toks)-i); n >= 1; n-- {
		surface := joinTokens(toks[i : i+n])
		if n > 1 && !isLowerWord(strings.ReplaceAll(surface, " ", "")) {
			continue
		}
		for _, m := range r.kb.Lookup(surface) {
			if m.Entry.Kind == KindCountry && m.Form != FormCapital {
				return hit{first: i, last: i + n, entry: m.Entry, form: m.Form, text: surface}, true
			}
		}
	}
	return hit{}, false
}

// lowerPerson matches the name of a person of the KB written in lower case
// at toks[i]: a full name of two or more words ("barack obama") anywhere;
// a single word (a surname or one-word name: "obama") only after a
// capitalised title ("President obama") or in a sentence written mostly in
// lower case. The KB lists no surname that is an ordinary English word
// (see people.tsv), so a single word that matches is a name.
func (r *Resolver) lowerPerson(toks []dyad.Token, i int, lower bool) (hit, bool) {
	t := toks[i].Text
	if !isLowerWord(t) || !r.kb.PersonStart(t) {
		return hit{}, false
	}
	for n := min(r.kb.MaxWordsFrom(t), len(toks)-i); n >= 1; n-- {
		if n == 1 {
			titled := i > 0 && capitalised(toks[i-1].Text) && r.isTitle(toks[i-1].Text)
			if !lower && !titled || nonNames[t] {
				continue
			}
		}
		surface := joinTokens(toks[i : i+n])
		for _, m := range r.kb.Lookup(surface) {
			if m.Entry.Kind == KindPerson && (m.Form == FormName || m.Form == FormSurname) {
				return hit{first: i, last: i + n, entry: m.Entry, form: m.Form, text: surface}, true
			}
		}
	}
	return hit{}, false
}

func (r *Resolver) isTitle(w string) bool {
	role, ok := r.kb.Role(strings.ToLower(w))
	return ok && role.Kind == RoleTitle
}

// isLowerWord reports whether s is letters (and hyphens) in lower case.
func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !unicode.IsLower(c) && c != '-' {
			return false
		}
	}
	return true
}

// mostlyLower reports whether a sentence is written in lower case: none of
// its words after the first is capitalised and it has at least three.
func mostlyLower(toks []dyad.Token) bool {
	words := 0
	for i, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t.Text); !unicode.IsLetter(r) {
			continue
		}
		words++
		if i > 0 && capitalised(t.Text) {
			return false
		}
	}
	return words >= 3
}

// placesIn returns the spans of the place mentions of sentence si.
func placesIn(d *dyad.Doc, si int) []dyad.Span {
	var out []dyad.Span
	for _, p := range d.Places {
		if p.Sentence == si {
			out = append(out, dyad.Span{Start: p.Start, End: p.End})
		}
	}
	return out
}

func overlaps(spans []dyad.Span, start, end int) bool {
	for _, s := range spans {
		if s.Start < end && start < s.End {
			return true
		}
	}
	return false
}

// coveredByName is covered, except that with loose set a lone capitalised
// word that names nothing known does not count ("Immigration" of
// "Immigration inspectors"), nor does an unknown name lying wholly inside
// the role phrase ("Captains Regent").
func coveredByName(labels []label, hits []hit, i, j int, loose bool) bool {
	for k := i; k < j; k++ {
		if labels[k].hit == 0 {
			continue
		}
		h := hits[labels[k].hit-1]
		if loose && h.entry == nil && h.first >= i && h.last <= j {
			// an unknown capitalised name that is wholly a role phrase of
			// the table: "the two Captains Regent", "the Co-Princes"
			continue
		}
		if !loose || h.entry != nil || h.unknown != "" || h.last-h.first != 1 {
			return true
		}
	}
	return false
}

func covered(labels []label, i, j int) bool {
	for k := i; k < j; k++ {
		if labels[k].hit != 0 {
			return true
		}
	}
	return false
}

// bestMatch prefers full names over adjectives, people, capitals and
// surnames, in that order.
func bestMatch(ms []Match) Match {
	rank := func(f Form) int {
		switch f {
		case FormName:
			return 0
		case FormAdjective:
			return 1
		case FormPeople:
			return 2
		case FormCapital:
			return 3
		}
		return 4
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if rank(m.Form) < rank(best.Form) {
			best = m
		}
	}
	return best
}

// nonNames are capitalised words that are not names of actors.
var nonNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan.": true, "feb.": true,
	"aug.": true, "sept.": true, "sep.": true, "oct.": true, "nov.": true, "dec.": true,
	"i": true, "the": true, "a": true, "an": true, "mr.": true, "mrs.": true, "ms.": true,
	"meanwhile": true, "according": true, "despite": true, "however": true,
}

// placeWords end proper names of places and things that are not actors.
var placeWords = map[string]bool{
	"peninsula": true, "sea": true, "ocean": true, "strait": true, "gulf": true, "river": true,
	"mountains": true, "island": true, "islands": true, "valley": true, "desert": true,
	"bay": true, "canal": true, "region": true, "province": true, "state": true, "city": true,
	"county": true, "heights": true, "bank": true, "strip": true, "street": true, "square": true,
	"airport": true, "port": true, "hospital": true, "lake": true, "coast": true, "border": true,
	"day": true, "war": true, "games": true, "cup": true, "olympics": true, "accord": true,
	"accords": true, "agreement": true, "treaty": true, "act": true, "law": true, "plan": true,
	"summit": true, "conference": true, "declaration": true, "program": true, "programme": true,
}

// orgWords end names of organisations.
var orgWords = map[string]bool{
	"agency": true, "ministry": true, "party": true, "council": true, "army": true, "front": true,
	"union": true, "organization": true, "organisation": true, "association": true,
	"committee": true, "court": true, "commission": true, "office": true, "department": true,
	"forces": true, "force": true, "brigade": true, "brigades": true, "movement": true,
	"group": true, "news": true, "times": true, "post": true, "service": true, "institute": true,
	"university": true, "company": true, "corporation": true, "inc.": true, "ltd": true,
	"parliament": true, "assembly": true, "congress": true, "senate": true, "guard": true,
	"police": true, "navy": true, "house": true, "coalition": true, "alliance": true, "network": true,
	"fleet": true, "cartel": true, "college": true, "school": true, "syndicate": true, "militia": true,
	"guards": true, "corps": true, "league": true, "foundation": true, "charity": true,
	"corp.": true, "corp": true, "holdings": true, "llc": true, "plc": true, "gmbh": true,
	"ltd.": true, "limited": true, "incorporated": true, "polytechnic": true,
}

// companyWords end the names of companies named after a country
// ("Malaysia Airlines", "Kenya Railways", "Qatar Petroleum").
var companyWords = map[string]bool{
	"airlines": true, "airways": true, "airline": true, "telecom": true, "telecommunications": true,
	"railways": true, "railway": true, "petroleum": true, "motors": true, "steel": true,
	"electronics": true, "shipping": true, "mining": true,
}

// orgHeadSectors gives unknown organisations the sector their last word
// says ("the National Guard", "Defense Department", "Gulf Cartel").
// Words that end the names of very different bodies ("front", "congress",
// "agency", "union" of states) are left out.
var orgHeadSectors = map[string]string{
	"ministry": "GOV", "department": "GOV", "office": "GOV", "cabinet": "GOV",
	"army": "MIL", "forces": "MIL", "force": "MIL", "navy": "MIL", "guard": "MIL", "guards": "MIL",
	"fleet": "MIL", "corps": "MIL", "police": "COP", "court": "JUD", "tribunal": "JUD",
	"parliament": "LEG", "assembly": "LEG", "senate": "LEG", "party": "PTY",
	"university": "EDU", "college": "EDU", "school": "EDU", "cartel": "CRM", "syndicate": "CRM",
	"militia": "REB", "brigade": "REB", "brigades": "REB", "company": "BUS", "corporation": "BUS",
	"inc.": "BUS", "ltd": "BUS", "news": "MED", "times": "MED", "post": "MED",
	"corp.": "BUS", "corp": "BUS", "holdings": "BUS", "llc": "BUS", "plc": "BUS", "gmbh": "BUS",
	"ltd.": "BUS", "limited": "BUS", "incorporated": "BUS", "polytechnic": "EDU",
	"foundation": "NGO", "charity": "NGO",
	"airlines": "BUS", "airways": "BUS", "airline": "BUS", "telecom": "BUS", "telecommunications": "BUS",
	"railways": "BUS", "railway": "BUS", "petroleum": "BUS", "motors": "BUS", "steel": "BUS",
	"electronics": "BUS", "shipping": "BUS", "mining": "BUS",
}

// armed are the sectors of armed groups and their members.
var armed = map[string]bool{"REB": true, "UAF": true, "INS": true, "CRM": true, "MIL": true}

// orgRoleCode is the code of a role inside an organisation: "European Union
// legislators" IGOEUREEC+LEG, "a former White House official" USA+ELI,
// "Pentagon officials" USAMIL (plain officials keep the body's code).
func orgRoleCode(e *Entry, date time.Time, sector string) string {
	code, _ := e.CodeAt(date)
	if sector == "" || sector == "GOV" {
		return code
	}
	if armed[sector] && armed[dyad.ActorRole(code)] {
		return code // "Boko Haram gunmen", "Taliban fighters": the group itself
	}
	if e.Kind == KindIGO || e.Country == "" || e.Country == "IGO" {
		return code + sector
	}
	return dyad.JoinActor(e.Country, sector)
}

// unknownName decides whether the proper-noun run [i, j) names an unknown
// person or organisation.
func (r *Resolver) unknownName(toks []dyad.Token, i, j int) (hit, bool) {
	for i < j && nonNames[strings.ToLower(toks[i].Text)] {
		i++
	}
	for j > i && nonNames[strings.ToLower(toks[j-1].Text)] {
		j--
	}
	if i >= j {
		return hit{}, false
	}
	// Titles and role words before the name ("Defence Secretary Tom King",
	// "Planning and Investment Minister Tran Xuan Gia") are not part of it:
	// the name starts after the last role word of the run.
	// A title of several words counts too, also one that starts before
	// the run ("Foreign Secretary Jack Straw", where "secretary" alone is
	// no role; "Secretary of State Marco Rubio", where the run starts at
	// "State"); a role noun of several words ends an organisation's name
	// instead ("the official National News Agency").
trim:
	for k := j - 1; k >= i; k-- {
		if _, ok := r.kb.Role(strings.ToLower(toks[k].Text)); ok {
			i = k + 1
			break
		}
		for m := max(0, i-3); m < k; m++ {
			if role, ok := r.kb.Role(lowerJoin(toks[m : k+1])); ok && role.Kind == RoleTitle {
				i = k + 1
				break trim
			}
		}
	}
	if i >= j {
		return hit{}, false
	}
	if strings.EqualFold(joinTokens(toks[i:j]), "Security Council") && (i == 0 || toks[i-1].Tag != "POS" && (!capitalised(toks[i-1].Text) || nonNames[strings.ToLower(toks[i-1].Text)])) {
		// a bare "the Security Council" is the UN's; "Russia's Security
		// Council" and "the National Security Council" are not.
		if e, ok := r.kb.Entry("igo:unsc"); ok {
			return hit{first: i, last: j, entry: e, form: FormName, text: joinTokens(toks[i:j])}, true
		}
	}
	last := strings.ToLower(toks[j-1].Text)
	if placeWords[last] {
		return hit{}, false
	}
	text := joinTokens(toks[i:j])
	if orgWords[last] {
		return hit{first: i, last: j, unknown: dyad.Org, text: text}, true
	}
	if j-i == 1 {
		// a lone capitalised word: a surname, resolved later, or nothing
		return hit{first: i, last: j, unknown: "", text: text}, true
	}
	if j-i > 4 {
		return hit{}, false
	}
	return hit{first: i, last: j, unknown: dyad.Person, text: text}, true
}

// nounModifier reports whether the country name of hit h in sentence si
// stands before a common noun it modifies ("U.S. tariffs", "the EU
// budget"), not a possessive.
func nounModifier(d *dyad.Doc, si int, h hit) bool {
	if d == nil || si >= len(d.Sentences) || h.form != FormName || h.entry == nil || h.entry.Kind != KindCountry {
		return false
	}
	toks := d.Sentences[si].Tokens
	if h.last >= len(toks) {
		return false
	}
	t := toks[h.last].Tag
	return t == "NN" || t == "NNS"
}

// verbBetween reports whether a verb stands in toks[i:j].
func verbBetween(toks []dyad.Token, i, j int) bool {
	for ; i < j && i < len(toks); i++ {
		if strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "MD" {
			return true
		}
	}
	return false
}

// focalFirst returns where country c is first named in hits (sentence,
// token) and whether all its mentions are adjectives or names used as the
// modifier of a common noun ("U.S. tariffs", "Chinese imports").
func focalFirst(d *dyad.Doc, hits [][]hit, c string) ([2]int, bool) {
	at, seen, adj := [2]int{}, false, true
	for si, hs := range hits {
		for _, h := range hs {
			if h.entry == nil || h.entry.Country != c || h.form == FormCapital || h.ethnic || h.entry.Kind != KindCountry && h.entry.Kind != KindPerson {
				continue
			}
			if !seen {
				at, seen = [2]int{si, h.first}, true
			}
			if h.form != FormAdjective && !nounModifier(d, si, h) {
				adj = false
			}
		}
	}
	return at, seen && adj
}

// focalCountry is the country the article is mostly about: the one named
// most often (names and adjectives), the first named on a tie. Officials
// whose country the text does not give are taken to be of this country.
func (st *docState) focalCountry(hits [][]hit) string {
	count := map[string]int{}
	first := map[string]int{}
	n := 0
	for _, hs := range hits {
		for _, h := range hs {
			if h.entry == nil || h.form == FormCapital || h.ethnic || h.entry.Kind != KindCountry && h.entry.Kind != KindPerson || h.entry.Country == "" {
				continue
			}
			c := h.entry.Country
			if h.entry.Kind == KindPerson {
				c = st.officeCountry(h.entry)
			}
			count[c]++
			st.counts = count
			if _, ok := first[c]; !ok {
				first[c] = n
				n++
			}
		}
	}
	best := ""
	for c, k := range count {
		if best == "" || k > count[best] || k == count[best] && first[c] < first[best] {
			best = c
		}
	}
	if best == "" {
		// no country or person named: the first national organisation
		// ("President X conceded to demands from UNITA": Angola)
		for _, hs := range hits {
			for _, h := range hs {
				if h.entry != nil && h.entry.Kind == KindOrg && h.entry.Country != "" {
					if _, ok := st.r.kb.Country(h.entry.Country); ok {
						return h.entry.Country
					}
				}
			}
		}
	}
	return best
}

// officeCountry is the country a person is named for: the country of the
// office the person holds at the text's date when that is a state's office
// other than the person's own (a pope of American birth is of the Holy
// See), else the person's nationality.
func (st *docState) officeCountry(e *Entry) string {
	code, _ := e.CodeAt(st.date)
	if len(code) >= 3 && code[:3] != e.Country {
		if _, ok := st.r.kb.Country(code[:3]); ok {
			return code[:3]
		}
	}
	return e.Country
}

// bodyMemberSectors are the sectors of state bodies whose members a
// generic word names ("officers of the ... Police").
var bodyMemberSectors = map[string]bool{"COP": true, "MIL": true, "JUD": true, "LEG": true, "GOV": true, "SPY": true}

// genericRole reports whether the role phrase is a generic member word of
// the table ("officers", "members"), whose sector yields to a body named
// with it.
func (st *docState) genericRole(text string) bool {
	r, ok := st.r.kb.Role(strings.ToLower(text))
	return ok && r.Generic()
}

// sentence resolves the actors of sentence si.
func (st *docState) sentence(si int, hits []hit, labels []label) {
	toks := st.d.Sentences[si].Tokens
	st.sentGroups = 0
	st.hits, st.labels = hits, labels
	nps := st.chunk(toks, hits, labels)
	// Names and pronouns first, then role phrases, which may take their
	// country from names around them ("the leaders of South Korea").
	for phase := 0; phase < 2; phase++ {
		for k := range nps {
			st.resolveNP(si, toks, hits, labels, nps, k, phase)
		}
	}
	nps = st.demonymOrgs(toks, hits, nps)
	st.appositives(toks, nps)
	// Record mentions, and remember groups for "they" and "the two leaders".
	var group []actorRef
	for k, p := range nps {
		if len(p.actors) == 0 {
			continue
		}
		if !p.coord || k == 0 {
			st.remember(group)
			group = nil
		}
		for _, a := range p.actors {
			first, last := p.first, p.last
			if a.last > a.first {
				first, last = a.first, a.last
			}
			st.addMention(si, toks, first, last, a)
			if !p.possessor && toks[p.first].Lemma != "their" {
				group = append(group, a)
			}
			st.note(a, p.possessor)
			if sec := dyad.ActorRole(a.code); sec != "" {
				st.lastBy[sec] = a
			}
		}
		if len(p.actors) > 1 && toks[p.first].Lemma != "their" {
			// "their ambassadors" is no new group: its owners are
			st.remember(p.actors)
		}
	}
	st.remember(group)
	st.prevSubject = subjectCountry(toks, nps, -1)
}

// demonymOrgs joins an organisation's name that starts with a country's
// adjective and goes on with "of" ("the Nigerian Union of Teachers", "the
// Ghanaian Association of Nurses") into one mention: the country of the
// adjective, the sector of the role words inside the name (teachers: EDU,
// nurses: HLH), else of its head word (a union: LAB). The part after "of"
// must be capitalised common words, no name of its own.
func (st *docState) demonymOrgs(toks []dyad.Token, hits []hit, nps []np) []np {
	for k := 0; k+1 < len(nps); k++ {
		p, q := nps[k], nps[k+1]
		if p.possessor || p.last >= len(toks) || toks[p.last].Lemma != "of" || q.first != p.last+1 || q.last-q.first > 4 {
			continue
		}
		i := p.first
		if toks[i].Lemma == "the" {
			i++
		}
		country := ""
		for _, h := range hits {
			if h.first == i && h.entry != nil && h.entry.Kind == KindCountry && h.form == FormAdjective && !h.ethnic {
				country = h.entry.Country
			}
		}
		head := strings.ToLower(toks[p.last-1].Text)
		if country == "" || p.last-i < 2 || !orgWords[head] || !allCapitalised(toks[i:p.last]) || !allCapitalised(toks[q.first:q.last]) {
			continue
		}
		named := false
		for _, a := range q.actors {
			named = named || a.kind != "nominal"
		}
		for _, h := range hits {
			named = named || h.entry != nil && h.first < q.last && h.last > q.first
		}
		if named {
			continue
		}
		sector, roleText := "", ""
		for j := i + 1; j < q.last; j++ {
			if j == p.last {
				continue
			}
			if r, ok := st.r.kb.Role(strings.ToLower(toks[j].Text)); ok && r.Sector != "" && r.Sector != "-" && r.Kind != RoleModifier {
				sector, roleText = r.Sector, r.Phrase
			}
		}
		if sector == "" {
			if sector = orgHeadSectors[head]; head == "union" {
				sector = "LAB"
			}
			roleText = head
		}
		text := joinTokens(toks[i:q.last])
		code := dyad.JoinActor(country, sector)
		a := actorRef{key: "org:" + strings.ToLower(text), etype: dyad.Org, text: text, code: code, kind: "name", role: roleText}
		nps[k].actors = []actorRef{a}
		nps[k].last = q.last
		nps = append(nps[:k+1], nps[k+2:]...)
		if k+1 < len(nps) {
			nps[k+1].coord = isCoordination(toks[nps[k].last:nps[k+1].first], false)
		}
	}
	return nps
}

// allCapitalised reports whether every word of toks starts with a capital.
func allCapitalised(toks []dyad.Token) bool {
	for _, t := range toks {
		if !capitalised(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

// note remembers a named or described actor as the antecedent of later
// pronouns: people for "he" and "she", countries and organisations for "it".
func (st *docState) note(a actorRef, possessor bool) {
	if a.kind == "pronoun" {
		return
	}
	if a.etype == dyad.Person {
		st.lastPerson = &a
	}
	if (a.etype == dyad.GPE || a.etype == dyad.Org) && !possessor {
		st.lastThing = &a
	}
}

func (st *docState) remember(g []actorRef) {
	if len(g) < 2 {
		return
	}
	seen := map[string]bool{}
	var out []actorRef
	for _, a := range g {
		if !seen[a.key] {
			seen[a.key] = true
			out = append(out, a)
		}
	}
	if len(out) >= 2 {
		st.lastGroup = out
		st.groups = append(st.groups, out)
		if st.sentGroups == 0 {
			st.subjectGroup = out
		}
		st.sentGroups++
	}
}

// npTag reports whether a token can be part of a noun phrase.
func npTag(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "HYPH":
		return true
	}
	return false
}

// titleEndsAt reports whether a title role phrase of two or more words
// ends just before toks[j], capitalised ("Vice President Kamala Harris",
// which the tagger may read as common nouns): the title of the name that
// follows, not a noun of its own.
func titleEndsAt(toks []dyad.Token, labels []label, j int) bool {
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		if r := labels[k].role; r != nil {
			return r.Kind == RoleTitle && labels[k].roleEnd == j && capitalised(toks[k].Text) && capitalised(toks[j-1].Text)
		}
	}
	return false
}

// timeWord reports whether a token is a time adverb or day or month name,
// which ends a noun phrase ("The German government today welcomed").
func timeWord(t dyad.Token) bool {
	switch t.Lemma {
	case "today", "yesterday", "tomorrow", "tonight", "now", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// chunk splits a sentence into noun phrases. Names found in the gazetteer
// are never split ("Republic of Korea"); a possessive "'s" ends a phrase.
func (st *docState) chunk(toks []dyad.Token, hits []hit, labels []label) []np {
	var nps []np
	// extend grows a phrase from toks[j] over noun-phrase words and whole
	// names, stopping at a determiner or a time word. After common words
	// (plain) a name after a plain noun starts its own phrase ("the first
	// time Hungary voted"); right after a name, a determiner only stops it.
	extend := func(j int, plain bool) int {
		for j < len(toks) {
			if labels[j].hit != 0 {
				if plain && (toks[j-1].Tag == "NN" || toks[j-1].Tag == "NNS") && labels[j-1].role == nil && !covered(labels, j-1, j) && !titleEndsAt(toks, labels, j) {
					break
				}
				j = hits[labels[j].hit-1].last
				continue
			}
			if labels[j].role != nil && labels[j].roleEnd > j+1 && npTag(toks[j]) {
				// a role phrase is never split: "U.S. Secretary of State
				// Marco Rubio", "the minister of defence"
				j = labels[j].roleEnd
				continue
			}
			if r := labels[j].role; r != nil && r.Kind == RoleNoun && !npTag(toks[j]) && labels[j].roleEnd < len(toks) {
				// "Colombian guerillas ambushed": a role noun the tagger
				// read as a verb, before the real verb
				if n := toks[labels[j].roleEnd]; strings.HasPrefix(n.Tag, "VB") || n.Tag == "MD" {
					j = labels[j].roleEnd
					continue
				}
			}
			if !npTag(toks[j]) || toks[j].Tag == "DT" || timeWord(toks[j]) || mistaggedVerb(toks, j) {
				break
			}
			j++
		}
		return j
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if labels[i].hit != 0 {
			j := extend(hits[labels[i].hit-1].last, false)
			nps = append(nps, np{first: i, last: j})
			i = j
			continue
		}
		if t.Tag == "PRP" {
			nps = append(nps, np{first: i, last: i + 1})
			i++
			continue
		}
		j := i + 1
		if r := labels[i].role; r != nil && !npTag(t) && misTaggedRole(toks, i, labels[i].roleEnd) {
			j = labels[i].roleEnd
		} else if !npTag(t) || timeWord(t) {
			i++
			continue
		}
		j = extend(j, true)
		nps = append(nps, np{first: i, last: j})
		i = j
	}
	nps = mergeAdjectives(toks, hits, labels, nps)
	for k := range nps {
		p := &nps[k]
		if p.last < len(toks) && (toks[p.last].Tag == "POS") {
			p.possessor = true
		}
		if k > 0 {
			listAnd := k+1 < len(nps) && isCoordination(toks[p.last:nps[k+1].first], false)
			p.coord = isCoordination(toks[nps[k-1].last:p.first], listAnd)
		}
	}
	return nps
}

// nounVerbs are past-tense verbs spelt like nouns, which the tagger may
// read as nouns after a noun ("a fighter jet shot down a drone").
var nounVerbs = map[string]bool{"shot": true, "hit": true, "struck": true, "cut": true, "set": true, "shut": true, "put": true, "beat": true}

// subjunctiveVerbs are base forms spelt like nouns that a demand's
// that-clause puts after its subject ("urged that the government scrap
// the tax", "demanded that the army release the prisoners"), where the
// tagger may read them as nouns.
var subjunctiveVerbs = map[string]bool{
	"scrap": true, "halt": true, "ban": true, "end": true, "drop": true, "lift": true,
	"stop": true, "release": true, "return": true, "reverse": true, "cap": true, "review": true,
}

// thatSubject reports whether toks[j] follows a noun phrase that opens a
// that-clause ("that the government scrap"): only determiners,
// adjectives and nouns stand between "that" and it.
func thatSubject(toks []dyad.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if toks[k].Lemma == "that" && toks[k].Tag != "DT" {
			return k < j-1
		}
		switch t := toks[k].Tag; {
		case t == "DT" || t == "JJ" || t == "PRP$" || t == "POS" || strings.HasPrefix(t, "NN"):
		default:
			return false
		}
	}
	return false
}

// pastOnly are irregular past tenses that are never nouns: tagged as one
// after a noun ("The SPLA fought on"), they are the clause's verb.
var pastOnly = map[string]bool{
	"said": true, "met": true, "fought": true, "took": true, "sent": true, "gave": true, "told": true,
	"began": true, "brought": true, "caught": true, "chose": true, "drew": true, "drove": true,
	"fled": true, "flew": true, "forbade": true, "froze": true, "grew": true, "hid": true,
	"kept": true, "knew": true, "overran": true, "overtook": true, "paid": true, "rose": true,
	"sought": true, "shook": true, "sank": true, "slew": true, "spoke": true, "spent": true,
	"stole": true, "swore": true, "swept": true, "threw": true, "thought": true, "tore": true,
	"upheld": true, "withdrew": true, "wrote": true, "came": true, "went": true, "became": true,
	"struck": true, "forced": true, "seized": true, "killed": true, "attacked": true,
	"lent": true, "led": true, "sold": true, "bought": true, "built": true, "held": true, "made": true,
	"found": true, "stood": true, "fell": true, "ran": true,
}

// pastEd reports whether w looks like a regular past tense: lower case,
// ending in "ed" after a consonant and at least six letters ("captured"),
// not "-eed" ("greed", "speed").
func pastEd(w string) bool {
	if len(w) < 6 || !isLowerWord(w) || !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "eed") {
		return false
	}
	switch w[len(w)-3] {
	case 'a', 'i', 'o', 'u':
		return false
	}
	return true
}

// mistaggedVerb reports whether toks[j], tagged as a noun after a noun, is
// the verb of the clause all the same: a past tense that is never a noun
// (pastOnly, pastEd), or one of nounVerbs followed by a particle ("down",
// "up", "off", "out") or the start of a noun phrase ("hit a school"). A verb-tagged token never joins a phrase
// (npTag), so only such mistagged ones need catching.
func mistaggedVerb(toks []dyad.Token, j int) bool {
	if j == 0 || !strings.HasPrefix(toks[j].Tag, "NN") && toks[j].Tag != "JJ" {
		return false
	}
	if p := toks[j-1].Tag; p != "NN" && p != "NNS" && p != "NNP" && p != "NNPS" {
		return false
	}
	if pastOnly[toks[j].Text] {
		return true // "the bank lent money", with "lent" read as an adjective
	}
	if toks[j].Tag == "JJ" {
		return false
	}
	if pastEd(toks[j].Text) {
		return true
	}
	if j+1 < len(toks) && subjunctiveVerbs[toks[j].Text] && thatSubject(toks, j) {
		// "demanded that the government scrap a planned increase"
		switch n := toks[j+1]; n.Tag {
		case "DT", "PRP$", "CD", "PRP":
			return true
		}
	}
	if j+1 >= len(toks) || !nounVerbs[toks[j].Text] {
		return false
	}
	switch n := toks[j+1]; {
	case n.Lemma == "down" || n.Lemma == "up" || n.Lemma == "off" || n.Lemma == "out" || n.Lemma == "dead":
		return true
	case n.Tag == "DT" || n.Tag == "PRP$" || n.Tag == "CD" || n.Tag == "PRP":
		return true
	}
	return false
}

// misTaggedRole reports whether the role phrase toks[i:end], whose first
// word the tagger did not read as part of a noun phrase, is one all the
// same: a compound ending in a noun ("taxi drivers" with "taxi" read as a
// verb) or a role after a possessive ("Burkina Faso's displaced").
func misTaggedRole(toks []dyad.Token, i, end int) bool {
	if end <= i || end > len(toks) {
		return false
	}
	if end-i >= 2 && strings.HasPrefix(toks[end-1].Tag, "NN") {
		return true
	}
	return i > 0 && toks[i-1].Tag == "POS"
}

// mergeAdjectives joins coordinated nationality adjectives that share one
// head: "Hungarian and Romanian officials" is one phrase of two actors.
func mergeAdjectives(toks []dyad.Token, hits []hit, labels []label, nps []np) []np {
	countryHit := func(i int, form Form) bool {
		if i < 0 || i >= len(toks) || labels[i].hit == 0 {
			return false
		}
		h := hits[labels[i].hit-1]
		return h.entry != nil && h.entry.Kind == KindCountry && (form == "" || h.form == form)
	}
	out := nps[:0]
	for k := 0; k < len(nps); k++ {
		p := nps[k]
		for k+1 < len(nps) {
			q := nps[k+1]
			between := toks[p.last:q.first]
			if len(between) != 1 || between[0].Lemma != "and" && between[0].Lemma != "," && between[0].Lemma != "or" {
				break
			}
			if !countryHit(p.last-1, "") || !countryHit(q.first, FormAdjective) {
				break
			}
			p.last = q.last
			k++
		}
		out = append(out, p)
	}
	return out
}

// isCoordination reports whether the tokens between two NPs join them into
// one group: "and", "or", "as well as", "along with", or a comma of a list
// that goes on with "and" ("A, B and C"; listAnd says whether it does).
func isCoordination(between []dyad.Token, listAnd bool) bool {
	if len(between) == 0 {
		return false
	}
	conj := false
	for _, t := range between {
		switch t.Lemma {
		case "and", "or", "as", "well", "along", "together":
			conj = true
		case ",", "with", "both":
		default:
			return false
		}
	}
	return conj || listAnd
}

// resolveNP sets the actors of nps[k].
func (st *docState) resolveNP(si int, toks []dyad.Token, hits []hit, labels []label, nps []np, k, phase int) {
	p := &nps[k]
	var names []hit
	var roles []*Role
	var adjCountries []string
	var adjOrgs []*Entry
	det, poss := "", ""
	two, count := false, 0
	// headRole: a role phrase ends the NP ("South Korean officials"); an
	// NP whose head is no role ("military aid", "a general strike") names
	// no actor, whatever its modifiers.
	headRole := false
	for i := p.first; i < p.last; i++ {
		if labels[i].hit != 0 {
			h := hits[labels[i].hit-1]
			if len(names) == 0 || names[len(names)-1].first != h.first {
				names = append(names, h)
			}
			continue
		}
		if labels[i].role != nil {
			roles = append(roles, labels[i].role)
			if labels[i].roleEnd == p.last || labels[i].roleEnd == p.last-1 && toks[p.last-1].Tag == "POS" || labels[i].role.Kind == RoleNoun && postmodified(toks, labels[i].roleEnd, p.last) {
				headRole = true
			}
		}
		switch toks[i].Lemma {
		case "the", "this", "that", "these", "those":
			if i == p.first {
				det = "the"
			}
		case "two", "both":
			two, count = true, 2
		case "three":
			two, count = true, 3
		case "their", "his", "her", "its":
			if i == p.first {
				poss = toks[i].Lemma
			}
		}
	}
	// Split name hits into country adjectives/names used as modifiers and
	// the head name.
	var head *hit
	ethnicGroup := false
	for n := range names {
		h := names[n]
		if h.ethnic {
			// "ethnic Albanian guerrillas", "ethnic Turks": an ethnicity,
			// not a nationality; the country comes from where they are
			ethnicGroup = ethnicGroup || h.form == FormPeople
			continue
		}
		afterBody := n > 0 && names[n-1].entry != nil && (names[n-1].entry.Kind == KindOrg || names[n-1].entry.Kind == KindIGO) && names[n-1].last == h.first
		if h.entry != nil && h.entry.Kind == KindCountry && (h.form == FormAdjective || h.last < p.last && len(roles) > 0 || afterBody && h.form == FormName && len(roles) == 0) {
			// "the PRI Mexico": a country named right after a body
			// qualifies it, as an adjective would.
			if afterBody && head == nil {
				head = &names[n-1]
			}
			adjCountries = append(adjCountries, h.entry.Country)
			continue
		}
		if h.entry != nil && (h.entry.Kind == KindIGO || h.entry.Kind == KindOrg) && h.last < p.last && (headRole || len(roles) > 0 && n < len(names)-1) {
			// "European Union legislators", "a former White House official",
			// "U.N. mediator Diego Cordovez"
			adjOrgs = append(adjOrgs, h.entry)
			continue
		}
		head = &names[n]
	}
	sector, roleText, roleKind := roleOf(roles)
	if sector == "GOV" && (roleText == "counterpart" || roleText == "counterparts") {
		// "Austrian prosecutors handed the files to their Swiss
		// counterparts": a counterpart mirrors the role named before it
		if s := mirroredSector(labels, p.first); s != "" {
			sector = s
		}
	}
	if sector == "" && head == nil && len(adjOrgs) > 0 {
		// "a Kremlin spokesman", "a Pentagon spokeswoman": a role that
		// takes its sector from the body spoken for, after that body, is
		// the body's
		for _, r := range roles {
			if r.Sector == "-" {
				sector, roleText, roleKind = "GOV", r.Phrase, r.Kind
			}
		}
	}
	if head == nil && !headRole {
		sector, roleText, roleKind = "", "", ""
	}
	if ethnicGroup && head == nil && sector == "" {
		sector, roleText, roleKind = "CVL", "ethnic group", RoleNoun
	}
	if head == nil && roleText == "media" && p.last-p.first >= 2 && toks[p.last-2].Lemma == "social" {
		// "wrote on social media": a medium, not an actor
		sector, roleText, roleKind = "", "", ""
	}
	if head == nil && roleText == "people" && !counted(toks, p.first, p.last) && len(adjCountries) == 0 {
		// "people familiar with the matter": no actor; "thousands of
		// people", "200 people": a crowd; "the Syrian people": the
		// country's population
		sector, roleText, roleKind = "", "", ""
	}
	if head == nil && sector != "" && roleKind == "" && ofCondition(toks, labels, p.last) {
		// "a 30-day state of siege", "a state of emergency": a modifier
		// alone before "of" and a common noun names a condition, not an
		// actor ("the opposition of Venezuela" still does).
		sector, roleText = "", ""
	}
	title := ""
	for _, r := range roles {
		if r.Kind == RoleTitle {
			title = r.Phrase
		}
	}
	if head != nil && head.entry != nil && head.entry.Kind == KindPerson && head.form == FormSurname && title != "" && !st.date.IsZero() && !inOfficeAs(head.entry, st.date, title, sector) {
		// "President Assad" in 1995: the surname's usual bearer was not
		// in that office then; another person of the family may have been
		if e, _ := st.titled(head.text, title, sector, st.titleScope(adjCountries)); e != nil && e != head.entry {
			h := *head
			h.entry, h.form = e, FormName
			head = &h
		}
	}
	if head != nil && head.entry == nil && head.unknown == "" && (sector != "" || title != "") {
		if _, ok := st.surname(head.text); !ok {
			// "President Bush": a title and a family name name the person
			// of the KB who held that office at the article's date; when
			// several did at other times, all of one country, the country.
			if e, c := st.titled(head.text, title, sector, st.titleScope(adjCountries)); e != nil {
				h := *head
				h.entry, h.form = e, FormName
				head = &h
			} else if sector != "" {
				head = nil // "Moslem fundamentalist demonstrators": the role decides
				if c != "" && len(adjCountries) == 0 {
					adjCountries = []string{c}
				}
			}
		}
	}
	// "Several European governments said they would": "they" after a
	// plural role subject of its sentence waits for that phrase's actors.
	theyOf := -1
	if head == nil && sector == "" && p.last-p.first == 1 && toks[p.first].Lemma == "they" {
		theyOf = pluralRoleSubject(toks, hits, labels, nps, k)
	}
	if (phase == 1) != (theyOf >= 0 || head == nil && sector != "" && !(two && det == "the" && len(st.lastGroup) >= 2)) {
		return
	}
	if p.done {
		return
	}
	p.done = true
	// "the US and South Korean nuclear envoys": bare country NPs coordinated
	// before a role phrase share its role.
	if head == nil && sector != "" {
		for q := k - 1; q >= 0 && nps[q+1].coord; q-- {
			pq := &nps[q]
			if len(pq.actors) != 1 || pq.actors[0].etype != dyad.GPE || pq.actors[0].kind != "name" {
				break
			}
			pq.actors[0].code = dyad.JoinActor(dyad.ActorCountry(pq.actors[0].code), sector)
			pq.actors[0].kind = "nominal"
		}
	}
	if head != nil && head.entry == nil && head.unknown != "" && sector != "" && len(adjCountries) == 0 && possessedBy(toks, nps, k) {
		// "Uganda's ambassador John Mukasa": the possessor's country;
		// "Hezbollah's leader Hassan Nasrallah": an organisation's own
		// post is coded as the organisation
		for _, a := range nps[k-1].actors {
			if e, ok := st.r.kb.Entry(a.kb); ok && a.kb != "" && e.Kind == KindOrg && dyad.ActorRole(a.code) != "" && (sector == "GOV" || sector == "ELI") {
				adjOrgs = append(adjOrgs, e)
				break
			}
			if c := dyad.ActorCountry(a.code); c != "" && c != "IGO" && c != "---" {
				adjCountries = append(adjCountries, c)
				break
			}
		}
	}
	if head != nil && head.first > 0 && shipPrefixes[toks[head.first-1].Text] != "" {
		// "USS Carney", "HMS Queen Elizabeth": a ship named after a
		// person is the navy's, not the person
		c := shipPrefixes[toks[head.first-1].Text]
		name := toks[head.first-1].Text + " " + joinTokens(toks[head.first:head.last])
		p.actors = []actorRef{{key: "ship:" + strings.ToLower(name), etype: dyad.Org, text: name, code: c + "MIL", kind: "name", role: "ship of the navy", first: head.first - 1, last: head.last}}
		return
	}
	switch {
	case head != nil && (head.entry != nil || head.unknown != ""):
		a := st.nameActor(toks, *head, adjCountries, sector, roleText, roleKind, title)
		if head.entry == nil && len(adjCountries) == 0 && sector != "" {
			// "U.N. mediator Diego Cordovez": a body before the title
			for _, e := range adjOrgs {
				if e != head.entry {
					a.code = orgRoleCode(e, st.date, sector)
					break
				}
			}
		}
		if a.kind == "name" && head.entry != nil && head.entry.Kind == KindCountry && head.last < p.last && strings.HasPrefix(toks[p.last-1].Tag, "NN") {
			a.kind = "modifier" // "a key U.S. ally", "the Iraq war"
		}
		p.actors = []actorRef{a}
		if head.entry != nil && head.form == FormCapital {
			if !st.metonym(toks, p.first, p.last) {
				p.actors = nil
			}
		}
		if len(p.actors) > 0 {
			st.note(a, p.possessor)
			if head.entry != nil && (head.entry.Kind == KindIGO || head.entry.Kind == KindOrg) {
				st.bodies = append(st.bodies, head.entry)
			}
		}
	case head != nil && sector == "": // a lone capitalised word: a surname of someone named before?
		if a, ok := st.surname(head.text); ok {
			a.kind = "name"
			a.first, a.last = head.first, head.last
			p.actors = []actorRef{a}
		}
	case sector != "" && len(adjOrgs) > 0:
		for _, e := range adjOrgs {
			code := orgRoleCode(e, st.date, sector)
			text := joinTokens(toks[p.first:p.last])
			p.actors = append(p.actors, actorRef{key: "nom:" + strings.ToLower(text) + ":" + code, etype: dyad.Person, text: text, code: code, kind: "nominal", role: roleText, kb: e.ID})
		}
		st.rememberRole(toks, p.first, p.last, p.actors)
	case sector != "":
		p.actors = st.roleActors(si, toks, nps, k, adjCountries, sector, roleText, roleKind, det, poss, two, count)
		st.rememberRole(toks, p.first, p.last, p.actors)
	case head == nil && sector == "" && det == "the" && p.last-p.first == 2 && anaphors[toks[p.last-1].Lemma] != "":
		// "the agency" after "Yonhap News Agency"
		if a, ok := st.lastBy[anaphors[toks[p.last-1].Lemma]]; ok {
			a.kind = "nominal"
			a.first, a.last = 0, 0
			p.actors = []actorRef{a}
		}
	case head == nil && sector == "" && det == "the" && len(names) == 0 && len(st.bodies) > 0 && func() bool {
		a, ok := st.bodyNoun(toks, p.first, p.last)
		if ok {
			p.actors = []actorRef{a}
		}
		return ok
	}():
		// "the assembly" after "the U.N. General Assembly"
	case len(adjCountries) > 0 && head == nil && sector == "" && (toks[p.last-1].Lemma == "language" || languageNoun(toks, p.first, p.last)):
		// "the use of the Russian language", "some of whom spoke Spanish",
		// "a statement in French": a language, not its country
	case len(adjCountries) > 0 && head == nil && sector == "":
		// "an Indian proposal", "the Australian ultimatum": the country
		// stands behind the thing; a modifier, not a subject of its own.
		for _, c := range adjCountries {
			if e, ok := st.r.kb.Country(c); ok {
				p.actors = append(p.actors, actorRef{key: e.ID, etype: dyad.NORP, text: e.Name, code: e.Code, kind: "modifier", kb: e.ID})
			}
		}
	case two && det == "the" && len(st.lastGroup) >= 2:
		// "the two countries", "both sides"
		p.actors = st.group("nominal", sector, count)
	case theyOf >= 0:
		for _, a := range nps[theyOf].actors {
			a.kind = "pronoun"
			a.first, a.last = 0, 0
			p.actors = append(p.actors, a)
		}
	case p.last-p.first == 1 && toks[p.first].Tag == "PRP":
		if toks[p.first].Lemma == "it" && !referentialIt(toks, p.first) {
			break
		}
		if toks[p.first].Lemma == "they" && thingsBefore(toks, labels, nps, k) || toks[p.first].Lemma == "them" && thingsNear(toks, labels, nps, k) {
			break
		}
		if g := subjectGroupBefore(toks, nps, k); len(g) >= 2 && toks[p.first].Lemma == "they" {
			// "Bolivia and Ecuador said they would": the group of the
			// sentence's subject, not of the sentences before
			for _, a := range g {
				a.kind = "pronoun"
				a.first, a.last = 0, 0
				p.actors = append(p.actors, a)
			}
			break
		}
		p.actors = st.pronoun(toks[p.first].Lemma)
	}
}

// mirroredSector returns the sector of the nearest role phrase before
// token i of the sentence when it is of a state body other than the
// government (courts and prosecutors, the armed forces, police,
// legislatures, intelligence); "" otherwise.
func mirroredSector(labels []label, i int) string {
	for j := min(i, len(labels)) - 1; j >= 0; j-- {
		r := labels[j].role
		if r == nil || r.Kind == RoleModifier || r.Sector == "" || r.Sector == "-" {
			continue
		}
		switch r.Sector {
		case "JUD", "MIL", "COP", "LEG", "SPY":
			return r.Sector
		}
		return ""
	}
	return ""
}

// roleOf combines the role phrases of an NP: the last noun role is the
// head; modifiers ("former", "opposition", "rebel") override its sector.
func roleOf(roles []*Role) (sector, text, kind string) {
	var mod string
	for _, r := range roles {
		if r.Kind == RoleNoun && r.Sector == "-" && sector == "" {
			// "counterpart" mirrors another official: GOV unless said otherwise
			sector, text, kind = "GOV", r.Phrase, r.Kind
			continue
		}
		switch r.Kind {
		case "modifier":
			if r.Sector != "" && r.Sector != "-" {
				mod = r.Sector
			}
		default:
			if r.Sector != "" && r.Sector != "-" {
				if r.Generic() && sector != "" {
					// "army accountant", "intelligence agency officer",
					// "agricultural workers": a generic head keeps the
					// sector of the body or field before it.
					text, kind = r.Phrase, r.Kind
					continue
				}
				sector, text, kind = r.Sector, r.Phrase, r.Kind
			}
		}
	}
	if mod == "OPP" && sector == "LEG" {
		// "an opposition lawmaker" is a legislator of the opposition
		return "LEGOPP", text, kind
	}
	if mod == "ELI" && (sector == "MIL" || sector == "COP") {
		// "a former army colonel", "former police commanders": officers
		// of the security forces keep their force; former officials of
		// the state are elites
		return sector, text, kind
	}
	if mod != "" && sector != "" && (mod != "GOV" || sector != "EDU" && sector != "HLH") {
		// a state university or hospital ("Ohio State University") is
		// still a university or hospital
		sector = mod
	}
	if mod != "" && sector == "" {
		// "the opposition", "rebels" alone
		sector = mod
	}
	return sector, text, kind
}

// nameActor is the actor of a name: a KB entry at the article's date, or an
// unknown person or organisation with the country and role around it.
//
// title is the phrase of a title before the name ("secretary-general"),
// "" if none. In an undated text a person of the KB takes the office the
// title names, else the last office they held: news that names a head of
// state mostly dates from the term, and "former" needs a date to say.
func (st *docState) nameActor(toks []dyad.Token, h hit, adj []string, sector, roleText, roleKind, title string) actorRef {
	if e := h.entry; e != nil {
		a := actorRef{key: e.ID, text: e.Name, kb: e.ID, kind: "name"}
		switch e.Kind {
		case KindPerson:
			a.etype = dyad.Person
			a.code, a.role = e.CodeAt(st.date)
			if st.date.IsZero() && len(e.Terms) > 0 {
				t, _ := e.lastTerm(func(Term) bool { return true })
				if tt, ok := titleTerm(e, title, sector); ok {
					t = tt
				}
				a.code, a.role = t.Code, t.Office
			}
			if (roleKind == RoleTitle || roleKind == RoleNoun) && sector != "" && sector != "ELI" && !st.date.IsZero() {
				// "President Mubarak", "Libyan leader Muammar Gaddafi": the
				// text says the person holds office, which beats a KB that
				// puts the date outside the term (or a story with no date).
				if t, ok := latestTerm(e, st.date); ok && !strings.HasSuffix(a.code, t.Code[3:]) {
					a.code, a.role = t.Code, t.Office
				}
			}
			if h.form == FormSurname {
				if prev, ok := st.surname(h.text); ok && prev.key != e.ID {
					return prev
				}
			}
		case KindCountry:
			a.etype = dyad.GPE
			a.code = e.Code
			if h.form == FormCapital {
				a.code = dyad.JoinActor(e.Country, "GOV")
				a.kind = "metonym"
				a.role = "capital as metonym for the government"
				a.text = h.text
				a.key = "cap:" + e.ID
			}
			if h.form == FormPeople {
				a.etype = dyad.NORP
				// "the Palestinians", "Israelis": a nationality stands for
				// its country (the CAMEO dictionaries list plural demonyms
				// as the country's synonyms); "thousands of Nigerians",
				// "200 Kenyans": a crowd of civilians
				a.code = e.Code
				if crowd(toks, h.first, h.last) {
					a.code = dyad.JoinActor(e.Country, "CVL")
				}
				a.key = "people:" + e.ID
				a.text = h.text
			}
		default:
			a.etype = dyad.Org
			a.code, a.role = e.CodeAt(st.date)
		}
		return a
	}
	a := actorRef{etype: h.unknown, text: h.text, kind: "name", key: "name:" + strings.ToLower(h.text)}
	if sector == "" && h.unknown == dyad.Org {
		// "the National Guard", "Chile's Defense Department": the head
		// word of an organisation's name gives its sector.
		if f := strings.Fields(strings.ToLower(h.text)); len(f) > 0 {
			sector, roleText = orgHeadSectors[f[len(f)-1]], "organisation named as a "+f[len(f)-1]
			if f[len(f)-1] == "institute" && h.last+1 < len(toks) && toks[h.last].Lemma == "of" && strings.EqualFold(toks[h.last+1].Text, "technology") {
				// "Rochester Institute of Technology": a university
				sector, roleText = "EDU", "institute of technology"
			}
			if sector == "" && slices.Contains(f, "rights") {
				// "the Chadian Human Rights League": a rights group
				sector, roleText = "NGO", "rights organisation"
			}
		}
	}
	country := ""
	if len(adj) > 0 {
		country = adj[0]
	}
	if f := strings.Fields(h.text); country == "" && len(f) > 1 && shipPrefixes[f[0]] != "" {
		// "USS Porter", "HMS Defender": a navy's ship
		country, sector, roleText = shipPrefixes[f[0]], "MIL", "ship of the navy"
	}
	if f := strings.Fields(h.text); country == "" && h.unknown == dyad.Org && len(f) > 1 {
		// "Malaysia Airlines", "Kenya Railways": the country it is named after
		if ms := st.r.kb.Lookup(f[0]); len(ms) > 0 && ms[0].Entry.Kind == KindCountry && (ms[0].Form == FormName || ms[0].Form == FormAdjective) {
			country = ms[0].Entry.Country
		}
	}
	if country == "" && h.unknown == dyad.Org && h.last > h.first && h.last <= len(toks) {
		// "Aboriginal Medical Services Alliance Northern Territory",
		// "Lagos State University": a place inside the name
		s, e := st.capitalisedRun(toks, h.first, h.last)
		country = st.r.placeInName(toks[s:e])
	}
	if country == "" && h.unknown == dyad.Person && h.first > 0 && h.first <= len(toks) {
		// "Punjab Chief Minister Bhagwant Mann": a place in the title
		// before the name (never in the name itself: "Hamilton Wright")
		if s, _ := st.capitalisedRun(toks, h.first, h.first); s < h.first {
			country = st.r.placeInName(toks[s:h.first])
		}
	}
	if country == "" && h.unknown == dyad.Person && sector == "BUS" && st.unknownBefore(toks, h.first-len(strings.Fields(title))) {
		// "Ryanair chief executive Michael O'Leary": the executive of a
		// company the KB does not know is of no country the text gives,
		// not of the country the article is about
		country = "---"
	}
	if sector != "" {
		if country == "" && h.unknown == dyad.Person && roleKind == RoleTitle {
			country = st.officialCountry(sector)
		}
		if country == "" {
			country = st.focalOr("---")
		}
		a.code = dyad.JoinActor(country, sector)
		a.role = roleText
	} else if country != "" {
		a.code = country
	} else if st.assumed != "" && h.unknown != "" {
		a.code = st.assumed
	}
	return a
}

// unknownBefore reports whether the word before toks[i] is a capitalised
// proper noun that names nothing the KB knows, or ends an organisation's
// name the KB does not know (a company's name before a title: "Ryanair
// chief executive", "Stanmore Holdings chief executive").
func (st *docState) unknownBefore(toks []dyad.Token, i int) bool {
	j := i - 1
	if j < 0 || i > len(toks) || !capitalised(toks[j].Text) {
		return false
	}
	first := j
	if j < len(st.labels) && st.labels[j].hit != 0 {
		// a name the KB does not know ("Stanmore Holdings")
		h := st.hits[st.labels[j].hit-1]
		if h.entry != nil {
			return false
		}
		first = h.first
	} else {
		if toks[j].Tag != "NNP" && toks[j].Tag != "NNPS" {
			return false
		}
		if _, ok := st.r.kb.Role(strings.ToLower(toks[j].Text)); ok {
			return false
		}
	}
	// "Kenya Airways", "Mombasa Cement": a country or a place in the name
	s, _ := st.capitalisedRun(toks, first, j+1)
	for k := s; k <= j; k++ {
		if len(st.r.kb.Lookup(toks[k].Text)) > 0 {
			return false
		}
	}
	return st.r.placeInName(toks[s:j+1]) == ""
}

// counted reports whether the noun phrase toks[first:last] is counted: a
// number or "many" in it, or "hundreds of", "thousands of" before it.
func counted(toks []dyad.Token, first, last int) bool {
	for k := first; k < last; k++ {
		if toks[k].Tag == "CD" || toks[k].Lemma == "many" || toks[k].Lemma == "several" {
			return true
		}
	}
	if first >= 2 && toks[first-1].Lemma == "of" {
		switch strings.TrimSuffix(strings.ToLower(toks[first-2].Text), "s") {
		case "hundred", "thousand", "million", "dozen", "ten", "score":
			return true
		}
	}
	return false
}

// modifiersOnly reports whether toks[i:j] are all adjectives, adverbs,
// participles or possessive markers ("'s leading", "'s most senior").
func modifiersOnly(toks []dyad.Token, i, j int) bool {
	if j < i || j > len(toks) {
		return false
	}
	for _, t := range toks[i:j] {
		switch t.Tag {
		case "POS", "JJ", "JJS", "JJR", "RB", "RBS", "VBG", "VBN":
		default:
			return false
		}
	}
	return true
}

// postmodified reports whether toks[i:j] is one participle or adjective
// after a role noun that ends the noun phrase ("militiamen armed with
// machetes", "militants loyal to him"): the role is still its head.
func postmodified(toks []dyad.Token, i, j int) bool {
	return j == i+1 && (toks[i].Tag == "VBN" || toks[i].Tag == "JJ") && j < len(toks) && (toks[j].Tag == "IN" || toks[j].Tag == "TO")
}

// crowd reports whether the phrase toks[first:last] is counted, by a word
// inside it or a number, "many" or "several" right before it.
func crowd(toks []dyad.Token, first, last int) bool {
	if counted(toks, first, last) {
		return true
	}
	if first > 0 {
		p := toks[first-1]
		return p.Tag == "CD" || p.Lemma == "many" || p.Lemma == "several"
	}
	return false
}

// ofCondition reports whether toks[i] is "of" followed (after an optional
// determiner) by a lower-case word that is neither a name nor a role.
func ofCondition(toks []dyad.Token, labels []label, i int) bool {
	if i >= len(toks) || toks[i].Lemma != "of" {
		return false
	}
	j := i + 1
	if j < len(toks) && toks[j].Tag == "DT" {
		j++
	}
	if j >= len(toks) || labels[j].hit != 0 || labels[j].role != nil || capitalised(toks[j].Text) {
		return false
	}
	return strings.HasPrefix(toks[j].Tag, "NN")
}

// inOfficeAs reports whether e held an office the title fits on date.
func inOfficeAs(e *Entry, date time.Time, title, sector string) bool {
	for _, t := range e.Terms {
		if t.InForce(date) && termFits(t, title, sector) {
			return true
		}
	}
	return false
}

// titleTerm returns the last term of e that the title phrase or its
// sector fits (see termFits).
func titleTerm(e *Entry, title, sector string) (Term, bool) {
	if title == "" && sector == "" {
		return Term{}, false
	}
	return e.lastTerm(func(t Term) bool { return termFits(t, title, sector) })
}

// termFits reports whether a title ("president", "secretary-general") and
// its sector fit a term: the office contains the title (not after a word
// of otherOffice: "vice", "chief" ...), or the term's code has the sector ("prime minister" GOV
// fits "JPNGOV").
// otherOffice lists the words that, before a title inside an office's
// name, make it another office ("Vice President", "Chief Minister", "Prime
// Minister", "First Minister"): such an office does not contain the bare
// title for termFits.
var otherOffice = map[string]bool{"vice": true, "deputy": true, "chief": true, "prime": true, "first": true, "assistant": true, "under": true}

func termFits(t Term, title, sector string) bool {
	if title != "" {
		office := " " + strings.ToLower(t.Office)
		if i := strings.Index(office, " "+title); i >= 0 {
			before := strings.Fields(office[:i])
			// "president" does not fit "Vice President of ...", nor
			// "minister" "Chief Minister of ..." or "Prime Minister of
			// ...": a word before the title that makes it another office
			if n := len(before); n == 0 || !otherOffice[before[n-1]] {
				return true
			}
		}
	}
	return sector != "" && sector != "ELI" && len(t.Code) == 6 && dyad.ActorRole(t.Code) == sector
}

// titled finds the person of the KB a title and a family name
// ("President Bush") name: the only one with that family name whose
// office fits the title at the article's date, else the only one whose
// office ever fitted it. When several did, all of one country, it returns
// that country instead (an undated "President Bush": USA); nil and ""
// otherwise.
//
// Offices that contain the title are tried first ("Governor Bello": the
// governors named Bello); only when none does, offices of the title's
// sector, and of its kind when the title has one ("Foreign Minister Wang"
// fits "Minister of Foreign Affairs"; "Prime Minister Mohammed" does not
// fit a governor named Mohammed, nor "King Abdullah" a chief minister).
// A title of no kind ("Home Minister", "Deputy Prime Minister") fits by
// its sector only offices of country, the country the text gives the
// title or else the article's focal one ("Home Minister Shah" in a story
// about India is not Sindh's chief minister Murad Ali Shah); none when
// country is "".
func (st *docState) titled(word, title, sector, country string) (*Entry, string) {
	if title == "" || !capitalised(word) {
		return nil, ""
	}
	byTitle := func(t Term) bool { return termFits(t, title, "") }
	if e, c, ok := st.titledBy(word, byTitle); ok {
		return e, c
	}
	kinds := OfficeKinds(title)
	bySector := func(t Term) bool {
		if !termFits(t, "", sector) {
			return false
		}
		if len(kinds) == 0 {
			return country != "" && dyad.ActorCountry(t.Code) == country
		}
		return slices.ContainsFunc(t.Kinds(), func(k string) bool { return slices.Contains(kinds, k) })
	}
	e, c, _ := st.titledBy(word, bySector)
	return e, c
}

// titledBy is titled for the terms fits accepts; ok reports whether any
// person with that family name ever held such a term.
func (st *docState) titledBy(word string, fits func(Term) bool) (*Entry, string, bool) {
	// now: in office at the date; ever: in office on or before it (any
	// time for an undated text); all: ever, at any time.
	var now, ever, all []*Entry
	for _, e := range st.r.kb.People(word) {
		fitsNow, fitsEver, fitsAll := false, false, false
		for _, t := range e.Terms {
			if !fits(t) {
				continue
			}
			fitsAll = true
			if st.date.IsZero() || !t.Start.After(st.date) {
				fitsEver = true
			}
			if !st.date.IsZero() && t.InForce(st.date) {
				fitsNow = true
			}
		}
		if fitsNow {
			now = append(now, e)
		}
		if fitsEver {
			ever = append(ever, e)
		}
		if fitsAll {
			all = append(all, e)
		}
	}
	switch {
	case len(now) == 1:
		return now[0], "", true
	case len(now) == 0 && len(ever) == 1:
		return ever[0], "", true
	}
	if len(now) > 0 {
		all = now
	}
	c := ""
	for _, e := range all {
		if c != "" && e.Country != c {
			return nil, "", true
		}
		c = e.Country
	}
	return nil, c, len(all) > 0
}

// latestTerm returns the last term of e that started on or before date (any
// term when date is zero).
func latestTerm(e *Entry, date time.Time) (Term, bool) {
	t, ok := e.lastTerm(func(t Term) bool { return date.IsZero() || !t.Start.After(date) })
	return t, ok && len(t.Code) >= 6
}

// titleScope is the country a title's sector fallback is held to (see
// titled): the one country of the adjectives or possessor before the
// title, else the article's focal country.
func (st *docState) titleScope(adj []string) string {
	if len(adj) == 1 {
		return adj[0]
	}
	return st.focal
}

// titleCountry returns the country of the office that title names ("vice
// president", "foreign minister") when the people the article names
// include holders of such an office at its date in one country only (the
// office's words, or its kind: "foreign minister" fits a "Minister of
// Foreign Affairs"); "" when they include none, holders in several
// countries, or the text has no date.
func (st *docState) titleCountry(title string) string {
	if title == "" || st.date.IsZero() {
		return ""
	}
	kinds := OfficeKinds(title)
	c := ""
	for _, e := range st.named {
		for _, t := range e.Terms {
			if !t.InForce(st.date) || t.secondary {
				continue
			}
			if !termFits(t, title, "") && (len(kinds) == 0 || !slices.ContainsFunc(t.Kinds(), func(k string) bool { return slices.Contains(kinds, k) })) {
				continue
			}
			tc := dyad.ActorCountry(t.Code)
			if tc == "" || tc == "IGO" || tc == "---" {
				continue
			}
			if c != "" && tc != c {
				return ""
			}
			c = tc
		}
	}
	return c
}

// officialCountry is the country of an official the KB lacks, named with a
// bare title of the state ("Foreign Secretary Vijay Gokhale"): the
// country of the story's dateline, when the article names that country
// (not only in the dateline) at least half as often as its focal country.
// A story filed from a country's capital names that country's officials
// by title alone. "" otherwise (the focal country then decides); titles of
// other sectors (business, media) are not the state's.
func (st *docState) officialCountry(sector string) string {
	switch sector {
	case "GOV", "MIL", "LEG", "JUD", "COP", "SPY":
	default:
		return ""
	}
	c := st.dateline
	if c == "" || c == st.focal || st.counts[c] == 0 || 2*st.counts[c] < st.counts[st.focal] {
		return ""
	}
	return c
}

func (st *docState) focalOr(def string) string {
	if st.focal != "" {
		return st.focal
	}
	return def
}

// metonym reports whether a capital at toks[first:last] stands for its
// government: it is the subject of a verb ("Tokyo said", "Beijing has
// warned") or follows "according to".
func (st *docState) metonym(toks []dyad.Token, first, last int) bool {
	if first == 0 && (last == len(toks) || last == len(toks)-1 && toks[last].Tag == ".") {
		return true // the text is the capital alone: a heading, a list of actors
	}
	if first >= 2 && toks[first-2].Lemma == "accord" && toks[first-1].Lemma == "to" {
		return true
	}
	if metonymBefore(st.r.kb, toks, first, last) {
		return true
	}
	if first >= 1 && (toks[first-1].Tag == "IN" || toks[first-1].Tag == "TO") && !clauseOpener[toks[first-1].Lemma] {
		return false // "talks in Seoul", "flew to Tokyo"; "if Minsk does not act" goes on
	}
	if first == 0 && last < len(toks) && (toks[last].Lemma == "along" || toks[last].Lemma == "and" || toks[last].Lemma == "," && !isAllCaps(toks[0].Text)) {
		return true // "Washington along with its allies demanded", "Beijing, for its part, said"
	}
	for k := last; k < len(toks) && k < last+3; k++ {
		switch t := toks[k]; {
		case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
			return true
		case t.Tag == "RB" || timeWord(t):
			continue // "Beirut again rejected", "Tokyo on Monday said" is not covered
		}
		return false
	}
	return false
}

// objectVerbs take a government as their object: a capital after them
// ("accused New Delhi", "urged Tokyo") stands for it. Verbs of motion and
// force ("visited Tokyo", "shelled Kabul") are left out: their capitals are
// places.
var objectVerbs = map[string]bool{
	"accuse": true, "urge": true, "warn": true, "criticize": true, "criticise": true, "condemn": true,
	"blame": true, "ask": true, "press": true, "pressure": true, "tell": true, "invite": true,
	"thank": true, "praise": true, "support": true, "back": true, "reject": true, "threaten": true,
	"sanction": true, "join": true, "help": true, "assure": true, "persuade": true, "recognize": true,
	"recognise": true, "congratulate": true, "denounce": true, "rebuke": true, "slam": true,
	"notify": true, "inform": true, "oppose": true, "defy": true, "lobby": true, "advise": true,
	"welcome": true, "call": true, "challenge": true, "reassure": true, "snub": true, "implore": true,
}

// clauseOpener are the subordinating words after which a capital may be
// the subject of its clause ("if Minsk does not act", "after Beijing
// warned"): the verb after it decides, as for a capital opening a sentence.
var clauseOpener = map[string]bool{
	"if": true, "unless": true, "because": true, "although": true, "though": true, "while": true,
	"whether": true, "that": true, "after": true, "before": true, "since": true, "until": true, "as": true, "when": true,
}

// addressVerbs address a message to someone: a capital after their "to"
// is its government ("protested to Seoul"); verbs of motion and sending
// things are left out ("flew to Tokyo", "sent troops to Kabul").
var addressVerbs = map[string]bool{
	"protest": true, "complain": true, "appeal": true, "apologize": true, "apologise": true, "speak": true,
	"talk": true, "write": true, "reply": true, "respond": true, "explain": true, "object": true,
	"signal": true, "convey": true, "pledge": true, "promise": true, "report": true,
}

// addressNouns are messages: "sent a note to Tokyo", "delivered a protest
// to Beijing".
var addressNouns = map[string]bool{
	"note": true, "protest": true, "letter": true, "message": true, "request": true, "demarche": true,
	"complaint": true, "appeal": true, "ultimatum": true, "warning": true, "invitation": true, "proposal": true,
}

// addressedBefore reports whether the "to" at toks[to] follows a verb of
// addressVerbs or a noun of addressNouns, within four words back.
func addressedBefore(toks []dyad.Token, to int) bool {
	for k := to - 1; k >= 0 && k >= to-4; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") {
			return addressVerbs[t.Lemma]
		}
		if strings.HasPrefix(t.Tag, "NN") && addressNouns[t.Lemma] {
			return true
		}
	}
	return false
}

// speechNouns are demands, appeals and pressure: a capital after their
// "from" is its government ("calls from Kyiv").
var speechNouns = map[string]bool{
	"call": true, "demand": true, "request": true, "appeal": true, "pressure": true, "criticism": true,
	"protest": true, "warning": true, "threat": true, "offer": true, "invitation": true, "message": true,
	"response": true, "reaction": true, "condemnation": true, "objection": true, "complaint": true,
}

// metonymBefore reports whether the words before a capital at
// toks[first:last] make it a government: a verb of objectVerbs, the agent
// "by" ("was accused by Moscow"), "with" ("talks with Beijing"), "between"
// when "and" another capital or country follows ("between Islamabad and
// New Delhi", not "the road between Kabul and Jalalabad"), or "and" after
// a capital that is one.
func metonymBefore(kb *KB, toks []dyad.Token, first, last int) bool {
	if first < 1 {
		return false
	}
	prev := toks[first-1]
	switch {
	case strings.HasPrefix(prev.Tag, "VB") && objectVerbs[prev.Lemma]:
		return true
	case prev.Lemma == "by" || prev.Lemma == "with":
		return true
	case prev.Lemma == "to" && addressedBefore(toks, first-1):
		return true // "protested to Seoul", "sent a note to Tokyo"
	case prev.Lemma == "from" && first >= 2 && strings.HasPrefix(toks[first-2].Tag, "NN") && speechNouns[toks[first-2].Lemma]:
		return true // "calls from Kyiv", "pressure from Washington"
	case prev.Lemma == "between":
		return last+1 < len(toks) && toks[last].Lemma == "and" && statePartner(kb, toks, last+1)
	case prev.Lemma == "and" && first >= 2 && toks[first-2].Tag == "NNP":
		s := first - 2
		for s > 0 && toks[s-1].Tag == "NNP" && first-2-s < 3 {
			s--
		}
		if s > 0 && toks[s-1].Lemma == "between" {
			return statePartner(kb, toks, s) // "between Islamabad and New Delhi"
		}
		return metonymBefore(kb, toks, s, first-1)
	}
	return false
}

// statePartner reports whether a capital or a country is named at toks[i]
// (one to three tokens, after an optional "the").
func statePartner(kb *KB, toks []dyad.Token, i int) bool {
	if i < len(toks) && toks[i].Lemma == "the" {
		i++
	}
	for n := 1; n <= 3 && i+n <= len(toks); n++ {
		for _, m := range kb.Lookup(joinTokens(toks[i : i+n])) {
			if m.Entry.Kind == KindCountry && (m.Form == FormCapital || m.Form == FormName) {
				return true
			}
		}
	}
	return false
}

// roleActors resolves a role phrase ("South Korean officials", "the leaders
// of South Korea and Japan", "the two leaders", "the agency").
func (st *docState) roleActors(si int, toks []dyad.Token, nps []np, k int, adj []string, sector, roleText, roleKind, det, poss string, two bool, count int) []actorRef {
	p := nps[k]
	text := joinTokens(toks[p.first:p.last])
	mk := func(country string) actorRef {
		if country == "" {
			country = st.focalOr("---") // never a code without its country part
		}
		code := dyad.JoinActor(country, sector)
		et := dyad.Org
		if roleKind == "title" || singularPerson(toks[p.last-1]) {
			et = dyad.Person
		}
		return actorRef{key: "nom:" + strings.ToLower(text) + ":" + code, etype: et, text: text, code: code, kind: "nominal", role: roleText}
	}
	if len(adj) > 0 {
		var out []actorRef
		for _, c := range adj {
			out = append(out, mk(c))
		}
		return out
	}
	// "Chad reopened its embassy in Libya", "Egypt's consulate in Jeddah": a
	// diplomatic post stands for its host, the country it is "in", as "an
	// embassy in Libya" does; the possessor is the one acting toward it.
	if diplomaticPost[strings.ToLower(roleText)] && p.last < len(toks) && toks[p.last].Lemma == "in" {
		if c := st.placeTail(si, toks, p.last); c != "" {
			return []actorRef{mk(c)}
		}
	}
	// "Japan's foreign minister", "Belarus's rulers", "Iran's most
	// powerful military commander": the possessor's country.
	if possessedBy(toks, nps, k) {
		var out []actorRef
		for _, a := range nps[k-1].actors {
			if c := dyad.ActorCountry(a.code); c != "" && c != "IGO" {
				out = append(out, mk(c))
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	// "Kurdish-led forces in northeastern Syria": a force led by a people
	// of no state of its own is a non-state group (an armed force REB) of
	// the place it is in (the first place after "in" that follows it),
	// else of the sentence's places, never the country of the sentence's
	// subject.
	if at := ethnicLed(st.r.kb, toks, p.first, p.last); at >= 0 && poss == "" {
		if sector == "MIL" {
			sector = "REB"
		}
		c := ""
		for j := p.last; j < len(toks) && c == ""; j++ {
			// the phrase's own "in", else the next "in" of its clause
			if toks[j].Lemma == "in" {
				c = st.placeIn(si, toks, j)
			}
		}
		if c == "" {
			c = st.sentencePlace(si)
		}
		if c == "" {
			c = "---"
		}
		a := mk(c)
		a.first, a.last = min(at, p.first), p.last
		a.text = joinTokens(toks[a.first:a.last])
		a.key = "nom:" + strings.ToLower(a.text) + ":" + a.code
		return []actorRef{a}
	}
	// "targeted the Ain al-Asad air base in western Iraq", "struck an air
	// base in western Ukraine": a base of no owner named in its phrase
	// ("Russia's air base in Syria", "its naval base") is of the country
	// it is in, not of an adjective or subject elsewhere in the sentence.
	if facilityRoles[strings.ToLower(roleText)] && poss == "" && p.last < len(toks) && toks[p.last].Lemma == "in" {
		if c := st.placeIn(si, toks, p.last); c != "" {
			return []actorRef{mk(c)}
		}
	}
	// "Several European leaders, including French President Emmanuel
	// Macron and German Chancellor Olaf Scholz": the listed members.
	if toks[p.last-1].Tag == "NNS" || toks[p.last-1].Tag == "NNPS" {
		if g := including(toks, nps, k, sector); g != nil {
			return g
		}
	}
	// "state media", "state television", "the official news agency" of no
	// country: the state of the sentence's subject ("North Korea launched
	// a missile, and state media said"), else of the previous sentence's.
	if sector == "MED" && poss == "" && stateMedia(toks, p.first, p.last) {
		if c := subjectCountry(toks, nps, k); c != "" {
			return []actorRef{mk(c)}
		}
		if st.prevSubject != "" {
			return []actorRef{mk(st.prevSubject)}
		}
	}
	// "West African leaders", "Several European leaders": a region's
	// group is the one body of that region the article names (ECOWAS),
	// else of no country, never the country named most. "foreign
	// troops", "world leaders": of no country either.
	if reg := st.region(toks, p.first, p.last); reg != "" && det != "the" && poss == "" {
		if e := st.regionBody(reg); e != nil {
			return []actorRef{{key: "nom:" + strings.ToLower(text) + ":" + e.Code, etype: dyad.Org, text: text, code: e.Code, kind: "nominal", role: roleText, kb: e.ID}}
		}
		return []actorRef{mk("---")}
	}
	if poss == "" && st.noCountry(toks, p.first, p.last) {
		return []actorRef{mk("---")}
	}
	// "Hayat Tahrir al-Sham, an Islamist group whose leader": the post is
	// the group's; a country's takes the role's sector.
	if a, ok := whoseOwner(toks, nps, k); ok {
		if a.etype == dyad.GPE && dyad.ActorRole(a.code) == "" {
			return []actorRef{mk(dyad.ActorCountry(a.code))}
		}
		if dyad.ActorRole(a.code) != "" && (sector == "GOV" || sector == "ELI") {
			code := a.code
			return []actorRef{{key: "nom:" + strings.ToLower(text) + ":" + code, etype: dyad.Person, text: text, code: code, kind: "nominal", role: roleText, kb: a.kb}}
		}
		if c := dyad.ActorCountry(a.code); c != "" && c != "IGO" && c != "---" {
			return []actorRef{mk(c)}
		}
	}
	// "Saudi Arabia and Iran agreed to reopen their embassies": "their"
	// after a coordinated group of the sentence is each member's.
	if poss == "their" {
		if g := coordinatedBefore(nps, k); len(g) >= 2 {
			var out []actorRef
			for _, a := range g {
				out = append(out, mk(dyad.ActorCountry(a.code)))
			}
			return out
		}
	}
	// "Syria will withdraw its troops from Lebanon": the possessive is the
	// nearest country or body named before it in the sentence, never the
	// place the phrase is "from" or "in".
	if poss == "its" || poss == "their" && len(st.subjectGroup) < 2 {
		for q := k - 1; q >= 0; q-- {
			for _, a := range nps[q].actors {
				if c := dyad.ActorCountry(a.code); c != "" && c != "IGO" && c != "---" && (a.etype == dyad.GPE || a.etype == dyad.Org || a.kind == "pronoun") {
					return []actorRef{mk(c)}
				}
			}
		}
	}
	if poss == "its" && st.lastThing != nil {
		if c := dyad.ActorCountry(st.lastThing.code); c != "" && c != "IGO" {
			return []actorRef{mk(c)}
		}
	}
	// "the leaders of South Korea and Japan", "the foreign ministers of the
	// two countries": countries after "of" give theirs. The role words join
	// the mention of the first country; the NP itself keeps no actor.
	// "negotiators from Armenia and Azerbaijan": so do countries after
	// "from".
	ofFrom := p.last < len(toks) && (toks[p.last].Lemma == "of" || toks[p.last].Lemma == "from")
	if ofFrom && k+1 < len(nps) && nps[k+1].first == p.last+1 && len(nps[k+1].actors) == 0 {
		// "diplomats from seven Latin American countries", "officials of
		// foreign governments": of no one country
		if q := nps[k+1]; st.region(toks, q.first, q.last) != "" || st.noCountry(toks, q.first, q.last) {
			return []actorRef{mk("---")}
		}
	}
	if ofFrom && k+1 < len(nps) && nps[k+1].first == p.last+1 && officialSectors[sector] {
		// "the foreign ministers of the Group of Seven countries", "the
		// leaders of the European Union", "a special envoy of the ASEAN
		// chair": an international body's officials are the body.
		if e := st.bodyIn(nps[k+1]); e != nil {
			return []actorRef{{key: "nom:" + strings.ToLower(text) + ":" + e.Code, etype: dyad.Org, text: text, code: e.Code, kind: "nominal", role: roleText, kb: e.ID}}
		}
	}
	if ofFrom && k+1 < len(nps) && nps[k+1].first == p.last+1 {
		// "the president of the Riigikogu", "the head of the Defense
		// Ministry": a post inside a body with a sector of its own is coded
		// as the body.
		// An organisation named but not known, with no sector of its own
		// ("the president of the Kenyan Athletics Federation"), gives its
		// country only: its president is no official of the state.
		of := toks[p.last].Lemma == "of"
		if of && st.hits != nil && st.genericRole(roleText) && st.kindIn(nps[k+1], KindCountry) {
			// "officers of the New Zealand Police", "members of the
			// Kenyan army": a generic member word takes the code of the
			// state body after "of" (a role phrase with a country)
			if !nps[k+1].done {
				st.resolveNP(si, toks, st.hits, st.labels, nps, k+1, 1)
			}
			if q := nps[k+1]; len(q.actors) == 1 && q.actors[0].kind == "nominal" && bodyMemberSectors[dyad.ActorRole(q.actors[0].code)] {
				if c := dyad.ActorCountry(q.actors[0].code); c != "IGO" && c != "---" && c != "" {
					b := q.actors[0]
					return []actorRef{{key: "nom:" + strings.ToLower(text) + ":" + b.code, etype: dyad.Person, text: text, code: b.code, kind: "nominal", role: roleText + " of " + joinTokens(toks[q.first:q.last]), kb: b.kb}}
				}
			}
		}
		if !nps[k+1].done && st.hits != nil && (sector == "GOV" || sector == "ELI") && st.kindIn(nps[k+1], KindOrg) {
			// "the leader of the FARC rebels": the phrase after "of" first
			st.resolveNP(si, toks, st.hits, st.labels, nps, k+1, 1)
		}
		if q := nps[k+1]; of && len(q.actors) == 1 && q.actors[0].kind == "nominal" && groupSectors[dyad.ActorRole(q.actors[0].code)] && (sector == "GOV" || sector == "ELI") && dyad.ActorCountry(q.actors[0].code) != "IGO" {
			// "the leader of the FARC rebels", "the head of the
			// opposition parties": a group's own post is the group's
			b := q.actors[0]
			return []actorRef{{key: "nom:" + strings.ToLower(text) + ":" + b.code, etype: dyad.Person, text: text, code: b.code, kind: "nominal", role: roleText + " of " + joinTokens(toks[q.first:q.last]), kb: b.kb}}
		}
		if q := nps[k+1]; of && len(q.actors) == 1 && q.actors[0].etype == dyad.Org && q.actors[0].kind == "name" && q.actors[0].kb == "" && len(q.actors[0].code) == 3 && sector != "ELI" && roleKind == RoleTitle {
			b := q.actors[0]
			return []actorRef{{key: "nom:" + strings.ToLower(text) + ":" + b.code, etype: dyad.Person, text: text, code: b.code, kind: "nominal", role: roleText + " of " + b.text}}
		}
		if q := nps[k+1]; of && len(q.actors) == 1 && q.actors[0].etype == dyad.Org && dyad.ActorRole(q.actors[0].code) != "" && dyad.ActorCountry(q.actors[0].code) != "IGO" {
			b := q.actors[0]
			code := b.code
			if sector == "ELI" {
				code = dyad.JoinActor(dyad.ActorCountry(code), "ELI")
			}
			return []actorRef{{key: "nom:" + strings.ToLower(text) + ":" + code, etype: dyad.Person, text: text, code: code, kind: "nominal", role: roleText + " of " + b.text, kb: b.kb}}
		}
		found := false
		for q := k + 1; q < len(nps) && (q == k+1 || nps[q].coord); q++ {
			pq := &nps[q]
			for i := range pq.actors {
				c := dyad.ActorCountry(pq.actors[i].code)
				if c == "" || dyad.ActorRole(pq.actors[i].code) != "" && pq.actors[i].kind != "nominal" {
					continue
				}
				pq.actors[i].code = dyad.JoinActor(c, sector)
				pq.actors[i].kind = "nominal"
				if q == k+1 && pq.actors[i].last == 0 {
					pq.actors[i].first, pq.actors[i].last = p.first, pq.last
				}
				found = true
			}
		}
		if found {
			nps[k+1].coord = p.coord
			return nil
		}
	}
	// "the two leaders", "both sides": the last group.
	if two && len(st.lastGroup) >= 2 {
		return st.group("nominal", sector, count)
	}
	// "their diplomats": the role of each member of the last group.
	if poss == "their" && len(st.subjectGroup) >= 2 {
		var out []actorRef
		for _, a := range st.subjectGroup {
			out = append(out, mk(dyad.ActorCountry(a.code)))
		}
		return out
	}
	// "ASEAN leaders agreed to appoint a special envoy": the envoy is the
	// appointing side's; "Israel said it had sent troops": the forces are
	// the sending side's.
	verbs := sendVerbs
	if sector == "MIL" && roleKind == RoleNoun && det == "" && poss == "" {
		verbs = forceVerbs
	}
	if envoyRoles[strings.ToLower(roleText)] || sector == "MIL" && det == "" && poss == "" {
		if as := st.sender(toks, nps, k, headIndex(toks, p.first, p.last), verbs); len(as) > 0 {
			var out []actorRef
			for _, a := range as {
				if c := dyad.ActorCountry(a.code); c == "IGO" {
					out = append(out, actorRef{key: "nom:" + strings.ToLower(text) + ":" + a.code, etype: dyad.Person, text: text, code: a.code, kind: "nominal", role: roleText, kb: a.kb})
				} else {
					out = append(out, mk(c))
				}
			}
			return out
		}
	}
	// "the leaders" after "European Union leaders", "the envoy" after "a
	// special envoy": the last phrase of the same head noun.
	if det == "the" && p.last-p.first <= 3 {
		if as := st.theRole(toks, p.first, p.last); len(as) > 0 {
			return as
		}
		if as := st.leaderGroup(toks, p.first, p.last); len(as) > 0 {
			return as
		}
	}
	// "The People's Liberation Army's command said the exercises involved
	// the army": an actor of that sector named before in the sentence.
	if det == "the" && p.last-p.first <= 2 && sector != "" && sector != "GOV" {
		if a, ok := sectorBefore(nps, k, sector); ok {
			return []actorRef{a}
		}
	}
	// "the agency", "the ministry": the last actor of that sector; a
	// plural ("the leaders") is no one person.
	plural := toks[headIndex(toks, p.first, p.last)].Tag == "NNS"
	if det == "the" && p.last-p.first <= 3 {
		for _, sec := range []string{sector, mediaSector(roleText)} {
			if a, ok := st.lastBy[sec]; ok && sec != "" && a.kind != "pronoun" && !(plural && a.etype == dyad.Person) {
				a.kind = "nominal"
				a.first, a.last = 0, 0
				return []actorRef{a}
			}
		}
	}
	// "Shanghai police", "Rakhine rebels": a place inside the phrase.
	if c := st.placeWithin(si, toks, p.first, p.last); c != "" {
		return []actorRef{mk(c)}
	}
	// "Amherst College", "Texas Medical Association", "Aboriginal Medical
	// Services Alliance Northern Territory": a place inside a body's
	// proper name, or in the capitalised words that go on with it.
	// A title ("the Mumbai Police Commissioner") is not widened: a name
	// follows it.
	if allCapitalised(toks[p.first:p.last]) {
		q := p.last
		if roleKind != RoleTitle {
			_, q = st.capitalisedRun(toks, p.last, p.last)
		}
		if c := st.r.placeInName(toks[p.first:q]); c != "" {
			return []actorRef{mk(c)}
		}
	}
	// "demonstrators in Baghdad", "officials from Ghana", "a professor at
	// the University of St. Andrews in Scotland".
	if c := st.placeTail(si, toks, p.last); c != "" {
		return []actorRef{mk(c)}
	}
	// "the Sudanese government and the rebels": rebels, insurgents and the
	// opposition set beside a government are that country's.
	if c := coordinatedGovernment(nps, k, sector); c != "" {
		return []actorRef{mk(c)}
	}
	// "The court sentenced the Russian journalist": a country known only
	// from adjectives that come later and qualify other nouns is no
	// country of the role.
	// "Doctors from two American aid groups" keep the country of their
	// own tail: a verb must stand between.
	// "Vice President" with no country: the country whose holder of that
	// office the article names ("... and Vice President Kamala Harris
	// greeted them" in a story mostly about Russia), before the country
	// named most.
	if roleKind == RoleTitle && sector != "ELI" {
		if c := st.titleCountry(strings.ToLower(roleText)); c != "" {
			return []actorRef{mk(c)}
		}
	}
	// "the pope", "the pontiff" with no church or country named: the head
	// of the Catholic Church is the Holy See's by office, not of the
	// country the story is about ("the Coptic pope" is not).
	if popeRoles[strings.ToLower(roleText)] && poss == "" && !otherChurch(toks, p.first, p.last) {
		return []actorRef{mk("VAT")}
	}
	laterAdj := st.focal != "" && st.focalAdj && (si < st.focalAt[0] || si == st.focalAt[0] && p.last <= st.focalAt[1] && verbBetween(toks, p.last, st.focalAt[1]))
	if st.focal == "" || laterAdj {
		// "Thousands of people blocked streets in Manila": with no country
		// named in the text, the country of a place of the sentence
		if c := st.sentencePlace(si); c != "" {
			return []actorRef{mk(c)}
		}
	}
	if laterAdj {
		return []actorRef{mk("---")}
	}
	// "the army, navy, air force and rocket force": bare roles listed
	// after a role of a known country share it.
	if as := listedWith(toks, nps, k, sector); len(as) > 0 && det == "" && poss == "" {
		var out []actorRef
		for _, a := range as {
			out = append(out, mk(dyad.ActorCountry(a.code)))
		}
		return out
	}
	// "an Iran-backed militia" in Baghdad, in a story about the United
	// States: the backer is not the group's country; a place of the
	// sentence is, else the focal country when it is not the backer.
	if b := st.backer(toks, p.first, p.last); b != "" {
		if c := st.sentencePlace(si); c != "" && c != b {
			return []actorRef{mk(c)}
		}
		if st.focal == b || st.focal == "" {
			return []actorRef{mk("---")}
		}
	}
	if headLemma(toks, p.first, p.last) == "reporter+" && det == "" && poss == "" {
		// "told reporters": the press present, of no country the text gives
		return []actorRef{mk("---")}
	}
	return []actorRef{mk(st.focalOr("---"))}
}

// popeRoles name the pope by office (roleActors).
var popeRoles = map[string]bool{"pope": true, "pontiff": true}

// otherChurch reports whether toks[first:last] names a church other than
// the Catholic one ("the Coptic pope", "the Orthodox patriarch").
func otherChurch(toks []dyad.Token, first, last int) bool {
	for k := first; k < last && k < len(toks); k++ {
		switch toks[k].Lemma {
		case "coptic", "orthodox", "alexandria", "alexandrian":
			return true
		}
	}
	return false
}

// facilityRoles are military sites, of the country they are in when no
// owner is named (roleActors).
var facilityRoles = map[string]bool{"air base": true, "air bases": true, "airbase": true, "airbases": true,
	"military base": true, "military bases": true, "naval base": true, "naval bases": true}

// diplomaticPost lists the role words of a state's post abroad, which a
// following "in" places in its host country.
var diplomaticPost = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true, "consulate general": true, "high commission": true}

// domesticFoes are the sectors of a country's own challengers.
var domesticFoes = map[string]bool{"REB": true, "INS": true, "OPP": true, "UAF": true}

// coordinatedGovernment returns the country of a government coordinated
// with nps[k] ("the Sudanese government and the rebels", "the rebels and
// the Angolan government") when nps[k] is of a sector of domesticFoes; "".
func coordinatedGovernment(nps []np, k int, sector string) string {
	if !domesticFoes[sector] {
		return ""
	}
	var near []np
	if nps[k].coord && k > 0 {
		near = append(near, nps[k-1])
	}
	if k+1 < len(nps) && nps[k+1].coord {
		near = append(near, nps[k+1])
	}
	for _, q := range near {
		for _, a := range q.actors {
			if c := dyad.ActorCountry(a.code); c != "" && c != "---" && c != "IGO" && dyad.ActorRole(a.code) == "GOV" {
				return c
			}
		}
	}
	return ""
}

// sentencePlace returns the country of the places sentence si names (not
// datelines) when they are all of one country; "" otherwise.
func (st *docState) sentencePlace(si int) string {
	c := ""
	for _, pm := range st.d.Places {
		if pm.Sentence != si || pm.Dateline || pm.Country == "" {
			continue
		}
		if c != "" && pm.Country != c {
			return ""
		}
		c = pm.Country
	}
	return c
}

// placeWithin returns the country of a place named inside tokens [first,
// last) of sentence si ("Shanghai police"), or "".
func (st *docState) placeWithin(si int, toks []dyad.Token, first, last int) string {
	if first >= last {
		return ""
	}
	for _, pm := range st.d.Places {
		if pm.Sentence == si && !pm.Dateline && pm.Country != "" && pm.Start >= toks[first].Start && pm.End <= toks[last-1].End {
			return pm.Country
		}
	}
	return ""
}

// tailPreps are the prepositions that keep a role phrase's tail about
// where the actor is ("of", "at", "in", "from"); others ("with", "to",
// "against") bring in other actors and end the tail.
var tailPreps = map[string]bool{"of": true, "at": true, "in": true, "from": true}

// placeTail returns the country of the first place named in the tail of
// prepositional phrases after toks[i] ("at the University of St. Andrews in
// Scotland"), or of a country named right after "in" or "from" there; "".
func (st *docState) placeTail(si int, toks []dyad.Token, i int) string {
	end := i
	for end < len(toks) && end < i+16 {
		t := toks[end]
		if tailPreps[t.Lemma] || npTag(t) || t.Tag == "POS" || t.Tag == "NNP" || t.Tag == "NNPS" {
			end++
			continue
		}
		break
	}
	if end == i || !tailPreps[toks[i].Lemma] {
		return ""
	}
	for k := i; k < end; k++ {
		if toks[k].Lemma != "in" && toks[k].Lemma != "from" && toks[k].Lemma != "at" && toks[k].Lemma != "of" {
			continue
		}
		if c := st.placeWithin(si, toks, k+1, end); c != "" {
			return c
		}
		if toks[k].Lemma == "in" || toks[k].Lemma == "from" {
			if c := st.placeAfter(si, toks, k); c != "" {
				return c
			}
		}
	}
	return ""
}

// placeAfter returns the country of a place or country named right after
// "in" or "from" at toks[i], or "".
func (st *docState) placeAfter(si int, toks []dyad.Token, i int) string {
	if i+1 >= len(toks) || toks[i].Lemma != "in" && toks[i].Lemma != "from" {
		return ""
	}
	j := i + 1
	if toks[j].Tag == "DT" && j+1 < len(toks) {
		j++
	}
	for _, pm := range st.d.Places {
		if pm.Sentence == si && pm.Start == toks[j].Start && !pm.Dateline {
			return pm.Country
		}
	}
	k := min(len(toks), j+4)
	if ms := st.r.kb.Lookup(joinTokens(toks[j:k])); len(ms) > 0 && ms[0].Entry.Kind == KindCountry {
		return ms[0].Entry.Country
	}
	for n := k - j; n >= 1; n-- {
		if ms := st.r.kb.Lookup(joinTokens(toks[j : j+n])); len(ms) > 0 && ms[0].Entry.Kind == KindCountry {
			return ms[0].Entry.Country
		}
	}
	return ""
}

// anaphors are nouns that, with "the", refer back to an actor of a sector
// named before.
var anaphors = map[string]string{"agency": "MED", "broadcaster": "MED", "daily": "MED", "outlet": "MED"}

// mediaSector is MED for the words a story uses for a news agency it named
// before ("the agency", "the news agency").
func mediaSector(role string) string {
	if strings.Contains(role, "agency") || strings.Contains(role, "newspaper") {
		return "MED"
	}
	return ""
}

// group returns the members of the last coordinated group, as mentions of
// the given kind; a sector other than GOV given to countries ("the two
// militaries") is added to their codes.
func (st *docState) group(kind, sector string, n int) []actorRef {
	g := st.lastGroup
	// Prefer the latest group of the right size whose members have the
	// sector asked for ("the two leaders": a group of GOV actors).
	for i := len(st.groups) - 1; i >= 0; i-- {
		cand := st.groups[i]
		if n > 0 && len(cand) != n {
			continue
		}
		if sector != "" && dyad.ActorRole(cand[0].code) != sector {
			continue
		}
		g = cand
		break
	}
	var out []actorRef
	for _, a := range g {
		if a.code == "" {
			continue
		}
		b := a
		b.kind = kind
		b.first, b.last = 0, 0
		if sector != "" && dyad.ActorRole(a.code) == "" {
			b.code = dyad.JoinActor(dyad.ActorCountry(a.code), sector)
		}
		out = append(out, b)
	}
	return out
}

// singularPerson reports whether a role noun names one person.
func singularPerson(t dyad.Token) bool {
	return t.Tag == "NN" || t.Tag == "NNP"
}

// pronoun resolves he/she/they to the last person or group.
func (st *docState) pronoun(lemma string) []actorRef {
	switch lemma {
	case "he", "she", "him", "her", "his":
		if st.lastPerson != nil {
			a := *st.lastPerson
			a.kind = "pronoun"
			a.first, a.last = 0, 0
			return []actorRef{a}
		}
	case "it":
		if st.lastThing != nil {
			a := *st.lastThing
			a.kind = "pronoun"
			a.first, a.last = 0, 0
			return []actorRef{a}
		}
	case "they", "them":
		var out []actorRef
		for _, a := range st.subjectGroup {
			b := a
			b.kind = "pronoun"
			b.first, b.last = 0, 0
			out = append(out, b)
		}
		return out
	}
	return nil
}

// languageVerbs take a language as their object ("spoke Spanish").
var languageVerbs = map[string]bool{"speak": true, "learn": true, "teach": true, "understand": true, "translate": true, "write": true, "sing": true}

// languageNoun reports whether the phrase toks[first:last] is a lone,
// undetermined, singular nationality word used as the name of a language:
// the object of a verb of speaking or learning ("some of whom spoke
// Spanish", "fluent in Russian" is not covered), or after "in" or "into"
// following such a verb or a word of writing ("a statement in French",
// "translated into Arabic").
func languageNoun(toks []dyad.Token, first, last int) bool {
	if last-first != 1 || first == 0 || toks[first].Tag == "NNS" || toks[first].Tag == "NNPS" || strings.HasSuffix(toks[first].Text, "s") {
		return false
	}
	prev := toks[first-1]
	if languageVerbs[prev.Lemma] {
		return true
	}
	if prev.Lemma != "in" && prev.Lemma != "into" {
		return false
	}
	// "in French" after a verb of speaking or a written or spoken thing
	for i := first - 2; i >= 0 && i >= first-4; i-- {
		switch toks[i].Lemma {
		case "statement", "message", "video", "letter", "speech", "broadcast", "interview", "post", "note", "text", "say", "write", "speak", "translate", "publish", "print", "sign", "subtitle", "tweet", "address":
			return true
		}
	}
	return false
}

// rankBeforeInstitution reports whether a capitalised rank title is the
// first word of a name instead ("General Assembly", "General Security of
// Military Information Agreement", "General Motors"): the next capitalised
// word is a noun that names an institution, a document or a company, not
// a person.
func rankBeforeInstitution(title, next string) bool {
	switch strings.ToLower(title) {
	case "general", "major", "marshal", "admiral":
	default:
		return false
	}
	return institutionWords[strings.ToLower(next)]
}

// institutionWords follow "General" or "Major" in names of bodies,
// documents, companies and events.
var institutionWords = map[string]bool{
	"assembly": true, "security": true, "secretariat": true, "council": true, "conference": true,
	"motors": true, "electric": true, "dynamics": true, "mills": true, "directorate": true,
	"administration": true, "agreement": true, "court": true, "prosecutor": true, "hospital": true,
	"insurance": true, "election": true, "elections": true, "strike": true, "post": true,
	"league": true, "synod": true, "chapter": true, "intelligence": true, "congress": true,
}

// referentialIt reports whether "it" at toks[i] refers to something: it is
// the subject of a verb other than "be" ("it will support", "it said"), not
// the dummy subject of "it is the first since ...".
func referentialIt(toks []dyad.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	switch {
	case n.Tag == "MD":
		return true
	case strings.HasPrefix(n.Tag, "VB"):
		return n.Lemma != "be" && n.Lemma != "seem" && n.Lemma != "appear"
	}
	return false
}

// surname finds a person named earlier whose name contains the word.
func (st *docState) surname(word string) (actorRef, bool) {
	w := strings.ToLower(word)
	for i := len(st.persons) - 1; i >= 0; i-- {
		for _, part := range strings.Fields(strings.ToLower(st.persons[i].text)) {
			if part == w {
				return st.persons[i], true
			}
		}
	}
	return actorRef{}, false
}

// appositives gives unknown people the role of an appositive next to them:
// "Lee Jae-myoung, deputy presidential spokesperson," and "his American
// counterpart, Sung Kim,".
func (st *docState) appositives(toks []dyad.Token, nps []np) {
	for k := 0; k+1 < len(nps); k++ {
		a, b := &nps[k], &nps[k+1]
		if a.last >= len(toks) || toks[a.last].Text != "," || b.first != a.last+1 {
			continue
		}
		if st.possessedAppositive(toks, nps, k) {
			continue
		}
		if len(a.actors) != 1 || len(b.actors) != 1 {
			continue
		}
		if c := k + 2; b.possessor && c < len(nps) && modifiersOnly(toks, b.last+1, nps[c].first) && len(nps[c].actors) == 1 && nps[c].actors[0].kind == "nominal" {
			// "Karim Benali, Tunisia's leading activist,": the role after
			// the possessor is the name's
			pa, pc := &a.actors[0], &nps[c].actors[0]
			if pa.etype == dyad.Person && pa.kind == "name" && pa.kb == "" && (nps[c].last == len(toks) || toks[nps[c].last].Text == ",") {
				pa.code, pa.role = pc.code, "appositive: "+pc.role
				nps[c].actors = nil
				continue
			}
		}
		pa, pb := &a.actors[0], &b.actors[0]
		switch {
		case pa.etype == dyad.Person && pa.kind == "name" && pa.kb == "" && pb.kind == "nominal":
			pa.code, pa.role = pb.code, "appositive: "+pb.role
			b.actors = nil
		case pb.etype == dyad.Person && pb.kind == "name" && pb.kb == "" && pa.kind == "nominal":
			pb.code, pb.role = pa.code, "appositive: "+pa.role
			a.actors = nil
			b.coord = a.coord
		}
	}
}

// addMention records a mention of actor a on tokens [first, last) of
// sentence si, creating its entity on first sight.
func (st *docState) addMention(si int, toks []dyad.Token, first, last int, a actorRef) {
	if first < 0 || last > len(toks) || first >= last {
		return
	}
	d := st.d
	idx, ok := st.entities[a.key]
	if !ok {
		idx = len(d.Entities)
		st.entities[a.key] = idx
		d.Entities = append(d.Entities, dyad.Entity{
			ID: "e" + itoa(idx+1), Text: a.text, Type: a.etype, Actor: a.code, KB: a.kb, Role: a.role,
		})
		if a.etype == dyad.Person && a.kind == "name" {
			st.persons = append(st.persons, a)
		}
	}
	e := &d.Entities[idx]
	m := dyad.Mention{Start: toks[first].Start, End: toks[last-1].End, Sentence: si, First: first, Last: last, Kind: a.kind}
	if a.code != e.Actor {
		m.Actor = a.code
	}
	e.Mentions = append(e.Mentions, m)
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// joinTokens joins token texts with single spaces, the form of KB names.
func joinTokens(toks []dyad.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func lowerJoin(toks []dyad.Token) string {
	return strings.ToLower(joinTokens(toks))
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllCaps(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

func properNoun(t dyad.Token) bool {
	return (t.Tag == "NNP" || t.Tag == "NNPS") && capitalised(t.Text)
}

// regionQualifiers turn a country's adjective or demonym after them into a
// region's ("South American", "Latin Americans", "Central American
// migrants") when the two words are not themselves a country's ("South
// Korean" is matched before its second word is reached).
var regionQualifiers = map[string]bool{"South": true, "North": true, "Central": true, "Latin": true, "Pan": true}

// formerStates are the dissolved states whose adjective after "former"
// names their successor states as a group ("former Soviet republics"),
// before one of the groupWords ("the former Soviet leader" is still one).
var formerStates = map[string]bool{"SUN": true, "YUG": true, "CSK": true, "SCG": true}

var groupWords = map[string]bool{"republics": true, "states": true, "countries": true, "nations": true, "bloc": true, "space": true}

// regionOf reports whether the country adjective or demonym at toks[i]
// names a region or a group of states rather than the country: after a
// region qualifier, or after "former" for a dissolved state, when the word
// before is no part of another mention.
func regionOf(toks []dyad.Token, i int, labels []label, code string) bool {
	if i == 0 || labels[i-1].hit != 0 {
		return false
	}
	prev := toks[i-1].Text
	if regionQualifiers[prev] {
		return true
	}
	return formerStates[code] && strings.EqualFold(prev, "former") && i+1 < len(toks) && groupWords[strings.ToLower(toks[i+1].Text)]
}
