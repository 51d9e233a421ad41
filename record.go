package dyad

// Record is the article record that `dyad code` prints, one JSON object per
// article. Its field names are a contract read by outside checks
// (docs/DESIGN.md in the shared design notes); add fields, never rename.
type Record struct {
	ID        string         `json:"id"`
	Published string         `json:"published"`
	Title     string         `json:"title,omitempty"`
	Outlet    string         `json:"outlet,omitempty"`
	URL       string         `json:"url,omitempty"`
	Sentences []Span         `json:"sentences"`
	Entities  []Entity       `json:"entities"`
	Times     []TimeExpr     `json:"times"`
	Places    []PlaceMention `json:"places"`
	Events    []Event        `json:"events"`
	Quotes    []Quote        `json:"quotes"`
	Warnings  []string       `json:"warnings,omitempty"`
}

// Record returns the article record of the Doc. Empty layers are empty
// arrays, never null, so readers need no special case.
func (d *Doc) Record() Record {
	r := Record{
		Sentences: make([]Span, len(d.Sentences)),
		Entities:  nonNil(d.Entities),
		Times:     nonNil(d.Times),
		Places:    nonNil(d.Places),
		Events:    nonNil(d.Events),
		Quotes:    nonNil(d.Quotes),
		Warnings:  d.Warnings,
	}
	if a := d.Article; a != nil {
		r.ID, r.Title, r.Outlet, r.URL = a.ID, a.Title, a.Outlet, a.URL
		if !a.Published.IsZero() {
			r.Published = a.Published.Format(DateLayout)
		}
	}
	for i, s := range d.Sentences {
		r.Sentences[i] = Span{Start: s.Start, End: s.End}
	}
	for i := range r.Events {
		if r.Events[i].Sentences == nil {
			r.Events[i].Sentences = []int{}
		}
	}
	for i := range r.Quotes {
		if r.Quotes[i].Via == nil {
			r.Quotes[i].Via = []string{}
		}
	}
	return r
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
