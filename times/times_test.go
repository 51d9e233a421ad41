package times

import (
	"strings"
	"testing"
	"time"
)

// Publication dates of the table.
const (
	wed = "2022-09-21" // a Wednesday, the seed's date (ISO week 2022-W38)
	sun = "2023-01-01" // a Sunday on a year boundary (ISO week 2022-W52)
	mon = "2024-02-26" // a Monday before a leap day
	fri = "2021-12-31" // a Friday, the last day of a year
)

// tcase is one sentence, its publication date ("" = unknown) and the
// expression expected in it. want == "" means no expression at all.
type tcase struct {
	text, pub, want, value, prec string
}

var cases = []tcase{
	// Weekdays, past tense, every day of the week around Wednesday 2022-09-21.
	{"The foreign ministers met on Monday in Seoul.", wed, "on Monday", "2022-09-19", "day"},
	{"Police arrested two suspects on Tuesday.", wed, "on Tuesday", "2022-09-20", "day"},
	{"The leaders met on Wednesday in New York.", wed, "on Wednesday", "2022-09-21", "day"},
	{"The army said it had withdrawn on Thursday.", wed, "on Thursday", "2022-09-15", "day"},
	{"Rebels attacked the convoy on Friday.", wed, "on Friday", "2022-09-16", "day"},
	{"The ceasefire collapsed on Saturday.", wed, "on Saturday", "2022-09-17", "day"},
	{"Voters went to the polls on Sunday.", wed, "on Sunday", "2022-09-18", "day"},
	{"On Monday, the minister resigned.", wed, "On Monday", "2022-09-19", "day"},
	{"The bill was passed on Thursday.", wed, "on Thursday", "2022-09-15", "day"},
	{"Officials said Friday that the talks had stalled.", wed, "Friday", "2022-09-16", "day"},
	{"The body was found Tuesday.", wed, "Tuesday", "2022-09-20", "day"},
	{"Lawmakers voted Thursday to approve the bill.", wed, "Thursday", "2022-09-15", "day"},
	{"Ministers from Japan and Korea met Monday.", wed, "Monday", "2022-09-19", "day"},
	{"Monday's attack killed four people.", wed, "Monday", "2022-09-19", "day"},
	{"Fighting erupted again on Sunday night.", wed, "on Sunday night", "2022-09-18", "day"},
	{"Fighting resumed late Sunday.", wed, "late Sunday", "2022-09-18", "day"},
	{"Explosions were heard on Wednesday night.", wed, "on Wednesday night", "2022-09-21", "day"},
	{"The talks collapsed on Tuesday morning.", wed, "on Tuesday morning", "2022-09-20", "day"},
	// Weekdays, future.
	{"The ministers will meet on Monday.", wed, "on Monday", "2022-09-26", "day"},
	{"The court is to rule on Tuesday.", wed, "on Tuesday", "2022-09-27", "day"},
	{"The two leaders will hold talks on Wednesday.", wed, "on Wednesday", "2022-09-21", "day"},
	{"The president plans to visit Tokyo on Thursday.", wed, "on Thursday", "2022-09-22", "day"},
	{"The vote is scheduled for Friday.", wed, "Friday", "2022-09-23", "day"},
	{"Parliament will vote on Saturday.", wed, "on Saturday", "2022-09-24", "day"},
	{"Talks are expected to resume on Sunday.", wed, "on Sunday", "2022-09-25", "day"},
	{"The envoy could arrive on Monday.", wed, "on Monday", "2022-09-26", "day"},
	{"The minister is meeting his counterpart on Friday.", wed, "on Friday", "2022-09-23", "day"},
	{"They agreed to meet again on Thursday.", wed, "on Thursday", "2022-09-22", "day"},
	{"The rally will take place Saturday afternoon.", wed, "Saturday afternoon", "2022-09-24", "day"},
	{"The summit is due to open on Tuesday.", wed, "on Tuesday", "2022-09-27", "day"},
	// last / next / this.
	{"The ministers met last Friday.", wed, "last Friday", "2022-09-16", "day"},
	{"The ministers met last Wednesday.", wed, "last Wednesday", "2022-09-14", "day"},
	{"The ministers met last Thursday.", wed, "last Thursday", "2022-09-15", "day"},
	{"The summit will open next Tuesday.", wed, "next Tuesday", "2022-09-27", "day"},
	{"The summit will open next Wednesday.", wed, "next Wednesday", "2022-09-28", "day"},
	{"The summit will open next Monday.", wed, "next Monday", "2022-09-26", "day"},
	{"The council meets this Thursday.", wed, "this Thursday", "2022-09-22", "day"},
	{"The council met this Monday.", wed, "this Monday", "2022-09-19", "day"},
	// No tense: the nearer occurrence.
	{"Talks resume Friday.", wed, "Friday", "2022-09-23", "day"},
	{"Tuesday's vote in the assembly.", wed, "Tuesday", "2022-09-20", "day"},
	{"The Friday deadline looms.", wed, "Friday", "2022-09-23", "day"},
	{"The agency quoted officials as saying talks would resume on Monday.", wed, "on Monday", "2022-09-19", "day"},
	// Other publication weekdays.
	{"The government announced the measures on Friday.", sun, "on Friday", "2022-12-30", "day"},
	{"The new law takes effect on Monday.", sun, "on Monday", "2023-01-02", "day"},
	{"Crowds celebrated on Sunday.", sun, "on Sunday", "2023-01-01", "day"},
	{"The ministers met last Sunday.", sun, "last Sunday", "2022-12-25", "day"},
	{"The ministers will meet next Sunday.", sun, "next Sunday", "2023-01-08", "day"},
	{"Markets will reopen on Tuesday.", sun, "on Tuesday", "2023-01-03", "day"},
	{"The court ruled on Saturday.", sun, "on Saturday", "2022-12-31", "day"},
	{"The court will rule on Thursday.", mon, "on Thursday", "2024-02-29", "day"},
	{"The court ruled on Thursday.", mon, "on Thursday", "2024-02-22", "day"},
	{"Protests broke out on Saturday.", mon, "on Saturday", "2024-02-24", "day"},
	{"Protests will continue on Saturday.", mon, "on Saturday", "2024-03-02", "day"},
	{"The president spoke on Monday.", mon, "on Monday", "2024-02-26", "day"},
	{"The president will speak on Monday.", mon, "on Monday", "2024-02-26", "day"},
	{"Officials will decide on Sunday.", mon, "on Sunday", "2024-03-03", "day"},
	{"Officials decided on Sunday.", mon, "on Sunday", "2024-02-25", "day"},
	{"Officials met on Tuesday.", mon, "on Tuesday", "2024-02-20", "day"},
	{"Officials will meet on Tuesday.", mon, "on Tuesday", "2024-02-27", "day"},
	{"The parliament approved the budget on Thursday.", fri, "on Thursday", "2021-12-30", "day"},
	{"The parliament will reconvene on Monday.", fri, "on Monday", "2022-01-03", "day"},
	{"The vote took place on Friday.", fri, "on Friday", "2021-12-31", "day"},
	{"The vote will take place on Friday.", fri, "on Friday", "2021-12-31", "day"},
	{"Fireworks will light the sky on Saturday.", fri, "on Saturday", "2022-01-01", "day"},
	{"Fireworks lit the sky on Saturday.", fri, "on Saturday", "2021-12-25", "day"},
	{"The ministers met last Friday.", fri, "last Friday", "2021-12-24", "day"},
	// Two clauses, two tenses.
	{"The ministers, who met on Monday, will meet again on Friday.", wed, "on Monday", "2022-09-19", "day"},
	{"The ministers, who met on Monday, will meet again on Friday.", wed, "on Friday", "2022-09-23", "day"},
	{"The spokesman said on Tuesday that the leaders will meet on Saturday.", wed, "on Tuesday", "2022-09-20", "day"},
	{"The spokesman said on Tuesday that the leaders will meet on Saturday.", wed, "on Saturday", "2022-09-24", "day"},
	{"The minister arrived in Tokyo on Sunday and met Kishida on Monday.", wed, "on Sunday", "2022-09-18", "day"},
	{"The minister arrived in Tokyo on Sunday and met Kishida on Monday.", wed, "on Monday", "2022-09-19", "day"},
	{"Ministers met on Friday and will meet again on Tuesday.", wed, "on Friday", "2022-09-16", "day"},
	{"Ministers met on Friday and will meet again on Tuesday.", wed, "on Tuesday", "2022-09-27", "day"},
	{"The agency reported on Thursday that troops had left.", wed, "on Thursday", "2022-09-15", "day"},
	{"The army imposed a curfew on Saturday, closing all roads.", wed, "on Saturday", "2022-09-17", "day"},
	{"The army will impose a curfew on Saturday, closing all roads.", wed, "on Saturday", "2022-09-24", "day"},
	// A weekday with its calendar date.
	{"The leaders met on Wednesday, Sept. 21, 2022, in New York.", wed, "on Wednesday, Sept. 21, 2022", "2022-09-21", "day"},
	{"The vote was held Monday, September 19.", wed, "Monday, September 19", "2022-09-19", "day"},
	{"The ministers met on Thursday, September 15.", wed, "on Thursday, September 15", "2022-09-15", "day"},
	{"Elections will be held on Sunday, Oct. 2.", wed, "on Sunday, Oct. 2", "2022-10-02", "day"},
	// Day words.
	{"The minister resigned today.", wed, "today", "2022-09-21", "day"},
	{"The minister resigned yesterday.", wed, "yesterday", "2022-09-20", "day"},
	{"The minister will resign tomorrow.", wed, "tomorrow", "2022-09-22", "day"},
	{"The president will address the nation tonight.", wed, "tonight", "2022-09-21", "day"},
	{"Russia shelled the city overnight.", wed, "overnight", "2022-09-21", "day"},
	{"The company said earlier today that it would cut jobs.", wed, "earlier today", "2022-09-21", "day"},
	{"Troops crossed the border yesterday morning.", wed, "yesterday morning", "2022-09-20", "day"},
	{"The talks will resume tomorrow afternoon.", wed, "tomorrow afternoon", "2022-09-22", "day"},
	{"Gunfire was heard last night.", wed, "last night", "2022-09-20", "day"},
	{"The minister spoke this morning.", wed, "this morning", "2022-09-21", "day"},
	{"Yesterday, the ministers met.", sun, "Yesterday", "2022-12-31", "day"},
	{"Tomorrow the ministers will meet.", fri, "Tomorrow", "2022-01-01", "day"},
	// Days counted from the last date mentioned (or from publication).
	{"The protest began on Monday. The previous day, police had arrested two leaders.", wed, "The previous day", "2022-09-18", "day"},
	{"The previous day, police arrested two leaders.", wed, "The previous day", "2022-09-20", "day"},
	{"The deal was signed. A day earlier, the ministers met.", wed, "A day earlier", "2022-09-20", "day"},
	{"The talks ended on Friday and resumed the following day.", wed, "the following day", "2022-09-17", "day"},
	{"Fighting began on Monday. The rebels withdrew two days later.", wed, "two days later", "2022-09-21", "day"},
	{"The minister resigned the day before.", wed, "the day before", "2022-09-20", "day"},
	{"The truce began on Monday. A week later, the rebels attacked.", wed, "A week later", "2022-W39", "week"},
	{"The vote was held on March 3. The next day, the cabinet resigned.", wed, "The next day", "2022-03-04", "day"},
	{"The talks opened on Monday. On the following Friday, they collapsed.", wed, "the following Friday", "2022-09-23", "day"},
	// Weeks, weekends, months, years.
	{"Ministers met last week.", wed, "last week", "2022-W37", "week"},
	{"Ministers will meet next week.", wed, "next week", "2022-W39", "week"},
	{"Ministers meet this week.", wed, "this week", "2022-W38", "week"},
	{"Prices rose earlier this week.", wed, "earlier this week", "2022-W38", "week"},
	{"Prices rose last month.", wed, "last month", "2022-08", "month"},
	{"Prices rose this month.", wed, "this month", "2022-09", "month"},
	{"Prices rose earlier this month.", wed, "earlier this month", "2022-09", "month"},
	{"Prices will rise next month.", wed, "next month", "2022-10", "month"},
	{"Elections were held last year.", wed, "last year", "2021", "year"},
	{"Elections are due this year.", wed, "this year", "2022", "year"},
	{"Elections will be held next year.", wed, "next year", "2023", "year"},
	{"The plant closed late last year.", wed, "late last year", "2021", "year"},
	{"Growth slowed earlier this year.", wed, "earlier this year", "2022", "year"},
	{"The rally took place last weekend.", wed, "last weekend", "2022-W37-WE", "week"},
	{"Protesters gathered over the weekend.", wed, "the weekend", "2022-W37-WE", "week"},
	{"Protesters will gather this weekend.", wed, "this weekend", "2022-W38-WE", "week"},
	{"Prices rose last month.", sun, "last month", "2022-12", "month"},
	{"Elections were held last year.", sun, "last year", "2022", "year"},
	{"Ministers met last week.", sun, "last week", "2022-W51", "week"},
	{"Ministers will meet next week.", sun, "next week", "2023-W01", "week"},
	{"The law took effect this month.", mon, "this month", "2024-02", "month"},
	{"Prices will rise next month.", fri, "next month", "2022-01", "month"},
	// Calendar dates.
	{"The leaders met on September 21.", wed, "on September 21", "2022-09-21", "day"},
	{"The agreement was signed on Sept. 21, 2022.", wed, "on Sept. 21, 2022", "2022-09-21", "day"},
	{"The agreement was signed on Sep 21.", wed, "on Sep 21", "2022-09-21", "day"},
	{"The agreement was signed on 21 September.", wed, "on 21 September", "2022-09-21", "day"},
	{"The agreement was signed on 21 September 2021.", wed, "on 21 September 2021", "2021-09-21", "day"},
	{"The election will take place on November 8.", wed, "on November 8", "2022-11-08", "day"},
	{"The election took place on November 8.", wed, "on November 8", "2021-11-08", "day"},
	{"The ceasefire began on January 3.", wed, "on January 3", "2022-01-03", "day"},
	{"The summit will open on January 3.", wed, "on January 3", "2023-01-03", "day"},
	{"The summit opened on December 28.", sun, "on December 28", "2022-12-28", "day"},
	{"A summit is planned for December 28.", sun, "December 28", "2023-12-28", "day"},
	{"The truce will begin on Jan. 3.", sun, "on Jan. 3", "2023-01-03", "day"},
	{"The treaty was signed on May 5, 1955.", wed, "on May 5, 1955", "1955-05-05", "day"},
	{"The ministers met on the 21st of September.", wed, "on the 21st of September", "2022-09-21", "day"},
	{"The vote was held on March 3.", wed, "on March 3", "2022-03-03", "day"},
	{"The Feb. 24 invasion shocked Europe.", wed, "Feb. 24", "2022-02-24", "day"},
	{"On Oct. 7 the attack began.", wed, "On Oct. 7", "2021-10-07", "day"},
	{"He was born on 4 July 1976.", wed, "on 4 July 1976", "1976-07-04", "day"},
	{"The summit is set for Oct. 12.", wed, "Oct. 12", "2022-10-12", "day"},
	{"The deadline is June 30.", wed, "June 30", "2022-06-30", "day"},
	{"The court will rule on Feb. 29.", mon, "on Feb. 29", "2024-02-29", "day"},
	{"The report was dated 2022-09-21.", wed, "2022-09-21", "2022-09-21", "day"},
	{"Talks began on 2022-09-19.", wed, "on 2022-09-19", "2022-09-19", "day"},
	// Months.
	{"The election was held in September 2022.", wed, "September 2022", "2022-09", "month"},
	{"The leaders last met in December 2019.", wed, "December 2019", "2019-12", "month"},
	{"Talks collapsed in December of 2019.", wed, "December of 2019", "2019-12", "month"},
	{"Troops left in Dec. 2019.", wed, "Dec. 2019", "2019-12", "month"},
	{"The law was passed in March.", wed, "March", "2022-03", "month"},
	{"The law will be passed in March.", wed, "March", "2023-03", "month"},
	{"The law was passed last March.", wed, "last March", "2022-03", "month"},
	{"The law will take effect next March.", wed, "next March", "2023-03", "month"},
	{"Parliament will reconvene in September.", wed, "September", "2022-09", "month"},
	{"Parliament met in September.", wed, "September", "2022-09", "month"},
	{"Parliament met last September.", wed, "last September", "2021-09", "month"},
	{"The ceasefire held from March to May.", wed, "March", "2022-03", "month"},
	{"The ceasefire held from March to May.", wed, "May", "2022-05", "month"},
	{"Fighting intensified in early September.", wed, "early September", "2022-09", "month"},
	{"Fighting intensified in mid-September.", wed, "mid-September", "2022-09", "month"},
	{"In May, the government fell.", wed, "May", "2022-05", "month"},
	{"The president has been in office since May.", wed, "May", "2022-05", "month"},
	{"The accord will expire at the end of March.", wed, "March", "2023-03", "month"},
	{"The accord will expire in January.", wed, "January", "2023-01", "month"},
	{"The accord expired in December.", wed, "December", "2021-12", "month"},
	{"Elections were held in November.", sun, "November", "2022-11", "month"},
	// Years and decades.
	{"The war began in 2019.", wed, "2019", "2019", "year"},
	{"Tensions have risen since 2019.", wed, "2019", "2019", "year"},
	{"Trade grew between 2018 and 2019.", wed, "2018", "2018", "year"},
	{"Trade grew between 2018 and 2019.", wed, "2019", "2019", "year"},
	{"The 2019 election was disputed.", wed, "2019", "2019", "year"},
	{"By 2030, emissions must fall.", wed, "2030", "2030", "year"},
	{"Output rose in early 2021.", wed, "early 2021", "2021", "year"},
	{"The virus emerged in late 2019.", wed, "late 2019", "2019", "year"},
	{"Elections are due in 2024.", wed, "2024", "2024", "year"},
	{"The accord dates from 1995.", wed, "1995", "1995", "year"},
	{"Until 2020, the border was open.", wed, "2020", "2020", "year"},
	{"Troops withdrew by the end of 2021.", wed, "2021", "2021", "year"},
	{"It is the first summit since 2019.", wed, "2019", "2019", "year"},
	{"The talks stalled in the 1990s.", wed, "the 1990s", "199", "decade"},
	{"Emissions fell in the early 2000s.", wed, "the early 2000s", "200", "decade"},
	{"The accord was reached in the 2010s.", wed, "the 2010s", "201", "decade"},
	{"The bill passed in the mid-1990s.", wed, "the mid-1990s", "199", "decade"},
	{"The dispute dates back to the 1960s.", wed, "the 1960s", "196", "decade"},
	// Durations.
	{"The meeting lasted 30 minutes.", wed, "30 minutes", "PT30M", ""},
	{"He served three years in prison.", wed, "three years", "P3Y", ""},
	{"The siege lasted two years and 10 months.", wed, "two years and 10 months", "P2Y10M", ""},
	{"The strike lasted for five days.", wed, "five days", "P5D", ""},
	{"The talks lasted 30-minutes.", wed, "30-minutes", "PT30M", ""},
	{"The war has lasted six months.", wed, "six months", "P6M", ""},
	{"He spent two weeks in hospital.", wed, "two weeks", "P2W", ""},
	{"The flight took an hour and a half.", wed, "an hour and a half", "PT1.5H", ""},
	{"The truce lasted 24 hours.", wed, "24 hours", "PT24H", ""},
	{"It was the first meeting in three years.", wed, "three years", "P3Y", ""},
	{"The project will take a decade.", wed, "a decade", "P10Y", ""},
	{"Negotiations dragged on for several months.", wed, "several months", "PXM", ""},
	{"He signed a three-year contract.", wed, "three-year", "P3Y", ""},
	{"The trial lasted one year, two months and five days.", wed, "one year, two months and five days", "P1Y2M5D", ""},
	{"The blackout lasted 45 seconds.", wed, "45 seconds", "PT45S", ""},
	{"Over the past two years, prices doubled.", wed, "the past two years", "P2Y", ""},
	{"The talks lasted a few hours.", wed, "a few hours", "PTXH", ""},
	{"The operation took two and a half years.", wed, "two and a half years", "P2.5Y", ""},
	{"Production fell over the past week.", wed, "the past week", "P1W", ""},
	{"The talks stalled for three weeks.", wed, "three weeks", "P3W", ""},
	{"He has been detained for 18 months.", wed, "18 months", "P18M", ""},
	{"It took them 2 years, 3 months to finish.", wed, "2 years, 3 months", "P2Y3M", ""},
	{"The ruling came on Monday, two days after the vote.", wed, "two days", "P2D", ""},
	{"The ruling came on Monday, two days after the vote.", wed, "on Monday", "2022-09-19", "day"},
	{"The mission lasted twenty-five days.", wed, "twenty-five days", "P25D", ""},
	{"The hearing lasted one hour and 20 minutes.", wed, "one hour and 20 minutes", "PT1H20M", ""},
	{"The rebels held the town for two decades.", wed, "two decades", "P20Y", ""},
	// "Ago".
	{"The war began two years ago.", wed, "two years ago", "2020", "year"},
	{"The plant closed three months ago.", wed, "three months ago", "2022-06", "month"},
	{"The vote took place a week ago.", wed, "a week ago", "2022-W37", "week"},
	{"He was arrested five days ago.", wed, "five days ago", "2022-09-16", "day"},
	{"The dam was built a decade ago.", wed, "a decade ago", "2012", "year"},
	{"He left several years ago.", wed, "several years ago", "", "year"},
	{"Ten days ago, the rebels seized the town.", wed, "Ten days ago", "2022-09-11", "day"},
	{"The plant closed a year ago.", wed, "a year ago", "2021", "year"},
	{"The plant closed two years and six months ago.", wed, "two years and six months ago", "2020-03", "month"},
	// Unknown publication date.
	{"The leaders met on Wednesday.", "", "on Wednesday", "", "day"},
	{"Prices rose last month.", "", "last month", "", "month"},
	{"The leaders last met in December 2019.", "", "December 2019", "2019-12", "month"},
	{"The siege lasted two years.", "", "two years", "P2Y", ""},
	{"The election was held on September 21.", "", "on September 21", "", "day"},
	{"The talks ended yesterday.", "", "yesterday", "", "day"},
	{"The deal was signed on Sept. 21, 2022.", "", "on Sept. 21, 2022", "2022-09-21", "day"},
	{"The war began two years ago.", "", "two years ago", "", "year"},
	{"The ministers met last week.", "", "last week", "", "week"},
	// Not time expressions.
	{"They may meet again soon.", wed, "", "", ""},
	{"Protesters march through the capital.", wed, "", "", ""},
	{"The fire killed 2019 people.", wed, "", "", ""},
	{"The Sunday Times reported the deal.", wed, "", "", ""},
	{"Black Friday sales rose sharply.", wed, "", "", ""},
	{"About 2019 cases were reported.", wed, "", "", ""},
	{"He scored 2020 points.", wed, "", "", ""},
	{"April Ryan asked a question.", wed, "", "", ""},
	{"The march on Washington drew thousands.", wed, "", "", ""},
	{"The committee may decide later.", wed, "", "", ""},
	{"She read the newspaper on a Sunday.", wed, "", "", ""},
	{"The August assembly convened.", wed, "", "", ""},
	{"It happened twice a year.", wed, "", "", ""},
	{"Oil output reached 100 barrels a day.", wed, "", "", ""},
	{"He is 30 years old.", wed, "", "", ""},
	{"A 30-year-old man was arrested.", wed, "", "", ""},
	{"He won a second term.", wed, "", "", ""},
	{"One day, he will return.", wed, "", "", ""},
	{"Mr. March said the talks failed.", wed, "", "", ""},
	{"Weekly updates arrive every Monday.", wed, "", "", ""},
	{"He lived at 2019 Main Street.", wed, "", "", ""},
	{"Kim may visit Seoul.", wed, "", "", ""},
	{"The troops may march on the capital.", wed, "", "", ""},
	{"Voters elected 1998 delegates.", wed, "", "", ""},
	{"Patrols pass once every three days.", wed, "", "", ""},
}

func TestTable(t *testing.T) {
	pass := 0
	for _, c := range cases {
		var pub time.Time
		if c.pub != "" {
			pub = mustDate(c.pub)
		}
		d := process(t, c.text, pub)
		var got []string
		for _, te := range d.Times {
			got = append(got, te.Text+"="+te.Value+"/"+te.Precision)
			if c.text[te.Start:te.End] != te.Text {
				t.Errorf("%q: offsets %d-%d do not give %q", c.text, te.Start, te.End, te.Text)
			}
		}
		ok := false
		if c.want == "" {
			ok = len(d.Times) == 0
		} else {
			for _, te := range d.Times {
				if te.Text != c.want {
					continue
				}
				kind := KindDate
				if c.prec == "" {
					kind = KindDuration
				}
				ok = te.Value == c.value && te.Precision == c.prec && te.Kind == kind
			}
		}
		if ok {
			pass++
			continue
		}
		t.Errorf("%q (pub %s): want %q=%s/%s, got [%s]", c.text, c.pub, c.want, c.value, c.prec, strings.Join(got, "; "))
	}
	t.Logf("table: %d/%d cases pass", pass, len(cases))
}
