package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dyadproject/dyad/export"
)

func init() {
	register("export", "write stored events as JSON Lines, CSV, GDELT 2.0 TSV or PLOVER JSON", runExport)
}

// exportPage is how many events `dyad export` reads from the store at a
// time; the stores cap a page at 10,000. Tests lower it.
var exportPage = 1000

// runExport runs `dyad export --db PATH --format F [filters] [--out FILE]`:
// the events matching the filters of `dyad query events`, newest first,
// read from the store page by page and written as they come.
func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "")
	var q queryFlags
	fs.StringVar(&q.db, "db", "dyad.db", "the event database: a SQLite `file` or a postgres:// URL")
	fs.StringVar(&q.format, "format", "jsonl", "output `format`: "+strings.Join(export.Formats, ", "))
	var outPath string
	fs.StringVar(&outPath, "out", "", "write to this `file` instead of standard output")
	q.addFilter(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	usageErr := func(err error) error {
		fmt.Fprintf(e.stderr, "dyad export: %v\n", err)
		fs.Usage()
		return errUsage
	}
	if len(rest) > 0 {
		return usageErr(fmt.Errorf("unexpected arguments %q", rest))
	}
	if _, err := export.New(q.format, io.Discard); err != nil {
		return usageErr(fmt.Errorf("--format: %q is not one of %s", q.format, strings.Join(export.Formats, ", ")))
	}
	if err := q.parseDates(); err != nil {
		return usageErr(err)
	}
	st, err := openStore(q.db)
	if err != nil {
		return err
	}
	defer st.Close()

	var out io.Writer = e.stdout
	var file *os.File
	if outPath != "" {
		if file, err = os.Create(outPath); err != nil {
			return err
		}
		defer file.Close()
		out = file
	}
	w, err := export.New(q.format, out)
	if err != nil {
		return err
	}
	f := q.f
	f.Limit = exportPage
	for {
		evs, err := st.Events(ctx, f)
		if err != nil {
			return err
		}
		for i := range evs {
			if err := w.Write(&evs[i]); err != nil {
				return err
			}
		}
		if len(evs) < exportPage {
			break
		}
		f.Offset += len(evs)
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	if file != nil {
		return file.Close()
	}
	return nil
}
