package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
)

func init() {
	register("code", "code news articles into article records (JSON Lines)", runCode)
}

// codeJob is one item of `dyad code` in input order: an article to code,
// or an error met while reading.
type codeJob struct {
	article *dyad.Article
	readErr error
	done    chan struct{} // closed when doc and err are set
	doc     *dyad.Doc
	err     error
	// skipped is set by a process function that left the article alone
	// (dyad ingest: its content is already stored).
	skipped bool
}

// runJobs reads the articles of files in turn and runs process on each on
// n workers. It returns every job (articles and read errors) in input
// order on a channel that closes at the end of the input; a job with an
// article is ready to look at once its done channel is closed. At most 4n
// jobs are in flight. The returned context is cancelled by stop, which
// the caller calls (deferred) when done or giving up: it stops the reader
// and waits for the workers.
func runJobs(ctx context.Context, files []string, opts ingest.Options, n int, process func(*codeJob)) (<-chan *codeJob, context.Context, func()) {
	ctx, cancel := context.WithCancel(ctx)
	order := make(chan *codeJob, 4*n) // every job, in input order
	work := make(chan *codeJob, n)    // jobs with an article to process

	// Read the inputs in turn.
	go func() {
		defer close(order)
		defer close(work)
		emit := func(j *codeJob) bool {
			select {
			case order <- j:
			case <-ctx.Done():
				return false
			}
			if j.article == nil {
				return true
			}
			select {
			case work <- j:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, path := range files {
			if !readInput(ctx, path, opts, emit) {
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case j, ok := <-work:
					if !ok {
						return
					}
					process(j)
					close(j.done)
				}
			}
		}()
	}
	return order, ctx, func() {
		cancel()
		wg.Wait()
	}
}

// runCode reads articles from files ("-" is standard input), codes them
// on --workers goroutines and prints one article record per line to
// stdout, in input order. Read and coding errors and warnings go to
// stderr, one line each, and the other articles are still coded; if any
// article failed, it ends with a summary line and exit status 1.
func runCode(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "code", "FILE... | -")
	cf := addCodeFlags(fs)
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opts, err := cf.options(e, fs, "code")
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fmt.Fprintln(e.stderr, "dyad code: no input files (use - for standard input)")
		fs.Usage()
		return errUsage
	}
	cfg, workers := cf.cfg, cf.workers
	coder, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	return codeFiles(ctx, e, coder, files, opts, *workers)
}

// codeFiles codes the articles of files on n workers. At most 4n articles
// are in flight, so memory does not grow with the input.
func codeFiles(ctx context.Context, e *env, coder dyad.Coder, files []string, opts ingest.Options, n int) error {
	order, ctx, stop := runJobs(ctx, files, opts, n, func(j *codeJob) {
		j.doc, j.err = coder.Code(j.article)
	})
	defer stop()

	// Print in input order.
	out := bufio.NewWriterSize(e.stdout, 256<<10)
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(false)
	total, failed, written := 0, 0, 0
	report := func(err error) {
		failed++
		fmt.Fprintln(e.stderr, oneLine(err.Error()))
	}
	for j := range order {
		total++
		if j.readErr != nil {
			report(j.readErr)
			continue
		}
		select {
		case <-j.done:
		default:
			// Nothing ready: let the reader of stdout see what is done.
			if err := out.Flush(); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
			select {
			case <-j.done:
			case <-ctx.Done():
			}
		}
		if ctx.Err() != nil {
			break
		}
		warnings := j.article.Warnings
		if j.doc != nil {
			warnings = j.doc.Warnings
		}
		for _, w := range warnings {
			fmt.Fprintln(e.stderr, oneLine(warningLine(j.article.Origin, w)))
		}
		if j.err != nil {
			report(j.err)
			continue
		}
		line.Reset()
		if err := enc.Encode(j.doc.Record()); err != nil {
			report(&dyad.Error{Code: dyad.EInternal, Op: "record", Article: j.article.ID, Origin: j.article.Origin, Err: err})
			continue
		}
		if _, err := out.Write(line.Bytes()); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		written++
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if ctx.Err() != nil {
		fmt.Fprintf(e.stderr, "dyad code: interrupted after %d records\n", written)
		return errSilent
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "dyad code: %d of %d articles failed\n", failed, total)
		return errSilent
	}
	return nil
}

// readInput sends the articles and read errors of one input to emit, and
// reports false when emit asks to stop.
func readInput(ctx context.Context, path string, opts ingest.Options, emit func(*codeJob) bool) bool {
	r, c, err := ingest.Open(path, opts)
	if err != nil {
		return emit(&codeJob{readErr: err})
	}
	defer c.Close()
	for ctx.Err() == nil {
		a, err := r.Next()
		if err == io.EOF {
			return true
		}
		j := &codeJob{article: a, readErr: err}
		if a != nil {
			j.done = make(chan struct{})
		}
		if !emit(j) {
			return false
		}
	}
	return false
}

// warningLine formats a warning of the article read at origin as
// "file:line: warning: message". Warnings that start with their own
// location ("file:12: ...", as ingest writes them) keep it.
func warningLine(origin, w string) string {
	file := origin
	if i := strings.LastIndexByte(origin, ':'); i > 0 && isDigits(origin[i+1:]) {
		file = origin[:i]
	}
	if rest, ok := strings.CutPrefix(w, file+":"); ok {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i > 0 && strings.HasPrefix(rest[i:], ": ") {
			return file + ":" + rest[:i] + ": warning: " + rest[i+2:]
		}
	}
	return origin + ": warning: " + w
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// oneLine keeps a message on one line of stderr (a stage panic carries a
// stack trace).
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
