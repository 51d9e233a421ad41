package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Investigations: what is investigated gives the subcode. Test sentences
// in investigations_test.go.

// investigatedKinds map the words of what an investigation looks into to
// CAMEO's subcodes: crime and corruption (091), human rights abuses (092).
var investigatedKinds = map[string]string{
	"corruption": "091", "fraud": "091", "laundering": "091", "smuggling": "091", "bribery": "091",
	"bribe": "091", "embezzlement": "091", "misuse": "091", "misused": "091", "crime": "091",
	"trafficking": "091", "evasion": "091", "illegal": "091", "illegally": "091", "licence": "091",
	"license": "091", "theft": "091", "kickback": "091", "kickbacks": "091", "graft": "091",
	"procurement": "091", "tender": "091",
	"abuse": "092", "abuses": "092", "execution": "092", "executions": "092", "executed": "092",
	"killing": "092", "killings": "092", "massacre": "092", "torture": "092", "atrocity": "092",
	"atrocities": "092", "disappearance": "092", "disappearances": "092", "rape": "092",
	"extrajudicial": "092", "rights": "092",
}

// rightsBodies follow "human rights" in the name of a body.
var rightsBodies = map[string]bool{
	"office": true, "council": true, "commission": true, "group": true, "watch": true, "body": true,
	"chief": true, "envoy": true, "commissioner": true, "organisation": true, "organization": true,
	"activist": true, "lawyer": true, "agency": true, "ministry": true, "minister": true,
}

// investigationSubcode rewrites an investigation coded as unspecified
// (090) by what its clause says is investigated ("opened an inquiry into
// alleged abuses by soldiers against civilians" 092, "is investigating a
// trust company over suspected money laundering" 091): the first word of
// investigatedKinds within the 25 tokens after the trigger, before the
// sentence ends. "war crimes" stay with the codebook (094).
func (c *Coder) investigationSubcode(toks []dyad.Token, m match, evs []dyad.Event) {
	if len(evs) == 0 || m.p.Code != "090" {
		return
	}
	code := ""
	for k := m.last; k < len(toks) && k < m.last+25 && code == ""; k++ {
		t := toks[k]
		if t.Text == "." || t.Text == ";" {
			break
		}
		w := strings.ToLower(t.Text)
		if w == "war" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Lemma, "crime") {
			return
		}
		if w == "rights" && (k == 0 || toks[k-1].Lemma != "human" || k+1 < len(toks) && rightsBodies[toks[k+1].Lemma]) {
			continue // "the UN human rights office said": a body, not abuses
		}
		code = investigatedKinds[w]
		if code == "" {
			code = investigatedKinds[t.Lemma]
		}
	}
	if code == "" && anticorruptionBefore(toks, m.first) {
		// "Panama's anti-corruption prosecutors said they had opened an
		// investigation into a former minister": a corruption inquiry
		code = "091"
	}
	if code == "" {
		return
	}
	c.recode(evs, "090", code, "what is investigated")
}

// recode gives the events of evs coded from the code to, noting why in
// their pattern, and fills in what follows from the code.
func (c *Coder) recode(evs []dyad.Event, from, to, why string) {
	for i := range evs {
		if evs[i].CAMEO != from {
			continue
		}
		evs[i].CAMEO = to
		evs[i].Pattern += " (" + why + ")"
		c.fill(&evs[i])
	}
}

// anticorruptionBefore reports whether an anti-corruption body or office
// ("anti-corruption prosecutors", "the anti-graft agency") is named in the
// sentence before toks[i], as the investigator.
func anticorruptionBefore(toks []dyad.Token, i int) bool {
	for k := 0; k < i && k < len(toks); k++ {
		w := strings.ToLower(toks[k].Text)
		if w == "anti-corruption" || w == "anticorruption" || w == "anti-graft" {
			return true
		}
		if w == "anti" && k+2 < i && toks[k+1].Text == "-" && (strings.EqualFold(toks[k+2].Text, "corruption") || strings.EqualFold(toks[k+2].Text, "graft")) {
			return true
		}
	}
	return false
}
