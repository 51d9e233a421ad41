package actors

import (
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestPlaceInOrgName checks that a body's proper name takes the country of
// a place inside it (a town or first-level division from the places
// gazetteer), and that words of organisations' names that are also small
// towns ("Alliance", "Union", "Interior") give none.
func TestPlaceInOrgName(t *testing.T) {
	kb, ta := kbAndText(t)
	r := NewResolver(kb)
	for _, tc := range []struct {
		text     string
		want     []string
		not      []string
		notCodes []string
	}{
		{text: "The Queensland Teachers Association said it would strike.", want: []string{"The Queensland Teachers Association=AUSEDU"}},
		{text: "Lagos State University closed.", want: []string{"Lagos State University=NGAEDU"}},
		{text: "The Texas Medical Association warned.", want: []string{"The Texas Medical Association=USAHLH"}},
		{text: "The Aboriginal Medical Services Alliance Northern Territory said so.", want: []string{"The Aboriginal Medical Services Alliance Northern Territory=AUSHLH"}},
		{text: "The Interior Ministry said so.", notCodes: []string{"USA"}},
		{text: "Globex Holdings LLC said so.", want: []string{"Globex Holdings LLC=---BUS"}},
		{text: "The Rochester Institute of Technology said so.", want: []string{"The Rochester Institute=USAEDU"}},
		{text: "Lagos State Governor Babajide Sanwo-Olu said so.", want: []string{"Lagos State Governor Babajide Sanwo-Olu=NGAGOV"}},
		{text: "The Mumbai Police Commissioner resigned.", want: []string{"The Mumbai Police Commissioner=INDCOP"}},
		{text: "Foreign Minister Hamilton Wright said so.", notCodes: []string{"USA", "NZL", "CAN", "BMU"}},
		{text: "The Alliance Party won.", notCodes: []string{"USA"}},
	} {
		d := &dyad.Doc{Article: &dyad.Article{ID: "t", Text: tc.text}}
		if err := ta.Process(d); err != nil {
			t.Fatal(err)
		}
		if err := r.Process(d); err != nil {
			t.Fatal(err)
		}
		got := mentions(d)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %s; got %q", tc.text, w, got)
			}
		}
		for _, e := range d.Entities {
			if slices.Contains(tc.notCodes, dyad.ActorCountry(e.Actor)) {
				t.Errorf("%q: %s got the country of a town in its name; got %q", tc.text, e.Text, got)
			}
		}
	}
}

// TestGeneralGazetteer checks a few rows of the general gazetteer of
// universities, companies, outlets and sports bodies, and that names left
// out on purpose (a river, a president) stay out.
func TestGeneralGazetteer(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"Harvard": "USAEDU", "Amherst College": "USAEDU", "LinkedIn": "USABUS", "Tsinghua University": "CHNEDU",
		"Huawei": "CHNBUS", "Le Monde": "FRAMED", "FIFA": "NGO", "Gazprom": "RUSBUS",
		"Rapid Support Forces": "SDNREB", "Tehrik-i-Taliban Pakistan": "PAKREB", "Arakan Army": "MMRREB",
		"Likud": "ISRPTY", "United Russia": "RUSPTY", "ZANU-PF": "ZWEPTY",
		"Save the Children": "NGOHLH", "Greenpeace": "NGOENV",
	} {
		ms := kb.Lookup(name)
		if len(ms) == 0 || ms[0].Entry.Kind != KindOrg || ms[0].Entry.Code != want {
			t.Errorf("Lookup(%q) = %v, want an organisation coded %s", name, ms, want)
		}
	}
	for _, name := range []string{"Amazon", "Ford", "Shell", "KIA", "PDF"} {
		for _, m := range kb.Lookup(name) {
			if m.Entry.Kind == KindOrg {
				t.Errorf("Lookup(%q) found the organisation %s", name, m.Entry.ID)
			}
		}
	}
}
