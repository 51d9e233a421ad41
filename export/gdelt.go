package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 Events table in the
// order of the GDELT 2.0 Event Codebook (V2.0, 2015), which the files of
// the GDELT 2.0 event export follow. The files have no header row;
// GDELTColumns is for readers that want to name the columns.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
	"Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
	"Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
	"Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
	"Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
	"Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
	"Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
	"Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat",
	"Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
	"ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
	"ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// Column indexes into GDELTColumns of the fields dyad fills.
const (
	gID = iota
	gDay
	gMonthYear
	gYear
	gFractionDate
	gActor1 // Actor1Code; Actor2 starts 10 columns later
)

const (
	gActor2        = gActor1 + 10
	gIsRoot        = gActor2 + 10
	gEventCode     = gIsRoot + 1
	gEventBase     = gIsRoot + 2
	gEventRoot     = gIsRoot + 3
	gQuadClass     = gIsRoot + 4
	gGoldstein     = gIsRoot + 5
	gNumMentions   = gIsRoot + 6
	gNumSources    = gIsRoot + 7
	gNumArticles   = gIsRoot + 8
	gActionGeo     = gIsRoot + 10 + 16 // after AvgTone and two geo blocks
	gSourceURL     = gdeltColsCount - 1
	gdeltColsCount = 61
)

type gdeltWriter struct {
	bw  *bufio.Writer
	row [gdeltColsCount]string
}

// NewGDELT returns a Writer of GDELT 2.0 event-table compatible TSV: one
// line per event, the 61 GDELTColumns separated by tabs, no header. Tabs
// and line breaks inside values become spaces. What dyad has is filled
// in; every other column is empty:
//
//   - GlobalEventID: the stored event id.
//   - Day (YYYYMMDD), MonthYear (YYYYMM), Year, FractionDate (year plus
//     the fraction of the year completed by that day, 4 decimals): from
//     the first day of the event's date, so a month-precise date counts
//     as its first day; all four are empty for an undated event.
//   - ActorNCode: the CAMEO actor code; ActorNCountryCode its first three
//     letters unless they are IGO, NGO, MNC or "---", in which case the
//     next three letters are ActorNKnownGroupCode for IGOs and NGOs;
//     ActorNType1..3Code the following three-letter roles
//     (KORGOVMIL -> KOR, GOV, MIL). Names, ethnic and religion codes are
//     empty (dyad's actor codes do not carry them).
//   - IsRootEvent: 1 when the first evidence sentence is the article's
//     first sentence (GDELT's lead paragraph), else 0.
//   - EventCode, EventBaseCode (first three digits), EventRootCode.
//   - QuadClass from the CAMEO root: 01-05 verbal cooperation (1), 06-08
//     material cooperation (2), 09-13 verbal conflict (3), 14-20 material
//     conflict (4).
//   - GoldsteinScale.
//   - NumMentions, NumSources, NumArticles: the number of articles
//     reporting the canonical event (StoredEvent.Sources, at least 1);
//     dyad does not count mentions or outlets apart from articles.
//   - AvgTone: empty (dyad does not score tone).
//   - ActionGeo_FullName, _Lat, _Long: the event's place. ActionGeo_Type
//     and _CountryCode are empty: GDELT uses its own place classes and
//     FIPS 10-4 country codes, while dyad's places carry ISO/CAMEO codes
//     (the CSV and PLOVER exports have them). Actor geographies are empty.
//   - DATEADDED: empty (the store keeps no ingest time).
//   - SOURCEURL: the article id (a URL when the article was fetched from
//     one; GDELT also puts textual citations there).
func NewGDELT(w io.Writer) Writer { return &gdeltWriter{bw: bufio.NewWriter(w)} }

func (g *gdeltWriter) Write(ev *dyad.StoredEvent) error {
	r := &g.row
	for i := range r {
		r[i] = ""
	}
	r[gID] = strconv.FormatInt(ev.ID, 10)
	if t, ok := firstDay(ev.Date); ok {
		r[gDay] = t.Format("20060102")
		r[gMonthYear] = t.Format("200601")
		r[gYear] = t.Format("2006")
		days := 365
		if y := t.Year(); y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			days = 366
		}
		r[gFractionDate] = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/float64(days), 'f', 4, 64)
	}
	gdeltActor(r[gActor1:gActor1+10], ev.Source)
	gdeltActor(r[gActor2:gActor2+10], ev.Target)
	r[gIsRoot] = "0"
	if len(ev.Sentences) > 0 && ev.Sentences[0] == 0 {
		r[gIsRoot] = "1"
	}
	r[gEventCode] = ev.CAMEO
	if len(ev.CAMEO) >= 3 {
		r[gEventBase] = ev.CAMEO[:3]
	} else {
		r[gEventBase] = ev.CAMEO
	}
	root := ev.Root
	if root == "" && len(ev.CAMEO) >= 2 {
		root = ev.CAMEO[:2]
	}
	r[gEventRoot] = root
	if q := QuadClass(root); q > 0 {
		r[gQuadClass] = strconv.Itoa(q)
	}
	r[gGoldstein] = num(ev.Goldstein)
	n := strconv.Itoa(max(ev.Sources, 1))
	r[gNumMentions], r[gNumSources], r[gNumArticles] = n, n, n
	if p := ev.Place; p != nil {
		r[gActionGeo+1] = p.Name
		r[gActionGeo+5] = num(p.Lat)
		r[gActionGeo+6] = num(p.Lon)
	}
	r[gSourceURL] = ev.ArticleID
	for i, v := range r {
		if i > 0 {
			g.bw.WriteByte('\t')
		}
		g.bw.WriteString(tsvClean(v))
	}
	if err := g.bw.WriteByte('\n'); err != nil {
		return fmt.Errorf("export: gdelt: %w", err)
	}
	return nil
}

func (g *gdeltWriter) Close() error {
	if err := g.bw.Flush(); err != nil {
		return fmt.Errorf("export: gdelt: %w", err)
	}
	return nil
}

// gdeltActor fills the 10 actor columns of GDELT (Code, Name,
// CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
// Type1Code, Type2Code, Type3Code) from a CAMEO actor code.
func gdeltActor(cols []string, code string) {
	cols[0] = code
	if len(code) < 3 {
		return
	}
	lead, rest := code[:3], code[3:]
	var roles []string
	switch lead {
	case "IGO", "NGO":
		roles = append(roles, lead)
		if len(rest) >= 3 {
			cols[3] = rest[:3]
			rest = rest[3:]
		}
	case "MNC":
		roles = append(roles, lead)
	case "---":
	default:
		cols[2] = lead
	}
	for len(rest) >= 3 {
		roles = append(roles, rest[:3])
		rest = rest[3:]
	}
	for i := 0; i < len(roles) && i < 3; i++ {
		cols[7+i] = roles[i]
	}
}

// QuadClass returns the GDELT quad class of a two-digit CAMEO root: 1
// verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal
// conflict (09-13), 4 material conflict (14-20), or 0 when root is not a
// CAMEO root.
func QuadClass(root string) int {
	if len(root) != 2 || root[0] < '0' || root[0] > '9' || root[1] < '0' || root[1] > '9' {
		return 0
	}
	n := int(root[0]-'0')*10 + int(root[1]-'0')
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}

// tsvClean replaces the tabs and line breaks of a value with spaces.
func tsvClean(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
}
