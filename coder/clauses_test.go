package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// parsingAnalyzer returns the text stage with the dependency parser.
func parsingAnalyzer(t *testing.T) *text.Analyzer {
	t.Helper()
	ta, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	pa, err := ta.WithParser()
	if err != nil {
		t.Fatal(err)
	}
	return pa
}

// TestRecallInItsClause: "the first ... since YEAR" recalls an earlier
// occurrence of the event of its own clause only, not of another clause
// of the sentence. Our own sentences.
func TestRecallInItsClause(t *testing.T) {
	pa := parsingAnalyzer(t)
	tests := []struct {
		text     string
		mentions []string
		year     string
		then     int // historical events wanted
	}{
		// the appositive hangs off the meeting's clause, or its clause off "the first"
		{"Peru and Chile met on Monday, their first meeting since 2019.", []string{"Peru=PER", "Chile=CHL"}, "2019", 2},
		{"It is the first since 2019 that the leaders of Peru and Chile met.", []string{"Peru=PERGOV", "Chile=CHLGOV"}, "2019", 2},
		// "first" belongs to another clause, with a subject of its own
		{"Peru and Chile restored diplomatic relations on Monday, and the Chilean flag was raised in Lima for the first time since 1961.",
			[]string{"Peru=PER", "Chile=CHL"}, "1961", 0},
		// or to an infinitive clause of a noun
		{"Peru signed agreements to establish diplomatic relations with Chile on Tuesday, the first such deals between Peru and a neighbour since Bolivia in 1994.",
			[]string{"Peru=PER", "Chile=CHL"}, "1994", 0},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, tt.mentions...)
		if err := pa.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, tok := range d.Sentences[0].Tokens {
			switch tok.Text {
			case tt.year:
				d.Times = append(d.Times, dyad.TimeExpr{Text: tok.Text, Start: tok.Start, End: tok.End, Value: tt.year, Precision: "year", Kind: "date"})
			case "Monday", "Tuesday":
				d.Times = append(d.Times, dyad.TimeExpr{Text: tok.Text, Start: tok.Start, End: tok.End, Value: "2022-09-20", Precision: "day", Kind: "date"})
			}
		}
		code(t, d)
		then := 0
		for _, e := range d.Events {
			if e.Modality == dyad.Historical {
				then++
			}
		}
		if then != tt.then {
			t.Errorf("%s: %d historical events, want %d (%v)", tt.text, then, tt.then, code(t, d))
		}
	}
}

// TestDateOfItsEvent: a date that modifies another noun or sits in a
// relative clause does not date the event. Our own sentences.
func TestDateOfItsEvent(t *testing.T) {
	pa := parsingAnalyzer(t)
	tests := []struct {
		text     string
		mentions []string
		times    map[string]string // text -> value
		want     string            // the events' date
	}{
		{"Peru withdrew from the 2015 fisheries agreement with Chile on Monday.", []string{"Peru=PER", "Chile=CHL"},
			map[string]string{"2015": "2015", "Monday": "2022-09-19"}, "2022-09-19"},
		{"The president of Peru, who took office in March 2018, met the president of Chile on Monday.", []string{"Peru=PERGOV", "Chile=CHLGOV"},
			map[string]string{"March 2018": "2018-03", "Monday": "2022-09-19"}, "2022-09-19"},
		{"The president of Peru met the president of Chile, who took office in March 2018.", []string{"Peru=PERGOV", "Chile=CHLGOV"},
			map[string]string{"March 2018": "2018-03"}, "2022-09-21"},
		// a date of the event's own clause still dates it
		{"Peru and Chile signed a fisheries agreement in March 2018.", []string{"Peru=PER", "Chile=CHL"},
			map[string]string{"March 2018": "2018-03"}, "2018-03"},
	}
	for _, tt := range tests {
		d := doc(t, tt.text, tt.mentions...)
		if err := pa.Process(d); err != nil {
			t.Fatal(err)
		}
		for txt, v := range tt.times {
			at := strings.Index(tt.text, txt)
			prec := "day"
			switch len(v) {
			case 4:
				prec = "year"
			case 7:
				prec = "month"
			}
			d.Times = append(d.Times, dyad.TimeExpr{Text: txt, Start: at, End: at + len(txt), Value: v, Precision: prec, Kind: "date"})
		}
		got := code(t, d)
		if len(got) == 0 {
			t.Errorf("%s: no events", tt.text)
		}
		for _, e := range d.Events {
			if e.Date != tt.want {
				t.Errorf("%s: %s>%s %s dated %s, want %s", tt.text, e.Source, e.Target, e.CAMEO, e.Date, tt.want)
			}
		}
	}
}
