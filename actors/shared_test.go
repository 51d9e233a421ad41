package actors

import (
	"slices"
	"testing"
)

// TestSharedFormsExplicit checks that every name, adjective or demonym that
// two or more countries share has its usual country written in sharedForms,
// that Lookup puts that country first, and that no entry of sharedForms is
// stale (its country lists the form and another country does too).
func TestSharedFormsExplicit(t *testing.T) {
	kb := mustDefault(t)
	byKey := map[string][]string{}
	for _, e := range kb.Entries() {
		if e.Kind != KindCountry {
			continue
		}
		for _, list := range [][]string{e.Names, e.Adjectives, e.People} {
			for _, s := range list {
				k := normFold(s)
				if !slices.Contains(byKey[k], e.Code) {
					byKey[k] = append(byKey[k], e.Code)
				}
			}
		}
	}
	for k, codes := range byKey {
		if len(codes) < 2 {
			continue
		}
		want, ok := sharedForms[k]
		if !ok {
			t.Errorf("%q is a form of %v: give its usual country in sharedForms", k, codes)
			continue
		}
		if ms := kb.Lookup(k); len(ms) == 0 || ms[0].Entry.Code != want {
			t.Errorf("Lookup(%q) first = %v, want %s", k, describe(ms), want)
		}
	}
	for k, code := range sharedForms {
		if codes := byKey[k]; len(codes) < 2 || !slices.Contains(codes, code) {
			t.Errorf("sharedForms[%q] = %s, but the form belongs to %v", k, code, codes)
		}
	}
}

// TestSharedFormsResolve: a shared form goes to its usual country unless the
// article names only the other one; longer forms win over shorter shared
// stems. Our own sentences.
func TestSharedFormsResolve(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Dominican police arrested two smugglers on Tuesday.", []string{"Dominican police=DOMCOP"}, nil},
		{"Thousands of Dominicans marched in Santo Domingo.", []string{"Dominicans=DOMCVL"}, nil},
		{"The storm hit Dominica, and Dominican farmers lost their crops.", []string{"Dominican farmers=DMAAGR"}, nil},
		{"Congolese soldiers fought rebels near Goma.", []string{"Congolese soldiers=CODMIL"}, nil},
		{"The government in Brazzaville said Congolese soldiers had been paid.", []string{"Congolese soldiers=COGMIL"}, nil},
		// both Congos named: the usual one
		{"Congolese soldiers from Kinshasa met officials of Brazzaville.", []string{"Congolese soldiers=CODMIL"}, nil},
		{"Northern Irish police questioned two men.", []string{"Northern Irish police=GBRCOP"}, []string{"Northern Irish police=IRLCOP"}},
		{"Irish police questioned two men.", []string{"Irish police=IRLCOP"}, nil},
		{"South Sudanese troops crossed the border.", []string{"South Sudanese troops=SSDMIL"}, nil},
		{"An Equatorial Guinean minister arrived.", []string{"An Equatorial Guinean minister=GNQGOV"}, nil},
	}
	for _, tc := range tests {
		wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2023-03-01")), tc.want, tc.not)
	}
}
