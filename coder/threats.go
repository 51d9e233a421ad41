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
