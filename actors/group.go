package actors

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// This file holds the rules for role phrases that name a group or point
// back to one: possessors across adverbs ("Iran's most powerful
// commander"), regional groups ("West African leaders"), groups listed by
// "including", envoys sent by an actor, and "the leaders", "the envoy".

// possessedBy reports whether nps[k] is owned by the possessor phrase
// right before it ("Japan's foreign minister"), with only adverbs and
// participles between ("Iran's most powerful military commander",
// "China's increasingly assertive navy", "Yemen's internationally
// recognised government").
func possessedBy(toks []dyad.Token, nps []np, k int) bool {
	if k == 0 || !nps[k-1].possessor {
		return false
	}
	// nps[k-1].last is the "'s" token
	for i := nps[k-1].last + 1; i < nps[k].first; i++ {
		if t := toks[i].Tag; t != "RB" && t != "RBS" && t != "RBR" && t != "VBN" && t != "VBG" {
			return false
		}
	}
	return nps[k-1].last < nps[k].first
}

// regionCores are the adjectives of world regions that are no country
// ("European", "Arab", "Western"), lower-case; regionWords may stand
// before them ("West African", "Southeast Asian", "Latin American",
// "Middle Eastern"). "American" is a region only after a qualifier (the
// gazetteer reads it alone as the United States').
var (
	regionCores = map[string]bool{
		"european": true, "african": true, "asian": true, "arab": true, "western": true,
		"nordic": true, "scandinavian": true, "baltic": true, "balkan": true, "gulf": true,
		"caribbean": true, "pacific": true, "mediterranean": true, "sahel": true, "sahelian": true,
		"andean": true, "eurasian": true, "transatlantic": true, "arctic": true,
	}
	regionWords = map[string]bool{
		"west": true, "east": true, "north": true, "south": true, "southeast": true, "northeast": true,
		"southwest": true, "northwest": true, "southeastern": true, "southern": true, "northern": true,
		"eastern": true, "central": true, "latin": true, "middle": true, "sub-saharan": true,
	}
)

// region returns the regional adjective of the role phrase toks[first:last]
// ("West African" in "West African leaders", "European" in "Several
// European leaders"), from the capitalised words before its last word that
// are part of no name; "" when there is none. Such a phrase names a group
// of several countries, none of them the one the article names most.
func (st *docState) region(toks []dyad.Token, first, last int) string {
	for i := first; i < last-1; i++ {
		if i < len(st.labels) && st.labels[i].hit != 0 {
			continue
		}
		w := strings.ToLower(toks[i].Text)
		core := regionCores[w]
		if !core && (w == "american" || w == "eastern") && i > 0 && regionWords[strings.ToLower(toks[i-1].Text)] {
			core = true // "Latin American", "Middle Eastern"
		}
		if !core || !capitalised(toks[i].Text) {
			continue
		}
		j := i
		for j > 0 && regionWords[strings.ToLower(toks[j-1].Text)] && capitalised(toks[j-1].Text) {
			j--
		}
		return joinTokens(toks[j : i+1])
	}
	return ""
}

// regionBody returns the one international body the article names whose
// name carries the regional adjective as whole words ("West African" in
// "Economic Community of West African States", "Southeast Asian" in
// "Association of Southeast Asian Nations"): the leaders of a region in an
// article about that region's body are most likely its members. nil when
// the article names no such body or bodies of several codes.
func (st *docState) regionBody(region string) *Entry {
	var found *Entry
	for _, e := range st.igos {
		hasIt := false
		for _, n := range e.Names {
			if containsWords(n, region) {
				hasIt = true
				break
			}
		}
		if !hasIt {
			continue
		}
		if found != nil && found.Code != e.Code {
			return nil
		}
		found = e
	}
	return found
}

// containsWords reports whether s contains the words of w, as whole words.
func containsWords(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || s[j-1] == ' ' || s[j-1] == '-') && (end == len(s) || s[end] == ' ' || s[end] == '-' || s[end] == ',') {
			return true
		}
		i = j + 1
	}
}

// including returns the actors listed after the plural role phrase nps[k]
// by "including" or "such as" ("Several European leaders, including French
// President Emmanuel Macron and German Chancellor Olaf Scholz"): the group
// stands for its named members. A country named there takes the role's
// sector. nil when no named actor is listed.
func including(toks []dyad.Token, nps []np, k int, sector string) []actorRef {
	p := nps[k]
	i := p.last
	if i < len(toks) && toks[i].Text == "," {
		i++
	}
	switch {
	case i < len(toks) && strings.ToLower(toks[i].Text) == "including":
		i++
	case i+1 < len(toks) && toks[i].Lemma == "such" && toks[i+1].Lemma == "as":
		i += 2
	default:
		return nil
	}
	q0 := k + 1
	for q0 < len(nps) && nps[q0].first < i {
		q0++ // "such" may make a phrase of its own
	}
	var out []actorRef
	for q := q0; q < len(nps); q++ {
		pq := nps[q]
		if q == q0 && pq.first != i || q > q0 && !pq.coord {
			break
		}
		if pq.possessor || len(pq.actors) == 0 {
			return nil
		}
		for _, a := range pq.actors {
			if a.kind != "name" || dyad.ActorCountry(a.code) == "" || dyad.ActorCountry(a.code) == "---" {
				return nil
			}
			b := a
			b.kind = "nominal"
			b.first, b.last = 0, 0
			if a.etype == dyad.GPE && dyad.ActorRole(a.code) == "" && sector != "" {
				b.code = dyad.JoinActor(a.code, sector)
			}
			out = append(out, b)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// envoyRoles are the role nouns of people or bodies an actor sends or
// appoints to act for it.
var envoyRoles = map[string]bool{
	"envoy": true, "emissary": true, "representative": true, "mediator": true, "negotiator": true,
	"delegation": true, "delegate": true, "special representative": true, "special envoy": true,
	"peace envoy": true, "special rapporteur": true,
}

// sendVerbs and sendNouns appoint, send or lead an envoy or a delegation
// ("Cuba's foreign minister led a delegation"); forceVerbs send or
// commit forces ("Israel said it had sent troops", "Ghana contributed
// forces").
var (
	sendVerbs  = map[string]bool{"appoint": true, "name": true, "send": true, "dispatch": true, "nominate": true, "designate": true, "lead": true, "head": true}
	forceVerbs = map[string]bool{"send": true, "dispatch": true, "deploy": true, "contribute": true, "commit": true, "station": true, "mobilise": true, "mobilize": true, "withdraw": true, "pull": true, "redeploy": true}
	sendNouns  = map[string]bool{"appointment": true, "nomination": true, "dispatch": true}
)

// sender returns the actors that appoint or send the envoy nps[k], whose
// phrase ends at toks[h]: the subject of "appoint", "name", "send" or
// "dispatch" (or of the verb governing "the appointment of"), found
// through the parse, across "agreed to", "decided to" and coordinated
// verbs; without a parse, surfaceSender. nil when there is no subject with
// an actor.
func (st *docState) sender(toks []dyad.Token, nps []np, k, h int, verbs map[string]bool) []actorRef {
	v := toks[h].Head
	if v < 0 || v >= len(toks) {
		return surfaceSender(toks, nps, k, verbs)
	}
	switch {
	case toks[h].Rel == "obj" && verbs[toks[v].Lemma] && activeVerb(toks, v):
	case toks[h].Rel == "nmod" && sendNouns[toks[v].Lemma] && h > 0 && v < h:
		v = toks[v].Head
		if v < 0 || v >= len(toks) || !strings.HasPrefix(toks[v].Tag, "VB") {
			return nil
		}
	default:
		return nil
	}
	for range 4 {
		for i, t := range toks {
			if t.Head != v || t.Rel != "nsubj" || i > v {
				continue
			}
			for q, p := range nps {
				if p.first <= i && i < p.last {
					return subjectActors(nps, q)
				}
			}
			return nil
		}
		switch {
		case toks[v].Rel == "xcomp" || toks[v].Rel == "conj" || toks[v].Rel == "advcl" && v > 0 && toks[v-1].Lemma == "to":
			// "agreed to appoint" (the tagger may read the infinitive
			// as an adverbial clause), "met and named"
			v = toks[v].Head
			if v < 0 || v >= len(toks) {
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

// headLemma returns the lemma of the head word of the phrase
// toks[first:last], before a possessive "'s", with "+" after a plural
// ("leader+"): "the leaders" points back to leaders, not to one leader.
func headLemma(toks []dyad.Token, first, last int) string {
	if last <= first {
		return ""
	}
	h := toks[headIndex(toks, first, last)]
	if h.Tag == "NNS" || h.Tag == "NNPS" {
		return h.Lemma + "+"
	}
	return h.Lemma
}

// roleMemo is the last nominal phrase of a head noun: its words and
// actors.
type roleMemo struct {
	words  []string // lower-case lemmas of the phrase
	actors []actorRef
}

// rememberRole records the actors of the nominal phrase toks[first:last]
// under its head noun, for a later "the <noun>" (theRole).
func (st *docState) rememberRole(toks []dyad.Token, first, last int, as []actorRef) {
	head := headLemma(toks, first, last)
	if head == "" || len(as) == 0 || toks[first].Tag == "PRP$" {
		// "its soldiers" belong to the thing just named, not to the
		// soldiers the article is about
		return
	}
	var out []actorRef
	for _, a := range as {
		if a.kind != "nominal" || a.code == "" || dyad.ActorCountry(a.code) == "---" {
			return
		}
		b := a
		b.first, b.last = 0, 0
		out = append(out, b)
	}
	m := roleMemo{actors: out}
	for _, t := range toks[first:last] {
		m.words = append(m.words, t.Lemma)
	}
	st.lastRole[head] = m
}

// theRole returns the actors of the last nominal phrase with the same head
// noun as the definite phrase toks[first:last] ("the leaders" after
// "European Union leaders", "the envoy" after "a special envoy"), when
// every other word of the definite phrase was in that one too ("the
// constitutional president" is not "the interim president"); nil when
// there is none.
func (st *docState) theRole(toks []dyad.Token, first, last int) []actorRef {
	m, ok := st.lastRole[headLemma(toks, first, last)]
	if !ok {
		return nil
	}
	for _, t := range toks[first+1 : headIndex(toks, first, last)] {
		if !slices.Contains(m.words, t.Lemma) {
			return nil
		}
	}
	out := make([]actorRef, len(m.actors))
	for i, a := range m.actors {
		a.kind = "nominal"
		a.first, a.last = 0, 0
		out[i] = a
	}
	return out
}

// leaderGroup returns the last group of two or more people or countries
// named together ("U.S. President Donald Trump and North Korean leader Kim
// Jong Un", "Somalia and Kenya") for a bare definite plural of leaders
// ("the leaders"): those people, or the countries' governments. nil when
// the last group is not all people and countries.
func (st *docState) leaderGroup(toks []dyad.Token, first, last int) []actorRef {
	if last-first != 2 || !leaderNouns[headLemma(toks, first, last)] || len(st.lastGroup) < 2 {
		return nil
	}
	var out []actorRef
	for _, a := range st.lastGroup {
		c := dyad.ActorCountry(a.code)
		if c == "" || c == "---" || a.etype != dyad.Person && a.etype != dyad.GPE {
			return nil
		}
		b := a
		b.kind = "nominal"
		b.first, b.last = 0, 0
		if a.etype == dyad.GPE && dyad.ActorRole(a.code) == "" {
			b.code = dyad.JoinActor(c, "GOV") // "Somalia and Kenya ... the leaders"
		}
		out = append(out, b)
	}
	return out
}

// leaderNouns are the plural heads (headLemma) of a group of leaders.
var leaderNouns = map[string]bool{"leader+": true, "president+": true, "head+": true, "premier+": true}

// headIndex returns the index of the head word of the phrase
// toks[first:last], before a possessive "'s".
func headIndex(toks []dyad.Token, first, last int) int {
	if last-1 > first && toks[last-1].Tag == "POS" {
		return last - 2
	}
	return last - 1
}

// officialSectors are the sectors of a body's own officials and forces,
// which "of" an international body makes the body's.
var officialSectors = map[string]bool{"GOV": true, "MIL": true, "ELI": true, "LEG": true, "JUD": true}

// bodyIn returns the one international body named in the phrase p ("the
// Group of Seven countries", "the ASEAN chair", "the European Union member
// states"), when p names no country; nil otherwise.
func (st *docState) bodyIn(p np) *Entry {
	var found *Entry
	for i := p.first; i < p.last; i++ {
		if i >= len(st.labels) || st.labels[i].hit == 0 {
			continue
		}
		h := st.hits[st.labels[i].hit-1]
		if h.entry == nil {
			continue
		}
		switch {
		case h.entry.Kind == KindIGO && (found == nil || found.Code == h.entry.Code):
			found = h.entry
		default:
			return nil
		}
	}
	return found
}

// surfaceSender is sender without a parse: the envoy nps[k] must be the
// object right after a verb of sending in the active voice ("appointed a
// special envoy", "to send a mediator"), and the sender is the nearest
// phrase with an actor before that verb that a verb or modal follows
// ("Qatar agreed on Sunday to send", "the UN said it would send").
func surfaceSender(toks []dyad.Token, nps []np, k int, verbs map[string]bool) []actorRef {
	v := nps[k].first - 1
	if v < 1 || !verbs[toks[v].Lemma] || !activeVerb(toks, v) {
		return nil
	}
	for q := k - 1; q >= 0; q-- {
		p := nps[q]
		if p.last > v || len(p.actors) == 0 || p.possessor || p.last >= len(toks) {
			continue
		}
		if n := toks[p.last]; !strings.HasPrefix(n.Tag, "VB") && n.Tag != "MD" {
			return nil
		}
		for q > 0 && nps[q].coord {
			q-- // "Nigeria and Ghana contributed forces"
		}
		return subjectActors(nps, q)
	}
	return nil
}

// subjectActors returns the actors of the subject phrase nps[q] and of the
// phrases coordinated after it ("Nigeria and Ghana"), those with a
// country.
func subjectActors(nps []np, q int) []actorRef {
	var out []actorRef
	for r := q; r < len(nps) && (r == q || nps[r].coord); r++ {
		if nps[r].possessor {
			break
		}
		for _, a := range nps[r].actors {
			if c := dyad.ActorCountry(a.code); c != "" && c != "---" {
				out = append(out, a)
			}
		}
	}
	return out
}

// noCountryWords, as modifiers of a role ("foreign troops", "world
// leaders", "international observers"), say that the group is of no one
// country, and not of the country the article is about.
var noCountryWords = map[string]bool{"foreign": true, "world": true, "international": true, "global": true, "overseas": true}

// noCountry reports whether a word of toks[first:last] before its last is
// one of noCountryWords outside any role phrase ("foreign minister" is a
// role of its own).
func (st *docState) noCountry(toks []dyad.Token, first, last int) bool {
	for i := first; i < last-1; i++ {
		if !noCountryWords[strings.ToLower(toks[i].Text)] || i < len(st.labels) && st.labels[i].role != nil {
			continue
		}
		inRole := false
		for j := first; j < i; j++ {
			if st.labels[j].role != nil && st.labels[j].roleEnd > i {
				inRole = true
			}
		}
		if !inRole {
			return true
		}
	}
	return false
}

// whoseOwner returns the actor of the nearest phrase with one before the
// "whose" that opens nps[k] ("an Islamist group whose leader"): an
// organisation's post is the organisation's, a country's takes the role's
// sector. nil when nps[k] does not follow "whose" or no such actor is
// found.
func whoseOwner(toks []dyad.Token, nps []np, k int) (actorRef, bool) {
	w := nps[k].first - 1
	if w < 0 || toks[w].Lemma != "whose" {
		return actorRef{}, false
	}
	for q := k - 1; q >= 0; q-- {
		if nps[q].last > w || len(nps[q].actors) == 0 {
			continue
		}
		a := nps[q].actors[len(nps[q].actors)-1]
		if a.etype == dyad.Person || a.kind == "pronoun" {
			return actorRef{}, false
		}
		return a, true
	}
	return actorRef{}, false
}

// activeVerb reports whether toks[v] is a verb in the active voice: not a
// participle after a form of "be" or "get" ("troops were deployed"); "had
// sent", "contributed" are active.
func activeVerb(toks []dyad.Token, v int) bool {
	if !strings.HasPrefix(toks[v].Tag, "VB") {
		return false
	}
	if toks[v].Tag != "VBN" {
		return true
	}
	for i := v - 1; i >= 0 && i >= v-4; i-- {
		switch t := toks[i]; {
		case t.Lemma == "be" || t.Lemma == "get":
			return false
		case t.Tag == "RB" || t.Tag == "MD" || t.Lemma == "have" || t.Lemma == "not":
		default:
			return true
		}
	}
	return true
}

// coordinatedBefore returns the members of the coordinated group nearest
// before nps[k] in its sentence ("Saudi Arabia and Iran", "President Joe
// Biden and Russian President Vladimir Putin"), countries and people with
// a country; nil when the nearest phrase with an actor is no such group.
func coordinatedBefore(nps []np, k int) []actorRef {
	q := k - 1
	for q >= 0 && len(nps[q].actors) == 0 {
		q--
	}
	if q < 0 {
		return nil
	}
	last := q
	for q > 0 && nps[q].coord {
		q--
	}
	if q == last {
		return nil
	}
	var out []actorRef
	for r := q; r <= last; r++ {
		if nps[r].possessor {
			return nil
		}
		for _, a := range nps[r].actors {
			c := dyad.ActorCountry(a.code)
			if c == "" || c == "---" || c == "IGO" || a.etype != dyad.GPE && a.etype != dyad.Person {
				return nil
			}
			out = append(out, a)
		}
	}
	return out
}

// shipPrefixes are the ship prefixes of navies whose ships English news
// names with them, and the navy's country ("USS Porter"). Source: the
// navies' own usage (United States Navy USS, Royal Navy HMS, Royal
// Australian Navy HMAS, Royal Canadian Navy HMCS, Royal New Zealand Navy
// HMNZS). "HMS" is also Sweden's; English news means the Royal Navy's far
// more often. India's and Israel's "INS" are left out (two navies).
var shipPrefixes = map[string]string{"USS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL"}

// groupSectors are the sectors of groups whose own posts ("the leader of
// the FARC rebels") are coded as the group.
var groupSectors = map[string]bool{"REB": true, "INS": true, "OPP": true, "PTY": true, "UAF": true, "SEP": true, "NGO": true, "LAB": true, "MED": true, "BUS": true}

// sectorBefore returns the nearest actor before nps[k] in its sentence
// whose code has the given sector ("the army" after "The People's
// Liberation Army's command"), as a nominal mention; a pronoun or a
// person is none.
func sectorBefore(nps []np, k int, sector string) (actorRef, bool) {
	for q := k - 1; q >= 0; q-- {
		for _, a := range nps[q].actors {
			if a.kind == "pronoun" || a.etype == dyad.Person || dyad.ActorRole(a.code) != sector {
				continue
			}
			if c := dyad.ActorCountry(a.code); c == "" || c == "---" {
				continue
			}
			a.kind = "nominal"
			a.first, a.last = 0, 0
			return a, true
		}
	}
	return actorRef{}, false
}

// listedWith returns the actors of the role phrase nps[k] is listed with
// ("navy" in "the army, navy, air force"): the phrase right before it,
// with only a comma, "and" or "or" between, when that one is nominal with
// the same sector. nil otherwise.
func listedWith(toks []dyad.Token, nps []np, k int, sector string) []actorRef {
	if k == 0 {
		return nil
	}
	for _, t := range toks[nps[k-1].last:nps[k].first] {
		if t.Text != "," && t.Lemma != "and" && t.Lemma != "or" {
			return nil
		}
	}
	if nps[k-1].last == nps[k].first {
		return nil
	}
	for q := k - 1; q >= 0; q-- {
		p := nps[q]
		if len(p.actors) == 0 {
			return nil
		}
		for _, a := range p.actors {
			if a.kind != "nominal" || dyad.ActorRole(a.code) != sector {
				return nil
			}
		}
		return p.actors
	}
	return nil
}

// kindIn reports whether the phrase p contains the name of a KB entry of
// the kind: an organisation that is no international body ("the FARC
// rebels"), a country's name or adjective ("the New Zealand Police", "the
// Tanzanian Foreign Ministry").
func (st *docState) kindIn(p np, kind Kind) bool {
	for i := p.first; i < p.last && i < len(st.labels); i++ {
		if l := st.labels[i].hit; l != 0 {
			if e := st.hits[l-1].entry; e != nil && e.Kind == kind {
				return true
			}
		}
	}
	return false
}

// backedWords end a compound that names a group's foreign patron
// ("Iran-backed", "Russian-backed", "U.S.-supported").
var backedWords = []string{"-backed", "-sponsored", "-supported", "-funded", "-trained", "-armed", "-allied", "-aligned"}

// backer returns the country of the patron compound right before or
// inside the role phrase toks[first:last] ("an Iran-backed militia": IRN);
// "" when there is none.
func (st *docState) backer(toks []dyad.Token, first, last int) string {
	for i := max(first-1, 0); i < last-1; i++ {
		w := toks[i].Text
		for _, suf := range backedWords {
			if !strings.HasSuffix(strings.ToLower(w), suf) || len(w) == len(suf) {
				continue
			}
			for _, m := range st.r.kb.Lookup(w[:len(w)-len(suf)]) {
				if m.Entry.Kind == KindCountry {
					return m.Entry.Country
				}
			}
		}
	}
	return ""
}
