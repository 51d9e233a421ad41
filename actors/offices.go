package actors

import (
	"slices"
	"strings"
	"time"
)

// Office kinds: the small vocabulary of offices `dyad kb who` answers for.
// A term's kinds come from its office title (OfficeKinds) unless the term
// gives them itself (a fifth CODE:OFFICE:START:END:KINDS field, kinds joined
// by '+': "HOS+HOG").
const (
	HeadOfGovernment = "HOG" // prime minister, premier, chancellor
	HeadOfState      = "HOS" // president, monarch, supreme leader
	ForeignMinister  = "FM"  // foreign minister, secretary of state (US)
	DefenceMinister  = "DM"  // defence minister, secretary of defense (US)
)

// officeKinds lists the kinds.
var officeKinds = []string{HeadOfGovernment, HeadOfState, ForeignMinister, DefenceMinister}

// OfficeKinds returns the kinds of an office title ("Prime Minister of
// Japan" -> HOG, "President of Russia" -> HOS, "Minister for Foreign
// Affairs of Japan" -> FM, "United States Secretary of Defense" -> DM),
// nil for other offices. Vice-presidents, deputies, shadow offices, a
// president's press secretary, the president of an entity inside a
// state (Republika Srpska), presiding officers of parliaments and chiefs
// of defence are none.
func OfficeKinds(office string) []string {
	o := " " + strings.ToLower(office) + " "
	// Presiding officers of parliaments ("President of the Bundestag") and
	// chiefs of defence ("Chief of the Defence Staff") are none either.
	for _, w := range []string{"vice", "deputy", "shadow", "acting", "first lady", "chief cabinet", "exchequer", "state for", "press secretary", "secretary of the president", "republika srpska",
		"speaker", "bundestag", "national assembly", "chamber of deputies", "state duma", "federation council", "people's congress", "chief of", "chiefs of", "inspector general", "commander of"} {
		if strings.Contains(o, w) && !strings.Contains(o, "secretary of state for defence") && !strings.Contains(o, "secretary of state for foreign") {
			return nil
		}
	}
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(o, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("foreign minister", "foreign affairs", "external affairs", "foreign secretary", "united states secretary of state", "secretary of state of the united states", "foreign and commonwealth", "international relations and cooperation"):
		return []string{ForeignMinister}
	case has("defence", "defense", "armed forces minister", "minister for the armed forces", "minister of the armed forces"):
		return []string{DefenceMinister}
	case has("prime minister", "premier ", "chancellor of germany", "chancellor of austria", "federal chancellor", "taoiseach", "president of the government", "chairman of the council of ministers"):
		return []string{HeadOfGovernment}
	case has(" president ", " president of ", "king ", "queen ", "emir ", "sultan", "supreme leader", "monarch", "emperor", "grand duke", "head of state", "chairman of the presidency", "president of the presidential council"):
		return []string{HeadOfState}
	}
	return nil
}

// Kinds returns the office kinds of the term.
func (t Term) Kinds() []string {
	if len(t.kinds) > 0 {
		return t.kinds
	}
	return OfficeKinds(t.Office)
}

// Holder is a person in office.
type Holder struct {
	Entry *Entry
	Term  Term
	// Kind is the office kind the holder was found for; it differs from the
	// one asked when a head of state stands for a head of government.
	Kind string
}

// InForce reports whether the term covers the calendar day of date.
func (t Term) InForce(date time.Time) bool {
	y, m, d := date.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return !t.Start.After(day) && (t.End.IsZero() || !t.End.Before(day))
}

// Holders returns the people who held an office of kind (HOG, HOS, FM, DM;
// "" for any) with actor code code ("JPNGOV") on date (zero: now), ordered
// by start of term. When kind is HOG and nobody holds a head-of-government
// office for the code, the heads of state are returned with Kind HOS
// (presidential systems, where the president heads the government).
func (kb *KB) Holders(code, kind string, date time.Time) []Holder {
	if date.IsZero() {
		date = time.Now()
	}
	find := func(kind string) []Holder {
		var out []Holder
		for _, e := range kb.entries {
			for _, t := range e.Terms {
				if t.Code != code || !t.InForce(date) {
					continue
				}
				if kind != "" && !slices.Contains(t.Kinds(), kind) {
					continue
				}
				out = append(out, Holder{Entry: e, Term: t, Kind: kind})
			}
		}
		slices.SortStableFunc(out, func(a, b Holder) int { return a.Term.Start.Compare(b.Term.Start) })
		return out
	}
	out := find(kind)
	if len(out) == 0 && kind == HeadOfGovernment {
		out = find(HeadOfState)
	}
	return out
}

// ValidOfficeKind reports whether k is one of HOG, HOS, FM, DM.
func ValidOfficeKind(k string) bool { return slices.Contains(officeKinds, k) }
