package actors

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/text"
)

func mustDefault(t *testing.T) *KB {
	t.Helper()
	kb, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return kb
}

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestDefaultLoadsAndCounts(t *testing.T) {
	kb := mustDefault(t)
	counts := map[Kind]int{}
	terms := 0
	for _, e := range kb.Entries() {
		counts[e.Kind]++
		terms += len(e.Terms)
	}
	t.Logf("countries %d, IGOs %d, orgs %d, people %d, terms %d, roles %d, max words %d, max role words %d",
		counts[KindCountry], counts[KindIGO], counts[KindOrg], counts[KindPerson], terms, len(kb.Roles()), kb.MaxWords(), kb.MaxRoleWords())
	for kind, min := range map[Kind]int{KindCountry: 249, KindIGO: 40, KindOrg: 40, KindPerson: 100} {
		if counts[kind] < min {
			t.Errorf("%d %s entries, want at least %d", counts[kind], kind, min)
		}
	}
	if n := len(kb.Roles()); n < 200 {
		t.Errorf("%d roles, want at least 200", n)
	}
	if kb.MaxWords() < 5 || kb.MaxRoleWords() < 3 {
		t.Errorf("MaxWords %d, MaxRoleWords %d: too small", kb.MaxWords(), kb.MaxRoleWords())
	}
	// Second call: the same KB.
	if kb2, _ := Default(); kb2 != kb {
		t.Error("Default returned a different KB on the second call")
	}
}

func TestCountryCodes(t *testing.T) {
	kb := mustDefault(t)
	code := regexp.MustCompile(`^[A-Z]{3}$`)
	seen := map[string]bool{}
	for _, e := range kb.Entries() {
		if e.Kind != KindCountry {
			continue
		}
		if !code.MatchString(e.ID) || e.Code != e.ID || e.Country != e.ID {
			t.Errorf("country %q: code %q country %q", e.ID, e.Code, e.Country)
		}
		if seen[e.ID] {
			t.Errorf("duplicate country %s", e.ID)
		}
		seen[e.ID] = true
	}
	// A sample of ISO 3166-1 codes that must be there, and the former states.
	for _, c := range []string{"AFG", "ALA", "ATA", "BES", "CIV", "COD", "COG", "CUW", "GBR", "KOR", "PRK",
		"PSE", "SSD", "SXM", "TLS", "TWN", "UMI", "USA", "VAT", "ZWE", "XKX", "SUN", "YUG", "CSK", "DDR", "SCG"} {
		if _, ok := kb.Country(c); !ok {
			t.Errorf("Country(%q) missing", c)
		}
	}
	if _, ok := kb.Country("XYZ"); ok {
		t.Error("Country(XYZ) found")
	}
}

func TestCodesAreWellFormed(t *testing.T) {
	kb := mustDefault(t)
	for _, e := range kb.Entries() {
		if !validCode(e.Code) {
			t.Errorf("%s: bad code %q", e.ID, e.Code)
		}
		if e.Kind == KindIGO && !strings.HasPrefix(e.Code, "IGO") {
			t.Errorf("%s: IGO code %q", e.ID, e.Code)
		}
		if e.Source == "" {
			t.Errorf("%s: no source", e.ID)
		}
		for _, tm := range e.Terms {
			if !validCode(tm.Code) || tm.Office == "" {
				t.Errorf("%s: bad term %+v", e.ID, tm)
			}
		}
	}
}

// find returns the first match of surface with the given entry ID and form.
func find(ms []Match, id string, form Form) bool {
	for _, m := range ms {
		if m.Entry.ID == id && m.Form == form {
			return true
		}
	}
	return false
}

func TestLookup(t *testing.T) {
	kb := mustDefault(t)
	tests := []struct {
		surface string
		id      string
		form    Form
		code    string
	}{
		{"South Korean", "KOR", FormAdjective, "KOR"},
		{"south korean", "KOR", FormAdjective, "KOR"},
		{"South Koreans", "KOR", FormPeople, "KOR"},
		{"Seoul", "KOR", FormCapital, "KOR"},
		{"Tokyo", "JPN", FormCapital, "JPN"},
		{"Japanese", "JPN", FormAdjective, "JPN"},
		{"Japan", "JPN", FormName, "JPN"},
		{"North Korea", "PRK", FormName, "PRK"},
		{"Democratic People 's Republic of Korea", "PRK", FormName, "PRK"},
		{"Democratic People’s Republic of Korea", "PRK", FormName, "PRK"},
		{"U.S.", "USA", FormName, "USA"},
		{"US", "USA", FormName, "USA"},
		{"American", "USA", FormAdjective, "USA"},
		{"Washington", "USA", FormCapital, "USA"},
		{"The Hague", "NLD", FormCapital, "NLD"},
		{"Amsterdam", "NLD", FormCapital, "NLD"},
		{"Cote d'Ivoire", "CIV", FormName, "CIV"},
		{"Côte d’Ivoire", "CIV", FormName, "CIV"},
		{"Turkiye", "TUR", FormName, "TUR"},
		{"UN General Assembly", "igo:unga", FormName, "IGOUNO"},
		{"U.N.", "igo:un", FormName, "IGOUNO"},
		{"United Nations", "igo:un", FormName, "IGOUNO"},
		{"NATO", "igo:nato", FormName, "IGOWSTNAT"},
		{"European Union", "igo:eu", FormName, "IGOEUREEC"},
		{"Yonhap News Agency", "org:yonhap", FormName, "KORMED"},
		{"Yonhap", "org:yonhap", FormName, "KORMED"},
		{"KCNA", "org:kcna", FormName, "PRKGOVMED"},
		{"AA", "org:anadolu", FormName, "TURMED"},
		{"al-Shabaab", "org:al-shabaab", FormName, "SOMREB"},
		{"Kremlin", "org:kremlin", FormName, "RUSGOV"},
		{"Elysee", "org:elysee", FormName, "FRAGOV"},
		{"Al Shabaab", "org:al-shabaab", FormName, "SOMREB"},
		{"Yoon Suk-yeol", "person:yoon-suk-yeol", FormName, "KOR"},
		{"Yoon Suk Yeol", "person:yoon-suk-yeol", FormName, "KOR"},
		{"Yoon", "person:yoon-suk-yeol", FormSurname, "KOR"},
		{"Fumio Kishida", "person:fumio-kishida", FormName, "JPN"},
		{"Kishida", "person:fumio-kishida", FormSurname, "JPN"},
		{"Erdogan", "person:recep-tayyip-erdogan", FormSurname, "TUR"},
		{"Kim Jong Un", "person:kim-jong-un", FormName, "PRK"},
		{"Lee Jae-myung", "person:lee-jae-myung", FormName, "KOR"},
	}
	for _, tt := range tests {
		ms := kb.Lookup(tt.surface)
		if !find(ms, tt.id, tt.form) {
			t.Errorf("Lookup(%q) = %v, want %s as %s", tt.surface, describe(ms), tt.id, tt.form)
			continue
		}
		if e, _ := kb.Entry(tt.id); e.Code != tt.code {
			t.Errorf("%s: code %q, want %q", tt.id, e.Code, tt.code)
		}
	}
}

func TestLookupMisses(t *testing.T) {
	kb := mustDefault(t)
	for _, s := range []string{
		"Korean",         // either Korea: ambiguous
		"Koreans",        //
		"Lee Jae-myoung", // the spokesperson of the seed, not the president
		"us",             // acronyms are case-sensitive
		"who",
		"Who",
		"un",
		"Kim", // too common a surname
		"Lee",
		"May",
		"Moon",
		"the United States", // "the" is the caller's to strip
		"",
	} {
		if ms := kb.Lookup(s); len(ms) > 0 {
			t.Errorf("Lookup(%q) = %v, want nothing", s, describe(ms))
		}
	}
}

func TestLookupAmbiguousAndOrder(t *testing.T) {
	kb := mustDefault(t)
	ms := kb.Lookup("Congo")
	if !find(ms, "COD", FormName) || !find(ms, "COG", FormName) {
		t.Errorf("Lookup(Congo) = %v, want both Congos", describe(ms))
	}
	// Forms are ordered name < adjective < ... < surname.
	for _, s := range []string{"French", "Hong Kong", "Myanmar"} {
		ms := kb.Lookup(s)
		for i := 1; i < len(ms); i++ {
			if formRank[ms[i-1].Form] > formRank[ms[i].Form] {
				t.Errorf("Lookup(%q) not ordered by form: %v", s, describe(ms))
			}
		}
	}
	// The result is the caller's: changing it does not change the KB.
	ms = kb.Lookup("Seoul")
	ms[0].Form = FormSurname
	if kb.Lookup("Seoul")[0].Form != FormCapital {
		t.Error("Lookup result aliases the index")
	}
}

func describe(ms []Match) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(m.Entry.ID + "/" + string(m.Form) + " ")
	}
	return "[" + strings.TrimSpace(b.String()) + "]"
}

func TestRole(t *testing.T) {
	kb := mustDefault(t)
	tests := []struct {
		phrase, sector, kind string
	}{
		{"president", "GOV", RoleTitle},
		{"prime minister", "GOV", RoleTitle},
		{"Prime  Minister", "GOV", RoleTitle},
		{"foreign minister", "GOV", RoleTitle},
		{"gen.", "MIL", RoleTitle},
		{"officials", "GOV", RoleNoun},
		{"military officials", "MIL", RoleNoun},
		{"presidential office", "GOV", RoleNoun},
		{"spokesperson", "-", RoleTitle},
		{"presidential", "GOV", RoleAdjective},
		{"former", "ELI", RoleModifier},
		{"opposition", "OPP", RoleModifier},
		{"deputy", "-", RoleModifier},
		{"special representative", "GOV", RoleNoun},
		{"envoys", "GOV", RoleNoun},
		{"diplomats", "GOV", RoleNoun},
		{"leaders", "GOV", RoleNoun},
		{"police", "COP", RoleNoun},
		{"protesters", "CVL", RoleNoun},
		{"rebels", "REB", RoleNoun},
		{"journalists", "MED", RoleNoun},
	}
	for _, tt := range tests {
		r, ok := kb.Role(tt.phrase)
		if !ok || r.Sector != tt.sector || r.Kind != tt.kind {
			t.Errorf("Role(%q) = %+v, %v; want %s %s", tt.phrase, r, ok, tt.sector, tt.kind)
		}
	}
	if _, ok := kb.Role("banana"); ok {
		t.Error("Role(banana) found")
	}
}

func TestCodeAt(t *testing.T) {
	kb := mustDefault(t)
	tests := []struct {
		id, date, code, office string
	}{
		{"person:yoon-suk-yeol", "2022-09-21", "KORGOV", "President of South Korea"},
		{"person:yoon-suk-yeol", "2022-05-10", "KORGOV", "President of South Korea"},
		{"person:yoon-suk-yeol", "2025-04-04", "KORGOV", "President of South Korea"},
		{"person:yoon-suk-yeol", "2025-06-01", "KORELI", "former President of South Korea"},
		{"person:yoon-suk-yeol", "2020-01-01", "KOR", ""},
		{"person:fumio-kishida", "2022-09-21", "JPNGOV", "Prime Minister of Japan"},
		{"person:fumio-kishida", "2015-01-01", "JPNGOV", "Minister for Foreign Affairs of Japan"},
		{"person:fumio-kishida", "2019-01-01", "JPNELI", "former Minister for Foreign Affairs of Japan"},
		{"person:fumio-kishida", "2025-01-01", "JPNELI", "former Prime Minister of Japan"},
		{"person:donald-trump", "2023-06-01", "USAELI", "former President of the United States"},
		{"person:donald-trump", "2025-06-01", "USAGOV", "President of the United States"},
		{"person:xi-jinping", "2012-12-01", "CHNGOV", "General Secretary of the Chinese Communist Party"},
		{"person:xi-jinping", "2022-09-21", "CHNGOV", "President of China"},
		{"person:antonio-guterres", "2022-09-21", "IGOUNO", "Secretary-General of the United Nations"},
		{"person:antonio-guterres", "2010-01-01", "IGOUNOREFHCR", "United Nations High Commissioner for Refugees"},
		{"person:ban-ki-moon", "2022-09-21", "KORELI", "former Secretary-General of the United Nations"},
		{"KOR", "2022-09-21", "KOR", ""},
		{"igo:unga", "2022-09-21", "IGOUNO", ""},
		{"org:yonhap", "", "KORMED", ""},
	}
	for _, tt := range tests {
		e, ok := kb.Entry(tt.id)
		if !ok {
			t.Errorf("Entry(%q) missing", tt.id)
			continue
		}
		var d time.Time
		if tt.date != "" {
			d = day(tt.date)
		}
		code, office := e.CodeAt(d)
		if code != tt.code || office != tt.office {
			t.Errorf("%s.CodeAt(%s) = %q, %q; want %q, %q", tt.id, tt.date, code, office, tt.code, tt.office)
		}
	}
	// A time late in the day, in another zone, is the same calendar day.
	yoon, _ := kb.Entry("person:yoon-suk-yeol")
	seoul := time.FixedZone("KST", 9*3600)
	if code, _ := yoon.CodeAt(time.Date(2025, 4, 4, 23, 0, 0, 0, seoul)); code != "KORGOV" {
		t.Errorf("CodeAt(2025-04-04 23:00 KST) = %s, want KORGOV", code)
	}
	// Zero date: now. Yoon's term has ended; Xi's is open.
	if code, _ := yoon.CodeAt(time.Time{}); code != "KORELI" {
		t.Errorf("Yoon CodeAt(now) = %s, want KORELI", code)
	}
	xi, _ := kb.Entry("person:xi-jinping")
	if code, office := xi.CodeAt(time.Time{}); code != "CHNGOV" || office != "President of China" {
		t.Errorf("Xi CodeAt(now) = %s %s, want CHNGOV President of China", code, office)
	}
}

// TestNamesTokenise checks that names of the KB, run through the text stage,
// come back as a surface Lookup finds (tokens joined by single spaces).
func TestNamesTokenise(t *testing.T) {
	kb := mustDefault(t)
	a, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence, name, id string
	}{
		{"South Korean President Yoon Suk-yeol met reporters.", "Yoon Suk-yeol", "person:yoon-suk-yeol"},
		{"He spoke at the U.S. embassy.", "U.S.", "USA"},
		{"The U.N. said so.", "U.N.", "igo:un"},
		{"North Korea's leader Kim Jong-un said so.", "North Korea", "PRK"},
		{"North Korea's leader Kim Jong-un said so.", "Kim Jong-un", "person:kim-jong-un"},
		{"The Democratic People's Republic of Korea said so.", "Democratic People's Republic of Korea", "PRK"},
		{"Officials in Côte d'Ivoire said so.", "Côte d'Ivoire", "CIV"},
		{"Troops left Guinea-Bissau on Monday.", "Guinea-Bissau", "GNB"},
		{"He flew to Port-au-Prince on Monday.", "Port-au-Prince", "HTI"},
		{"The minister met Abdel Fattah el-Sisi in Cairo.", "Abdel Fattah el-Sisi", "person:abdel-fattah-el-sisi"},
		{"Reporters asked S. Jaishankar about it.", "S. Jaishankar", "person:s-jaishankar"},
		{"The UN General Assembly opened.", "UN General Assembly", "igo:unga"},
		{"Kurdistan Workers' Party fighters attacked.", "Kurdistan Workers' Party", "org:pkk"},
		{"UNESCO, the United Nations Educational, Scientific and Cultural Organization, said so.", "United Nations Educational, Scientific and Cultural Organization", "igo:unesco"},
		{"He flew to Washington, D.C. on Monday.", "Washington, D.C.", "USA"},
	}
	for _, tt := range tests {
		sents := a.Analyze(tt.sentence)
		var toks []string
		for _, s := range sents {
			for _, tk := range s.Tokens {
				toks = append(toks, tk.Text)
			}
		}
		surface, ok := tokenRun(toks, tt.name)
		if !ok {
			t.Errorf("%q: no token run spells %q (tokens %q)", tt.sentence, tt.name, toks)
			continue
		}
		if !findID(kb.Lookup(surface), tt.id) {
			t.Errorf("Lookup(%q) (from %q) = %v, want %s", surface, tt.sentence, describe(kb.Lookup(surface)), tt.id)
		}
		if n := len(strings.Fields(surface)); n > kb.MaxWords() {
			t.Errorf("%q has %d tokens, MaxWords %d", surface, n, kb.MaxWords())
		}
	}
}

// tokenRun finds the run of tokens whose concatenation (spaces removed) is
// name (spaces removed), and returns it joined by single spaces.
func tokenRun(toks []string, name string) (string, bool) {
	want := strings.ReplaceAll(name, " ", "")
	for i := range toks {
		var b strings.Builder
		for j := i; j < len(toks); j++ {
			b.WriteString(toks[j])
			if b.String() == want {
				return strings.Join(toks[i:j+1], " "), true
			}
			if !strings.HasPrefix(want, b.String()) {
				break
			}
		}
	}
	return "", false
}

func findID(ms []Match, id string) bool {
	for _, m := range ms {
		if m.Entry.ID == id {
			return true
		}
	}
	return false
}

func TestLoadBadFixture(t *testing.T) {
	kb, err := Load(os.DirFS("testdata/bad"))
	if err == nil {
		t.Fatalf("Load(testdata/bad) = %v, nil; want errors", kb)
	}
	if kb != nil {
		t.Error("Load returned a KB with errors")
	}
	msg := err.Error()
	for _, want := range []string{
		"countries.tsv:5: wrong column count",
		"people.tsv:3: terms: bad start date \"2022-13-10\"",
		"people.tsv:4: terms: end 2021-10-04 before start 2024-10-01",
		"people.tsv:6: duplicate id \"person:moon\"",
		"people.tsv:7: country: \"XXX\" is not a country",
		"people.tsv:7: terms: \"KOR:President\" is not CODE:OFFICE:START:END",
		"roles.tsv:3: phrase: \"President\" is not lower case",
		"roles.tsv:3: sector: unknown sector \"XXX\"",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error does not mention %q:\n%s", want, msg)
		}
	}
	var de *DataError
	if !errors.As(err, &de) || de.File == "" || de.Line == 0 {
		t.Errorf("errors.As(*DataError) = %+v", de)
	}
}

func TestLoadMissingRequired(t *testing.T) {
	_, err := Load(os.DirFS("testdata/does-not-exist"))
	if err == nil || !strings.Contains(err.Error(), "countries.tsv") || !strings.Contains(err.Error(), "roles.tsv") {
		t.Errorf("Load(missing dir) = %v, want errors naming countries.tsv and roles.tsv", err)
	}
}
