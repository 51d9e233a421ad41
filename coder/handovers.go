package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Releases and hand-overs of things, which are no release (084x). Test
// sentences in realnews_test.go.

// personNouns are common nouns for people that may be released or handed
// over without the actor stage naming them as a party.
var personNouns = map[string]bool{
	"prisoner": true, "hostage": true, "detainee": true, "captive": true, "inmate": true,
	"person": true, "people": true, "man": true, "woman": true, "child": true, "boy": true,
	"girl": true, "national": true, "citizen": true, "soldier": true, "sailor": true,
	"fisherman": true, "crew": true, "crewman": true, "member": true, "worker": true,
	"journalist": true, "activist": true, "dissident": true, "suspect": true, "convict": true,
	"student": true, "passenger": true, "tourist": true, "migrant": true, "refugee": true,
	"civilian": true, "officer": true, "official": true, "diplomat": true, "pilot": true,
	"body": true, "remains": true, "survivor": true, "victim": true, "captor": true,
	"abductee": true, "pow": true, "leader": true, "opponent": true,
	"critic": true, "protester": true, "demonstrator": true, "fighter": true, "militant": true,
	"rebel": true, "lawmaker": true, "politician": true, "priest": true, "nun": true,
	"missionary": true,
}

// thingReleased reports whether the generic release or hand-over at m
// ("V release", "V hand over", 0841) has a thing, not people, as its
// object: "released photographs of the leader", "handed over the
// instrument of accession to the secretary of state", "released new
// figures". The object is the noun phrase right after the verb (after
// determiners, adjectives, numbers and possessives); people are an actor
// mention there, a pronoun, a proper name or a noun of personNouns.
func thingReleased(toks []dyad.Token, args []arg, m match) bool {
	if m.p.Noun || len(m.p.Code) < 3 || m.p.Code[:3] != "084" {
		return false
	}
	switch strings.Join(m.p.Words, " ") {
	case "release", "hand over", "free":
	default:
		return false
	}
	for k := m.last; k < len(toks) && k < m.last+6; k++ {
		if covers(args, k) {
			return false
		}
		switch tg := toks[k].Tag; {
		case tg == "DT" || tg == "JJ" || tg == "JJR" || tg == "JJS" || tg == "CD" || tg == "PRP$" || tg == "POS" || tg == "HYPH" || tg == "VBN" && k > m.last:
			continue
		case tg == "NN" || tg == "NNS":
			if k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "NN") && !covers(args, k+1) {
				continue // a noun modifying the head ("aid workers")
			}
			l := toks[k].Lemma
			return !personNouns[l] && !personNouns[strings.TrimSuffix(l, "s")]
		default:
			return false // a pronoun, a name, a preposition: not read here
		}
	}
	return false
}
