package actors

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// PETRARCH (and TABARI, Phoenix, UD-PETRARCH) dictionaries are plain text:
//
//	ACTOR_NAME [CODE]              # comment
//	+SYNONYM                       (more names of the entry above)
//	    [CODE <YYMMDD]             (code before a date)
//	    [CODE YYMMDD - YYMMDD]     (code between two dates)
//	    [CODE >YYMMDD]             (code after a date)
//
// Agents give roles: "FOREIGN_MINISTER [~GOV]" (a suffix added to the
// actor's code), "HUMAN_RIGHTS_BODY [NGO~]" (a prefix), with plurals in
// braces ("GOLDEN_GOOSE {GOLDEN_GEESE}"; "{}" for none). Underscores join
// words; "!...!" markers stand for word lists and are not imported; XML-style
// "<!-- -->" comments are skipped.

// OrgRowsHeader is the header line of the organisation files the
// importers write.
const OrgRowsHeader = "id\tnames\tcode\tterms\tsource"

// RolesHeader is the header line of the role files the importers write.
const RolesHeader = "phrase\tsector\tkind\tnote"

// PetrarchReport counts what the PETRARCH importers read and skipped.
type PetrarchReport struct {
	Actors, ActorRows, Agents, RoleRows int
	// Skipped are actors and agents that have no code dyad can use, with
	// why ("GOLLUM: code HOB: not a country of the KB").
	Skipped []string
}

// pEntry is one actor of a dictionary being read.
type pEntry struct {
	names []string
	codes []pCode
	line  int
}

type pCode struct {
	code       string
	start, end time.Time // zero: open
}

// ImportPetrarchActors reads a PETRARCH actor dictionary and returns
// orgs.tsv rows (without header): one per actor whose codes dyad can use
// (every code a valid actor code whose first group is a country of kb, IGO,
// NGO, IMG, MNC or "---"), its dated codes as terms. PETRARCH does not say
// whether an actor is a person or a body; all become organisation rows
// (people with terms belong in people.tsv, which needs a nationality).
// name is used in sources and messages.
func ImportPetrarchActors(r io.Reader, name string, kb *KB, rep *PetrarchReport) ([]string, error) {
	var entries []*pEntry
	var cur *pEntry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	inComment := false
	for sc.Scan() {
		line++
		raw := sc.Text()
		t := strings.TrimSpace(raw)
		if inComment {
			if strings.Contains(t, "-->") {
				inComment = false
			}
			continue
		}
		if strings.HasPrefix(t, "<!--") {
			inComment = !strings.Contains(t, "-->")
			continue
		}
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		if t == "" {
			continue
		}
		switch {
		case strings.HasPrefix(t, "+"):
			if cur != nil {
				if n := petrarchName(t[1:]); n != "" {
					cur.names = append(cur.names, n)
				}
			}
		case strings.HasPrefix(t, "["):
			if cur != nil {
				if c, ok := parsePCode(t); ok {
					cur.codes = append(cur.codes, c)
				} else {
					rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s:%d: bad code block %q", name, line, t))
				}
			}
		default:
			nm, rest, _ := strings.Cut(t, "[")
			cur = &pEntry{line: line}
			if n := petrarchName(nm); n != "" {
				cur.names = append(cur.names, n)
			}
			entries = append(entries, cur)
			if rest != "" {
				if c, ok := parsePCode("[" + rest); ok {
					cur.codes = append(cur.codes, c)
				} else {
					rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s:%d: bad code block %q", name, line, "["+rest))
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actors: %s: %w", name, err)
	}
	var rows []string
	ids := map[string]bool{}
	for _, e := range entries {
		rep.Actors++
		if len(e.names) == 0 || len(e.codes) == 0 {
			continue
		}
		bad := ""
		for _, c := range e.codes {
			if why := usableCode(c.code, kb); why != "" {
				bad = why
				break
			}
		}
		if bad != "" {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s:%d: %s: %s", name, e.line, e.names[0], bad))
			continue
		}
		base := e.codes[0].code
		var terms []string
		for _, c := range e.codes {
			if c.start.IsZero() && c.end.IsZero() {
				base = c.code
				continue
			}
			start := c.start
			if start.IsZero() {
				start = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
			}
			end := ""
			if !c.end.IsZero() {
				end = c.end.Format(dateLayout)
			}
			terms = append(terms, c.code+":PETRARCH dated code:"+start.Format(dateLayout)+":"+end)
		}
		id := "petrarch-" + slug(e.names[0])
		for k := 2; ids[id]; k++ {
			id = "petrarch-" + slug(e.names[0]) + "-" + strconv.Itoa(k)
		}
		ids[id] = true
		rows = append(rows, strings.Join([]string{id, strings.Join(e.names, "|"), base, strings.Join(terms, "|"), fmt.Sprintf("PETRARCH dictionary %s:%d", name, e.line)}, "\t"))
		rep.ActorRows++
	}
	return rows, nil
}

// usableCode says why an actor code cannot be used in orgs.tsv, "" if it
// can.
func usableCode(code string, kb *KB) string {
	if !validCode(code) {
		return fmt.Sprintf("code %s: not groups of three upper-case letters", code)
	}
	p := code[:3]
	if _, special := orgPrefixes[p]; special {
		return ""
	}
	if _, ok := kb.countries[p]; ok {
		return ""
	}
	return fmt.Sprintf("code %s: %s is not a country of the KB", code, p)
}

// petrarchName turns "PRESIDENT_GEORGE_W._BUSH" into "PRESIDENT GEORGE W.
// BUSH"; names with "!" markers give "".
func petrarchName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '{'); i >= 0 {
		s = s[:i]
	}
	if strings.Contains(s, "!") {
		return ""
	}
	s = strings.ReplaceAll(s, "_", " ")
	// PETRARCH writes names in capitals and matches them in any case; so
	// that they do not read as acronyms (which match case-sensitively),
	// they are written with only initial capitals.
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// parsePCode reads "[CODE]", "[CODE <950601]", "[CODE >990816]", "[CODE
// 19950601 - 19990815]".
func parsePCode(s string) (pCode, bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") {
		return pCode{}, false
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return pCode{}, false
	}
	f := strings.Fields(s[1:end])
	if len(f) == 0 {
		return pCode{}, false
	}
	c := pCode{code: strings.ToUpper(f[0])}
	rest := strings.Join(f[1:], " ")
	var ok bool
	switch {
	case rest == "":
		return c, true
	case strings.HasPrefix(rest, "<"):
		var d time.Time
		if d, ok = petrarchDate(strings.TrimSpace(rest[1:])); ok {
			c.end = d.AddDate(0, 0, -1)
		}
	case strings.HasPrefix(rest, ">"):
		c.start, ok = petrarchDate(strings.TrimSpace(rest[1:]))
	default:
		a, b, found := strings.Cut(rest, "-")
		if !found {
			return pCode{}, false
		}
		var ok2 bool
		c.start, ok = petrarchDate(strings.TrimSpace(a))
		c.end, ok2 = petrarchDate(strings.TrimSpace(b))
		ok = ok && ok2 && !c.end.Before(c.start)
	}
	return c, ok
}

// petrarchDate reads YYMMDD (years 00-29 are 20xx, others 19xx, as TABARI
// reads them) or YYYYMMDD.
func petrarchDate(s string) (time.Time, bool) {
	switch len(s) {
	case 6:
		yy, err := strconv.Atoi(s[:2])
		if err != nil {
			return time.Time{}, false
		}
		century := "19"
		if yy < 30 {
			century = "20"
		}
		s = century + s
	case 8:
	default:
		return time.Time{}, false
	}
	t, err := time.Parse("20060102", s)
	return t, err == nil
}

// ImportPetrarchAgents reads a PETRARCH agent dictionary and returns
// roles.tsv rows (without header): one noun role per agent phrase (and its
// plural: the one in braces, else the phrase + "s") whose code gives a
// sector dyad knows (the first group of "~GOVMED" is GOV; a prefix agent
// "NGO~" gives NGO). Phrases with "!" markers, and phrases kb already has
// (its role vocabulary is finer: titles, modifiers), are skipped.
func ImportPetrarchAgents(r io.Reader, name string, kb *KB, rep *PetrarchReport) ([]string, error) {
	var rows []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	inComment := false
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if inComment {
			if strings.Contains(t, "-->") {
				inComment = false
			}
			continue
		}
		if strings.HasPrefix(t, "<!--") {
			inComment = !strings.Contains(t, "-->")
			continue
		}
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		if t == "" || !strings.Contains(t, "[") {
			continue
		}
		rep.Agents++
		head, rest, _ := strings.Cut(t, "[")
		code, _, _ := strings.Cut(rest, "]")
		code = strings.ToUpper(strings.TrimSpace(code))
		var sector string
		switch {
		case strings.HasPrefix(code, "~") && len(code) >= 4:
			sector = code[1:4]
		case strings.HasSuffix(code, "~") && len(code) >= 4:
			sector = code[:3]
		}
		phrase := petrarchName(head)
		if phrase == "" || !sectors[sector] || sector == "-" {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s:%d: agent %q: no usable phrase or sector", name, line, strings.TrimSpace(head)))
			continue
		}
		forms := []string{normRole(phrase)}
		if i := strings.IndexByte(head, '{'); i >= 0 {
			if j := strings.IndexByte(head[i:], '}'); j > 0 {
				if pl := petrarchName(head[i+1 : i+j]); pl != "" {
					forms = append(forms, normRole(pl))
				}
			}
		} else if !strings.HasSuffix(forms[0], "s") {
			forms = append(forms, forms[0]+"s")
		}
		for _, f := range forms {
			if seen[f] {
				continue
			}
			if _, ok := kb.Role(f); ok {
				rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s:%d: agent %q: already in the KB", name, line, f))
				continue
			}
			seen[f] = true
			rows = append(rows, strings.Join([]string{f, sector, RoleNoun, fmt.Sprintf("PETRARCH agent %s:%d", name, line)}, "\t"))
			rep.RoleRows++
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actors: %s: %w", name, err)
	}
	return rows, nil
}
