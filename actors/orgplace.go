package actors

import (
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/places"
)

// placeGazetteer is the places stage's gazetteer, loaded once on first use
// (it is shared with the places stage and text/ner, which load the same
// data); nil when it cannot be loaded.
var placeGazetteer = sync.OnceValue(func() *places.Resolver {
	r, err := places.New()
	if err != nil {
		return nil
	}
	return r
})

// genericNameWords are capitalised words of organisations' names that the
// gazetteer also knows as small towns ("National", "Union", "Liberty"): alone
// they name no place inside a name. Inside a longer place name they may
// ("Northern Territory", "New South Wales").
var genericNameWords = map[string]bool{
	"national": true, "federal": true, "royal": true, "general": true, "central": true,
	"international": true, "united": true, "democratic": true, "popular": true, "people's": true,
	"independent": true, "free": true, "new": true, "great": true, "grand": true, "first": true,
	"supreme": true, "high": true, "higher": true, "upper": true, "lower": true, "north": true,
	"south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "union": true, "liberty": true, "hope": true, "unity": true, "victory": true,
	"progress": true, "justice": true, "freedom": true, "peace": true, "labor": true, "labour": true,
	"state": true, "city": true, "metropolitan": true, "county": true, "public": true, "private": true,
	"medical": true, "health": true, "services": true, "service": true, "community": true,
	"christian": true, "islamic": true, "catholic": true, "baptist": true, "methodist": true,
	"american": true, "european": true, "african": true, "asian": true, "arab": true, "global": true,
	"world": true, "science": true, "sciences": true, "technology": true, "arts": true, "art": true,
	"trust": true, "fund": true, "bank": true, "capital": true, "holdings": true, "group": true,
	"media": true, "press": true, "radio": true, "television": true, "star": true, "sun": true,
	"mission": true, "heritage": true, "victoria": true, "georgetown": true, "columbia": true,
	"washington": true, "lincoln": true, "jackson": true, "franklin": true, "clinton": true,
	"wellington": true, "hamilton": true, "brown": true, "howard": true, "marshall": true,
	"madison": true, "monroe": true, "jefferson": true, "kingston": true, "salem": true,
	"aboriginal": true, "indigenous": true, "native": true, "tribal": true, "women": true,
	"bay": true, "chamber": true, "commerce": true, "concord": true, "crystal": true, "eden": true,
	"globe": true, "golden": true, "green": true, "highland": true, "highlands": true, "imperial": true,
	"maritime": true, "midland": true, "midlands": true, "paradise": true, "pearl": true,
	"providence": true, "reserve": true, "rugby": true, "summit": true, "trinity": true,
	"valley": true, "atlantic": true, "pacific": true, "economy": true, "homeland": true,
	"independence": true, "king": true, "republic": true, "march": true, "date": true, "tank": true,
	"vice": true, "reading": true, "spa": true, "brig": true, "gulf": true, "islands": true,
	"interior": true, "defense": true, "defence": true, "foreign": true, "finance": true,
	"energy": true, "education": true, "trade": true, "home": true, "border": true, "coast": true,
	"presidential": true, "republican": true, "revolutionary": true, "constitutional": true,
}

// placeInName returns the country of a place named inside an
// organisation's name, toks ("Aboriginal Medical Services Alliance Northern
// Territory" AUS, "Lagos State University" NGA, "Toronto Metropolitan
// University" CAN), "" when none. A place is a run of one to three
// capitalised tokens that the places gazetteer knows (first-level
// divisions and towns), none of them a role or organisation word
// ("Alliance", also a town in Ohio); a single word must be a proper noun
// and none of genericNameWords. The longest run wins, the first on a tie.
// Names of people who gave their name to a body ("Washington", "Victoria",
// "Georgetown" University) are too ambiguous and are left to the
// knowledge base.
func (r *Resolver) placeInName(toks []dyad.Token) string {
	g := placeGazetteer()
	if g == nil {
		return ""
	}
	ok := func(t dyad.Token) bool {
		w := strings.ToLower(t.Text)
		if !capitalised(t.Text) || isAllCaps(t.Text) && len(t.Text) <= 4 {
			return false
		}
		if orgWords[w] || companyWords[w] || orgHeadSectors[w] != "" || nonNames[w] {
			return false
		}
		if _, role := r.kb.Role(w); role {
			return false
		}
		return true
	}
	for n := min(3, len(toks)); n >= 1; n-- {
		for a := 0; a+n <= len(toks); a++ {
			run := toks[a : a+n]
			good := true
			for _, t := range run {
				if !ok(t) {
					good = false
					break
				}
			}
			if !good {
				continue
			}
			if n == 1 && (run[0].Tag != "NNP" && run[0].Tag != "NNPS" || genericNameWords[strings.ToLower(run[0].Text)]) {
				continue
			}
			if p, found := g.Lookup(joinTokens(run)); found && p.Country != "" {
				return p.Country
			}
		}
	}
	return ""
}

// personAt reports whether the name of a person of the knowledge base (a
// full name or a surname) starts at toks[i], which then ends a body's
// name instead of going on with it.
func (st *docState) personAt(toks []dyad.Token, i int) bool {
	for n := 1; n <= 3 && i+n <= len(toks); n++ {
		for _, m := range st.r.kb.Lookup(joinTokens(toks[i : i+n])) {
			if m.Entry.Kind == KindPerson {
				return true
			}
		}
	}
	return false
}

// capitalisedRun widens toks[first:last] by up to four capitalised words of
// a noun phrase on each side ("Texas" of "Texas Medical Association",
// "Northern Territory" after "... Services Alliance"), stopping at a person
// of the knowledge base, and returns the new bounds.
func (st *docState) capitalisedRun(toks []dyad.Token, first, last int) (int, int) {
	s := first
	for s > 0 && first-s < 4 && capitalised(toks[s-1].Text) && npTag(toks[s-1]) {
		s--
	}
	e := last
	for e < len(toks) && e-last < 4 && capitalised(toks[e].Text) && npTag(toks[e]) && !st.personAt(toks, e) {
		e++
	}
	return s, e
}
