package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Speakers: who adds a statement or a participle after "said". Test
// sentences in round7_test.go and kidnappings_test.go.

// addedThat reports whether toks[i] stands in a that-clause of ", adding
// that" or ", and added that": a further statement of the speaker, not the
// content of the event coded before it ("Gunmen abducted a consul, the
// ministry said, adding that it had asked Mexican authorities to ...").
func addedThat(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 1; k-- {
		if boundary(toks, k) {
			v := k - 1
			return toks[k].Lemma == "that" && toks[v].Lemma == "add" && v >= 1 && (toks[v-1].Text == "," || toks[v-1].Lemma == "and")
		}
	}
	return false
}

// addedSpeaker returns the speaker of ", adding that it/he/she had ..."
// when toks[i] is the verb of that clause and its subject is such a
// pronoun: the mention just before "said" ahead of "adding" ("the foreign
// ministry said, adding that it had asked ..."), or nil.
func addedSpeaker(toks []dyad.Token, args []arg, i int) []arg {
	that := -1
	for k := i - 1; k >= 1; k-- {
		if boundary(toks, k) {
			that = k
			break
		}
	}
	if that < 3 || !addedThat(toks, i) || that+1 >= i {
		return nil
	}
	switch strings.ToLower(toks[that+1].Text) {
	case "it", "he", "she", "they":
	default:
		return nil
	}
	v := that - 1 // "adding"
	c := v - 1    // "," or "and"
	if c < 2 || toks[c-1].Lemma != "say" {
		return nil
	}
	before := argsBefore(args, c-1)
	if len(before) == 0 || before[len(before)-1].last != c-1 {
		return nil
	}
	return nearestGroup(toks, before)
}

// saidSpeaker returns the speaker of a participle right after ", X said
// (on Sunday)," ("..., the French foreign ministry said on Sunday,
// urging his captors to free him"): the mention right before the speech
// verb, or right after it ("said the ministry,"); nil when toks[i] is no
// participle there or no speaker is named.
func saidSpeaker(d *dyad.Doc, si, i int, args []arg) []arg {
	toks := d.Sentences[si].Tokens
	if toks[i].Tag != "VBG" || i < 3 || toks[i-1].Text != "," {
		return nil
	}
	k := i - 2
	for k > 0 && (timeAt(d, si, k) || toks[k].Tag == "RB") {
		k--
	}
	if toks[k].Lemma == "say" || toks[k].Lemma == "add" {
		before := argsBefore(args, k)
		if len(before) == 0 || before[len(before)-1].last != k {
			// "..., the aid organisation said on Friday, calling for
			// ...": the organisation named before
			return orgAnaphor(toks, before, k)
		}
		// the speaker and any joined to it by "and" ("Mali and Niger
		// said"), not the place before its comma
		group := []arg{before[len(before)-1]}
		for j := len(before) - 2; j >= 0; j-- {
			b := before[j]
			if b.last == group[0].last && b.first == group[0].first || b.last+1 == group[0].first && toks[b.last].Lemma == "and" {
				group = append([]arg{b}, group...)
				continue
			}
			break
		}
		return group
	}
	// "said the ministry,"
	for _, a := range args {
		j := a.first - 1
		if j > 0 && toks[j].Tag == "DT" {
			j--
		}
		if a.last == k+1 && j >= 0 && toks[j].Lemma == "say" {
			return []arg{a}
		}
	}
	return nil
}

// verbalRoots are the CAMEO roots of acts done by speaking (statements,
// appeals, intentions, demands, disapproval, rejection, threats): a
// participle of one after ", X said," is the speaker's ("..., the
// ministry said, urging ..."); a material act there ("..., the ministry
// said, killing 12 people") stays the act of the clause before.
var verbalRoots = map[string]bool{"01": true, "02": true, "03": true, "10": true, "11": true, "12": true, "13": true}

// speakerAfterThatClause returns the subject of "X said (on Monday) that
// ..., and VERBed" when the verbal act (01-03, 10-13) at toks[i] follows
// ", and" after a complete that-clause of X's ("Armenia's defence ministry
// said that Azerbaijani forces had moved troops to the border, and accused
// Baku of preparing a provocation"): the second verb is X's, not the
// that-clause's content. It returns nil otherwise.
func speakerAfterThatClause(d *dyad.Doc, si, i int, args []arg, m match) []arg {
	toks := d.Sentences[si].Tokens
	if m.p.Noun || m.sources != nil || !verbalRoots[rootOf(m.p.Code)] || toks[i].Tag != "VBD" && toks[i].Tag != "VBN" || i < 6 {
		return nil
	}
	if toks[i-1].Lemma != "and" || toks[i-2].Text != "," {
		return nil
	}
	that := -1
	for k := i - 3; k > 0; k-- {
		if toks[k].Lemma == "that" {
			that = k
			break
		}
		if toks[k].Text == ";" || toks[k].Lemma == "say" {
			return nil
		}
	}
	if that < 0 {
		return nil
	}
	// a finite verb of the that-clause's own
	own := false
	for k := that + 2; k < i-2; k++ {
		if finite(toks[k]) {
			own = true
			break
		}
	}
	k := that - 1
	for k > 0 && (timeAt(d, si, k) || toks[k].Tag == "RB") {
		k--
	}
	if k < 1 || toks[k].Tag != "VBD" {
		return nil
	}
	switch toks[k].Lemma {
	case "say", "announce", "state", "report":
		if !own {
			return nil
		}
	case "demand", "insist", "ask", "request", "urge":
		// "demanded that Tajikistan return the livestock ..., and
		// accused ...": a that-clause in the subjunctive has no past
		// tense to coordinate with
	default:
		return nil
	}
	j := k
	for j > 0 && (timeAt(d, si, j-1) || toks[j-1].Tag == "RB") {
		j-- // "the president on Wednesday demanded"
	}
	before := argsBefore(args, j)
	if len(before) == 0 || before[len(before)-1].last != j {
		return nil
	}
	return nearestGroup(toks, before)
}

// orgNouns head a definite noun phrase that points back to an
// organisation ("the aid organisation", "the agency", "the charity").
var orgNouns = map[string]bool{
	"organisation": true, "organization": true, "agency": true, "charity": true, "group": true,
}

// orgAnaphor returns the organisation (a code of NGO or IGO) named last in
// before when toks just before k are "the (aid/humanitarian/relief/
// rights/UN) organisation/agency/charity/group" with no actor of their
// own; else nil.
func orgAnaphor(toks []dyad.Token, before []arg, k int) []arg {
	h := k - 1
	if h < 1 || !orgNouns[toks[h].Lemma] || toks[h].Tag != "NN" {
		return nil
	}
	j := h - 1
	for j > 0 && (strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "NN" || toks[j].Tag == "NNP") && h-j <= 2 {
		j--
	}
	if toks[j].Lemma != "the" || (len(before) > 0 && before[len(before)-1].last > j) {
		return nil
	}
	for n := len(before) - 1; n >= 0; n-- {
		if c := before[n].code; strings.HasPrefix(c, "NGO") || strings.HasPrefix(c, "IGO") {
			return []arg{before[n]}
		}
	}
	return nil
}

// toponymSubject returns the government of a country whose city stands,
// with no actor of its own, as the subject of the clause a verb of saying
// introduces ("..., and said Georgetown had asked Brazil to ..."), when a
// party of that country's government is named before it in the sentence
// (the speaker): a capital the actor stage does not list stands for its
// government. It returns nil otherwise.
func toponymSubject(d *dyad.Doc, si, i int, args []arg) []arg {
	toks := d.Sentences[si].Tokens
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Tag == "MD" || toks[k].Lemma == "have" || toks[k].Lemma == "be") {
		k--
	}
	if k < 1 || k == i-1 || covers(args, k) {
		return nil
	}
	for _, pm := range d.Places {
		if pm.Sentence != si || pm.Dateline || pm.End != toks[k].End {
			continue
		}
		j := k
		for j > 0 && toks[j-1].Start >= pm.Start {
			j--
		}
		if j < 1 || toks[j-1].Lemma != "say" && toks[j-1].Lemma != "that" {
			return nil
		}
		gov := pm.Country + "GOV"
		for _, a := range args {
			if a.first < j && a.code == gov {
				return []arg{{first: j, last: k + 1, code: gov, entity: "implied:" + gov, kind: "implied"}}
			}
		}
		return nil
	}
	return nil
}

// saidAfterAnd reports whether a ", and said/added/announced" stands
// between toks[i] and the "that" of the clause holding it ("demanded that
// Z withdraw ..., and said Georgetown had asked X to ..."): the verb is in
// a new statement of the sentence's speaker, not the that-clause's
// content.
func saidAfterAnd(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 2; k-- {
		if boundary(toks, k) {
			return false
		}
		if toks[k].Tag == "VBD" && (toks[k].Lemma == "say" || toks[k].Lemma == "add" || toks[k].Lemma == "announce") && toks[k-1].Lemma == "and" && toks[k-2].Text == "," {
			return true
		}
	}
	return false
}

// parallelThat reports whether toks[i] stands in a second that-clause of a
// verb of saying ("said that he hoped to visit Lebanon, and that he had
// asked its leaders to ..."): a statement of its own, not the content of
// an event in the first clause. The first "that" must follow say, tell,
// announce or add, with no other clause boundary between the two but a
// time clause ("before the end of the year").
func parallelThat(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 1 && !boundary(toks, k) {
		k--
	}
	if k < 2 || toks[k].Lemma != "that" || toks[k-1].Lemma != "and" {
		return false
	}
	for j := k - 2; j >= 1; j-- {
		if !boundary(toks, j) {
			continue
		}
		switch toks[j].Lemma {
		case "before", "after", "when", "while":
			// a time clause inside the first that-clause
			continue
		case "that":
		default:
			return false
		}
		v := j - 1
		for v > 0 && (toks[v].Tag == "RB" || toks[v].Tag == "NNP" && toks[v-1].Lemma == "on" || toks[v].Tag == "IN" && toks[v].Lemma == "on") {
			v--
		}
		switch toks[v].Lemma {
		case "say", "tell", "announce", "add":
			return strings.HasPrefix(toks[v].Tag, "VB")
		}
		return false
	}
	return false
}
