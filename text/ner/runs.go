package ner

import (
	"strings"
	"unicode"
)

// Capitalised runs: a name is mostly a run of capitalised words, possibly
// joined by "of", "and", "&", "for", "the", "de" ("Housing Authority of New
// Orleans") and closed by a company suffix after a comma ("CCNG, Inc.").
// What the run ends with says much about its type: "University",
// "Department", "Inc." make an organisation, "Street", "River", "County" a
// place. Each word of a run gets its position in the run, the run's last
// and first word and the class of its head; an all-capital word in
// brackets right after a run that spells the run's initials ("Fair Housing
// Action Center ( GNOFHAC )") gets the class of the run's head too.

// orgHeads are the last words of organisation names, written from general
// knowledge of English naming.
var orgHeads = setOf(`university college institute institution school academy department ministry agency
authority bank corporation corp corp. inc inc. incorporated ltd ltd. llc plc co co. company companies group
association council committee commission center centre foundation union party press books services forces
army navy police airlines airways air network partners futures energy church club team board bureau office
court assembly parliament congress senate federation organization organisation society trust fund hospital
museum library league alliance front movement brigade corps systems technologies technology international
holdings industries enterprises media magazine radio tv channel studios records motors times post journal
news tribune herald gazette review telegraph guardian daily weekly reuters associates consulting capital
securities insurance pharmaceuticals laboratories labs software communications airline railways railway
administration service cabinet government council orchestra symphony philharmonic choir ensemble firm bancorp
financial solutions resources ventures logistics petroleum electric utilities telecom foods brands stores
publishing publishers studio laboratory consultants clinic`)

// locHeads are the last words of place names, venues included (UNER labels
// a hotel or a restaurant a location).
var locHeads = setOf(`street st st. avenue ave ave. road rd rd. boulevard blvd lane drive river lake mountain
mountains mount mt. island islands bay beach county city state province region valley sea ocean gulf hill
hills district peninsula desert forest falls canyon coast strait harbor harbour square plaza bridge park
heights springs village town township territory republic kingdom hotel inn motel resort restaurant grill cafe
bar pub tavern bistro diner steakhouse airport stadium arena mall theater theatre cathedral temple mosque`)

// connectors may join capitalised words inside a name.
var connectors = setOf(`of and & for the de del da la le von van al el du des on`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func capitalised(w string) bool {
	r := firstRune(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) && hasLetter(w)
}

// capRun is a run of words first..last (inclusive).
type capRun struct{ first, last int }

// capRuns finds the capitalised runs of words (lower case forms in lower).
func capRuns(out []capRun, words []string, lower []string) []capRun {
	n := len(words)
	for i := 0; i < n; {
		if !capitalised(words[i]) || !hasLetter(words[i]) {
			i++
			continue
		}
		j := i
		for {
			switch {
			case j+1 < n && capitalised(words[j+1]) && hasLetter(words[j+1]):
				j++
				continue
			case j+2 < n && connectors[lower[j+1]] && words[j+1] == lower[j+1] && capitalised(words[j+2]):
				j += 2
				continue
			case j+2 < n && words[j+1] == "," && orgSuffix(lower[j+2]):
				j += 2
				continue
			case j+1 < n && (words[j+1] == "&") && j+2 < n && capitalised(words[j+2]):
				j += 2
				continue
			}
			break
		}
		out = append(out, capRun{i, j})
		i = j + 1
	}
	return out
}

func orgSuffix(l string) bool {
	switch l {
	case "inc.", "inc", "ltd.", "ltd", "llc", "corp.", "corp", "co.", "plc", "l.p.", "lp":
		return true
	}
	return false
}

func headClass(l string) string {
	switch {
	case orgHeads[l]:
		return "org"
	case locHeads[l]:
		return "loc"
	}
	return "-"
}

// runFeatures appends the capitalised-run features to feats.
func runFeatures(feats [][]uint64, sf *sentFeats, words []string) {
	sf.runs = capRuns(sf.runs[:0], words, sf.lowers)
	sf.runCls = grow(sf.runCls, len(words))
	for i := range sf.runCls {
		sf.runCls[i] = ""
	}
	for _, r := range sf.runs {
		head := sf.info[r.last].lower
		first := sf.info[r.first].lower
		hc := headClass(head)
		fc := headClass(first) // "University of X", "Bank of Y"
		ln := r.last - r.first + 1
		lb := "1"
		switch {
		case ln >= 4:
			lb = "4"
		case ln >= 2:
			lb = string(rune('0' + ln))
		}
		anyOrg, anyLoc := false, false
		for i := r.first; i <= r.last; i++ {
			anyOrg = anyOrg || orgHeads[sf.info[i].lower]
			anyLoc = anyLoc || locHeads[sf.info[i].lower]
		}
		cls := "-"
		switch {
		case anyOrg && anyLoc:
			cls = "ol"
		case anyOrg:
			cls = "o"
		case anyLoc:
			cls = "l"
		}
		for i := r.first; i <= r.last; i++ {
			sf.runCls[i] = cls
			if anyOrg {
				feats[i] = append(feats[i], f1(tRunAny, "org"))
			}
			if anyLoc {
				feats[i] = append(feats[i], f1(tRunAny, "loc"))
			}
			pos := spanPos(i, r.first, r.last)
			// the words around the run: "at [El Paso Energy]", "[Mr. Lee] said"
			if ln > 1 {
				feats[i] = append(feats[i], f2(tRunPrev, pos, around(sf, r.first-1)), f2(tRunNext, pos, around(sf, r.last+1)))
			}
			feats[i] = append(feats[i],
				f2(tRunPos, pos, lb),
				f2(tRunHead, pos, head),
				f2(tRunFirst, pos, first),
				f3(tRunClass, pos, hc, fc),
			)
		}
		// the acronym in brackets after the run
		if k := r.last + 2; k < len(words) && words[r.last+1] == "(" && ln >= 2 && initials(words[r.first:r.last+1]) == words[k] {
			feats[k] = append(feats[k], f2(tAcro, hc, fc))
		}
	}
}

// initials returns the upper-case initials of the capitalised words.
func initials(words []string) string {
	var b []rune
	for _, w := range words {
		if capitalised(w) {
			b = append(b, unicode.ToUpper(firstRune(w)))
		}
	}
	return string(b)
}

// around returns the lower-case word i, or "<s>" outside the sentence.
func around(sf *sentFeats, i int) string {
	if i < 0 || i >= len(sf.info) {
		return "<s>"
	}
	return sf.info[i].lower
}
