package coder

import (
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// Mass killings of civilians (CAMEO 202). Test sentences in
// round7_test.go (in an accusation) and massacres_test.go.

// manyVictims returns the victims named from toks[from] on (within four
// tokens) when they are non-combatants (victimNouns; "people" only when
// people is set) counted as "dozens", "scores", "hundreds" or a number of
// at least least, and of two digits or more ("at least 35 villagers",
// "dozens of worshippers").
func manyVictims(toks []dyad.Token, args []arg, from int, people bool, least int) ([]arg, bool) {
	victims := firstGroup(toks, args, from, clauseEnd(toks, from))
	if len(victims) == 0 || victims[0].first > from+3 {
		return nil, false
	}
	head := toks[victims[0].last-1]
	if !victimNouns[head.Lemma] && !victimNouns[strings.ToLower(head.Text)] {
		return nil, false
	}
	if !people && (head.Lemma == "people" || strings.EqualFold(head.Text, "people")) {
		return nil, false
	}
	for k := from; k < victims[0].last; k++ {
		switch w := strings.ToLower(toks[k].Text); {
		case w == "dozens" || w == "hundreds" || w == "scores":
			return victims, true
		case toks[k].Tag == "CD" && digits(w) && len(w) >= 2:
			if n, err := strconv.Atoi(w); err == nil && n >= least {
				return victims, true
			}
		}
	}
	return nil, false
}

// massacre rewrites the killings (1823) a verb of killing codes as a mass
// killing (202, CAMEO "Engage in mass killings") when its object is at
// least twenty non-combatants, dozens or hundreds ("gunmen killed at least
// 35 villagers", "militiamen killed dozens of civilians"). Fewer victims
// ("killed 12 villagers in a raid"), victims counted as "people", and
// killings the subject names by their means (coded as the means) stay
// as they were.
func (c *Coder) massacre(toks []dyad.Token, args []arg, m match, evs []dyad.Event) {
	if m.p.Noun || len(evs) == 0 || !strings.HasPrefix(toks[m.first].Tag, "VB") || toks[m.first].Tag == "VBG" {
		return
	}
	switch toks[m.first].Lemma {
	case "kill", "massacre", "slaughter", "slay":
	default:
		return
	}
	if _, ok := manyVictims(toks, args, m.first+1, false, 20); !ok {
		return
	}
	for i := range evs {
		if evs[i].CAMEO != "1823" || evs[i].Negated {
			continue
		}
		evs[i].CAMEO = "202"
		evs[i].Pattern += " (a mass killing of civilians)"
		c.fill(&evs[i])
	}
}
