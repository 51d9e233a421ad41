package tagger

import (
	"strings"

	"github.com/dyadproject/dyad/text/conllu"
)

// lemmaKey is a key of the lemma table: a lower-case form and its XPOS.
type lemmaKey struct{ form, xpos string }

// Lemmatized reports whether words tagged xpos get a lemma other than
// their lower-case form: verbs, modals and plural nouns. Other words keep
// their form, lower-cased (dyad's convention: "him" stays "him").
func Lemmatized(xpos string) bool {
	return strings.HasPrefix(xpos, "VB") || xpos == "MD" || xpos == "NNS" || xpos == "NNPS"
}

// Lemma returns the lower-case lemma of word tagged xpos: from the table
// learned from the treebank for forms it knows, from suffix rules for
// others. A nil Tagger uses the rules alone.
func (t *Tagger) Lemma(word, xpos string) string {
	w := lowerForm(word)
	if !Lemmatized(xpos) {
		return w
	}
	if t != nil && !keepPlural[w] {
		if l, ok := t.lemmas[lemmaKey{w, xpos}]; ok {
			return l
		}
	}
	return ruleLemma(w, xpos)
}

// RuleLemma is the lemma of word tagged xpos by the suffix rules and the
// built-in irregular forms alone.
func RuleLemma(word, xpos string) string {
	w := lowerForm(word)
	if !Lemmatized(xpos) {
		return w
	}
	return ruleLemma(w, xpos)
}

func lowerForm(word string) string {
	w := strings.ToLower(word)
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// LemmaTable returns the number of entries in the learned lemma table.
func (t *Tagger) LemmaTable() int { return len(t.lemmas) }

// trainLemmas learns the lemmas the rules get wrong: for each lower-case
// form and XPOS of a lemmatized class, the most frequent gold lemma (lower
// case), kept when it differs from the rules' answer.
func trainLemmas(sentences []*conllu.Sentence) map[lemmaKey]string {
	counts := map[lemmaKey]map[string]int{}
	for _, s := range sentences {
		for _, w := range s.Words {
			if !Lemmatized(w.XPOS) || w.Lemma == "" || w.Lemma == "_" {
				continue
			}
			k := lemmaKey{lowerForm(w.Form), w.XPOS}
			m := counts[k]
			if m == nil {
				m = map[string]int{}
				counts[k] = m
			}
			m[lowerForm(w.Lemma)]++
		}
	}
	out := map[lemmaKey]string{}
	for k, m := range counts {
		best, n := "", 0
		for l, c := range m {
			if c > n || c == n && l < best {
				best, n = l, c
			}
		}
		if best != ruleLemma(k.form, k.xpos) {
			out[k] = best
		}
	}
	return out
}

// keepPlural are plural nouns that are their own lemma in dyad: the codebook
// matches "talks" and "arms", not "talk" and "arm".
var keepPlural = map[string]bool{
	"talks": true, "news": true, "arms": true, "affairs": true, "sidelines": true, "politics": true,
}

func ruleLemma(w, tag string) string {
	switch {
	case strings.HasPrefix(tag, "VB"), tag == "MD":
		return verbLemma(w, tag)
	case tag == "NNS", tag == "NNPS":
		return nounLemma(w)
	}
	return w
}
func verbLemma(w, tag string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	if tag == "VB" || tag == "VBP" {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return restoreE(w[:len(w)-3])
	case strings.HasSuffix(w, "eed") && len(w) > 4:
		return w[:len(w)-1] // agreed -> agree
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return restoreE(w[:len(w)-2])
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes") && !strings.HasSuffix(w, "izes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "oes") && len(w) > 4:
		return w[:len(w)-2] // goes -> go, vetoes -> veto
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

// restoreE undoes the spelling changes of -ed and -ing: a doubled final
// consonant ("stopped" -> "stop") and a dropped final e ("accused" ->
// "accuse", "legalizing" -> "legalize").
func restoreE(stem string) string {
	n := len(stem)
	if keptDouble[stem] {
		return stem // "boycotted" -> "boycott"
	}
	if n >= 3 && stem[n-1] == stem[n-2] && (!strings.ContainsRune("aeiouylsfz", rune(stem[n-1])) || lDoubling[stem[:n-1]]) {
		return stem[:n-1]
	}
	if eStems[stem] {
		return stem + "e"
	}
	for _, suf := range eSuffixes {
		if strings.HasSuffix(stem, suf) {
			return stem + "e"
		}
	}
	return stem
}

// lDoubling are verbs in -l that double it before -ed and -ing
// ("expelled", "cancelling"), unlike "called" or "installed".
var lDoubling = map[string]bool{
	"expel": true, "compel": true, "propel": true, "repel": true, "dispel": true, "excel": true,
	"cancel": true, "label": true, "travel": true, "model": true, "fuel": true, "signal": true,
	"total": true, "control": true, "patrol": true, "enrol": true, "quarrel": true, "level": true,
	"channel": true, "counsel": true, "annul": true, "rebel": true, "impel": true, "marshal": true,
}

// keptDouble are stems whose doubled consonant belongs to the verb.
var keptDouble = map[string]bool{"boycott": true, "add": true, "err": true, "egg": true, "ebb": true, "buzz": true}

// eSuffixes are stem endings after which a dropped e is restored: "accus" ->
// "accuse", "negotiat" -> "negotiate", "legaliz" -> "legalize".
var eSuffixes = []string{
	"at", "iz", "is", "um", "ov", "iv", "us", "ur", "rc", "dg", "rg", "nc", "lv", "uc",
	"ys", "ag", "bl", "pl", "tl", "ud", "id", "od", "ut", "ot", "ap", "nge", "as",
	"ir", "ar", "ol", "ul", "ic", "ac", "ip", "am", "om", "ieg",
}

// eStems are stems ending in e that the suffix rules miss or get wrong.
var eStems = map[string]bool{
	"exchang": true, "interchang": true,
	"declin": true, "combin": true, "defin": true, "determin": true, "examin": true,
	"outlin": true, "undermin": true, "shar": true, "prepar": true, "declar": true,
	"compar": true, "injur": true, "secur": true, "procur": true, "stor": true,
	"ignor": true, "restor": true, "explor": true, "scor": true, "deplor": true,
	"wag": true, "engag": true, "rang": true, "chang": true, "arrang": true,
	"challeng": true, "us": true, "refus": true, "caus": true, "pledg": true,
	"judg": true, "liv": true, "giv": true, "receiv": true, "believ": true,
	"achiev": true, "resolv": true, "solv": true, "involv": true, "serv": true,
	"observ": true, "reserv": true, "deserv": true, "sav": true, "leav": true,
	"continu": true, "pursu": true, "issu": true, "argu": true, "rescu": true,
	"hop": true, "cop": true, "vot": true, "not": true, "quot": true, "promot": true,
	"devot": true, "deton": true, "phon": true, "ston": true,
	"clos": true, "oppos": true, "propos": true, "impos": true, "expos": true,
	"dispos": true, "pos": true, "compos": true, "suppos": true, "rais": true,
	"prais": true, "advis": true, "revis": true, "surpris": true, "releas": true,
	"increas": true, "decreas": true, "ceas": true, "pleas": true, "leas": true,
	"invad": true, "evad": true, "persuad": true, "trad": true, "rid": true,
	"provid": true, "decid": true, "divid": true, "collid": true, "guid": true,
	"conclud": true, "includ": true, "exclud": true, "preclud": true,
	"welcom": true, "overcom": true, "becom": true, "com": true, "nam": true,
	"blam": true, "fram": true, "claim": false, "tim": true, "shap": true,
	"escap": true, "rap": true, "scrap": false, "wip": true, "typ": true,
	"smil": true, "fil": true, "compil": true, "exil": true, "revil": true,
	"sol": true, "consol": true, "control": false, "rul": true, "schedul": true,
	"tackl": true, "handl": true, "settl": true, "battl": true, "struggl": true,
	"rattl": true, "smuggl": true, "resembl": true, "assembl": true,
	"enabl": true, "disabl": true, "doubl": true, "troubl": true, "tabl": true,
	"sampl": true, "coupl": true, "tripl": true, "topp": false,
	"fir": true, "hir": true, "retir": true, "requir": true, "acquir": true,
	"desir": true, "inspir": true, "expir": true, "admir": true, "wir": true,
	"cur": true, "endur": true, "ensur": true, "assur": true, "measur": true,
	"captur": true, "tortur": true, "featur": true, "pressur": true, "ventur": true,
	"structur": true, "lur": true, "figur": true,
	"shelv": true, "mov": true, "remov": true, "prov": true, "approv": true,
	"improv": true, "disapprov": true, "lov": true, "curv": true,
	"danc": true, "enhanc": true, "advanc": true, "announc": true, "pronounc": true,
	"denounc": true, "renounc": true, "forc": true, "enforc": true, "reinforc": true,
	"plac": true, "replac": true, "fac": true, "trac": true, "sentenc": true,
	"evidenc": true, "influenc": true, "commenc": true, "silenc": true,
	"reduc": true, "produc": true, "introduc": true, "induc": true,
	"merg": true, "emerg": true, "urg": true, "purg": true, "charg": true,
	"discharg": true, "enlarg": true, "forg": true, "oblig": true,
	"manag": true, "damag": true, "encourag": true, "discourag": true,
	"rag": true, "stag": true, "envisag": true, "packag": true, "mortgag": true,
	"tak": true, "mak": true, "strik": true, "hik": true, "lik": true,
	"invok": true, "provok": true, "revok": true, "stok": true, "smok": true,
	"wak": true, "bak": true, "shak": true, "evok": true,
	"ti": true, "li": true, "di": true, "vi": true, "ty": false,
	"creat": true, "negotiat": true, "mediat": true, "retaliat": true,
	"cooperat": true, "coordinat": true, "investigat": true, "escalat": true,
	"de-escalat": true, "assassinat": true, "evacuat": true, "violat": true,
	"hesitat": true, "stat": true, "debat": true, "demonstrat": true,
	"celebrat": true, "congratulat": true, "facilitat": true, "indicat": true,
	"activat": true, "separat": true, "isolat": true, "liberat": true,
	"relocat": true, "allocat": true, "advocat": true, "operat": true,
	"participat": true, "anticipat": true, "communicat": true, "accelerat": true,
	"abrogat": true, "terminat": true, "eliminat": true, "initiat": true,
	"compensat": true, "rat": true, "locat": true, "dat": true, "upgrad": true,
	"downgrad": true, "grad": true, "blockad": true, "barricad": true, "raid": false,
	"fad": true, "wad": true, "shad": true, "parad": true, "crusad": true,
}

// irregular maps irregular verb forms to their lemma.
var irregular = map[string]string{
	"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be", "'s": "be", "'re": "be", "'m": "be",
	"has": "have", "had": "have", "having": "have", "'ve": "have", "'d": "would",
	"does": "do", "did": "do", "done": "do", "doing": "do",
	"met": "meet", "said": "say", "says": "say", "told": "tell", "took": "take", "taken": "take",
	"gave": "give", "given": "give", "went": "go", "gone": "go", "came": "come", "made": "make",
	"held": "hold", "left": "leave", "sent": "send", "spent": "spend", "led": "lead", "fled": "flee",
	"fought": "fight", "brought": "bring", "thought": "think", "sought": "seek", "bought": "buy",
	"caught": "catch", "taught": "teach", "struck": "strike", "stricken": "strike", "stood": "stand",
	"understood": "understand", "withdrew": "withdraw", "withdrawn": "withdraw", "drew": "draw",
	"drawn": "draw", "threw": "throw", "thrown": "throw", "knew": "know", "known": "know",
	"grew": "grow", "grown": "grow", "flew": "fly", "flown": "fly", "shot": "shoot", "hit": "hit",
	"beat": "beat", "beaten": "beat", "broke": "break", "broken": "break", "spoke": "speak",
	"spoken": "speak", "wrote": "write", "written": "write", "rode": "ride", "began": "begin",
	"begun": "begin", "ran": "run", "won": "win", "lost": "lose", "paid": "pay", "laid": "lay",
	"found": "find", "kept": "keep", "felt": "feel", "meant": "mean", "heard": "hear",
	"saw": "see", "seen": "see", "got": "get", "gotten": "get", "forgave": "forgive",
	"forgiven": "forgive", "forbade": "forbid", "forbidden": "forbid", "froze": "freeze",
	"frozen": "freeze", "chose": "choose", "chosen": "choose", "rose": "rise", "risen": "rise",
	"fell": "fall", "fallen": "fall", "bore": "bear", "borne": "bear", "swore": "swear",
	"sworn": "swear", "tore": "tear", "torn": "tear", "wore": "wear", "worn": "wear",
	"woke": "wake", "woken": "wake", "undertook": "undertake", "undertaken": "undertake",
	"overtook": "overtake", "overtaken": "overtake", "shook": "shake", "shaken": "shake",
	"hung": "hang", "slew": "slay", "slain": "slay", "bled": "bleed", "fed": "feed",
	"sped": "speed", "sold": "sell", "built": "build", "bent": "bend", "lent": "lend",
	"dealt": "deal", "sat": "sit", "upheld": "uphold", "withheld": "withhold",
	"overthrew": "overthrow", "overthrown": "overthrow", "reaffirmed": "reaffirm",
	"sank": "sink", "sunk": "sink", "stole": "steal", "stolen": "steal", "blew": "blow",
	"blown": "blow", "ate": "eat", "eaten": "eat", "became": "become", "arose": "arise",
	"arisen": "arise", "lay": "lie", "lain": "lie", "mistook": "mistake", "foresaw": "foresee",
	"foreseen": "foresee", "outlawed": "outlaw", "can": "can", "could": "could", "will": "will",
	"would": "would", "shall": "shall", "should": "should", "may": "may", "might": "might",
	"must": "must", "died": "die", "dies": "die", "dying": "die", "tied": "tie", "lied": "lie", "added": "add", "adding": "add", "adds": "add", "ca": "can", "wo": "will", "sai": "say",
}

func nounLemma(w string) string {
	switch {
	case len(w) <= 3:
		return w
	case keepPlural[w]:
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}
