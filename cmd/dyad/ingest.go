package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/sqlite"
)

func init() {
	register("ingest", "code articles (files, folders, JSON Lines, RSS/Atom feeds, HTML pages, http(s) URLs) and store them in the event database", runIngest)
}

// ingestExts are the file extensions read from folders (.xml only when
// named directly: most XML files are not feeds).
var ingestExts = map[string]bool{".txt": true, ".jsonl": true, ".json": true,
	".html": true, ".htm": true, ".rss": true, ".atom": true}

// runIngest codes the articles of files, folders and http(s) URLs on
// --workers goroutines and stores them in --db. Articles whose content is
// already stored are skipped before coding, so an interrupted ingest run
// again finishes without duplicates. A bad article, file or URL is
// reported on stderr and the others are still stored; the run ends with
// a summary on stdout and exit status 1 if any failed.
func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "FILE|DIR|URL...")
	db := fs.String("db", "dyad.db", "the event database: a SQLite `file` or a postgres:// URL")
	every := fs.Int("progress", 500, "print a progress line every `n` articles (0: never)")
	fetchItems := fs.Bool("fetch-items", false, "for feed items that carry only a summary, fetch the linked page and code its article")
	maxBody := fs.Int("max-body", ingest.DefaultMaxBody>>20, "largest body read from a URL, in `MiB`")
	timeout := fs.Duration("timeout", ingest.DefaultTimeout, "time allowed for each URL (connecting, redirects, body)")
	cf := addCodeFlags(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opts, err := cf.options(e, fs, "ingest")
	if err != nil {
		return err
	}
	if *maxBody < 1 || *timeout <= 0 {
		fmt.Fprintln(e.stderr, "dyad ingest: --max-body and --timeout must be positive")
		fs.Usage()
		return errUsage
	}
	opts.FetchItems = *fetchItems
	opts.MaxBody = int64(*maxBody) << 20
	opts.Client = ingest.NewClient(*timeout)
	opts.Context = ctx
	cfg, workers := cf.cfg, cf.workers
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "dyad ingest: no input files or folders")
		fs.Usage()
		return errUsage
	}
	files, ids, err := expandInputs(paths)
	if err != nil {
		return err
	}
	opts.FileID = func(path string) string { return ids[path] }
	st, err := openStore(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	coder, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	return ingestFiles(ctx, e, coder, st, files, opts, *workers, *every)
}

// openStore opens the event database named by --db: a PostgreSQL store
// for a postgres:// or postgresql:// URL, a SQLite file otherwise.
func openStore(db string) (dyad.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		st, err := postgres.Open(context.Background(), db)
		if err != nil {
			return nil, err
		}
		return st, nil
	}
	st, err := sqlite.Open(db)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// expandInputs replaces each folder of paths by the files under it
// (recursively, in lexical order) whose extension is in ingestExts.
// Files, URLs and "-" named directly are kept whatever their extension.
//
// ids names the articles of each file (ingest.Options.FileID): a file
// found in a folder by its path relative to that folder, a file named
// directly by its base name, both with their extension and with forward
// slashes ("story.txt", "story.html", "2022/story.txt"), so that files
// that differ only by extension or folder are different articles. URLs
// and "-" have no entry.
func expandInputs(paths []string) (files []string, ids map[string]string, err error) {
	ids = map[string]string{}
	for _, p := range paths {
		if ingest.IsURL(p) {
			files = append(files, p) // fetched, or refused, when read
			continue
		}
		fi, err := os.Stat(p)
		if p == "-" || err != nil || !fi.IsDir() {
			files = append(files, p) // errors are reported when reading
			if p != "-" {
				ids[p] = filepath.Base(p)
			}
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && ingestExts[strings.ToLower(filepath.Ext(path))] {
				found = append(found, path)
				rel, err := filepath.Rel(p, path)
				if err != nil {
					rel = filepath.Base(path)
				}
				ids[path] = filepath.ToSlash(rel)
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, ids, nil
}

// ingestStats counts what an ingest did.
type ingestStats struct {
	read, stored, skipped, failed, events, warnings int
	start                                           time.Time
}

func (s *ingestStats) rate() float64 {
	sec := time.Since(s.start).Seconds()
	if sec <= 0 {
		return 0
	}
	return float64(s.read) / sec
}

func (s *ingestStats) String() string {
	return fmt.Sprintf("%d articles read, %d new, %d skipped, %d failed, %d events stored, %.1f articles/s",
		s.read, s.stored, s.skipped, s.failed, s.events, s.rate())
}

// saveBatch is the largest number of coded articles ingest stores in one
// transaction (when the store has SaveArticles).
const saveBatch = 64

// batchSaver is implemented by stores that save several articles in one
// transaction (store/sqlite, store/postgres; storetest.BatchSaver).
type batchSaver interface {
	SaveArticles(ctx context.Context, articles []*dyad.Article, records []*dyad.Record) ([]bool, error)
}

// ingestFiles codes the articles of files not yet in st on n workers and
// saves them in input order: up to saveBatch coded articles at a time in
// one transaction when the store can, then their merges into canonical
// events. A batch the store refuses is saved again one article at a time,
// so that one bad article fails alone.
func ingestFiles(ctx context.Context, e *env, coder dyad.Coder, st dyad.Store, files []string, opts ingest.Options, n, every int) error {
	base := ctx // read by the workers, which start before ctx is reassigned
	order, ctx, stop := runJobs(ctx, files, opts, n, func(j *codeJob) {
		has, err := st.HasArticle(base, dyad.HashContent(j.article))
		switch {
		case err != nil:
			j.err = err
		case has:
			j.skipped = true
		default:
			j.doc, j.err = coder.Code(j.article)
		}
	})
	defer stop()

	canon, err := newCanonicalizer(ctx, st)
	if err != nil {
		return err
	}
	bs, _ := st.(batchSaver)
	tty := isTerminal(e.stderr)
	stats := &ingestStats{start: time.Now()}
	report := func(err error) {
		stats.failed++
		if tty {
			fmt.Fprint(e.stderr, "\r\033[K")
		}
		fmt.Fprintln(e.stderr, oneLine(err.Error()))
	}
	var (
		arts []*dyad.Article // coded, not yet stored
		recs []*dyad.Record
	)
	// flush stores the batch, then merges the events of the new articles
	// into canonical events in one transaction.
	flush := func() {
		if len(arts) == 0 || ctx.Err() != nil {
			return
		}
		var (
			created []bool
			batched bool
		)
		if bs != nil && len(arts) > 1 {
			var err error
			created, err = bs.SaveArticles(ctx, arts, recs)
			batched = err == nil
		}
		var ids []string
		for i, a := range arts {
			c := batched && created[i]
			if !batched {
				var err error
				if c, err = st.SaveArticle(ctx, a, recs[i]); err != nil {
					report(fmt.Errorf("%s: %w", a.Origin, err))
					continue
				}
			}
			if !c {
				stats.skipped++ // the same content twice in this run
				continue
			}
			stats.stored++
			stats.events += len(recs[i].Events)
			ids = append(ids, recs[i].ID)
		}
		if canon != nil && len(ids) > 0 {
			if err := canon.addAll(ctx, ids); err != nil {
				report(fmt.Errorf("%s: dedup: %w", arts[0].Origin, err))
			}
		}
		arts, recs = arts[:0], recs[:0]
	}
	progress := func() {
		switch {
		case tty:
			fmt.Fprintf(e.stderr, "\r\033[Kdyad ingest: %s", stats)
		case every > 0 && stats.read%every == 0:
			fmt.Fprintf(e.stderr, "dyad ingest: %s\n", stats)
		}
	}
	for j := range order {
		stats.read++
		switch {
		case j.readErr != nil:
			report(j.readErr)
		default:
			select {
			case <-j.done:
			case <-ctx.Done():
			}
			if ctx.Err() != nil {
				stats.read--
				break
			}
			if j.skipped {
				stats.skipped++
				break
			}
			if j.doc != nil {
				stats.warnings += len(j.doc.Warnings)
			}
			if j.err != nil {
				report(j.err)
				break
			}
			rec := j.doc.Record()
			arts, recs = append(arts, j.article), append(recs, &rec)
			// Store now when the batch is full or nothing else is
			// coded yet, so a slow input still shows progress.
			if len(arts) >= saveBatch || len(order) == 0 {
				flush()
			}
		}
		if ctx.Err() != nil {
			break
		}
		progress()
	}
	flush()
	if tty {
		fmt.Fprint(e.stderr, "\r\033[K")
	}
	fmt.Fprintf(e.stdout, "%s in %.1f s\n", stats, time.Since(stats.start).Seconds())
	if ctx.Err() != nil {
		fmt.Fprintf(e.stderr, "dyad ingest: interrupted; run it again to finish\n")
		return errSilent
	}
	if stats.failed > 0 {
		fmt.Fprintf(e.stderr, "dyad ingest: %d of %d articles failed\n", stats.failed, stats.read)
		return errSilent
	}
	return nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
