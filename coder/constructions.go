package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// passiveNounAt matches a passive verb whose subject is the object noun of
// one of the verb's patterns ("Evidence against Iran was presented by
// France": the pattern "present evidence against" read backwards). The
// agent in the by-phrase after the verb is the source; the actor the
// pattern's last word governs (inside the subject, or after the verb:
// "sanctions were imposed on Syria by ...") is the target. It needs the
// by-phrase: without an agent the sentence names no source.
func (c *Coder) passiveNounAt(toks []dyad.Token, i int, args []arg, inArg, inTime []bool) (match, bool) {
	t := toks[i]
	if t.Tag != "VBN" || !beforeBe(toks, i) {
		return match{}, false
	}
	ps := c.cb.Patterns(t.Lemma)
	if len(ps) == 0 {
		for _, st := range stems(strings.ToLower(t.Text)) {
			if ps = c.cb.Patterns(st); len(ps) > 0 {
				break
			}
		}
	}
	if len(ps) == 0 {
		return match{}, false
	}
	start := clauseStart(toks, i)
	// the auxiliaries ("was", "is being", "has been", "will be"): the
	// subject ends before them
	aux := i
	for aux > start {
		pt := toks[aux-1]
		if pt.Tag == "RB" || pt.Tag == "MD" || pt.Lemma == "be" || pt.Lemma == "have" || pt.Lemma == "get" {
			aux--
			continue
		}
		break
	}
	end := clauseEnd(toks, i+1)
	var by []arg
	for k := i + 1; k < end && k <= i+4; k++ {
		if toks[k].Lemma == "by" && toks[k].Tag == "IN" {
			j := k + 1
			for j < end && toks[j].Tag == "DT" {
				j++
			}
			if g := firstGroup(toks, args, k+1, end); len(g) > 0 && g[0].first <= j && !hasPrep(toks, k+1, g[0].first) {
				by = g
			}
			break
		}
		if toks[k].Tag != "RB" && !(k < len(inTime) && inTime[k]) && toks[k].Tag != "IN" && toks[k].Tag != "DT" &&
			!strings.HasPrefix(toks[k].Tag, "NN") && !strings.HasPrefix(toks[k].Tag, "JJ") && !covers(args, k) {
			break
		}
	}
	if len(by) == 0 {
		return match{}, false
	}
	for _, p := range ps {
		if p.Noun || p.Rev || p.Actor || len(p.Words) < 2 || p.Words[1] == "to" || p.Words[len(p.Words)-1] == "to" {
			continue
		}
		noun := -1
		for k := start; k < aux; k++ {
			if strings.HasPrefix(toks[k].Tag, "NN") && wordIs(toks[k], p.Words[1]) && !inArg[k] {
				noun = k
				break
			}
		}
		if noun < 0 || ppStart(toks, noun) >= 0 {
			continue // the noun must head the subject, not a phrase in it
		}
		rest := p.Words[2:]
		var targets []arg
		if len(rest) == 0 {
			// "an agreement was signed by A and B"; "sanctions against
			// Syria were imposed by ...": the actor of the noun's own
			// phrase
			if noun+1 < aux && toks[noun+1].Tag == "IN" && nounPreps[toks[noun+1].Lemma] {
				targets = firstGroup(toks, args, noun+2, aux)
			}
		} else if last, ok := follow(toks, noun+1, rest, inArg, inTime); ok && last <= aux {
			// "sanctions against Syria were imposed by ..."
			targets = firstGroup(toks, args, last, aux)
		} else if last, ok := follow(toks, i+1, rest, inArg, inTime); ok && last < end {
			// "sanctions were imposed on Syria by ..."
			targets = firstGroup(toks, args, last, end)
			if len(targets) > 0 && targets[0].first >= by[0].first {
				targets = nil
			}
		} else {
			continue
		}
		if len(targets) == 0 && len(rest) > 0 {
			continue
		}
		if targets == nil {
			targets = []arg{}
		}
		return match{p: p, first: i, last: i + 1, sources: by, targets: targets}, true
	}
	return match{}, false
}

// nounPreps are the prepositions whose object is the other party of an
// event noun ("sanctions against", "an agreement with").
var nounPreps = map[string]bool{"on": true, "against": true, "with": true, "to": true, "toward": true, "towards": true, "into": true}

// selfClaim reads "X claimed that it/they had attacked Z": a claim whose
// clause has a pronoun subject (the claimer itself) and an active verb is
// about the claimer's own act. It returns the index just after the pronoun
// (-1 when the clause is not of this kind) and whether the act is one of
// force or coercion (roots 15-20), which makes the claim one of
// responsibility (015). A passive ("that it had been attacked by") is not
// one's own act.
func (c *Coder) selfClaim(toks []dyad.Token, m match, args []arg) (int, bool) {
	if len(m.p.Words) != 2 || m.p.Words[0] != "claim" || m.p.Words[1] != "that" || m.last >= len(toks) {
		return -1, false
	}
	k := m.last
	if !(toks[k].Tag == "PRP" && subjectPronouns[strings.ToLower(toks[k].Text)]) {
		return -1, false
	}
	end := clauseEnd(toks, k+1)
	for j := k + 1; j < end; j++ {
		t := toks[j]
		if t.Tag == "MD" || t.Tag == "RB" || t.Lemma == "have" || t.Lemma == "be" && j+1 < end && toks[j+1].Tag == "VBG" {
			continue
		}
		if t.Lemma == "be" {
			return -1, false // "it had been attacked"
		}
		if strings.HasPrefix(t.Tag, "VB") {
			r := c.infinitiveRoot(toks, j, args)
			return k + 1, r >= "15" && r <= "20"
		}
		return -1, false
	}
	return -1, false
}

// hazardAgent reports whether the by-phrase after a passive verb (toks[from]
// on, up to end) is headed by a natural hazard or an accident ("victims
// killed by the airliner crash in ...", "homes destroyed by the floods"):
// the head is the last noun of the phrase's noun phrase, past any actor
// names in it.
func hazardAgent(toks []dyad.Token, from, end int) bool {
	k := from
	for k < end && k <= from+2 && toks[k].Lemma != "by" {
		if toks[k].Tag != "RB" && toks[k].Tag != "CD" {
			return false
		}
		k++
	}
	if k >= end || toks[k].Lemma != "by" {
		return false
	}
	head := ""
	for j := k + 1; j < end; j++ {
		t := toks[j]
		switch {
		case strings.HasPrefix(t.Tag, "NN"):
			head = t.Lemma
		case t.Tag == "DT" || t.Tag == "PDT" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "HYPH" || t.Tag == "POS" || t.Tag == "PRP$" || t.Tag == "VBN":
		default:
			return hazards[head]
		}
	}
	return hazards[head]
}

// opposerNouns name the people against an actor: "critics of the
// government", "opponents of Rwanda's Senate" are the opposition (OPP) of
// its country, not the body itself.
var opposerNouns = map[string]bool{
	"opponent": true, "critic": true, "detractor": true, "foe": true,
}

// opposedBy reports whether mention a stands in the of-phrase of an
// opposer noun ("opponents of Kenya's parliament"), walking back over the
// phrase's determiners, modifiers, possessives and other actor names.
func opposedBy(toks []dyad.Token, a arg) bool {
	for k := a.first - 1; k >= 0 && k >= a.first-8; k-- {
		t := toks[k]
		switch t.Tag {
		case "DT", "PDT", "JJ", "JJR", "JJS", "CD", "POS", "NN", "NNS", "NNP", "NNPS", "HYPH", "PRP$":
			continue
		case "IN":
			if t.Lemma != "of" || k == 0 {
				return false
			}
			p := toks[k-1]
			return strings.HasPrefix(p.Tag, "NN") && (opposerNouns[p.Lemma] || opposerNouns[strings.TrimSuffix(strings.ToLower(p.Text), "s")])
		}
		return false
	}
	return false
}

// protesterNouns head the mentions of people in a demonstration.
var protesterNouns = map[string]bool{
	"protester": true, "protestor": true, "demonstrator": true, "rioter": true, "marcher": true,
}

// protesters reports whether mention a is headed by a protester noun
// ("Tunisian rioters", "a Ukrainian protestor").
func protesters(toks []dyad.Token, a arg) bool {
	if a.first < 0 || a.last < 1 || a.last > len(toks) {
		return false
	}
	h := toks[a.last-1]
	return protesterNouns[h.Lemma] || protesterNouns[strings.TrimSuffix(strings.ToLower(h.Text), "s")]
}

// riotCode recodes an act of force between protesters and others by
// CAMEO's definitions: damage, an assault or unspecified fighting by
// demonstrators is a violent protest (145, "protest violently, riot"), not
// their use of weapons of war ("launched missiles at", 193-195); security
// forces in a reciprocal clash with demonstrators ("police clashed with
// protesters") use violent repression (175), while their one-sided use of
// weapons ("opened fire on demonstrators") stays fighting. It returns code
// unchanged otherwise.
func riotCode(toks []dyad.Token, code string, recip bool, s, t arg) string {
	switch {
	case protesters(toks, s) && (strings.HasPrefix(code, "171") || rootOf(code) == "18" || code == "190"):
		return "145"
	case recip && code == "190" && protesters(toks, t) && securityForces(s.code):
		return "175"
	}
	return code
}

// securityForces reports whether an actor code names a state's armed or
// police forces.
func securityForces(code string) bool {
	switch dyad.ActorRole(code) {
	case "MIL", "COP":
		return true
	}
	return false
}

// prepOf returns the lemma of the preposition whose object mention a
// heads, walking back over its noun phrase, or "".
func prepOf(toks []dyad.Token, a arg) string {
	for k := a.first - 1; k >= 0 && k >= a.first-6; k-- {
		t := toks[k]
		switch t.Tag {
		case "DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "NN", "NNS", "NNP", "NNPS", "HYPH":
			continue
		case "IN", "TO":
			return t.Lemma
		}
		return ""
	}
	return ""
}

// purposeTargets drops from an attack's targets the actors of a "for"
// phrase after the trigger: the cause fought for ("attacks during its
// campaign for an Islamic state"), not the party attacked.
func purposeTargets(toks []dyad.Token, targets []arg, after int) []arg {
	var kept []arg
	for _, t := range targets {
		if t.first >= after && prepOf(toks, t) == "for" {
			continue
		}
		kept = append(kept, t)
	}
	return kept
}

// oneWayAgreement reports whether an agreement to act ("agree to") names
// its other party t as the object of the act agreed to rather than as a
// partner: "Ethiopia agreed to reopen its borders to UN peacekeepers" is
// Ethiopia's alone, "Chile agreed to cooperate with Peru" is both
// countries'.
func oneWayAgreement(toks []dyad.Token, p *codebook.Pattern, t arg) bool {
	return rootOf(p.Code) == "03" && p.Words[len(p.Words)-1] == "to" && t.first >= 0 && prepOf(toks, t) != "with"
}

// civilMobilization are the heads of objects that make "mobilize" a
// campaign for support rather than a mobilization of forces (154):
// "mobilized pressure groups", "mobilize public opinion", "mobilize funds".
var civilMobilization = map[string]bool{
	"group": true, "support": true, "supporter": true, "voter": true, "vote": true, "fund": true,
	"funding": true, "resource": true, "opinion": true, "public": true, "community": true,
	"backing": true, "money": true, "aid": true, "effort": true, "donor": true, "investment": true,
}

// civilObject reports whether the object after a bare "mobilize" at
// toks[i] is headed by a noun of civil mobilization.
func civilObject(toks []dyad.Token, i int) bool {
	head := ""
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "NN") {
			head = t.Lemma
			continue
		}
		if head == "" && (t.Tag == "DT" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "PRP$") {
			continue
		}
		break
	}
	return civilMobilization[head] || civilMobilization[strings.TrimSuffix(head, "s")]
}

// weaponHead returns the index of the attack noun heading the clause's
// first noun phrase in toks[start:trigger] ("Israeli drone attacks have
// killed ...", "A minefield explosion killed ..."), or -1; see
// weaponSubject.
func weaponHead(toks []dyad.Token, start, trigger int) int {
	start = afterDateline(toks, start, trigger)
	for k := start; k < trigger; k++ {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "NN") {
			for k+1 < trigger && strings.HasPrefix(toks[k+1].Tag, "NN") {
				k++
			}
			if t = toks[k]; attackNouns[t.Lemma] || attackNouns[strings.ToLower(t.Text)] {
				return k
			}
			return -1
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "IN" && t.Lemma != "of" {
			return -1
		}
	}
	return -1
}

// warnFaceAt matches a warning that another party will face a measure:
// "Washington warned Beijing (that) it would face new sanctions", "warned
// that Iran will face serious consequences". It reads the measure's noun
// through the codebook's "warn of NOUN" patterns (sanctions 1312,
// consequences 130, retaliation 138); the target is the party warned, else
// the subject of the "face" clause.
func (c *Coder) warnFaceAt(toks []dyad.Token, i int, args []arg, inArg, inTime []bool) (match, bool) {
	t := toks[i]
	if t.Lemma != "warn" || !strings.HasPrefix(t.Tag, "VB") || t.Tag == "VBG" {
		return match{}, false
	}
	end := clauseEnd(toks, i+1)
	if k := i + 1; k < len(toks) && toks[k].Lemma == "that" {
		end = len(toks) // the clause after "that" is the warning's content
	}
	k := i + 1
	var warned []arg
	if g := firstGroup(toks, args, k, end); len(g) > 0 && g[0].first <= k+1 && toks[k].Lemma != "that" {
		warned = g
		k = g[len(g)-1].last
	}
	for k < len(toks) && (toks[k].Lemma == "that" || toks[k].Text == ",") {
		k++
	}
	// the subject of the content clause: a pronoun or an actor
	var subj []arg
	if k < len(toks) && toks[k].Tag == "PRP" && subjectPronouns[strings.ToLower(toks[k].Text)] {
		k++
	} else if g := firstGroup(toks, args, k, len(toks)); len(g) > 0 && g[0].first <= k+1 {
		subj = g
		k = g[len(g)-1].last
	} else {
		return match{}, false
	}
	if k >= len(toks) || toks[k].Tag != "MD" {
		return match{}, false
	}
	k++
	for k < len(toks) && toks[k].Tag == "RB" {
		if toks[k].Lemma == "not" || toks[k].Text == "n't" {
			return match{}, false
		}
		k++
	}
	if k >= len(toks) || toks[k].Lemma != "face" {
		return match{}, false
	}
	for _, p := range c.cb.Patterns("warn") {
		if p.Noun || len(p.Words) < 3 || p.Words[1] != "of" {
			continue
		}
		if _, ok := follow(toks, k+1, p.Words[2:], inArg, inTime); !ok {
			continue
		}
		targets := warned
		if len(targets) == 0 {
			targets = subj
		}
		if len(targets) == 0 {
			return match{}, false
		}
		return match{p: p, first: i, last: i + 1, targets: targets}, true
	}
	return match{}, false
}

// meetingAside reports whether the event noun toks[i] is a meeting with a
// partner ("talks with", "a meeting with") heading the object of "during"
// or "at" ("... during talks with Macron"): a meeting held beside an
// earlier event of the clause.
func meetingAside(toks []dyad.Token, p *codebook.Pattern, i int) bool {
	if rootOf(p.Code) != "04" || !contains(p.Words, "with") {
		return false
	}
	k := ppStart(toks, i)
	if k < 1 {
		return false
	}
	// not "in": "urged them to present a united front in trade talks
	// with Washington" names the talks the appeal is about
	switch toks[k-1].Lemma {
	case "during", "at":
		return true
	case "after", "following":
		// not "after talks with the government collapsed": a clause
		// about the talks, not talks held beside the event
		for j := i + 1; j < len(toks) && j <= i+12; j++ {
			if t := toks[j]; t.Text == "," || boundary(toks, j) {
				return true
			} else if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" && t.Tag != "VBN" || t.Tag == "MD" {
				return false
			}
		}
		return true
	case "in":
		// "in a phone call with": a call is held, not a subject
		return p.Code == "041"
	}
	return false
}

// asideSources returns the source of a meeting noun that meetingAside
// accepted: the phrase fronted before the clause ("In a phone call with
// Erdogan, Scholz urged ...") belongs to the subject after its comma;
// otherwise the source of the event coded just before in the same clause,
// else the subject of the clause the phrase stands in ("Wong said on
// Friday after talks with Rabuka").
func asideSources(toks []dyad.Token, args []arg, i int, last []arg, lastCoded int) []arg {
	k := ppStart(toks, i)
	if k < 1 {
		return nil
	}
	prep := k - 1
	if prep == 0 || toks[prep-1].Text == "-" || toks[prep-1].Text == "--" || toks[prep-1].Text == "—" || toks[prep-1].Text == ":" {
		// the subject after the phrase's closing comma (the commas of
		// an appositive inside the phrase are passed over)
		commas := 0
		for j := i + 1; j < len(toks) && commas < 3; j++ {
			if toks[j].Text != "," {
				continue
			}
			commas++
			g := firstGroup(toks, args, j+1, clauseEnd(toks, j+1))
			if len(g) > 0 && g[0].first <= j+3 && !strings.HasPrefix(toks[g[len(g)-1].last-1].Tag, "VB") {
				if e := g[len(g)-1].last; e < len(toks) && (strings.HasPrefix(toks[e].Tag, "VB") || toks[e].Tag == "MD" || toks[e].Tag == "RB") {
					return g
				}
			}
		}
		return nil
	}
	if len(last) > 0 && sameClause(toks, lastCoded, i) {
		return last
	}
	return clauseSubject(toks, args, prep)
}

// clauseSubject returns the subject of the clause a phrase starting at
// the preposition toks[prep] stands in: the last mention before it that a
// verb follows ("Foreign Minister Penny Wong said on Friday after talks"),
// with its coordinated group; nil when a comma or clause boundary stands
// between that mention and the phrase.
func clauseSubject(toks []dyad.Token, args []arg, prep int) []arg {
	start := clauseStart(toks, prep)
	var subj []arg
	for _, a := range args {
		if a.first < start || a.last > prep || a.possessor || a.last >= len(toks) {
			continue
		}
		if t := toks[a.last]; strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" && t.Tag != "VBN" || t.Tag == "MD" {
			subj = append(subj, a)
		}
	}
	if len(subj) == 0 {
		return nil
	}
	s := subj[len(subj)-1]
	for k := s.last; k < prep; k++ {
		if toks[k].Text == "," || boundary(toks, k) {
			return nil
		}
	}
	return nearestGroup(toks, argsBefore(args, s.last))
}

// rejectedDemands returns, for the events of a rejection of a demand
// ("rejected North Korea's demand that Seoul halt ..."), the demand
// itself: the rejected party's demand (100) of the rejecting one.
func (c *Coder) rejectedDemands(p *codebook.Pattern, evs []dyad.Event) []dyad.Event {
	if rootOf(p.Code) != "12" || p.Noun || !contains(p.Words, "demand") {
		return nil
	}
	var out []dyad.Event
	for _, ev := range evs {
		if ev.Negated || ev.Source == "" || ev.Target == "" {
			continue
		}
		r := c.derived(ev, ev.Target, ev.TargetEntity, ev.Source, ev.SourceEntity, "100", "the demand rejected")
		if r.Modality == dyad.Intended {
			r.Modality = dyad.Asserted // the demand was made
		}
		out = append(out, r)
	}
	return out
}

// jointlyAt matches "A and B jointly VERB ..." ("Police in Spain and
// Morocco jointly dismantled a smuggling network"): the coordinated
// subject cooperates, both ways, in the sector its role names (police and
// courts 063 judicial, armed forces 062 military, intelligence 064, else
// 060). A role noun before "in/of/from" and a list of countries ("police
// in Spain and Morocco") is that role of each country. The act itself is
// coded by its own pattern; a verb with a pattern ("jointly proposed a
// truce") is that event alone.
func (c *Coder) jointlyAt(toks []dyad.Token, i int, args []arg, inArg, inTime []bool) (match, bool) {
	if toks[i].Lemma != "jointly" || i+1 >= len(toks) || !strings.HasPrefix(toks[i+1].Tag, "VB") {
		return match{}, false
	}
	if _, ok := c.matchAt(toks, i+1, inArg, inTime); ok {
		return match{}, false
	}
	start := clauseStart(toks, i)
	var before []arg
	for _, a := range args {
		if a.first >= start && a.last <= i && !a.possessor {
			before = append(before, a)
		}
	}
	if len(before) == 0 {
		return match{}, false
	}
	group := nearestGroup(toks, before)
	role := ""
	if len(group) >= 2 && group[0].first > 0 {
		// "police in Spain and Morocco": the role before the countries
		if k := group[0].first - 1; toks[k].Lemma == "in" || toks[k].Lemma == "of" || toks[k].Lemma == "from" {
			for _, a := range before {
				if a.last == k && dyad.ActorRole(a.code) != "" {
					role = dyad.ActorRole(a.code)
				}
			}
		}
	}
	sources := jointParties(group, role)
	if len(sources) < 2 {
		return match{}, false
	}
	if role == "" {
		role = dyad.ActorRole(sources[0].code)
	}
	p := &codebook.Pattern{Code: cooperationCode(role), Words: []string{"jointly"}, Recip: true, NoObject: true, Origin: "coder: A and B jointly VERB"}
	return match{p: p, first: i, last: i + 1, sources: sources}, true
}

// jointParties returns the actors of group as the parties of a joint act:
// each given role when it has only a country ("police in Spain and
// Morocco"), one per code.
func jointParties(group []arg, role string) []arg {
	var out []arg
	seen := map[string]bool{}
	for _, a := range group {
		c := a.code
		if role != "" && len(c) == 3 {
			c += role
		}
		if !seen[c] {
			seen[c] = true
			b := a
			b.code, b.entity = c, "joint:"+c
			out = append(out, b)
		}
	}
	return out
}

// cooperationCode is the code of cooperation in the sector of role:
// judicial (police, courts) 063, military 062, intelligence 064, else 060.
func cooperationCode(role string) string {
	switch role {
	case "COP", "JUD":
		return "063"
	case "MIL":
		return "062"
	case "SPY":
		return "064"
	}
	return "060"
}

// retaliation reports whether a threat pattern (13x) vows a response in
// kind: "vowed a harsh response", "vowed to retaliate", "vowed revenge".
func retaliation(p *codebook.Pattern) bool {
	if rootOf(p.Code) != "13" {
		return false
	}
	for _, w := range p.Words[1:] {
		switch w {
		case "response", "respond", "retaliate", "retaliation", "revenge", "avenge", "reprisal":
			return true
		}
	}
	return false
}

// afterHave reports whether the participle toks[i] is a perfect ("has
// ordered", "had already sent"): the verb of its clause, not a participle
// modifying a noun.
func afterHave(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Lemma == "have" {
			return true
		}
		if toks[k].Tag != "RB" {
			return false
		}
	}
	return false
}

// notWhere drops the mentions that name only where something happens: a
// bare country or place code after "in", "across", "near" ("protested in
// Hong Kong").
func notWhere(toks []dyad.Token, as []arg) []arg {
	var kept []arg
	for _, a := range as {
		if a.first >= 0 && len(a.code) == 3 && locative(toks, a.first) {
			continue
		}
		kept = append(kept, a)
	}
	return kept
}

// civilianRoles are the roles of people outside any armed force (not
// businesses, whose facilities are property).
var civilianRoles = map[string]bool{
	"CVL": true, "REF": true, "EDU": true, "HLH": true, "REL": true, "AGR": true, "LAB": true,
	"MED": true, "ELI": true, "OPP": true, "PTY": true, "NGO": true,
}

// assaultCode recodes an unspecified attack (190) on civilians by an actor
// that is not a state's armed forces as unconventional violence (180, the
// CAMEO 18 "assault" family), as CAMEO separates assaults on civilians from
// fighting between armed forces (19). It returns code unchanged otherwise.
func assaultCode(code string, s, t arg) string {
	if code != "190" || !civilianRoles[dyad.ActorRole(t.code)] {
		return code
	}
	switch dyad.ActorRole(s.code) {
	case "MIL", "COP", "GOV", "SPY", "":
		return code
	}
	return "180"
}

// sumBefore reports whether toks[j] ("in") follows a sum of money: a
// number, or a currency after one ("$50 million in aid", "20 million
// euros in humanitarian aid").
func sumBefore(toks []dyad.Token, j int) bool {
	if j < 2 {
		return false
	}
	p := toks[j-1]
	if p.Tag == "CD" {
		for k := j - 2; k >= 0 && k >= j-3; k-- {
			if toks[k].Tag == "$" {
				return true
			}
		}
		return false
	}
	switch p.Lemma {
	case "euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "yuan", "franc", "francs", "rupee", "rupees":
		return toks[j-2].Tag == "CD"
	}
	return false
}

// jointDrills are the nouns of joint military activity: "held joint
// exercises", "began joint naval drills", "wrapped up joint patrols".
var jointDrills = map[string]bool{
	"exercise": true, "drill": true, "patrol": true, "manoeuvre": true, "maneuver": true, "wargame": true,
}

// jointDrillAt matches "A and B VERB joint (military/naval) exercises,
// drills or patrols" and "A VERB joint exercises with B" at the adjective
// "joint" toks[i]: military cooperation (062; 063 for police), both ways.
// The match starts at the clause's verb, so that "will hold" makes it an
// intention (0312). It needs two parties: a coordinated subject or a
// partner after "with".
func (c *Coder) jointDrillAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	if toks[i].Lemma != "joint" {
		return match{}, false
	}
	n := -1
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if jointDrills[toks[k].Lemma] && strings.HasPrefix(toks[k].Tag, "NN") {
			n = k
			break
		}
		if toks[k].Tag != "JJ" && toks[k].Tag != "NN" {
			break
		}
	}
	if n < 0 {
		return match{}, false
	}
	start := clauseStart(toks, i)
	verb := -1
	for k := i - 1; k >= start; k-- {
		if strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "VBG" && toks[k].Tag != "VBN" || toks[k].Tag == "VBN" && afterHave(toks, k) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return match{}, false
	}
	var before []arg
	for _, a := range args {
		if a.first >= start && a.last <= verb && !a.possessor && !inPP(toks, args, a, start) {
			before = append(before, a)
		}
	}
	if f := forcesFrom(toks, args, start, verb); len(f) > 0 {
		// "Patrol boats from Ghana and Togo": their armed forces
		before = f
	}
	if len(before) == 0 {
		return match{}, false
	}
	sources := nearestGroup(toks, before)
	var targets []arg
	if n+1 < len(toks) && toks[n+1].Lemma == "with" {
		targets = firstGroup(toks, args, n+2, clauseEnd(toks, n+2))
	}
	countries := map[string]bool{}
	for _, a := range append(append([]arg{}, sources...), targets...) {
		countries[dyad.ActorCountry(a.code)] = true
	}
	if len(countries) < 2 {
		return match{}, false
	}
	code := "062"
	if r := dyad.ActorRole(sources[0].code); r == "COP" {
		code = "063"
	}
	if verb > 0 && toks[verb-1].Lemma == "to" && toks[verb-1].Tag == "TO" {
		// "agreed to set up joint border patrols": the infinitive of an
		// agreement or plan is the intention to cooperate (0312)
		code = intentionOf(code)
	}
	p := &codebook.Pattern{Code: code, Words: []string{toks[verb].Lemma, "joint", toks[n].Lemma}, Recip: true, NoObject: targets == nil,
		Origin: "coder: A and B VERB joint exercises/drills/patrols"}
	m := match{p: p, first: verb, last: n + 1, sources: sources, targets: targets}
	return m, true
}

// warnIfOrigin names the rule of warnIfAt in explanations.
const warnIfOrigin = "coder: warned that ... if X"

// warnIfAt matches "X warned (on Monday) that it would close ... if Y
// did not ...": a threat (130, or the 13x intention of the act warned of
// when it has a pattern) against the party of the condition. Without a
// condition naming an actor it matches nothing.
//
// After "and" ("demanded that Belarus stop ... and warned that ...") the
// source is that of the event before (prev), when there is one.
//
// A statement ("said", "announced", "declared" that it would block ...
// if Y did not ...) is such a threat too when the that-clause's subject is
// the speaker's own side (a pronoun, or a party of the speaker's country)
// and its act, right after "will"/"would", is one of cutting, blocking or
// punishing (threatVerbs) or has a hostile pattern; "said Russia would
// retaliate if ..." (another party's act) and "said it would lift the
// sanctions if ..." (an offer) match nothing.
func (c *Coder) warnIfAt(toks []dyad.Token, i int, args []arg, inArg, inTime []bool, prev []arg) (match, bool) {
	if !strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "VBG" && !asSaying(toks, i) {
		return match{}, false
	}
	if toks[i].Lemma != "warn" && !conditionalThreatSaid(c, toks, i, args, inArg, inTime) {
		return match{}, false
	}
	k, ok := sayComplement(toks, i, inTime, toks[i].Lemma != "warn")
	if !ok {
		return match{}, false
	}
	cond := -1
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Text == ";" || toks[j].Text == "." {
			break
		}
		if conditional(toks[j]) {
			cond = j
			break
		}
	}
	if cond < 0 {
		return match{}, false
	}
	targets := firstGroup(toks, args, cond+1, clauseEnd(toks, cond+1))
	if len(targets) == 0 {
		return match{}, false
	}
	if toks[i].Lemma != "warn" && ownSide(args, i, targets) {
		// "announced that it will withdraw its force from Chad unless
		// President X ...", X given the speaker's country: no threat
		// against one's own side
		return match{}, false
	}
	if d, ok := demonymObject(toks, args, k+1, cond, i, targets); ok {
		// "would suspend imports of Brazilian chicken if exporters
		// could not prove ...": the goods' country is the target
		targets = []arg{d}
	}
	code := "130"
	for j := k + 1; j < cond; j++ {
		if !strings.HasPrefix(toks[j].Tag, "VB") {
			continue
		}
		if forceResponse(toks, j) {
			code = "138"
			break
		}
		if m, ok := c.matchAt(toks, j, inArg, inTime); ok {
			if t := threatOf(m.p.Code); strings.HasPrefix(t, "13") {
				code = t
			}
			break
		}
	}
	p := &codebook.Pattern{Code: code, Words: []string{toks[i].Lemma, toks[k].Lemma}, Cond: true, Origin: warnIfOrigin}
	m := match{p: p, first: i, last: k + 1, targets: targets}
	if asSaying(toks, i) {
		// "the agency quoted a defence ministry spokesman as saying
		// ...": the threat is the spokesman's, not the agency's
		if before := argsBefore(args, i-1); len(before) > 0 && before[len(before)-1].last == i-1 {
			m.sources = nearestGroup(toks, before)
		}
	}
	if i > 0 && (toks[i-1].Lemma == "and" || spokesmanAfterAnd(toks, i) >= 0) && len(prev) > 0 {
		// "demanded that ..., and a government spokesman warned that
		// ...": the spokesman speaks for the party of the demand
		m.sources = prev
	}
	return m, true
}

// welcomedGestureAt matches ", a gesture/move/step X welcomed": a relative
// clause whose antecedent is the event just coded, praised (051) by X.
// The target is the source of that event, passed as prev.
func welcomedGestureAt(toks []dyad.Token, i int, args []arg, prev []arg) (match, bool) {
	if len(prev) == 0 || toks[i].Lemma != "welcome" || !strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "VBG" {
		return match{}, false
	}
	var by []arg
	for _, a := range args {
		if a.last <= i && a.last >= i-1 && !a.possessor || a.possessor && officialOf(toks, a, i) {
			by = append(by, a)
		}
	}
	if len(by) == 0 {
		return match{}, false
	}
	group, ok := relativeAgent(toks, args, by[len(by)-1], "gesture", "move", "step", "decision")
	if !ok {
		return match{}, false
	}
	p := &codebook.Pattern{Code: "051", Words: []string{"welcome"}, Origin: "coder: an act, a gesture X welcomed"}
	return match{p: p, first: i, last: i + 1, sources: group, targets: prev}, true
}

// relativeAgent returns the actor group ending with by when it is the
// subject of a relative clause after ", (in) a/the [ADJ] NOUN" ("..., a
// move Moscow welcomed", "..., a charge Freetown dismissed", "..., in a
// gesture the EU's envoy welcomed") and NOUN's lemma is one of nouns.
func relativeAgent(toks []dyad.Token, args []arg, by arg, nouns ...string) ([]arg, bool) {
	group := nearestGroup(toks, argsBefore(args, by.last))
	n := group[0].first - 1
	if n > 2 && toks[n].Tag == "DT" {
		n-- // "a gesture the EU's envoy welcomed"
	}
	if n < 2 || !strings.HasPrefix(toks[n].Tag, "NN") || !slices.Contains(nouns, toks[n].Lemma) {
		return nil, false
	}
	d := n - 1
	if toks[d].Tag == "JJ" {
		d--
	}
	if d < 1 || toks[d].Tag != "DT" {
		return nil, false
	}
	if d > 1 && toks[d-1].Lemma == "in" {
		d-- // ", in a gesture X welcomed"
	}
	if toks[d-1].Text != "," {
		return nil, false
	}
	return group, true
}

// officialOf reports whether the possessor a is followed, up to toks[i],
// by "'s" and one to three nouns naming its official ("the East African
// Community's secretary-general welcomed"): the official speaks for it.
func officialOf(toks []dyad.Token, a arg, i int) bool {
	if a.last >= i || toks[a.last].Tag != "POS" || i-a.last-1 < 1 || i-a.last-1 > 3 {
		return false
	}
	for k := a.last + 1; k < i; k++ {
		if !strings.HasPrefix(toks[k].Tag, "NN") && toks[k].Tag != "JJ" && toks[k].Tag != "HYPH" {
			return false
		}
	}
	return true
}

// argsBefore returns the mentions that end at or before k.
func argsBefore(args []arg, k int) []arg {
	var out []arg
	for _, a := range args {
		if a.last <= k {
			out = append(out, a)
		}
	}
	return out
}

// guestSources returns the guest of a visit noun in an appositive after
// the subject ("The Kenyan president, on a three-day visit to Ghana,
// signed ..."): the actor group that ends right before the comma that
// opens the phrase. It returns nil otherwise.
func guestSources(toks []dyad.Token, args []arg, p *codebook.Pattern, i int) []arg {
	if p.Code != "042" || !p.Noun {
		return nil
	}
	k := ppStart(toks, i)
	if k < 2 || toks[k-1].Lemma != "on" || toks[k-2].Text != "," {
		return nil
	}
	before := argsBefore(args, k-2)
	if len(before) == 0 || before[len(before)-1].last != k-2 {
		return nil
	}
	return nearestGroup(toks, before)
}

// ingParticiple reports whether toks[i], tagged as a noun, is an -ing
// participle: right after a comma and right before an actor (", warning
// Pakistan against crossing the border", ", urging Israel to ...").
func ingParticiple(toks []dyad.Token, i int, inArg []bool) bool {
	t := toks[i]
	return t.Tag == "NN" && strings.HasSuffix(strings.ToLower(t.Text), "ing") && i > 0 && toks[i-1].Text == "," &&
		i+1 < len(inArg) && inArg[i+1] && !inArg[i]
}

// borderWords are the nouns of a frontier whose "with X" names the
// country on its other side ("near the border with Chad").
var borderWords = map[string]bool{"border": true, "frontier": true, "boundary": true}

// acrossBorder reports whether the mention at toks[first] is the country
// of a border phrase: "the border with X", "the frontier with X".
// Only "the" may open the phrase, adjectives between ("the northern
// border with X"): "its border with X" is a party's own border.
func acrossBorder(toks []dyad.Token, first int) bool {
	if first < 3 || toks[first-1].Lemma != "with" || !borderWords[toks[first-2].Lemma] {
		return false
	}
	for k := first - 3; k >= 0; k-- {
		switch {
		case toks[k].Lemma == "the":
			return true
		case toks[k].Tag != "JJ":
			return false
		}
	}
	return false
}

// borderCountries recodes the parties given the country of a border
// phrase ("Gunmen killed 40 villagers near the border with Niger, the army
// of Mali said"): a
// country that the document names only as the other side of a border is
// where a place lies, not the nationality of parties named without one
// (nominal and title mentions with no proper name or demonym of their
// own: "Thai officials" stay Thai). They take the country the document
// otherwise names most often (the first on a tie), else the dateline's;
// with neither they are left as they are.
func borderCountries(d *dyad.Doc, args [][]arg) {
	inBorder := map[string]bool{}
	count := map[string]int{}
	var order []string
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			code := e.MentionActor(m)
			if m.Kind == "pronoun" || !isCountry(code) || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
				continue
			}
			toks := d.Sentences[m.Sentence].Tokens
			if m.Last <= datelineEnd(toks) {
				continue
			}
			if acrossBorder(toks, m.First) {
				inBorder[code] = true
				continue
			}
			if count[code] == 0 {
				order = append(order, code)
			}
			count[code]++
		}
	}
	if len(inBorder) == 0 {
		return
	}
	other := ""
	for _, c := range order {
		if !inBorder[c] && (other == "" || count[c] > count[other]) {
			other = c
		}
	}
	if other == "" {
		for _, p := range d.Places {
			if p.Dateline && isCountry(p.Country) && !inBorder[p.Country] {
				other = p.Country
				break
			}
		}
	}
	if other == "" {
		return
	}
	for si := range args {
		for i := range args[si] {
			a := &args[si][i]
			if a.kind != "nominal" && a.kind != "title" {
				continue
			}
			c := dyad.ActorCountry(a.code)
			if !inBorder[c] || count[c] > 0 || !strings.HasPrefix(a.code, c) || namesCountry(d.Sentences[si].Tokens, *a) {
				continue
			}
			a.code = other + a.code[len(c):]
		}
	}
}

// namesCountry reports whether a mention has a proper name or a
// capitalised adjective ("Thai officials", "Chadian troops") among its
// tokens, which may give its country.
func namesCountry(toks []dyad.Token, a arg) bool {
	for k := a.first; k < a.last && k < len(toks); k++ {
		t := toks[k]
		if !strings.HasPrefix(t.Tag, "NNP") && !(t.Tag == "JJ" && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z') {
			continue
		}
		if k > 0 || demonymLike(t.Lemma) {
			return true
		}
		// the first word of a sentence is capitalised anyway ("Gunmen")
	}
	return false
}

// demonymLike reports whether a word ends as names of peoples do
// ("chadian", "nigerien", "sudanese", "iraqi", "turkish", "french").
func demonymLike(w string) bool {
	for _, suf := range []string{"an", "ien", "ese", "i", "ish", "ch", "ic"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// featureNouns name seas, gulfs and other stretches of land or water that
// a people's adjective or a country's name may modify ("the Indian Ocean",
// "the South China Sea", "the Korean Peninsula").
var featureNouns = map[string]bool{
	"ocean": true, "sea": true, "gulf": true, "strait": true, "straits": true,
	"peninsula": true, "subcontinent": true,
}

// geographicFeature reports whether the mention toks[first:last] of a
// modifier ends in a feature noun ("the Indian Ocean"): it names a place,
// never a party to an event.
func geographicFeature(toks []dyad.Token, first, last int, kind string) bool {
	if kind != "modifier" || last-first < 2 || last > len(toks) {
		return false
	}
	return featureNouns[strings.ToLower(toks[last-1].Text)]
}

// thereCountries gives a party named by a common noun and "there" ("a
// court there", "the authorities there", "police there") the country of
// the nearest party named before it in the sentence, the place "there"
// points back to, when its own words name no country and the actor stage
// gave it another one (the dateline's, "THE HAGUE ... aid to Chad's
// government after a court there jailed ..."). args are sorted by
// position.
func thereCountries(toks []dyad.Token, args []arg) {
	for i := range args {
		a := &args[i]
		if a.kind != "nominal" || a.last >= len(toks) || strings.ToLower(toks[a.last].Text) != "there" || namesCountry(toks, *a) {
			continue
		}
		c := dyad.ActorCountry(a.code)
		if !isCountry(c) || !strings.HasPrefix(a.code, c) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			b := args[j]
			bc := dyad.ActorCountry(b.code)
			if b.last > a.first || !isCountry(bc) {
				continue
			}
			if bc != c {
				a.code = bc + a.code[len(c):]
				clauseNominals(toks, args[i+1:], a.last, c, bc)
			}
			break
		}
	}
}

// clauseNominals gives the parties named by common nouns after a "there"
// in its clause ("a court there jailed a prominent journalist") the
// country "there" points to, when their own words name none and the actor
// stage gave them the one it replaced (old).
func clauseNominals(toks []dyad.Token, after []arg, from int, old, country string) {
	end := from
	for end < len(toks) && toks[end].Text != "," && toks[end].Text != "." && toks[end].Text != ";" {
		end++
	}
	for i := range after {
		b := &after[i]
		if b.first >= end {
			return
		}
		if b.kind == "nominal" && dyad.ActorCountry(b.code) == old && strings.HasPrefix(b.code, old) && !namesCountry(toks, *b) {
			b.code = country + b.code[len(old):]
		}
	}
}

// threatSpeechVerbs are the statement verbs whose that-clause may state a
// conditional threat of the speaker ("said that Zagreb would block ...
// if Belgrade did not ...").
var threatSpeechVerbs = map[string]bool{"say": true, "announce": true, "declare": true, "state": true}

// hostileRoots are the roots of acts whose conditional announcement is a
// threat: rejection, reduced relations, coercion, force.
var hostileRoots = map[string]bool{"12": true, "16": true, "17": true, "18": true, "19": true, "20": true}

// conditionalThreatSaid reports whether the statement verb toks[i] opens
// "(that) SUBJ will/would ACT ... if/unless": SUBJ a pronoun or parties of
// the speaker's country, ACT a threat verb or a hostile pattern. The
// condition itself is checked by warnIfAt.
func conditionalThreatSaid(c *Coder, toks []dyad.Token, i int, args []arg, inArg, inTime []bool) bool {
	if !threatSpeechVerbs[toks[i].Lemma] {
		return false
	}
	k, ok := sayComplement(toks, i, inTime, true)
	if !ok {
		return false
	}
	md := -1
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].Tag == "MD" {
			if l := toks[j].Lemma; l == "will" || l == "would" || toks[j].Text == "'ll" {
				md = j
			}
			break
		}
		if strings.HasPrefix(toks[j].Tag, "VB") || boundary(toks, j) {
			return false
		}
	}
	if md < 0 || md == k+1 {
		return false
	}
	own := ""
	if before := argsBefore(args, i); len(before) > 0 {
		own = dyad.ActorCountry(before[len(before)-1].code)
	}
	subj := false
	for _, a := range args {
		if a.first > k && a.last <= md {
			if own == "" || dyad.ActorCountry(a.code) != own {
				return false
			}
			subj = true
		}
	}
	if !subj && toks[md-1].Tag != "PRP" && !theCountry(toks, md-1) {
		return false
	}
	v := md + 1
	for v < len(toks) && toks[v].Tag == "RB" {
		if toks[v].Lemma == "not" || toks[v].Lemma == "never" {
			return false
		}
		v++
	}
	if v >= len(toks) || !strings.HasPrefix(toks[v].Tag, "VB") {
		return false
	}
	if threatVerbs[toks[v].Lemma] || forceResponse(toks, v) {
		return true
	}
	m, ok := c.matchAt(toks, v, inArg, inTime)
	return ok && hostileRoots[rootOf(m.p.Code)]
}

// ownSide reports whether a party of targets is of the country of the
// last party named before toks[i], the speaker.
func ownSide(args []arg, i int, targets []arg) bool {
	before := argsBefore(args, i)
	if len(before) == 0 {
		return false
	}
	own := dyad.ActorCountry(before[len(before)-1].code)
	for _, t := range targets {
		if dyad.ActorCountry(t.code) == own {
			return true
		}
	}
	return false
}

// namedAppositives gives a party named by its title alone and then by
// name in an appositive ("Burkina Faso's military leader, Captain Ibrahim
// Traore, warned ...") the code of the name, which the actor stage
// resolves from what it knows of the person, when both are of one
// country. args are sorted by position.
func namedAppositives(toks []dyad.Token, args []arg) {
	for i := 0; i+1 < len(args); i++ {
		a, b := &args[i], args[i+1]
		if a.kind != "nominal" || b.kind != "name" || b.first != a.last+1 || a.last >= len(toks) || toks[a.last].Text != "," {
			continue
		}
		if b.last >= len(toks) || toks[b.last].Text != "," {
			continue
		}
		ac, bc := dyad.ActorCountry(a.code), dyad.ActorCountry(b.code)
		if ac == "" || ac != bc || len(b.code) <= 3 || a.code == b.code {
			continue
		}
		a.code = b.code
	}
}

// asSaying reports whether the participle toks[i] is the "as saying" of
// "quoted X as saying": the statement is X's.
func asSaying(toks []dyad.Token, i int) bool {
	return i > 0 && toks[i].Tag == "VBG" && toks[i].Lemma == "say" && toks[i-1].Lemma == "as"
}

// sayComplement returns the index k after which the complement clause of
// the verb toks[i] starts: the "that" after it (adverbs and times may come
// between), or, when thatLess is set, the verb (or the last adverb or time
// after it) when a subject follows directly ("said the country would").
func sayComplement(toks []dyad.Token, i int, inTime []bool, thatLess bool) (int, bool) {
	k := i + 1
	for k < len(toks) && (toks[k].Tag == "RB" || inTime != nil && inTime[k]) {
		k++
	}
	if k >= len(toks) {
		return 0, false
	}
	if toks[k].Lemma == "that" {
		return k, true
	}
	if !thatLess {
		return 0, false
	}
	switch t := toks[k].Tag; {
	case t == "DT" || t == "PRP" || t == "NNP" || t == "NNPS":
		return k - 1, true
	}
	return 0, false
}

// theCountry reports whether toks[j] ends "the country" or "the nation",
// the speaker's own state named by a common noun.
func theCountry(toks []dyad.Token, j int) bool {
	return j > 0 && (toks[j].Lemma == "country" || toks[j].Lemma == "nation") && toks[j-1].Lemma == "the"
}

// forceNouns are the words after "respond/react with" (or the adverbs
// after the verb) that make a response one of force.
var forceNouns = map[string]bool{
	"force": true, "military": true, "militarily": true, "forcefully": true, "retaliation": true,
	"strike": true, "strikes": true, "firepower": true, "weapon": true, "weapons": true,
}

// forceResponse reports whether the verb toks[v] is "respond"/"react"/
// "reply" with force: "would respond with overwhelming military force",
// "would react militarily". A response of another kind ("would respond
// positively", "respond with talks") is not.
func forceResponse(toks []dyad.Token, v int) bool {
	switch toks[v].Lemma {
	case "respond", "react", "reply":
	default:
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+7; j++ {
		if t := toks[j].Tag; t == "``" || t == "''" || toks[j].Text == "\"" {
			continue // "respond with \"overwhelming military force\""
		}
		if boundary(toks, j) || conditional(toks[j]) {
			return false
		}
		if forceNouns[toks[j].Lemma] || forceNouns[strings.ToLower(toks[j].Text)] {
			return true
		}
		if j == v+1 && toks[j].Lemma != "with" && toks[j].Tag != "RB" {
			return false
		}
	}
	return false
}

// countryPossessives gives the parties after "the country's" ("the
// country's Christian and Muslim leaders", a list joined by "and" or a
// comma included) the country of the nearest country named by its name
// before them in the sentence, which "the country" points back to, when
// the actor stage gave them another one and their own words name none.
// args are sorted by position.
func countryPossessives(toks []dyad.Token, args []arg) {
	for i := range args {
		a := args[i]
		f := a.first
		if f < 3 || toks[f-1].Text != "'s" || toks[f-3].Lemma != "the" {
			continue
		}
		if w := toks[f-2].Lemma; w != "country" && w != "nation" {
			continue
		}
		old := dyad.ActorCountry(a.code)
		if !isCountry(old) || !strings.HasPrefix(a.code, old) || namesCountryNotFaith(toks, a) {
			continue
		}
		country := ""
		for j := i - 1; j >= 0; j-- {
			b := args[j]
			if b.last > f-3 || b.kind != "name" {
				continue
			}
			if c := dyad.ActorCountry(b.code); isCountry(c) && b.code == c {
				country = c
				break
			}
		}
		if country == "" || country == old {
			continue
		}
		for k := i; k < len(args); k++ {
			b := &args[k]
			if k > i {
				prev := args[k-1]
				if b.first != prev.last+1 || (toks[prev.last].Lemma != "and" && toks[prev.last].Text != ",") {
					break
				}
			}
			if dyad.ActorCountry(b.code) != old || !strings.HasPrefix(b.code, old) || namesCountryNotFaith(toks, *b) {
				break
			}
			b.code = country + b.code[len(old):]
		}
	}
}

// faithWords are capitalised words of a faith, which name no country.
var faithWords = map[string]bool{
	"christian": true, "muslim": true, "catholic": true, "orthodox": true, "protestant": true,
	"sunni": true, "shiite": true, "shia": true, "jewish": true, "buddhist": true, "hindu": true,
	"druze": true, "maronite": true, "evangelical": true, "anglican": true,
}

// namesCountryNotFaith is namesCountry with the words of a faith
// ("Christian and Muslim leaders") left out.
func namesCountryNotFaith(toks []dyad.Token, a arg) bool {
	for k := a.first; k < a.last && k < len(toks); k++ {
		if faithWords[strings.ToLower(toks[k].Text)] {
			continue
		}
		if namesCountry(toks, arg{first: k, last: k + 1}) {
			return true
		}
	}
	return false
}
