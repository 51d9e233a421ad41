package quotes

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// who is a resolved speaker with the cue and relay chain of its frame.
type who struct {
	text, actor, entity string
	typ                 dyad.EntityType
	plural, named       bool
	via                 []string
	cue                 string
}

// sameSpeaker reports whether a and b are the same speaker.
func sameSpeaker(a, b who) bool {
	if a.entity != "" || b.entity != "" {
		return a.entity == b.entity
	}
	return a.text != "" && a.text == b.text
}

// resolveAttr resolves the speaker, relay chain and cue of a; prev is the
// last quote with a speaker before it and pw that quote's speaker.
func (f *finder) resolveAttr(a *attr, prev *dyad.Quote, pw who) who {
	w := f.speaker(a.s, a.spkA, a.spkB, prev, pw)
	if a.objA >= 0 && f.isMediaRegion(a.s, a.objA, a.objB) {
		w.via = append(w.via, f.relayName(a.s, a.objA, a.objB))
	}
	for _, r := range a.relays {
		if name := f.relayName(a.s, r[0], r[1]); name != "" {
			w.via = append(w.via, name)
		}
	}
	w.cue = f.cue(a)
	return w
}

// cue is the attribution phrase as written: "he added", "told reporters in
// New York" (a named speaker left out), "according to Tokyo", "the agency
// quoted ... as saying" (a speaker with an appositive elided).
func (f *finder) cue(a *attr) string {
	s := a.s
	elide := func(from, to int) string {
		if from >= to {
			return ""
		}
		if a.spkA >= from && a.spkB <= to && f.hasComma(s, a.spkA, a.spkB) {
			left, right := "", ""
			if a.spkA > from {
				left = f.textOf(s, from, a.spkA)
			}
			if a.spkB < to {
				right = f.textOf(s, a.spkB, to)
				right = strings.TrimLeft(right, ", ")
			}
			return strings.TrimSpace(left + " ... " + right)
		}
		return f.textOf(s, from, to)
	}
	switch a.frame {
	case frameAccording, frameRelay:
		return elide(a.cueA, a.cueB)
	case frameInv:
		if a.citing {
			return elide(a.verb, a.cueB)
		}
		return f.textOf(s, a.verb, a.verb+1)
	}
	if a.citing {
		return elide(a.cueA, a.cueB)
	}
	if a.verb > a.spkB && a.cueA > a.spkB {
		return f.textOf(s, a.verb, a.cueB) // "adding"
	}
	if a.spkB-a.spkA == 1 && f.tag(s, a.spkA) == "PRP" {
		return f.textOf(s, a.spkA, a.cueB)
	}
	return f.textOf(s, a.verb, a.cueB)
}

// hasComma reports whether tokens [a, b) of sentence s hold a comma.
func (f *finder) hasComma(s, a, b int) bool {
	for t := a; t < b; t++ {
		if f.sents[s].Tokens[t].Text == "," {
			return true
		}
	}
	return false
}

// relayName names the relay written at tokens [a, b): the entity's name, the
// latest news outlet for "the agency", else the words up to a comma.
func (f *finder) relayName(s, a, b int) string {
	if a >= b {
		return ""
	}
	sp := f.byteSpan(s, a, b)
	if m := f.mentionIn(sp.Start, sp.End); m != nil {
		return m.ent.Text
	}
	b = f.untilComma(s, a, b)
	txt := f.textOf(s, a, b)
	if agencyWord(txt) {
		if e := f.latestMedia(sp.Start); e != nil {
			return e.Text
		}
	}
	return txt
}

// agencyWord reports whether a phrase refers back to a news outlet ("the
// agency", "the news agency").
func agencyWord(s string) bool {
	switch strings.ToLower(s) {
	case "the agency", "the news agency", "the broadcaster", "the newspaper", "the daily", "the outlet", "the wire service":
		return true
	}
	return false
}

// untilComma is the end of [a, b) cut before its first comma.
func (f *finder) untilComma(s, a, b int) int {
	for t := a; t < b; t++ {
		if f.sents[s].Tokens[t].Text == "," {
			return t
		}
	}
	return b
}

// latestMedia is the news outlet most recently mentioned before byte off.
func (f *finder) latestMedia(off int) *dyad.Entity {
	var best *dyad.Entity
	for _, m := range f.ments {
		if m.m.Start >= off {
			break
		}
		if isMedia(m.ent) {
			best = m.ent
		}
	}
	return best
}

// mentionIn returns the first mention overlapping the byte range [a, b),
// the longest at that start; nil when none.
func (f *finder) mentionIn(a, b int) *ment {
	for i := range f.ments {
		m := &f.ments[i]
		if m.m.Start >= b {
			break
		}
		if m.m.End > a {
			return m
		}
	}
	return nil
}

// fromMention is the speaker a mention names: the entity's name for names,
// titles and pronouns, the words of the text for nominals and metonyms.
func (f *finder) fromMention(m *ment) who {
	w := who{text: m.ent.Text, actor: m.ent.MentionActor(m.m), entity: m.ent.ID, typ: m.ent.Type}
	switch m.m.Kind {
	case "nominal", "metonym":
		w.text = f.text[m.m.Start:m.m.End]
	case "name", "title":
		w.named = true
	case "":
		w.named = m.ent.Type != ""
	}
	if w.text == "" {
		w.text = f.text[m.m.Start:m.m.End]
	}
	w.plural = f.pluralAt(m.m.End)
	return w
}

// hasName reports whether the entity is mentioned by name or title
// somewhere.
func hasName(e *dyad.Entity) bool {
	for _, m := range e.Mentions {
		if m.Kind == "name" || m.Kind == "title" {
			return true
		}
	}
	return false
}

// pluralAt reports whether the word ending at byte off is a plural noun.
func (f *finder) pluralAt(off int) bool {
	s := f.d.SentenceAt(off - 1)
	if s < 0 || s >= len(f.sents) {
		return false
	}
	for _, t := range f.sents[s].Tokens {
		if t.End == off {
			return t.Tag == "NNS" || t.Tag == "NNPS"
		}
	}
	return false
}

// speaker resolves the speaker written at tokens [a, b) of sentence s.
func (f *finder) speaker(s, a, b int, prev *dyad.Quote, pw who) who {
	if a >= b {
		return who{}
	}
	toks := f.sents[s].Tokens
	sp := f.byteSpan(s, a, b)
	if b-a == 1 && toks[a].Tag == "PRP" {
		p := strings.ToLower(toks[a].Text)
		if m := f.mentionIn(sp.Start, sp.End); m != nil {
			w := f.fromMention(m)
			w.text = m.ent.Text
			// "he" or "she" that the actor stage took for an organisation
			// or a place ("He said" after "the General Security of
			// Military Information Agreement") is resolved here instead
			if (p != "he" && p != "she") || w.typ == dyad.Person {
				// the named speaker of the quote just before, rather than
				// an unnamed person named since ("May said ... She said"
				// after "a former Russian spy")
				if (p == "he" || p == "she") && prev != nil && prev.Sentence >= s-2 && pw.named && singularPerson(pw) &&
					pw.entity != "" && pw.entity != w.entity && !hasName(m.ent) {
					return who{text: pw.text, actor: pw.actor, entity: pw.entity, typ: pw.typ, named: true}
				}
				return w
			}
		}
		w := f.pronoun(p, sp.Start, prev, pw)
		if w.text == strings.ToLower(toks[a].Text) {
			w.text = toks[a].Text // unresolved: as written
		}
		return w
	}
	np := f.untilComma(s, a, b)
	// The head phrase: up to the first preposition ("a spokesman for ...").
	head := a
	for head < np && !(toks[head].Tag == "IN" && head > a) {
		if head > a && head+1 < np && (toks[head].Tag == "VBG" || toks[head].Tag == "VBN") && toks[head+1].Tag == "IN" {
			// "the coalition fighting in Yemen": the participle's phrase
			// modifies the head and names no speaker
			np = head
			break
		}
		head++
	}
	hs := f.byteSpan(s, a, head)
	// A coordination of names: "Yoon and Kishida said".
	if group := f.group(s, a, np); group.text != "" {
		return group
	}
	if m := f.mentionIn(hs.Start, hs.End); m != nil {
		return f.fromMention(m)
	}
	txt := f.textOf(s, a, np)
	ns := f.byteSpan(s, a, np)
	if m := f.mentionIn(ns.Start, ns.End); m != nil {
		// "a spokesman for the ministry": the words, the ministry's code.
		w := f.fromMention(m)
		w.text, w.named = txt, false
		w.plural = toks[head-1].Tag == "NNS" || toks[head-1].Tag == "NNPS"
		return w
	}
	if agencyWord(txt) {
		if e := f.latestMedia(sp.Start); e != nil {
			return who{text: e.Text, actor: e.Actor, entity: e.ID, typ: e.Type, named: true}
		}
	}
	return who{text: txt, plural: toks[head-1].Tag == "NNS" || toks[head-1].Tag == "NNPS"}
}

// group resolves "X and Y" at tokens [a, b) when both are mentions.
func (f *finder) group(s, a, b int) who {
	and := -1
	for t := a; t < b; t++ {
		if f.sents[s].Tokens[t].Tag == "CC" {
			and = t
			break
		}
	}
	if and <= a || and+1 >= b {
		return who{}
	}
	l, r := f.byteSpan(s, a, and), f.byteSpan(s, and+1, b)
	ml, mr := f.mentionIn(l.Start, l.End), f.mentionIn(r.Start, r.End)
	if ml == nil || mr == nil || ml.ent == mr.ent {
		return who{}
	}
	return f.pair(ml, mr, f.textOf(s, a, b))
}

// pair is the group speaker of two mentions.
func (f *finder) pair(ml, mr *ment, text string) who {
	wl, wr := f.fromMention(ml), f.fromMention(mr)
	w := who{text: text, plural: true}
	if wl.actor == wr.actor {
		w.actor = wl.actor
	}
	return w
}

// orgHeads are head nouns of organisations, which "he" or "she" cannot
// refer to.
var orgHeads = map[string]bool{
	"ministry": true, "agency": true, "office": true, "government": true, "party": true,
	"company": true, "group": true, "council": true, "committee": true, "army": true,
	"military": true, "police": true, "court": true, "parliament": true, "embassy": true,
	"media": true, "newspaper": true, "department": true, "administration": true,
	"country": true, "union": true, "bank": true, "command": true, "cabinet": true,
	"assembly": true, "organization": true, "organisation": true, "state": true,
}

// singularPerson reports whether "he" or "she" can refer to speaker w.
func singularPerson(w who) bool {
	if w.text == "" || w.plural {
		return false
	}
	switch w.typ {
	case dyad.Person:
		return true
	case dyad.GPE, dyad.Loc, dyad.NORP:
		return false
	case dyad.Org:
		if w.named {
			return false
		}
	}
	fs := strings.Fields(strings.ToLower(w.text))
	return len(fs) > 0 && !orgHeads[fs[len(fs)-1]]
}

// pronoun resolves a subject pronoun at byte off with no mention of its own.
func (f *finder) pronoun(p string, off int, prev *dyad.Quote, pw who) who {
	keep := who{text: p}
	switch p {
	case "he", "she":
		if prev != nil && singularPerson(pw) {
			return who{text: pw.text, actor: pw.actor, entity: pw.entity, typ: pw.typ, named: pw.named}
		}
		var best *ment
		for i := range f.ments {
			m := &f.ments[i]
			if m.m.Start >= off {
				break
			}
			if m.ent.Type == dyad.Person {
				best = m
			}
		}
		if best != nil {
			w := f.fromMention(best)
			w.text = best.ent.Text
			return w
		}
	case "they":
		if prev != nil && pw.plural && pw.text != "" {
			return who{text: pw.text, actor: pw.actor, entity: pw.entity, typ: pw.typ, plural: true}
		}
		var best who
		for i := range f.ments {
			m := &f.ments[i]
			if m.m.Start >= off {
				break
			}
			if m.m.Kind == "nominal" && f.pluralAt(m.m.End) {
				best = f.fromMention(m)
			}
			// "X and Y": two mentions joined by "and".
			if i+1 < len(f.ments) {
				n := &f.ments[i+1]
				if n.m.End <= off && n.m.Start > m.m.End && n.ent != m.ent &&
					strings.TrimSpace(f.text[m.m.End:n.m.Start]) == "and" {
					best = f.pair(m, n, f.text[m.m.Start:n.m.End])
				}
			}
		}
		if best.text != "" {
			return best
		}
	case "it":
		if prev != nil && (pw.typ == dyad.Org || pw.typ == dyad.GPE) && !pw.plural {
			return who{text: pw.text, actor: pw.actor, entity: pw.entity, typ: pw.typ, named: pw.named}
		}
		var best *ment
		for i := range f.ments {
			m := &f.ments[i]
			if m.m.Start >= off {
				break
			}
			if m.ent.Type == dyad.Org || m.ent.Type == dyad.GPE {
				best = m
			}
		}
		if best != nil {
			return f.fromMention(best)
		}
	}
	return keep
}
