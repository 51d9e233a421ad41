package actors

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Country epithets: "the Pacific nation", "the island nation", "the Gulf
// state", "the kingdom", "the neighbouring country" stand for a country
// named before them. The sets below say which countries an epithet fits.

// gulfStates are the members of the Gulf Cooperation Council (source: the
// GCC Charter of 1981: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, the
// United Arab Emirates), the countries wire copy calls "the Gulf state".
var gulfStates = set("BHR", "KWT", "OMN", "QAT", "SAU", "ARE")

// pacificNations are the independent and self-governing island members of
// the Pacific Islands Forum (source: the Forum's membership list; Australia
// and New Zealand left out, as "the Pacific nation" is not said of them).
var pacificNations = set("FJI", "PNG", "SLB", "VUT", "WSM", "TON", "KIR", "TUV", "NRU", "PLW", "FSM", "MHL", "COK", "NIU")

// islandNations are sovereign states whose whole territory is islands
// (source: their geography as in the CIA World Factbook; states that share
// an island with another, such as Haiti, Ireland or Timor-Leste, are left
// out), plus the Pacific ones above.
var islandNations = union(pacificNations, set(
	"JPN", "PHL", "IDN", "LKA", "MDV", "MDG", "MUS", "SYC", "CPV", "STP", "COM", "CUB", "JAM",
	"BHS", "BRB", "TTO", "ISL", "GBR", "MLT", "CYP", "NZL", "SGP", "TWN", "BHR", "ATG", "DMA",
	"GRD", "KNA", "LCA", "VCT"))

func set(codes ...string) map[string]bool {
	m := map[string]bool{}
	for _, c := range codes {
		m[c] = true
	}
	return m
}

func union(a, b map[string]bool) map[string]bool {
	m := map[string]bool{}
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

// epithetAt reads a country epithet starting at the "the" of toks[i]:
// it returns the end of the phrase, the filter the country must pass and
// whether the first country of the sentence is excluded ("the neighbouring
// country" is another than the one it neighbours). ok is false for any
// other phrase, and for one followed by "of" ("the Gulf state of Qatar"
// names its country itself).
func (r *Resolver) epithetAt(toks []dyad.Token, i int) (end int, fits func(string) bool, other, ok bool) {
	if toks[i].Lemma != "the" {
		return 0, nil, false, false
	}
	var filters []map[string]bool
	epithet, kingdom := false, false
	j := i + 1
	for ; j < len(toks) && j <= i+4; j++ {
		switch toks[j].Text {
		case "tiny", "small":
			continue
		case "Pacific":
			filters, epithet = append(filters, pacificNations), true
			continue
		case "Gulf":
			filters, epithet = append(filters, gulfStates), true
			continue
		case "island":
			filters, epithet = append(filters, islandNations), true
			continue
		case "neighbouring", "neighboring":
			epithet, other = true, true
			continue
		case "nation", "state", "country":
		case "kingdom":
			kingdom = true
		default:
			return 0, nil, false, false
		}
		break
	}
	if j >= len(toks) || !(epithet || kingdom) || j+1 < len(toks) && toks[j+1].Lemma == "of" {
		return 0, nil, false, false
	}
	fits = func(c string) bool {
		for _, f := range filters {
			if !f[c] {
				return false
			}
		}
		if kingdom {
			e, ok := r.kb.Country(c)
			if !ok {
				return false
			}
			for _, n := range e.Names {
				if strings.Contains(n, "Kingdom") {
					return true
				}
			}
			return false
		}
		return true
	}
	return j + 1, fits, other, true
}

// epithets gives each country epithet the one country named before it
// that fits: the countries of the sentence before the phrase, else of the
// article before it. With none or more than one that fits, the phrase is
// left as it was. A mention the phrase already had is replaced.
func (r *Resolver) epithets(d *dyad.Doc) {
	type seen struct {
		country string
		si, at  int
	}
	var named []seen
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			code := e.MentionActor(m)
			if len(code) < 3 {
				continue
			}
			if _, ok := r.kb.Country(code[:3]); ok && m.Kind != "pronoun" {
				named = append(named, seen{code[:3], m.Sentence, m.First})
			}
		}
	}
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		for i := range toks {
			end, fits, other, ok := r.epithetAt(toks, i)
			if !ok {
				continue
			}
			first := ""
			firstAt := len(toks)
			for _, n := range named {
				if n.si == si && n.at < firstAt {
					first, firstAt = n.country, n.at
				}
			}
			pick := func(same bool) map[string]bool {
				got := map[string]bool{}
				for _, n := range named {
					before := n.si == si && n.at < i
					if !same {
						before = n.si < si
					}
					if before && fits(n.country) && !(other && n.country == first) {
						got[n.country] = true
					}
				}
				return got
			}
			got := pick(true)
			if len(got) == 0 && !other {
				got = pick(false)
			}
			if len(got) != 1 {
				continue
			}
			for c := range got {
				r.setEpithet(d, si, i, end, c)
			}
		}
	}
}

// setEpithet makes tokens [first, last) of sentence si a nominal mention
// of country c, dropping any mention that overlaps them.
func (r *Resolver) setEpithet(d *dyad.Doc, si, first, last int, c string) {
	toks := d.Sentences[si].Tokens
	var kept []dyad.Entity
	for _, e := range d.Entities {
		var ms []dyad.Mention
		for _, m := range e.Mentions {
			if m.Sentence == si && m.First < last && m.Last > first {
				continue
			}
			ms = append(ms, m)
		}
		if len(ms) > 0 {
			e.Mentions = ms
			kept = append(kept, e)
		}
	}
	d.Entities = kept
	m := dyad.Mention{Start: toks[first].Start, End: toks[last-1].End, Sentence: si, First: first, Last: last, Actor: c, Kind: "nominal"}
	for k := range d.Entities {
		if d.Entities[k].Actor == c {
			d.Entities[k].Mentions = append(d.Entities[k].Mentions, m)
			return
		}
	}
	id := "e" + itoa(len(d.Entities)+1)
	for taken := true; taken; {
		taken = false
		for _, e := range d.Entities {
			if e.ID == id {
				id += "x"
				taken = true
			}
		}
	}
	text := d.Text()[m.Start:m.End]
	d.Entities = append(d.Entities, dyad.Entity{ID: id, Text: text, Type: dyad.GPE, Actor: c, KB: c, Role: "epithet: " + text, Mentions: []dyad.Mention{m}})
}
