package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Fifth round: constructions from the misses of the fourth held-out set.
// Each has its own test sentences in round5_test.go.

// arrivalVisit reports whether a verb of arrival ("arrived in", "landed
// in", "flew to") is followed in its clause [from, end) by a visit noun
// in a for/on phrase ("for a three-day state visit", "on an official
// visit"): the arrival is then the visit itself, to the place named.
func arrivalVisit(toks []dyad.Token, p *codebook.Pattern, from, end int) bool {
	if p.Noun || p.Code != "042" {
		return false
	}
	switch p.Words[0] {
	case "arrive", "land", "fly", "travel", "head":
	default:
		return false
	}
	for k := from; k < end && k < len(toks); k++ {
		if toks[k].Lemma != "visit" || !strings.HasPrefix(toks[k].Tag, "NN") {
			continue
		}
		if j := ppStart(toks, k); j > 0 && (toks[j-1].Lemma == "for" || toks[j-1].Lemma == "on") {
			return true
		}
	}
	return false
}

// jointOperationAt matches "A and B VERB ... in a joint operation/raid/
// investigation" ("Spanish and Moroccan police broke up a ring in a joint
// operation"): the coordinated subject cooperates, both ways, in the
// sector its role names, as "A and B jointly VERB" does. The trigger is
// the word "joint"; one party alone codes nothing.
func (c *Coder) jointOperationAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	if toks[i].Lemma != "joint" || i+1 >= len(toks) || i < 2 {
		return match{}, false
	}
	switch toks[i+1].Lemma {
	case "operation", "raid", "investigation", "crackdown", "sweep", "probe", "mission":
	default:
		return match{}, false
	}
	k := i - 1
	if toks[k].Tag == "DT" {
		k--
	}
	if k < 1 || (toks[k].Lemma != "in" && toks[k].Lemma != "during" && toks[k].Lemma != "through") {
		return match{}, false
	}
	start := clauseStart(toks, i)
	v := -1
	for j := start; j < k; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") && !covers(args, j) {
			v = j
			break
		}
	}
	if v < 0 {
		return match{}, false
	}
	var before []arg
	for _, a := range args {
		if a.first >= start && a.last <= v && !a.possessor {
			before = append(before, a)
		}
	}
	if len(before) == 0 {
		return match{}, false
	}
	group := nearestGroup(toks, before)
	// mentions with the same span ("Brazilian and Paraguayan police" read
	// as two entities) are one coordinated subject
	last := group[len(group)-1]
	for _, a := range before {
		if a.first == last.first && a.last == last.last && a.code != last.code {
			group = append(group, a)
		}
	}
	role := ""
	for _, a := range group {
		if r := dyad.ActorRole(a.code); r != "" && role == "" {
			role = r
		}
	}
	sources := jointParties(group, role)
	countries := map[string]bool{}
	for _, s := range sources {
		countries[dyad.ActorCountry(s.code)] = true
	}
	if len(sources) < 2 || len(countries) < 2 {
		return match{}, false
	}
	code := cooperationCode(role)
	p := &codebook.Pattern{Code: code, Words: []string{"joint", toks[i+1].Lemma}, Recip: true, NoObject: true, Origin: "coder: A and B VERB in a joint operation"}
	return match{p: p, first: i, last: i + 2, sources: sources}, true
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
// the source's own country are skipped; it returns nil when none is named.
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
				break
			}
		}
	}
	return nil
}

// alertTarget returns the party a heightened alert answers: the first
// actor group after the trigger, anywhere in the rest of the sentence
// ("put its forces on alert after detecting Chinese aircraft"), that is
// not of the source's own country.
func alertTarget(toks []dyad.Token, args []arg, from int, own string) []arg {
	for _, a := range args {
		if a.first < from || a.first > from+15 {
			continue
		}
		if c := dyad.ActorCountry(a.code); c != own && isCountry(c) {
			out := []arg{a}
			for _, b := range args {
				if b.first > out[len(out)-1].first && coordinated(toks, out[len(out)-1], b) {
					out = append(out, b)
				}
			}
			return out
		}
	}
	return nil
}

// hostVerb reports whether a hosting pattern (043) is a verb of receiving
// a guest ("received the Japanese prime minister", "hosted"), whose guest
// thereby visits (042); "hosted talks" or "a summit" is no guest.
func hostVerb(p *codebook.Pattern) bool {
	switch p.Words[0] {
	case "receive", "host", "welcome":
	default:
		return false
	}
	for _, w := range p.Words[1:] {
		switch w {
		case "talks", "talk", "summit", "visit", "meeting", "conference", "game", "event":
			return false
		}
	}
	return true
}

// aidDestination returns the party a shipment of aid is sent to when a
// list stands between the verb and its "to" phrase ("dispatched a relief
// team along with tents, water tanks and generators to Fiji"): the actor
// group right after the first "to" before the sentence's next clause
// boundary, or the country of the place named there.
func aidDestination(d *dyad.Doc, si int, args []arg, from int) []arg {
	toks := d.Sentences[si].Tokens
	for k := from; k < len(toks) && k < from+20; k++ {
		if boundary(toks, k) {
			return nil
		}
		if toks[k].Lemma != "to" || toks[k].Tag == "TO" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") {
			continue
		}
		if g := firstGroup(toks, args, k+1, len(toks)); len(g) > 0 && g[0].first <= k+2 {
			return g
		}
		if pl := placeAfter(d, si, k+1, min(len(toks), k+3)); pl != nil && isCountry(pl.Country) {
			return []arg{{first: -1, last: -1, code: pl.Country, entity: "place:" + pl.Country, kind: "place"}}
		}
		return nil
	}
	return nil
}

// threatVerbs are the acts a first-person "will" after an if-clause
// threatens: cutting, stopping or punishing ("we will stop selling palm
// oil to Europe", "we will retaliate").
var threatVerbs = map[string]bool{
	"stop": true, "halt": true, "suspend": true, "cut": true, "ban": true, "block": true,
	"boycott": true, "sever": true, "withdraw": true, "retaliate": true, "expel": true,
	"freeze": true, "impose": true, "punish": true, "reconsider": true, "pull": true,
}

// quotedThreatAt matches a conditional threat inside a quote attributed to
// a speaker: "'If the EU goes ahead with this law, we will stop selling
// palm oil to Europe,' X said" is X's threat (130) against the party of
// the if-clause. The trigger is the modal after a first-person subject;
// the match runs to the end of its clause, so the act threatened is not
// coded again as an event of its own. Without a speaker actor, an actor
// in the if-clause or a verb of cutting or punishing, it is no threat.
func quotedThreatAt(d *dyad.Doc, si, i int, args []arg) (match, bool) {
	toks := d.Sentences[si].Tokens
	if toks[i].Tag != "MD" || (toks[i].Lemma != "will" && toks[i].Lemma != "would" && toks[i].Text != "'ll") || i < 3 {
		return match{}, false
	}
	if l := toks[i-1].Lemma; toks[i-1].Tag != "PRP" || (l != "we" && l != "i") {
		return match{}, false
	}
	q := quoteAt(d, toks[i].Start)
	if q == nil || q.SpeakerActor == "" || q.Kind == dyad.Indirect {
		return match{}, false
	}
	// the if-clause before the subject, in the same quote
	var targets []arg
	for k := i - 2; k >= 0 && toks[k].Start >= q.Start; k-- {
		if boundary(toks, k) && !conditional(toks[k]) {
			break
		}
		if conditional(toks[k]) {
			targets = firstGroup(toks, args, k+1, clauseEnd(toks, k+1))
			break
		}
	}
	if len(targets) == 0 {
		return match{}, false
	}
	end := clauseEnd(toks, i+1)
	for end+1 < len(toks) && toks[end].Lemma == "but" && toks[end+1].Lemma == "to" {
		// "we will have no choice but to stop ..."
		end = clauseEnd(toks, end+1)
	}
	act := false
	for k := i + 1; k < end; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") && threatVerbs[toks[k].Lemma] {
			act = true
			break
		}
		if toks[k].Lemma == "not" || toks[k].Lemma == "never" {
			return match{}, false
		}
	}
	if !act {
		return match{}, false
	}
	ent := q.SpeakerEntity
	if ent == "" {
		ent = "speaker:" + q.SpeakerActor
	}
	src := []arg{{first: -1, last: -1, code: q.SpeakerActor, entity: ent, kind: "speaker"}}
	for _, t := range targets {
		if t.code == q.SpeakerActor {
			return match{}, false
		}
	}
	p := &codebook.Pattern{Code: "130", Words: []string{toks[i].Lemma}, Origin: "coder: 'if X ..., we will stop ...', the speaker said"}
	return match{p: p, first: i, last: end, sources: src, targets: targets}, true
}

// afterDateline returns the index just after a dateline's dash ("YANGON
// (Reuters) - An air strike ...") when one stands in [start, trigger),
// else start: the dateline is no part of the clause's subject.
func afterDateline(toks []dyad.Token, start, trigger int) int {
	for k := start + 1; k < trigger && k < len(toks); k++ {
		switch toks[k].Text {
		case "-", "--", "–", "—":
			if toks[k-1].Text == ")" {
				return k + 1
			}
		}
	}
	return start
}
