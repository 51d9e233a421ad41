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

// receiverNouns are the people of an institution a person may be handed
// to: "to officers of the Federal Police" is to the police.
var receiverNouns = map[string]bool{
	"officer": true, "officers": true, "agent": true, "agents": true, "official": true,
	"officials": true, "representative": true, "representatives": true, "authorities": true,
}

// handedTo returns m with its target set to the party a person is
// extradited or handed over to, named in a to-phrase after the person and
// whatever describes them. A refusal to extradite answers the party that
// asked: "refused to extradite a businessman wanted on fraud charges to
// the United States" is toward the United States, not the businessman (an
// extradition done keeps the person as its target, as the gold files
// have it: "extradited a militant to Britain"). A hand-over (0841) to another country's police or
// judiciary is judicial cooperation (063) with them, not a release:
// "handed over two men wanted in Australia to officers of the Australian
// Federal Police" (the police, through "officers of"); hostages handed to
// the Red Cross stay a release toward their own side. A match of another
// verb, or with no such to-phrase before the clause ends, is returned as
// it was.
func handedTo(toks []dyad.Token, args []arg, m match) match {
	if m.p.Noun || m.targets != nil {
		return m
	}
	handOver := false
	switch w := strings.Join(m.p.Words, " "); {
	case w == "hand over" || w == "turn over":
		handOver = true
	case strings.HasSuffix(w, "extradite"):
	default:
		return m
	}
	to := -1
	for k := m.last + 1; k < len(toks) && k <= m.last+16; k++ {
		t := toks[k]
		if boundary(toks, k) || t.Text == "," || t.Tag == "MD" {
			break
		}
		if t.Tag == "VBD" && !strings.HasPrefix(toks[k-1].Tag, "NN") {
			// a past verb of its own; after the person's noun it is a
			// participle ("a businessman wanted on fraud charges")
			break
		}
		if (t.Tag == "VBZ" || t.Tag == "VBP") && !strings.HasPrefix(toks[k-1].Tag, "NN") && !strings.HasPrefix(toks[k-1].Tag, "JJ") {
			// a verb of its own, not a noun the tagger read as one
			// ("wanted on fraud charges to ...")
			break
		}
		if t.Lemma == "to" && k+1 < len(toks) && !strings.HasPrefix(toks[k+1].Tag, "VB") {
			to = k
			break
		}
	}
	if to < 0 {
		return m
	}
	from := to + 1
	if from < len(toks) && toks[from].Tag == "DT" {
		from++
	}
	if from+1 < len(toks) && receiverNouns[strings.ToLower(toks[from].Text)] && toks[from+1].Lemma == "of" {
		from += 2
	}
	var group []arg
	for _, a := range args {
		if a.first > to && a.first <= from+1 && (a.first >= from || a.last > from) {
			group = firstGroup(toks, args, a.first, clauseEnd(toks, a.first))
			break
		}
	}
	if len(group) == 0 {
		return m
	}
	if !handOver {
		if rootOf(m.p.Code) == "12" {
			m.targets = group
		}
		return m
	}
	if rootOf(m.p.Code) != "08" {
		return m
	}
	src := ""
	if before := argsBefore(args, m.first); len(before) > 0 {
		src = dyad.ActorCountry(before[len(before)-1].code)
	}
	if r := dyad.ActorRole(group[0].code); (r == "COP" || r == "JUD") && src != "" && dyad.ActorCountry(group[0].code) != src {
		m.targets = group
		m.p = withCode(m.p, "063")
	}
	return m
}

// nounInPhrase reports whether toks[i], tagged as a present-tense verb,
// ends the noun phrase of an "on" or "over" phrase ("wanted on drug
// trafficking charges", "jailed over fraud charges"): one or more nouns
// or adjectives stand between the preposition and it, so it is a noun.
func nounInPhrase(toks []dyad.Token, i int) bool {
	if t := toks[i].Tag; t != "VBZ" && t != "VBP" {
		return false
	}
	k := i - 1
	for k >= 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ" || toks[k].Tag == "HYPH") {
		k--
	}
	if k == i-1 || k < 0 {
		return false
	}
	return toks[k].Lemma == "on" || toks[k].Lemma == "over"
}
