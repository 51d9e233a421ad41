package clusters

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
)

// VectorOptions are the settings of BuildVectors.
type VectorOptions struct {
	Ks      []int    // granularities (cluster counts), e.g. 16, 64, 256, 1024
	Iter    int      // most k-means iterations per granularity (default 20)
	Seed    uint64   // initialisation seed
	Workers int      // goroutines for the assignment step (default GOMAXPROCS; the result does not depend on it)
	Header  []string // comment lines written at the top of the file (without "# ")
}

// BuildVectors clusters words by their dense vectors (word i is
// data[i*dim:(i+1)*dim]) with spherical k-means, once per granularity:
// vectors are scaled to unit length, k distinct words drawn by Seed are the
// first centroids, and each iteration assigns every word to the centroid of
// largest cosine and re-centres, until fewer than one word in a thousand
// moves or Iter iterations have run. An empty cluster takes a word drawn by
// Seed. It is deterministic for a given Seed, whatever Workers, and writes
// the cluster file (the format Parse reads; words with a tab or newline
// are left out) to w.
func BuildVectors(ctx context.Context, words []string, data []float32, dim int, opt VectorOptions, w io.Writer) error {
	n := len(words)
	if dim <= 0 || len(data) != n*dim {
		return fmt.Errorf("clusters: %d numbers for %d words of %d dimensions", len(data), n, dim)
	}
	if len(opt.Ks) == 0 {
		return fmt.Errorf("clusters: no granularity")
	}
	for _, k := range opt.Ks {
		if k <= 0 || k > math.MaxUint16 || k > n {
			return fmt.Errorf("clusters: granularity %d for %d words", k, n)
		}
	}
	if opt.Iter <= 0 {
		opt.Iter = 20
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	unit := make([]float32, len(data))
	for i := 0; i < n; i++ {
		v := data[i*dim : (i+1)*dim]
		norm := 0.0
		for _, x := range v {
			norm += float64(x) * float64(x)
		}
		if norm == 0 {
			continue
		}
		s := float32(1 / math.Sqrt(norm))
		u := unit[i*dim : (i+1)*dim]
		for d, x := range v {
			u[d] = x * s
		}
	}
	assign := make([]uint16, n*len(opt.Ks))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x676c6f76))
	lab := make([]int, n)
	for ki, k := range opt.Ks {
		cent := make([]float32, k*dim)
		for c, i := range rng.Perm(n)[:k] {
			copy(cent[c*dim:], unit[i*dim:(i+1)*dim])
		}
		for it := 0; it < opt.Iter; it++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			changed := assignNearest(unit, cent, dim, lab, opt.Workers, it == 0)
			clear(cent)
			count := make([]int, k)
			for i, c := range lab {
				count[c]++
				cc := cent[c*dim : (c+1)*dim]
				for d, x := range unit[i*dim : (i+1)*dim] {
					cc[d] += x
				}
			}
			for c := 0; c < k; c++ {
				cc := cent[c*dim : (c+1)*dim]
				norm := 0.0
				for _, x := range cc {
					norm += float64(x) * float64(x)
				}
				if count[c] == 0 || norm == 0 {
					i := rng.IntN(n)
					copy(cc, unit[i*dim:(i+1)*dim])
					continue
				}
				s := float32(1 / math.Sqrt(norm))
				for d := range cc {
					cc[d] *= s
				}
			}
			if it > 0 && changed*1000 < n {
				break
			}
		}
		assignNearest(unit, cent, dim, lab, opt.Workers, false)
		for i, c := range lab {
			assign[i*len(opt.Ks)+ki] = uint16(c)
		}
	}
	return writeTable(w, opt.Header, opt.Ks, words, func(i int) []uint16 { return assign[i*len(opt.Ks) : (i+1)*len(opt.Ks)] })
}

// assignNearest sets lab[i] to the centroid of largest dot product with
// vector i (the first such on ties) and returns how many labels changed
// (all of them when first).
func assignNearest(unit, cent []float32, dim int, lab []int, workers int, first bool) int {
	n, k := len(lab), len(cent)/dim
	var wg sync.WaitGroup
	changed := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				v := unit[i*dim : (i+1)*dim]
				best, bs := 0, float32(math.Inf(-1))
				for c := 0; c < k; c++ {
					if s := dot(v, cent[c*dim:(c+1)*dim]); s > bs {
						best, bs = c, s
					}
				}
				if first || lab[i] != best {
					changed[w]++
				}
				lab[i] = best
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, c := range changed {
		total += c
	}
	return total
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}
