package tagger

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad/text/conllu"
)

// Options are the settings of Train.
type Options struct {
	// Epochs is the most passes over the training data; the epoch with the
	// best accuracy on Dev is kept (the last one when Dev is empty).
	// Zero means 12.
	Epochs int
	// Seed seeds the shuffling of the training sentences before each epoch.
	Seed uint64
	// Dev, if set, chooses the epoch.
	Dev []*conllu.Sentence
	// Prune drops averaged weights whose magnitude is below this fraction
	// of the largest one. Zero means 0.001; negative keeps all.
	Prune float64
	// Log, if set, receives one line per epoch.
	Log io.Writer
}

type entry struct {
	class uint8
	ts    int32 // update count when w last changed
	w     float32
	tot   float64 // sum of w over updates up to ts
}

type perceptron struct {
	index  map[uint64]int32
	feats  [][]entry
	now    int32
	nclass int
}

func (p *perceptron) update(f uint64, c uint8, v float32) {
	if f == 0 {
		f = 1
	}
	i, ok := p.index[f]
	if !ok {
		i = int32(len(p.feats))
		p.index[f] = i
		p.feats = append(p.feats, nil)
	}
	es := p.feats[i]
	for k := range es {
		if es[k].class == c {
			e := &es[k]
			e.tot += float64(p.now-e.ts) * float64(e.w)
			e.ts = p.now
			e.w += v
			return
		}
	}
	p.feats[i] = append(es, entry{class: c, ts: p.now, w: v})
}

func (p *perceptron) score(fs *[nFeatures]uint64, scores []float32) int {
	for k := range scores {
		scores[k] = 0
	}
	for _, f := range fs {
		if f == 0 {
			f = 1
		}
		i, ok := p.index[f]
		if !ok {
			continue
		}
		for _, e := range p.feats[i] {
			scores[e.class] += e.w
		}
	}
	best := 0
	for k, s := range scores {
		if s > scores[best] {
			best = k
		}
	}
	return best
}

// average builds a Tagger from the averaged weights, pruned and quantized.
func (p *perceptron) average(upos, xpos []string, prune float64) *Tagger {
	hashes := make([]uint64, 0, len(p.index))
	for h := range p.index {
		hashes = append(hashes, h)
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	avg := func(e entry) float64 {
		tot := e.tot + float64(p.now-e.ts)*float64(e.w)
		return tot / float64(max(p.now, 1))
	}
	maxW := 0.0
	for _, es := range p.feats {
		for _, e := range es {
			maxW = max(maxW, math.Abs(avg(e)))
		}
	}
	if maxW == 0 {
		maxW = 1
	}
	t := &Tagger{upos: upos, xpos: xpos, scale: float32(maxW / 32767)}
	cut := prune * maxW
	b := newBuilder(len(hashes))
	for _, h := range hashes {
		n := 0
		for _, e := range p.feats[p.index[h]] {
			a := avg(e)
			q := quantize(a, t.scale)
			if math.Abs(a) < cut || q == 0 {
				continue
			}
			b.add(e.class, q)
			n++
		}
		if n > 0 {
			b.end(h)
		}
	}
	b.finish(t)
	return t
}

// Train trains a tagger and lemma table on sentences (gold UPOS, XPOS and
// lemmas).
func Train(sentences []*conllu.Sentence, opts Options) (*Tagger, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.Prune == 0 {
		opts.Prune = 0.001
	}
	labels := map[string]int{}
	var upos, xpos []string
	type sent struct {
		words   []string
		classes []uint8
	}
	data := make([]sent, 0, len(sentences))
	for _, s := range sentences {
		var x sent
		for _, w := range s.Words {
			l := w.UPOS + "\t" + w.XPOS
			c, ok := labels[l]
			if !ok {
				c = len(upos)
				if c == 256 {
					return nil, errors.New("tagger: train: more than 256 UPOS/XPOS pairs")
				}
				labels[l] = c
				upos = append(upos, w.UPOS)
				xpos = append(xpos, w.XPOS)
			}
			x.words = append(x.words, w.Form)
			x.classes = append(x.classes, uint8(c))
		}
		if len(x.words) > 0 {
			data = append(data, x)
		}
	}
	if len(data) == 0 {
		return nil, errors.New("tagger: train: no sentences")
	}
	lemmas := trainLemmas(sentences)
	p := &perceptron{index: map[uint64]int32{}, nclass: len(upos)}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x746167676572))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	sc := &scratch{}
	scores := make([]float32, len(upos))
	var fs [nFeatures]uint64
	var best *Tagger
	bestAcc := -1.0
	for ep := 1; ep <= opts.Epochs; ep++ {
		began := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			s := data[k]
			prepare(s.words, sc)
			p1, p2 := uint64(startTag1), uint64(startTag2)
			for i, gold := range s.classes {
				features(&fs, sc.ws, i, p1, p2)
				p.now++
				guess := p.score(&fs, scores)
				if guess != int(gold) {
					for _, f := range fs {
						p.update(f, gold, 1)
						p.update(f, uint8(guess), -1)
					}
				} else {
					right++
				}
				total++
				p2, p1 = p1, prevTag(guess)
			}
		}
		t := p.average(upos, xpos, opts.Prune)
		t.lemmas = lemmas
		acc := -1.0
		if len(opts.Dev) > 0 {
			acc = Evaluate(t, opts.Dev).XPOS
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "epoch %2d  train %.4f  dev XPOS %.4f  features %d  %s\n",
				ep, float64(right)/float64(total), acc, t.Features(), time.Since(began).Round(time.Millisecond))
		}
		if len(opts.Dev) == 0 || acc > bestAcc {
			best, bestAcc = t, acc
		}
	}
	return best, nil
}

// Scores are tagging and lemma accuracies against gold tokens.
type Scores struct {
	Words            int
	UPOS, XPOS, Both float64 // accuracy
	Lemma            float64 // accuracy against the gold lemma, lower-cased
}

// Evaluate tags the gold words of sentences with t and scores the tags and
// lemmas.
func Evaluate(t *Tagger, sentences []*conllu.Sentence) Scores {
	var sc Scores
	var u, x, b, l int
	var words, up, xp []string
	for _, s := range sentences {
		words, up, xp = words[:0], up[:0], xp[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		up = append(up, make([]string, len(words))...)
		xp = append(xp, make([]string, len(words))...)
		t.TagInto(words, up, xp)
		for i, w := range s.Words {
			sc.Words++
			if up[i] == w.UPOS {
				u++
			}
			if xp[i] == w.XPOS {
				x++
			}
			if up[i] == w.UPOS && xp[i] == w.XPOS {
				b++
			}
			if t.Lemma(w.Form, xp[i]) == strings.ToLower(w.Lemma) {
				l++
			}
		}
	}
	if sc.Words > 0 {
		n := float64(sc.Words)
		sc.UPOS, sc.XPOS, sc.Both, sc.Lemma = float64(u)/n, float64(x)/n, float64(b)/n, float64(l)/n
	}
	return sc
}
