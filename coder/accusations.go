package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Accusations and the demands made with them. Test sentences in
// round6_test.go.

// demandAfterAccusation reports whether the demand (10x) at toks[i] is
// coordinated with an accusation coded just before it and names no party
// of its own ("accused X of detaining 14 fishermen and demanded their
// immediate release"): the demand is then the accuser's, of the accused.
func demandAfterAccusation(toks []dyad.Token, args []arg, m match, i int, accused []arg) bool {
	if len(accused) == 0 || m.p.Noun || rootOf(m.p.Code) != "10" || m.sources != nil || m.targets != nil {
		return false
	}
	if !strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "VBG" {
		return false
	}
	k := i - 1
	if k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || toks[k].Lemma != "and" {
		return false
	}
	// no party after it up to the next comma ("demanded that Benin close
	// its border" names its own)
	return noPartyAfter(toks, args, m.last)
}

// noPartyAfter reports whether no actor (other than a possessor) stands
// in toks[from:] before the next comma or semicolon.
func noPartyAfter(toks []dyad.Token, args []arg, from int) bool {
	for k := from; k < len(toks) && toks[k].Text != "," && toks[k].Text != ";"; k++ {
		for _, a := range args {
			if a.first <= k && k < a.last && !a.possessor {
				return false
			}
		}
	}
	return true
}

// accusingParticiple reports whether the verb pattern m is an accusation
// in a participle after a comma (", accusing the station of glorifying
// terrorism"): the act of the main clause's subject, not the content of a
// that-clause or relative clause before it ("threatened to revoke the
// licence of a channel that broadcast ..., accusing the station of ...").
func accusingParticiple(toks []dyad.Token, m match, i int) bool {
	return !m.p.Noun && rootOf(m.p.Code) == "11" && toks[i].Tag == "VBG" && i > 0 && toks[i-1].Text == ","
}

// sanctioningRoots are the roots of the acts whose source also makes the
// accusation of a participle after them (accusingParticiple): demands,
// rejections, threats, sanctions and coercion.
var sanctioningRoots = map[string]bool{"10": true, "12": true, "13": true, "16": true, "17": true}

// violationNouns are the nouns of an act called a breach of a rule.
var violationNouns = map[string]bool{"violation": true, "breach": true, "infringement": true}

// violationCalledOrigin names the rule of violationCalledAt in
// explanations.
const violationCalledOrigin = "coder: X's act was a violation of ..., the speaker said"

// violationCalledAt matches another party's act called a breach of a rule
// by a speaker: "Turkey's decision to build the wall was a flagrant
// violation of international law", said or relayed ("the agency quoted X as
// saying that ...") as X's words, and "X called Y's decision a violation
// of ...". It is X's denunciation (111) of Y, the possessor of the act noun
// before the copula (or after "called"). Without a speaker actor, a
// possessor, or with both of one country, it matches nothing. The trigger
// is the violation noun.
func violationCalledAt(d *dyad.Doc, si, i int, args []arg) (match, bool) {
	toks := d.Sentences[si].Tokens
	if !violationNouns[toks[i].Lemma] || !strings.HasPrefix(toks[i].Tag, "NN") || i+1 >= len(toks) || toks[i+1].Lemma != "of" {
		return match{}, false
	}
	k := i - 1
	for k > 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "RB" || toks[k].Tag == "``") {
		k--
	}
	called := false
	switch toks[k].Lemma {
	case "be", "constitute":
	default:
		called = true // "called Y's decision a violation of"
	}
	// the possessor of the act: the last possessor argument of the
	// clause before k, followed by its noun
	var owner *arg
	for n := range args {
		a := &args[n]
		if a.last > k {
			break
		}
		if a.possessor && a.last+1 < len(toks) && strings.HasPrefix(toks[a.last+1].Tag, "NN") {
			owner = a
		}
	}
	if owner == nil {
		return match{}, false
	}
	for j := owner.last; j < k; j++ {
		if boundary(toks, j) {
			return match{}, false
		}
	}
	var sources []arg
	if called {
		// the act noun must run up to the violation phrase
		n := owner.last + 1
		for n < len(toks) && strings.HasPrefix(toks[n].Tag, "NN") {
			n++
		}
		if n != k+1 || owner.first < 1 || toks[owner.first-1].Lemma != "call" {
			return match{}, false
		}
		if before := argsBefore(args, owner.first-1); len(before) > 0 {
			sources = nearestGroup(toks, before)
		}
	} else if q := quoteAt(d, toks[i].Start); q != nil && q.SpeakerActor != "" {
		ent := q.SpeakerEntity
		if ent == "" {
			ent = "speaker:" + q.SpeakerActor
		}
		sources = []arg{{first: -1, last: -1, code: q.SpeakerActor, entity: ent, kind: "speaker"}}
	} else if j := owner.first - 1; j > 0 {
		// "X said (that) Y's move was ...", read as no quote
		if toks[j].Lemma == "that" {
			j--
		}
		if j > 0 && toks[j].Lemma == "say" && strings.HasPrefix(toks[j].Tag, "VB") {
			if before := argsBefore(args, j); len(before) > 0 && before[len(before)-1].last == j {
				sources = nearestGroup(toks, before)
			}
		}
	}
	if len(sources) == 0 {
		return match{}, false
	}
	target := *owner
	target.possessor = false
	for _, s := range sources {
		if c := dyad.ActorCountry(s.code); c == "" || c == dyad.ActorCountry(target.code) {
			return match{}, false
		}
	}
	p := &codebook.Pattern{Code: "111", Words: []string{toks[i].Lemma, "of"}, Origin: violationCalledOrigin}
	return match{p: p, first: i, last: i + 2, sources: sources, targets: []arg{target}}, true
}

// accusedOf reports whether toks[i] is "accused" with its "of" phrase a
// few words on ("and accused Guatemalan border officials of mistreating
// them"): a verb, however the tagger read it, as no adjective "accused"
// takes a party and then "of".
func accusedOf(toks []dyad.Token, i int) bool {
	if toks[i].Lemma != "accuse" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		switch t := toks[k]; {
		case t.Lemma == "of":
			return k > i+1
		case strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS":
		default:
			return false
		}
	}
	return false
}

// warnerOf returns the subject of "X warned Y that ..." when the
// participle toks[i] ends the sentence's that-clause ("X warned Ivory
// Coast that his army would strike ..., accusing Abidjan of ..."): the
// participle is the warner's, not the that-clause subject's. It returns
// nil when no such warning opens the sentence.
func warnerOf(toks []dyad.Token, args []arg, i int) []arg {
	w := -1
	for k := i - 1; k >= 0; k-- {
		if t := toks[k].Text; t == ";" || t == "." {
			break
		}
		if toks[k].Lemma == "warn" && (toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP") {
			w = k
		}
	}
	if w < 0 {
		return nil
	}
	var subj []arg
	for _, a := range args {
		if a.last > w {
			break
		}
		if a.possessor || a.kind == "modifier" || inPP(toks, args, a, 0) {
			continue
		}
		subj = append(subj, a)
	}
	if len(subj) == 0 {
		return nil
	}
	return nearestGroup(toks, subj)
}
