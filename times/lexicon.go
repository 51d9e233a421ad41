package times

import (
	"strconv"
	"strings"
	"time"
)

// months maps full month names and their news abbreviations to months.
// abbrev marks the short forms, which only count before a day or a year.
var months = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March,
	"april": time.April, "may": time.May, "june": time.June, "july": time.July,
	"august": time.August, "september": time.September, "october": time.October,
	"november": time.November, "december": time.December,
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"jun": time.June, "jul": time.July, "aug": time.August, "sep": time.September,
	"sept": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// abbrevMonths are the short forms of months.
var abbrevMonths = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// wordMonths are month names that are also common words or given names
// ("may", "march", "august", "april", "june"): alone they need a cue.
var wordMonths = map[string]bool{"may": true, "march": true, "august": true, "april": true, "june": true}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// partsOfDay may follow a day word: "Wednesday night", "yesterday morning".
var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// numberWords are the spelled-out numbers a duration may use.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12,
}

// unit is a calendar or clock unit of a duration.
type unit int

const (
	uNone unit = iota
	uCentury
	uDecade
	uYear
	uMonth
	uWeek
	uDay
	uHour
	uMinute
	uSecond
)

// units maps unit words (singular and plural) to units.
var units = map[string]unit{
	"century": uCentury, "centuries": uCentury,
	"decade": uDecade, "decades": uDecade,
	"year": uYear, "years": uYear, "yr": uYear, "yrs": uYear,
	"month": uMonth, "months": uMonth,
	"week": uWeek, "weeks": uWeek,
	"day": uDay, "days": uDay,
	"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour,
	"minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute,
	"second": uSecond, "seconds": uSecond,
}

// parseNumber reads a count: digits ("30", "2.5") or a number word
// ("three", "twenty-five").
func parseNumber(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	if s[0] >= '0' && s[0] <= '9' {
		for i := 0; i < len(s); i++ {
			if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
				return 0, false
			}
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f < 0 || f > 100000 {
			return 0, false
		}
		return f, true
	}
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	if tens, ones, ok := strings.Cut(s, "-"); ok {
		t, ok1 := numberWords[tens]
		o, ok2 := numberWords[ones]
		if ok1 && ok2 && t >= 20 && t < 100 && int(t)%10 == 0 && o < 10 {
			return t + o, true
		}
	}
	return 0, false
}

// parseDay reads a day of the month: "21", "21st", "3rd".
func parseDay(s string) (int, bool) {
	n := 0
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
		if i > 2 {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	switch strings.ToLower(s[i:]) {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	if n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// ordinalDays are the spelled ordinals used for days ("the first of May").
var ordinalDays = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

// parseYear reads a four-digit year in [lo, hi].
func parseYear(s string, lo, hi int) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n >= lo && n <= hi
}

// parseDecade reads "1990s" as 1990.
func parseDecade(s string) (int, bool) {
	if len(s) != 5 || s[4] != 's' || s[3] != '0' {
		return 0, false
	}
	y, ok := parseYear(s[:4], 1000, 2990)
	return y, ok
}

// parseISODate reads "2022-09-21".
func parseISODate(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil || t.Year() < 1000 {
		return time.Time{}, false
	}
	return t, true
}

// yearCues are words after which a bare four-digit number is a year.
var yearCues = map[string]bool{
	"in": true, "since": true, "by": true, "of": true, "until": true, "till": true,
	"before": true, "after": true, "during": true, "from": true, "through": true,
	"throughout": true, "between": true, "to": true, "circa": true, "year": true,
	"early": true, "late": true, "mid": true, "around": true, "spring": true,
	"summer": true, "autumn": true, "fall": true, "winter": true,
}

// quantityCues are year cues that also take quantities ("by 2019 votes",
// "of 2019 people"); after them a year must not be followed by a plural noun.
var quantityCues = map[string]bool{"by": true, "of": true, "to": true, "from": true, "between": true, "around": true}

// monthCues are words after which a month name alone is a month.
var monthCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true,
	"from": true, "through": true, "to": true, "before": true, "after": true, "of": true,
	"between": true, "throughout": true, "early": true, "late": true, "mid": true,
}

// dayCues are the words after which a weekday may precede another name
// ("on Monday President X said").
var dayCues = map[string]bool{
	"on": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"through": true, "before": true, "after": true, "last": true, "next": true,
	"this": true, "early": true, "late": true, "and": true, "or": true, "to": true,
}
