package coder

import (
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
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
// 35 villagers", "militiamen killed dozens of civilians", "rebels beheaded
// at least 30 farmers"). Fewer victims
// ("killed 12 villagers in a raid"), victims counted as "people", and
// killings the subject names by their means (coded as the means) stay
// as they were.
func (c *Coder) massacre(toks []dyad.Token, args []arg, m match, evs []dyad.Event) {
	if m.p.Noun || len(evs) == 0 || !strings.HasPrefix(toks[m.first].Tag, "VB") || toks[m.first].Tag == "VBG" {
		return
	}
	switch toks[m.first].Lemma {
	case "kill", "massacre", "slaughter", "slay", "behead", "murder", "butcher":
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

// victimNouns name non-combatants.
var victimNouns = map[string]bool{
	"civilian": true, "villager": true, "people": true, "resident": true, "worshipper": true,
	"student": true, "child": true, "farmer": true, "refugee": true, "woman": true,
	"civilians": true, "villagers": true, "residents": true, "worshippers": true, "students": true,
	"children": true, "farmers": true, "refugees": true, "women": true,
}

// massKillingAt matches the content of an accusation that is a mass
// killing of civilians ("accused the militia of killing at least 40
// civilians in a raid on a village"): CAMEO 202 (mass killings) by the
// accused on the victims, when at least ten victims (or "dozens",
// "hundreds") are counted. The match runs on over an "in a ... raid/
// attack" phrase after the victims (and an aside between commas), which
// is the same act and no event of its own. accused is the target of the
// accusation just coded; without it nothing matches.
func massKillingAt(toks []dyad.Token, i int, args []arg, accused []arg) (match, bool) {
	if len(accused) == 0 || toks[i].Tag != "VBG" || toks[i].Lemma != "kill" && toks[i].Lemma != "massacre" {
		return match{}, false
	}
	victims, ok := manyVictims(toks, args, i+1, true, 10)
	if !ok {
		return match{}, false
	}
	v := victims[len(victims)-1]
	last := v.last
	// ", among them women and children, in a night-time raid on ..."
	k := last
	if k < len(toks) && toks[k].Text == "," {
		for k++; k < len(toks) && k < last+10 && toks[k].Text != ","; k++ {
		}
		k++
	}
	if k < len(toks) && toks[k].Lemma == "in" {
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if attackNouns[toks[j].Lemma] || attackNouns[strings.ToLower(toks[j].Text)] {
				last = j + 1
				break
			}
		}
	}
	p := &codebook.Pattern{Code: "202", Words: []string{toks[i].Lemma}, Origin: "coder: a mass killing of civilians in an accusation"}
	return match{p: p, first: i, last: last, sources: accused, targets: victims}, true
}
