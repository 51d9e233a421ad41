package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Kidnappings: the appeal to the captors. Test sentences in
// kidnappings_test.go.

// captorNouns name the takers of hostages.
var captorNouns = map[string]bool{
	"captor": true, "kidnapper": true, "abductor": true, "hostage-taker": true,
	"captors": true, "kidnappers": true, "abductors": true, "hostage-takers": true,
}

// toCaptors reports whether the appeal or demand m is addressed to the
// captors, named right after the trigger ("urging his captors to free
// him", "called on the kidnappers to release"), whether or not the actor
// stage made them an actor of their own (criminals of the victims'
// country).
func toCaptors(toks []dyad.Token, m match) bool {
	if r := rootOf(m.p.Code); r != "02" && r != "10" || m.p.Noun {
		return false
	}
	// the captors may stand inside the pattern ("urged the kidnappers
	// to release", "call on")
	for k := m.first + 1; k < len(toks) && k <= m.first+4; k++ {
		if toks[k].Lemma == "on" || toks[k].Lemma == "upon" {
			continue
		}
		if captorNouns[toks[k].Lemma] || captorNouns[strings.ToLower(toks[k].Text)] {
			return true
		}
		switch toks[k].Tag {
		case "PRP$", "DT", "JJ":
		default:
			return false
		}
	}
	return false
}

// tradeSectors map the nouns of a trade or role that name a victim with
// no party of their own ("the owner of a hardware chain") to the sector
// of the people who hold it.
var tradeSectors = map[string]string{
	"owner": "BUS", "businessman": "BUS", "businesswoman": "BUS", "entrepreneur": "BUS",
	"trader": "BUS", "merchant": "BUS", "shopkeeper": "BUS", "executive": "BUS",
	"industrialist": "BUS", "banker": "BUS", "tycoon": "BUS", "investor": "BUS",
	"doctor": "HLH", "nurse": "HLH", "surgeon": "HLH",
	"teacher": "EDU", "professor": "EDU",
	"farmer": "AGR", "herder": "AGR",
	"priest": "REL", "pastor": "REL", "imam": "REL", "nun": "REL", "missionary": "REL",
	"journalist": "MED", "reporter": "MED",
}

// tradeVictim returns the sector of the subject of the passive assault
// at toks[i] ("The owner of a supermarket chain was kidnapped by
// gunmen") when its head is a noun of tradeSectors that no actor covers:
// the noun phrase before the be-verb before the participle, its head the
// last common noun before "of", "in", "from" or the verb. Otherwise "".
func tradeVictim(toks []dyad.Token, args []arg, start, i int) string {
	be := -1
	for k := i - 1; k >= start && k >= i-3; k-- {
		if l := toks[k].Lemma; l == "be" || l == "get" {
			be = k
			break
		}
	}
	if be <= start {
		return ""
	}
	// the subject's noun phrase, back from the be-verb (a dateline or
	// anything before it is not part of it)
	first := be
	for k := be - 1; k >= start; k-- {
		t := toks[k]
		if covers(args, k) {
			return ""
		}
		if t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "CD" && t.Tag != "HYPH" && t.Tag != "POS" && t.Tag != "PRP$" && !strings.HasPrefix(t.Tag, "NN") && t.Lemma != "of" && t.Lemma != "in" && t.Lemma != "from" {
			break
		}
		first = k
	}
	head := -1
	for k := first; k < be; k++ {
		t := toks[k]
		if t.Lemma == "of" || t.Lemma == "in" || t.Lemma == "from" {
			break
		}
		if strings.HasPrefix(t.Tag, "NN") && t.Tag != "NNP" && t.Tag != "NNPS" {
			head = k
		}
	}
	if head < 0 {
		return ""
	}
	w := strings.ToLower(toks[head].Text)
	if s, ok := tradeSectors[w]; ok {
		return s
	}
	return tradeSectors[toks[head].Lemma]
}

// releaseOfCaptives reports whether the appeal or demand m (02, 10) asks
// for "their/his/her (immediate) release" or freedom with no addressee
// inside its pattern ("..., calling for their immediate release"): after
// an abduction it is an appeal for the captives' release to no one named
// (the captors only when named: "urged the kidnappers to free them").
func releaseOfCaptives(toks []dyad.Token, m match) bool {
	if r := rootOf(m.p.Code); r != "02" && r != "10" || m.p.Noun {
		return false
	}
	pron := false
	for k := m.first + 1; k < m.last && k < len(toks); k++ {
		switch {
		case toks[k].Tag == "PRP$":
			pron = true
		case toks[k].Lemma == "release" || toks[k].Lemma == "freedom":
			return pron
		}
	}
	return false
}

// staffNouns name the people who work for an organisation.
var staffNouns = map[string]bool{
	"staff": true, "staffer": true, "worker": true, "employee": true, "member": true,
	"personnel": true, "volunteer": true, "official": true,
}

// staffOfOrg recodes the target of an attack or abduction (18x-20x) named
// as the staff of an organisation ("abducted five South Sudanese staff of
// the International Committee of the Red Cross"): the victims are the
// organisation's (an NGO or IGO code), not their nationality's country.
func staffOfOrg(toks []dyad.Token, args []arg, m match, evs []dyad.Event) {
	if r := rootOf(m.p.Code); r != "18" && r != "19" && r != "20" {
		return
	}
	for n := range evs {
		ev := &evs[n]
		for _, a := range args {
			if a.entity != ev.TargetEntity || a.first < m.last || a.last >= len(toks) || a.last <= a.first {
				continue
			}
			if !staffNouns[toks[a.last-1].Lemma] || toks[a.last].Lemma != "of" {
				continue
			}
			for _, o := range args {
				if o.first > a.last && o.first <= a.last+2 && (strings.HasPrefix(o.code, "NGO") || strings.HasPrefix(o.code, "IGO")) {
					ev.Target, ev.TargetEntity = o.code, o.entity
					break
				}
			}
			break
		}
	}
}
