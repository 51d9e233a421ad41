package actors

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Position maps a Wikidata position item (the value of P39 "position
// held") to the actor code and office of its holders.
type Position struct {
	QID    string // "Q11696"
	Code   string // "USAGOV"
	Office string // "President of the United States"
	Kinds  []string
}

// Positions is the bundled table of Wikidata positions ImportWikidata
// understands. It is deliberately small: only items whose ids we are sure
// of. Users extend it with their own table (ReadPositions).
var Positions = []Position{
	{"Q11696", "USAGOV", "President of the United States", []string{HeadOfState, HeadOfGovernment}},
	{"Q14213", "USAGOV", "United States Secretary of State", []string{ForeignMinister}},
	{"Q14211", "GBRGOV", "Prime Minister of the United Kingdom", []string{HeadOfGovernment}},
	{"Q191954", "FRAGOV", "President of France", []string{HeadOfState}},
	{"Q218295", "RUSGOV", "President of Russia", []string{HeadOfState}},
	{"Q4970706", "DEUGOV", "Chancellor of Germany", []string{HeadOfGovernment}},
	{"Q274948", "JPNGOV", "Prime Minister of Japan", []string{HeadOfGovernment}},
}

// ReadPositions reads a position table: tab-separated lines "QID CODE
// OFFICE [KINDS]" (KINDS joined by '+'), '#' comments and blank lines
// skipped.
func ReadPositions(r io.Reader, name string) ([]Position, error) {
	var out []Position
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 3 || len(f) > 4 {
			return nil, fmt.Errorf("actors: %s:%d: want QID, CODE, OFFICE [, KINDS] separated by tabs", name, line)
		}
		p := Position{QID: f[0], Code: f[1], Office: f[2]}
		if !isQID(p.QID) || !validCode(p.Code) || p.Office == "" {
			return nil, fmt.Errorf("actors: %s:%d: bad position %q", name, line, t)
		}
		if len(f) == 4 && f[3] != "" {
			for _, k := range strings.Split(f[3], "+") {
				if !ValidOfficeKind(k) {
					return nil, fmt.Errorf("actors: %s:%d: bad office kind %q", name, line, k)
				}
				p.Kinds = append(p.Kinds, k)
			}
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actors: %s: %w", name, err)
	}
	return out, nil
}

// PersonRow is a row of people.tsv, as the importers write it.
type PersonRow struct {
	ID, Country, Surname, Source, Wikidata, Wikipedia string
	Names                                             []string
	Terms                                             []Term
}

// PeopleHeader is the header line of the people files the importers write.
const PeopleHeader = "id\tnames\tcountry\tterms\tsurname\tsource\twikidata\twikipedia"

// String formats the row as a people.tsv line (without newline).
func (p PersonRow) String() string {
	var terms []string
	for _, t := range p.Terms {
		end := ""
		if !t.End.IsZero() {
			end = t.End.Format(dateLayout)
		}
		s := t.Code + ":" + cleanField(t.Office) + ":" + t.Start.Format(dateLayout) + ":" + end
		if len(t.kinds) > 0 {
			s += ":" + strings.Join(t.kinds, "+")
		}
		terms = append(terms, s)
	}
	names := make([]string, 0, len(p.Names))
	for _, n := range p.Names {
		names = append(names, cleanField(n))
	}
	return strings.Join([]string{p.ID, strings.Join(names, "|"), p.Country, strings.Join(terms, "|"), p.Surname, cleanField(p.Source), p.Wikidata, cleanField(p.Wikipedia)}, "\t")
}

// cleanField removes what would break a TSV field or a term: tabs,
// newlines, '|' and ':'.
func cleanField(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\t", " ", "|", " ", ":", " ", "\r", " ", "\n", " ").Replace(s)), " ")
}

// wdEntity is the part of a Wikidata entity the importer reads.
type wdEntity struct {
	ID     string `json:"id"`
	Labels map[string]struct {
		Value string `json:"value"`
	} `json:"labels"`
	Aliases map[string][]struct {
		Value string `json:"value"`
	} `json:"aliases"`
	Sitelinks map[string]struct {
		Title string `json:"title"`
	} `json:"sitelinks"`
	Claims map[string][]wdStatement `json:"claims"`
}

type wdStatement struct {
	Mainsnak   wdSnak              `json:"mainsnak"`
	Qualifiers map[string][]wdSnak `json:"qualifiers"`
	Rank       string              `json:"rank"`
}

type wdSnak struct {
	Datavalue struct {
		Value json.RawMessage `json:"value"`
	} `json:"datavalue"`
}

func (s wdSnak) itemID() string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(s.Datavalue.Value, &v) != nil {
		return ""
	}
	return v.ID
}

// date reads a Wikidata time value ("+2012-05-07T00:00:00Z"); month and
// day 00 (year or month precision) become 01.
func (s wdSnak) date() (time.Time, bool) {
	var v struct {
		Time string `json:"time"`
	}
	if json.Unmarshal(s.Datavalue.Value, &v) != nil || len(v.Time) < 11 {
		return time.Time{}, false
	}
	t := strings.TrimPrefix(v.Time, "+")
	if len(t) < 10 {
		return time.Time{}, false
	}
	d := []byte(t[:10])
	if string(d[5:7]) == "00" {
		d[5], d[6] = '0', '1'
	}
	if string(d[8:10]) == "00" {
		d[8], d[9] = '0', '1'
	}
	tm, err := time.Parse(dateLayout, string(d))
	return tm, err == nil
}

// WikidataReport counts what ImportWikidata did.
type WikidataReport struct {
	Entities, People, Terms, NoCountry, NoTerms int
}

// ImportWikidata reads Wikidata entities (a JSON dump: one array of
// entities, one entity per line with or without trailing commas, or JSON
// Lines) and returns a people row for each entity that held a position of
// positions (P39 with start P580 and end P582 qualifiers; statements
// without a start or with deprecated rank are skipped). The country is the
// first P27 (citizenship) that is a country of kb by Wikidata id, else the
// country of the position's code. The row id is that of the kb entry with
// the same Wikidata id, so that a user file overrides it, else a slug of
// the English label. Names are the English label and aliases; the
// Wikipedia title is the enwiki sitelink.
func ImportWikidata(r io.Reader, kb *KB, positions []Position) ([]PersonRow, WikidataReport, error) {
	var rep WikidataReport
	pos := map[string]Position{}
	for _, p := range positions {
		pos[p.QID] = p
	}
	byQ := map[string]*Entry{}
	for _, e := range kb.entries {
		if e.Wikidata != "" {
			byQ[e.Wikidata] = e
		}
	}
	var out []PersonRow
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		b = bytes.TrimSuffix(b, []byte(","))
		if len(b) == 0 || string(b) == "[" || string(b) == "]" {
			continue
		}
		if b[0] == '[' && b[len(b)-1] == ']' {
			// the whole dump on one line
			var es []wdEntity
			if err := json.Unmarshal(b, &es); err != nil {
				return nil, rep, fmt.Errorf("actors: wikidata line %d: %w", line, err)
			}
			for _, e := range es {
				if row, ok := wdPerson(e, kb, byQ, pos, &rep); ok && !seen[row.ID] {
					seen[row.ID] = true
					out = append(out, row)
				}
			}
			continue
		}
		var e wdEntity
		if err := json.Unmarshal(b, &e); err != nil {
			return nil, rep, fmt.Errorf("actors: wikidata line %d: %w", line, err)
		}
		if row, ok := wdPerson(e, kb, byQ, pos, &rep); ok && !seen[row.ID] {
			seen[row.ID] = true
			out = append(out, row)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, rep, fmt.Errorf("actors: wikidata: %w", err)
	}
	return out, rep, nil
}

func wdPerson(e wdEntity, kb *KB, byQ map[string]*Entry, pos map[string]Position, rep *WikidataReport) (PersonRow, bool) {
	rep.Entities++
	label := e.Labels["en"].Value
	if !isQID(e.ID) || label == "" {
		return PersonRow{}, false
	}
	var terms []Term
	for _, st := range e.Claims["P39"] {
		if st.Rank == "deprecated" {
			continue
		}
		p, ok := pos[st.Mainsnak.itemID()]
		if !ok {
			continue
		}
		var start, end time.Time
		for _, q := range st.Qualifiers["P580"] {
			start, ok = q.date()
			break
		}
		if start.IsZero() || !ok {
			continue
		}
		for _, q := range st.Qualifiers["P582"] {
			end, _ = q.date()
			break
		}
		if !end.IsZero() && end.Before(start) {
			continue
		}
		terms = append(terms, Term{Code: p.Code, Office: p.Office, Start: start, End: end, kinds: p.Kinds})
	}
	if len(terms) == 0 {
		rep.NoTerms++
		return PersonRow{}, false
	}
	slices.SortStableFunc(terms, func(a, b Term) int { return a.Start.Compare(b.Start) })
	country := ""
	for _, st := range e.Claims["P27"] {
		if c, ok := byQ[st.Mainsnak.itemID()]; ok && c.Kind == KindCountry {
			country = c.Country
			break
		}
	}
	if country == "" {
		if c := terms[0].Code[:3]; kb.countries[c] != nil {
			country = c
		}
	}
	if country == "" {
		rep.NoCountry++
		return PersonRow{}, false
	}
	id := slug(label)
	if prev, ok := byQ[e.ID]; ok && prev.Kind == KindPerson {
		id = strings.TrimPrefix(prev.ID, "person:")
	}
	if id == "" {
		id = strings.ToLower(e.ID)
	}
	names := []string{label}
	for _, a := range e.Aliases["en"] {
		if a.Value != "" && !slices.Contains(names, a.Value) {
			names = append(names, a.Value)
		}
	}
	rep.People++
	rep.Terms += len(terms)
	return PersonRow{
		ID: id, Names: names, Country: country, Terms: terms,
		Source: "Wikidata " + e.ID + " (P39 position held, P27 citizenship)", Wikidata: e.ID,
		Wikipedia: e.Sitelinks["enwiki"].Title,
	}, true
}

// slug makes a row id of a name: lower-case ASCII letters and digits
// joined by '-' ("Jean-Yves Le Drian" -> "jean-yves-le-drian").
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range normFold(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
		case unicode.IsSpace(c) || unicode.IsPunct(c) || c == '-':
			dash = true
		}
	}
	return b.String()
}
