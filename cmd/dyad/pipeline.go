package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actors"
	"github.com/dyadproject/dyad/codebook"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/places"
	"github.com/dyadproject/dyad/quotes"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/times"
)

// pipelineConfig holds what the user may change about the stages.
type pipelineConfig struct {
	// KBDir holds user actor files that override the bundled ones by id
	// ("" = bundled only).
	KBDir string
	// CodebookDir holds a user patterns.tsv (and optionally cameo.tsv)
	// used instead of the bundled codebook ("" = bundled).
	CodebookDir string
	// NoParse turns the dependency parse off: the coder then reads event
	// arguments off clause boundaries alone. By default the text stage
	// parses every sentence and the coder lets the parse fill the
	// arguments the clause reading misses; on the three gold files that
	// scores at least as well as without (coder/README.md).
	NoParse bool
}

// addFlags registers --kb and --codebook on a subcommand's flags.
func (c *pipelineConfig) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.KBDir, "kb", "", "`dir` of actor files (countries.tsv, people.tsv ...) overriding the bundled ones by id")
	fs.StringVar(&c.CodebookDir, "codebook", "", "`dir` with patterns.tsv (and optionally cameo.tsv) to use instead of the bundled codebook")
	fs.Var(notFlag{&c.NoParse}, "parse", "parse dependencies and let the parse fill the event arguments the clause reading misses (--parse=false: clause reading alone, about twice as fast)")
}

// newPipeline wires the stages of `dyad code` in order: text, places,
// actors, times, quotes, events. The result is safe for concurrent use.
func newPipeline(cfg pipelineConfig) (*dyad.Pipeline, error) {
	ta, err := text.New()
	if err != nil {
		return nil, err
	}
	if !cfg.NoParse {
		if ta, err = ta.WithParser(); err != nil {
			return nil, err
		}
	}
	kb, err := loadKB(cfg.KBDir)
	if err != nil {
		return nil, err
	}
	cb, err := codebook.Default()
	if cfg.CodebookDir != "" {
		if _, serr := os.Stat(cfg.CodebookDir); serr != nil {
			return nil, fmt.Errorf("--codebook: %w", serr)
		}
		cb, err = codebook.LoadDir(os.DirFS(cfg.CodebookDir))
	}
	if err != nil {
		return nil, err
	}
	pl, err := places.New()
	if err != nil {
		return nil, err
	}
	return &dyad.Pipeline{Stages: []dyad.Stage{
		ta,
		pl,
		actors.NewResolver(kb),
		times.New(),
		quotes.New(),
		coder.New(cb),
	}}, nil
}

// notFlag is a boolean flag that sets the negation of its value ("--parse"
// default true sets NoParse false).
type notFlag struct{ p *bool }

func (f notFlag) String() string {
	if f.p == nil {
		return "false" // the zero value, for flag's "(default true)"
	}
	return strconv.FormatBool(!*f.p)
}

func (f notFlag) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	*f.p = !v
	return nil
}

func (f notFlag) IsBoolFlag() bool { return true }

// codeFlags are the flags of the commands that read and code articles
// (`dyad code`, `dyad ingest`): --date, --workers and the pipeline's.
type codeFlags struct {
	date    *string
	workers *int
	cfg     pipelineConfig
}

func addCodeFlags(fs *flag.FlagSet) *codeFlags {
	c := &codeFlags{
		date:    fs.String("date", "", "publication `date` (YYYY-MM-DD) of plain-text articles and of JSONL lines without one"),
		workers: fs.Int("workers", runtime.GOMAXPROCS(0), "number of articles coded at once"),
	}
	c.cfg.addFlags(fs)
	return c
}

// options checks the flags and returns the reading options; a bad value
// is reported, with the usage, as a usage error.
func (c *codeFlags) options(e *env, fs *flag.FlagSet, cmd string) (ingest.Options, error) {
	opts := ingest.Options{Stdin: e.stdin}
	if *c.date != "" {
		t, err := time.Parse(dyad.DateLayout, *c.date)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad %s: --date: %q is not a date of the form YYYY-MM-DD\n", cmd, *c.date)
			fs.Usage()
			return opts, errUsage
		}
		opts.Published = t
	}
	if *c.workers < 1 {
		fmt.Fprintf(e.stderr, "dyad %s: --workers: %d is not a positive number\n", cmd, *c.workers)
		fs.Usage()
		return opts, errUsage
	}
	return opts, nil
}
