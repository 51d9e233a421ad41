package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Praise, thanks and condemnation for an act: the act itself is an event
// of the party praised or condemned. Test sentences in praise_test.go.

// judgingVerbs are the verbs that praise, thank or condemn a party "for"
// what it did; thanks marks those whose speaker is the act's beneficiary
// when the act names no other.
var judgingVerbs = map[string]bool{
	"thank": true, "praise": true, "commend": true, "hail": true, "laud": true,
	"applaud": true, "salute": true, "congratulate": true,
	"condemn": true, "criticize": true, "criticise": true, "denounce": true,
	"blame": true, "slam": true, "rebuke": true, "castigate": true, "censure": true,
}

// thanksVerbs are the judging verbs whose speaker gains by the act
// ("thanked Canada for flying tents"): its target when it names none.
var thanksVerbs = map[string]bool{
	"thank": true, "praise": true, "commend": true, "hail": true, "laud": true,
	"applaud": true, "salute": true,
}

// reliefGiving are the verbs of a gerund that gives relief ("for
// flying/sending/shipping tarpaulins and generators"); reliefPeople the
// helpers sent ("for sending 40 doctors and nurses") and staple foods
// given, besides the relief goods of aidNouns.
var (
	reliefGiving = map[string]bool{
		"fly": true, "send": true, "ship": true, "deliver": true, "airlift": true, "provide": true,
		"donate": true, "dispatch": true, "rush": true, "supply": true, "truck": true, "airdrop": true,
	}
	reliefPeople = map[string]bool{
		"doctor": true, "nurse": true, "medic": true, "rescuer": true, "paramedic": true,
		"surgeon": true, "firefighter": true, "diver": true, "rice": true, "flour": true, "grain": true,
	}
)

// praisedActAt matches the act a party is praised, thanked or condemned
// for, a gerund after "for" right after the judging event coded at
// judged (its trigger toks[judged], its arguments judges and praised):
// "thanked Canada for flying tarpaulins to the islands" is also Canada's
// aid (073); "condemned Russia for launching missiles at Ukrainian cities"
// Russia's attack on Ukraine. The gerund must evoke a pattern, or give
// relief goods or helpers (073). Its target is the party its own clause
// names; else, after thanks or praise, the speaker's country (the
// beneficiary); else none and no event.
func (c *Coder) praisedActAt(toks []dyad.Token, i, judged, judgedEnd int, judges, praised []arg, args []arg, inArg, inTime []bool) (match, bool) {
	if judged < 0 || len(praised) == 0 || len(judges) == 0 || i < 2 || toks[i].Tag != "VBG" || !judgingVerbs[toks[judged].Lemma] {
		return match{}, false
	}
	k := i - 1
	if toks[k].Tag == "RB" {
		k--
	}
	if k < judgedEnd || toks[k].Lemma != "for" {
		return match{}, false
	}
	// only the praised party, times and commas between the judging verb's
	// pattern and "for" ("thanked Canada on Wednesday for")
	for j := judgedEnd; j < k; j++ {
		if !inArg[j] && (inTime == nil || !inTime[j]) && toks[j].Text != "," && toks[j].Tag != "RB" {
			return match{}, false
		}
	}
	m, ok := c.matchAt(toks, i, inArg, inTime)
	if !ok || m.first != i {
		m, ok = reliefGiven(toks, i)
		if !ok {
			return match{}, false
		}
	}
	m.sources = praised
	end := clauseEnd(toks, m.last)
	for _, t := range firstGroup(toks, args, m.last, end) {
		if !sameCode(praised, t) {
			m.targets = append(m.targets, t)
		}
	}
	if len(m.targets) == 0 {
		if !thanksVerbs[toks[judged].Lemma] {
			return match{}, false
		}
		cc := judges[0].code
		if len(cc) < 3 || !isCountry(cc[:3]) || dyad.ActorCountry(praised[0].code) == cc[:3] {
			return match{}, false
		}
		m.targets = []arg{{first: -1, last: -1, code: cc[:3], entity: "implied:" + cc[:3], kind: "implied"}}
	}
	return m, true
}

// reliefGiven matches a gerund of giving whose object, before the clause
// ends, names relief goods or helpers: humanitarian aid (073).
func reliefGiven(toks []dyad.Token, i int) (match, bool) {
	if !reliefGiving[toks[i].Lemma] {
		return match{}, false
	}
	end := clauseEnd(toks, i+1)
	for k := i + 1; k < end && k <= i+12; k++ {
		t := toks[k]
		if t.Lemma == "to" || t.Tag == "VB" || strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" && t.Tag != "VBG" {
			break
		}
		if strings.HasPrefix(t.Tag, "NN") && (aidNouns[t.Lemma] || reliefPeople[t.Lemma]) {
			p := &codebook.Pattern{Code: "073", Words: []string{toks[i].Lemma}, Origin: "relief given in a praised act"}
			return match{p: p, first: i, last: i + 1}, true
		}
	}
	return match{}, false
}

// gestureOrigin marks the matches of gestureByAt.
const gestureOrigin = "coder: an act welcomed as a gesture by X"

// gestureByAt matches a verb of welcome or praise at toks[i] whose object,
// within ten tokens, is a gesture, move or step "by" or "from" a party
// ("welcoming what it called a goodwill gesture by President X", "hailed
// the release as a gesture of goodwill by Nigeria"): praise (051) of that
// party. The source is left to the clause (a participle after "X said,"
// takes the speaker).
func gestureByAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	switch toks[i].Lemma {
	case "welcome", "hail", "praise", "applaud", "laud", "commend":
		if !strings.HasPrefix(toks[i].Tag, "VB") {
			return match{}, false
		}
	case "welcoming":
		// (the tagger may read the participle as an adjective)
		if i == 0 || toks[i-1].Text != "," {
			return match{}, false
		}
	default:
		return match{}, false
	}
	for j := i + 1; j < len(toks) && j <= i+10; j++ {
		if toks[j].Text == "," || toks[j].Text == ";" || toks[j].Text == "." {
			return match{}, false
		}
		switch toks[j].Lemma {
		case "gesture", "move", "step":
		default:
			continue
		}
		k := j + 1
		if k+2 < len(toks) && toks[k].Lemma == "of" && toks[k+1].Lemma == "goodwill" {
			k += 2 // "a gesture of goodwill by"
		}
		if k+1 >= len(toks) || toks[k].Lemma != "by" && toks[k].Lemma != "from" {
			return match{}, false
		}
		g := firstGroup(toks, args, k+1, len(toks))
		if len(g) == 0 || g[0].first > k+2 {
			return match{}, false
		}
		p := &codebook.Pattern{Code: "051", Words: []string{strings.TrimSuffix(toks[i].Lemma, "ing")}, Origin: gestureOrigin}
		m := match{p: p, first: i, last: i + 1, targets: g}
		sv := i - 2
		for sv > 0 && sv >= i-5 && toks[sv].Lemma != "say" && (toks[sv].Tag == "NNP" || toks[sv].Tag == "IN" || toks[sv].Tag == "CD" || toks[sv].Tag == "NN") {
			sv-- // "said on Thursday, welcoming"
		}
		if sv >= 1 && toks[i-1].Text == "," && toks[sv].Lemma == "say" {
			// "..., Kenya's foreign ministry said, welcoming ...": the
			// speaker welcomes
			if before := argsBefore(args, sv); len(before) > 0 && before[len(before)-1].last == sv {
				m.sources = nearestGroup(toks, before)
			}
		}
		return m, true
	}
	return match{}, false
}

// describedBacking reports whether the support verb toks[i] of m (05) is
// a participle right after a party with its "by" phrase next ("Somali
// troops backed by African Union forces fought ...", "rebels supported by
// Rwanda"): a description of the party, no act of support told.
func describedBacking(toks []dyad.Token, args []arg, m match, i int) bool {
	if m.p.Noun || rootOf(m.p.Code) != "05" || toks[i].Tag != "VBN" || i < 1 || i+1 >= len(toks) || toks[i+1].Lemma != "by" {
		return false
	}
	switch toks[i].Lemma {
	case "back", "support", "arm", "fund", "finance", "sponsor":
	default:
		return false
	}
	for _, a := range args {
		if a.last == i {
			return true
		}
	}
	return false
}

// partnerPronounAt reports whether the verb pattern m at toks[i] is a
// judgement (praise 05x, criticism 11x) after "and" whose object opens
// with a possessive pronoun ("spoke by telephone with Uruguay's president
// and praised his push to ...") and names no party of its own, right after
// a meeting or call (04x) coded in the sentence: the pronoun is the
// partner just named, so the judgement is toward the call's target
// ("his own" is the speaker's).
func partnerPronounAt(toks []dyad.Token, args []arg, m match, i int, lastRoot string) bool {
	if lastRoot != "04" || m.p.Noun || m.sources != nil || m.targets != nil || i == 0 || toks[i-1].Lemma != "and" {
		return false
	}
	if r := rootOf(m.p.Code); r != "05" && r != "11" {
		return false
	}
	if m.last >= len(toks) || toks[m.last].Tag != "PRP$" {
		return false
	}
	switch strings.ToLower(toks[m.last].Text) {
	case "his", "her", "their":
	default:
		return false
	}
	if m.last+1 < len(toks) && toks[m.last+1].Lemma == "own" {
		return false // "praised his own team": the speaker's
	}
	return noPartyAfter(toks, args, m.last)
}
