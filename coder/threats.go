package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Threats: conditional threats in quotes and warnings about goods. Test
// sentences in round5_test.go and round7_test.go.

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

// demonymObject returns the country named by a demonym in an "of/from"
// phrase of the act a warning threatens ("would suspend imports of
// Brazilian chicken if exporters ..."), in toks[from:to], when the
// condition's parties (cond) are only common nouns ("exporters") and the
// demonym's country is not that of the warner (the last mention before
// toks[warn]): the threat is then against that country.
func demonymObject(toks []dyad.Token, args []arg, from, to, warn int, cond []arg) (arg, bool) {
	for _, t := range cond {
		if t.kind != "nominal" {
			return arg{}, false
		}
	}
	own := ""
	if before := argsBefore(args, warn); len(before) > 0 {
		own = dyad.ActorCountry(before[len(before)-1].code)
	}
	for _, a := range args {
		if a.first < from || a.last > to || a.kind != "modifier" || a.first < 1 {
			continue
		}
		if l := toks[a.first-1].Lemma; l != "of" && l != "from" {
			continue
		}
		if c := dyad.ActorCountry(a.code); c == "" || c == own {
			continue
		}
		return a, true
	}
	return arg{}, false
}

// threatOf is the threat (13x) of an act announced on a condition: the
// CAMEO code naming the same act for halting talks (134) and cutting
// relations (1313), else the intention code of its root (sanctions and
// bans stay 131, as earlier rounds code them).
func threatOf(code string) string {
	switch code {
	case "164":
		return "134"
	case "161":
		return "1313"
	}
	return intention[rootOf(code)]
}

// spokesmen are the nouns of a party's voice that names no party itself.
var spokesmen = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "aide": true,
}

// spokesmanAfterAnd returns the index of the "and" that opens a clause
// whose subject, right before toks[i], is a spokesman or official of no
// party named ("..., and a government spokesman warned that ..."), or -1.
func spokesmanAfterAnd(toks []dyad.Token, i int) int {
	k := i - 1
	if k < 0 || !spokesmen[toks[k].Lemma] {
		return -1
	}
	for k--; k >= 0 && i-k <= 5; k-- {
		switch {
		case toks[k].Lemma == "and":
			return k
		case toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNP":
		default:
			return -1
		}
	}
	return -1
}

// responseNouns are the nouns of a warning that an act "would be met with
// a firm response".
var responseNouns = map[string]bool{"response": true, "reaction": true, "retaliation": true, "force": true, "reply": true}

// warnResponseOrigin names the rule of warnResponseAt in explanations.
const warnResponseOrigin = "coder: warned X that ... would be met with a firm response"

// warnResponseAt matches "X warned Y (on Monday) (that) any incursion
// would be met with a firm response (from our armed forces)": a threat
// against Y (130; 138 when the response is military: "military",
// "armed forces", "army", "troops" in the phrase). Without Y after the
// verb, the target is the first party of the that-clause before the
// response ("warned that any attack by Israel would be met with ...");
// with neither, or with no "be met with" + a response noun in the
// clause, it matches nothing. The match runs through the response noun,
// so "met with" is no meeting.
func warnResponseAt(toks []dyad.Token, i int, args []arg, inTime []bool) (match, bool) {
	if toks[i].Lemma != "warn" || !strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "VBG" {
		return match{}, false
	}
	skip := func(k int) int {
		for k < len(toks) && (toks[k].Tag == "RB" || inTime != nil && inTime[k]) {
			k++
		}
		return k
	}
	k := skip(i + 1)
	targets := firstGroup(toks, args, k, k+1)
	for _, t := range targets {
		if t.last > k {
			k = t.last
		}
	}
	k = skip(k)
	if k < len(toks) && toks[k].Lemma == "that" {
		k++
	}
	met := -1
	for j := k; j+1 < len(toks); j++ {
		if toks[j].Text == ";" || toks[j].Text == "." {
			break
		}
		if toks[j].Lemma != "meet" || (toks[j].Tag != "VBN" && toks[j].Tag != "VBD") || toks[j+1].Lemma != "with" {
			continue
		}
		b := j - 1
		for b > k && (toks[b].Tag == "``" || toks[b].Tag == "''" || toks[b].Tag == "RB") {
			b--
		}
		if toks[b].Lemma == "be" {
			met = j
		}
		break
	}
	if met < 0 {
		return match{}, false
	}
	end := -1
	for j := met + 2; j < len(toks) && j <= met+6; j++ {
		if responseNouns[toks[j].Lemma] && strings.HasPrefix(toks[j].Tag, "NN") {
			end = j + 1
			break
		}
		if t := toks[j].Tag; t != "DT" && t != "JJ" && t != "RB" && t != "NN" && t != "CC" {
			break
		}
	}
	if end < 0 {
		return match{}, false
	}
	if len(targets) == 0 {
		targets = firstGroup(toks, args, k, met)
	}
	if len(targets) == 0 {
		return match{}, false
	}
	code := "130"
	for j := met + 2; j < len(toks) && j < end+5; j++ {
		l := toks[j].Lemma
		if j >= end && (toks[j].Text == "," || toks[j].Text == ";" || toks[j].Text == ".") {
			break
		}
		if l == "military" || l == "army" || l == "troop" || l == "armed" && j+1 < len(toks) && toks[j+1].Lemma == "force" {
			code = "138"
			if j >= end {
				end = j + 1
			}
		}
	}
	p := &codebook.Pattern{Code: code, Words: []string{"warn", "meet", "with", "response"}, Cond: true, Origin: warnResponseOrigin}
	return match{p: p, first: i, last: end, targets: targets}, true
}

// indefiniteWords open a party no one is named for ("any armed group",
// "anyone who ...").
var indefiniteWords = map[string]bool{"any": true, "anyone": true, "anybody": true, "whoever": true}

// warnedAddressee returns the party warned, Y in "X warned Y (on
// Saturday) that his army would strike any armed group using Y's
// territory", for the act of force or threat m at toks[i] inside that
// that-clause when the act names no target or only an indefinite one
// ("any armed group", "anyone"): the warning is a threat against the
// party warned, not against the group no one names. It returns nil when
// the act names a definite party, or the warning has no addressee.
func warnedAddressee(toks []dyad.Token, args []arg, m match, i int, inTime []bool) []arg {
	if m.targets != nil || m.sources != nil || m.p.Noun {
		return nil
	}
	if r := rootOf(m.p.Code); !attackRoot(r) && r != "13" {
		return nil
	}
	that := thatBefore(toks, i)
	if that < 2 {
		return nil
	}
	// Y right before "that", over adverbs and time words
	k := that - 1
	for k > 0 && (toks[k].Tag == "RB" || inTime != nil && inTime[k]) {
		k--
	}
	var y []arg
	for _, a := range args {
		if a.last == k+1 {
			y = append(y, a)
		}
	}
	if len(y) == 0 || y[0].first < 1 {
		return nil
	}
	w := toks[y[0].first-1]
	if w.Lemma != "warn" || !strings.HasPrefix(w.Tag, "VB") {
		return nil
	}
	// the act's own object: none, or one opened by "any"
	end := clauseEnd(toks, m.last)
	for _, a := range args {
		if a.first < m.last || a.first >= end {
			continue
		}
		if indefiniteWords[strings.ToLower(toks[a.first].Text)] || a.first > 0 && indefiniteWords[strings.ToLower(toks[a.first-1].Text)] {
			return y
		}
		return nil
	}
	return y
}

// thatBefore returns the "that" opening the clause of toks[i], within 15
// words before it and not across a ";" or ".", or -1.
func thatBefore(toks []dyad.Token, i int) int {
	for k := i - 1; k >= 0 && i-k <= 15; k-- {
		if t := toks[k].Text; t == ";" || t == "." {
			return -1
		}
		if toks[k].Lemma == "that" {
			return k
		}
	}
	return -1
}

// warnerOwnSide returns the warner of "X warned Y that its troops/it would
// use force against ..." when the that-clause before the act toks[i] opens
// with a pronoun or a possessive pronoun: the force threatened is the
// warner's own ("its" is X, not Y, whom the pronoun resolver may pick as the
// nearest country). It returns nil when the clause opens otherwise or no
// warner is found. The threat is the warner's, as the one who utters it,
// also where the pronoun was read as the warner's own forces.
func warnerOwnSide(toks []dyad.Token, args []arg, i int) []arg {
	that := thatBefore(toks, i)
	if that < 0 || that+1 >= i {
		return nil
	}
	switch strings.ToLower(toks[that+1].Text) {
	case "its", "his", "her", "their", "it", "he", "she", "they":
	default:
		return nil
	}
	return warnerOf(toks, args, i)
}

// sameArgs reports whether a and b share an actor code.
func sameArgs(a, b []arg) bool {
	for _, x := range a {
		for _, y := range b {
			if x.code == y.code {
				return true
			}
		}
	}
	return false
}
