package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func testTopDyads(t *testing.T, s dyad.Store) {
	type dc = dyad.DyadCount
	tests := []struct {
		name string
		q    dyad.DyadQuery
		want []dc
	}{
		{"undirected", dyad.DyadQuery{}, []dc{
			{A: "JPNGOV", B: "KORGOV", Events: 3, MeanGoldstein: 1.6, First: "2019-12-01", Last: "2022-09-21"},
			{A: "JPN", B: "KOR", Events: 1, MeanGoldstein: 3.5, First: "2022-10-05", Last: "2022-10-05"},
			{A: "KORMIL", B: "PRK", Events: 1, MeanGoldstein: -10, First: "2022-10-04", Last: "2022-10-04"},
			{A: "PRKGOV", B: "USAGOV", Events: 1, MeanGoldstein: -2, First: "2022-09-20", Last: "2022-09-20"},
		}},
		{"countries", dyad.DyadQuery{Countries: true}, []dc{
			{A: "JPN", B: "KOR", Events: 4, MeanGoldstein: 2.075, First: "2019-12-01", Last: "2022-10-05"},
			{A: "KOR", B: "PRK", Events: 1, MeanGoldstein: -10, First: "2022-10-04", Last: "2022-10-04"},
			{A: "PRK", B: "USA", Events: 1, MeanGoldstein: -2, First: "2022-09-20", Last: "2022-09-20"},
		}},
		{"directed", dyad.DyadQuery{Directed: true}, []dc{
			{A: "KORGOV", B: "JPNGOV", Events: 2, MeanGoldstein: 1, First: "2019-12-01", Last: "2022-09-21"},
			{A: "JPN", B: "KOR", Events: 1, MeanGoldstein: 3.5, First: "2022-10-05", Last: "2022-10-05"},
			{A: "JPNGOV", B: "KORGOV", Events: 1, MeanGoldstein: 2.8, First: "2022-09-19", Last: "2022-09-19"},
			{A: "KORMIL", B: "PRK", Events: 1, MeanGoldstein: -10, First: "2022-10-04", Last: "2022-10-04"},
			{A: "USAGOV", B: "PRKGOV", Events: 1, MeanGoldstein: -2, First: "2022-09-20", Last: "2022-09-20"},
		}},
		{"root by country", dyad.DyadQuery{Countries: true, Filter: dyad.EventFilter{Root: "04"}}, []dc{
			{A: "JPN", B: "KOR", Events: 3, MeanGoldstein: 1.6, First: "2019-12-01", Last: "2022-09-21"},
		}},
		{"plover and dates", dyad.DyadQuery{Filter: dyad.EventFilter{PLOVER: "CONSULT", From: day("2022-01-01"), To: day("2022-12-31")}}, []dc{
			{A: "JPNGOV", B: "KORGOV", Events: 2, MeanGoldstein: 1.9, First: "2022-09-19", Last: "2022-09-21"},
		}},
		{"one actor", dyad.DyadQuery{Filter: dyad.EventFilter{A: "PRK"}}, []dc{
			{A: "KORMIL", B: "PRK", Events: 1, MeanGoldstein: -10, First: "2022-10-04", Last: "2022-10-04"},
			{A: "PRKGOV", B: "USAGOV", Events: 1, MeanGoldstein: -2, First: "2022-09-20", Last: "2022-09-20"},
		}},
		{"page", dyad.DyadQuery{Limit: 2, Offset: 1}, []dc{
			{A: "JPN", B: "KOR", Events: 1, MeanGoldstein: 3.5, First: "2022-10-05", Last: "2022-10-05"},
			{A: "KORMIL", B: "PRK", Events: 1, MeanGoldstein: -10, First: "2022-10-04", Last: "2022-10-04"},
		}},
		{"nothing", dyad.DyadQuery{Filter: dyad.EventFilter{Root: "20"}}, []dc{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.TopDyads(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if i < len(tt.want) && abs(got[i].MeanGoldstein-tt.want[i].MeanGoldstein) < 1e-9 {
					got[i].MeanGoldstein = tt.want[i].MeanGoldstein
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("TopDyads(%+v) =\n%+v\nwant\n%+v", tt.q, got, tt.want)
			}
		})
	}
}

func testQuotes(t *testing.T, s dyad.Store) {
	defer s.Close()
	ctx := context.Background()
	q := func(text, speaker, actor, kind string, via ...string) dyad.Quote {
		if via == nil {
			via = []string{}
		}
		return dyad.Quote{Text: text, Start: 0, End: len(text), Kind: kind, Speaker: speaker, SpeakerActor: actor,
			Cue: "said", Via: via}
	}
	arts := []struct {
		id, date string
		quotes   []dyad.Quote
	}{
		{"q1", "2022-09-21", []dyad.Quote{
			q("We agreed.", "Lee Jae-myoung", "KORGOV", dyad.Direct, "Yonhap News Agency", "Anadolu Agency"),
			q("important neighbours", "Tokyo", "JPNGOV", dyad.Partial),
		}},
		{"q2", "2022-10-01", []dyad.Quote{
			q("the talks went well", "Lee Jae-myoung", "KORGOV", dyad.Indirect),
			q("We stand with our allies.", "Antony Blinken", "USAGOV", dyad.Direct, "Reuters"),
		}},
		{"q3", "", []dyad.Quote{
			q("No comment 100%.", "a spokesman for Lee", "KORMIL", dyad.Direct),
		}},
	}
	for _, a := range arts {
		art := &dyad.Article{ID: a.id, Text: "quotes of " + a.id, Outlet: "Outlet " + a.id}
		if a.date != "" {
			art.Published = day(a.date)
		}
		r := &dyad.Record{ID: a.id, Published: a.date, Quotes: a.quotes}
		if _, err := s.SaveArticle(ctx, art, r); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		f    dyad.QuoteFilter
		want []string // article id / quote text
	}{
		{"all", dyad.QuoteFilter{}, []string{"q2/the talks went well", "q2/We stand with our allies.", "q1/We agreed.",
			"q1/important neighbours", "q3/No comment 100%."}},
		{"speaker substring, any case", dyad.QuoteFilter{Speaker: "LEE"}, []string{"q2/the talks went well", "q1/We agreed.", "q3/No comment 100%."}},
		{"speaker exact", dyad.QuoteFilter{Speaker: "lee jae-myoung", SpeakerExact: true}, []string{"q2/the talks went well", "q1/We agreed."}},
		{"speaker exact is whole", dyad.QuoteFilter{Speaker: "Lee", SpeakerExact: true}, []string{}},
		{"wildcards are literal", dyad.QuoteFilter{Speaker: "L%e"}, []string{}},
		{"actor prefix", dyad.QuoteFilter{Actor: "KOR"}, []string{"q2/the talks went well", "q1/We agreed.", "q3/No comment 100%."}},
		{"actor full", dyad.QuoteFilter{Actor: "KORGOV"}, []string{"q2/the talks went well", "q1/We agreed."}},
		{"kind", dyad.QuoteFilter{Kind: dyad.Direct}, []string{"q2/We stand with our allies.", "q1/We agreed.", "q3/No comment 100%."}},
		{"from", dyad.QuoteFilter{From: day("2022-09-22")}, []string{"q2/the talks went well", "q2/We stand with our allies."}},
		{"to", dyad.QuoteFilter{To: day("2022-09-21")}, []string{"q1/We agreed.", "q1/important neighbours"}},
		{"article", dyad.QuoteFilter{ArticleID: "q1", Actor: "JPN"}, []string{"q1/important neighbours"}},
		{"page", dyad.QuoteFilter{Limit: 2, Offset: 1}, []string{"q2/We stand with our allies.", "q1/We agreed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, err := s.Quotes(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, x := range qs {
				got = append(got, x.ArticleID+"/"+x.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Quotes(%+v) = %q; want %q", tt.f, got, tt.want)
			}
		})
	}
	qs, err := s.Quotes(ctx, dyad.QuoteFilter{ArticleID: "q1"})
	if err != nil || len(qs) != 2 {
		t.Fatalf("Quotes(q1) = %v, %v", qs, err)
	}
	want := dyad.StoredQuote{Quote: arts[0].quotes[0], ID: qs[0].ID, ArticleID: "q1", Published: "2022-09-21", Outlet: "Outlet q1"}
	if qs[0].ID == 0 || !reflect.DeepEqual(qs[0], want) {
		t.Errorf("stored quote =\n%+v\nwant\n%+v", qs[0], want)
	}
	if qs[1].Via == nil || len(qs[1].Via) != 0 {
		t.Errorf("quote without relays: Via = %#v; want an empty, non-nil chain", qs[1].Via)
	}
}

// noveltyLines are the sentences of the novelty test's article, with the
// phrases naming the source and target of their events, their date and
// modality.
var noveltyLines = []struct {
	text, src, tgt, date, prec, modality string
	negated                              bool
}{
	{"The leaders of Korea and Japan met in New York.", "The leaders of Korea", "Japan", "2022-09-21", dyad.PrecisionDay, dyad.Asserted, false},
	{"The foreign ministers of Korea and Japan met on Monday.", "The foreign ministers of Korea", "Japan", "2022-09-19", dyad.PrecisionDay, dyad.Asserted, false},
	{"The leaders of the two countries last met in December 2019.", "The leaders of the two countries", "The leaders of the two countries", "2019-12", dyad.PrecisionMonth, dyad.Historical, false},
	{"President Moon and Prime Minister Abe agreed to meet in May 2021.", "President Moon", "Prime Minister Abe", "2021-05", dyad.PrecisionMonth, dyad.Intended, false},
	{"The leaders of Korea and Japan did not meet in June 2020.", "The leaders of Korea", "Japan", "2020-06", dyad.PrecisionMonth, dyad.Asserted, true},
	{"The leaders of Korea and China met in January 2022.", "The leaders of Korea", "China", "2022-01", dyad.PrecisionMonth, dyad.Asserted, false},
}

// noveltyArticle builds the article of noveltyLines and its record: per
// line, one event each way between KORGOV and JPNGOV (CHNGOV when the
// line names China), triggered by "met" or "meet", named "lineN".
func noveltyArticle() (*dyad.Article, *dyad.Record) {
	var texts []string
	r := &dyad.Record{ID: "nov", Published: "2022-09-21"}
	off := 0
	for i, l := range noveltyLines {
		texts = append(texts, l.text)
		r.Sentences = append(r.Sentences, dyad.Span{Start: off, End: off + len(l.text)})
		tcode := "JPNGOV"
		if strings.Contains(l.text, "China") {
			tcode = "CHNGOV"
		}
		src, tgt := fmt.Sprintf("s%d", i), fmt.Sprintf("t%d", i)
		ment := func(phrase string) []dyad.Mention {
			at := off + strings.Index(l.text, phrase)
			return []dyad.Mention{{Start: at, End: at + len(phrase), Sentence: i, Kind: "nominal"}}
		}
		r.Entities = append(r.Entities,
			dyad.Entity{ID: src, Text: "Korea", Type: dyad.GPE, Actor: "KORGOV", Mentions: ment(l.src)},
			dyad.Entity{ID: tgt, Text: l.tgt, Type: dyad.GPE, Actor: tcode, Mentions: ment(l.tgt)})
		trig := strings.Index(l.text, " met") + 1
		if trig == 0 {
			trig = strings.Index(l.text, " meet") + 1
		}
		for _, dir := range [][2]string{{src, tgt}, {tgt, src}} {
			s, t := "KORGOV", tcode
			if dir[0] == tgt {
				s, t = tcode, "KORGOV"
			}
			r.Events = append(r.Events, dyad.Event{Source: s, Target: t, CAMEO: "040", Root: "04", Goldstein: 1,
				PLOVER: "CONSULT", Date: l.date, DatePrecision: l.prec, Sentences: []int{i},
				Trigger:  dyad.Trigger{Start: off + trig, End: off + trig + 3, Text: fmt.Sprintf("line%d", i)},
				Modality: l.modality, Negated: l.negated, SourceEntity: dir[0], TargetEntity: dir[1]})
		}
		off += len(l.text) + 1
	}
	return &dyad.Article{ID: "nov", Text: strings.Join(texts, " "), Published: day("2022-09-21")}, r
}

func testNovelty(t *testing.T, s dyad.Store) {
	defer s.Close()
	ctx := context.Background()
	a, r := noveltyArticle()
	if _, err := s.SaveArticle(ctx, a, r); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, dyad.EventFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}     // trigger name -> id of the KORGOV-sourced event
	levels := map[string]string{} // trigger name -> level
	for _, e := range evs {
		if e.Source == "KORGOV" {
			ids[e.Trigger.Text] = e.ID
			levels[e.Trigger.Text] = e.Level
		}
	}
	wantLevels := map[string]string{"line0": "leader", "line1": "minister", "line2": "leader", "line3": "leader", "line4": "leader", "line5": "leader"}
	if !reflect.DeepEqual(levels, wantLevels) {
		t.Errorf("stored levels = %v; want %v", levels, wantLevels)
	}

	// The filters novelty uses.
	for _, tt := range []struct {
		name string
		f    dyad.EventFilter
		want []string
	}{
		{"id", dyad.EventFilter{ID: ids["line1"]}, []string{"line1"}},
		{"level minister", dyad.EventFilter{Level: dyad.LevelMinister, Source: "KOR"}, []string{"line1"}},
		{"occurred", dyad.EventFilter{Occurred: true, Source: "KOR", B: "JPN"}, []string{"line0", "line1", "line2"}},
	} {
		evs, err := s.Events(ctx, tt.f)
		if err != nil {
			t.Fatal(err)
		}
		if got := names(evs); !slices.Equal(got, tt.want) {
			t.Errorf("Events(%s) = %v; want %v", tt.name, got, tt.want)
		}
	}

	tests := []struct {
		name      string
		q         dyad.NoveltyQuery
		prev      string // trigger name of the previous event, "" for none
		since     string
		gap       dyad.Gap
		text      string
		wantLevel string
	}{
		{"the summit, at its own level", dyad.NoveltyQuery{EventID: ids["line0"]}, "line2", "2019-12",
			dyad.Gap{Years: 2, Months: 9, Text: "2 years 9 months"},
			"first 04 event between KORGOV and JPNGOV (leader level) in 2 years 9 months, since 2019-12", "leader"},
		{"the summit, any level", dyad.NoveltyQuery{EventID: ids["line0"], Level: dyad.LevelAny}, "line1", "2022-09-19",
			dyad.Gap{Days: 2, Text: "2 days"}, "first 04 event between KORGOV and JPNGOV in 2 days, since 2022-09-19", ""},
		{"a dyad and a date", dyad.NoveltyQuery{A: "JPN", B: "KOR", Root: "04", Date: day("2022-09-21")}, "line1", "2022-09-19",
			dyad.Gap{Days: 2, Text: "2 days"}, "", ""},
		{"a dyad, a date and a level", dyad.NoveltyQuery{A: "JPN", B: "KOR", Root: "04", Date: day("2022-09-21"), Level: dyad.LevelLeader},
			"line2", "2019-12", dyad.Gap{Years: 2, Months: 9, Text: "2 years 9 months"}, "", "leader"},
		{"the first on record", dyad.NoveltyQuery{EventID: ids["line2"]}, "", "", dyad.Gap{},
			"first 04 event between KORGOV and JPNGOV (leader level) on record", "leader"},
		{"another dyad", dyad.NoveltyQuery{EventID: ids["line5"]}, "", "", dyad.Gap{}, "", "leader"},
		{"another root", dyad.NoveltyQuery{EventID: ids["line0"], Root: "05"}, "", "", dyad.Gap{}, "", "leader"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := s.Novelty(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if n.Level != tt.wantLevel {
				t.Errorf("level %q; want %q", n.Level, tt.wantLevel)
			}
			if tt.q.EventID != 0 && (n.Event == nil || n.Event.ID != tt.q.EventID) {
				t.Errorf("event = %+v; want event %d", n.Event, tt.q.EventID)
			}
			if tt.text != "" && n.Text != tt.text {
				t.Errorf("text %q; want %q", n.Text, tt.text)
			}
			if tt.prev == "" {
				if n.Previous != nil || n.Gap != nil || n.Since != "" {
					t.Errorf("previous %+v, gap %+v, since %q; want none", n.Previous, n.Gap, n.Since)
				}
				return
			}
			if n.Previous == nil || n.Previous.Trigger.Text != tt.prev {
				t.Fatalf("previous = %+v; want %s", n.Previous, tt.prev)
			}
			if n.Since != tt.since || n.Gap == nil || *n.Gap != tt.gap {
				t.Errorf("since %q gap %+v; want %q %+v", n.Since, n.Gap, tt.since, tt.gap)
			}
		})
	}
	for _, tt := range []struct {
		q    dyad.NoveltyQuery
		code string
	}{
		{dyad.NoveltyQuery{EventID: 1 << 40}, dyad.ENotFound},
		{dyad.NoveltyQuery{A: "KOR", B: "JPN", Root: "04"}, dyad.EInvalid},
		{dyad.NoveltyQuery{EventID: ids["line0"], Level: "king"}, dyad.EInvalid},
	} {
		_, err := s.Novelty(ctx, tt.q)
		var de *dyad.Error
		if !errors.As(err, &de) || de.Code != tt.code {
			t.Errorf("Novelty(%+v) error = %v; want %s", tt.q, err, tt.code)
		}
	}
}
