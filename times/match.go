package times

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// tok is one token as the matcher sees it.
type tok struct {
	text  string // as written
	low   string // lower case, typographic apostrophes made straight
	tag   string // Penn tag, "" when untagged
	lemma string
	start int
	end   int
}

// match is one expression found: tokens [first, last).
type match struct {
	first, last int
	value       string
	prec        string
	kind        string
	// trim is the number of bytes to leave off the end of the last token.
	trim int
}

// matcher finds and resolves time expressions in one token sequence.
type matcher struct {
	toks []tok
	// pub is the publication day; zero when unknown.
	pub time.Time
	// ref is the reference day for "the previous day"; zero means pub.
	ref time.Time
	// strict asks for capitalised month and day names (running text);
	// Parse is lenient.
	strict bool
	// tense reads the tense around toks[first:last].
	tense func(first, last int) Tense
}

func (m *matcher) low(i int) string {
	if i < 0 || i >= len(m.toks) {
		return ""
	}
	return m.toks[i].low
}

func (m *matcher) tag(i int) string {
	if i < 0 || i >= len(m.toks) {
		return ""
	}
	return m.toks[i].tag
}

// capital reports whether toks[i] starts with an upper-case letter (always
// true in lenient mode).
func (m *matcher) capital(i int) bool {
	if !m.strict {
		return true
	}
	if i < 0 || i >= len(m.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(m.toks[i].text)
	return unicode.IsUpper(r)
}

// properNoun reports whether toks[i] looks like part of a name: capitalised
// and not a month, day or part of the day.
func (m *matcher) properNoun(i int) bool {
	if i < 0 || i >= len(m.toks) {
		return false
	}
	l := m.toks[i].low
	if _, ok := months[l]; ok {
		return false
	}
	if _, ok := weekdays[l]; ok {
		return false
	}
	if partsOfDay[l] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(m.toks[i].text)
	if !unicode.IsUpper(r) {
		return false
	}
	return m.toks[i].tag == "" || strings.HasPrefix(m.toks[i].tag, "NNP")
}

// namedDays are holidays and events named after a weekday, which the
// tagger may not read as proper nouns.
var namedDays = map[string]bool{
	"black friday": true, "good friday": true, "cyber monday": true, "super tuesday": true,
	"bloody sunday": true, "easter sunday": true, "palm sunday": true, "ash wednesday": true,
	"holy thursday": true, "maundy thursday": true, "easter monday": true, "black monday": true,
	"black tuesday": true, "black thursday": true, "holy saturday": true, "shrove tuesday": true,
}

// attachedDot returns i+1 when toks[i] is "." written right after the token
// before it ("Sept."), else i.
func (m *matcher) attachedDot(i int) int {
	if i > 0 && i < len(m.toks) && m.toks[i].low == "." && m.toks[i].start == m.toks[i-1].end {
		return i + 1
	}
	return i
}

// scan returns the expressions in token order, longest match first at
// each position.
func (m *matcher) scan() []match {
	var out []match
	tries := []func(int) (match, bool){
		m.isoDate, m.weekday, m.monthDate, m.dayMonth, m.relWord, m.relUnit,
		m.duration, m.decade, m.year,
	}
	for i := 0; i < len(m.toks); {
		if !canStart(m.toks[i].low) {
			i++
			continue
		}
		var best match
		found := false
		for _, try := range tries {
			if mt, ok := try(i); ok && mt.last > mt.first && mt.first == i && (!found || mt.last > best.last) {
				best, found = mt, true
			}
		}
		if !found {
			i++
			continue
		}
		if best.kind == KindDate && best.value != "" {
			// Years outside 0000-9999 (a far-off publication date) have
			// no value.
			if t, ok := Anchor(best.value); !ok {
				best.value = ""
			} else if best.prec == PrecDay {
				m.ref = t
			}
		}
		out = append(out, best)
		i = best.last
	}
	return out
}

// starters are the words other than months, weekdays and numbers that can
// open an expression.
var starters = map[string]bool{
	"on": true, "last": true, "next": true, "this": true, "early": true, "late": true,
	"mid": true, "the": true, "earlier": true, "later": true, "a": true, "an": true,
	"several": true, "few": true, "many": true, "some": true, "today": true,
	"tonight": true, "overnight": true, "yesterday": true, "tomorrow": true,
}

// startWords holds every word that can open an expression: the starters,
// months, weekdays and number words.
var startWords = func() map[string]bool {
	w := make(map[string]bool)
	for k := range starters {
		w[k] = true
	}
	for k := range months {
		w[k] = true
	}
	for k := range weekdays {
		w[k] = true
	}
	for k := range numberWords {
		w[k] = true
	}
	return w
}()

// canStart reports whether an expression may begin with the word w: a
// quick test that spares the rules most tokens.
func canStart(w string) bool {
	if w == "" || len(w) > 20 {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' || startWords[w] {
		return true
	}
	if strings.HasPrefix(w, "mid-") {
		return true
	}
	if k := strings.IndexAny(w, ".-"); k > 0 {
		return startWords[w[:k]]
	}
	return false
}

// reference returns the day that "the previous day" counts from.
func (m *matcher) reference() time.Time {
	if !m.ref.IsZero() {
		return m.ref
	}
	return m.pub
}

func (m *matcher) readTense(first, last int) Tense {
	if m.tense == nil {
		return Unknown
	}
	t := m.tense(first, last)
	if t == Present {
		return Unknown
	}
	return t
}

// dayValue formats a day computed from a known base; "" when base is zero.
func dayValue(base time.Time, f func(time.Time) time.Time) string {
	if base.IsZero() {
		return ""
	}
	return format(f(base), PrecDay)
}

// isoDate: [on] 2022-09-21
func (m *matcher) isoDate(i int) (match, bool) {
	j := i
	if m.low(j) == "on" {
		j++
	}
	if j >= len(m.toks) {
		return match{}, false
	}
	t, ok := parseISODate(m.low(j))
	if !ok {
		return match{}, false
	}
	return match{first: i, last: j + 1, value: fmtDay(t), prec: PrecDay, kind: KindDate}, true
}

// weekday: [on | last | next | this | early | late | the following] Monday
// [night] [, September 19[, 2022]]
func (m *matcher) weekday(i int) (match, bool) {
	j := i
	prefix := ""
	switch l := m.low(j); l {
	case "on", "last", "next", "this", "early", "late":
		prefix = l
		j++
	case "the":
		switch m.low(j + 1) {
		case "following", "next":
			prefix = "following"
			j += 2
		case "previous", "preceding", "prior":
			prefix = "previous"
			j += 2
		}
	}
	wd, ok := weekdays[m.low(j)]
	if !ok || !m.capital(j) {
		return match{}, false
	}
	if prefix == "" && m.strict {
		prev := m.low(i - 1)
		switch prev {
		case "every", "each", "a", "an":
			return match{}, false // habitual: "every Monday"
		}
		cued := dayCues[prev]
		// "Black Friday", "Super Tuesday": a name before
		if i > 0 && !cued && (m.properNoun(i-1) || namedDays[m.low(i-1)+" "+m.low(j)]) {
			return match{}, false
		}
		// "The Sunday Times": a name after
		if !cued && m.properNoun(j+1) {
			return match{}, false
		}
	}
	if m.low(j+1) == "'s" && m.properNoun(j+2) {
		return match{}, false // "Sunday's Times"? keep names out
	}
	end := j + 1
	if partsOfDay[m.low(end)] {
		end++
	}
	// "Wednesday, Sept. 21, 2022": the calendar date wins.
	k := end
	if m.low(k) == "," {
		k++
	}
	if md, ok := m.monthDate(k); ok && md.prec == PrecDay {
		md.first = i
		return md, true
	}
	if md, ok := m.dayMonth(k); ok && md.prec == PrecDay {
		md.first = i
		return md, true
	}
	mt := match{first: i, last: end, prec: PrecDay, kind: KindDate}
	switch prefix {
	case "following", "previous":
		ref := m.reference()
		if ref.IsZero() {
			return mt, true
		}
		tense := Future
		if prefix == "previous" {
			tense = Past
		}
		mt.value = format(ref.AddDate(0, 0, weekdayOffset(ref.Weekday(), wd, tense, true)), PrecDay)
		return mt, true
	}
	if m.pub.IsZero() {
		return mt, true
	}
	var tense Tense
	strict := false
	switch prefix {
	case "last":
		tense, strict = Past, true
	case "next":
		tense, strict = Future, true
	case "this":
		tense = Future
		if m.readTense(i, end) == Past {
			tense = Past
		}
	default:
		tense = m.readTense(i, end)
	}
	mt.value = format(m.pub.AddDate(0, 0, weekdayOffset(m.pub.Weekday(), wd, tense, strict)), PrecDay)
	return mt, true
}

// sentenceStart reports whether toks[i] opens its sentence (or follows an
// opening quote or bracket).
func sentenceStart(toks []tok, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].low {
		case "\"", "“", "``", "(", "‘", "'":
			continue
		}
		return false
	}
	return true
}

// monthName reads a month at toks[j]: the month, whether it is abbreviated,
// the index after it (past an attached "." of an abbreviation) and a
// modifier written into the token ("mid-September").
func (m *matcher) monthName(j int) (mo time.Month, abbrev bool, next int, mod string, ok bool) {
	if j < 0 || j >= len(m.toks) {
		return 0, false, 0, "", false
	}
	l := m.toks[j].low
	if strings.HasPrefix(l, "mid-") {
		mod = "mid"
		l = l[4:]
	}
	// The tokenizer keeps the dot of "Oct." and, at the end of a
	// sentence, of "May."; the tag of such a token is unreliable.
	dotted := strings.HasSuffix(l, ".") && len(l) > 1
	l = strings.TrimSuffix(l, ".")
	mo, ok = months[l]
	if !ok {
		return 0, false, 0, "", false
	}
	if m.strict {
		text := m.toks[j].text
		if mod != "" && len(text) > 4 {
			text = text[4:] // after "mid-", ASCII in any case
		}
		r, _ := utf8.DecodeRuneInString(text)
		if !unicode.IsUpper(r) {
			return 0, false, 0, "", false
		}
		if t := m.toks[j].tag; !dotted && (t == "MD" || (strings.HasPrefix(t, "VB") && wordMonths[l])) {
			return 0, false, 0, "", false
		}
	}
	abbrev = abbrevMonths[l]
	next = j + 1
	if abbrev && !dotted {
		next = m.attachedDot(j + 1)
	}
	return mo, abbrev, next, mod, true
}

// monthDate: [on] [last|this|next|early|mid|late] September [21[, 2022] | 2022]
func (m *matcher) monthDate(i int) (match, bool) {
	j := i
	on := false
	rel := ""
	mod := ""
	switch l := m.low(j); l {
	case "on":
		on = true
		j++
	case "last", "this", "next":
		rel = l
		j++
	case "early", "mid", "late":
		mod = l
		j++
	}
	mo, abbrev, k, tokMod, ok := m.monthName(j)
	if !ok {
		return match{}, false
	}
	if tokMod != "" {
		if mod != "" {
			return match{}, false
		}
		mod = tokMod
	}
	// September 21[, 2022]
	if d, ok := parseDay(m.low(k)); ok && rel == "" && mod == "" {
		end := k + 1
		year, hasYear := 0, false
		if m.low(end) == "," {
			if y, ok := parseYear(m.low(end+1), 1000, 2999); ok {
				year, hasYear = y, true
				end += 2
			}
		} else if y, ok := parseYear(m.low(end), 1000, 2999); ok {
			year, hasYear = y, true
			end++
		}
		quantity := !hasYear && (m.tag(k+1) == "NNS" || m.tag(k+1) == "NNPS")
		if !quantity {
			return m.calendarDay(i, end, year, hasYear, mo, d)
		}
	}
	if on {
		return match{}, false
	}
	// September 2022, December of 2019
	y := k
	if m.low(y) == "," || m.low(y) == "of" {
		y++
	}
	if yy, ok := parseYear(m.low(y), 1000, 2999); ok && rel == "" {
		return match{first: i, last: y + 1, value: fmtMonth(yy, mo), prec: PrecMonth, kind: KindDate}, true
	}
	// a month alone needs a cue
	if abbrev {
		return match{}, false
	}
	if rel == "" && mod == "" {
		prev := m.low(i - 1)
		switch {
		case monthCues[prev]:
		case !m.strict && i == 0: // Parse("March")
		case (prev == "and" || prev == "or") && i >= 2:
			if _, _, _, _, ok := m.monthName(i - 2); !ok {
				return match{}, false
			}
		default:
			return match{}, false
		}
	}
	if m.strict && wordMonths[m.toks[j].low] && m.tag(j) != "" && !strings.HasPrefix(m.tag(j), "NNP") {
		return match{}, false
	}
	mt := match{first: i, last: k, prec: PrecMonth, kind: KindDate}
	if strings.HasSuffix(m.toks[j].low, ".") {
		mt.trim = 1 // "since May." ends the sentence: the dot is not the month's
	}
	if m.pub.IsZero() {
		return mt, true
	}
	py, pm := m.pub.Year(), m.pub.Month()
	var yr int
	switch rel {
	case "last":
		yr = pickMonth(py, pm, mo, Past, true)
	case "next":
		yr = pickMonth(py, pm, mo, Future, true)
	case "this":
		yr = py
	default:
		yr = pickMonth(py, pm, mo, m.readTense(i, k), false)
	}
	mt.value = fmtMonth(yr, mo)
	return mt, true
}

// calendarDay builds the match for a month and day, choosing the year when
// the text gives none.
func (m *matcher) calendarDay(first, last, year int, hasYear bool, mo time.Month, d int) (match, bool) {
	mt := match{first: first, last: last, prec: PrecDay, kind: KindDate}
	if hasYear {
		t := date(year, mo, d)
		if t.Day() != d {
			return match{}, false
		}
		mt.value = fmtDay(t)
		return mt, true
	}
	if d > 29 && mo == time.February || d > 30 && (mo == time.April || mo == time.June || mo == time.September || mo == time.November) {
		return match{}, false
	}
	if m.pub.IsZero() {
		return mt, true
	}
	t, ok := pickMonthDay(m.pub, mo, d, m.readTense(first, last))
	if !ok {
		return match{}, false
	}
	mt.value = format(t, PrecDay)
	return mt, true
}

// dayMonth: [on] 21 September [2022] | [on] the 21st of September [2022]
func (m *matcher) dayMonth(i int) (match, bool) {
	j := i
	if m.low(j) == "on" {
		j++
	}
	the := false
	if m.low(j) == "the" {
		the = true
		j++
	}
	d, ok := parseDay(m.low(j))
	if !ok {
		if !the {
			return match{}, false
		}
		if d, ok = ordinalDays[m.low(j)]; !ok {
			return match{}, false
		}
	} else if the && m.low(j) == strconv.Itoa(d) {
		return match{}, false // "the 21 September" is not English
	}
	k := j + 1
	if the {
		if m.low(k) != "of" {
			return match{}, false
		}
		k++
	}
	mo, _, end, tokMod, ok := m.monthName(k)
	if !ok || tokMod != "" {
		return match{}, false
	}
	year, hasYear := 0, false
	if y, ok := parseYear(m.low(end), 1000, 2999); ok {
		year, hasYear = y, true
		end++
	} else if m.low(end) == "," {
		if y, ok := parseYear(m.low(end+1), 1000, 2999); ok {
			year, hasYear = y, true
			end += 2
		}
	}
	return m.calendarDay(i, end, year, hasYear, mo, d)
}

// relWord: today, tonight, overnight, yesterday [morning], tomorrow
// [night], earlier today, last night, this morning.
func (m *matcher) relWord(i int) (match, bool) {
	j := i
	if l := m.low(j); (l == "earlier" || l == "later") && (m.low(j+1) == "today" || m.low(j+1) == "tonight") {
		j++
	}
	mt := match{first: i, prec: PrecDay, kind: KindDate}
	offset := 0
	switch m.low(j) {
	case "today":
		j++
	case "tonight":
		j++
	case "overnight":
		if m.tag(j) == "JJ" {
			return match{}, false // "an overnight stay"
		}
		j++
	case "yesterday":
		offset = -1
		j++
		if partsOfDay[m.low(j)] {
			j++
		}
	case "tomorrow":
		offset = 1
		j++
		if partsOfDay[m.low(j)] {
			j++
		}
	case "last":
		if m.low(j+1) != "night" {
			return match{}, false
		}
		offset = -1
		j += 2
	case "this":
		if !partsOfDay[m.low(j+1)] {
			return match{}, false
		}
		j += 2
	default:
		return match{}, false
	}
	mt.last = j
	mt.value = dayValue(m.pub, func(t time.Time) time.Time { return t.AddDate(0, 0, offset) })
	return mt, true
}

// relUnit: [early|late|earlier|later] (last|this|next) (week|month|year|
// weekend); the previous/following/same day|week|month|year; the day
// before; over the weekend.
func (m *matcher) relUnit(i int) (match, bool) {
	j := i
	switch m.low(j) {
	case "early", "late", "earlier", "later", "mid":
		j++
	}
	mt := match{first: i, kind: KindDate}
	rel := m.low(j)
	if rel == "this" && m.low(j+1) == "past" {
		rel = "last"
		j++
	}
	switch rel {
	case "last", "this", "next":
		u := m.low(j + 1)
		if u != "week" && u != "month" && u != "year" && u != "weekend" {
			return match{}, false
		}
		mt.last = j + 2
		d := map[string]int{"last": -1, "this": 0, "next": 1}[rel]
		m.unitValue(&mt, m.pub, u, d, rel == "this")
		return mt, true
	case "the":
		if j != i {
			return match{}, false
		}
		return m.theUnit(i)
	}
	return match{}, false
}

// unitValue sets value and precision of a week/month/year/weekend that is
// d units from base. this says the weekend is "this weekend" (tense decides).
func (m *matcher) unitValue(mt *match, base time.Time, u string, d int, this bool) {
	switch u {
	case "day":
		mt.prec = PrecDay
	case "week":
		mt.prec = PrecWeek
	case "weekend":
		mt.prec = PrecWeek
	case "month":
		mt.prec = PrecMonth
	case "year":
		mt.prec = PrecYear
	}
	if base.IsZero() {
		return
	}
	switch u {
	case "day":
		mt.value = format(base.AddDate(0, 0, d), PrecDay)
	case "week":
		t := base.AddDate(0, 0, 7*d)
		if validYear(t.Year()) {
			mt.value = fmtWeek(t)
		}
	case "weekend":
		var tense Tense
		if this {
			tense = m.readTense(mt.first, mt.last)
		}
		sat := weekendSaturday(base, d, tense)
		if validYear(sat.Year()) {
			mt.value = fmtWeekend(sat)
		}
	case "month":
		mt.value = format(date(base.Year(), base.Month()+time.Month(d), 1), PrecMonth)
	case "year":
		if validYear(base.Year() + d) {
			mt.value = fmtYear(base.Year() + d)
		}
	}
}

// theUnit: the previous day, the following week, the same day, the day
// before, the weekend (after over/during/at/on).
func (m *matcher) theUnit(i int) (match, bool) {
	mt := match{first: i, kind: KindDate}
	w := m.low(i + 1)
	switch w {
	case "previous", "preceding", "prior", "following", "next", "same":
		u := m.low(i + 2)
		if u != "day" && u != "week" && u != "month" && u != "year" {
			return match{}, false
		}
		if m.low(i+3) == "of" {
			return match{}, false // "the following week of talks"
		}
		if w == "next" && (m.low(i-1) == "over" || m.low(i-1) == "within" || m.low(i-1) == "during" || m.low(i-1) == "for") {
			return match{}, false // a span: "over the next year"
		}
		mt.last = i + 3
		d := 1
		switch w {
		case "previous", "preceding", "prior":
			d = -1
		case "same":
			d = 0
		}
		m.unitValue(&mt, m.reference(), u, d, false)
		return mt, true
	case "day":
		if a := m.low(i + 2); a == "before" || a == "after" {
			if !m.phraseEnd(i + 3) {
				return match{}, false // "the day before the vote"
			}
			mt.last = i + 3
			d := 1
			if a == "before" {
				d = -1
			}
			m.unitValue(&mt, m.reference(), "day", d, false)
			return mt, true
		}
	case "weekend":
		switch m.low(i - 1) {
		case "over", "during", "at", "on", "until", "by", "since", "through":
			mt.last = i + 2
			m.unitValue(&mt, m.pub, "weekend", 0, true)
			return mt, true
		}
	}
	return match{}, false
}

// decade: [the] [early|mid|late] 1990s
func (m *matcher) decade(i int) (match, bool) {
	j := i
	if m.low(j) == "the" {
		j++
	}
	switch m.low(j) {
	case "early", "mid", "late":
		j++
	}
	l := m.low(j)
	l = strings.TrimPrefix(l, "mid-")
	y, ok := parseDecade(l)
	if !ok {
		return match{}, false
	}
	return match{first: i, last: j + 1, value: fmtDecade(y), prec: PrecDecade, kind: KindDate}, true
}

// year: a four-digit year 1900-2100 after a cue ("in 2019", "since 2019"),
// in a coordination of years ("2018 and 2019"), before a possessive
// ("2019's") or as a modifier ("the 2019 election").
func (m *matcher) year(i int) (match, bool) {
	j := i
	mod := false
	switch m.low(j) {
	case "early", "mid", "late":
		mod = true
		j++
	}
	l := m.low(j)
	if strings.HasPrefix(l, "mid-") {
		if mod {
			return match{}, false
		}
		mod = true
		l = l[4:]
	}
	y, ok := parseYear(l, 1900, 2100)
	if !ok {
		return match{}, false
	}
	next, nextTag := m.low(j+1), m.tag(j+1)
	if next == "%" || next == "percent" || next == "per" {
		return match{}, false
	}
	prev := m.low(i - 1)
	cued := mod || yearCues[prev]
	if cued && quantityCues[prev] && (nextTag == "NNS" || nextTag == "NNPS") {
		return match{}, false // "by 2019 votes"
	}
	if !cued {
		switch {
		case next == "'s":
			cued = true
		case (prev == "and" || prev == "or" || prev == "-" || prev == "–" || prev == "through") && i >= 2:
			_, cued = parseYear(m.low(i-2), 1900, 2100)
		case prev == "the" || prev == "its" || prev == "their" || prev == "his" || prev == "her":
			cued = nextTag == "NN" || nextTag == "JJ" || strings.HasPrefix(nextTag, "NNP") ||
				(nextTag == "" && next != "" && !m.strict)
		case i == 0 && j+1 == len(m.toks) && !m.strict:
			cued = true // Parse("2019")
		}
	}
	if !cued {
		return match{}, false
	}
	return match{first: i, last: j + 1, value: fmtYear(y), prec: PrecYear, kind: KindDate}, true
}

// count reads the count of a duration at toks[j]: a number, "a"/"an",
// "several", "a few", "a couple of", "two and a half". n < 0 means unknown
// ("several"). next is the index after the count.
func (m *matcher) count(j int) (n float64, next int, ok bool) {
	l := m.low(j)
	switch l {
	case "a", "an":
		switch m.low(j + 1) {
		case "few":
			return -1, j + 2, true
		case "couple":
			if m.low(j+2) == "of" {
				return 2, j + 3, true
			}
			return 0, 0, false
		}
		return 1, j + 1, true
	case "several", "few", "many", "some":
		return -1, j + 1, true
	}
	n, ok = parseNumber(l)
	if !ok {
		return 0, 0, false
	}
	if m.low(j+1) == "and" && (m.low(j+2) == "a" || m.low(j+2) == "one") && m.low(j+3) == "half" {
		return n + 0.5, j + 4, true
	}
	return n, j + 1, true
}

// unitAt reads a unit word at toks[j] ("years", "minute").
func (m *matcher) unitAt(j int) (unit, bool) {
	u, ok := units[m.low(j)]
	return u, ok
}

// duration: [the past|last|next|coming] N unit [and M unit ...] [ago |
// earlier | later]. "N units ago" is a date.
func (m *matcher) duration(i int) (match, bool) {
	j := i
	span := false // "the past two years"
	if m.low(j) == "the" {
		switch m.low(j + 1) {
		case "past", "last", "next", "coming":
			span = true
			j += 2
			if m.low(j+1) == "of" || m.low(j+2) == "of" {
				return match{}, false // "the last week of September"
			}
		default:
			return match{}, false
		}
	}
	var parts [uSecond + 1]float64
	unknown := unit(0)
	var smallest unit
	firstCount := m.low(j)
	// first component
	n, k, ok := m.count(j)
	var u unit
	switch {
	case ok:
		u, ok = m.unitAt(k)
		if !ok {
			return match{}, false
		}
		k++
	default:
		// hyphenated "30-minutes", "three-year"
		cnt, un, found := strings.Cut(m.low(j), "-")
		if found && cnt != "" {
			// "twenty-five-year": count is everything before the last dash
			if c2, u2, ok2 := cutLast(m.low(j)); ok2 {
				cnt, un = c2, u2
			}
			nn, ok1 := parseNumber(cnt)
			uu, ok2 := units[un]
			if !ok1 || !ok2 {
				return match{}, false
			}
			n, u, k = nn, uu, j+1
		} else if span {
			// "the past week": a count of one
			uu, ok2 := units[m.low(j)]
			if !ok2 {
				return match{}, false
			}
			n, u, k = 1, uu, j+1
		} else {
			return match{}, false
		}
	}
	// "a" before a unit is a rate after numbers and nouns: "twice a year",
	// "$5 billion a year", "100 barrels a day".
	if (firstCount == "a" || firstCount == "an") && !span && !relWords[m.low(k)] {
		switch p := m.low(i - 1); {
		case p == "once" || p == "twice" || p == "thrice" || p == "times" || p == "per":
			return match{}, false
		case m.tag(i-1) == "CD" || m.tag(i-1) == "NN" || m.tag(i-1) == "NNS" || p == "%" || p == "$":
			return match{}, false
		}
	}
	// "every three days" is a frequency
	if p := m.low(i - 1); p == "every" || p == "each" {
		return match{}, false
	}
	// "One day, ..." starts a story, it is not a span.
	if firstCount == "one" && u == uDay && (sentenceStart(m.toks, j) || m.low(k) == ",") && m.strict {
		return match{}, false
	}
	// "a second term" is no duration
	if u == uSecond && (firstCount == "a" || firstCount == "an") {
		return match{}, false
	}
	// ages: "30 years old", "a 30-year-old"
	if m.low(k) == "old" || strings.HasPrefix(m.low(k), "-old") {
		return match{}, false
	}
	add := func(n float64, u unit) {
		if n < 0 {
			unknown = u
			return
		}
		parts[u] += n
	}
	add(n, u)
	smallest = u
	// "a year and a half"
	if n >= 0 && m.low(k) == "and" && m.low(k+1) == "a" && m.low(k+2) == "half" {
		parts[u] += 0.5
		k += 3
	}
	// further components of smaller units: "two years and 10 months"
	for n >= 0 && unknown == 0 {
		c := k
		if l := m.low(c); l == "and" || l == "," {
			c++
			if m.low(c) == "and" {
				c++
			}
		}
		n2, c2, ok := m.count(c)
		if !ok || n2 < 0 {
			break
		}
		u2, ok := m.unitAt(c2)
		if !ok || u2 <= smallest {
			break
		}
		parts[u2] += n2
		smallest = u2
		k = c2 + 1
	}
	mt := match{first: i, last: k, kind: KindDuration}
	if unknown != 0 {
		mt.value = unknownDuration(unknown)
	} else {
		mt.value = isoDuration(parts)
	}
	if span {
		return mt, true
	}
	// N units ago / earlier / later
	switch l := m.low(k); l {
	case "ago", "earlier", "later", "before", "after":
		if (l == "before" || l == "after") && !m.phraseEnd(k+1) {
			return mt, true // "two days after the vote": a span
		}
		if l == "later" || l == "after" {
			return m.shifted(i, k+1, parts, unknown, 1, m.reference()), true
		}
		if l == "ago" {
			return m.shifted(i, k+1, parts, unknown, -1, m.pub), true
		}
		return m.shifted(i, k+1, parts, unknown, -1, m.reference()), true
	}
	return mt, true
}

// phraseEnd reports whether a phrase may end before toks[j]: at the end,
// before punctuation or before a conjunction.
func (m *matcher) phraseEnd(j int) bool {
	if j >= len(m.toks) {
		return true
	}
	switch l := m.toks[j].low; l {
	case "and", "but", "or":
		return true
	}
	r, _ := utf8.DecodeRuneInString(m.toks[j].low)
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// relWords turn a span into a date: "a week ago", "a day earlier".
var relWords = map[string]bool{"ago": true, "earlier": true, "later": true}

// cutLast splits "twenty-five-year" into "twenty-five" and "year".
func cutLast(s string) (string, string, bool) {
	k := strings.LastIndexByte(s, '-')
	if k <= 0 || k == len(s)-1 {
		return "", "", false
	}
	return s[:k], s[k+1:], true
}

// shifted builds the date "parts ago" (dir -1) or "parts later" (dir +1)
// from base. Its precision is that of the smallest unit named: years give
// a year, months a month, weeks an ISO week, days and clock units a day.
func (m *matcher) shifted(first, last int, parts [uSecond + 1]float64, unknown unit, dir int, base time.Time) match {
	mt := match{first: first, last: last, kind: KindDate}
	smallest := unknown
	for u := uCentury; u <= uSecond; u++ {
		if parts[u] != 0 {
			smallest = u
		}
	}
	switch smallest {
	case uCentury, uDecade, uYear:
		mt.prec = PrecYear
	case uMonth:
		mt.prec = PrecMonth
	case uWeek:
		mt.prec = PrecWeek
	default:
		mt.prec = PrecDay
	}
	if unknown != 0 || base.IsZero() {
		return mt
	}
	// Whole months and days; fractions become the next smaller unit.
	months := 1200*parts[uCentury] + 120*parts[uDecade] + 12*parts[uYear] + parts[uMonth]
	days := 7*parts[uWeek] + parts[uDay] + (parts[uHour]+parts[uMinute]/60+parts[uSecond]/3600)/24
	wholeMonths := int(months)
	days += (months - float64(wholeMonths)) * 30
	if months > 1e6 || days > 1e7 {
		return mt
	}
	t := base.AddDate(0, dir*wholeMonths, 0)
	// an hour ago may be yesterday only with a clock time; keep the day
	t = t.AddDate(0, 0, dir*int(days))
	mt.value = format(t, mt.prec)
	return mt
}

// isoDuration writes parts as an ISO 8601 duration: P2Y10M, PT30M, P5D.
// Weeks alone stay weeks (P2W); mixed with other units they become days.
func isoDuration(p [uSecond + 1]float64) string {
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	y := p[uYear] + 10*p[uDecade] + 100*p[uCentury]
	mo, w, d := p[uMonth], p[uWeek], p[uDay]
	h, mi, s := p[uHour], p[uMinute], p[uSecond]
	if w != 0 && (y != 0 || mo != 0 || d != 0 || h != 0 || mi != 0 || s != 0) {
		d += 7 * w
		w = 0
	}
	var b strings.Builder
	b.WriteByte('P')
	if w != 0 {
		b.WriteString(num(w) + "W")
		return b.String()
	}
	if y != 0 {
		b.WriteString(num(y) + "Y")
	}
	if mo != 0 {
		b.WriteString(num(mo) + "M")
	}
	if d != 0 {
		b.WriteString(num(d) + "D")
	}
	if h != 0 || mi != 0 || s != 0 {
		b.WriteByte('T')
		if h != 0 {
			b.WriteString(num(h) + "H")
		}
		if mi != 0 {
			b.WriteString(num(mi) + "M")
		}
		if s != 0 {
			b.WriteString(num(s) + "S")
		}
	}
	if b.Len() == 1 {
		return "P0D"
	}
	return b.String()
}

// unknownDuration is the TimeML value of "several years": PXY.
func unknownDuration(u unit) string {
	switch u {
	case uCentury:
		return "PXCE"
	case uDecade:
		return "PXDE"
	case uYear:
		return "PXY"
	case uMonth:
		return "PXM"
	case uWeek:
		return "PXW"
	case uDay:
		return "PXD"
	case uHour:
		return "PTXH"
	case uMinute:
		return "PTXM"
	}
	return "PTXS"
}
