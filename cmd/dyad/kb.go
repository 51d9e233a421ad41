package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actors"
	"github.com/dyadproject/dyad/places"
	"github.com/dyadproject/dyad/text"
)

func init() {
	register("kb", "query the actor knowledge base: lookup, who, resolve, import-wikidata, import-petrarch (dyad kb -h)", runKB)
}

var kbCommands = []struct {
	name, args, summary string
	run                 func(ctx context.Context, e *env, args []string) error
}{
	{"lookup", "NAME", "the entries a name denotes and their codes at --date", runKBLookup},
	{"who", "--role CODE-KIND", "who held an office (KIND: HOG, HOS, FM, DM) at --date", runKBWho},
	{"resolve", "FILE.jsonl", "resolve the main actor of each {id, text, context, date} case", runKBResolve},
	{"import-wikidata", "FILE", "people and terms from a Wikidata JSON dump, as people.tsv rows", runKBImportWikidata},
	{"import-petrarch", "DIR", "actors and agents from PETRARCH dictionaries, as KB rows", runKBImportPetrarch},
}

func runKB(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(e.stderr, "Usage: dyad kb COMMAND [flags] [args]\n\nCommands:\n")
		for _, c := range kbCommands {
			fmt.Fprintf(e.stderr, "  %-16s %s\n", c.name, c.summary)
		}
		fmt.Fprintf(e.stderr, "\nOffice kinds (dyad kb who): HOG head of government, HOS head of state,\nFM foreign minister, DM defence minister.\n")
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	for _, c := range kbCommands {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "dyad kb: unknown command %q\n", args[0])
	return errUsage
}

// loadKB returns the bundled KB, with the rows of dir (if any) overriding
// it by id.
// kbFlag registers --kb, a user KB directory whose rows override the
// bundled ones by id.
func kbFlag(fs *flag.FlagSet) *string {
	return fs.String("kb", "", "user KB `dir` whose rows (countries.tsv, people.tsv ...) override the bundled ones by id")
}

func loadKB(dir string) (*actors.KB, error) {
	if dir == "" {
		return actors.Default()
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("--kb: %w", err)
	}
	return actors.LoadWithOverrides(actors.Bundled(), os.DirFS(dir))
}

// parseCaseDate reads the dates cases give: "" (no date: the zero time,
// which the KB reads as now for people), "today", 2006-01-02, "2 January
// 2006", "January 2, 2006". "today" (and "now") is the current date.
func parseCaseDate(s string) (time.Time, error) { return parseCaseDateAt(s, time.Time{}) }

// parseCaseDateAt is parseCaseDate with "today" read as the date today
// when that is not zero: cases written in the past mean the day they were
// written, not the day they are run ("the emir" of a 2022 test is the emir
// of 2022).
func parseCaseDateAt(s string, today time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if strings.EqualFold(s, "today") || strings.EqualFold(s, "now") {
		if !today.IsZero() {
			y, m, d := today.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
		}
		y, m, d := time.Now().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	}
	for _, layout := range []string{dyad.DateLayout, "2 January 2006", "January 2, 2006", "Jan 2, 2006", "2 Jan 2006", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q (want YYYY-MM-DD)", s)
}

func runKBLookup(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "kb lookup", "NAME")
	date := fs.String("date", "", "the `date` (YYYY-MM-DD) at which codes are given (default today)")
	kbDir := kbFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return errUsage
	}
	d, err := parseCaseDate(*date)
	if err != nil {
		return err
	}
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	name := strings.Join(pos, " ")
	ms := kb.Lookup(name)
	if len(ms) == 0 {
		fmt.Fprintf(e.stderr, "dyad kb lookup: %q is not in the knowledge base\n", name)
		return errSilent
	}
	for _, m := range ms {
		code, office := m.Entry.CodeAt(d)
		if m.Form == actors.FormCapital {
			code, office = dyad.JoinActor(m.Entry.Country, "GOV"), "capital as metonym for the government"
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s (%s)", m.Entry.ID, code, m.Entry.Name, m.Entry.Kind, m.Form)
		if office != "" {
			fmt.Fprintf(e.stdout, "\t%s", office)
		}
		if m.Entry.Wikidata != "" {
			fmt.Fprintf(e.stdout, "\twikidata:%s", m.Entry.Wikidata)
		}
		fmt.Fprintln(e.stdout)
		for _, t := range m.Entry.Terms {
			end := "in office"
			if !t.End.IsZero() {
				end = t.End.Format(dyad.DateLayout)
			}
			fmt.Fprintf(e.stdout, "  %s %s %s..%s %s\n", t.Code, strings.Join(t.Kinds(), "+"), t.Start.Format(dyad.DateLayout), end, t.Office)
		}
	}
	return nil
}

func runKBWho(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "kb who", "--role CODE-KIND")
	role := fs.String("role", "", "actor `code` and office kind: JPNGOV-HOG, USAGOV-FM, RUSGOV-HOS, DEUGOV-DM (USA-HOS for USAGOV-HOS; a bare code lists every office holder)")
	date := fs.String("date", "", "the `date` (YYYY-MM-DD; default today)")
	kbDir := kbFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *role == "" {
		fs.Usage()
		return errUsage
	}
	code, kind, _ := strings.Cut(*role, "-")
	if kind != "" && !actors.ValidOfficeKind(kind) {
		return fmt.Errorf("bad office kind %q (want HOG, HOS, FM or DM)", kind)
	}
	if kind != "" && len(code) == 3 {
		// "USA-HOS": the offices are the government's
		code += "GOV"
	}
	d, err := parseCaseDate(*date)
	if err != nil {
		return err
	}
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	hs := kb.Holders(code, kind, d)
	if len(hs) == 0 {
		fmt.Fprintf(e.stderr, "dyad kb who: nobody in the knowledge base holds %s on that date\n", *role)
		return errSilent
	}
	for _, h := range hs {
		end := "in office"
		if !h.Term.End.IsZero() {
			end = h.Term.End.Format(dyad.DateLayout)
		}
		note := ""
		if kind != "" && h.Kind != kind {
			note = " (head of state; no head of government listed)"
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s..%s%s\n", h.Entry.ID, h.Entry.Name, h.Term.Office, h.Term.Start.Format(dyad.DateLayout), end, note)
	}
	return nil
}

// actorCase is one line of `dyad kb resolve` input.
type actorCase struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Context string `json:"context"`
	Date    string `json:"date"`
}

// actorAnswer is one line of `dyad kb resolve` output.
type actorAnswer struct {
	ID        string `json:"id"`
	Country   string `json:"country"`
	Sector    string `json:"sector"`
	Code      string `json:"code"`
	KB        string `json:"kb"`
	Wikidata  string `json:"wikidata"`
	Wikipedia string `json:"wikipedia"`
}

// caseResolver resolves short texts: the text stage, places and actors.
// today, when not zero, is the date a case's "today" stands for (see
// parseCaseDateAt).
type caseResolver struct {
	ta    *text.Analyzer
	pl    dyad.Stage
	res   *actors.Resolver
	today time.Time
}

func newCaseResolver(kb *actors.KB) (*caseResolver, error) {
	ta, err := text.New()
	if err != nil {
		return nil, err
	}
	pl, err := places.New()
	if err != nil {
		return nil, err
	}
	return &caseResolver{ta: ta, pl: pl, res: actors.NewResolver(kb)}, nil
}

func (c *caseResolver) doc(txt string, date time.Time, opt actors.Options) (*dyad.Doc, error) {
	d := &dyad.Doc{Article: &dyad.Article{ID: "case", Text: txt, Published: date}}
	for _, st := range []dyad.Stage{c.ta, c.pl} {
		if err := st.Process(d); err != nil {
			return nil, err
		}
	}
	if err := c.res.ProcessWith(d, opt); err != nil {
		return nil, err
	}
	return d, nil
}

// resolve answers one case. The text is resolved alone, at the case's date;
// the context, when given, is resolved first and its main country
// (actors.FocalCountry, else the country of a place it names) is assumed
// for actors whose country the text does not give. When the text names no
// actor, the country of a place it names is given without a sector
// ("targets in Syria"), and a town or region named alone ("Sydney")
// stands for its people, CVL.
func (c *caseResolver) resolve(k actorCase) (actorAnswer, error) {
	out := actorAnswer{ID: k.ID}
	date, err := parseCaseDateAt(k.Date, c.today)
	if err != nil {
		return out, err
	}
	var opt actors.Options
	if strings.TrimSpace(k.Context) != "" {
		cd, err := c.doc(k.Context, date, actors.Options{})
		if err != nil {
			return out, err
		}
		opt.Country = actors.FocalCountry(cd)
		if opt.Country == "" {
			opt.Country = placeCountry(cd)
		}
	}
	d, err := c.doc(strings.TrimSpace(k.Text), date, opt)
	if err != nil {
		return out, err
	}
	r := c.res.MainActor(d)
	out.Country, out.Sector, out.Code, out.KB, out.Wikidata, out.Wikipedia = r.Country, r.Sector, r.Code, r.KB, r.Wikidata, r.Wikipedia
	if r.Code == "" {
		out.Country = placeCountry(d)
		if p, ok := onlyPlace(d); ok && p.Country != "" {
			// "Sydney": a town named alone as an actor stands for its
			// people (a capital alone is its government, which the
			// actors stage gives)
			out.Sector, out.Code = "CVL", dyad.JoinActor(p.Country, "CVL")
		}
	}
	return out, nil
}

// onlyPlace returns the place mention of d when it is all of the text (an
// optional "the" and final full stop aside).
func onlyPlace(d *dyad.Doc) (dyad.PlaceMention, bool) {
	if len(d.Places) != 1 {
		return dyad.PlaceMention{}, false
	}
	p := d.Places[0]
	t := d.Text()
	rest := strings.TrimSpace(t[:p.Start]) + strings.TrimSpace(t[p.End:])
	rest = strings.TrimSuffix(strings.TrimPrefix(strings.ToLower(rest), "the"), ".")
	return p, p.Start >= 0 && p.End <= len(t) && rest == ""
}

// parseTodayFlag reads a --today flag: "" (the zero time: the current
// date) or YYYY-MM-DD.
func parseTodayFlag(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dyad.DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--today: bad date %q (want YYYY-MM-DD)", s)
	}
	return t, nil
}

// placeCountry is the country of the first place mention of d with one.
func placeCountry(d *dyad.Doc) string {
	ps := append([]dyad.PlaceMention(nil), d.Places...)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Start < ps[j].Start })
	for _, p := range ps {
		if p.Country != "" {
			return p.Country
		}
	}
	return ""
}

func runKBResolve(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "kb resolve", "FILE.jsonl")
	kbDir := kbFlag(fs)
	todayFlag := fs.String("today", "", "the `date` (YYYY-MM-DD) a case's \"today\" stands for (default the current date)")
	arg, err := parseOneArg(fs, args)
	if err != nil {
		return err
	}
	today, err := parseTodayFlag(*todayFlag)
	if err != nil {
		return err
	}
	in, name, closeIn, err := openArg(e, arg)
	if err != nil {
		return err
	}
	defer closeIn()
	cases, err := readJSONL[actorCase](in, name)
	if err != nil {
		return err
	}
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	cr, err := newCaseResolver(kb)
	if err != nil {
		return err
	}
	cr.today = today
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	failed := false
	for _, k := range cases {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := cr.resolve(k)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad kb resolve: %s: %v\n", k.ID, err)
			failed = true
		}
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	if failed {
		return errSilent
	}
	return nil
}

// writeRows writes header and rows to dir/name, keeping the rows of an
// existing file whose id (first field) the new rows do not have: an import
// refreshes what it imported before and keeps the rest.
func writeRows(dir, name, header string, rows []string) (kept int, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	path := filepath.Join(dir, name)
	ids := map[string]bool{}
	for _, r := range rows {
		id, _, _ := strings.Cut(r, "\t")
		ids[id] = true
	}
	var old []string
	if b, err := os.ReadFile(path); err == nil {
		for i, l := range strings.Split(string(b), "\n") {
			if i == 0 || strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") || l == header {
				continue
			}
			id, _, _ := strings.Cut(l, "\t")
			if !ids[id] {
				old = append(old, l)
			}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return 0, err
	}
	var b strings.Builder
	b.WriteString(header + "\n")
	for _, l := range append(old, rows...) {
		b.WriteString(l + "\n")
	}
	return len(old), os.WriteFile(path, []byte(b.String()), 0o644)
}

func runKBImportWikidata(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "kb import-wikidata", "FILE")
	out := fs.String("out", "", "user KB `dir` to write people-wikidata.tsv into (default: print the rows)")
	posPath := fs.String("positions", "", "extra position table `file` (QID, CODE, OFFICE, KINDS; tab-separated)")
	kbDir := kbFlag(fs)
	arg, err := parseOneArg(fs, args)
	if err != nil {
		return err
	}
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	positions := actors.Positions
	if *posPath != "" {
		f, err := os.Open(*posPath)
		if err != nil {
			return err
		}
		more, err := actors.ReadPositions(f, *posPath)
		f.Close()
		if err != nil {
			return err
		}
		positions = append(append([]actors.Position(nil), positions...), more...)
	}
	var in io.Reader = e.stdin
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	people, rep, err := actors.ImportWikidata(in, kb, positions)
	if err != nil {
		return err
	}
	rows := make([]string, len(people))
	for i, p := range people {
		rows[i] = p.String()
	}
	if *out == "" {
		fmt.Fprintln(e.stdout, actors.PeopleHeader)
		for _, r := range rows {
			fmt.Fprintln(e.stdout, r)
		}
	} else {
		kept, err := writeRows(*out, "people-wikidata.tsv", actors.PeopleHeader, rows)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "dyad kb import-wikidata: %d rows kept from before\n", kept)
		if _, err := actors.LoadWithOverrides(actors.Bundled(), os.DirFS(*out)); err != nil {
			return fmt.Errorf("the written KB does not load: %w", err)
		}
	}
	fmt.Fprintf(e.stderr, "dyad kb import-wikidata: %d entities, %d people with %d terms; %d without a known position, %d without a country\n",
		rep.Entities, rep.People, rep.Terms, rep.NoTerms, rep.NoCountry)
	return nil
}

func runKBImportPetrarch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "kb import-petrarch", "DIR")
	out := fs.String("out", "", "user KB `dir` to write orgs-petrarch.tsv and roles-petrarch.tsv into (default: print the rows)")
	verbose := fs.Bool("v", false, "list what was skipped and why")
	kbDir := kbFlag(fs)
	arg, err := parseOneArg(fs, args)
	if err != nil {
		return err
	}
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	files, err := os.ReadDir(arg)
	if err != nil {
		return err
	}
	var rep actors.PetrarchReport
	var orgRows, roleRows []string
	for _, f := range files {
		name := strings.ToLower(f.Name())
		if f.IsDir() || !strings.HasSuffix(name, ".txt") {
			continue
		}
		isActors, isAgents := strings.Contains(name, "actors"), strings.Contains(name, "agents")
		if !isActors && !isAgents {
			continue
		}
		r, err := os.Open(filepath.Join(arg, f.Name()))
		if err != nil {
			return err
		}
		var rows []string
		if isActors {
			rows, err = actors.ImportPetrarchActors(r, f.Name(), kb, &rep)
			orgRows = append(orgRows, rows...)
		} else {
			rows, err = actors.ImportPetrarchAgents(r, f.Name(), kb, &rep)
			roleRows = append(roleRows, rows...)
		}
		r.Close()
		if err != nil {
			return err
		}
	}
	roleRows = dedupeByFirst(roleRows)
	if *out == "" {
		fmt.Fprintln(e.stdout, actors.OrgRowsHeader)
		for _, r := range orgRows {
			fmt.Fprintln(e.stdout, r)
		}
		fmt.Fprintln(e.stdout, "\n"+actors.RolesHeader)
		for _, r := range roleRows {
			fmt.Fprintln(e.stdout, r)
		}
	} else {
		if _, err := writeRows(*out, "orgs-petrarch.tsv", actors.OrgRowsHeader, orgRows); err != nil {
			return err
		}
		if _, err := writeRows(*out, "roles-petrarch.tsv", actors.RolesHeader, roleRows); err != nil {
			return err
		}
		if _, err := actors.LoadWithOverrides(actors.Bundled(), os.DirFS(*out)); err != nil {
			return fmt.Errorf("the written KB does not load: %w", err)
		}
	}
	fmt.Fprintf(e.stderr, "dyad kb import-petrarch: %d actors -> %d rows, %d agents -> %d roles, %d skipped\n",
		rep.Actors, rep.ActorRows, rep.Agents, rep.RoleRows, len(rep.Skipped))
	if *verbose {
		for _, s := range rep.Skipped {
			fmt.Fprintln(e.stderr, "  skipped", s)
		}
	}
	return nil
}

// dedupeByFirst keeps the first row of each first field.
func dedupeByFirst(rows []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rows {
		k, _, _ := strings.Cut(r, "\t")
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}
