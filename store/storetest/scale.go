package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// scaleCountries are the countries of generated events, most active
// first: a country's share of events falls with its rank (Zipf), so the
// first dyads are the busiest, as in news.
var scaleCountries = []string{"USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "JPN",
	"KOR", "PRK", "IND", "PAK", "TUR", "SYR", "SAU", "EGY", "BRA", "MEX",
	"CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "KEN", "ETH", "SDN",
	"AFG", "IRQ", "LBN", "VNM", "PHL", "IDN", "THA", "MMR", "VEN", "COL"}

var (
	scaleRoles = []string{"", "GOV", "GOV", "MIL", "BUS", "MED"}
	scaleRoots = []string{"01", "02", "03", "04", "04", "05", "05", "06", "07", "08", "09", "10",
		"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
	scalePlover = map[string]string{"03": "AGREE", "04": "CONSULT", "05": "COOPERATE", "11": "ACCUSE",
		"13": "THREATEN", "14": "PROTEST", "18": "ASSAULT", "19": "FIGHT"}
	scaleModalities = []string{dyad.Asserted, dyad.Asserted, dyad.Asserted, dyad.Reported, dyad.Intended, dyad.Historical}
)

// ScaleArticle returns the i-th generated article (distinct text, so
// distinct content) with perArticle generated events, dated between 2000
// and 2024. The same i always gives the same article.
func ScaleArticle(i, perArticle int) (*dyad.Article, *dyad.Record) {
	rng := rand.New(rand.NewPCG(uint64(i), 0x64796164))
	zipf := rand.NewZipf(rand.New(rand.NewPCG(uint64(i), 1)), 1.2, 2, uint64(len(scaleCountries)-1))
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	pub := start.AddDate(0, 0, rng.IntN(25*365))
	id := fmt.Sprintf("scale-%07d", i)
	r := &dyad.Record{ID: id, Published: pub.Format(dyad.DateLayout)}
	for range perArticle {
		a := int(zipf.Uint64())
		b := int(zipf.Uint64())
		for b == a {
			b = rng.IntN(len(scaleCountries))
		}
		root := scaleRoots[rng.IntN(len(scaleRoots))]
		day := pub.AddDate(0, 0, -rng.IntN(30))
		date, prec := day.Format(dyad.DateLayout), dyad.PrecisionDay
		if rng.IntN(20) == 0 {
			date, prec = day.Format("2006-01"), dyad.PrecisionMonth
		}
		r.Events = append(r.Events, dyad.Event{
			Source: scaleCountries[a] + scaleRoles[rng.IntN(len(scaleRoles))],
			Target: scaleCountries[b] + scaleRoles[rng.IntN(len(scaleRoles))],
			CAMEO:  root + fmt.Sprint(rng.IntN(5)), Root: root, Goldstein: float64(rng.IntN(201)-100) / 10,
			PLOVER: scalePlover[root], Date: date, DatePrecision: prec, Sentences: []int{rng.IntN(20)},
			Trigger:  dyad.Trigger{Start: 0, End: 4, Text: "word"},
			Modality: scaleModalities[rng.IntN(len(scaleModalities))], Confidence: 0.8,
		})
	}
	return &dyad.Article{ID: id, Text: "Generated article " + id, Published: pub}, r
}

// Fill stores generated articles until s holds at least n events (100 per
// article; articles already stored are skipped by content), logging
// progress.
func Fill(t testing.TB, s dyad.Store, n int) {
	t.Helper()
	ctx := context.Background()
	const per = 100
	start := time.Now()
	for i := 0; i*per < n; i++ {
		a, r := ScaleArticle(i, per)
		if _, err := s.SaveArticle(ctx, a, r); err != nil {
			t.Fatal(err)
		}
		if (i+1)%1000 == 0 {
			t.Logf("%d events stored (%.0f events/s)", (i+1)*per, float64((i+1)*per)/time.Since(start).Seconds())
		}
	}
}

// Percentiles times q reps times and returns its median and 95th
// percentile.
func Percentiles(reps int, q func(i int) error) (p50, p95 time.Duration, err error) {
	ds := make([]time.Duration, 0, reps)
	for i := range reps {
		t0 := time.Now()
		if err := q(i); err != nil {
			return 0, 0, err
		}
		ds = append(ds, time.Since(t0))
	}
	slices.Sort(ds)
	return ds[len(ds)/2], ds[len(ds)*95/100], nil
}

// Scale fills s to n generated events and logs the median and p95 of
// month, week and day timelines and a "last meeting" (root 04) query for the busiest
// dyad (USA-CHN) and for dyads drawn among the generated countries.
func Scale(t *testing.T, s dyad.Store, n int) {
	Fill(t, s, n)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 7))
	dyadAt := func(i int) (string, string) {
		a := rng.IntN(12)
		b := (a + 1 + rng.IntN(11)) % 12
		return scaleCountries[a], scaleCountries[b]
	}
	before := func() time.Time {
		return time.Date(2001+rng.IntN(24), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
	}
	queries := []struct {
		name string
		q    func(i int) error
	}{
		{"timeline month USA-CHN", func(int) error {
			_, err := s.Timeline(ctx, dyad.EventFilter{A: "USA", B: "CHN"}, "month")
			return err
		}},
		{"timeline month, top-12 dyads", func(i int) error {
			a, b := dyadAt(i)
			_, err := s.Timeline(ctx, dyad.EventFilter{A: a, B: b}, "month")
			return err
		}},
		{"timeline week, top-12 dyads", func(i int) error {
			a, b := dyadAt(i)
			_, err := s.Timeline(ctx, dyad.EventFilter{A: a, B: b}, "week")
			return err
		}},
		{"timeline day (from the events), top-12 dyads", func(i int) error {
			a, b := dyadAt(i)
			_, err := s.Timeline(ctx, dyad.EventFilter{A: a, B: b}, "day")
			return err
		}},
		{"timeline month of governments (XXXGOV), top-12 dyads", func(i int) error {
			a, b := dyadAt(i)
			_, err := s.Timeline(ctx, dyad.EventFilter{A: a + "GOV", B: b + "GOV"}, "month")
			return err
		}},
		{"last meeting USA-CHN", func(int) error {
			_, err := s.Last(ctx, dyad.EventFilter{A: "USA", B: "CHN", Root: "04"}, before())
			return ignoreNotFound(err)
		}},
		{"last meeting, top-12 dyads", func(i int) error {
			a, b := dyadAt(i)
			_, err := s.Last(ctx, dyad.EventFilter{A: a, B: b, Root: "04"}, before())
			return ignoreNotFound(err)
		}},
		{"last leaders' meeting (novelty filter), top-12 dyads", func(i int) error {
			a, b := dyadAt(i)
			_, err := s.Last(ctx, dyad.EventFilter{A: a + "GOV", B: b + "GOV", Root: "04", Occurred: true}, before())
			return ignoreNotFound(err)
		}},
	}
	for _, q := range queries {
		q.q(0) // warm the cache
		p50, p95, err := Percentiles(200, q.q)
		if err != nil {
			t.Fatalf("%s: %v", q.name, err)
		}
		t.Logf("%-55s p50 %8.2f ms  p95 %8.2f ms", q.name, ms(p50), ms(p95))
	}
	evs, err := s.TopDyads(ctx, dyad.DyadQuery{Countries: true, Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("busiest dyads: %+v", evs)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func ignoreNotFound(err error) error {
	if dyad.ErrorCode(err) == dyad.ENotFound {
		return nil
	}
	return err
}
