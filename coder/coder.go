// Package coder turns an analysed article into events: it finds the words
// that evoke a CAMEO code (codebook patterns), reads the source and target
// actors around them, and dates and places each event from its clause.
//
// Without a parse it reads arguments off the token sequence and the clause
// boundaries (subject to the left of the trigger, object to the right,
// passive and reduced-relative agents after "by", coordinated subjects
// of cooperative verbs acting among themselves); with the parse
// (deps.go) it reads them off the dependency tree and falls back on the
// clause reading. Besides the codebook's patterns it knows one rule of its
// own, "X said (that) Y must ..." as X's demand of Y, and CAMEO's
// conventions for events whose other party is only a place.
package coder

import (
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Coder is the events stage. It is safe for concurrent use.
type Coder struct {
	cb *codebook.Codebook
}

var _ dyad.Stage = (*Coder)(nil)

// New returns the events stage over a codebook.
func New(cb *codebook.Codebook) *Coder { return &Coder{cb: cb} }

// mustDemand is the built-in pattern of a demand reported as an obligation:
// "X said (that) Y must/should ..." is X demanding of Y (CAMEO 100).
var mustDemand = &codebook.Pattern{Code: "100", Words: []string{"say", "must"}, Origin: "coder: speech verb + must/should"}

// speechVerbs are the verbs whose clause "Y must ..." reports a demand of
// their subject.
var speechVerbs = map[string]bool{
	"say": true, "announce": true, "insist": true, "conclude": true, "state": true, "declare": true,
	"stress": true, "argue": true, "add": true, "emphasize": true, "emphasise": true, "reiterate": true,
	"maintain": true, "write": true, "tell": true, "assert": true, "believe": true, "underline": true,
}

// demandAt matches a speech verb toks[i] whose complement clause has an
// actor subject and "must", "should" or "ought" ("Russia said on Tuesday
// that Sudan must return ..."); the match carries that subject as target.
func demandAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	t := toks[i]
	if !speechVerbs[t.Lemma] || t.Tag == "VBG" || !strings.HasPrefix(t.Tag, "VB") {
		return match{}, false
	}
	modal := -1
	for k := i + 1; k < len(toks) && k <= i+25; k++ {
		tk := toks[k]
		if tk.Tag == "MD" {
			switch tk.Lemma {
			case "must", "should", "ought":
				modal = k
			}
			break
		}
		if finite(tk) || tk.Text == "," || boundary(toks, k) && tk.Lemma != "that" {
			break
		}
	}
	if modal < 0 || passiveAfterModal(toks, modal) {
		// ("said that it must be implemented": a thing to be done, no
		// party to make it)
		return match{}, false
	}
	var subj []arg
	for _, a := range args {
		if a.first <= i || a.last > modal || a.possessor || a.kind == "modifier" || inPP(toks, args, a, i+1) {
			continue
		}
		subj = append(subj, a)
	}
	if len(subj) == 0 {
		return match{}, false
	}
	subj = nearestGroup(toks, subj)
	// Between the subject and the modal only a phrase of the subject
	// ("the rebels in Darfur must") may stand, not a verb ("said the
	// talks Iran held should ...").
	for k := subj[len(subj)-1].last; k < modal; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "WDT" || toks[k].Tag == "WP" {
			return match{}, false
		}
	}
	return match{p: mustDemand, first: i, last: i + 1, targets: subj}, true
}

// Name implements dyad.Stage.
func (c *Coder) Name() string { return "events" }

// arg is an actor mention usable as an event argument.
type arg struct {
	first, last int
	code        string
	entity      string
	kind        string
	possessor   bool
}

// match is a pattern that fired at a trigger.
type match struct {
	p           *codebook.Pattern
	first, last int // trigger tokens [first, last)
	// targets, when set, are the event's targets, found by the rule
	// that made the match (demandAt)
	targets []arg
	// sources, when set, are the event's sources, found by the rule that
	// made the match (an attack in a relative clause of the accusation:
	// "blamed X for an air strike that destroyed ...")
	sources []arg
	// answer is set when targets are the attackers a vow of retaliation
	// answers: they are none of its sources
	answer bool
	// among is set when the sources act on each other ("each side
	// accused the other"): no target is looked for
	among bool
}

// Decision says what the coder did at one trigger, for `dyad explain`.
type Decision struct {
	Sentence int
	Trigger  string
	Pattern  string // the codebook pattern and where it is defined
	Code     string // the code the events got ("" when none)
	// Outcome is "coded" or why nothing was: "complement of an earlier
	// event", "negated, and the code has no refusal", "no source", ...
	Outcome          string
	Sources, Targets []string
	Events           int
}

// Explain codes d like Process and returns a decision for every trigger
// that matched a pattern.
func (c *Coder) Explain(d *dyad.Doc) []Decision {
	var ds []Decision
	c.process(d, func(x Decision) { ds = append(ds, x) })
	return ds
}

// Process implements dyad.Stage: it fills d.Events.
func (c *Coder) Process(d *dyad.Doc) error {
	c.process(d, nil)
	return nil
}

func (c *Coder) process(d *dyad.Doc, trace func(Decision)) {
	args := make([][]arg, len(d.Sentences))
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			code := e.MentionActor(m)
			if len(code) < 3 || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
				continue
			}
			toks := d.Sentences[m.Sentence].Tokens
			if m.Last <= datelineEnd(toks) {
				// "PEMBA, Mozambique, Sept 23 (AFP) - Insurgents
				// beheaded ...": the dateline names no party
				continue
			}
			if geographicFeature(toks, m.First, m.Last, m.Kind) {
				// "in the Indian Ocean": a place, no party
				continue
			}
			if currencyModifier(toks, m.First, m.Last, m.Kind) {
				// "a 300 million U.S. dollar loan": a currency, no party
				continue
			}
			a := arg{first: m.First, last: m.Last, code: code, entity: e.ID, kind: m.Kind}
			a.possessor = a.last < len(toks) && toks[a.last].Tag == "POS"
			if c := dyad.ActorCountry(code); isCountry(c) && opposedBy(toks, a) {
				// "critics of Kenya's parliament": the opposition of
				// its country
				a.code = c + "OPP"
			}
			args[m.Sentence] = append(args[m.Sentence], a)
		}
	}
	borderCountries(d, args)
	var events []dyad.Event
	for si := range d.Sentences {
		sort.SliceStable(args[si], func(i, j int) bool { return args[si][i].first < args[si][j].first })
		delegationsOf(d.Sentences[si].Tokens, args[si])
		aircraftOwners(d.Sentences[si].Tokens, args[si])
		juntaCountries(d.Sentences[si].Tokens, args[si])
		thereCountries(d.Sentences[si].Tokens, args[si])
		countryPossessives(d.Sentences[si].Tokens, args[si])
		domesticFighters(d, si, args[si])
		namedAppositives(d.Sentences[si].Tokens, args[si])
		// "The army said the strike killed several people": the
		// attackers of the strike told before
		args[si] = attackAnaphors(d, si, args[si], events)
		// "the plane had violated Turkish airspace": the craft hit before
		args[si] = craftAnaphors(d, si, args[si], events)
		events = append(events, c.sentence(d, si, args[si], trace)...)
	}
	d.Events = merge(events)
}

// sentence codes the events of one sentence.
func (c *Coder) sentence(d *dyad.Doc, si int, args []arg, trace func(Decision)) []dyad.Event {
	s := d.Sentences[si]
	toks := s.Tokens
	if len(args) == 0 && trace == nil {
		return nil
	}
	inArg := make([]bool, len(toks))
	for _, a := range args {
		for k := a.first; k < a.last && k < len(toks); k++ {
			inArg[k] = true
		}
	}
	// the tokens of time expressions may stand inside a pattern's gaps
	// ("launched a mediation effort on Saturday between")
	var inTime []bool
	for _, te := range d.Times {
		if te.Sentence != si {
			continue
		}
		for k, tk := range toks {
			if tk.Start >= te.Start && tk.End <= te.End {
				if inTime == nil {
					inTime = make([]bool, len(toks))
				}
				inTime[k] = true
			}
		}
	}
	var out []dyad.Event
	used := make([]bool, len(toks))
	fired, lastCoded, lastEnd, lastIntended := false, -1, -1, false
	lastRoot := ""        // the root of the last event coded
	lastTarget := ""      // and its target's code
	var lastSources []arg // and the mentions of its source
	var lastTargets []arg // and of its target
	var attackers []arg   // the sources of the last attack coded
	var accused []arg     // the target of the last accusation coded
	var takers []arg      // the source of the last attack or abduction coded
	var sides []arg       // the parties of the last event with two or more sources
	var crowd []arg       // the people the last dispersal was aimed at (repressed)
	for i := 0; i < len(toks); i++ {
		if used[i] || inArg[i] {
			continue
		}
		if nounInPhrase(toks, i) {
			// "wanted on drug trafficking charges": a noun, not a verb
			continue
		}
		if code := relativeOfAttack(toks, i); accused != nil && code != "" {
			// "blamed Israel for an air strike that destroyed its
			// consulate": the accused party made the attack, on the
			// relative clause's object, coded as the attack noun's kind
			used[i] = true
			m := match{p: &codebook.Pattern{Code: code, Words: []string{toks[i].Lemma}}, first: i, last: i + 1, sources: accused}
			var dec *Decision
			if trace != nil {
				dec = &Decision{Sentence: si, Trigger: d.Text()[toks[i].Start:toks[i].End],
					Pattern: "relative clause of an attack noun after an accusation"}
			}
			out = append(out, c.code(d, si, m, args, dec)...)
			if dec != nil {
				trace(*dec)
			}
			accused = nil
			continue
		}
		if m, ok := massKillingAt(toks, i, args, accused); ok {
			// "accused the militia of killing at least 40 civilians in
			// a raid": the accused's mass killing, the raid included
			var dec *Decision
			if trace != nil {
				dec = &Decision{Sentence: si, Trigger: d.Text()[toks[i].Start:toks[i].End],
					Pattern: "mass killing of civilians in an accusation"}
			}
			for k := m.first; k < m.last; k++ {
				used[k] = true
			}
			out = append(out, c.code(d, si, m, args, dec)...)
			if dec != nil {
				trace(*dec)
			}
			lastCoded, lastEnd, fired = i, m.last, true
			accused = nil
			continue
		}
		if m, ok := c.praisedActAt(toks, i, lastCoded, lastEnd, lastSources, lastTargets, args, inArg, inTime); ok {
			// "thanked Canada for flying tarpaulins to the islands": the
			// act praised or condemned is the party's own event
			var dec *Decision
			if trace != nil {
				dec = &Decision{Sentence: si, Trigger: d.Text()[toks[m.first].Start:toks[m.last-1].End],
					Pattern: m.p.String() + " (act praised or condemned)"}
			}
			for k := m.first; k < m.last; k++ {
				used[k] = true
			}
			out = append(out, c.code(d, si, m, args, dec)...)
			if dec != nil {
				trace(*dec)
			}
			continue
		}
		m, ok := c.passiveNounAt(toks, i, args, inArg, inTime)
		if !ok {
			m, ok = condemnedAttackAt(toks, i, args, lastRoot)
		}
		if !ok {
			m, ok = gestureByAt(toks, i, args)
		}
		if !ok {
			m, ok = refusedResignationAt(toks, i, args, lastRoot, lastEnd, lastSources)
		}
		if !ok {
			m, ok = visitingGuestAt(toks, i, args)
		}
		if !ok {
			m, ok = passiveDeliveryAt(d, si, i, args)
		}
		if !ok {
			m, ok = rejectedProposalAt(toks, i, args, lastSources)
		}
		if !ok {
			m, ok = welcomedGestureAt(toks, i, args, lastSources)
		}
		if !ok && lastRoot == "11" {
			m, ok = dismissedChargeAt(toks, i, args, lastSources)
		}
		if !ok && lastRoot == "11" {
			m, ok = chargeCalledAt(toks, args, i, lastSources)
		}
		if !ok {
			m, ok = c.jointOperationAt(toks, i, args)
		}
		if !ok {
			m, ok = c.togetherAt(toks, i, args)
		}
		if !ok {
			m, ok = exerciseAt(toks, i, args)
		}
		if !ok {
			m, ok = c.cooperationWithAt(toks, i, args)
		}
		if !ok {
			m, ok = quotedThreatAt(d, si, i, args)
		}
		if !ok {
			m, ok = c.warnIfAt(toks, i, args, inArg, inTime, lastSources)
		}
		if !ok {
			m, ok = warnResponseAt(toks, i, args, inTime)
		}
		if !ok {
			m, ok = violationCalledAt(d, si, i, args)
		}
		if !ok {
			m, ok = c.jointDrillAt(toks, i, args)
		}
		if !ok {
			m, ok = craftOperatingAt(d, si, i, args)
		}
		if !ok {
			m, ok = c.matchAt(toks, i, inArg, inTime)
			if ok {
				m = handedTo(toks, args, m)
			}
		}
		if !ok {
			m, ok = receivedPartyAt(toks, i, args)
		}
		if !ok {
			m, ok = c.warnFaceAt(toks, i, args, inArg, inTime)
		}
		if !ok {
			m, ok = c.jointlyAt(toks, i, args, inArg, inTime)
		}
		if !ok {
			m, ok = activeReliefAt(d, si, i, args)
		}
		if !ok {
			m, ok = alertAt(toks, i, args)
		}
		if !ok {
			if m, ok = demandAt(toks, i, args); !ok {
				continue
			}
		}
		for k := m.first; k < m.last; k++ {
			used[k] = true
		}
		// The verb of an infinitive an intention governs is part of it:
		// "agreed to move ahead" is one event.
		if m.p.Words[len(m.p.Words)-1] == "to" && m.last < len(toks) {
			used[m.last] = true
		}
		// A clause "that ..." after an earlier trigger is its content, not
		// an event of its own ("agreed that their countries should cooperate");
		// nor is the infinitive of a noun ("rejected an offer to host").
		var dec *Decision
		if trace != nil {
			dec = &Decision{Sentence: si, Trigger: d.Text()[toks[m.first].Start:toks[m.last-1].End],
				Pattern: m.p.String() + " (" + m.p.Origin + ")"}
		}
		var aside, guests []arg
		if m.p.Noun && m.sources == nil {
			if meetingAside(toks, m.p, i) {
				aside = asideSources(toks, args, i, lastSources, lastCoded)
			}
			guests = guestSources(toks, args, m.p, i)
		}
		met := meetingAfter(toks, args, m.p, i)
		own := !m.p.Noun && m.sources == nil && len(lastSources) > 0 && saidOwnIntention(toks, i)
		if own {
			// "praised Cuba ... and said his government would seek a
			// longer agreement with Havana": the speaker's own
			// intention, toward the party just named when it names none
			m.sources = lastSources
			if m.targets == nil && len(lastTargets) > 0 && noPartyAfter(toks, args, m.last) {
				m.targets = lastTargets
			}
		}
		if !m.p.Noun && m.sources == nil {
			if g := toponymSubject(d, si, i, args); g != nil {
				// "and said Georgetown had asked Brazil ...": the
				// city stands for its government
				m.sources = g
			}
		}
		if !own && !m.p.Noun && m.sources == nil && len(lastSources) > 0 && sharedSubjectAfterClause(toks, i, lastEnd) {
			// "sent condolences to Nepal after a landslide swept a bus
			// into a river, and offered ...": the main clause's subject
			m.sources = lastSources
		}
		if !own && len(lastSources) > 0 && len(lastTargets) > 0 && partnerPronounAt(toks, args, m, i, lastRoot) {
			// "spoke by telephone with X and praised his push to ...":
			// the caller's praise of the partner
			own = true
			m.sources, m.targets = lastSources, lastTargets
		}
		if !own && !m.p.Noun && m.sources == nil {
			if x := speakerAfterThatClause(d, si, i, args, m); x != nil {
				// "X said that Y had moved troops to the border, and
				// accused Baku of ...": X's accusation
				own = true
				m.sources = x
			}
		}
		if !own && !m.p.Noun && m.sources == nil && len(lastSources) > 0 && toks[i].Tag == "VBN" && toks[i-1].Lemma == "and" && accusedOf(toks, i) {
			// "criticised Guatemala's decision to deport dozens of
			// Mexican citizens and accused Guatemalan officials of ...":
			// the tagger's participle is the first verb's coordinate,
			// with its subject
			m.sources = lastSources
		}
		if !own && !m.p.Noun && m.sources == nil && len(lastSources) > 0 {
			if x := promptedParty(toks, args, i); x != nil {
				// "arrested 11 fishermen, prompting the Maldives to
				// demand their release": X's act, toward the party of
				// the clause before when it names none
				own = true
				m.sources = x
				if m.targets == nil && noPartyAfter(toks, args, m.last) {
					m.targets = lastSources
				}
			}
		}
		switch {
		case len(met) > 0:
			// "X said after meeting his Namibian counterpart": a meeting
			// of the clause's subject with the partner
			fired = true
			m.sources = met
			out = append(out, c.code(d, si, m, args, dec)...)
		case fired && !own && inThatClause(toks, i) && !addedThat(toks, i) && !parallelThat(toks, i) && !saidAfterAnd(toks, i) && !accusingParticiple(toks, m, i) && m.p.Origin != rejectedOrigin && m.p.Origin != jointParticipleOrigin && !(m.p.Origin == warnIfOrigin && toks[i].Tag == "VBD" && (toks[i-1].Lemma == "and" || spokesmanAfterAnd(toks, i) >= 0)):
			// ("demanded that Belarus stop ... and warned that ...": a
			// past-tense verb of its own after "and" ends the clause)
			if dec != nil {
				dec.Outcome = "content of an earlier event's that-clause"
			}
		case !m.p.Noun && !own && complement(toks, i, fired):
			if dec != nil {
				dec.Outcome = "complement (infinitive, gerund, noun use or must/should), not an event"
			}
		case len(aside) > 0:
			// "called for a ceasefire during talks with Macron", "In a
			// phone call with Erdogan, Scholz urged ...": the talks are
			// an event of the clause's source too
			fired = true
			m.sources = aside
			out = append(out, c.code(d, si, m, args, dec)...)
		case len(guests) > 0:
			// "The Kenyan president, on a visit to Ghana, signed ...":
			// the visit is the subject's
			fired = true
			m.sources = guests
			out = append(out, c.code(d, si, m, args, dec)...)
		case m.p.Origin == condemnedAttackOrigin:
			// "condemned an attack by armed men on a police post": the
			// attack itself, by the by-phrase's party on the force
			fired = true
			out = append(out, c.code(d, si, m, args, dec)...)
		case m.p.Noun && sameClause(toks, lastCoded, i) && (nounInPP(toks, i) || nounAfter(toks, i, lastEnd)) && !duringVisit(toks, m.p, i):
			// "mobilized reservists for a possible war against Iraq",
			// "accused X of an attack on Y": the background or content of
			// the earlier event
			if dec != nil {
				dec.Outcome = "event noun in a phrase of an earlier event, not an event"
			}
		case m.p.Noun && m.sources == nil && attackRoot(rootOf(m.p.Code)) && condemnedObject(toks, i):
			// "condemned the raid on a hospital in Gaza": the attack
			// condemned, its attacker not named, is none of the
			// condemning party's acts
			if dec != nil {
				dec.Outcome = "attack condemned with no attacker named, not an event"
			}
		case describedBacking(toks, args, m, i):
			// "Somali troops backed by African Union forces fought ...":
			// who stands behind a party, a description and no event
			if dec != nil {
				dec.Outcome = "participle describing a party's backers, not an event"
			}
		case lastRoot == "13" && inCondition(toks, i):
			// "warned Beijing that it would face new sanctions if Chinese
			// companies supplied weapons to Russia": the condition of the
			// threat just coded, which has not happened
			if dec != nil {
				dec.Outcome = "condition (if/unless) of the threat just coded, not an event"
			}
		case killingResult(toks, args, m, i, lastRoot, lastSources, lastTarget):
			// "Russian troops shelled Kherson, killing two civilians":
			// the toll of the attack just coded
			if dec != nil {
				dec.Outcome = "participle giving the toll of the attack just coded, not an event"
			}
		case m.p.Noun && restatedAttack(toks, i, m.p.Code, lastRoot):
			// "A roadside bomb killed four soldiers ..., the deadliest
			// attack on the army this year": the attack just coded
			if dec != nil {
				dec.Outcome = "appositive naming the attack just coded again, not an event"
			}
		case lastIntended && untilClause(toks, lastEnd, i):
			// "vowed to fight until they gain control of": the goal of
			// an intention, not an event
			if dec != nil {
				dec.Outcome = "goal (until ...) of an earlier intention, not an event"
			}
		case !m.p.Noun && lastRoot == "10" && (toks[i].Tag == "VBP" || toks[i].Tag == "VB") && beforeClause(toks, lastEnd, i):
			// "announced that X must agree to changes before they
			// demobilize": what follows the demand's fulfilment, not an
			// event
			if dec != nil {
				dec.Outcome = "act after a demand is met (before ...), not an event"
			}
		case !m.p.Noun && toks[i].Tag == "VBG" && toks[i].Lemma == "target" && lastRoot != "" && lastRoot < "18" && i > 0 && toks[i-1].Text == ",":
			// "adopted new sanctions against Russia, targeting its
			// shadow fleet": what the measure aims at, not an attack
			if dec != nil {
				dec.Outcome = "participle naming what an earlier measure aims at, not an event"
			}
		case !m.p.Noun && fired && toks[i].Tag == "VBG" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "NN") && m.p.Code[:2] >= "14" && !protestingParticiple(toks, m, i, lastRoot):
			// "claimed an attack targeting civilians": a participle of a
			// noun ("a statement calling on China" is the statement's content
			// and is coded)
			if dec != nil {
				dec.Outcome = "participle of a noun after an earlier event, not an event"
			}
		default:
			fired = true
			if len(lastTargets) > 0 && promiseAfterAnd(toks, args, m, i, lastSources) {
				// "praising X's handling of the fires and offering to
				// send aircraft": the promise is to the party praised
				m.targets = lastTargets
			}
			if m.sources == nil {
				if sp := addedSpeaker(toks, args, i); sp != nil {
					// "the ministry said, adding that it had asked ..."
					m.sources = sp
				} else if sp := saidSpeaker(d, si, i, args); sp != nil && verbalRoots[rootOf(m.p.Code)] {
					// "..., the ministry said, urging ..."
					m.sources = sp
				}
			}
			if len(sides) >= 2 && m.sources == nil && m.targets == nil && theTwo(toks, m) {
				// "..., adding that the two forces would begin sharing
				// intelligence": the parties just coded, with each other
				m.sources, m.among = sides, true
			}
			if len(sides) >= 2 && m.sources == nil && m.targets == nil && eachOther(toks, m) {
				// "..., as each side accused the other of breaching a
				// truce": the parties just coded, each on the other
				m.sources, m.among = sides, true
			}
			if m.targets == nil && lastRoot == "14" && len(lastSources) > 0 && dispersed(toks, args, m) {
				// "students marched ..., before police fired tear gas to
				// disperse them": the protesters just coded
				m.targets = lastSources
			}
			if t := repressed(toks, args, m, lastTargets); t != nil {
				// "fired pepper spray and detained at least 14 people",
				// "fired tear gas as students marched on ...": the
				// protesters or the people detained
				m.targets, crowd = t, t
				if m.sources == nil && lastRoot == "17" && len(lastSources) > 0 && toks[i-1].Lemma == "and" {
					// "detained dozens of students and fired tear gas
					// as they rallied": the same police, not the students
					m.sources = lastSources
				}
			}
			if m.sources == nil && !m.p.Noun && (rootOf(m.p.Code) == "14" || m.p.Code == "113" && toks[i].Lemma == "rally") {
				s := subordinateSubject(toks, args, i)
				if s == nil && subordinatePronoun(toks, i) {
					// "detained dozens of students and fired tear gas as
					// they rallied": the people just dispersed or targeted
					if s = crowd; s == nil {
						s = lastTargets
					}
				}
				if s != nil && nonState(s[0].code) {
					// "... as several hundred residents rallied against
					// plans ...": the protest is the residents', and a
					// crowd that rallies demonstrates (141, not 113)
					m.sources = s
					if m.p.Code == "113" {
						m.p = withCode(m.p, "141")
					}
				}
			}
			if r := passiveReleaser(d, si, args, m); r != nil {
				// "fishermen detained ... were released and handed over
				// to Indonesian officials, Marape's office said": the
				// speaker's state releases them
				m.sources = r
			}
			if m.targets == nil && len(takers) > 0 && toCaptors(toks, m) {
				// "gunmen kidnapped X, ..., urging his captors to free
				// him": the appeal is to the kidnappers
				m.targets = takers
			} else if m.targets == nil && len(takers) > 0 && releaseOfCaptives(toks, m) {
				// "..., calling for their immediate release": an appeal
				// for the captives' release that names no addressee
				m.targets = []arg{{first: -1, last: -1, kind: "none"}}
			}
			if t := expelledFrom(toks, args, m); t != nil {
				// "expelled two diplomats from Mali's embassy"
				m.targets = t
			}
			if m.sources == nil && accusingParticiple(toks, m, i) && inThatClause(toks, i) {
				if w := warnerOf(toks, args, i); w != nil {
					// "X warned Y that ..., accusing Z of ...": the
					// warner accuses
					m.sources = w
				}
			}
			if m.sources == nil && len(lastSources) > 0 && accusingParticiple(toks, m, i) && sanctioningRoots[lastRoot] && inThatClause(toks, i) {
				// "threatened to revoke the licence of a channel that
				// broadcast ..., accusing the station of ...": the
				// threatening party accuses
				m.sources = lastSources
			}
			if len(lastTargets) > 0 && accusedPronoun(toks, m, i) && !covers(args, m.last) && !covers(args, m.last+1) {
				// "expelled two diplomats, accusing them of spying"
				m.targets = lastTargets
			}
			if lastRoot == "11" && len(lastSources) > 0 {
				if dp := deniedCharge(toks, args, m); dp != nil {
					// "X accused Y of ...; Y rejected the charge": Y's
					// denial toward the accuser
					m.p, m.targets = dp, lastSources
				}
			}
			if demandAfterAccusation(toks, args, m, i, accused) && len(lastSources) > 0 {
				// "accused X of detaining fishermen and demanded their
				// release": the accuser's demand of the accused
				m.sources, m.targets = lastSources, accused
			}
			if y := warnedAddressee(toks, args, m, i, inTime); y != nil {
				// "warned Ivory Coast that his army would strike any armed
				// group using its territory": a threat against the party
				// warned
				m.targets = y
				if w := warnerOwnSide(toks, args, i); w != nil && !sameArgs(w, y) {
					// "warned Algeria that its troops would use force":
					// the warner's own forces
					m.sources = w
				}
			}
			if m.targets == nil && len(attackers) > 0 && retaliation(m.p) {
				// "Israel struck Iran ..., and Tehran vowed a harsh
				// response": a vow of retaliation with no target named
				// answers the attack just reported
				m.targets, m.answer = attackers, true
			}
			evs := c.hostedBetween(toks, m, c.code(d, si, m, args, dec))
			evs = selfDemands(ownForcesOrdered(m, evs))
			evs = append(evs, c.rejectedDemands(m.p, evs)...)
			evs = append(evs, c.rejectedAppeals(toks, args, m, evs)...)
			evs = append(evs, c.toldGuests(toks, m, evs)...)
			evs = append(evs, c.repelledAttack(toks, args, m, evs)...)
			staffOfOrg(toks, args, m, evs)
			foreignGunmen(d, si, args, m, evs)
			c.massacre(toks, args, m, evs)
			c.aidAppeal(toks, m, evs)
			c.offerSubcode(toks, m, evs)
			c.askedSubcode(toks, m, evs)
			c.investigationSubcode(toks, m, evs)
			c.reinforcement(toks, m, evs)
			c.policeRaid(toks, m, evs)
			ownForcesRefused(toks, args, m, evs)
			foreignRefugees(m, evs)
			c.aerialAttack(toks, args, m, evs)
			ownTroopsDeployed(evs)
			if ps := parties(evs); ps != nil {
				sides = ps
			}
			if len(evs) > 0 {
				lastCoded, lastEnd = i, m.last
				lastRoot = rootOf(evs[0].CAMEO)
				lastTarget = evs[0].Target
				lastSources, lastTargets = nil, nil
				for _, a := range args {
					if a.entity != "" && a.entity == evs[0].SourceEntity {
						lastSources = append(lastSources, a)
					}
					if a.entity != "" && a.entity == evs[0].TargetEntity && a.first >= m.first {
						lastTargets = append(lastTargets, a)
					}
				}
				if r := lastRoot; (r == "18" || r == "19" || r == "20") && !evs[0].Negated {
					attackers = lastSources
					takers = []arg{{first: -1, last: -1, code: evs[0].Source, entity: "implied:" + evs[0].Source, kind: "implied"}}
				}
				lastIntended = evs[0].Modality == dyad.Intended
				accused = nil
				if rootOf(evs[0].CAMEO) == "11" && !evs[0].Negated {
					for _, a := range args {
						if a.entity != "" && a.entity == evs[0].TargetEntity && a.first >= m.first {
							accused = append(accused, a)
							break
						}
					}
				}
			}
			out = append(out, evs...)
			for j := m.first + 1; j < m.last && accused != nil; j++ {
				// "accused the army of killing dozens of villagers", the
				// gerund inside the accusation's pattern
				if mk, ok := massKillingAt(toks, j, args, accused); ok {
					for k := mk.first; k < mk.last; k++ {
						used[k] = true
					}
					out = append(out, c.code(d, si, mk, args, nil)...)
					lastCoded, lastEnd = j, mk.last
					accused = nil
				}
			}
		}
		if dec != nil {
			trace(*dec)
		}
	}
	return out
}

// headModified reports whether mention a stands in an "of" phrase of a noun
// that an actor modifier already names ("the Turkish and Greek sides of
// Cyprus", "Israel's allies of the Gulf"), walking back over the phrase.
func headModified(toks []dyad.Token, args []arg, a arg, start int) bool {
	of := false
	for k := a.first - 1; k >= start; k-- {
		t := toks[k]
		if t.Lemma == "of" && t.Tag == "IN" {
			of = true
			continue
		}
		for _, b := range args {
			if b.first <= k && k < b.last && b.first != a.first {
				if of && (b.kind == "modifier" || b.possessor) {
					return true
				}
			}
		}
		switch t.Tag {
		case "DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "NN", "NNS", "NNP", "NNPS", "HYPH", "CC", "VBN":
			continue
		}
		return false
	}
	return false
}

// nounInPP reports whether the event noun toks[i] heads the object of a
// preposition, walking back over its modifiers ("for a possible war").
func nounInPP(toks []dyad.Token, i int) bool { return ppStart(toks, i) >= 0 }

// ppStart returns the index just after the preposition whose object the
// noun toks[i] heads, or -1.
func ppStart(toks []dyad.Token, i int) int {
	for k := i - 1; k >= 0; k-- {
		switch t := toks[k]; t.Tag {
		case "DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "VBN", "RB":
			continue
		case "IN":
			return k + 1
		case "VBG":
			switch t.Lemma {
			case "follow", "regard", "concern", "include":
				return k + 1 // "following the invasion of": a preposition
			}
		}
		return -1
	}
	return -1
}

// nounAfter reports whether the event noun toks[i] heads the object that
// starts at end, right after an earlier trigger ("condemned the attack").
func nounAfter(toks []dyad.Token, i, end int) bool {
	if end < 0 || end > i {
		return false
	}
	for k := end; k < i; k++ {
		switch toks[k].Tag {
		case "DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "VBN", "RB":
			continue
		}
		return false
	}
	return true
}

// sameClause reports whether no clause boundary stands between toks[a]
// and toks[b] (a < b).
func sameClause(toks []dyad.Token, a, b int) bool {
	if a < 0 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if boundary(toks, k) {
			return false
		}
	}
	return true
}

// complement reports whether the verb toks[i] is the content of something
// else rather than an event of its own: the infinitive of a noun ("an offer
// to host"), after an earlier trigger an infinitive ("urged Y to sign") or a
// gerund after a preposition ("an appeal for deploying troops"), a
// participle used as a noun ("the wounded"), or a verb under "must" or
// "should" (a demand or an opinion, not an event).
func complement(toks []dyad.Token, i int, fired bool) bool {
	if i == 0 {
		return false
	}
	p := i - 1
	for p > 0 && (toks[p].Tag == "RB" || strings.HasSuffix(toks[p].Lemma, "ly")) && toks[i].Tag == "VBG" {
		p-- // "of unlawfully deporting"
	}
	prev := toks[p]
	if (toks[i].Tag == "VBN" || toks[i].Tag == "VBD") && i+1 < len(toks) && strings.HasPrefix(toks[i+1].Tag, "NN") {
		switch prev.Tag {
		case "CC":
			// "fired tear gas and arrested dozens of students": a verb
			// the parse coordinates with a finite verb is not an adjective
			if h := toks[i].Head; toks[i].Rel == "conj" && h >= 0 && h < i && (toks[h].Tag == "VBD" || toks[h].Tag == "VBZ" || toks[h].Tag == "VBP") {
				break
			}
			if (toks[i].Lemma == "arrest" || toks[i].Lemma == "detain" || accusedOf(toks, i)) && finiteVerb(toks[:p], 0) < p {
				break // (without a parse, an arrest after a past-tense verb)
			}
			if toks[i].Tag == "VBN" {
				return true
			}
		case "IN", "DT", "JJ", ",", "PRP$", "CD":
			// "from occupied areas", "the two exiled dissidents": a
			// participle used as an adjective (read as a past tense
			// only after a determiner, number or possessive)
			if toks[i].Tag == "VBN" || prev.Tag == "DT" || prev.Tag == "CD" || prev.Tag == "PRP$" {
				return true
			}
		}
	}
	switch {
	case prev.Tag == "TO" && p >= 1 && (toks[p-1].Tag == "NN" || toks[p-1].Tag == "NNS"):
		return true // "an offer to host": the infinitive of a noun
	case prev.Tag == "TO" && fired:
		return true
	case toks[i].Tag == "VBG" && prev.Tag == "IN" && fired:
		return true
	case prev.Tag == "DT" && (toks[i].Tag == "VBN" || toks[i].Tag == "VBD"):
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lemma {
		case "must", "should", "ought":
			return true
		}
		if toks[k].Tag != "RB" && toks[k].Tag != "VB" && toks[k].Lemma != "not" {
			break
		}
	}
	return false
}

// skippable reports whether a token may stand between the words of a
// pattern: determiners, adjectives, adverbs, numbers, possessives, nouns.
func skippable(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "RB", "RBR", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "VBN", "VBG", "$":
		return true
	}
	return false
}

// adjectivePhrase reports whether toks[i] follows one to three adjectives
// (JJ, JJR, JJS, a hyphenated modifier, numbers) that follow a determiner, a possessive
// pronoun or a possessive "'s": the head of a noun phrase, whatever its
// tag ("the kingdom's latest cross-border raid").
func adjectivePhrase(toks []dyad.Token, i int) bool {
	adj := func(t dyad.Token) bool {
		// (a hyphenated modifier may be tagged NN: "cross-border")
		return strings.HasPrefix(t.Tag, "JJ") || t.Tag == "HYPH" || t.Tag == "CD" || t.Tag == "NN" && strings.Contains(t.Text, "-")
	}
	k := i - 1
	n := 0
	for k >= 0 && n < 3 && adj(toks[k]) {
		k--
		n++
	}
	if n == 0 || k < 0 || toks[i-1].Tag == "CD" {
		return false
	}
	switch toks[k].Tag {
	case "DT", "PRP$", "POS":
		return true
	}
	return false
}

// subjectPronouns are the pronouns that may only be subjects.
var subjectPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true}

// matchAt returns the longest pattern whose trigger is toks[i].
func (c *Coder) matchAt(toks []dyad.Token, i int, inArg, inTime []bool) (match, bool) {
	t := toks[i]
	afterArg := i > 0 && inArg[i-1]
	ps := c.cb.Patterns(t.Lemma)
	perfect := !strings.HasPrefix(t.Tag, "VB") && perfectParticiple(toks, i)
	afterPRP := i > 0 && toks[i-1].Tag == "PRP" && subjectPronouns[strings.ToLower(toks[i-1].Text)] && t.Tag == "NN"
	if len(ps) == 0 && (strings.HasPrefix(t.Tag, "VB") || perfect || afterPRP) {
		// The lemmatizer may miss a form ("expelled" -> "expell"): try
		// the stems its spelling allows.
		for _, st := range stems(strings.ToLower(t.Text)) {
			if ps = c.cb.Patterns(st); len(ps) > 0 {
				break
			}
		}
	}
	// ", warning Pakistan against ...": an -ing form the tagger read as a
	// noun, after a comma and before an actor, is a participle
	ing := ingParticiple(toks, i, inArg)
	if ing {
		for _, st := range stems(strings.ToLower(t.Text)) {
			if vs := c.cb.Patterns(st); len(vs) > 0 {
				ps = vs
				break
			}
		}
	}
	if len(ps) == 0 {
		return match{}, false
	}
	verb := strings.HasPrefix(t.Tag, "VB") || perfect || ing
	noun := strings.HasPrefix(t.Tag, "NN") && !perfect && !ing
	if (t.Tag == "VB" || t.Tag == "VBP") && adjectivePhrase(toks, i) {
		// "in the kingdom's latest cross-border raid against": a base
		// form after a determiner or possessor and adjectives is a noun
		verb, noun = false, true
	}
	// The tagger reads "Iran attacks Israel" as a plural noun; right
	// after an actor, an -s form is a verb.
	if t.Tag == "NNS" && afterArg {
		verb = true
	}
	// A verb pattern of two or more words may start at a word the tagger
	// read as an adjective ("settlers set fire to", with "set" tagged JJ)
	// or as a noun right after an actor, unless a determiner, adjective
	// or preposition makes it part of a noun phrase.
	// A noun right after a subject pronoun is a verb too ("it shot down").
	looseVerb := !verb && (t.Tag == "JJ" || t.Tag == "NN" && (afterArg || afterPRP)) &&
		(i == 0 || toks[i-1].Tag != "DT" && toks[i-1].Tag != "PRP$" && toks[i-1].Tag != "POS" && toks[i-1].Tag != "IN" && !strings.HasPrefix(toks[i-1].Tag, "JJ"))
	for _, p := range ps {
		if p.Noun && !noun || !p.Noun && !verb && !(looseVerb && len(p.Words) > 1) {
			continue
		}
		if last, ok := follow(toks, i+1, p.Words[1:], inArg, inTime); ok {
			if p.Actor && !actorBefore(toks, i+1, last, p.Words[1], inArg) {
				continue
			}
			return match{p: p, first: i, last: last}, true
		}
	}
	return match{}, false
}

// follow matches words in order from toks[j], allowing up to maxGap
// skippable tokens (modifiers, the words of a time expression) before
// each; it returns the index after the last word.
// Before "to" only an actor may stand ("urged Russia to withdraw").
func follow(toks []dyad.Token, j int, words []string, inArg, inTime []bool) (int, bool) {
	for _, w := range words {
		gap := 0
		for {
			if j >= len(toks) {
				return 0, false
			}
			t := toks[j]
			if wordIs(t, w) {
				j++
				break
			}
			if j < len(inArg) && inArg[j] && w != "to" {
				// an actor's name, however long, stands in a gap as one
				// phrase ("forced the UN refugee agency, UNHCR, out")
				j++
				continue
			}
			if w == "to" {
				// before "to" only an actor or a time expression ("offered
				// on Monday to mediate")
				if j >= len(inArg) || !(inArg[j] || j < len(inTime) && inTime[j]) || gap == 6 {
					return 0, false
				}
			} else if t.Text == "," && (j > 0 && j-1 < len(inArg) && inArg[j-1] || j+1 < len(inArg) && inArg[j+1]) && gap < maxGap {
				// the commas of an appositive actor
			} else if !(skippable(t) || j < len(inTime) && inTime[j] || gap > 0 && (t.Lemma == "of" || t.Lemma == "than" || t.Tag == "CC" || t.Lemma == "in" && sumBefore(toks, j)) || moreThan(toks, j)) || gap == maxGap {
				// "of", "than" and "and" only inside a quantity, kind or
				// list: "25,000 tons of food aid", "more than 300 drones
				// and missiles"; "in" only after a sum of money ("50
				// million euros in humanitarian aid")
				return 0, false
			}
			gap++
			j++
		}
	}
	return j, true
}

// moreThan reports whether toks[j] is the "than" of a quantity ("more
// than 3,000 pages of evidence"), which may stand in a gap even right
// after an actor whose mention took the "more".
func moreThan(toks []dyad.Token, j int) bool {
	if j < 1 || toks[j].Lemma != "than" {
		return false
	}
	switch strings.ToLower(toks[j-1].Text) {
	case "more", "less", "fewer":
		return true
	}
	return false
}

// actorBefore reports whether an actor stands in toks[from:last] before
// the first token that is the word w ("want Putin to").
func actorBefore(toks []dyad.Token, from, last int, w string, inArg []bool) bool {
	for k := from; k < last; k++ {
		if inArg[k] {
			return true
		}
		if wordIs(toks[k], w) {
			return false
		}
	}
	return false
}

// maxGap is the most tokens that may stand between two words of a pattern.
const maxGap = 5

// irregular are past forms of news verbs that no suffix rule undoes, for
// forms the tagger read as nouns ("it shot down").
var irregular = map[string]string{
	"shot": "shoot", "struck": "strike", "fought": "fight", "held": "hold", "met": "meet",
	"sent": "send", "took": "take", "gave": "give", "fled": "flee", "sought": "seek",
	"brought": "bring", "broke": "break", "led": "lead", "threw": "throw", "overthrew": "overthrow",
	"withdrew": "withdraw", "froze": "freeze", "shut": "shut", "stole": "steal", "swore": "swear",
}

// stems returns the possible lemmas of an inflected verb form, for forms
// the lemmatizer got wrong: "expelled" -> expel, "used" -> use, "carried"
// -> carry, "boycotts" -> boycott.
func stems(w string) []string {
	var out []string
	if b, ok := irregular[w]; ok {
		out = append(out, b)
	}
	add := func(s string) {
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < 2 {
			continue
		}
		add(base)
		add(base + "e")
		if n := len(base); n >= 3 && base[n-1] == base[n-2] {
			add(base[:n-1]) // expelled -> expel
		}
		if strings.HasSuffix(base, "i") && (suf == "ed" || suf == "es") {
			add(base[:len(base)-1] + "y") // carried -> carry
		}
	}
	return out
}

// wordIs reports whether a token is the pattern word w: by lemma, by its
// lower-case form, or by a plural whose lemma was left as written
// ("troops" for "troop").
func wordIs(t dyad.Token, w string) bool {
	if t.Lemma == w {
		return true
	}
	l := strings.ToLower(t.Text)
	return l == w || strings.HasPrefix(t.Tag, "NNS") && (l == w+"s" || l == w+"es" ||
		strings.HasSuffix(w, "y") && l == w[:len(w)-1]+"ies") // "supplies", "casualties"
}

// boundary reports whether toks[i] opens a new clause.
// newSubject reports whether toks[k] is the "and" of ", and" before a
// clause of its own whose subject, a noun phrase, stands right before the
// finite verb toks[i], after a clause with a finite verb ("Gunmen
// abducted three engineers, and China called on ..."): a clause boundary
// for the verb.
func newSubject(toks []dyad.Token, k, i int) bool {
	if toks[k].Lemma != "and" || k < 1 || toks[k-1].Text != "," || k+1 >= i || !finite(toks[i]) {
		return false
	}
	for j := k + 1; j < i; j++ {
		switch t := toks[j].Tag; {
		case t == "DT" || t == "JJ" || t == "CD" || t == "POS" || t == "PRP" || t == "PRP$" || t == "RB" || strings.HasPrefix(t, "NN"):
		default:
			return false
		}
	}
	// the clause before the comma has a verb of its own (not a list of
	// subjects: "The US, Russia, and Switzerland met")
	for j := k - 2; j >= 0 && !boundary(toks, j); j-- {
		if finite(toks[j]) {
			return true
		}
	}
	return false
}

func boundary(toks []dyad.Token, i int) bool {
	t := toks[i]
	switch t.Text {
	case ";", ":", "``", "''", "“", "”", "--", "–", "—", ".", "!", "?":
		return true
	}
	switch t.Tag {
	case "WDT", "WP", "WP$", "``", "''":
		return true
	}
	switch t.Lemma {
	case "that":
		return t.Tag == "IN" || t.Tag == "WDT"
	case "if", "unless", "because", "while", "although", "though", "whereas", "but", "after", "before", "when":
		return t.Tag == "IN" || t.Tag == "CC" || t.Tag == "WRB"
	}
	return false
}

// conditional reports whether toks[i] opens a condition.
func conditional(t dyad.Token) bool {
	return t.Lemma == "if" || t.Lemma == "unless"
}

func inThatClause(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if boundary(toks, k) {
			return toks[k].Lemma == "that"
		}
	}
	return false
}

// clauseStart returns the first token of the clause holding toks[i],
// skipping a leading adjunct that ends at a comma ("According to Tokyo,",
// "Despite ..., ", "Meanwhile,").
func clauseStart(toks []dyad.Token, i int) int {
	start := 0
	for k := i - 1; k >= 0; k-- {
		if boundary(toks, k) || newSubject(toks, k, i) {
			start = k + 1
			break
		}
	}
	if start < i {
		t := toks[start]
		if t.Tag == "IN" || t.Tag == "RB" || t.Tag == "VBG" || t.Tag == "TO" {
			for k := start; k < i; k++ {
				if toks[k].Text == "," {
					return k + 1
				}
			}
		}
	}
	return start
}

// clauseEnd returns the index just past the clause that continues after
// toks[i]: the next boundary or comma.
func clauseEnd(toks []dyad.Token, i int) int {
	for k := i; k < len(toks); k++ {
		if boundary(toks, k) || toks[k].Text == "," {
			return k
		}
		// "welcomed the decision and called on ...": a coordinated verb
		// phrase starts a clause of its own
		if toks[k].Tag == "CC" && k > 0 && !strings.HasPrefix(toks[k-1].Tag, "VB") && k+1 < len(toks) { // not "donated and delivered X"
			n := k + 1
			if toks[n].Tag == "RB" && n+1 < len(toks) {
				n++
			}
			if strings.HasPrefix(toks[n].Tag, "VB") {
				return k
			}
		}
	}
	return len(toks)
}

// adjunctPreps mark phrases that never hold an event's target: "lodged a
// protest through its embassy", "during the talks". ("in" and "at" may:
// "intervened in Syria".)
var adjunctPreps = map[string]bool{
	"through": true, "via": true, "during": true, "despite": true, "after": true, "before": true,
	"since": true, "until": true, "within": true, "like": true, "including": true, "amid": true,
	"among": true, "throughout": true,
}

// adjunct reports whether mention a is the object of an adjunct
// preposition, walking back over its noun phrase.
func adjunct(toks []dyad.Token, a arg) bool {
	return adjunctPreps[prepOf(toks, a)]
}

// objectOfVerb reports whether mention a follows a verb of its clause as
// its object ("deploy peacekeepers"), walking back over its noun phrase.
func objectOfVerb(toks []dyad.Token, args []arg, a arg, start int) bool {
	poss := false
	for k := a.first - 1; k >= start; k-- {
		t := toks[k]
		if covers(args, k) {
			continue
		}
		switch {
		case t.Tag == "DT" || t.Tag == "PDT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "RB":
			continue
		case t.Tag == "POS":
			// "summoned Myanmar's ambassador and demanded ...": the
			// possessed noun is the verb's object too
			poss = true
			continue
		case t.Tag == "VBN" && (k == start || k-1 == start && toks[k-1].Tag == "DT"):
			// "Suspected Islamist militants killed ...", "The alleged
			// rebels ...": a participle opening the clause modifies the
			// noun after it
			continue
		case strings.HasPrefix(t.Tag, "VB"):
			// ("said Sudan's RSF carried out ...": the subject of the
			// clause said, as before)
			return t.Lemma != "be" && t.Lemma != "have" && !(poss && speechVerbs[t.Lemma])
		}
		return false
	}
	return false
}

// appositive reports whether mention b stands in an appositive of mention
// a: a comma between them and no "and" or "or" ("Pakistan, a key U.S.
// ally, has ..."), unlike a list ("Kim, his counterpart, and Sung Kim").
func appositive(toks []dyad.Token, args []arg, a, b arg) bool {
	if b.first <= a.last {
		return false
	}
	comma := false
	for k := a.last; k < b.first; k++ {
		switch toks[k].Lemma {
		case ",":
			comma = true
		case "and", "or":
			return false
		}
	}
	return comma && b.last < len(toks) && closingComma(toks, args, b.last)
}

// closingComma reports whether a comma closes the phrase starting at i
// before a verb does, and no "and", "or" or other actor follows it (which
// would make the phrase a member of a list: "The US, Russia, and
// Switzerland met", "Russia, Ukraine and France agreed").
func closingComma(toks []dyad.Token, args []arg, i int) bool {
	for k := i; k < len(toks); k++ {
		switch {
		case toks[k].Text == ",":
			// "Russia, Ukraine, Germany and France": another actor after
			// the comma continues a list
			return k+1 >= len(toks) || toks[k+1].Lemma != "and" && toks[k+1].Lemma != "or" && !covers(args, k+1)
		case strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD":
			return false
		}
	}
	return false
}

// inPP reports whether the mention at a is the object of a preposition
// other than "of" ("between Yoon and Kishida"), walking back over its
// phrase and any coordinated mentions.
func inPP(toks []dyad.Token, args []arg, a arg, start int) bool {
	k := a.first - 1
	for k >= start {
		t := toks[k]
		if covers(args, k) {
			k--
			continue
		}
		if t.Text == "," && !(k+1 < len(toks) && covers(args, k+1)) {
			// a comma not followed by another member of a list ends the phrase
			return false
		}
		switch t.Tag {
		case "DT", "PDT", "JJ", "CD", "PRP$", "POS", "CC", ",", "NN", "NNS", "NNP", "NNPS", "HYPH":
			k--
			continue
		case "IN":
			switch t.Lemma {
			case "of":
				k--
				continue
			case "that", "whether", "if", "because", "as", "while", "although":
				return false // a complementizer, not a preposition
			}
			return true
		}
		return false
	}
	return false
}

func covers(args []arg, k int) bool {
	for _, a := range args {
		if a.first <= k && k < a.last {
			return true
		}
	}
	return false
}

// code builds the events of one trigger.
func (c *Coder) code(d *dyad.Doc, si int, m match, args []arg, dec *Decision) []dyad.Event {
	evs, why := c.codeTrigger(d, si, m, args, dec)
	if dec != nil {
		dec.Events = len(evs)
		dec.Outcome = why
		if len(evs) > 0 {
			dec.Code = evs[0].CAMEO
		}
	}
	return evs
}

func (c *Coder) codeTrigger(d *dyad.Doc, si int, m match, args []arg, dec *Decision) ([]dyad.Event, string) {
	toks := d.Sentences[si].Tokens
	p := m.p
	if !p.Noun && len(p.Words) > 1 {
		// "will send Leopard 2 battle tanks to Ukraine": the weapons a
		// pattern names as its object ("send tank") are what is sent, not
		// a party, though the role words read "tanks" as armed forces
		args = withoutPatternObject(toks, m, p, args)
	}
	if attributiveParticiple(toks, m) {
		// "the U.S.-backed forces", "the internationally recognised
		// government": a participle describing a noun
		return nil, "a participle used as an adjective, no event"
	}
	// "attacked the U.S.-backed Syrian Democratic Forces": the backer
	// is no party of the clause
	args = withoutCompoundAgents(toks, args)
	// "called on all parties to exercise restraint": sides, not
	// political parties
	args = sidesNotParties(toks, args)
	// "the territory occupied by the Guantanamo naval base": a
	// facility is no party but as the place force hits
	args = withoutFacilities(toks, args, m)
	if m.sources == nil && !p.Noun {
		if acc := accusedAgent(toks, args, m.first); len(acc) > 0 {
			// "accused Indian troops of crossing the border and
			// attacking Chinese soldiers": the accused's act
			m.sources = acc
		} else if relativeObject(toks, m.first) {
			// "militant groups it blamed for an attack": a
			// description of the groups, no event of its own
			return nil, "an accusation in a relative clause describing a party"
		}
	}
	if thingReleased(toks, args, m) {
		// "released photographs of the leader": 084x needs people
		return nil, "a release or hand-over of things, not of people"
	}
	passive := !p.Noun && toks[m.first].Tag == "VBN" && (beforeBe(toks, m.first) || coordinatedPassive(toks, m.first)) && !raisedSubject(p)
	// "called the downing a 'stab in the back' by accomplices of
	// terrorists and warned": a quoted phrase is no clause boundary
	start := quotedPhraseStart(toks, clauseStart(toks, m.first), m.first)
	if k := andClauseStart(toks, m.first); k > start {
		// "Japan lodged a protest, and China's foreign ministry said
		// ..., urging Pyongyang to": China's clause
		start = k
	}
	if k := reportedClauseStart(toks, args, m.first); k > start {
		// "The army said the strike killed several people": the
		// speaker is not the subject of the act reported
		start = k
	}
	end := clauseEnd(toks, m.last)
	reduced := !p.Noun && reducedRelative(toks, m.first, m.last, args)
	if reduced {
		// "the civilians imprisoned for ... were released": the noun
		// before the participle is its patient; its agent, if any, stands
		// in a by-phrase before the sentence's own verb.
		passive = true
		end = min(end, finiteVerb(toks, m.last))
	}
	// "a meeting between A and B" is among them; "a mediation between A
	// and B" (not reciprocal) is by the subject, between them.
	between := p.Noun && p.Recip && contains(p.Words, "between")
	hargs := args
	if o, c := closedRelative(toks, start, m.first); o >= 0 {
		// "Putin, who is the subject of a warrant from the court, did
		// not travel": the clause is the one of the noun before "who"
		start, hargs = clauseStart(toks, o), outsideSpan(args, o, c)
	}
	sources, targets := heuristicArgs(toks, hargs, m, p, start, end, between, passive)
	var depTargets []arg
	if parsed(toks) && !between {
		sources, targets, depTargets = combineArgs(toks, args, m, p, sources, targets)
	}
	if !passive && !between {
		// "appealed to France, the European Union and the World Food
		// Programme": the whole list the clause's comma cut
		targets = listTail(toks, hargs, targets)
	}
	if !p.Noun && toks[m.first].Tag == "VBG" && m.first > 0 && (strings.HasPrefix(toks[m.first-1].Tag, "NN") || covers(args, m.first-1)) {
		// "court rulings ordering Japanese companies to ...", "a
		// statement calling on China": the participle's agent is the noun
		// it modifies, named by the actors of that noun phrase
		sources = npArgs(toks, args, m.first)
	}
	if len(sources) == 0 && !p.Noun && !passive && !reduced && rootOf(p.Code) == "14" {
		// "police dispersed students who had blocked a road to protest
		// ...": a protest in a relative clause is by the noun before "who"
		sources = relativeAntecedent(toks, args, m.first)
	}
	if reduced {
		// only the noun the participle modifies is its patient
		targets = nil
		for _, a := range args {
			if a.first < m.first && a.last >= m.first {
				targets = nearestGroup(toks, groupEndingAt(toks, args, a))
				break
			}
		}
	}
	attackEnd := -1 // the attack noun whose phrase named the attackers
	if len(sources) == 0 && (passive || reduced) && rootOf(p.Code) >= "18" {
		// "four people were killed in Israeli shelling": with no by-phrase,
		// the actor of an attack noun in the phrase after the verb is
		// the agent.
		var means int
		if sources, means = attackPhraseActors(toks, args, m.last, end); len(sources) > 0 && rootOf(p.Code) == "18" {
			// the casualties of an attack named by its means: the
			// means' code ("killed in shelling" is 194)
			if mc := c.nounCode(toks, means); mc != "" {
				p = withCode(p, mc)
			}
		}
		if len(sources) > 0 {
			// the attackers are no target of their own attack
			attackEnd = means
			var rest []arg
			for _, t := range targets {
				if t.first < m.last || t.first > means {
					rest = append(rest, t)
				}
			}
			targets = rest
			// one mention of the attackers: the one holding the attack
			// noun ("Israeli air strike" ISRMIL over "Israeli" ISR)
			for _, a := range sources {
				if len(sources) > 1 && a.first <= means && means < a.last {
					sources = []arg{a}
					break
				}
			}
		}
	}
	if !p.Noun && !passive && !reduced && (rootOf(p.Code) == "18" || p.Code == "190") {
		// "Israeli drone attacks have killed five commanders": the
		// casualties of an attack named by its means, coded as the means
		// ("an air strike killed" 195, "attacks killed" 190), as for
		// "killed in shelling" above
		if h := weaponHead(toks, start, m.first); h >= 0 {
			// ("a roadside bomb struck a truck": a general attack
			// named by its means is the means, 1833)
			if mc := c.nounCode(toks, h); mc != "" && (rootOf(p.Code) == "18" || rootOf(mc) == "18" || rootOf(mc) == "19") {
				p = withCode(p, mc)
			}
		}
	}
	if !p.Noun && !passive && !reduced && toks[m.first].Tag == "VBN" && m.last+1 < len(toks) && toks[m.last].Lemma == "by" && !afterHave(toks, m.first) {
		// "an exchange brokered by the United Arab Emirates": a participle
		// after a noun, with its agent in a by-phrase, is the agent's act
		// upon the clause's subject
		k := m.last + 1
		for k < len(toks) && toks[k].Tag == "DT" {
			k++
		}
		// (the whole list of agents: "mediated by Qatar, Egypt and the
		// United States")
		if by := firstGroup(toks, args, m.last+1, len(toks)); len(by) > 0 && by[0].first <= k {
			sources, targets = by, sources
			// (a guest before the participle, or before its comma, "The
			// Sudanese delegation, hosted by Qatar," stays the guest)
			if j := m.first - 1; hostVerb(p) && j >= 0 && !covers(args, j) && !(toks[j].Text == "," && j > 0 && covers(args, j-1)) {
				// "will join the Malabar exercises hosted by India": the
				// host hosts the exercises, not the clause's subject
				targets = nil
			}
		}
	}
	if p.Noun && len(sources) == 0 {
		// "the attack on a U.S. air base in Qatar by Iranian missiles":
		// an event noun's agent in a by-phrase before the clause's verb
		stop := min(end, finiteVerb(toks, m.last))
		for k := m.last; k < stop; k++ {
			if toks[k].Lemma != "by" || toks[k].Tag != "IN" {
				continue
			}
			if by := firstGroup(toks, args, k+1, stop); len(by) > 0 && by[0].first <= k+3 {
				sources = by
				var rest []arg
				for _, t := range targets {
					if t.first < k {
						rest = append(rest, t)
					}
				}
				targets = rest
			}
			break
		}
	}
	if p.Rev && p.Noun && p.Words[len(p.Words)-1] == "by" && m.sources == nil {
		// "incursions by trawlers licensed in ...": the agent of a
		// noun's by-phrase must be an actor right after "by"
		if g := firstGroup(toks, args, m.last, end); len(g) == 0 || g[0].first > m.last+2 {
			return nil, "no actor in the by-phrase of the event noun"
		}
	}
	if !p.Rev && m.sources == nil {
		// "protesters stormed the parliament, demanding ...": the
		// participle's subject, not the object; "to force the leader to
		// step down": an act asked for, not done
		sources = participleSubjects(toks, m, start, sources)
		if directedInfinitive(toks, args, m) {
			return nil, "the act asked for in the infinitive of a directive verb"
		}
	}
	if p.Rev {
		sources, targets = targets, sources
	}
	if p.Rev && p.Noun && p.Words[len(p.Words)-1] == "by" && m.targets == nil {
		// "incursions by Togolese troops into Ghanaian waters": the
		// destination after the agent is the target, not a party named
		// before the noun
		for k := m.last; k < end; k++ {
			if l := toks[k].Lemma; l == "into" || l == "to" || l == "against" || l == "on" {
				if g := firstGroup(toks, args, k+1, end); len(g) > 0 && g[0].first <= k+3 && !sameCode(sources, g[0]) {
					targets = g
				}
				break
			}
		}
	}
	claimed := false
	if k, force := c.selfClaim(toks, m, args); k >= 0 {
		if !force {
			// "Iran claimed that it had reached a deal": a claim about
			// one's own act accuses no one
			return nil, "a claim about the claimer's own act, not an accusation"
		}
		// "the rebels claimed that they had attacked an army base": a
		// claim of responsibility for the act, toward its target
		targets, claimed = firstGroup(toks, args, k, clauseEnd(toks, k)), true
	}
	if m.targets != nil {
		targets = m.targets
	} else if len(targets) > 0 {
		// "arrested suspects in coordination with Albanian prosecutors"
		targets = notPartners(toks, targets)
	}
	if m.sources != nil {
		sources = m.sources
	}
	if m.among {
		depTargets = nil
	}
	if m.answer {
		var rest []arg
		for _, a := range sources {
			if !sameCode(m.targets, a) {
				rest = append(rest, a)
			}
		}
		sources = rest
	}
	if r := rootOf(p.Code); (r == "18" || r == "19" || r == "20") && len(targets) > 0 {
		// "launched attacks during its campaign for an Islamic state":
		// what is fought for is no target
		if targets = purposeTargets(toks, targets, m.last); len(targets) == 0 {
			// the next party named after it, if any ("... in
			// northern Nigeria": the country of the place hit)
			targets = firstGroup(toks, purposeTargets(toks, args, m.last), m.last, end)
		}
	}
	if len(targets) == 0 && demandRoots[p.Code[:2]] {
		// "demanded that the US cancel ...", "urged that Iran allow ...":
		// the subject of the demanded clause is the target.
		// adverbs and a time expression may come first ("demanded on
		// Thursday that Armenia ...")
		k := m.last
		for k < len(toks) && (toks[k].Tag == "RB" || timeAt(d, si, k)) {
			k++
		}
		if k < len(toks) && toks[k].Lemma == "that" {
			targets = thatSubject(toks, args, k+1, clauseEnd(toks, k+1))
		}
	}
	forOthers := false // an appeal for help for people, to no one named
	if rootOf(p.Code) == "02" && len(targets) > 0 && m.targets == nil {
		// "appealed for humanitarian aid for 8,000 migrants stranded in
		// the desert": those helped are not those appealed to
		if targets, forOthers = forBeneficiaries(toks, m, targets); forOthers && len(targets) == 0 {
			targets = []arg{{first: -1, last: -1, kind: "none"}}
		}
	}
	if len(targets) == 0 && (p.Code == "012" || p.Code == "013") {
		// "said he was optimistic that negotiations with the EU would
		// ...": the party named in what the comment is about
		k := m.last
		for k < len(toks) && (toks[k].Tag == "RB" || timeAt(d, si, k)) {
			k++
		}
		if k < len(toks) && (toks[k].Lemma == "that" || toks[k].Lemma == "about" || toks[k].Lemma == "over") {
			targets = firstGroup(toks, args, k+1, clauseEnd(toks, k+1))
		}
	}
	if rootOf(p.Code) == "15" && len(sources) > 0 && len(targets) > 0 && ownForces(sources, targets, m) {
		// "Poland deployed additional troops to its border with Belarus":
		// the troops are the means; the target is the next party named
		var rest []arg
		for _, a := range args {
			if a.first >= m.last && dyad.ActorCountry(a.code) != dyad.ActorCountry(sources[0].code) {
				rest = append(rest, a)
			}
		}
		targets = firstGroup(toks, rest, m.last, end)
	}
	if rootOf(p.Code) == "15" && len(sources) > 0 && len(targets) == 0 {
		// "deployed additional troops to positions facing the M23
		// rebels": the show of force faces them
		targets = facingGroup(toks, args, m.last, sources)
	}
	if rootOf(p.Code) == "15" && len(sources) > 0 {
		// "sent 300 soldiers and police to the Highlands province of
		// Enga": forces sent to a place of the sender's own country show
		// force toward that country
		targets = homeDeployment(d, si, m, sources, targets, end)
	}
	if untargeted[p.Code] && len(targets) > 0 {
		// "declared a ceasefire in southern Sudan": where a concession
		// complete in itself happens is no party to it, nor is the office
		// one resigns ("resigned as party leader")
		var kept []arg
		for _, t := range targets {
			lifted := (p.Code == "0813" || p.Code == "0814") && len(sources) > 0 && dyad.ActorCountry(t.code) != dyad.ActorCountry(sources[0].code)
			if lifted || !locative(toks, t.first) && !(t.first > 0 && toks[t.first-1].Lemma == "as") {
				// (a curfew lifted in another country's place is toward
				// that country: "lifted a curfew in Montenegro")
				kept = append(kept, t)
			}
		}
		targets = kept
	}
	if rootOf(p.Code) == "14" && len(targets) > 0 {
		// "blocked roads in Hong Kong in defiance of Chinese
		// authorities": the country where a protest happens is not its
		// target; the party named after it, if any, is
		targets = notWhere(toks, targets)
		if len(targets) == 0 {
			targets = firstGroup(toks, notWhere(toks, args), m.last, end)
		}
	}
	if len(sources) > 0 && withdrawal(p) {
		// "Syria will withdraw its troops from Lebanon": a withdrawal of
		// one's own forces targets the country withdrawn from, never the
		// forces themselves
		own := dyad.ActorCountry(sources[0].code)
		if from := fromGroup(toks, args, m.first, end); len(from) > 0 && dyad.ActorCountry(from[0].code) != own {
			targets = from
		} else if pl := fromPlace(d, si, m.first, end); len(from) == 0 && (len(targets) == 0 || ownCountry(sources, targets)) && pl != nil && isCountry(pl.Country) && pl.Country != own {
			// "Russian troops retreated from Kherson": the country of the
			// place withdrawn from, as an attack targets the country of
			// the place it hits
			targets = []arg{{first: -1, last: -1, code: pl.Country, entity: "implied:" + pl.Country, kind: "implied"}}
		} else if len(targets) > 0 && ownCountry(sources, targets) {
			var rest []arg
			for _, a := range args {
				if a.first >= m.last && dyad.ActorCountry(a.code) != dyad.ActorCountry(sources[0].code) {
					rest = append(rest, a)
				}
			}
			targets = firstGroup(toks, rest, m.last, end)
		}
	}
	if len(targets) == 0 && rootOf(p.Code) == "09" {
		// "began an inquiry into reports that Ethiopian troops killed
		// civilians": the suspects are the subject of the reported clause
		for k := m.last; k+2 < len(toks) && k <= m.last+4; k++ {
			if toks[k].Lemma == "that" && (toks[k-1].Tag == "NNS" || toks[k-1].Tag == "NN") {
				targets = firstGroup(toks, args, k+1, clauseEnd(toks, k+1))
				break
			}
		}
	}
	if len(targets) == 0 && (p.Cond || p.Code[:2] == "13") {
		// a threat's target may stand in its condition ("threatened to
		// halt the talks if the United States ...")
		for k := m.last; k < len(toks); k++ {
			if conditional(toks[k]) {
				targets = firstGroup(toks, args, k+1, clauseEnd(toks, k+1))
				break
			}
		}
	}
	if len(targets) == 0 && !(p.Recip && len(distinct(sources)) >= 2) && !p.NoObject {
		// what the clause reading missed, the parse may name
		targets = depTargets
	}
	targets = notNextSubject(toks, m, targets)
	if m.targets == nil && unnamedAddressee(toks, args, m) {
		// "called on EU-based carriers to avoid flying over Belarus"
		return nil, "an appeal to a noun phrase that names no party"
	}
	targets = purposeTargetsDropped(toks, m, targets)
	if t := oppositionLeader(toks, m, sources, targets); t != nil {
		// "opposition leaders demanded that he step down"
		targets = t
	}
	if g := betweenParties(toks, args, m, end); len(g) > 0 {
		// "improving relations between Seoul and Tokyo"
		sources, targets = g, nil
	}
	if t, ok := ownEnvoyTargets(toks, args, m, sources, targets, end); ok {
		// "recalled its ambassadors to the United States": the country
		// the envoys leave, not the envoys
		if targets = t; len(targets) == 0 {
			return nil, "own diplomats recalled or withdrawn, from no party named"
		}
	}

	negated := negatedAt(toks, m.first)
	code := p.Code
	if claimed {
		code = "015"
	}
	if code == "166" && len(p.Words) == 2 && p.Words[0] == "withdraw" && len(sources) > 0 && forces(sources[0].code) {
		// "Ukrainian troops withdrew from Kherson": armed forces that
		// withdraw from a place retreat (0874); a country withdrawing
		// from a body leaves it (166)
		code = "0874"
	}
	if p.Intent && !p.Recip && rootOf(code) == "03" && p.Words[len(p.Words)-1] == "to" && m.last < len(toks) {
		// "vowed to fight", "pledged to impose sanctions": an intention to
		// act with force or coercion is a threat (13x)
		if ic := c.infinitiveRoot(toks, m.last, args); ic != "" && rootOf(intention[ic]) == "13" {
			code = intention[ic]
		} else if ic == "07" && code == "030" {
			// "offered to send firefighting aircraft", "pledged to give
			// X patrol boats": the intention of the aid (033x)
			if ac := intentionOf(c.infinitiveCode(toks, m.last, args)); ac != "" {
				code = ac
			}
		}
	}
	future := !p.Intent && !p.Noun && futureAt(toks, m.first)
	if negated && inCondition(toks, m.first) {
		// "would suspend deliveries if Rome did not release the
		// officers": a condition not yet met is no refusal
		return nil, "negated inside an if/unless clause: the condition of another event, not a refusal"
	}
	if negated {
		switch {
		case p.NegCode != "":
			code = p.NegCode
		case rejection[code[:2]] != "":
			// "will not accept", "did not agree": a refusal of the cooperation
			code = rejection[code[:2]]
		default:
			return nil, "negated, and the code has no refusal" // "did not attack" reports no event
		}
	} else if future {
		// "will provide aid", "is willing to withdraw": an intention to
		// cooperate (03x); "will attack": a threat (13x); "will withdraw
		// ... unless": a threat too.
		if c := intentionOf(code); c != "" {
			code = c
		}
		if code[:2] != "13" && followedBy(toks, m.last, "unless") {
			code = "130"
		}
		if code == "036" && p.Code == "042" && !p.Noun {
			// "will travel to the Seychelles next month for talks with
			// President X": the intention is to meet X
			if g := talksPartner(toks, args, m.last); len(g) > 0 {
				targets = g
			}
		}
	}
	modality := dyad.Asserted
	switch {
	case p.Intent || future && !negated:
		modality = dyad.Intended
	case inCondition(toks, m.first) || speculative(toks, m.first):
		modality = dyad.Hypothetical
	}
	q := quoteAt(d, toks[m.first].Start)
	if q != nil && modality == dyad.Asserted {
		modality = dyad.Reported
	}
	date, prec := eventDate(d, si, m.first, start, end)
	if prec == dyad.PrecisionDay || prec == dyad.PrecisionMonth || prec == dyad.PrecisionYear {
		if pub := d.Published(); !pub.IsZero() {
			if t, ok := parseDate(date); ok {
				// the end of the period: "later this year" is not past
				switch prec {
				case dyad.PrecisionMonth:
					t = t.AddDate(0, 1, -1)
				case dyad.PrecisionYear:
					t = t.AddDate(1, 0, -1)
				}
				if t.Before(pub.AddDate(0, -1, 0)) {
					modality = dyad.Historical
				}
			}
		}
	}
	place := eventPlace(d, si, m.last)

	mutual := false
	if len(targets) == 0 && !p.NoObject && (mutualRoots[p.Code[:2]] || !p.Noun && fightVerbs[toks[m.first].Lemma]) && len(sources) >= 2 {
		// "Sudan and the SPLA agreed to allow access": a coordinated
		// subject of a cooperative verb with no target acts among itself;
		// so does one of a verb of fighting ("troops and rebels fought
		// near Kidal")
		if g := distinct(nearestGroup(toks, sources)); len(g) >= 2 && !sameCode(g[:1], g[len(g)-1]) {
			sources, mutual = g, true
		}
	}
	if len(targets) > 0 && len(sources) > 0 && !(p.Recip || between || mutual) {
		// "Kenyan doctors went on strike ... in public hospitals": a target
		// with the source's own code is no other party; the conventions
		// for a missing target below may then apply
		var other []arg
		for _, t := range targets {
			if !sameCode(sources, t) && !(t.first >= m.last && t.first <= attackEnd) {
				other = append(other, t)
			}
		}
		targets = other
	}
	root := p.Code[:2]
	if (root == "18" || root == "19" || root == "20") && (hazardSubject(toks, m.first) || (passive || reduced || participleAfterNoun(toks, args, m)) && hazardAgent(toks, m.last, end)) {
		// "heavy rains triggered landslides, killing 14": nature, not an
		// actor, did the harm
		return nil, "the subject is a natural hazard or an accident, not an actor"
	}
	if root == "15" && len(p.Words) == 1 && (p.Words[0] == "mobilize" || p.Words[0] == "mobilise") && civilObject(toks, m.first) {
		// "mobilized pressure groups in the United States": a campaign
		// for support, not forces made ready
		return nil, "mobilizing support or resources, not forces"
	}
	if (root == "18" || root == "19") && scoreline(toks, start, end) {
		// "Spain beat England 2-1": a match, not an assault
		return nil, "a sports result"
	}
	if len(sources) == 0 && !passive && !reduced && (root == "18" || root == "19" || root == "20") && weaponSubject(toks, start, m.first) {
		// "a roadside bomb killed two soldiers near Samarra": an attack
		// no one is named for is by the unidentified armed forces (UAF)
		// of the country where it happens.
		if pl := placeAfter(d, si, start, end); pl != nil && isCountry(pl.Country) {
			sources = []arg{{first: -1, last: -1, code: pl.Country + "UAF", entity: "implied:" + pl.Country + "UAF", kind: "implied"}}
		}
	}
	if p.Code == "152" && len(sources) > 0 && (len(targets) == 0 || ownCountry(sources, targets)) {
		// "put its forces on heightened alert after detecting Chinese
		// aircraft": the alert answers the other party the sentence names
		if g := alertTarget(toks, args, m.last, dyad.ActorCountry(sources[0].code)); len(g) > 0 {
			targets = g
		}
	}
	if len(targets) > 0 && code == "015" {
		// "claimed responsibility in a statement read on its radio
		// station": the medium's owner is no target
		if targets = claimMedia(toks, m.last, targets); len(targets) == 0 {
			targets = []arg{{first: -1, last: -1, kind: "none"}}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && code == "016" {
		// "denied that ..., calling a protest note delivered by Belmopan
		// 'without foundation'": the denial answers that complaint's author
		if g := complaintAuthor(toks, args, m.last, dyad.ActorCountry(sources[0].code)); len(g) > 0 {
			targets = g
		}
	}
	if len(targets) > 0 && len(sources) > 0 && root == "07" && !p.Noun && ownNominals(sources, targets) {
		// "flew medicines to Benghazi for families displaced by ...": the
		// beneficiaries the actor stage gave the donor's own country are
		// no other party; the destination of the shipment is
		if g := aidDestination(d, si, args, m.last); len(g) > 0 && !ownCountry(sources, g) {
			targets = g
		}
	}
	if len(targets) == 0 && len(sources) > 0 && root == "07" && !p.Noun {
		// "dispatched a relief team along with tents, water tanks and
		// generators to Fiji": the destination after a list
		targets = aidDestination(d, si, args, m.last)
	}
	if len(targets) == 0 && len(sources) > 0 && arrivalVisit(toks, p, m.last, end) {
		// "arrived in Hanoi for a two-day official visit": a visit to the
		// country of the place of arrival
		if pl := placeAfter(d, si, m.last, end); pl != nil && isCountry(pl.Country) && pl.Country != dyad.ActorCountry(sources[0].code) {
			targets = []arg{{first: -1, last: -1, code: pl.Country, entity: "place:" + pl.Country, kind: "place"}}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && !mutual && !(p.Recip && len(distinct(nearestGroup(toks, sources))) >= 2 && (!sameCode(sources[:1], sources[len(sources)-1]) || sidesOfTwoCountries(sources))) && (root == "15" || root == "16" || root == "17" || root == "18" || root == "19" || root == "20" || root == "13" || strings.HasPrefix(p.Code, "081") || p.Code == "0872" || code == "018" || code == "073") {
		// (two parties of a reciprocal act, "troops and rebels clashed
		// near Taiz", act among themselves, not on the place's country)
		// "guerrillas blew up power lines near Kabul": an attack on a
		// place targets its country; so does a show of force there
		// ("held military exercises near Taiwan"), a coercive act
		// ("arrested opponents in Haiti"), a cut in relations or aid
		// ("suspended aid deliveries in Baghdad") or a threat
		// ("threatened to impose a curfew in Algiers"), and lifting a
		// restriction or blockade there ("lifted martial law in Bangkok");
		// condolences go to the country of the tragedy ("expressed sorrow
		// over the floods in Sindh"), and humanitarian aid to the country
		// where it is given ("evacuated the wounded from Gorazde").
		if pl := placeAfter(d, si, m.last, end); pl != nil && isCountry(pl.Country) &&
			!((root == "15" || code == "0874" || code == "0813" || code == "0814") && pl.Country == dyad.ActorCountry(sources[0].code)) {
			// (lifting a curfew or state of emergency in a region of
			// one's own country is a concession complete in itself)
			targets = []arg{{first: -1, last: -1, code: pl.Country, entity: "place:" + pl.Country, kind: "place"}}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && !p.Noun && contains(p.Words, "visit") && m.last+1 < end && toks[m.last].Lemma == "to" {
		// "cancelled a planned visit to Washington by a delegation of
		// Israeli officials": the visit's destination is the place's
		// country
		if pl := placeAfter(d, si, m.last+1, min(end, m.last+3)); pl != nil && isCountry(pl.Country) && pl.Country != dyad.ActorCountry(sources[0].code) {
			targets = []arg{{first: -1, last: -1, code: pl.Country, entity: "place:" + pl.Country, kind: "place"}}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && p.Noun && p.Rev {
		// "a visit by Wang Yi to Kenya", "the incursion by Rwandan
		// troops into Burundi": the destination after the agent
		for k := m.last; k < end; k++ {
			if l := toks[k].Lemma; l == "to" || l == "into" {
				if g := firstGroup(toks, args, k+1, end); len(g) > 0 && g[0].first <= k+3 {
					targets = g
					break
				}
			}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && p.Noun && code == "042" {
		// "signed in Nairobi after a visit by Wang Yi": a visit with no
		// destination named is to the country of the place, else to the
		// country of the sentence's first actor before it.
		c := ""
		for i := range d.Places {
			if pm := &d.Places[i]; pm.Sentence == si && !pm.Dateline && isCountry(pm.Country) {
				c = pm.Country
				break
			}
		}
		if c == "" {
			if g := firstGroup(toks, args, 0, m.first); len(g) > 0 {
				c = dyad.ActorCountry(g[0].code)
			}
		}
		if isCountry(c) && c != dyad.ActorCountry(sources[0].code) {
			targets = []arg{{first: -1, last: -1, code: c, entity: "implied:" + c, kind: "implied"}}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && rootOf(code) == "10" && !p.Noun {
		// "the opposition demanded that the national security minister
		// resign": an official named by office alone belongs to the
		// government of the demanding party's country (1041)
		if role := resignationDemanded(toks, m.last); role != "" && dyad.ActorRole(sources[0].code) != "GOV" {
			if g := governmentOf(sources, role); g != nil {
				targets, code = g, "1041"
			}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && (code == "1723" || code == "1724" || code == "1323" || code == "1324" || code == "0813" || code == "0814") {
		// "the government imposed martial law": a curfew or state of
		// emergency with no place named is imposed on the source's own
		// country. Lifting one in a named region ("lifted a state of
		// emergency in the northern provinces of X and Y") is a concession
		// complete in itself, with no target.
		if c := dyad.ActorCountry(sources[0].code); isCountry(c) && !((code == "0813" || code == "0814") && placePhraseAfter(toks, m.last, end)) {
			targets = []arg{{first: -1, last: -1, code: c, entity: "implied:" + c, kind: "implied"}}
		}
	}
	if len(sources) == 0 && passive && root == "17" && len(targets) > 0 && place != nil && isCountry(place.Country) {
		// "a missionary was arrested in Lebanon": by the authorities of
		// the place, by CAMEO's convention.
		sources = []arg{{first: -1, last: -1, code: place.Country + "GOV", entity: "implied:" + place.Country, kind: "implied"}}
	}
	if len(targets) == 0 && len(sources) > 0 && passive && !reduced && root == "18" {
		// "The owner of a hardware chain was kidnapped by gunmen": a
		// victim named by trade alone is of that sector, of the country
		// of the place, else of the attackers' own country
		if sec := tradeVictim(toks, args, start, m.first); sec != "" {
			country := dyad.ActorCountry(sources[0].code)
			if place != nil && isCountry(place.Country) {
				country = place.Country
			}
			if isCountry(country) {
				targets = []arg{{first: -1, last: -1, code: country + sec, entity: "implied:" + country + sec, kind: "implied"}}
			}
		}
	}
	if len(targets) == 0 && code == "082" && !reduced {
		// Calling off a protest or strike that names no one yields to
		// the government it was aimed at (the protest convention below),
		// read off the first non-state source.
		for _, s := range sources {
			if !nonState(s.code) {
				continue
			}
			country := dyad.ActorCountry(s.code)
			if place != nil && place.Country != "" {
				country = place.Country
			}
			if isCountry(country) {
				targets = []arg{{first: -1, last: -1, code: country + "GOV", entity: "implied:" + country, kind: "implied"}}
			}
			break
		}
	}
	if root == "14" && len(sources) > 0 && !reduced && !p.Noun {
		// "Thousands of textile workers marched through Maseru ..., in
		// the largest protest against Prime Minister X's government":
		// the marchers are of the place, the protest aimed at the party
		// of "protest against"
		sources = marchersOfPlace(d, si, toks, sources, m.last, end)
		if len(targets) == 0 {
			targets = protestAgainst(toks, args, m.last)
		}
	}
	if len(targets) == 0 && root == "14" && len(sources) > 0 && !reduced && nonState(sources[0].code) {
		// A protest names no target: by CAMEO's convention it is aimed at
		// the government of the country where it happens, else of the
		// protesters' own country.
		country := dyad.ActorCountry(sources[0].code)
		if place != nil && place.Country != "" {
			country = place.Country
		}
		if isCountry(country) {
			targets = []arg{{first: -1, last: -1, code: country + "GOV", entity: "implied:" + country, kind: "implied"}}
		}
	}

	if len(targets) == 0 && (p.NoObject || untargeted[p.Code] || untargeted[code]) && !p.Recip {
		// "North Korea fired two missiles": an act the pattern says has
		// no target is coded with none; so is a concession complete in
		// itself that names no one it is made to ("the minister will
		// resign", "the rebels laid down their arms").
		targets = []arg{{first: -1, last: -1, kind: "none"}}
	}

	if m.among {
		targets = nil
	}
	var pairs [][2]arg
	switch {
	case (between || p.Recip || mutual || m.among) && len(targets) == 0:
		ss := distinct(sources)
		for i := range ss {
			for j := range ss {
				if i != j && !sameSide(ss[i], ss[j]) {
					pairs = append(pairs, [2]arg{ss[i], ss[j]})
				}
			}
		}
	default:
		for _, s := range distinct(sources) {
			for _, t := range distinct(targets) {
				if !p.Recip && sameList(toks, args, s, t) {
					// "mediated by Qatar, Egypt and the United States":
					// co-agents, not source and target
					continue
				}
				if p.Recip && sameSide(s, t) || ownSideTarget(toks, args, code, sources, s, t) {
					// one side, not two: "reopen their embassies",
					// "Nigeria and Ghana contributed forces"
					continue
				}
				if o, keep, ok := ownForcesHit(d, si, code, m, s, t, end); ok {
					// "Turkey launched an offensive against Kurdish-led
					// forces in northeastern Syria": not its own forces
					if !keep {
						continue
					}
					t = o
				}
				if f := foreignFighters(d, si, toks, rootOf(code), s, t); f != "" {
					// "fighting militants inside Israel" after Hamas's
					// attack: the group the article names
					t.code, t.entity = f, "implied:"+f
				}
				pairs = append(pairs, [2]arg{s, t})
				if p.Recip && !(negated && (future || p.Intent)) && !(rootOf(code) == "03" && rootOf(p.Code) != "03" && !negated) && !oneWayAgreement(toks, p, t) {
					// "Putin said he was ready to meet Zelenskiy", "will
					// hold talks with": an intention read off the modality
					// is its holder's alone ("agreed to cooperate with"
					// is an agreement of both); a refusal to act ("will not
					// sign an agreement with Peru") is its subject's alone,
					// a plain negation ("did not meet") both sides'
					pairs = append(pairs, [2]arg{t, s})
				}
			}
		}
	}
	if dec != nil {
		for _, a := range distinct(sources) {
			dec.Sources = append(dec.Sources, a.code)
		}
		for _, a := range distinct(targets) {
			dec.Targets = append(dec.Targets, a.code)
		}
	}
	switch {
	case len(sources) == 0:
		return nil, "no source actor in the clause before the trigger"
	case len(pairs) == 0:
		return nil, "no target actor after the trigger (and not a reciprocal group)"
	}
	var out []dyad.Event
	for _, pr := range pairs {
		s, t := pr[0], pr[1]
		if s.entity == t.entity || s.code == t.code {
			continue
		}
		ev := dyad.Event{
			Source: s.code, Target: t.code, CAMEO: code,
			Date: date, DatePrecision: prec, Place: place,
			Sentences: []int{si},
			Trigger:   dyad.Trigger{Start: toks[m.first].Start, End: toks[m.last-1].End, Text: d.Text()[toks[m.first].Start:toks[m.last-1].End]},
			Negated:   negated, Modality: modality,
			SourceEntity: s.entity, TargetEntity: t.entity,
			Pattern: p.String(),
		}
		if q != nil {
			ev.ReportedBy = q.SpeakerActor
			if ev.ReportedBy == "" {
				ev.ReportedBy = q.Speaker
			}
		}
		if !negated && modality != dyad.Intended {
			// "rioters clashed with police", "the building was
			// demolished by a protester": violence in a demonstration
			ev.CAMEO = riotCode(toks, ev.CAMEO, p.Recip, s, t)
			ev.CAMEO = assaultCode(ev.CAMEO, s, t)
		}
		// Meeting in a third country: 044.
		if ev.CAMEO == "040" && place != nil && place.Country != "" &&
			place.Country != dyad.ActorCountry(s.code) && place.Country != dyad.ActorCountry(t.code) {
			ev.CAMEO = "044"
		}
		c.fill(&ev)
		ev.Confidence = confidence(p, s, t, modality)
		out = append(out, ev)
		if code == "043" && !p.Noun && !negated && (modality == dyad.Asserted || modality == dyad.Historical || modality == dyad.Reported) && hostVerb(p) && t.kind != "none" && t.first >= 0 {
			// "X received Y in Hanoi": Y's visit (042) as well as X hosting it
			out = append(out, c.visitTwin(ev, "042"))
		}
		if code == "042" && p.Rev && !p.Noun && !negated && (modality == dyad.Asserted || modality == dyad.Historical || modality == dyad.Reported) && receivedVisit(p) && s.first >= 0 {
			// "X received a visiting delegation from Y": X hosts (043)
			// the visit Y makes
			out = append(out, c.visitTwin(ev, "043"))
		}
	}
	if len(out) == 0 {
		return nil, "source and target are the same actor"
	}
	if (rootOf(code) == "03" || code == "057") && !negated {
		// "A and B agreed to ... during their first meeting", "signed a
		// memorandum ... during talks in Accra": the meeting
		// itself is an event of the same pair, both ways.
		if k := theirMeeting(toks, m.last, end); k >= 0 {
			n := len(out)
			for _, ev := range out[:n] {
				h := ev
				h.CAMEO, h.Modality, h.Negated = "040", dyad.Asserted, false
				if place != nil && place.Country != "" && place.Country != dyad.ActorCountry(h.Source) && place.Country != dyad.ActorCountry(h.Target) {
					h.CAMEO = "044"
				}
				h.Trigger = dyad.Trigger{Start: toks[k].Start, End: toks[k].End, Text: d.Text()[toks[k].Start:toks[k].End]}
				h.Pattern = "N meeting (their meeting beside an agreement)"
				c.fill(&h)
				out = append(out, h)
			}
		}
	}
	// "the first meeting since December 2019": the same kind of event
	// happened then too, and is recorded as historical.
	if prev, pprec, ok := previousOccurrence(d, si, m.first); ok && !negated {
		n := len(out)
		for _, ev := range out[:n] {
			h := ev
			h.Date, h.DatePrecision, h.Modality = prev, pprec, dyad.Historical
			h.Place = nil
			h.Sentences = []int{si}
			out = append(out, h)
		}
	}
	return out, "coded"
}

// visitTwin returns the other half of a visit: ev with its parties the
// other way round and the given code (a host's 043 for a guest's 042, or
// the reverse).
func (c *Coder) visitTwin(ev dyad.Event, code string) dyad.Event {
	v := ev
	v.Source, v.Target = ev.Target, ev.Source
	v.SourceEntity, v.TargetEntity = ev.TargetEntity, ev.SourceEntity
	v.CAMEO = code
	c.fill(&v)
	return v
}

// sameCode reports whether t has the code of one of the sources, or
// overlaps one of their mentions ("an Israeli air strike" ISRMIL around
// "Israeli" ISR).
func sameCode(sources []arg, t arg) bool {
	for _, s := range sources {
		if s.code == t.code || s.first >= 0 && t.first >= 0 && t.first < s.last && s.first < t.last {
			return true
		}
	}
	return false
}

// ownForces reports whether every target lies inside the trigger's pattern
// and belongs to the source's country ("deployed additional troops").
func ownForces(sources, targets []arg, m match) bool {
	c := dyad.ActorCountry(sources[0].code)
	for _, t := range targets {
		if t.first < m.first || t.last > m.last || dyad.ActorCountry(t.code) != c {
			return false
		}
	}
	return true
}

// untargeted holds the codes of concessions complete in themselves,
// coded without a target when the sentence names none: resignation,
// calling off protests, truce, demobilisation, retreat, and lifting a
// curfew or state of emergency in a region of one's own country.
var untargeted = map[string]bool{"0831": true, "082": true, "0871": true, "0873": true, "0874": true, "0813": true, "0814": true}

// locative reports whether the phrase starting at token i stands in a
// place phrase ("in southern Sudan", "across the north of Chad").
func locative(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lemma {
		case "in", "inside", "across", "throughout", "near":
			return true
		}
		if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "NNP" && toks[k].Tag != "NN" {
			return false
		}
	}
	return false
}

// forces reports whether an actor code names armed forces (military,
// rebels, insurgents, police).
func forces(code string) bool {
	switch dyad.ActorRole(code) {
	case "MIL", "REB", "INS", "UAF", "COP", "SPY":
		return true
	}
	return false
}

// withdrawal reports whether p is a withdrawal or pull-out of forces or
// people ("withdraw troops", "pull out", "agree to withdraw").
func withdrawal(p *codebook.Pattern) bool {
	for i, w := range p.Words {
		switch {
		case w == "withdraw" || w == "retreat" || w == "evacuate":
			return true
		case (w == "pull" || w == "move") && i+1 < len(p.Words) && p.Words[i+1] == "out":
			return true
		case w == "remove" && i+1 < len(p.Words) && (p.Words[i+1] == "troop" || p.Words[i+1] == "force" || p.Words[i+1] == "soldier"):
			return true
		}
	}
	return false
}

// fromGroup returns the actor group that heads the first "from X" or "out
// of X" phrase after token i of the clause ending at end, or nil when that
// phrase names none (or names it only inside a further phrase).
func fromGroup(toks []dyad.Token, args []arg, i, end int) []arg {
	k := fromAt(toks, i, end)
	if k < 0 {
		return nil
	}
	g := firstGroup(toks, args, k+1, end)
	if len(g) == 0 || hasPrep(toks, k+1, g[0].first) {
		return nil
	}
	return g
}

// fromAt returns the index of the first "from" (or the "of" of "out of")
// after token i and before end, or -1.
func fromAt(toks []dyad.Token, i, end int) int {
	for k := i + 1; k+1 < end && k < len(toks); k++ {
		if toks[k].Lemma == "from" || toks[k].Lemma == "of" && toks[k-1].Lemma == "out" {
			return k
		}
	}
	return -1
}

// fromPlace returns the place named right after the first "from" or "out
// of" after token i (within three words), or nil.
func fromPlace(d *dyad.Doc, si, i, end int) *dyad.Place {
	toks := d.Sentences[si].Tokens
	k := fromAt(toks, i, end)
	if k < 0 {
		return nil
	}
	return placeAfter(d, si, k+1, min(end, k+5))
}

// ownCountry reports whether every target belongs to the first source's
// country.
func ownCountry(sources, targets []arg) bool {
	c := dyad.ActorCountry(sources[0].code)
	for _, t := range targets {
		if dyad.ActorCountry(t.code) != c {
			return false
		}
	}
	return true
}

// timeAt reports whether token k of sentence si lies in a time expression.
func timeAt(d *dyad.Doc, si, k int) bool {
	t := d.Sentences[si].Tokens[k]
	for _, te := range d.Times {
		if te.Sentence == si && t.Start >= te.Start && t.End <= te.End {
			return true
		}
	}
	return false
}

// previousOccurrence finds "the first ... since DATE" in sentence si and
// returns DATE: the last time before this one that the event happened.
func previousOccurrence(d *dyad.Doc, si, trig int) (string, string, bool) {
	toks := d.Sentences[si].Tokens
	first := -1
	for i, t := range toks {
		if t.Lemma == "first" {
			first = i
			break
		}
	}
	if first < 0 || !oneVerbClause(toks, first, trig) {
		return "", "", false
	}
	text := d.Text()
	for _, t := range d.Times {
		if t.Sentence != si || t.Kind != "date" || t.Value == "" || t.Start < toks[first].End {
			continue
		}
		w := strings.ToLower(t.Text)
		if t.Start >= 6 {
			w = strings.ToLower(text[t.Start-6:t.Start]) + w
		}
		if strings.Contains(w, "since ") {
			return t.Value, t.Precision, true
		}
	}
	return "", "", false
}

// heuristicArgs reads the source and target of a trigger off the clause
// boundaries, for sentences without a parse (or when the parse names no
// source): the subject is the actors of the clause before the trigger,
// outside prepositional phrases (possessors too, for nouns: "Russia's
// attack"); the target is the first actor group after it; a passive's
// agent is its source.
func heuristicArgs(toks []dyad.Token, args []arg, m match, p *codebook.Pattern, start, end int, between, passive bool) (sources, targets []arg) {
	var inPhrases []arg
	if p.Noun && !p.Recip {
		// An event noun inside a prepositional phrase takes its source
		// from its own phrase ("killed in Israeli shelling"), not from
		// the clause ("civilians were killed in a bombing"); a reciprocal
		// one has the clause's subject among its parties ("soldiers were
		// killed in a clash with ...").
		if k := ppStart(toks, m.first); k >= 0 {
			start = max(start, k)
		}
	}
	for _, a := range args {
		if a.first < start || a.last > m.first {
			continue
		}
		if p.Noun {
			sources = append(sources, a)
			continue
		}
		if a.possessor || a.kind == "modifier" || inPP(toks, args, a, start) {
			inPhrases = append(inPhrases, a)
			continue
		}
		if objectOfVerb(toks, args, a, start) {
			continue // "has refused to deploy peacekeepers ... and has urged"
		}
		if n := len(sources); n > 0 && appositive(toks, args, sources[n-1], a) {
			continue // "Pakistan, a key U.S. ally, has refused"
		}
		if headModified(toks, args, a, start) {
			continue // "the Turkish side of Cyprus": the side is Turkish
		}
		sources = append(sources, a)
	}
	if len(sources) == 0 && start > 0 && (toks[start-1].Tag == "CC" || toks[start].Tag == "CC") {
		// "Benin opened its borders ..., but was still refusing ...": a
		// clause without a subject shares the sentence's first one.
		var first []arg
		for _, a := range args {
			if a.last > start {
				break
			}
			if a.possessor || a.kind == "modifier" || inPP(toks, args, a, 0) {
				continue
			}
			if len(first) > 0 && !coordinated(toks, first[len(first)-1], a) && a.first != first[len(first)-1].first {
				break
			}
			first = append(first, a)
		}
		sources = first
	}
	if len(sources) == 0 && len(inPhrases) > 0 {
		// "The Turkish and Greek sides of the island agreed": the
		// modifiers of the subject's head stand for it; else "A camp for
		// Congolese refugees was attacked": the actor inside the subject
		// phrase does.
		var heads []arg
		for _, a := range inPhrases {
			if !inPP(toks, args, a, start) {
				heads = append(heads, a)
			}
		}
		if len(heads) > 0 {
			sources = nearestGroup(toks, heads)
		} else {
			sources = nearestGroup(toks, inPhrases)
		}
	}
	if p.Noun && len(sources) > 0 {
		sources = nearestGroup(toks, sources)
	}
	if between {
		// "a meeting between A and B": both arguments follow the noun,
		// coordinated.
		sources = firstGroup(toks, args, m.last, end)
	} else if !(p.Recip && len(distinct(sources)) >= 2) && !p.NoObject {
		// from the word after the trigger: the pattern may hold the
		// target ("expelled two Russian diplomats")
		targets = firstGroup(toks, args, m.first+1, end)
	}
	if passive {
		var agents []arg
		for k := m.last; k+1 < end; k++ {
			if toks[k].Lemma == "by" {
				// the head of the by-phrase, not an actor in a phrase
				// inside it ("by the crash in Ukraine")
				agents = firstGroup(toks, args, k+1, end)
				if len(agents) > 0 && hasPrep(toks, k+1, agents[0].first) {
					agents = nil
				}
				break
			}
		}
		sources, targets = agents, sources
	}
	return sources, targets
}

// fill sets the root, Goldstein value and PLOVER type of an event's code.
func (c *Coder) fill(ev *dyad.Event) {
	ev.Root = ev.CAMEO[:2]
	if e, ok := c.cb.Code(ev.CAMEO); ok {
		ev.Goldstein, ev.PLOVER, ev.PLOVERMode = e.Goldstein, e.PLOVER, e.Mode
	}
}

// confidence is a first, hand-set estimate of how likely the event is
// right: named actors and longer patterns raise it; actors found through
// pronouns or roles, hypotheses and hearsay lower it.
func confidence(p *codebook.Pattern, s, t arg, modality string) float64 {
	c := 0.6
	for _, a := range []arg{s, t} {
		switch a.kind {
		case "name", "metonym":
			c += 0.08
		case "pronoun":
			c -= 0.1
		}
	}
	if len(p.Words) > 1 {
		c += 0.1
	}
	if modality == dyad.Hypothetical {
		c -= 0.2
	}
	return float64(int(min(0.99, max(0.05, c))*100+0.5)) / 100
}

// reducedRelative reports whether the participle toks[first] (pattern
// words up to last) modifies the noun before it as a passive ("soldiers
// killed in Ukraine", "civilians imprisoned for ..."): a past participle
// right after a noun or an actor, with no object after the pattern.
func reducedRelative(toks []dyad.Token, first, last int, args []arg) bool {
	if first == 0 || last > first+1 {
		return false
	}
	if toks[first].Tag != "VBN" && !(toks[first].Tag == "VBD" && passiveAfter(toks, last)) {
		// "fishermen detained last month ... were released", the
		// participle tagged as a past tense before the clause's passive
		return false
	}
	prev := toks[first-1]
	if !strings.HasPrefix(prev.Tag, "NN") && !covers(args, first-1) {
		return false
	}
	if unaccusedMarch[toks[first].Lemma] {
		// "Thousands of workers marched through the capital to
		// demand ...": a verb with no passive of its own is the main verb
		return false
	}
	if last < len(toks) {
		switch next := toks[last]; {
		case timeWord[next.Lemma] && last+1 < len(toks) && strings.HasPrefix(toks[last+1].Tag, "NN"):
			// "detained last month": a time, not an object
		case next.Tag == "DT" || next.Tag == "PRP$" || next.Tag == "CD" || next.Tag == "PRP",
			strings.HasPrefix(next.Tag, "NN") || strings.HasPrefix(next.Tag, "JJ"),
			covers(args, last):
			return false // "Russia attacked Ukraine", tagged as a participle
		case (next.Lemma == "off" || next.Lemma == "back") && last+1 < len(toks) && (toks[last+1].Tag == "DT" || toks[last+1].Tag == "PRP$" || covers(args, last+1)):
			return false // "troops fought off an attack", "beat back": a phrasal verb with its object
		}
	}
	// The clause has a finite verb of its own: before the noun ("there
	// were soldiers killed", "identify victims killed by"), or after the
	// participle's phrase ("civilians imprisoned for ... were released").
	// A participle coordinated with a verb is the main verb ("donated and
	// delivered").
	if last < len(toks) && toks[last].Tag == "CC" {
		return false
	}
	for k := first - 2; k >= 0 && !boundary(toks, k); k-- {
		if finite(toks[k]) {
			return true
		}
	}
	for k := last; k < len(toks) && !boundary(toks, k) && toks[k].Text != ","; k++ {
		if finite(toks[k]) {
			return k == 0 || toks[k-1].Tag != "CC"
		}
	}
	return false
}

// unaccusedMarch are the verbs of marching and rallying, which take no
// object and so have no passive: after a noun they are the clause's own
// verb, whatever the tagger read ("workers marched", tagged VBN).
var unaccusedMarch = map[string]bool{"march": true, "rally": true, "demonstrate": true}

// finite reports whether a token is a finite verb or a modal.
func finite(t dyad.Token) bool {
	switch t.Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// finiteVerb returns the index of the first finite verb from i on, or
// len(toks).
func finiteVerb(toks []dyad.Token, i int) int {
	for k := i; k < len(toks); k++ {
		if finite(toks[k]) {
			return k
		}
	}
	return len(toks)
}

// npArgs returns the mentions inside the noun phrase that ends just before
// toks[end] ("South Korean court rulings").
func npArgs(toks []dyad.Token, args []arg, end int) []arg {
	k := end - 1
	for k >= 0 {
		switch toks[k].Tag {
		case "DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH":
			k--
			continue
		}
		if covers(args, k) {
			k--
			continue
		}
		break
	}
	var out []arg
	for _, a := range args {
		if a.first > k && a.last <= end {
			out = append(out, a)
		}
	}
	return out
}

// groupEndingAt returns the mentions before and including a, in order,
// for nearestGroup to pick a's coordinated group.
func groupEndingAt(toks []dyad.Token, args []arg, a arg) []arg {
	var out []arg
	for _, b := range args {
		if b.first <= a.first {
			out = append(out, b)
		}
	}
	return out
}

// hasPrep reports whether a preposition stands in toks[from:to].
func hasPrep(toks []dyad.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].Tag == "IN" || toks[k].Tag == "TO" {
			return true
		}
	}
	return false
}

func beforeBe(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lemma {
		case "be", "get", "remain", "become":
			return true
		}
		if toks[k].Tag != "RB" {
			return false
		}
	}
	return false
}

// negatedAt reports whether the trigger toks[i] is negated: "not", "n't",
// "never" or "no longer" among the three tokens before it.
func negatedAt(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "not", "n't", "n’t", "never":
			return true
		case "to":
			// "failed to reach an agreement", "was unable to meet"
			if k > 0 && (toks[k-1].Lemma == "fail" || toks[k-1].Lemma == "unable") {
				return true
			}
		case "longer":
			if k > 0 && toks[k-1].Lemma == "no" {
				return true
			}
		}
		if boundary(toks, k) || toks[k].Text == "," {
			return false
		}
	}
	return false
}

// followedBy reports whether the word appears in toks from i on.
func followedBy(toks []dyad.Token, i int, lemma string) bool {
	for ; i < len(toks); i++ {
		if toks[i].Lemma == lemma {
			return true
		}
	}
	return false
}

// demandRoots are the roots whose verbs take a that-clause naming who is to
// act: appeals, demands, accusations, threats.
var demandRoots = map[string]bool{"02": true, "10": true, "11": true, "13": true}

// mutualRoots are the roots whose verbs, said of a coordinated subject
// without a target, report an act between its members ("A and B agreed to
// ..."); meetings and cooperation have their recip patterns, and praise
// or support without a target names none ("A and B welcomed the move").
var mutualRoots = map[string]bool{"03": true}

// fightVerbs are the verbs of fighting whose coordinated subject fights
// among itself when no target is named ("troops and rebels fought").
var fightVerbs = map[string]bool{"fight": true, "battle": true, "skirmish": true}

// nonState reports whether an actor code names a country's people or
// groups (CVL, OPP, LAB, EDU, ...) rather than the state or its organs.
func nonState(code string) bool {
	switch dyad.ActorRole(code) {
	case "", "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
		return false
	}
	return true
}

// isCountry reports whether c is a country part of an actor code (three
// capital letters), not an international or unknown one.
func isCountry(c string) bool {
	if len(c) != 3 {
		return false
	}
	switch c {
	case "IGO", "NGO", "IMG", "MNC", "---", "UIS":
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// rejection maps the root of a negated cooperative event to the CAMEO code
// of its refusal: "did not agree" is 120, "refused to meet" 125, "will not
// release" 124.
var rejection = map[string]string{
	"02": "120", "03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124", "09": "120",
}

// intention maps the root of an event announced for the future to the
// CAMEO code of the intention: cooperation becomes 03x (CAMEO's "express
// intent to ..."), force and sanctions become threats (13x).
var intention = map[string]string{
	"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
	"14": "133", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138",
}

// intentionOf is the intention code of an announced act: the CAMEO code
// that names the same act ("will mediate" 039, "will send military aid"
// 0332, "will release prisoners" 0353), else that of its root.
func intentionOf(code string) string {
	switch code {
	case "045":
		return "039"
	case "061":
		return "0311"
	case "062":
		return "0312"
	case "063":
		return "0313"
	case "064":
		return "0314"
	case "071":
		return "0331"
	case "072":
		return "0332"
	case "073":
		return "0333"
	case "074":
		return "0334"
	case "0841", "084":
		return "0353"
	case "085":
		return "0354"
	case "087", "0871", "0872", "0873", "0874":
		return "0356"
	}
	return intention[code[:2]]
}

// futureAt reports whether the verb toks[i] is announced rather than done:
// after will/would/shall, or "plans to", "is ready to", "is willing to",
// "is prepared to", "intends to", "is going to", "is to".
func futureAt(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Lemma == "not" || toks[k].Lemma == "be" && k == i-1) {
		k--
	}
	if k < 0 {
		return false
	}
	if inception[toks[k].Lemma] && toks[k].Tag == "VB" && (toks[i].Tag == "VBG" || toks[i].Tag == "NN") {
		// "would begin sharing intelligence", "will start holding joint
		// patrols": the start of an act ahead is as future as the act
		return futureAt(toks, k)
	}
	switch toks[k].Lemma {
	case "will", "shall", "would", "'ll":
		return true
	case "to":
		if k == 0 {
			return false
		}
		if inception[toks[k-1].Lemma] && toks[k-1].Tag == "VB" {
			return futureAt(toks, k-1) // "will begin to share"
		}
		switch toks[k-1].Lemma {
		case "plan", "intend", "ready", "willing", "prepared", "going", "set", "be", "expect", "aim", "hope", "want", "wish":
			return true
		case "prepare", "commit", "committed":
			// "is prepared to lift", "is committed to": a readiness
			// stated with "be" (not "troops prepared to attack", the
			// preparation itself)
			if k >= 2 && toks[k-2].Lemma == "be" {
				return true
			}
		}
		// "would send a high-level delegation to mediate": the purpose of
		// a future act is future too
		for j := k - 1; j >= 0 && j >= k-10; j-- {
			t := toks[j]
			if t.Tag == "VB" {
				return futureAt(toks, j)
			}
			if !skippable(t) && t.Tag != "IN" && t.Tag != "TO" {
				break
			}
		}
	}
	return false
}

// speculative reports whether the verb toks[i] stands under "might",
// "may" or "could" ("Russia could attack"): a possibility, not an act.
func speculative(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lemma {
		case "might", "may", "could":
			return toks[k].Tag == "MD"
		}
		if toks[k].Tag != "RB" && toks[k].Lemma != "not" && toks[k].Lemma != "be" && toks[k].Lemma != "have" {
			return false
		}
	}
	return false
}

// inCondition reports whether toks[i] is inside an if/unless clause.
func inCondition(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if conditional(toks[k]) {
			return true
		}
		if boundary(toks, k) || toks[k].Text == "," {
			return false
		}
	}
	return false
}

// quoteAt returns the quote (direct, partial or indirect speech) whose
// words hold byte offset off, or nil.
func quoteAt(d *dyad.Doc, off int) *dyad.Quote {
	for i := range d.Quotes {
		if q := &d.Quotes[i]; q.Start <= off && off < q.End {
			return q
		}
	}
	return nil
}

// nearestGroup keeps the mention nearest the end and those coordinated
// with it.
func nearestGroup(toks []dyad.Token, as []arg) []arg {
	out := []arg{as[len(as)-1]}
	for k := len(as) - 2; k >= 0; k-- {
		if !coordinated(toks, as[k], out[0]) {
			break
		}
		out = append([]arg{as[k]}, out...)
	}
	return out
}

// firstGroup returns the first mention in [from, to) that is not a
// possessor-only phrase, and those coordinated with it.
func firstGroup(toks []dyad.Token, args []arg, from, to int) []arg {
	var out []arg
	for _, a := range args {
		if a.first < from || a.last > to {
			continue
		}
		if len(out) == 0 && adjunct(toks, a) {
			continue
		}
		if len(out) == 1 && out[0].possessor && a.first <= out[0].last+2 {
			// "Israel's militia ally": the possessed actor, not the possessor
			out[0] = a
			continue
		}
		if len(out) == 0 {
			out = append(out, a)
			continue
		}
		prev := out[len(out)-1]
		if a.first == prev.first || coordinated(toks, prev, a) {
			out = append(out, a)
			continue
		}
		break
	}
	return out
}

// coordinated reports whether only "and", "or", commas and "as well as"
// stand between mentions a and b (a before b).
func coordinated(toks []dyad.Token, a, b arg) bool {
	if b.first < a.last {
		return a.first == b.first
	}
	if b.first == a.last {
		return false
	}
	for k := a.last; k < b.first; k++ {
		switch toks[k].Lemma {
		case "and", "or", ",", "as", "well", "along", "with":
		default:
			return false
		}
	}
	return true
}

// distinct drops mentions of the same entity and code.
func distinct(as []arg) []arg {
	seen := map[string]bool{}
	var out []arg
	for _, a := range as {
		k := a.entity + "|" + a.code
		if !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// eventDate is the date of the nearest date expression in the trigger's
// clause (one after the trigger first), else the publication date with
// precision "publication".
func eventDate(d *dyad.Doc, si, trig, start, end int) (string, string) {
	toks := d.Sentences[si].Tokens
	lo, hi := toks[start].Start, d.Sentences[si].End
	if end < len(toks) {
		hi = toks[end].Start
	}
	// After the trigger, to the end of the sentence's main clause; a
	// comma does not end a time phrase's reach ("met ..., on Wednesday").
	best, bestDist := -1, 1<<30
	for i, t := range d.Times {
		if t.Sentence != si || t.Kind != "date" || t.Value == "" || !eventTime(d.Text(), t) {
			continue
		}
		if t.Start < lo || t.Start >= d.Sentences[si].End || dateOfOtherPhrase(toks, t.Start, t.End, trig) {
			continue
		}
		dist := t.Start - toks[trig].Start
		if dist < 0 {
			dist = -dist + 1000 // before the trigger: only when nothing follows
		}
		if t.Start >= hi && dist < 1000 {
			dist += 500
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		return d.Times[best].Value, d.Times[best].Precision
	}
	if pub := d.Published(); !pub.IsZero() {
		return pub.Format(dyad.DateLayout), dyad.PrecisionPublication
	}
	return "", ""
}

// eventTime reports whether a date expression can date an event of its
// clause: "since December 2019", "until 2025" and "from March" bound a
// period instead ("the first meeting since 2019" did not happen in 2019).
func eventTime(text string, t dyad.TimeExpr) bool {
	w := strings.ToLower(t.Text)
	if t.Start >= 7 {
		w = strings.ToLower(text[max(0, t.Start-7):t.Start]) + w
	}
	for _, p := range []string{"since ", "until ", "till ", "from ", "through "} {
		if strings.Contains(w, p) {
			return false
		}
	}
	return true
}

func parseDate(v string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(v) == len(layout) {
			if t, err := time.Parse(layout, v); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// eventPlace is the place named after "in" or "at" after the trigger in its
// sentence (a comma does not end its reach: "met on Wednesday, in New
// York"); datelines never count.
func eventPlace(d *dyad.Doc, si, from int) *dyad.Place {
	toks := d.Sentences[si].Tokens
	if from >= len(toks) {
		return nil
	}
	lo := toks[from].Start
	hi := d.Sentences[si].End
	for _, pm := range d.Places {
		if pm.Sentence != si || pm.Dateline || pm.Start < lo || pm.Start >= hi {
			continue
		}
		// the preposition before the toponym
		for k := from; k < len(toks); k++ {
			if toks[k].Start >= pm.Start {
				if k > 0 && (toks[k-1].Lemma == "in" || toks[k-1].Lemma == "at") {
					pl := pm.Place
					return &pl
				}
				break
			}
		}
	}
	return nil
}

// placeAfter returns the first toponym of sentence si from token from up
// to token end (datelines excepted), or nil.
func placeAfter(d *dyad.Doc, si, from, end int) *dyad.Place {
	toks := d.Sentences[si].Tokens
	if from >= len(toks) {
		return nil
	}
	lo, hi := toks[from].Start, d.Sentences[si].End
	if end < len(toks) {
		hi = toks[end].Start
	}
	for i := range d.Places {
		if pm := &d.Places[i]; pm.Sentence == si && !pm.Dateline && pm.Start >= lo && pm.Start < hi {
			return &pm.Place
		}
	}
	return nil
}

// merge joins events with the same (source, target, code, date) into one,
// with all their evidence sentences, keeping the first trigger and the
// highest confidence. An event with a root's generic code ("040") joins an
// event of the same dyad, root and date with a specific one ("044": the
// same meeting, placed in a third country by another sentence).
func merge(evs []dyad.Event) []dyad.Event {
	specific := map[string]string{}
	for _, e := range evs {
		if !generic(e.CAMEO) {
			specific[e.Source+"|"+e.Target+"|"+e.Root+"|"+e.Date] = e.CAMEO
		}
	}
	idx := map[string]int{}
	var out []dyad.Event
	for _, e := range evs {
		if generic(e.CAMEO) {
			if c, ok := specific[e.Source+"|"+e.Target+"|"+e.Root+"|"+e.Date]; ok {
				e.CAMEO = c
			}
		}
		k := e.Source + "|" + e.Target + "|" + e.CAMEO + "|" + e.Date
		if i, ok := idx[k]; ok {
			o := &out[i]
			o.Sentences = appendUnique(o.Sentences, e.Sentences...)
			o.Confidence = max(o.Confidence, e.Confidence)
			if o.Place == nil {
				o.Place = e.Place
			}
			if o.DatePrecision == dyad.PrecisionPublication && e.DatePrecision != dyad.PrecisionPublication {
				o.DatePrecision = e.DatePrecision
			}
			continue
		}
		idx[k] = len(out)
		out = append(out, e)
	}
	return out
}

// generic reports whether a code is its root's "not specified" code.
func generic(code string) bool {
	return len(code) == 3 && code[2] == '0'
}

func appendUnique(s []int, vs ...int) []int {
	for _, v := range vs {
		found := false
		for _, x := range s {
			if x == v {
				found = true
				break
			}
		}
		if !found {
			s = append(s, v)
		}
	}
	sort.Ints(s)
	return s
}

func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// attackNouns are the nouns that name an attack, or the weapon of one,
// without naming who carried it out.
var attackNouns = map[string]bool{
	"attack": true, "strike": true, "airstrike": true, "raid": true, "shelling": true, "bombing": true,
	"bombardment": true, "bomb": true, "blast": true, "explosion": true, "gunfire": true, "shooting": true,
	"ambush": true, "assault": true, "rocket": true, "missile": true, "mortar": true, "mine": true,
	"minefield": true, "grenade": true, "shell": true, "fire": true, "drone": true, "landmine": true,
	"air-strike": true, "car-bomb": true, "artillery": true,
}

// weaponSubject reports whether the first noun of the clause toks[start:
// trigger] is an attack or weapon noun ("A roadside bombing near X
// killed ...", "A minefield explosion killed ...").
func weaponSubject(toks []dyad.Token, start, trigger int) bool {
	for k := afterDateline(toks, start, trigger); k < trigger; k++ {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "NN") {
			// the head of the first noun phrase: its last noun
			for k+1 < trigger && strings.HasPrefix(toks[k+1].Tag, "NN") {
				if attackNouns[t.Lemma] {
					return true
				}
				k++
				t = toks[k]
			}
			return attackNouns[t.Lemma] || attackNouns[strings.ToLower(t.Text)]
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "IN" && t.Lemma != "of" {
			return false
		}
	}
	return false
}

// hazards are the nouns of natural hazards and accidents: as the subject
// of a verb of harm they name no attacker.
var hazards = map[string]bool{
	"rain": true, "rainfall": true, "downpour": true, "flood": true, "flooding": true, "landslide": true,
	"mudslide": true, "earthquake": true, "quake": true, "tremor": true, "aftershock": true, "storm": true,
	"typhoon": true, "hurricane": true, "cyclone": true, "tornado": true, "wildfire": true, "bushfire": true,
	"blaze": true, "heatwave": true, "avalanche": true, "tsunami": true, "eruption": true, "drought": true,
	"lightning": true, "blizzard": true, "snowstorm": true, "monsoon": true, "outbreak": true,
	"epidemic": true, "cholera": true, "accident": true, "crash": true, "collapse": true, "stampede": true,
}

// hazardSubject reports whether the subject of the sentence's first verb,
// read as the nouns before the first verb, is headed by a natural hazard or
// an accident ("Heavy monsoon rains triggered landslides, killing ...").
func hazardSubject(toks []dyad.Token, trigger int) bool {
	head := ""
	for k := 0; k < trigger && k < len(toks); k++ {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			break
		}
		if t.Tag == "IN" || t.Text == "," {
			if head != "" {
				break
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "NN") {
			head = t.Lemma
		}
	}
	return hazards[head]
}

// scoreline reports whether a match score ("2-1", "3–0") stands in
// toks[from:to].
func scoreline(toks []dyad.Token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		a, b, ok := strings.Cut(strings.ReplaceAll(toks[k].Text, "\u2013", "-"), "-")
		if ok && a != "" && b != "" && len(a) <= 2 && len(b) <= 2 && digits(a) && digits(b) {
			return true
		}
	}
	return false
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// attackPhraseActors returns the actors of an "in/by/during" phrase right
// after a passive verb whose head is an attack noun ("killed in an
// Israeli air strike") and the index of that noun, or nil.
func attackPhraseActors(toks []dyad.Token, args []arg, from, end int) ([]arg, int) {
	k := from
	for k < end && (toks[k].Tag == "RB" || toks[k].Tag == "CD") {
		k++
	}
	if k >= end || (toks[k].Lemma != "in" && toks[k].Lemma != "during" && toks[k].Lemma != "by") {
		return nil, -1
	}
	var found []arg
	for j := k + 1; j < end && j <= k+6; j++ {
		t := toks[j]
		if a, ok := argAt(args, j); ok {
			found = append(found, a)
			// "an Israeli air strike" may be one mention (ISRMIL): its
			// head is the attack noun
			if h := a.last - 1; h > j && h < len(toks) && (attackNouns[toks[h].Lemma] || attackNouns[strings.ToLower(toks[h].Text)]) {
				return found, h
			}
			j = a.last - 1
			continue
		}
		if attackNouns[t.Lemma] || attackNouns[strings.ToLower(t.Text)] {
			if j+1 < end && strings.HasPrefix(toks[j+1].Tag, "NN") {
				continue // "rocket fire", "tank shelling": the head follows
			}
			return found, j
		}
		switch t.Tag {
		case "DT", "JJ", "NN", "NNP", "NNS", "CD", "HYPH", "VBN":
			continue
		}
		return nil, -1
	}
	return nil, -1
}

func argAt(args []arg, k int) (arg, bool) {
	for _, a := range args {
		if a.first == k {
			return a, true
		}
	}
	return arg{}, false
}

// nounCode returns the code of the codebook's event-noun patterns for the
// attack noun toks[j] ("shelling" 194, "air strike" 195), or "".
func (c *Coder) nounCode(toks []dyad.Token, j int) string {
	t := toks[j]
	if j > 0 {
		// a compound the codebook names ("air strike", "rocket fire")
		for _, p := range c.cb.Patterns(toks[j-1].Lemma) {
			if p.Noun && len(p.Words) >= 2 && wordIs(t, p.Words[1]) && rootOf(p.Code) >= "18" {
				return p.Code
			}
		}
	}
	for _, w := range append([]string{t.Lemma, strings.ToLower(t.Text)}, stems(strings.ToLower(t.Text))...) {
		for _, p := range c.cb.Patterns(w) {
			if p.Noun && rootOf(p.Code) >= "18" {
				return p.Code
			}
		}
	}
	return ""
}

// withCode returns a copy of p coding code instead.
func withCode(p *codebook.Pattern, code string) *codebook.Pattern {
	q := *p
	q.Code = code
	return &q
}

// perfectParticiple reports whether toks[i], tagged otherwise, is the
// participle of a perfect: an -ed or -en word after a form of "have" and
// any adverbs ("has reportedly conceded", with "conceded" tagged JJ).
func perfectParticiple(toks []dyad.Token, i int) bool {
	w := strings.ToLower(toks[i].Text)
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch {
		case toks[k].Tag == "RB":
			continue
		case toks[k].Lemma == "have" && strings.HasPrefix(toks[k].Tag, "VB"):
			return true
		}
		return false
	}
	return false
}

// infinitiveRoot returns the root of the pattern that the verb toks[i]
// starts, or "".
func (c *Coder) infinitiveRoot(toks []dyad.Token, i int, args []arg) string {
	if code := c.infinitiveCode(toks, i, args); code != "" {
		return rootOf(code)
	}
	return ""
}

// beforeClause reports whether a "before" stands in toks[from:i] right
// before the clause of toks[i] (its subject between them, no punctuation).
func beforeClause(toks []dyad.Token, from, i int) bool {
	if from < 0 {
		return false
	}
	for k := i - 1; k >= from && k >= i-5 && k < len(toks); k-- {
		switch {
		case toks[k].Lemma == "before":
			return true
		case toks[k].Text == "," || toks[k].Text == ";" || boundary(toks, k):
			return false
		}
	}
	return false
}

// untilClause reports whether an "until" stands in toks[from:i] with no
// sentence punctuation after it, making toks[i] part of its clause.
func untilClause(toks []dyad.Token, from, i int) bool {
	if from < 0 {
		return false
	}
	for k := i - 1; k >= from && k < len(toks); k-- {
		switch {
		case toks[k].Lemma == "until" || toks[k].Lemma == "till":
			return true
		case toks[k].Text == "," || toks[k].Text == ";" || boundary(toks, k):
			return false
		}
	}
	return false
}

// theirMeeting returns the index of a meeting noun in toks[from:to] in a
// phrase "during/at/after their (first ...) meeting|talks|summit", or of
// bare "talks" with no partner of their own ("during talks in Accra", not
// "talks with X"), or -1.
func theirMeeting(toks []dyad.Token, from, to int) int {
	for k := from; k+2 < to && k+2 < len(toks); k++ {
		switch toks[k].Lemma {
		case "during", "at", "after":
		default:
			continue
		}
		if l := toks[k+1].Lemma; (l == "talk" || l == "talks") && toks[k+1].Text == "talks" {
			// "signed an agreement during talks in Accra": the signers'
			// own talks, unless they name a partner of their own
			if w := toks[k+2].Lemma; w != "with" && w != "between" && w != "on" {
				return k + 1
			}
			continue
		}
		if strings.ToLower(toks[k+1].Text) != "their" {
			continue
		}
		for j := k + 2; j < to && j < len(toks) && j <= k+4; j++ {
			switch toks[j].Lemma {
			case "meeting", "talk", "talks", "summit":
				return j
			}
			switch toks[j].Tag {
			case "JJ", "JJS", "JJR", "CD", "NN", "NNP", "RB":
				continue
			}
			break
		}
	}
	return -1
}

// relativeOfAttack returns the code of the attack an attack noun names when
// toks[i] is the verb of a relative clause on it ("an air strike that
// destroyed", "a drone attack which killed"): 195 for aerial weapons, 194
// for artillery, else 190; "" when toks[i] is no such verb.
func relativeOfAttack(toks []dyad.Token, i int) string {
	if !strings.HasPrefix(toks[i].Tag, "VB") || i < 2 {
		return ""
	}
	k := i - 1
	for k > 1 && (toks[k].Tag == "RB" || toks[k].Tag == "MD" || (strings.HasPrefix(toks[k].Tag, "VB") && (toks[k].Lemma == "be" || toks[k].Lemma == "have"))) {
		k--
	}
	if t := toks[k]; !(t.Lemma == "that" || t.Lemma == "which") || !(t.Tag == "WDT" || t.Tag == "IN") {
		return ""
	}
	n := toks[k-1]
	w := strings.ToLower(n.Text)
	if !attackNouns[n.Lemma] && !attackNouns[w] {
		return ""
	}
	lemma := n.Lemma
	if k >= 2 && (lemma == "attack" || lemma == "strike" || lemma == "raid") {
		switch m := toks[k-2].Lemma; m {
		case "drone", "missile", "rocket", "air", "artillery", "mortar":
			// "a drone attack", "an artillery strike"
			lemma = m
		}
	}
	switch lemma {
	case "strike", "air", "airstrike", "air-strike", "bombing", "bombardment", "drone", "missile", "rocket", "bomb":
		return "195"
	case "shelling", "shell", "artillery", "mortar":
		return "194"
	}
	return "190"
}

// materiel are the weapons and equipment a verb pattern can name as its
// object ("send tank", "supply missile"); the role words read some of them
// as armed forces ("Russian tanks rolled in").
var materiel = map[string]bool{
	"tank": true, "missile": true, "weapon": true, "arm": true, "jet": true, "aircraft": true, "drone": true,
	"ammunition": true, "munition": true, "equipment": true, "artillery": true, "rocket": true, "vehicle": true,
	"fighter": true, "helicopter": true, "warship": true, "submarine": true,
	"intelligence": true, // "share intelligence": the information, not the services
}

// withoutPatternObject drops from as the mention headed by the last word
// of a verb pattern, when that word is weapons or equipment matched at the
// end of the trigger: the thing sent, not a party.
func withoutPatternObject(toks []dyad.Token, m match, p *codebook.Pattern, as []arg) []arg {
	last := p.Words[len(p.Words)-1]
	if !materiel[last] || m.last-1 <= m.first || !strings.HasPrefix(toks[m.last-1].Tag, "NN") || !wordIs(toks[m.last-1], last) {
		return as
	}
	var out []arg
	for _, a := range as {
		if a.first > m.first && a.last == m.last {
			continue
		}
		out = append(out, a)
	}
	return out
}
