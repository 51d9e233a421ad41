package coder

import (
	"github.com/dyadproject/dyad/codebook"
	"strings"

	"github.com/dyadproject/dyad"
)

// Arguments from the dependency parse. When the text stage has parsed a
// sentence (Token.Head and Token.Rel), the source of a verb is its subject
// (through coordination, control and relative clauses), the target its
// object or the object of a preposition, and a passive's agent its source.
// When the parse gives no source, the coder falls back on the clause
// heuristics of coder.go.

// tree is the parse of one sentence with child lists.
type tree struct {
	toks     []dyad.Token
	children [][]int
}

// parsed reports whether the tokens carry a dependency parse.
func parsed(toks []dyad.Token) bool {
	for _, t := range toks {
		if t.Rel != "" {
			return true
		}
	}
	return false
}

func newTree(toks []dyad.Token) *tree {
	t := &tree{toks: toks, children: make([][]int, len(toks))}
	for i, tk := range toks {
		if h := tk.Head; h >= 0 && h < len(toks) && h != i {
			t.children[h] = append(t.children[h], i)
		}
	}
	return t
}

func (t *tree) rel(i int) string {
	r, _, _ := strings.Cut(t.toks[i].Rel, ":")
	return r
}

func (t *tree) head(i int) int {
	h := t.toks[i].Head
	if h < 0 || h >= len(t.toks) {
		return -1
	}
	return h
}

// child returns the first child of i whose relation is one of rels (full
// relation or its universal part).
func (t *tree) child(i int, rels ...string) int {
	for _, c := range t.children[i] {
		for _, r := range rels {
			if t.toks[c].Rel == r || t.rel(c) == r {
				return c
			}
		}
	}
	return -1
}

// caseOf returns the lemma of the preposition marking i ("by", "with"), or "".
func (t *tree) caseOf(i int) string {
	if c := t.child(i, "case"); c >= 0 {
		return t.toks[c].Lemma
	}
	return ""
}

// subject returns the subject of the verb v and whether it is a passive
// subject: its own nsubj, or that of the verb it is coordinated with or
// controlled by ("met ... and agreed", "agreed to meet"), or the noun a
// relative clause modifies.
func (t *tree) subject(v int) (int, bool) {
	for depth := 0; depth < 6 && v >= 0; depth++ {
		if s := t.child(v, "nsubj:pass", "csubj:pass"); s >= 0 {
			return s, true
		}
		if s := t.child(v, "nsubj", "csubj"); s >= 0 {
			return s, false
		}
		switch t.rel(v) {
		case "xcomp":
			if t.toks[v].Tag == "VBN" {
				// "reported hundreds of people killed": the object of
				// the verb above is the participle's patient
				if h := t.head(v); h >= 0 {
					if o := t.child(h, "obj"); o >= 0 {
						return o, true
					}
				}
				return -1, false
			}
			v = t.head(v)
		case "conj":
			v = t.head(v)
		case "acl":
			// "the women freed on Sunday": the noun a past participle
			// modifies is its patient; "officials who met" its agent
			return t.head(v), t.toks[v].Tag == "VBN"
		default:
			return -1, false
		}
	}
	return -1, false
}

// targetPreps are the prepositions whose object is an event's target.
var targetPreps = map[string]bool{
	"to": true, "with": true, "against": true, "on": true, "at": true, "into": true, "toward": true,
	"towards": true, "over": true, "upon": true, "about": true, "for": true, "from": true, "of": true,
}

// objects returns the candidate target heads of the trigger tokens
// [first, last): direct and indirect objects, then objects of target
// prepositions, of the verb and of the pattern's other words.
func (t *tree) objects(first, last int) []int {
	var direct, obliques []int
	for i := first; i < last; i++ {
		for _, c := range t.children[i] {
			if c >= first && c < last {
				continue // a word of the pattern itself ("sanctions" in "impose sanctions on")
			}
			switch t.rel(c) {
			case "obj", "iobj":
				direct = append(direct, c)
			case "obl", "nmod":
				if cs := t.caseOf(c); targetPreps[cs] {
					obliques = append(obliques, c)
				}
			}
		}
	}
	return append(direct, obliques...)
}

// agent returns the "by" phrase of a passive verb.
func (t *tree) agent(v int) int {
	for _, c := range t.children[v] {
		if (t.rel(c) == "obl" || t.toks[c].Rel == "obl:agent") && t.caseOf(c) == "by" {
			return c
		}
	}
	return -1
}

// phraseRels are the relations that stay inside a noun phrase when looking
// for the actors it names; possessors are left out unless nothing else is
// found ("North Korea's program" names North Korea only as possessor).
var phraseRels = map[string]bool{
	"det": true, "amod": true, "compound": true, "flat": true, "nummod": true, "conj": true,
	"cc": true, "appos": true, "nmod": true, "case": true, "punct": true, "fixed": true,
}

// mentionsIn returns the argument mentions inside the phrase headed by h.
func (t *tree) mentionsIn(h int, args []arg) []arg {
	in := make([]bool, len(t.toks))
	t.mark(h, in, false)
	out := argsCovering(args, in)
	if len(out) == 0 {
		t.mark(h, in, true)
		out = argsCovering(args, in)
	}
	return out
}

func (t *tree) mark(i int, in []bool, poss bool) {
	in[i] = true
	for _, c := range t.children[i] {
		full, r := t.toks[c].Rel, t.rel(c)
		switch {
		case full == "nmod:poss":
			if !poss {
				continue
			}
		case r == "nmod":
			// only "of" phrases belong to the actor ("leaders of Japan"),
			// not "talks with Japan"
			if cs := t.caseOf(c); cs != "" && cs != "of" {
				continue
			}
		case !phraseRels[r]:
			continue
		}
		t.mark(c, in, poss)
	}
}

func argsCovering(args []arg, in []bool) []arg {
	var out []arg
	for _, a := range args {
		for k := a.first; k < a.last && k < len(in); k++ {
			if in[k] {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// depArgs reads the source and target of the trigger [first, last) off the
// parse. ok is false when the parse names no source, and the caller falls
// back on the clause heuristics.
func depArgs(toks []dyad.Token, args []arg, first, last int, noun bool) (sources, targets []arg, passive, ok bool) {
	t := newTree(toks)
	v := first
	if noun {
		// "Russia's attack on Ukraine": possessor, else the subject of the
		// verb the noun is an argument of ("held talks with Japan").
		if p := t.child(v, "nmod:poss"); p >= 0 {
			sources = t.mentionsIn(p, args)
		} else if h := t.head(v); h >= 0 && (t.rel(v) == "obj" || t.rel(v) == "nsubj") {
			if s, _ := t.subject(h); s >= 0 && t.rel(v) == "obj" {
				sources = t.mentionsIn(s, args)
			}
		}
		for _, o := range t.objects(first, last) {
			if m := t.mentionsIn(o, args); len(m) > 0 {
				targets = m
				break
			}
		}
		return sources, targets, false, len(sources) > 0
	}
	s, pass := t.subject(v)
	if !pass && s >= 0 && toks[v].Tag == "VBN" && t.child(v, "aux") < 0 && t.head(s) == v {
		// "many of them destroyed": the subject of a bare participle
		// (no "have") is its patient
		pass = true
	}
	if s >= 0 {
		sources = t.mentionsIn(s, args)
	}
	for hops := 0; len(sources) == 0 && s >= 0 && toks[s].Tag == "PRP" && hops < 3; hops++ {
		// "the union announced that it has called off the strike": a
		// pronoun subject of a reported clause is the reporter
		c := t.clauseOf(s)
		if c < 0 || t.rel(c) != "ccomp" && t.rel(c) != "xcomp" {
			break
		}
		if s, _ = t.subject(t.head(c)); s >= 0 {
			sources = t.mentionsIn(s, args)
		}
	}
	for _, o := range t.objects(first, last) {
		if m := t.mentionsIn(o, args); len(m) > 0 {
			targets = m
			break
		}
	}
	if pass {
		targets = sources
		sources = nil
		if a := t.agent(v); a >= 0 {
			sources = t.mentionsIn(a, args)
		}
	}
	return sources, targets, pass, len(sources) > 0
}

// combineArgs merges the arguments the clause heuristics found (hs, ht)
// with those the parse gives: the parse fills a source the heuristics did
// not find; its targets are returned apart (dt), for the caller to use
// when no other rule finds one.
func combineArgs(toks []dyad.Token, args []arg, m match, p *codebook.Pattern, hs, ht []arg) (sources, targets, dt []arg) {
	ds, dt, _, ok := depArgs(toks, args, m.first, m.last, p.Noun)
	if len(dt) > 0 && dt[0].first >= 0 {
		// only a direct object or the object of a preposition that
		// marks a target by itself ("for", "from", "of", "about" mostly
		// mark a cause, an origin or a topic)
		if !directOrTargetPP(toks, dt[0]) {
			dt = nil
		}
	}
	sources, targets = hs, ht
	if len(sources) == 0 && ok {
		sources = ds
		// a mention is not both ("mediated by Qatar, Egypt and the US")
		targets = nil
		for _, a := range ht {
			if !overlap([]arg{a}, ds) {
				targets = append(targets, a)
			}
		}
	}
	if overlap(sources, dt) {
		dt = nil // "mediated by Qatar, Egypt and the US": agents, not targets
	}
	if ok && len(hs) > 0 && !overlap(hs, ds) && inRelClause(toks, hs, m.first) {
		// "Officials from Egypt, which borders Libya, condemned": the
		// clause reading took an actor of a relative clause; the parse
		// names the verb's own subject.
		sources = ds
	}
	return sources, targets, dt
}

// fillPreps are the prepositions whose object the parse may propose as a
// target the clause reading missed.
var fillPreps = map[string]bool{
	"to": true, "with": true, "against": true, "on": true, "at": true, "into": true,
	"toward": true, "towards": true, "upon": true,
}

// directOrTargetPP reports whether the mention a is a direct object in the
// parse or the object of one of fillPreps.
func directOrTargetPP(toks []dyad.Token, a arg) bool {
	t := newTree(toks)
	for k := a.first; k < a.last && k < len(toks); k++ {
		h := t.head(k)
		if h >= a.first && h < a.last {
			continue
		}
		switch t.rel(k) {
		case "obj", "iobj":
			return true
		case "obl", "nmod":
			return fillPreps[t.caseOf(k)]
		case "conj":
			return true
		}
		return false
	}
	return false
}

// clauseOf returns the verb whose subject s is, climbing over
// coordination to the first conjunct, or -1.
func (t *tree) clauseOf(s int) int {
	v := t.head(s)
	for k := 0; k < 4 && v >= 0 && t.rel(v) == "conj"; k++ {
		v = t.head(v)
	}
	return v
}

// overlap reports whether two argument lists share a mention.
func overlap(a, b []arg) bool {
	for _, x := range a {
		for _, y := range b {
			if x.first == y.first && x.entity == y.entity {
				return true
			}
		}
	}
	return false
}

// inRelClause reports whether every mention of as lies inside a relative
// clause (acl, acl:relcl) that does not hold the trigger v.
func inRelClause(toks []dyad.Token, as []arg, v int) bool {
	t := newTree(toks)
	for _, a := range as {
		if a.first < 0 || a.first >= len(toks) {
			return false
		}
		in := false
		for k, n := a.first, 0; k >= 0 && n < len(toks); k, n = t.head(k), n+1 {
			if t.rel(k) == "acl" {
				in = !t.dominates(k, v)
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// dominates reports whether i is v or an ancestor of v.
func (t *tree) dominates(i, v int) bool {
	for n := 0; v >= 0 && n < len(t.toks); v, n = t.head(v), n+1 {
		if v == i {
			return true
		}
	}
	return false
}
