package actors

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestHolders(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ code, kind, date, want string }{
		{"JPNGOV", "HOG", "2022-09-21", "person:fumio-kishida"},
		{"USAGOV", "HOG", "2022-09-21", "person:joe-biden"},
		{"USAGOV", "FM", "2022-09-21", "person:antony-blinken"},
		{"FRAGOV", "DM", "2015-05-10", "person:jean-yves-le-drian"},
		{"RUSSPY", "", "1999-01-01", "person:vladimir-putin"},
	} {
		hs := kb.Holders(tc.code, tc.kind, day(tc.date))
		var ids []string
		for _, h := range hs {
			ids = append(ids, h.Entry.ID)
		}
		if !slices.Contains(ids, tc.want) {
			t.Errorf("Holders(%s, %s, %s) = %v, want %s among them", tc.code, tc.kind, tc.date, ids, tc.want)
		}
	}
}

func TestOrgTerms(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	e, ok := kb.Entry("org:taliban")
	if !ok {
		t.Fatal("no org:taliban")
	}
	for date, want := range map[string]string{"1995-01-01": "AFGREBTAL", "1999-01-01": "AFGGOVTAL", "2010-01-01": "AFGREBTAL", "2022-05-01": "AFGGOVTAL"} {
		if got, _ := e.CodeAt(day(date)); got != want {
			t.Errorf("Taliban at %s = %s, want %s", date, got, want)
		}
	}
}

func TestCodeParts(t *testing.T) {
	for code, want := range map[string]string{
		"KORGOV": "KOR GOV", "IGOUNOHLHWHO": "UNO HLH", "IGOEUREEC": "EUR ", "IGOEUREECLEG": "EUR LEG",
		"IGOCST": "IGO ", "---REB": " REB", "USA": "USA ", "": " ", "KORLEGOPP": "KOR LEG",
		"IGOUNODEVWBK": "IGO DEV", "IGOBUSIMF": "IGO BUS", "IGOUNOJUDICJ": "UNO JUD",
	} {
		c, s := CodeParts(code)
		if got := c + " " + s; got != want {
			t.Errorf("CodeParts(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestLoadWithOverrides(t *testing.T) {
	user := fstest.MapFS{
		"people-extra.tsv": {Data: []byte("id\tnames\tcountry\tterms\tsurname\tsource\n" +
			"fumio-kishida\tFumio Kishida\tJPN\tJPNGOV:Test Office:2000-01-01:\tKishida\ttest\n" +
			"new-person\tNew Testperson\tFRA\tFRAGOV:President of France:2040-01-01:\t\ttest\n")},
		"roles.tsv": {Data: []byte("phrase\tsector\tkind\nminister\tMIL\ttitle\nzookeepers\tCVL\tnoun\n")},
	}
	kb, err := LoadWithOverrides(Bundled(), user)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := kb.Entry("person:fumio-kishida")
	if len(e.Terms) != 1 || e.Terms[0].Office != "Test Office" {
		t.Errorf("user row did not override: %+v", e.Terms)
	}
	if ms := kb.Lookup("Fumio Kishida"); len(ms) != 1 {
		t.Errorf("Lookup after override: %d matches, want 1", len(ms))
	}
	if ms := kb.Lookup("New Testperson"); len(ms) != 1 {
		t.Errorf("user person not added")
	}
	if r, _ := kb.Role("minister"); r.Sector != "MIL" {
		t.Errorf("role override: %+v", r)
	}
	if _, ok := kb.Role("zookeepers"); !ok {
		t.Errorf("user role not added")
	}
	base, _ := Default()
	if e, _ := base.Entry("person:fumio-kishida"); len(e.Terms) < 2 {
		t.Errorf("the default KB changed")
	}
	// Duplicates among the user's own rows are errors.
	dup := fstest.MapFS{"people.tsv": {Data: []byte("id\tnames\tcountry\tterms\tsurname\tsource\n" +
		"x-y\tX Y\tFRA\t\t\ttest\nx-y\tX Y\tFRA\t\t\ttest\n")}}
	if _, err := LoadWithOverrides(Bundled(), dup); err == nil || !strings.Contains(err.Error(), "people.tsv:3") {
		t.Errorf("duplicate user rows: err %v", err)
	}
}

func TestPetrarchCodes(t *testing.T) {
	for in, want := range map[string]string{
		"[USAGOV]":                     "USAGOV  ",
		"[hob < 950601]":               "HOB  1995-05-31",
		"[HOBGOV 19950601 - 19990815]": "HOBGOV 1995-06-01 1999-08-15",
		"[HOBREB > 990816]":            "HOBREB 1999-08-16 ",
		"[X 20200101 - 19990101]":      "bad",
		"[X 2020]":                     "bad",
	} {
		c, ok := parsePCode(in)
		got := "bad"
		if ok {
			f := func(t time.Time) string {
				if t.IsZero() {
					return ""
				}
				return t.Format(dateLayout)
			}
			got = c.code + " " + f(c.start) + " " + f(c.end)
		}
		if got != want {
			t.Errorf("parsePCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestImportPetrarch(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	src := "X [---]\n<!-- a\ncomment -->\nISRAEL [ISR]\n+ISRAELI\nGOLLUM\n+SMEAGOL\n\t[GBR < 950601]\n\t[GBRREB > 990816]\nFRODO [HOB]\nSAMWISE_GAMGEE [GBRCVL] # gardener\n"
	var rep PetrarchReport
	rows, err := ImportPetrarchActors(strings.NewReader(src), "a.txt", kb, &rep)
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(rows, "\n")
	for _, want := range []string{
		"petrarch-israel\tIsrael|Israeli\tISR\t\t",
		"petrarch-gollum\tGollum|Smeagol\tGBR\tGBR:PETRARCH dated code:1900-01-01:1995-05-31|GBRREB:PETRARCH dated code:1999-08-16:\t",
		"petrarch-samwise-gamgee\tSamwise Gamgee\tGBRCVL\t",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("rows lack %q:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "Frodo") || len(rep.Skipped) == 0 {
		t.Errorf("HOB is no country: Frodo should be skipped; skipped %v", rep.Skipped)
	}
	agents := "FOREIGN_MINISTER [~GOV]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~CVL]\nHUMAN_RIGHTS_BODY [NGO~]\n!MINST!_OF_WALKS [~GOV]\nTAXMEN {} [~GOVBUS]\n"
	roles, err := ImportPetrarchAgents(strings.NewReader(agents), "b.txt", kb, &rep)
	if err != nil {
		t.Fatal(err)
	}
	var phrases []string
	for _, r := range roles {
		phrases = append(phrases, r[:strings.IndexByte(r, '\t')])
	}
	want := []string{"golden goose", "golden geese", "human rights body", "human rights bodys", "taxmen"}
	if !slices.Equal(phrases, want) {
		t.Errorf("agent phrases = %q, want %q", phrases, want)
	}
	// The rows load.
	user := fstest.MapFS{
		"orgs-p.tsv":  {Data: []byte(OrgRowsHeader + "\n" + joined + "\n")},
		"roles-p.tsv": {Data: []byte(RolesHeader + "\n" + strings.Join(roles, "\n") + "\n")},
	}
	ukb, err := LoadWithOverrides(Bundled(), user)
	if err != nil {
		t.Fatal(err)
	}
	ms := ukb.Lookup("Smeagol")
	if len(ms) == 0 {
		t.Fatal("Smeagol not found")
	}
	if c, _ := ms[0].Entry.CodeAt(day("2000-01-01")); c != "GBRREB" {
		t.Errorf("Smeagol in 2000 = %s, want GBRREB", c)
	}
}

func TestImportWikidata(t *testing.T) {
	f, err := os.Open("testdata/wikidata.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rows, rep, err := ImportWikidata(f, kb, Positions)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Entities != 3 || rep.People != 2 || rep.NoTerms != 1 {
		t.Errorf("report %+v", rep)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.String())
	}
	want := []string{
		"barack-obama\tBarack Obama|Barack Hussein Obama II|Obama\tUSA\tUSAGOV:President of the United States:2009-01-20:2017-01-20:HOS+HOG\t\tWikidata Q76 (P39 position held, P27 citizenship)\tQ76\tBarack Obama",
		"alma-testperson\tAlma Testperson\tUSA\tUSAGOV:United States Secretary of State:2029-03-01:2030-06-30:FM|GBRGOV:Prime Minister of the United Kingdom:2031-01-01::HOG\t\tWikidata Q999000001 (P39 position held, P27 citizenship)\tQ999000001\t",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, _, err := ImportWikidata(strings.NewReader("{not json"), kb, Positions); err == nil {
		t.Error("bad JSON: no error")
	}
}

// TestLoadMorePeopleFiles checks that a KB directory's people-*.tsv files
// are read after people.tsv, and that an id given twice across them is an
// error naming the second file and line.
func TestLoadMorePeopleFiles(t *testing.T) {
	base := Bundled()
	read := func(name string) []byte {
		b, err := fs.ReadFile(base, name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	header := "id\tnames\tcountry\tterms\tsurname\tsource\n"
	dir := fstest.MapFS{
		"countries.tsv":   {Data: read("countries.tsv")},
		"roles.tsv":       {Data: read("roles.tsv")},
		"people.tsv":      {Data: []byte(header + "a-b\tAlpha Testbeta\tFRA\tFRAGOV:President of France:2001-01-01:2002-01-01\t\ttest\n")},
		"people-more.tsv": {Data: []byte(header + "c-d\tGamma Testdelta\tPER\tPERGOV:President of Peru:2001-01-01:2002-01-01\t\ttest\n")},
	}
	kb, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"person:a-b", "person:c-d"} {
		if _, ok := kb.Entry(id); !ok {
			t.Errorf("%s not loaded", id)
		}
	}
	dir["people-zz.tsv"] = &fstest.MapFile{Data: []byte(header + "a-b\tAlpha Testbeta\tFRA\t\t\ttest\n")}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "people-zz.tsv:2") {
		t.Errorf("duplicate id across people files: err %v", err)
	}
}
