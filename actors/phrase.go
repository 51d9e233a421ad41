package actors

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Options change how the resolver treats one document.
type Options struct {
	// Country is the ISO alpha-3 code of the country to assume for actors
	// whose country the text does not give ("the PRD" with the context
	// "Mexican"), when the text itself names no country. "" leaves it to
	// the text.
	Country string
}

// ProcessWith is Process with options.
func (r *Resolver) ProcessWith(d *dyad.Doc, opt Options) error {
	return r.process(d, opt)
}

// FocalCountry returns the country a resolved document is mostly about: the
// country of the actors its entities name most often (the first on a tie),
// "" when none. It is how a short context ("Mexican", "Somalia") gives the
// country of a text resolved with ProcessWith.
func FocalCountry(d *dyad.Doc) string {
	count := map[string]int{}
	best := ""
	for _, e := range d.Entities {
		c := dyad.ActorCountry(e.Actor)
		if c == "" || c == "---" || c == "IGO" {
			continue
		}
		count[c] += len(e.Mentions)
		if best == "" || count[c] > count[best] {
			best = c
		}
	}
	return best
}

// Resolution is the main actor of a short text: a name or a role phrase as
// gazetteers and tests give them ("Armenian Prime Minister", "the PRD").
type Resolution struct {
	// Entity is the entity of the main actor, nil when the text names none.
	Entity *dyad.Entity
	// Code is its actor code (the main mention's own code when it has one).
	Code string
	// Country is the ISO alpha-3 country of Code; for international
	// organisations it is "UNO" for the United Nations system, "EUR" for the
	// institutions of the European Union and "IGO" for the others, the
	// Bretton Woods institutions included (the convention of NGEC and
	// PLOVER; see CodeParts); "" when unknown.
	Country string
	// Sector is the first role of Code that is a sector ("GOV", "MIL",
	// "HLH" of "IGOUNOHLHWHO"), "" when none.
	Sector string
	// KB is the id of the knowledge-base entry, "" for actors found from the
	// text alone; Wikidata and Wikipedia are the entry's links, if any.
	KB, Wikidata, Wikipedia string
}

// MainActor returns the main actor of a resolved document: the actor of the
// first mention that is not a possessor ("Chile's" of "Chile's Defense
// Ministry") or a modifier ("a key U.S. ally"), the longest on a tie; when
// every mention is one of those, the first mention. The document should be a short
// text; for articles, use the entities themselves.
func (r *Resolver) MainActor(d *dyad.Doc) Resolution {
	type cand struct {
		e     int
		m     dyad.Mention
		minor bool
	}
	var best *cand
	better := func(c cand) bool {
		if best == nil {
			return true
		}
		if c.minor != best.minor {
			return !c.minor
		}
		if c.m.Start != best.m.Start {
			return c.m.Start < best.m.Start
		}
		return c.m.End > best.m.End
	}
	for i, e := range d.Entities {
		for _, m := range e.Mentions {
			c := e.MentionActor(m)
			if c == "" {
				continue
			}
			minor := m.Kind == "modifier" || possessive(d, m)
			cd := cand{e: i, m: m, minor: minor}
			if better(cd) {
				cc := cd
				best = &cc
			}
		}
	}
	if best == nil {
		return Resolution{}
	}
	e := &d.Entities[best.e]
	code := e.MentionActor(best.m)
	res := Resolution{Entity: e, Code: code, KB: e.KB}
	res.Country, res.Sector = CodeParts(code)
	if en, ok := r.kb.Entry(e.KB); ok {
		res.Wikidata, res.Wikipedia = en.Wikidata, en.Wikipedia
	}
	return res
}

// possessive reports whether the mention is followed by a possessive "'s".
func possessive(d *dyad.Doc, m dyad.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return false
	}
	toks := d.Sentences[m.Sentence].Tokens
	return m.Last < len(toks) && toks[m.Last].Tag == "POS"
}

// CodeParts splits an actor code into its country, as Resolution.Country
// defines it, and its first sector: "KORGOV" -> "KOR", "GOV";
// "IGOUNOHLHWHO" -> "UNO", "HLH"; "IGOEUREEC" -> "EUR", ""; "IGOCST" ->
// "IGO", ""; "---REB" -> "", "REB". The country "UNO" is the UN's
// organs, funds, programmes and specialised agencies (the ICJ, the WHO);
// the Bretton Woods institutions, governed by their own shareholders'
// boards, are "IGO" like any other IGO whatever their code says: the IMF
// (IGOBUSIMF) and the World Bank (CAMEO's IGOUNODEVWBK) alike, as NGEC
// scores them.
func CodeParts(code string) (country, sector string) {
	c := dyad.ActorCountry(code)
	rest := ""
	if len(code) > 3 {
		rest = code[3:]
	}
	switch {
	case c == "---":
		c = ""
	case c == "IGO" && strings.HasPrefix(rest, "UNO") && !brettonWoods(rest):
		c, rest = "UNO", rest[3:]
	case c == "IGO" && strings.HasPrefix(rest, "EUREEC"):
		c, rest = "EUR", rest[6:]
	}
	for i := 0; i+3 <= len(rest); i += 3 {
		if g := rest[i : i+3]; sectors[g] && g != "-" && g != "IGO" {
			return c, g
		}
	}
	return c, ""
}

// brettonWoods reports whether the groups of an IGO code after "IGO" name
// a body of the World Bank Group (the last group "WBK").
func brettonWoods(groups string) bool {
	return strings.HasSuffix(groups, "WBK")
}
