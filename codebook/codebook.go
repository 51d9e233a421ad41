// Package codebook holds the CAMEO event codes with their Goldstein values
// and PLOVER types, and the patterns (verbs and event nouns) that evoke
// them. Both are embedded data files, validated when loaded.
//
// Codes follow GDELT's CAMEO numbering (105 demand mediation, 106 demand
// withdrawal, 107 demand ceasefire, 108 demand meeting); see README.md.
package codebook

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/cameo.tsv data/patterns.tsv data/synonyms.tsv
var data embed.FS

// Code is one CAMEO event code.
type Code struct {
	Code      string
	Root      string
	Name      string
	Goldstein float64
	// PLOVER is the PLOVER event type ("CONSULT"), Mode its mode
	// ("third-party"); both empty for codes PLOVER does not cover (01).
	PLOVER string
	Mode   string
}

// Pattern is a sequence of words that evokes an event code.
type Pattern struct {
	Code string
	// Noun is true for event nouns ("meeting between"), false for verbs.
	Noun bool
	// Words are lemmas; Words[0] is the trigger.
	Words []string
	// Recip patterns are coded in both directions.
	Recip bool
	// Intent patterns report an intention (modality "intended").
	Intent bool
	// Cond patterns may take their target from an if/unless clause
	// ("vowed to respond if North Korea ...").
	Cond bool
	// NoObject patterns look for no target after the trigger.
	NoObject bool
	// Rev patterns swap source and target: the subject receives the
	// event from the actor after the trigger ("received weapons from X"
	// is X -> subject).
	Rev bool
	// Actor patterns need an actor between the trigger and their second
	// word ("want X to": an appeal; "want to" alone is not).
	Actor bool
	// NegCode is the code of the event when negated ("did not agree" is
	// 120); "" when a negated trigger codes nothing.
	NegCode string
	// Origin is "patterns.tsv:LINE".
	Origin string
}

// String returns the pattern as written in the data file.
func (p *Pattern) String() string {
	k := "V"
	if p.Noun {
		k = "N"
	}
	return k + " " + strings.Join(p.Words, " ")
}

// Codebook is the set of codes and patterns. It is immutable and safe for
// concurrent use.
type Codebook struct {
	codes    map[string]*Code
	patterns map[string][]*Pattern // by trigger lemma, longest first
	n        int
}

// Default returns the embedded codebook, loaded once.
var Default = sync.OnceValues(func() (*Codebook, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, err
	}
	return Load(sub)
})

// Load reads cameo.tsv and patterns.tsv from fsys, and synonyms.tsv if
// fsys has one. Every problem is
// reported with its file and line; all of them are returned, joined.
func Load(fsys fs.FS) (*Codebook, error) {
	cb := &Codebook{codes: map[string]*Code{}, patterns: map[string][]*Pattern{}}
	var errs []error
	if err := readTSV(fsys, "cameo.tsv", func(line int, f []string) error {
		return cb.addCode(f)
	}, &errs); err != nil {
		return nil, err
	}
	seen := map[string]string{}
	if err := readTSV(fsys, "patterns.tsv", func(line int, f []string) error {
		p, err := cb.parsePattern(f)
		if err != nil {
			return err
		}
		p.Origin = "patterns.tsv:" + strconv.Itoa(line)
		if prev, ok := seen[p.String()]; ok {
			return fmt.Errorf("pattern %q already defined at %s", p.String(), prev)
		}
		seen[p.String()] = p.Origin
		cb.patterns[p.Words[0]] = append(cb.patterns[p.Words[0]], p)
		cb.n++
		return nil
	}, &errs); err != nil {
		return nil, err
	}
	if _, err := fs.Stat(fsys, "synonyms.tsv"); err == nil {
		if err := readTSV(fsys, "synonyms.tsv", func(line int, f []string) error {
			return cb.addSynonym(f, "synonyms.tsv:"+strconv.Itoa(line), seen)
		}, &errs); err != nil {
			return nil, err
		}
	}
	for _, ps := range cb.patterns {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].Words) > len(ps[j].Words) })
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return cb, nil
}

// readTSV calls row for each data line of a TSV file (after its header;
// blank and # lines skipped), collecting row errors as "file:line: err".
// It returns an error only when the file cannot be read.
func readTSV(fsys fs.FS, name string, row func(line int, f []string) error, errs *[]error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("codebook: %w", err)
	}
	defer f.Close()
	return scanTSV(name, f, row, errs)
}

func scanTSV(name string, r io.Reader, row func(line int, f []string) error, errs *[]error) error {
	sc := bufio.NewScanner(r)
	header := true
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		if err := row(line, strings.Split(text, "\t")); err != nil {
			*errs = append(*errs, fmt.Errorf("codebook: %s:%d: %w", name, line, err))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("codebook: %s: %w", name, err)
	}
	return nil
}

func (cb *Codebook) addCode(f []string) error {
	if len(f) < 6 {
		return fmt.Errorf("want at least 6 columns, have %d", len(f))
	}
	code := f[0]
	if !isDigits(code) || len(code) < 2 || len(code) > 4 {
		return fmt.Errorf("code %q: want 2 to 4 digits", code)
	}
	if f[1] != code[:2] {
		return fmt.Errorf("code %s: root %q is not its first two digits", code, f[1])
	}
	g, err := strconv.ParseFloat(f[3], 64)
	if err != nil || g < -10 || g > 10 {
		return fmt.Errorf("code %s: goldstein %q: want a number in [-10, 10]", code, f[3])
	}
	if _, dup := cb.codes[code]; dup {
		return fmt.Errorf("code %s defined twice", code)
	}
	c := &Code{Code: code, Root: f[1], Name: f[2], Goldstein: g, PLOVER: f[4], Mode: f[5]}
	if m, ok := modeFix[code]; ok {
		c.Mode = m
	}
	cb.codes[code] = c
	return nil
}

// modeFix gives the PLOVER modes of 105-108 in GDELT numbering. PLOVER's
// CAMEO table follows the CAMEO 1.1b3 manual, where 105 is yield, 106
// meeting, 107 settle and 108 mediation; the rows of cameo.tsv carry those
// modes under GDELT's names.
var modeFix = map[string]string{
	"105": "meet",  // demand mediation (manual 108)
	"106": "yield", // demand withdrawal (a demand to yield)
	"107": "yield", // demand ceasefire
	"108": "meet",  // demand meeting, negotiation (manual 106)
}

func (cb *Codebook) parsePattern(f []string) (*Pattern, error) {
	if len(f) < 2 {
		return nil, fmt.Errorf("want code and pattern columns, have %d column(s)", len(f))
	}
	code := strings.TrimSpace(f[0])
	if _, ok := cb.codes[code]; !ok {
		return nil, fmt.Errorf("code %q is not a CAMEO code", code)
	}
	words := strings.Fields(f[1])
	if len(words) < 2 || words[0] != "V" && words[0] != "N" {
		return nil, fmt.Errorf("pattern %q: want \"V words...\" or \"N words...\"", f[1])
	}
	p := &Pattern{Code: code, Noun: words[0] == "N", Words: words[1:]}
	for _, w := range p.Words {
		if w != strings.ToLower(w) {
			return nil, fmt.Errorf("pattern %q: words are lower-case lemmas", f[1])
		}
	}
	if len(f) > 2 && strings.TrimSpace(f[2]) != "" {
		for _, flag := range strings.Split(f[2], ",") {
			flag = strings.TrimSpace(flag)
			switch {
			case flag == "recip":
				p.Recip = true
			case flag == "intent":
				p.Intent = true
			case flag == "cond":
				p.Cond = true
			case flag == "noobj":
				p.NoObject = true
			case flag == "rev":
				p.Rev = true
			case flag == "actor":
				p.Actor = true
				if len(p.Words) < 2 {
					return nil, fmt.Errorf("flag actor: pattern %q has no second word", f[1])
				}
			case strings.HasPrefix(flag, "neg="):
				p.NegCode = strings.TrimPrefix(flag, "neg=")
				if _, ok := cb.codes[p.NegCode]; !ok {
					return nil, fmt.Errorf("flag %q: %q is not a CAMEO code", flag, p.NegCode)
				}
			default:
				return nil, fmt.Errorf("unknown flag %q (want recip, intent, cond, noobj, rev, actor or neg=CODE)", flag)
			}
		}
	}
	return p, nil
}

// addSynonym reads a synonyms.tsv row "word, lemma": every pattern of two
// or more words whose trigger is lemma is also a pattern of word ("dismiss
// appeal" from "reject appeal"), unless word already has it. Single-word
// patterns are not copied: "dismiss" alone is not "reject". A lemma
// without patterns adds nothing.
func (cb *Codebook) addSynonym(f []string, origin string, seen map[string]string) error {
	if len(f) < 2 {
		return fmt.Errorf("want word and lemma columns, have %d column(s)", len(f))
	}
	word, lemma := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
	if word == "" || lemma == "" || strings.ContainsAny(word+lemma, " \t") || word != strings.ToLower(word) || lemma != strings.ToLower(lemma) {
		return fmt.Errorf("synonym %q of %q: want two lower-case single words", word, lemma)
	}
	// A user's patterns.tsv may lack the bundled synonyms' lemmas: such a
	// row adds nothing (patterns_test.go checks the bundled rows).
	src := cb.patterns[lemma]
	for _, p := range src {
		if len(p.Words) < 2 || p.Noun {
			continue
		}
		q := *p
		q.Words = append([]string{word}, p.Words[1:]...)
		if _, dup := seen[q.String()]; dup {
			continue
		}
		q.Origin = origin + " (" + p.Origin + ")"
		seen[q.String()] = q.Origin
		cb.patterns[word] = append(cb.patterns[word], &q)
		cb.n++
	}
	return nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// Code returns the code's entry.
func (cb *Codebook) Code(code string) (*Code, bool) {
	c, ok := cb.codes[code]
	return c, ok
}

// Patterns returns the patterns whose trigger is lemma, longest first. The
// slice must not be modified.
func (cb *Codebook) Patterns(lemma string) []*Pattern {
	return cb.patterns[lemma]
}

// Uncovered returns the three- and four-digit codes that no pattern
// evokes, ascending.
func (cb *Codebook) Uncovered() []string {
	have := map[string]bool{}
	for _, ps := range cb.patterns {
		for _, p := range ps {
			have[p.Code] = true
			if p.NegCode != "" {
				have[p.NegCode] = true
			}
		}
	}
	var out []string
	for code := range cb.codes {
		if len(code) >= 3 && !have[code] {
			out = append(out, code)
		}
	}
	sort.Strings(out)
	return out
}

// LoadDir reads a user codebook from dir: its patterns.tsv (and cameo.tsv,
// if present, else the embedded one), validated like the bundled files.
func LoadDir(dir fs.FS) (*Codebook, error) {
	if _, err := fs.Stat(dir, "cameo.tsv"); err == nil {
		return Load(dir)
	}
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, err
	}
	return Load(overlay{base: sub, top: dir})
}

// overlay serves files from top, falling back to base.
type overlay struct{ base, top fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	if f, err := o.top.Open(name); err == nil {
		return f, nil
	}
	return o.base.Open(name)
}

// Len returns the number of codes and of patterns.
func (cb *Codebook) Len() (codes, patterns int) {
	return len(cb.codes), cb.n
}
