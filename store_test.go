package dyad

import (
	"testing"
	"time"
)

func TestActorLevel(t *testing.T) {
	for phrase, want := range map[string]string{
		"The leaders of South Korea":           LevelLeader,
		"the leaders of the two countries":     LevelLeader,
		"Prime Minister Fumio Kishida":         LevelLeader,
		"President of South Korea":             LevelLeader,
		"Chancellor Scholz":                    LevelLeader,
		"the foreign ministers of South Korea": LevelMinister,
		"Defence Minister Lee":                 LevelMinister,
		"Deputy Prime Minister Freeland":       LevelMinister,
		"Vice President Harris":                "",
		"vice-president Harris":                "",
		"former President Moon":                "",
		"the opposition leader":                "",
		"presidential office":                  "",
		"senior diplomats":                     "",
		"":                                     "",
	} {
		if got := ActorLevel(phrase); got != want {
			t.Errorf("ActorLevel(%q) = %q; want %q", phrase, got, want)
		}
	}
}

func TestGapBetween(t *testing.T) {
	to := time.Date(2022, 9, 21, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		from, prec string
		want       Gap
		ok         bool
	}{
		{"2019-12", PrecisionMonth, Gap{Years: 2, Months: 9, Text: "2 years 9 months"}, true},
		{"2022-09-19", PrecisionDay, Gap{Days: 2, Text: "2 days"}, true},
		{"2021-08-22", PrecisionPublication, Gap{Years: 1, Days: 30, Text: "1 year 30 days"}, true},
		{"2022-08-21", PrecisionDay, Gap{Months: 1, Text: "1 month"}, true},
		{"2022-09", PrecisionMonth, Gap{Text: "less than a month"}, true},
		{"2019", PrecisionYear, Gap{Years: 3, Text: "3 years"}, true},
		{"2022-09-21", PrecisionDay, Gap{}, false},
		{"P3Y", "", Gap{}, false},
	}
	for _, tt := range tests {
		got, ok := GapBetween(tt.from, tt.prec, to)
		if ok != tt.ok || got != tt.want {
			t.Errorf("GapBetween(%q, %q) = %+v, %v; want %+v, %v", tt.from, tt.prec, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEventLevel(t *testing.T) {
	text := "The foreign ministers of France met Germany's Chancellor Scholz."
	r := &Record{Sentences: []Span{{Start: 0, End: len(text)}},
		Entities: []Entity{
			{ID: "f", Type: GPE, Mentions: []Mention{{Start: 0, End: 31, Sentence: 0}}},
			{ID: "s", Type: Person, KB: "person:scholz", Role: "Chancellor of Germany", Mentions: []Mention{{Start: 36, End: 63, Sentence: 0}}},
			{ID: "g", Type: GPE, Mentions: []Mention{{Start: 36, End: 43, Sentence: 0}}},
			{ID: "bad", Type: GPE, Mentions: []Mention{{Start: 50, End: 500, Sentence: 0}}},
		}}
	for _, tt := range []struct {
		src, tgt, want string
	}{
		{"f", "g", LevelMinister}, {"s", "", LevelLeader}, {"f", "s", ""}, {"g", "bad", ""}, {"", "", ""},
	} {
		e := &Event{SourceEntity: tt.src, TargetEntity: tt.tgt, Trigger: Trigger{Start: 32, End: 35}}
		if got := EventLevel(text, r, e); got != tt.want {
			t.Errorf("EventLevel(%s, %s) = %q; want %q", tt.src, tt.tgt, got, tt.want)
		}
	}
	if got := EventLevel(text, nil, &Event{}); got != "" {
		t.Errorf("EventLevel(nil record) = %q", got)
	}
}
