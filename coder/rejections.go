package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Rejections and denials that answer another event of the sentence. Test
// sentences in rejections_test.go.

// chargeNouns name an accusation a denial may take as its object.
var chargeNouns = map[string]bool{
	"charge": true, "accusation": true, "allegation": true, "claim": true, "claims": true,
	"charges": true, "accusations": true, "allegations": true,
}

// deniedCharge matches a denial or rejection whose object is "the
// charge(s)/accusation(s)/allegation(s)/claim(s)" and that names no party
// of its own, after an accusation coded in the same sentence ("X accused
// Y of ...; Y's foreign ministry rejected the charge hours later", "...,
// but Y denied the allegations"): a denial (016) toward the accuser. It
// returns the pattern to code with, or nil.
func deniedCharge(toks []dyad.Token, args []arg, m match) *codebook.Pattern {
	if m.p.Noun || m.targets != nil || m.sources != nil {
		return nil
	}
	switch toks[m.first].Lemma {
	case "deny", "reject", "dismiss", "refute", "rebuff":
	default:
		return nil
	}
	k := m.first + 1
	if k >= len(toks) {
		return nil
	}
	switch toks[k].Lemma {
	case "the", "these", "those", "such", "that", "this":
	default:
		return nil
	}
	n := -1
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if chargeNouns[toks[j].Lemma] && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") {
			n = j
			break
		}
		if toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
			return nil
		}
	}
	if n < 0 {
		return nil
	}
	// a party of the charge's own ("the charges against X", "the
	// accusation by Y") is left to the patterns
	if n+1 < len(toks) && (toks[n+1].Lemma == "by" || toks[n+1].Lemma == "against" || toks[n+1].Lemma == "from") {
		return nil
	}
	if covers(args, n) {
		return nil
	}
	return withCode(m.p, "016")
}

// appealNouns are the nouns of an appeal a rejection may name ("rejected
// a United States call for the release of ...", "turned down Kenya's
// request for extradition").
var appealNouns = map[string]bool{"call": true, "appeal": true, "request": true, "plea": true}

// rejectedAppeals returns, for the events of a rejection of another
// party's appeal ("rejecting a United States call for the release of
// jailed protesters", "rejected Kenya's request for help"), the appeal
// itself: the caller's appeal (02x, the code of the verb pattern the noun
// and its phrase make, "call for release" 0253, "a request for help" as
// "request help" 023; else 020) to the
// rejecting party. The caller must be named before the noun, as its
// possessor or modifier, or in a from phrase right after it ("turned
// down a request from Chile to ..."), and be the rejection's target.
func (c *Coder) rejectedAppeals(toks []dyad.Token, args []arg, m match, evs []dyad.Event) []dyad.Event {
	if rootOf(m.p.Code) != "12" || m.p.Noun || len(evs) == 0 {
		return nil
	}
	n := -1
	for k := m.first + 1; k < len(toks) && k <= m.first+6; k++ {
		if appealNouns[toks[k].Lemma] && strings.HasPrefix(toks[k].Tag, "NN") {
			n = k
			break
		}
		if boundary(toks, k) {
			return nil
		}
	}
	if n < 0 {
		return nil
	}
	caller := map[string]bool{}
	for _, a := range args {
		if a.first > m.first && a.first < n && a.entity != "" {
			caller[a.entity] = true
		}
	}
	after := n + 1 // where the noun's complement starts
	if n+2 < len(toks) && toks[n+1].Lemma == "from" {
		// "turned down a request from the UN rights office to inspect
		// ...": the caller named in the noun's from phrase
		for _, a := range firstGroup(toks, args, n+2, clauseEnd(toks, n+2)) {
			if a.first <= n+4 && a.entity != "" {
				caller[a.entity] = true
				after = max(after, a.last)
			}
		}
	}
	inArg := make([]bool, len(toks))
	for _, a := range args {
		for k := a.first; k < a.last && k < len(toks); k++ {
			inArg[k] = true
		}
	}
	code := "020"
	for _, p := range c.cb.Patterns(toks[n].Lemma) {
		if p.Noun || rootOf(p.Code) != "02" || p.Actor {
			continue
		}
		from := after
		if from < len(toks) && toks[from].Lemma == "for" && len(p.Words) > 1 && p.Words[1] != "for" {
			// "a request for help" as "request help"
			from++
		}
		if _, ok := follow(toks, from, p.Words[1:], inArg, nil); ok && len(p.Words) > 1 {
			code = p.Code
			break
		}
	}
	var out []dyad.Event
	for _, ev := range evs {
		if ev.Negated || ev.Source == "" || ev.Target == "" || !caller[ev.TargetEntity] {
			continue
		}
		r := c.derived(ev, ev.Target, ev.TargetEntity, ev.Source, ev.SourceEntity, code, "the appeal rejected")
		if r.Modality == dyad.Intended {
			r.Modality = dyad.Asserted // the appeal was made
		}
		out = append(out, r)
	}
	return out
}

// dismissedChargeAt matches ", a charge/an allegation X (swiftly)
// dismissed/denied/rejected" after an accusation: X's denial (016) toward
// the accuser, passed as prev.
func dismissedChargeAt(toks []dyad.Token, i int, args []arg, prev []arg) (match, bool) {
	if len(prev) == 0 || !strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "VBG" {
		return match{}, false
	}
	switch toks[i].Lemma {
	case "dismiss", "deny", "reject", "refute", "rebuff":
	default:
		return match{}, false
	}
	k := i - 1
	if k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	var by []arg
	for _, a := range args {
		if a.last == k+1 && !a.possessor {
			by = append(by, a)
		}
	}
	if len(by) == 0 {
		return match{}, false
	}
	group, ok := relativeAgent(toks, args, by[len(by)-1], "charge", "allegation", "accusation", "claim")
	if !ok {
		return match{}, false
	}
	for _, g := range group {
		for _, a := range prev {
			if g.code == a.code {
				return match{}, false
			}
		}
	}
	p := &codebook.Pattern{Code: "016", Words: []string{toks[i].Lemma}, Origin: "coder: an accusation, a charge X dismissed"}
	return match{p: p, first: i, last: i + 1, sources: group, targets: prev}, true
}

// complaintAuthor returns the party whose protest, complaint or
// accusation a denial answers when the sentence names it after the
// trigger ("denied that ..., calling a protest note delivered by Belmopan
// 'without foundation'", "rejected Kenya's complaint"): the agent of a
// by/from phrase right after such a noun, or its possessor. Parties of
// the source's own country are skipped, and a possessor of another
// country names the agent when the head is of the source's own ("by
// Beijing's Taiwan Affairs Office"); it returns nil when none is named.
func complaintAuthor(toks []dyad.Token, args []arg, from int, own string) []arg {
	for k := from; k < len(toks); k++ {
		if !strings.HasPrefix(toks[k].Tag, "NN") {
			continue
		}
		switch toks[k].Lemma {
		case "protest", "complaint", "accusation", "allegation", "charge", "claim", "note":
		default:
			continue
		}
		// possessor right before the noun ("Kenya's complaint")
		for _, a := range args {
			if a.possessor && a.last >= k-2 && a.last <= k && a.first >= from && dyad.ActorCountry(a.code) != own {
				return []arg{a}
			}
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if l := toks[j].Lemma; l == "by" || l == "from" {
				if g := firstGroup(toks, args, j+1, len(toks)); len(g) > 0 && g[0].first <= j+3 && dyad.ActorCountry(g[0].code) != own {
					return g
				}
				// "the accusation by Beijing's Taiwan Affairs Office": an
				// office the actor stage gave the country it deals with
				// belongs to its possessor
				for _, a := range args {
					if a.possessor && a.first > j && a.first <= j+3 && a.code != "" && dyad.ActorCountry(a.code) != own {
						return []arg{a}
					}
				}
				break
			}
		}
	}
	return nil
}

// proposalNouns name what a party may reject: an act of another.
var proposalNouns = map[string]bool{
	"resolution": true, "proposal": true, "plan": true, "demand": true, "offer": true,
	"ultimatum": true, "deal": true, "initiative": true, "decision": true,
}

// rejectedOrigin names the rule of rejectedProposalAt in explanations.
const rejectedOrigin = "coder: a proposal X would not accept"

// rejectedProposalAt matches a rejection in a relative clause of a
// proposal noun after the event just coded ("called on X to free the
// prisoners, in a resolution that X's envoy said his government would not
// accept", "a plan Y rejected"): the relative clause's subject rejects
// (120) the source of that event (prev).
func rejectedProposalAt(toks []dyad.Token, i int, args []arg, prev []arg) (match, bool) {
	if len(prev) == 0 || !strings.HasPrefix(toks[i].Tag, "VB") {
		return match{}, false
	}
	switch toks[i].Lemma {
	case "reject":
	case "accept":
		if !negatedAt(toks, i) {
			return match{}, false
		}
	default:
		return match{}, false
	}
	that := -1
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
		if toks[k].Lemma == "that" || toks[k].Lemma == "which" {
			that = k
			break
		}
	}
	if that < 1 || !proposalNouns[toks[that-1].Lemma] || !strings.HasPrefix(toks[that-1].Tag, "NN") {
		return match{}, false
	}
	subj := firstGroup(toks, args, that+1, i)
	if len(subj) == 0 || subj[0].first > that+4 || sameCode(subj, prev[0]) {
		return match{}, false
	}
	p := &codebook.Pattern{Code: "120", NegCode: "120", Words: []string{toks[i].Lemma}, Origin: rejectedOrigin}
	return match{p: p, first: i, last: i + 1, sources: subj, targets: prev}, true
}

// denialWords call a charge untrue: "called the charge absurd", "said the
// accusations were baseless".
var denialWords = map[string]bool{
	"absurd": true, "baseless": true, "groundless": true, "unfounded": true, "false": true,
	"ridiculous": true, "fabricated": true, "untrue": true, "lie": true, "lies": true,
	"nonsense": true, "slanderous": true, "preposterous": true, "fabrication": true,
}

// chargeCalledAt matches a verb that calls "the charge(s)/accusation(s)/
// allegation(s)/claim(s)" untrue, after an accusation coded in the same
// sentence, prev being the accuser: "X accused Y of ..., and Belgrade
// called the charge absurd" ("described/branded the accusations as
// baseless"), "Y said the allegations were false". It is Y's denial
// (016) toward the accuser; the speaker is the clause's subject.
func chargeCalledAt(toks []dyad.Token, args []arg, i int, prev []arg) (match, bool) {
	t := toks[i]
	if len(prev) == 0 || !strings.HasPrefix(t.Tag, "VB") || t.Tag == "VBG" && (i == 0 || toks[i-1].Text != ",") {
		return match{}, false
	}
	speech := false
	switch t.Lemma {
	case "call", "describe", "brand", "term", "label", "dismiss":
	case "say", "insist", "add":
		speech = true
	default:
		return match{}, false
	}
	k := i + 1
	if speech && k < len(toks) && toks[k].Lemma == "that" {
		k++
	}
	if k >= len(toks) || toks[k].Tag != "DT" {
		return match{}, false
	}
	n := -1
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if chargeNouns[toks[j].Lemma] && strings.HasPrefix(toks[j].Tag, "NN") {
			n = j
			break
		}
	}
	if n < 0 || covers(args, n) {
		return match{}, false
	}
	j := n + 1
	if speech {
		// "the allegations were (completely) false"
		if j >= len(toks) || toks[j].Lemma != "be" {
			return match{}, false
		}
		j++
	} else if j < len(toks) && toks[j].Lemma == "as" {
		j++
	}
	for ; j < len(toks) && j <= n+5 && (toks[j].Tag == "RB" || toks[j].Tag == "DT" || toks[j].Tag == "CC" || toks[j].Tag == "JJ" && !denialWords[strings.ToLower(toks[j].Text)]); j++ {
	}
	if j >= len(toks) || !denialWords[strings.ToLower(toks[j].Text)] && !denialWords[toks[j].Lemma] {
		return match{}, false
	}
	subj := clauseSubject(toks, args, i)
	if len(subj) == 0 {
		if t.Tag == "VBG" {
			// ", calling the charge absurd": the subject of the clause
			// the participle follows
			subj = clauseSubject(toks, args, i-1)
		}
		if len(subj) == 0 {
			return match{}, false
		}
	}
	// only the subject's own clause ("militants, and Belgrade called")
	start := clauseStart(toks, i)
	var own []arg
	for _, a := range subj {
		if a.first >= start || t.Tag == "VBG" {
			own = append(own, a)
		}
	}
	if len(own) == 0 {
		return match{}, false
	}
	subj = own
	for _, a := range prev {
		if sameCode(subj, a) {
			return match{}, false
		}
	}
	p := &codebook.Pattern{Code: "016", Words: []string{t.Lemma}, Origin: "coder: the charge called untrue"}
	return match{p: p, first: i, last: j + 1, sources: subj, targets: prev}, true
}

// ownForcesRefused retargets a refusal (12) by a state (the country or
// its government) whose target is its own forces ("Pakistan has refused to deploy peacekeepers in
// Iraq", the peacekeepers Pakistan's): the refusal is toward the party of
// another country named after those forces in the clause (Iraq), and
// without one it has no target. Other parties defying the forces
// ("lawmakers defied troops") are left alone.
func ownForcesRefused(toks []dyad.Token, args []arg, m match, evs []dyad.Event) {
	for n := range evs {
		ev := &evs[n]
		if ev.Root != "12" {
			continue
		}
		sc := dyad.ActorCountry(ev.Source)
		if r := dyad.ActorRole(ev.Target); sc == "" || !stateItself(ev.Source) || sc != dyad.ActorCountry(ev.Target) || r != "MIL" && r != "COP" {
			continue
		}
		from := m.last
		for _, a := range args {
			if a.entity == ev.TargetEntity && a.first >= m.first {
				from = a.last
				break
			}
		}
		ev.Target, ev.TargetEntity = "", ""
		for _, a := range args {
			if a.first < from || a.first >= clauseEnd(toks, from) {
				continue
			}
			if c := dyad.ActorCountry(a.code); c != "" && c != sc {
				ev.Target, ev.TargetEntity = a.code, a.entity
				break
			}
		}
	}
}

// admitVerbs are the verbs of letting people in.
var admitVerbs = map[string]bool{"accept": true, "admit": true, "take": true, "host": true, "receive": true, "welcome": true, "shelter": true}

// foreignRefugees drops the target of an event of admitting refugees
// ("Syria says it will not accept any more refugees") when the actor stage
// gave the refugees the admitting state's own country: refugees a state
// takes in or turns away come from elsewhere, and with no country named
// for them the event has no target.
func foreignRefugees(m match, evs []dyad.Event) {
	if !admitVerbs[m.p.Words[0]] {
		return
	}
	for n := range evs {
		ev := &evs[n]
		sc := dyad.ActorCountry(ev.Source)
		if sc == "" || !stateItself(ev.Source) || dyad.ActorRole(ev.Target) != "REF" || dyad.ActorCountry(ev.Target) != sc {
			continue
		}
		ev.Target, ev.TargetEntity = "", ""
	}
}
