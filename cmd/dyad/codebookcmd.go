package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/dyadproject/dyad/codebook"
)

func init() {
	register("codebook", "check the event codebook (dyad codebook check [--codebook DIR])", runCodebook)
}

// runCodebook validates the bundled codebook, or a user's pattern files,
// and lists the codes that no pattern evokes.
func runCodebook(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintln(e.stderr, "Usage: dyad codebook check [--codebook DIR]")
		return errUsage
	}
	fs := newFlags(e, "codebook", "check")
	dir := fs.String("codebook", "", "`dir` with a patterns.tsv (and optionally cameo.tsv) to check instead of the bundled ones")
	if _, err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	var cb *codebook.Codebook
	var err error
	if *dir != "" {
		cb, err = codebook.LoadDir(os.DirFS(*dir))
	} else {
		cb, err = codebook.Default()
	}
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return errSilent
	}
	codes, patterns := cb.Len()
	missing := cb.Uncovered()
	fmt.Fprintf(e.stdout, "codebook ok: %d codes, %d patterns, %d codes without a pattern\n", codes, patterns, len(missing))
	if len(missing) > 0 {
		fmt.Fprintf(e.stdout, "without a pattern: %s\n", strings.Join(missing, " "))
	}
	return nil
}
