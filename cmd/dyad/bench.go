package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
)

func init() {
	register("bench", "measure coding speed on the bundled sample corpus", runBench)
}

// runBench codes a corpus repeatedly, on one core and then on all cores,
// and prints sentences, tokens and articles per second and peak memory.
func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench", "")
	corpus := fs.String("corpus", "testdata/corpus/sample.jsonl", "JSON Lines `file` of articles to code")
	minTime := fs.Duration("time", 5*time.Second, "minimum measuring `duration` of each run")
	var cfg pipelineConfig
	cfg.addFlags(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	articles, err := readCorpus(*corpus)
	if err != nil {
		return fmt.Errorf("%w (run from the repository root or pass --corpus)", err)
	}
	p, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	// Warm up: load models, fill pools.
	for _, a := range articles {
		if _, err := p.Code(a); err != nil {
			return err
		}
	}
	host, _ := os.Hostname()
	fmt.Fprintf(e.stdout, "corpus: %s, %d articles\nmachine: %s, %s/%s, %d CPUs, %s\ndate: %s\n\n",
		*corpus, len(articles), host, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(),
		time.Now().UTC().Format(dyad.DateLayout))
	fmt.Fprintf(e.stdout, "%-10s %8s %12s %12s %12s %10s\n", "cores", "articles", "sentences/s", "tokens/s", "articles/s", "seconds")
	all := runtime.GOMAXPROCS(0)
	for _, n := range []int{1, all} {
		if n == 1 && all == 1 && n != all {
			continue
		}
		r, err := benchRun(ctx, p, articles, n, *minTime)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%-10d %8d %12.0f %12.0f %12.1f %10.2f\n", n, r.articles,
			float64(r.sentences)/r.elapsed.Seconds(), float64(r.tokens)/r.elapsed.Seconds(),
			float64(r.articles)/r.elapsed.Seconds(), r.elapsed.Seconds())
		if all == 1 {
			break
		}
	}
	runtime.GOMAXPROCS(all)
	fmt.Fprintf(e.stdout, "\npeak memory (max RSS): %s\n", peakRSS())
	return nil
}

type benchResult struct {
	articles, sentences, tokens int
	elapsed                     time.Duration
}

// benchRun codes the corpus over and over on n workers with GOMAXPROCS n
// until at least minTime has passed.
func benchRun(ctx context.Context, p dyad.Coder, articles []*dyad.Article, n int, minTime time.Duration) (benchResult, error) {
	prev := runtime.GOMAXPROCS(n)
	defer runtime.GOMAXPROCS(prev)
	var r benchResult
	start := time.Now()
	for time.Since(start) < minTime {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		jobs := make(chan *dyad.Article)
		var mu sync.Mutex
		var firstErr error
		var wg sync.WaitGroup
		for w := 0; w < n; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var s, t, a int
				for art := range jobs {
					d, err := p.Code(art)
					if err != nil {
						mu.Lock()
						firstErr = errors.Join(firstErr, err)
						mu.Unlock()
						continue
					}
					a++
					s += len(d.Sentences)
					for _, sen := range d.Sentences {
						t += len(sen.Tokens)
					}
				}
				mu.Lock()
				r.articles += a
				r.sentences += s
				r.tokens += t
				mu.Unlock()
			}()
		}
		for _, a := range articles {
			jobs <- a
		}
		close(jobs)
		wg.Wait()
		if firstErr != nil {
			return r, firstErr
		}
	}
	r.elapsed = time.Since(start)
	return r, nil
}

func readCorpus(path string) ([]*dyad.Article, error) {
	r, closer, err := ingest.Open(path, ingest.Options{})
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	return readArticles(r, path)
}

// readArticles reads every article of r, which reads name, stopping at
// the first error.
func readArticles(r *ingest.Reader, name string) ([]*dyad.Article, error) {
	var out []*dyad.Article
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no articles", name)
	}
	return out, nil
}

// peakRSS returns the peak resident set size of the process, from
// /proc/self/status on Linux, or the Go runtime's view elsewhere.
func peakRSS() string {
	if f, err := os.Open("/proc/self/status"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
				fields := strings.Fields(rest)
				if kb, err := strconv.Atoi(fields[0]); err == nil {
					return fmt.Sprintf("%.0f MB", float64(kb)/1024)
				}
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return fmt.Sprintf("%.0f MB (Go runtime, Sys)", float64(ms.Sys)/(1<<20))
}
