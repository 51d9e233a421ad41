package places

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

var (
	anOnce sync.Once
	an     *text.Analyzer
	anErr  error
)

func analyzer(tb testing.TB) *text.Analyzer {
	tb.Helper()
	anOnce.Do(func() { an, anErr = text.New() })
	if anErr != nil {
		tb.Fatalf("text.New: %v", anErr)
	}
	return an
}

func resolver(tb testing.TB) *Resolver {
	tb.Helper()
	r, err := New()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return r
}

// run analyses s with the text stage and the places stage and renders each
// mention as "Text=Name/CTY", with a leading "*" for a dateline.
func run(tb testing.TB, r *Resolver, d *dyad.Doc) []string {
	tb.Helper()
	if err := analyzer(tb).Process(d); err != nil {
		tb.Fatalf("text: %v", err)
	}
	if err := r.Process(d); err != nil {
		tb.Fatalf("Process: %v", err)
	}
	return render(d.Places)
}

func render(ps []dyad.PlaceMention) []string {
	var out []string
	for _, p := range ps {
		s := fmt.Sprintf("%s=%s/%s", p.Text, p.Name, p.Country)
		if p.Dateline {
			s = "*" + s
		}
		out = append(out, s)
	}
	return out
}

func doc(s string) *dyad.Doc { return &dyad.Doc{Article: &dyad.Article{Text: s}} }

var processCases = []struct {
	in   string
	want []string
}{
	// Cities and places in the news.
	{"The talks were held in Geneva on Monday.", []string{"Geneva=Geneva/CHE"}},
	{"Business leaders gathered in Davos for the forum.", []string{"Davos=Davos/CHE"}},
	{"Diplomats met in Vienna to revive the nuclear deal.", []string{"Vienna=Vienna/AUT"}},
	{"Russian forces shelled Kharkiv overnight.", []string{"Kharkiv=Kharkiv/UKR"}},
	{"The siege of Mariupol ended in May.", []string{"Mariupol=Mariupol/UKR"}},
	{"Fighting raged around Bakhmut and Avdiivka.", []string{"Bakhmut=Bakhmut/UKR", "Avdiivka=Avdiivka/UKR"}},
	{"Shells fell on Donetsk again.", []string{"Donetsk=Donetsk/UKR"}},
	{"Airstrikes hit Aleppo and Idlib province.", []string{"Aleppo=Aleppo/SYR", "Idlib=Idlib/SYR"}},
	{"Thousands fled Gaza City for Rafah and Khan Younis.", []string{"Gaza City=Gaza City/PSE", "Rafah=Rafah/PSE", "Khan Younis=Khan Younis/PSE"}},
	{"Aid trucks entered the Gaza Strip.", []string{"Gaza Strip=Gaza Strip/PSE"}},
	{"Gaza's health ministry gave the toll.", []string{"Gaza=Gaza Strip/PSE"}},
	{"Iraqi troops retook Mosul from the militants.", []string{"Mosul=Mosul/IRQ"}},
	{"Protests spread from Basra to Baghdad.", []string{"Basra=Basra/IRQ", "Baghdad=Baghdad/IRQ"}},
	{"The Taliban entered Kandahar without a fight.", []string{"Kandahar=Kandahar/AFG"}},
	{"Militias clashed in Benghazi and Misrata.", []string{"Benghazi=Benghazi/LBY", "Misrata=Misrata/LBY"}},
	{"Rebels hold Sanaa and the port of Hodeidah.", []string{"Sanaa=Sanaa/YEM", "Hodeidah=Hodeidah/YEM"}},
	{"The government moved to Aden.", []string{"Aden=Aden/YEM"}},
	{"Rebels advanced on Goma in eastern Congo.", []string{"Goma=Goma/COD"}},
	{"A car bomb exploded in Mogadishu.", []string{"Mogadishu=Mogadishu/SOM"}},
	{"Floods hit Karachi and Mumbai.", []string{"Karachi=Karachi/PAK", "Mumbai=Mumbai/IND"}},
	{"Markets fell in Shanghai and Hong Kong.", []string{"Shanghai=Shanghai/CHN", "Hong Kong=Hong Kong/HKG"}},
	{"The two leaders met at Panmunjom.", []string{"Panmunjom=Panmunjom/"}},
	{"The destroyer docked in Busan.", []string{"Busan=Busan/KOR"}},
	{"The summit took place in Osaka.", []string{"Osaka=Osaka/JPN"}},
	{"The Pacific Fleet is based in Vladivostok.", []string{"Vladivostok=Vladivostok/RUS"}},
	{"The Winter Olympics were held in Sochi.", []string{"Sochi=Sochi/RUS"}},
	{"Russia annexed Crimea in 2014.", []string{"Crimea=Crimea/UKR"}},
	{"Separatists in the Donbas declared independence.", []string{"Donbas=Donbas/UKR"}},
	{"Israel captured the Golan Heights in 1967.", []string{"Golan Heights=Golan Heights/SYR"}},
	{"Settlements in the West Bank expanded.", []string{"West Bank=West Bank/PSE"}},
	{"Tensions rose on the Korean Peninsula.", []string{"Korean Peninsula=Korean Peninsula/"}},
	{"India and Pakistan both claim Kashmir.", []string{"Kashmir=Kashmir/"}},
	{"Tankers avoided the Strait of Hormuz.", []string{"Strait of Hormuz=Strait of Hormuz/"}},
	{"Refugees live in camps near Cox's Bazar.", []string{"Cox's Bazar=Cox's Bazar/BGD"}},
	{"The emir returned to Kuwait City.", []string{"Kuwait City=Kuwait City/KWT"}},
	{"The summit was held in Mexico City.", []string{"Mexico City=Mexico City/MEX"}},
	{"Gangs control much of Port-au-Prince.", []string{"Port-au-Prince=Port-au-Prince/HTI"}},
	{"The ministers met in Washington, D.C., on Friday.", []string{"Washington, D.C.=Washington/USA"}},
	{"He flew to Ho Chi Minh City.", []string{"Ho Chi Minh City=Ho Chi Minh City/VNM"}},
	{"The court sits in The Hague.", []string{"The Hague=The Hague/NLD"}},
	{"Delegates arrived in Saint Vincent later.", nil},
	// Alternative names, diacritics and case.
	{"Talks in Kiev stalled.", []string{"Kiev=Kyiv/UKR"}},
	{"Fighting spread near Sana'a.", []string{"Sana'a=Sanaa/YEM"}},
	{"The president landed in Bogotá.", []string{"Bogotá=Bogota/COL"}},
	{"Investors met in São Paulo.", []string{"São Paulo=Sao Paulo/BRA"}},
	{"Traffic jammed Bombay streets.", []string{"Bombay=Mumbai/IND"}},
	{"NEW YORK is the largest US city.", []string{"NEW YORK=New York/USA"}},
	{"nobody in new york noticed.", nil},
	// Metonyms are still places.
	{"Tokyo said it would protest.", []string{"Tokyo=Tokyo/JPN"}},
	{"Washington imposed new sanctions.", []string{"Washington=Washington/USA"}},
	{"Beijing and Moscow vetoed the resolution.", []string{"Beijing=Beijing/CHN", "Moscow=Moscow/RUS"}},
	{"In Kyiv, air raid sirens sounded.", []string{"Kyiv=Kyiv/UKR"}},
	{"On Tuesday Moscow announced a ceasefire.", []string{"Moscow=Moscow/RUS"}},
	{"Kyiv Mayor Vitali Klitschko spoke.", []string{"Kyiv=Kyiv/UKR"}},
	{"The Tokyo Olympics were postponed.", []string{"Tokyo=Tokyo/JPN"}},
	{"Leaders attended the Singapore Summit.", []string{"Singapore=Singapore/SGP"}},
	{"He spoke in Washington Tuesday.", []string{"Washington=Washington/USA"}},
	{"Russian-occupied Melitopol was hit again.", []string{"Melitopol=Melitopol/UKR"}},
	{"Strikes hit Houthi-controlled Hodeidah.", []string{"Hodeidah=Hodeidah/YEM"}},
	{"Moscow-backed separatists attacked.", nil},
	{"An Al-Qaeda Kandahar cell was named.", nil},
	// Inside longer names: no place.
	{"The New York Times reported the deal.", nil},
	{"The Washington Post cited officials.", nil},
	{"The Geneva Conventions protect civilians.", nil},
	{"The Paris Agreement set climate goals.", nil},
	{"The Oslo Accords were signed on the lawn.", nil},
	{"Researchers at Seoul National University agreed.", nil},
	{"George Washington crossed the river.", nil},
	{"Paris Hilton arrived late.", nil},
	{"Real Madrid won again.", nil},
	{"Sofia Coppola directed it.", nil},
	{"Queen Victoria reigned for decades.", nil},
	{"Male voters favoured the opposition.", nil},
	{"The minister flew to Male for talks.", []string{"Male=Male/MDV"}},
	{"Talks in Sofia ended.", []string{"Sofia=Sofia/BGR"}},
	// Country names are context, not places.
	{"Japan and South Korea agreed to talk.", nil},
	{"Jordan said it would reopen the border.", nil},
	{"The Times of India reported it.", nil},
	// Ambiguous names.
	{"He met officials in Tripoli.", []string{"Tripoli=Tripoli/LBY"}},
	{"Clashes in Tripoli left three dead as Lebanon struggles.", []string{"Tripoli=Tripoli/LBN"}},
	{"Clashes in Tripoli and Beirut left three dead.", []string{"Tripoli=Tripoli/LBN", "Beirut=Beirut/LBN"}},
	{"The tech hub of Hyderabad is growing.", []string{"Hyderabad=Hyderabad/IND"}},
	{"Floods hit Hyderabad, the second city of Sindh in Pakistan.", []string{"Hyderabad=Hyderabad/PAK", "Sindh=Sindh/PAK"}},
	{"The storm reached Birmingham.", []string{"Birmingham=Birmingham/GBR"}},
	{"The storm reached Birmingham, the largest city of Alabama in the United States.", []string{"Birmingham=Birmingham/USA", "Alabama=Alabama/USA"}},
	// Datelines.
	{"SEOUL, Sept. 21 (Yonhap) -- North Korea fired a missile.", []string{"*SEOUL=Seoul/KOR"}},
	{"GENEVA — The UN agency said it was alarmed.", []string{"*GENEVA=Geneva/CHE"}},
	{"KYIV, Ukraine (AP) — Russia launched drones at Odesa.", []string{"*KYIV=Kyiv/UKR", "Odesa=Odesa/UKR"}},
	{"WASHINGTON: The Senate voted on the bill.", []string{"*WASHINGTON=Washington/USA"}},
	{"TRIPOLI, Lebanon (Reuters) - Gunmen opened fire.", []string{"*TRIPOLI=Tripoli/LBN"}},
	{"Geneva (Reuters) - Talks resumed on Syria.", []string{"*Geneva=Geneva/CHE"}},
	{"NEW YORK, Sept. 20 (Reuters) - Stocks rose in New York.", []string{"*NEW YORK=New York/USA", "New York=New York/USA"}},
	{"PORT-AU-PRINCE, Haiti (AP) — Gangs attacked.", []string{"*PORT-AU-PRINCE=Port-au-Prince/HTI"}},
	{"KUWAIT CITY (KUNA) -- The emir returned.", []string{"*KUWAIT CITY=Kuwait City/KWT"}},
	{"ISLAMABAD/NEW DELHI (Reuters) - Both sides traded fire.", []string{"*ISLAMABAD=Islamabad/PAK"}},
	{"BEIRUT (AP) — Israeli strikes hit Tyre and Sidon.", []string{"*BEIRUT=Beirut/LBN", "Tyre=Tyre/LBN", "Sidon=Sidon/LBN"}},
	{"MOSCOW, 3 March (AFP) - The Kremlin said nothing.", []string{"*MOSCOW=Moscow/RUS"}},
	{"UNITED NATIONS (AP) — The council met in New York.", []string{"New York=New York/USA"}},
	{"Fighting continued — officials in Kyiv said.", []string{"Kyiv=Kyiv/UKR"}},
	{"Tokyo: the view from the ground.", []string{"Tokyo=Tokyo/JPN"}},
}

func TestProcess(t *testing.T) {
	r := resolver(t)
	for _, c := range processCases {
		got := run(t, r, doc(c.in))
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

// TestProcessNoSentences runs the same cases without the text stage: the
// built-in tokenizer must find the same places in one-sentence inputs.
// TestPartOfName covers place names that are words of other names or no
// names: they need the text stage (tags, sentences).
func TestPartOfName(t *testing.T) {
	r := resolver(t)
	for _, c := range []struct {
		in   string
		want []string
	}{
		// an adjective is no place (Arab, Alabama)
		{"Egypt and Jordan are the only other Arab states with such treaties.", nil},
		{"Alabama officials said roads were flooded in Arab on Monday.", []string{"Alabama=Alabama/USA", "Arab=Arab/USA"}},
		// the last word of a longer name, used alone, is that name
		{"Cuban Foreign Minister Bruno Rodriguez met officials. Rodriguez said talks went well.", nil},
		{"Cuban Foreign Minister Bruno Rodriguez met officials. Rodriguez said talks went well in Delhi.", []string{"Delhi=Delhi/IND"}},
		// "the Sea of Azov" is no mention of the town of Azov
		{"Ukrainian ships sailed into the Sea of Azov.", nil},
		{"Ukrainian ships sailed to the port of Azov.", []string{"Azov=Azov/RUS"}},
		// a saint's name before "'s" names a building
		{"Putin spoke in the Kremlin's St. George's Hall.", nil},
	} {
		got := run(t, r, doc(c.in))
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

func TestProcessNoSentences(t *testing.T) {
	r := resolver(t)
	for _, c := range processCases {
		d := doc(c.in)
		if err := r.Process(d); err != nil {
			t.Fatal(err)
		}
		got := render(d.Places)
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

func TestProcessOffsets(t *testing.T) {
	r := resolver(t)
	in := "ANKARA (AA) – Talks in Geneva ended.\nLater, officials flew to Kyiv and Kharkiv."
	d := doc(in)
	run(t, r, d)
	want := []struct {
		text string
		sent int
	}{{"ANKARA", 0}, {"Geneva", 0}, {"Kyiv", 1}, {"Kharkiv", 1}}
	if len(d.Places) != len(want) {
		t.Fatalf("got %v", render(d.Places))
	}
	for i, w := range want {
		p := d.Places[i]
		if in[p.Start:p.End] != w.text || p.Text != w.text || p.Sentence != w.sent {
			t.Errorf("mention %d = %+v, want %q in sentence %d", i, p, w.text, w.sent)
		}
	}
}

func TestProcessEntities(t *testing.T) {
	r := resolver(t)
	// An actor of the article gives the country context.
	d := doc("Officials in Tripoli denied the report.")
	d.Entities = []dyad.Entity{{ID: "e1", Text: "Najib Mikati", Type: dyad.Person, Actor: "LBNGOV"}}
	if err := r.Process(d); err != nil {
		t.Fatal(err)
	}
	if got := render(d.Places); len(got) != 1 || got[0] != "Tripoli=Tripoli/LBN" {
		t.Errorf("actor context: got %q", got)
	}
	// A place strictly inside an ORG entity is part of its name; one that is
	// the whole mention (a metonym) is still a place.
	in := "Staff of the Kabul Airport Authority and Kabul itself."
	d = doc(in)
	org := strings.Index(in, "Kabul Airport Authority")
	met := strings.LastIndex(in, "Kabul")
	d.Entities = []dyad.Entity{
		{ID: "e1", Type: dyad.Org, Mentions: []dyad.Mention{{Start: org, End: org + len("Kabul Airport Authority")}}},
		{ID: "e2", Type: dyad.Org, Mentions: []dyad.Mention{{Start: met, End: met + len("Kabul")}}},
	}
	if err := r.Process(d); err != nil {
		t.Fatal(err)
	}
	if got := render(d.Places); len(got) != 1 || d.Places[0].Start != met {
		t.Errorf("entity spans: got %q", got)
	}
}

func TestProcessEdge(t *testing.T) {
	r := resolver(t)
	if err := r.Process(nil); err == nil {
		t.Error("Process(nil): no error")
	}
	for _, d := range []*dyad.Doc{{}, doc(""), doc("   "), doc("\xff\xfe Kyiv")} {
		if err := r.Process(d); err != nil {
			t.Errorf("Process(%q): %v", d.Text(), err)
		}
	}
	// Tokens whose offsets do not fit the text are not trusted.
	d := doc("Kyiv")
	d.Sentences = []dyad.Sentence{{Start: 0, End: 4, Tokens: []dyad.Token{{Start: 2, End: 40, Text: "Kyiv"}}}}
	if err := r.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Places {
		if p.Text != "" && p.Text != "Kyiv" {
			t.Errorf("bad mention %+v", p)
		}
	}
}

func TestDateline(t *testing.T) {
	cases := []struct {
		in      string
		ok      bool
		text    string
		country string
		body    string // the story text from end
	}{
		{"ANKARA (AA) – The leaders met.", true, "ANKARA", "TUR", "The leaders met."},
		{"SEOUL, Sept. 21 (Yonhap) -- North Korea fired.", true, "SEOUL", "KOR", "North Korea fired."},
		{"GENEVA — The UN said.", true, "GENEVA", "CHE", "The UN said."},
		{"KYIV, Ukraine (AP) — Drones hit.", true, "KYIV", "UKR", "Drones hit."},
		{"WASHINGTON: The Senate voted.", true, "WASHINGTON", "USA", "The Senate voted."},
		{"  LONDON, Jan 5, 2023 (Reuters) - Shares fell.", true, "LONDON", "GBR", "Shares fell."},
		{"TRIPOLI, Lebanon (Reuters) - Gunmen fired.", true, "TRIPOLI", "LBN", "Gunmen fired."},
		{"TRIPOLI (Reuters) - Gunmen fired.", true, "TRIPOLI", "LBY", "Gunmen fired."},
		{"UNITED NATIONS (AP) — The council met.", true, "UNITED NATIONS", "", "The council met."},
		{"Geneva — Talks resumed.", true, "Geneva", "CHE", "Talks resumed."},
		{"Fighting continued — officials said.", false, "", "", ""},
		{"Washington: a city divided.", false, "", "", ""},
		{"The leaders met in New York.", false, "", "", ""},
		{"PORT-AU-PRINCE", false, "", "", ""},
		{"KYIV (AP)", false, "", "", ""},
		{"", false, "", "", ""},
		{"12:30 — time", false, "", "", ""},
	}
	for _, c := range cases {
		p, end, ok := Dateline(c.in)
		if ok != c.ok {
			t.Errorf("Dateline(%q) ok = %v", c.in, ok)
			continue
		}
		if !ok {
			continue
		}
		if p.Text != c.text || p.Country != c.country || !p.Dateline || c.in[p.Start:p.End] != c.text || c.in[end:] != c.body {
			t.Errorf("Dateline(%q) = %+v, body %q", c.in, p, c.in[end:])
		}
		if c.country == "" && p.Name != "" {
			t.Errorf("Dateline(%q): unknown place resolved to %+v", c.in, p.Place)
		}
	}
}

func TestLookup(t *testing.T) {
	r := resolver(t)
	cases := []struct {
		in, name, country string
		lat, lon          float64
	}{
		{"New York", "New York", "USA", 40.71, -74.01},
		{"KIEV", "Kyiv", "UKR", 50.45, 30.52},
		{"sana'a", "Sanaa", "YEM", 15.37, 44.19},
		{"Tripoli", "Tripoli", "LBY", 32.89, 13.19},
		{"ho chi minh city", "Ho Chi Minh City", "VNM", 10.82, 106.63},
		{"Nuku‘alofa", "Nuku'alofa", "TON", -21.14, -175.20},
		{"Chișinău", "Chisinau", "MDA", 47.01, 28.86},
	}
	for _, c := range cases {
		p, ok := r.Lookup(c.in)
		if !ok || p.Name != c.name || p.Country != c.country || p.Lat != c.lat || p.Lon != c.lon {
			t.Errorf("Lookup(%q) = %+v, %v", c.in, p, ok)
		}
	}
	for _, in := range []string{"Japan", "Narnia", "", "  "} {
		if p, ok := r.Lookup(in); ok {
			t.Errorf("Lookup(%q) = %+v, want none", in, p)
		}
	}
}

// TestGazetteer checks the data: every country of the hand-made
// countries.tsv (UN members and observers, Kosovo, Taiwan) has a national
// capital, every entry's country is known, and no name is listed twice in
// a country within about 10 km.
func TestGazetteer(t *testing.T) {
	g, err := loadShared()
	if err != nil {
		t.Fatal(err)
	}
	capitals := map[string]int{}
	seen := map[string][]*entry{}
	for i := range g.entries {
		e := &g.entries[i]
		if e.Capital {
			capitals[e.Country]++
		}
		if e.Country != "" && !g.known[e.Country] {
			t.Errorf("%s: unknown country %q", e.Name, e.Country)
		}
		k := norm(e.Name) + "/" + e.Country
		for _, o := range seen[k] {
			if math.Abs(o.Lat-e.Lat) < 0.1 && math.Abs(o.Lon-e.Lon) < 0.1 && o.Region == e.Region {
				t.Errorf("duplicate entry %s at %.2f,%.2f", k, e.Lat, e.Lon)
			}
		}
		seen[k] = append(seen[k], e)
		if e.Source == "" {
			t.Errorf("%s: no source", e.Name)
		}
	}
	noCapital := map[string]bool{"HKG": true, "MAC": true, "GUM": true, "PSE": true}
	for c := range g.handmade {
		if capitals[c] == 0 && !noCapital[c] {
			t.Errorf("%s has no capital", c)
		}
		if capitals[c] > 1 && c != "BOL" {
			t.Errorf("%s has %d capitals", c, capitals[c])
		}
	}
	if n := len(capitals); n < 195 {
		t.Errorf("%d countries with a capital, want >= 195", n)
	}
	if len(g.entries) < 20000 {
		t.Errorf("%d entries, want >= 20000", len(g.entries))
	}
}

func TestNorm(t *testing.T) {
	cases := map[string]string{
		"Port-au-Prince":   "port au prince",
		"Washington, D.C.": "washington dc",
		"Sana’a":           "sanaa",
		"  São  Tomé ":     "sao tome",
		"İzmir":            "izmir",
		"Ürümqi":           "urumqi",
		"N'Djamena":        "ndjamena",
		"--":               "",
	}
	for in, want := range cases {
		if got := norm(in); got != want {
			t.Errorf("norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func readSeed(tb testing.TB) string {
	b, err := os.ReadFile("../../shared/seed/article.txt")
	if err != nil {
		tb.Skipf("seed article not available: %v", err)
	}
	return string(b)
}

func TestSeed(t *testing.T) {
	in := readSeed(t)
	r := resolver(t)
	d := doc(in)
	got := run(t, r, d)
	want := []string{
		"*ANKARA=Ankara/TUR",
		"New York=New York/USA",
		"Korean Peninsula=Korean Peninsula/",
		"New York=New York/USA",
		"Tokyo=Tokyo/JPN",
		"Korean Peninsula=Korean Peninsula/",
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Fatalf("seed places:\n got  %q\n want %q", got, want)
	}
	ny := d.Places[1]
	if ny.Lat != 40.71 || ny.Lon != -74.01 || ny.Sentence != 0 || in[ny.Start:ny.End] != "New York" {
		t.Errorf("New York mention = %+v", ny)
	}
	if d.Places[0].Start != 0 || d.Places[0].End != 6 {
		t.Errorf("dateline = %+v", d.Places[0])
	}
	if _, end, ok := Dateline(in); !ok || !strings.HasPrefix(in[end:], "The leaders of South Korea") {
		t.Errorf("Dateline(seed) end = %d, ok = %v", end, ok)
	}
}

func FuzzProcess(f *testing.F) {
	for _, c := range processCases {
		f.Add(c.in)
	}
	f.Add("ANKARA (AA) – x")
	f.Add("SEOUL, Sept. 21 (Yonhap) --")
	f.Add("A/B/C (x) -")
	r := resolver(f)
	f.Fuzz(func(t *testing.T, in string) {
		d := doc(in)
		if err := r.Process(d); err != nil {
			t.Fatalf("Process: %v", err)
		}
		last := -1
		for i, p := range d.Places {
			if p.Start < 0 || p.Start >= p.End || p.End > len(in) || in[p.Start:p.End] != p.Text {
				t.Fatalf("bad offsets %+v", p)
			}
			if p.Start < last {
				t.Fatalf("out of order: %v", render(d.Places))
			}
			last = p.End
			if p.Name == "" || p.Dateline && i != 0 {
				t.Fatalf("bad mention %+v", p)
			}
		}
		p, end, ok := Dateline(in)
		if ok && (end < p.End || end > len(in) || p.Start < 0 || in[p.Start:p.End] != p.Text) {
			t.Fatalf("Dateline: %+v end %d", p, end)
		}
	})
}

func BenchmarkProcess(b *testing.B) {
	in := readSeed(b)
	r := resolver(b)
	d := doc(in)
	if err := analyzer(b).Process(d); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestToponyms scores the hand-written test set the way `dyad eval-places`
// does (text and places stages) and holds its country accuracy and
// precision above the targets.
func TestToponyms(t *testing.T) {
	b, err := os.ReadFile("testdata/toponyms.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	r := resolver(t)
	var n, ok, found, wrong int
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var c struct{ Text, Toponym, Country, Place string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		d := doc(c.Text)
		run(t, r, d)
		var got *dyad.PlaceMention
		for k := range d.Places {
			if d.Places[k].Text == c.Toponym {
				got = &d.Places[k]
				break
			}
		}
		if c.Place == "" {
			if got != nil {
				wrong++
				t.Logf("line %d: %q is no place, got %s/%s", i+1, c.Toponym, got.Name, got.Country)
			}
			continue
		}
		n++
		if got == nil {
			continue
		}
		found++
		if got.Country == c.Country {
			ok++
		} else {
			wrong++
		}
	}
	if n < 150 {
		t.Errorf("%d cases with a place, want >= 150", n)
	}
	if acc := float64(ok) / float64(n); acc < 0.95 {
		t.Errorf("country accuracy %.3f (%d/%d), want >= 0.95", acc, ok, n)
	}
	if prec := float64(ok) / float64(ok+wrong); prec < 0.97 {
		t.Errorf("precision %.3f, want >= 0.97", prec)
	}
}
