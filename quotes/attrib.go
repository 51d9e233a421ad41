package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Attribution frames.
const (
	frameSubj      = iota // X said ... / ..., X said.
	frameInv              // "...," said X.
	frameRelay            // Y quoted X as saying ...
	frameAccording        // according to X, ...
)

// attr is an attribution frame of one sentence; token indexes are into the
// sentence's tokens, ranges are [a, b).
type attr struct {
	s, frame int
	verb     int // the cue verb, or "according"
	// spkA, spkB: the speaker as written.
	spkA, spkB int
	// relays are the token ranges of who passed the words on, inner first.
	relays [][2]int
	// objA, objB: the object of "tell" ("told Yonhap"), a relay when it is a
	// news outlet.
	objA, objB int
	// cueA, cueB: the whole attribution phrase.
	cueA, cueB int
	// asA: the "as" of "quoted X as saying"; passive: "X was quoted as saying".
	asA     int
	passive bool
	citing  bool
	// lead: the frame opens its sentence and attributes the quote that ended
	// the sentence before ("\"Why now?\" | the senator asked.").
	lead bool
	// extra is a second frame of the same speaker: "..., adding that ...".
	extra *attr
	// colon: the sentence ends with the frame and a colon; it introduces the
	// quote that opens the next sentence.
	colon bool
	// clauseA, clauseB: the reported clause of indirect speech.
	clauseA, clauseB int
}

func (a *attr) first() int { return a.cueA }
func (a *attr) last() int  { return a.cueB }

// cueVerbs are the lemmas of verbs that attribute speech.
var cueVerbs = map[string]bool{
	"say": true, "add": true, "tell": true, "state": true, "announce": true, "declare": true,
	"note": true, "stress": true, "insist": true, "warn": true, "claim": true, "confirm": true,
	"deny": true, "write": true, "quote": true, "report": true, "explain": true,
	"emphasize": true, "emphasise": true, "reiterate": true, "acknowledge": true, "admit": true,
	"ask": true, "reply": true, "assert": true, "argue": true, "remark": true, "tweet": true,
	"underline": true, "caution": true, "allege": true, "predict": true,
}

// carryVerbs relay a statement: "a statement carried by KCNA".
var carryVerbs = map[string]bool{"carry": true, "publish": true, "release": true, "broadcast": true, "issue": true, "run": true}

// bareVerbs may take a reported clause without "that" ("he said the plan").
var bareVerbs = map[string]bool{
	"say": true, "tell": true, "add": true, "claim": true, "insist": true, "write": true,
	"quote": true, "warn": true,
}

// sayVerbs follow "as" in "quoted X as saying".
var sayVerbs = map[string]bool{"say": true, "tell": true, "state": true, "add": true, "write": true}

// linkPreps join a noun to its complement inside a speaker phrase ("a
// spokesman for the ministry").
var linkPreps = map[string]bool{"of": true, "for": true, "at": true, "from": true, "with": true, "in": true, "on": true, "to": true}

// subordinators start a clause, not a prepositional phrase.
var subordinators = map[string]bool{
	"while": true, "as": true, "if": true, "because": true, "since": true, "although": true,
	"though": true, "whether": true, "unless": true, "until": true, "that": true, "than": true,
}

// timeWords may follow a cue verb as a bare adverbial ("said Wednesday").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
	"earlier": true, "later": true,
}

func isNoun(tag string) bool { return strings.HasPrefix(tag, "NN") }
func isAdj(tag string) bool  { return strings.HasPrefix(tag, "JJ") }
func isFinite(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// isWord reports whether s holds a letter or digit.
func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// ntag is the tag of token t, NNP for a token inside an entity mention
// (the tagger reads unknown names at the start of a sentence as adverbs).
func (f *finder) ntag(s, t int) string {
	if f.inMention[s][t] && !isNoun(f.sents[s].Tokens[t].Tag) {
		switch f.sents[s].Tokens[t].Tag {
		case "DT", "PRP$", "PRP", "POS", "CC", "IN", ",":
		default:
			return "NNP"
		}
	}
	return f.sents[s].Tokens[t].Tag
}

func (f *finder) lower(s, t int) string { return strings.ToLower(f.sents[s].Tokens[t].Text) }
func (f *finder) tag(s, t int) string   { return f.sents[s].Tokens[t].Tag }

// isMark reports whether token t of sentence s is a double quotation mark.
func (f *finder) isMark(s, t int) bool { return markOf(f.sents[s].Tokens[t]) != markNone }

// out reports whether token t is outside quotations (and in range).
func (f *finder) out(s, t int) bool {
	return t >= 0 && t < len(f.sents[s].Tokens) && !f.inq[s][t]
}

// onlyPunct reports whether tokens [a, n) hold no word and no quotation.
func (f *finder) onlyPunct(s, a int) bool {
	for t := a; t < len(f.sents[s].Tokens); t++ {
		if f.inq[s][t] || isWord(f.sents[s].Tokens[t].Text) {
			return false
		}
	}
	return true
}

// opensAt reports whether a quotation opens at token t.
func (f *finder) opensAt(s, t int) bool {
	if t < 0 || t >= len(f.sents[s].Tokens) || !f.isMark(s, t) {
		return false
	}
	return f.opens[pos{s, t}]
}

// closesAt reports whether a quotation closes at token t.
func (f *finder) closesAt(s, t int) bool {
	return t >= 0 && t < len(f.sents[s].Tokens) && f.inq[s][t] && f.isMark(s, t) && !f.opensAt(s, t)
}

// findAttributions returns the attribution frames of sentence s.
func (f *finder) findAttributions(s int) []*attr {
	toks := f.sents[s].Tokens
	var out []*attr
	for t := 0; t < len(toks); t++ {
		if f.inq[s][t] {
			continue
		}
		if f.lower(s, t) == "according" && f.out(s, t+1) && f.lower(s, t+1) == "to" {
			if a := f.according(s, t); a != nil {
				out = append(out, a)
				t = a.cueB - 1
			}
			continue
		}
		tg := toks[t].Tag
		if !strings.HasPrefix(tg, "VB") || tg == "VBG" || !cueVerbs[toks[t].Lemma] {
			continue
		}
		if a := f.verbFrame(s, t); a != nil {
			out = append(out, a)
			if a.extra != nil {
				out = append(out, a.extra)
			}
			if a.cueB > t+1 {
				t = a.cueB - 1
			}
		}
	}
	// "according to KCNA, X said": the agency relays X.
	if len(out) > 1 {
		for i, acc := range out {
			if acc.frame != frameAccording || !f.isMediaRegion(s, acc.spkA, acc.spkB) {
				continue
			}
			for _, b := range out {
				if b != acc {
					b.relays = append(b.relays, [2]int{acc.spkA, acc.spkB})
				}
			}
			out = append(out[:i], out[i+1:]...)
			break
		}
	}
	// "KCNA reported that Kim said ...": the outlet relays Kim.
	for i := 0; i < len(out); i++ {
		a := out[i]
		if a.clauseA >= a.clauseB || a.frame == frameAccording ||
			!(f.sents[s].Tokens[a.verb].Lemma == "report" || f.isMediaRegion(s, a.spkA, a.spkB)) {
			continue
		}
		for _, b := range out {
			if b != a && b.cueA == a.clauseA && b.frame != frameAccording {
				b.relays = append(b.relays, [2]int{a.spkA, a.spkB})
				b.relays = append(b.relays, a.relays...)
				out = append(out[:i], out[i+1:]...)
				i--
				break
			}
		}
	}
	return out
}

// according reads "according to X" at token t.
func (f *finder) according(s, t int) *attr {
	n := len(f.sents[s].Tokens)
	xa := t + 2
	xb := f.npForward(s, xa)
	if xb <= xa {
		return nil
	}
	a := &attr{s: s, frame: frameAccording, verb: t, spkA: xa, spkB: xb, cueA: t, cueB: xb, objA: -1, objB: -1}
	switch {
	case f.startsClause(s, t) && xb < n && f.lower(s, xb) == ",":
		a.clauseA, a.clauseB = xb+1, n
	case t > 0 && f.lower(s, t-1) == "," && f.onlyPunct(s, xb):
		a.clauseA, a.clauseB = f.afterDateline(s, t-1), t-1
	}
	return a
}

// startsClause reports whether token t begins the sentence, after at most
// an introductory phrase closed by a comma or a dash.
func (f *finder) startsClause(s, t int) bool {
	if t == 0 {
		return true
	}
	if t == 1 && !isWord(f.sents[s].Tokens[0].Text) {
		return true
	}
	p := f.lower(s, t-1)
	return p == "," || p == "–" || p == "—" || p == "--" || p == ":"
}

// verbFrame reads the attribution frame around the cue verb at token t.
func (f *finder) verbFrame(s, t int) *attr {
	toks := f.sents[s].Tokens
	n := len(toks)
	lemma := toks[t].Lemma
	a := &attr{s: s, verb: t, objA: -1, objB: -1, asA: -1}
	tail := t + 1
	switch {
	case lemma == "quote":
		k := -1
		for i := t + 1; i < n && i < t+30 && f.out(s, i); i++ {
			if f.lower(s, i) == "as" && i+1 < n && sayVerbs[toks[i+1].Lemma] {
				k = i
				break
			}
		}
		if k < 0 {
			return nil
		}
		a.frame, a.asA, tail = frameRelay, k, k+2
		if t > 0 && toks[t-1].Lemma == "be" {
			// "X was quoted (by Y) as saying"
			a.passive = true
			a.spkA, a.spkB = f.subject(s, t-1)
			if a.spkA >= a.spkB {
				return nil
			}
			a.cueA = t - 1
			if f.lower(s, t+1) == "by" {
				if e := f.npForward(s, t+2); e > t+2 {
					a.relays = append(a.relays, [2]int{t + 2, e})
				}
			}
		} else {
			ra, rb := f.subject(s, t)
			if ra >= rb {
				return nil
			}
			a.relays = append(a.relays, [2]int{ra, rb})
			a.spkA, a.spkB = t+1, k
			for a.spkB > a.spkA && !isWord(toks[a.spkB-1].Text) {
				a.spkB--
			}
			if a.spkA >= a.spkB {
				return nil
			}
			a.cueA = ra
		}
	default:
		if toks[t].Tag == "VBN" && t > 0 && toks[t-1].Lemma == "be" {
			return nil // passive: "it was announced"
		}
		sa, sb := f.subject(s, t)
		if sa < sb {
			a.frame, a.spkA, a.spkB, a.cueA = frameSubj, sa, sb, sa
			break
		}
		// Inverted: "...," said X.
		if t == 0 || !(f.lower(s, t-1) == "," || f.closesAt(s, t-1)) {
			return nil
		}
		e := f.npAppositive(s, t+1)
		if e <= t+1 {
			return nil
		}
		a.frame, a.spkA, a.spkB, a.cueA, tail = frameInv, t+1, e, t, e
		for a.spkB > a.spkA && !isWord(toks[a.spkB-1].Text) {
			a.spkB--
		}
	}
	i := tail
	if lemma == "tell" && a.frame == frameSubj {
		if e := f.npForward(s, i); e > i {
			a.objA, a.objB, i = i, e, e
		}
	}
	i = f.skipModifiers(s, i)
	// "said in a statement carried by KCNA"
	for i+2 < n && f.out(s, i) && toks[i].Tag == "VBN" && carryVerbs[toks[i].Lemma] && f.lower(s, i+1) == "by" {
		e := f.npForward(s, i+2)
		if e <= i+2 {
			break
		}
		a.relays = append(a.relays, [2]int{i + 2, e})
		i = f.skipModifiers(s, e)
	}
	a.cueB = i
	if a.cueB <= a.cueA {
		a.cueB = t + 1
	}

	// Post position: "..., X said." after a clause or a closing quote.
	st := a.cueA
	post := false
	if st > 0 && (i >= n || f.lower(s, i) == "," || f.onlyPunct(s, i)) {
		switch {
		case f.closesAt(s, st-1):
			post = true
		case f.lower(s, st-1) == ",":
			if st >= 2 && f.closesAt(s, st-2) {
				post = true
			} else if f.clauseBefore(s, st-1) {
				post = true
				a.clauseA, a.clauseB = f.afterDateline(s, st-1), st-1
			}
		}
	}
	if st == 0 && f.afterQuoteSentence(s) && (i >= n || f.lower(s, i) == "," || f.onlyPunct(s, i)) {
		post, a.lead = true, true
	}
	if post {
		// "AFP reported, citing X"
		if i+1 < n && f.lower(s, i) == "," && f.out(s, i+1) && f.lower(s, i+1) == "citing" {
			if e := f.npAppositive(s, i+2); e > i+2 {
				for e > i+2 && !isWord(toks[e-1].Text) {
					e--
				}
				if a.frame == frameSubj || a.frame == frameInv {
					a.relays = append([][2]int{{a.spkA, a.spkB}}, a.relays...)
				}
				a.spkA, a.spkB, a.cueB, a.citing = i+2, e, e, true
			}
		}
		// "..., he said, adding that ...": more indirect speech.
		if i+2 < n && f.lower(s, i) == "," && f.out(s, i+1) && f.lower(s, i+1) == "adding" {
			x := *a
			x.relays = slices.Clone(a.relays)
			x.verb, x.cueA, x.cueB, x.clauseA, x.clauseB, x.lead, x.extra = i+1, i+1, i+2, 0, 0, false, nil
			switch {
			case f.lower(s, i+2) == "that" && f.out(s, i+3):
				x.clauseA, x.clauseB = i+3, n
			case f.clauseAt(s, i+2):
				x.clauseA, x.clauseB = i+2, n
			}
			if x.clauseA < x.clauseB {
				a.extra = &x
			}
		}
		return a
	}
	if a.frame == frameInv || !(f.subjectBoundaryOK(s, st) || f.relative(s, t)) {
		return nil
	}
	// Pre position: X said: "..." / X said, "..." / X said (that) ...
	switch {
	case i >= n:
		return nil
	case f.lower(s, i) == ":":
		switch {
		case f.onlyPunct(s, i+1):
			a.colon = true
		case f.opensAt(s, i+1):
		default:
			a.clauseA, a.clauseB = i+1, n
		}
	case f.lower(s, i) == "," && f.opensAt(s, i+1), f.opensAt(s, i):
	case f.lower(s, i) == "that" && f.out(s, i+1):
		a.clauseA, a.clauseB = i+1, n
	case bareVerbs[lemma] && f.clauseAt(s, i):
		a.clauseA, a.clauseB = i, n
	default:
		return nil
	}
	return a
}

// relative reports whether the verb at t follows a relative pronoun: "X,
// who said".
func (f *finder) relative(s, t int) bool {
	k := t - 1
	for k >= 0 && f.out(s, k) && (f.tag(s, k) == "RB" || f.tag(s, k) == "MD") {
		k--
	}
	return k > 0 && f.tag(s, k) == "WP"
}

// afterQuoteSentence reports whether sentence s starts in lower case and
// follows, in the same paragraph, a sentence ending with a closing quote.
func (f *finder) afterQuoteSentence(s int) bool {
	if s == 0 || f.breakBefore(s) || len(f.sents[s].Tokens) == 0 {
		return false
	}
	r := []rune(f.sents[s].Tokens[0].Text)
	if len(r) == 0 || !unicode.IsLower(r[0]) {
		return false
	}
	p := f.sents[s-1].Tokens
	return len(p) > 0 && f.closesAt(s-1, len(p)-1)
}

// subjectBoundaryOK reports whether a subject starting at token st may be
// the subject of a pre-posed attribution (not the object of a verb).
func (f *finder) subjectBoundaryOK(s, st int) bool {
	if st == 0 {
		return true
	}
	p := f.sents[s].Tokens[st-1]
	if strings.HasPrefix(p.Tag, "VB") || p.Tag == "TO" {
		return false
	}
	switch strings.ToLower(p.Text) {
	case "by", "of", "to", "with", "for":
		return false
	}
	return true
}

// afterDateline returns the first token after a dateline opening sentence
// s ("LONDON (AP) –", "OTTAWA, Dec. 6 –"): a dash before any finite verb
// within the first dozen tokens; 0 when there is none. e bounds the search.
func (f *finder) afterDateline(s, e int) int {
	toks := f.sents[s].Tokens
	for t := 0; t < e && t < 12; t++ {
		if isFinite(toks[t].Tag) || f.inq[s][t] {
			return 0
		}
		switch toks[t].Text {
		case "–", "—", "--":
			if t > 0 {
				return t + 1
			}
		}
	}
	return 0
}

// clauseBefore reports whether tokens [0, e) of sentence s hold a clause: a
// finite verb outside quotations, or a quotation.
func (f *finder) clauseBefore(s, e int) bool {
	for t := 0; t < e; t++ {
		if f.inq[s][t] || isFinite(f.tag(s, t)) {
			return true
		}
	}
	return false
}

// clauseAt reports whether a reported clause starts at token i: a subject
// noun phrase followed by a finite verb ("the plan was dead"), or by a
// comma with a finite verb later ("the strike, which ..., had").
func (f *finder) clauseAt(s, i int) bool {
	toks := f.sents[s].Tokens
	if i >= len(toks) || !f.out(s, i) {
		return false
	}
	e := i + 1
	if toks[i].Tag != "EX" {
		e = f.npForward(s, i)
		if e <= i {
			return false
		}
	}
	for e < len(toks) && f.out(s, e) && toks[e].Tag == "RB" {
		e++
	}
	if e >= len(toks) || !f.out(s, e) {
		return false
	}
	if isFinite(toks[e].Tag) {
		return true
	}
	if toks[e].Text != "," {
		return false
	}
	for t := e + 1; t < len(toks); t++ {
		if isFinite(toks[t].Tag) {
			return true
		}
	}
	return false
}

// skipModifiers passes over the adverbials after a cue verb: "on Monday",
// "in a statement", "to reporters", "later".
func (f *finder) skipModifiers(s, i int) int {
	toks := f.sents[s].Tokens
	for i < len(toks) && f.out(s, i) {
		low := strings.ToLower(toks[i].Text)
		tg := toks[i].Tag
		switch {
		case timeWords[low]:
			i++
		case tg == "RB" && low != "not" && low != "n't":
			i++
		case (tg == "IN" || tg == "TO") && !subordinators[low]:
			e := f.npForward(s, i+1)
			if e <= i+1 {
				return i
			}
			i = e
		default:
			return i
		}
	}
	return i
}

// npForward returns the end of the noun phrase starting at token i (i when
// there is none): determiners, adjectives and nouns up to the head, with
// "of"-style complements ("the head of the agency").
func (f *finder) npForward(s, i int) int {
	toks := f.sents[s].Tokens
	j, noun := i, false
	for j < len(toks) && f.out(s, j) {
		tg := f.ntag(s, j)
		switch {
		case tg == "PRP":
			if j == i {
				return j + 1
			}
			return f.npEnd(j, noun, i)
		case isNoun(tg) || tg == "CD":
			noun = true
		case tg == "DT" || tg == "PDT" || tg == "PRP$":
			if noun {
				return j
			}
		case isAdj(tg) || tg == "POS" || tg == "HYPH":
		case (tg == "VBN" || tg == "VBG") && !noun && j+1 < len(toks) && (isNoun(toks[j+1].Tag) || isAdj(toks[j+1].Tag)):
		case tg == "IN" && noun && strings.ToLower(toks[j].Text) == "of":
			noun = false
		default:
			return f.npEnd(j, noun, i)
		}
		j++
	}
	return f.npEnd(j, noun, i)
}

func (f *finder) npEnd(j int, noun bool, i int) int {
	if !noun {
		return i
	}
	return j
}

// npAppositive is npForward extended over an appositive: "Lee, deputy
// presidential spokesperson," (the closing comma excluded).
func (f *finder) npAppositive(s, i int) int {
	e := f.npForward(s, i)
	if e <= i {
		return i
	}
	toks := f.sents[s].Tokens
	if e+1 < len(toks) && toks[e].Text == "," && f.out(s, e) {
		if e2 := f.npForward(s, e+1); e2 > e+1 {
			if e2 >= len(toks) || f.onlyPunct(s, e2) || toks[e2].Text == "," {
				return e2
			}
		}
	}
	return e
}

// subject returns the subject [a, b) of the verb at token t, walking back
// over adverbs and auxiliaries ("he also said", "has said") and an
// appositive ("Lee, deputy spokesperson, said"); a >= b when there is none.
func (f *finder) subject(s, t int) (int, int) {
	toks := f.sents[s].Tokens
	k := t - 1
	for k >= 0 && f.out(s, k) && (f.ntag(s, k) == "RB" || toks[k].Tag == "MD" ||
		(toks[k].Lemma == "have" && strings.HasPrefix(toks[k].Tag, "VB"))) {
		k--
	}
	if k < 0 || !f.out(s, k) {
		return 0, 0
	}
	// "Lee, who said"
	if toks[k].Tag == "WP" && k >= 2 && toks[k-1].Text == "," {
		k -= 2
	}
	if toks[k].Text == "," {
		ya := f.npBack(s, k-1)
		if ya > k-1 || ya < 2 || toks[ya-1].Text != "," || !f.out(s, ya-1) {
			return 0, 0
		}
		xa := f.npBack(s, ya-2)
		if xa > ya-2 {
			return 0, 0
		}
		return f.cutTime(s, xa, ya-2), k
	}
	a := f.npBack(s, k)
	if a > k {
		return 0, 0
	}
	// "The Saudi-led coalition fighting in Yemen said": the phrase before
	// a participle and its preposition is the subject, not the place.
	if a >= 3 && toks[a-1].Tag == "IN" && (toks[a-2].Tag == "VBG" || toks[a-2].Tag == "VBN") && f.out(s, a-1) && f.out(s, a-2) {
		if b := f.npBack(s, a-3); b <= a-3 {
			a = b
		}
	}
	return f.cutTime(s, a, k), k + 1
}

// cutTime drops a time phrase heading the subject [a, k]: in "Last weekend
// Kim Yo Jong warned" the speaker starts at "Kim".
func (f *finder) cutTime(s, a, k int) int {
	toks := f.sents[s].Tokens
	for t := a; t < k; t++ {
		if timeNouns[toks[t].Lemma] && f.ntag(s, t+1) == "NNP" {
			a = t + 1
		}
	}
	return a
}

// timeNouns head time phrases that may precede a subject without a comma.
var timeNouns = map[string]bool{
	"weekend": true, "week": true, "month": true, "year": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "today": true, "yesterday": true,
}

// npBack returns the start of the noun phrase ending at token k, k+1 when
// there is none.
func (f *finder) npBack(s, k int) int {
	toks := f.sents[s].Tokens
	if k < 0 || !f.out(s, k) {
		return k + 1
	}
	if toks[k].Tag == "PRP" && !(toks[k].Text == "I" && k > 0 && toks[k-1].Tag == "NNP") {
		return k
	}
	j, noun, begun := k, false, false
	for j >= 0 && f.out(s, j) {
		tg := f.ntag(s, j)
		low := strings.ToLower(toks[j].Text)
		prevNoun := j > 0 && isNoun(f.ntag(s, j-1))
		if begun && !((tg == "IN" && linkPreps[low] && prevNoun) || (tg == "CC" && low == "and" && prevNoun)) {
			break
		}
		begun = false
		switch {
		case isNoun(tg) || tg == "CD" || (toks[j].Text == "I" && j == k):
			noun = true
		case isAdj(tg) || tg == "POS" || tg == "HYPH":
		case tg == "DT" || tg == "PDT" || tg == "PRP$":
			begun = true
		case tg == "IN" && linkPreps[low] && prevNoun && noun:
		case tg == "CC" && low == "and" && prevNoun && noun:
		case (tg == "VBN" || tg == "VBG") && j < k && (isNoun(toks[j+1].Tag) || isAdj(toks[j+1].Tag)):
		default:
			goto done
		}
		j--
	}
done:
	a := j + 1
	// A phrase never starts with a linking word.
	for a <= k && (toks[a].Tag == "IN" || toks[a].Tag == "CC") {
		a++
	}
	// An adjective used as a noun: "the general said", "the accused".
	if !noun && a < k && isAdj(toks[k].Tag) && (toks[a].Tag == "DT" || toks[a].Tag == "PRP$") {
		noun = true
	}
	if !noun || a > k {
		return k + 1
	}
	return a
}

// classify decides whether span i is a direct quote and links it to the
// attribution next to it.
func (f *finder) classify(i int) {
	sp := &f.spans[i]
	var pre, post *attr
	beforeEmpty, afterEmpty := true, true
	colonBefore := false
	if sp.open.t >= 0 {
		s := sp.open.s
		for t := 0; t < sp.open.t; t++ {
			if f.out(s, t) && isWord(f.sents[s].Tokens[t].Text) {
				beforeEmpty = false
			}
		}
		j := sp.open.t - 1
		for j >= 0 && f.out(s, j) && (f.lower(s, j) == "," || f.lower(s, j) == ":") {
			colonBefore = colonBefore || f.lower(s, j) == ":"
			j--
		}
		for _, a := range f.atts[s] {
			if a.cueB == j+1 && a.frame != frameInv {
				pre = a
			}
		}
	}
	if sp.close.t >= 0 {
		s := sp.close.s
		j := sp.close.t + 1
		for j < len(f.sents[s].Tokens) && f.out(s, j) && f.lower(s, j) == "," {
			j++
		}
		for _, a := range f.atts[s] {
			if a.cueA == j {
				post = a
			}
		}
		for t := sp.close.t + 1; t < len(f.sents[s].Tokens) && !f.opensAt(s, t); t++ {
			if f.out(s, t) && isWord(f.sents[s].Tokens[t].Text) {
				afterEmpty = false
			}
		}
		if post == nil && afterEmpty && f.onlyPunct(s, sp.close.t+1) && s+1 < len(f.sents) {
			for _, a := range f.atts[s+1] {
				if a.lead {
					post = a
				}
			}
		}
	}
	sp.direct = sp.contPrev || ((beforeEmpty || pre != nil || colonBefore) && (afterEmpty || post != nil))
	switch {
	case post != nil:
		sp.att = post
	case pre != nil:
		sp.att = pre
	}
	if sp.open.t < 0 && post == nil {
		sp.direct = false // a stray closing mark, not a quote
	}
}

// linkDirect gives direct quotes without an attribution of their own the
// one of their continuation chain, of a sentence ending in a colon before
// them, or of the next direct quote of their paragraph.
func (f *finder) linkDirect() {
	for i := range f.spans {
		sp := &f.spans[i]
		if !sp.direct || sp.att != nil {
			continue
		}
		for j := range f.spans {
			if j != i && f.spans[j].chain == sp.chain && f.spans[j].att != nil {
				sp.att = f.spans[j].att
			}
		}
		if sp.att == nil && sp.open.t == 0 && sp.open.s > 0 {
			for _, a := range f.atts[sp.open.s-1] {
				if a.colon {
					sp.att = a
				}
			}
		}
		if sp.att == nil && !sp.contPrev {
			for j := i + 1; j < len(f.spans) && f.spans[j].para == sp.para; j++ {
				if f.spans[j].direct {
					if f.spans[j].att != nil && f.spans[j].close.t >= 0 {
						sp.att = f.spans[j].att
					}
					break
				}
			}
		}
	}
}

// sentenceAttribution is the attribution of sentence s that covers a
// partial quote at byte off: "according to X" first, else the nearest
// frame.
func (f *finder) sentenceAttribution(s, off int) *attr {
	var best *attr
	for _, a := range f.atts[s] {
		if a.frame == frameAccording {
			return a
		}
		if best == nil {
			best = a
		}
	}
	return best
}

// isMediaRegion reports whether tokens [a, b) name a news outlet.
func (f *finder) isMediaRegion(s, a, b int) bool {
	if a >= b {
		return false
	}
	sp := f.byteSpan(s, a, b)
	if m := f.mentionIn(sp.Start, sp.End); m != nil {
		return isMedia(m.ent)
	}
	return mediaName(f.text[sp.Start:sp.End])
}

// isMedia reports whether e is a news outlet: an organisation whose actor
// code ends in MED or whose name reads like a news agency.
func isMedia(e *dyad.Entity) bool {
	if e == nil {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(e.Text); !unicode.IsUpper(r) {
		// "reporters", "journalists", "a newspaper": people told, not a
		// named outlet that relays the words
		return false
	}
	if strings.HasSuffix(e.Actor, "MED") {
		return true
	}
	return (e.Type == dyad.Org || e.Type == "") && mediaName(e.Text)
}

// govAgency are words that make "X Agency" a government agency, not a news
// agency ("International Atomic Energy Agency").
var govAgency = []string{"Energy", "Intelligence", "Space", "Security", "Protection", "Environment",
	"Defense", "Defence", "Health", "Atomic", "Nuclear", "Investigation", "Development", "Refugee",
	"Food", "Drug", "Medicines", "Border", "Emergency", "Customs", "Revenue", "Tax"}

// wires are news agencies commonly named without "News" or "Agency".
var wires = map[string]bool{
	"reuters": true, "afp": true, "ap": true, "yonhap": true, "xinhua": true, "kcna": true,
	"tass": true, "kyodo": true, "anadolu": true, "irna": true, "bernama": true, "efe": true,
	"ansa": true, "dpa": true, "interfax": true, "ria novosti": true, "bloomberg": true,
	"the associated press": true, "associated press": true, "agence france-presse": true,
	"sana": true, "wafa": true, "pti": true,
}

// mediaName reports whether a name reads like a news outlet's: a wire
// service's name, "news agency", "state media", "newspaper", or a
// capitalised News, Press, Times...
func mediaName(name string) bool {
	low := strings.ToLower(strings.TrimSpace(name))
	if wires[low] {
		return true
	}
	for _, w := range strings.Fields(low) {
		if wires[w] && w != "ap" {
			return true
		}
	}
	for _, p := range []string{"news agency", "press agency", "state media", "newspaper", "broadcaster", "state television", "news outlet"} {
		if strings.Contains(low, p) {
			return true
		}
	}
	for _, w := range []string{"News", "Press", "Telegraph", "Broadcasting", "Television", "Times", "Post", "Herald", "Gazette", "Daily"} {
		if containsWord(name, w) {
			return true
		}
	}
	if containsWord(name, "Agency") {
		for _, w := range govAgency {
			if containsWord(name, w) {
				return false
			}
		}
		return true
	}
	return false
}

// containsWord reports whether w occurs in s as a whole word.
func containsWord(s, w string) bool {
	for _, x := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if x == w {
			return true
		}
	}
	return false
}
