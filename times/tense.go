package times

import "strings"

// Tense is the time reference of the clause around an expression; it picks
// which side of the publication date a relative expression falls on.
type Tense int

// Tenses. Present reads as Unknown: a weekday then resolves to the nearer
// of its previous and next occurrence.
const (
	Unknown Tense = iota
	Past
	Present
	Future
)

// String returns the tense's name.
func (t Tense) String() string {
	switch t {
	case Past:
		return "past"
	case Present:
		return "present"
	case Future:
		return "future"
	}
	return "unknown"
}

// planLemmas are verbs of planning and intent: followed by "to" or "for"
// they put what follows in the future ("is scheduled to meet on Friday",
// "agreed to meet on Friday").
var planLemmas = map[string]bool{
	"plan": true, "schedule": true, "expect": true, "set": true, "due": true,
	"intend": true, "aim": true, "agree": true, "vow": true, "pledge": true,
	"promise": true, "decide": true, "hope": true, "want": true, "seek": true,
	"prepare": true, "slate": true, "propose": true, "threaten": true, "poise": true,
}

// futureModals put the verb after them in the future unless followed by
// "have" ("could have met").
var futureModals = map[string]bool{
	"will": true, "'ll": true, "’ll": true, "shall": true, "wo": true, "ca": true,
	"can": true, "may": true, "might": true, "must": true, "should": true, "could": true,
}

// boundary reports whether toks[i] ends a clause for tense purposes.
func boundary(toks []tok, i int) bool {
	t := toks[i]
	switch t.low {
	case ";", ":", "--", "–", "—", "(", ")", "\"", "“", "”", "``", "''", "‘", "’":
		return true
	case "that":
		return t.tag == "IN" || t.tag == "WDT"
	case "and", "but", "or":
		// A conjunction starts a new clause when a verb or a subject
		// pronoun follows it ("met ... and agreed", "and they will").
		if i+1 < len(toks) {
			n := toks[i+1]
			if isVerb(n.tag) || n.tag == "PRP" {
				return true
			}
			if strings.HasPrefix(n.tag, "RB") && i+2 < len(toks) && isVerb(toks[i+2].tag) {
				return true
			}
		}
		return i > 0 && toks[i-1].low == ","
	}
	switch t.tag {
	case "WDT", "WP", "WRB", "``", "''":
		return true
	}
	return false
}

func isVerb(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// groupToken reports whether toks[i] can be part of a verb group.
func groupToken(t tok) bool {
	return isVerb(t.tag) || t.tag == "TO" || strings.HasPrefix(t.tag, "RB") || t.low == "due" || t.low == "not" || t.low == "n't"
}

// clauseTense reads the tense of the verb group nearest to toks[first:last]
// in its clause. Tokens without tags give Unknown.
func clauseTense(toks []tok, first, last int) Tense {
	lo := first
	for lo > 0 && !boundary(toks, lo-1) {
		lo--
	}
	hi := last
	for hi < len(toks) && !boundary(toks, hi) {
		hi++
	}
	best, bestDist := Unknown, -1
	consider := func(a, b, dist int) {
		// a verb group must hold a verb, not only adverbs or "to"
		hasVerb := false
		for k := a; k < b; k++ {
			if isVerb(toks[k].tag) {
				hasVerb = true
				break
			}
		}
		if !hasVerb {
			return
		}
		if bestDist >= 0 && dist >= bestDist {
			return
		}
		if t, finite := groupTense(toks, a, b); finite {
			best, bestDist = t, dist
		}
	}
	// Left of the expression, nearest first: scan groups right to left.
	for k := first - 1; k >= lo; {
		if !groupToken(toks[k]) {
			k--
			continue
		}
		b := k + 1
		for k >= lo && groupToken(toks[k]) {
			k--
		}
		consider(k+1, b, first-b)
	}
	for k := last; k < hi; {
		if !groupToken(toks[k]) {
			k++
			continue
		}
		a := k
		for k < hi && groupToken(toks[k]) {
			k++
		}
		// ties go to the left group, found first
		consider(a, k, a-last+1)
	}
	return best
}

// groupTense reads the tense of the verb group toks[a:b]. finite is false
// for a group of a bare participle or infinitive ("suspending", "to
// meet"), which takes its time from another verb.
func groupTense(toks []tok, a, b int) (tense Tense, finite bool) {
	t := groupTense1(toks, a, b)
	if t != Unknown {
		return t, true
	}
	for k := a; k < b; k++ {
		switch toks[k].tag {
		case "MD", "VBD", "VBZ", "VBP", "VBN":
			return Unknown, true
		}
	}
	return Unknown, false
}

func groupTense1(toks []tok, a, b int) Tense {
	past, present, unknown := false, false, false
	for k := a; k < b; k++ {
		t := toks[k]
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].low
		}
		switch {
		case t.tag == "MD":
			if next == "have" || next == "'ve" {
				return Past
			}
			if futureModals[t.low] {
				return Future
			}
			unknown = true // would, 'd
		case t.low == "going" && next == "to":
			return Future
		case t.tag == "TO" && k > a && (toks[k-1].lemma == "be" || planLemmas[toks[k-1].lemma]):
			return Future
		case (planLemmas[t.lemma] || t.low == "due") && (next == "to" || next == "for"):
			return Future
		case t.tag == "VBD":
			past = true
		case t.tag == "VBN":
			// "has met" and a bare participle are past; "is held" is present.
			aux := ""
			for j := k - 1; j >= a; j-- {
				if isVerb(toks[j].tag) {
					aux = toks[j].tag + ":" + toks[j].lemma
					break
				}
			}
			switch aux {
			case "VBZ:be", "VBP:be", "VB:be":
				present = true
			default:
				past = true
			}
		case t.tag == "VBG":
			for j := k - 1; j >= a; j-- {
				if isVerb(toks[j].tag) {
					if (toks[j].tag == "VBZ" || toks[j].tag == "VBP") && toks[j].lemma == "be" {
						return Future // "is meeting on Friday"
					}
					break
				}
			}
		case t.tag == "VBZ" || t.tag == "VBP":
			present = true
		}
	}
	switch {
	case unknown:
		return Unknown
	case past:
		return Past
	case present:
		return Present
	}
	return Unknown
}
