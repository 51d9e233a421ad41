package tagger

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
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
	// of the largest one. Zero means 0.006; negative keeps all.
	Prune float64
	// MinCount is how often a word must occur in training for its
	// ambiguity class (the set of tags seen with it) to be a feature.
	// Zero means 2.
	MinCount int
	// Passes is 1 for a left-to-right tagger, 2 (the default) to add a
	// second pass that also reads the first pass's tags of the next words.
	Passes int
	// Folds is the number of jackknife folds that give the second pass its
	// training input. Zero means 4.
	Folds int
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
		return
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

// average builds a table from the averaged weights, pruned and quantized.
func (p *perceptron) average(prune float64) *table {
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
	t := &table{scale: float32(maxW / 32767)}
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

// sent is one training sentence: words and gold classes.
type sent struct {
	words   []string
	classes []uint8
}

// Train trains a tagger and lemma table on sentences (gold UPOS, XPOS and
// lemmas). The first pass is trained on all of them; the second on the
// first pass's tags of each sentence as predicted by a first pass trained
// without that sentence's fold (jackknifing), so that it learns how far to
// trust them.
func Train(sentences []*conllu.Sentence, opts Options) (*Tagger, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 2
	}
	if opts.Prune == 0 {
		opts.Prune = 0.006
	}
	if opts.Passes <= 0 {
		opts.Passes = 2
	}
	if opts.Folds <= 1 {
		opts.Folds = 4
	}
	labels := map[string]int{}
	t := &Tagger{}
	data := make([]sent, 0, len(sentences))
	for _, s := range sentences {
		var x sent
		for _, w := range s.Words {
			l := w.UPOS + "\t" + w.XPOS
			c, ok := labels[l]
			if !ok {
				c = len(t.upos)
				if c == 256 {
					return nil, errors.New("tagger: train: more than 256 UPOS/XPOS pairs")
				}
				labels[l] = c
				t.upos = append(t.upos, w.UPOS)
				t.xpos = append(t.xpos, w.XPOS)
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
	t.lemmas = trainLemmas(sentences)
	t.amb = ambiguity(sentences, opts.MinCount)
	t.sure = sureWords(data, len(t.upos))
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format, args...)
		}
	}
	logf("pass 1: %d sentences, %d labels, %d words with ambiguity classes, %d sure words\n", len(data), len(t.upos), len(t.amb), len(t.sure))
	p1, ep1 := trainPass(t, nil, data, nil, opts.Epochs, opts, logf)
	t.passes = []*table{p1}
	if opts.Passes == 1 {
		return t, nil
	}
	// First-pass tags of the training data, each fold tagged by a first
	// pass trained on the other folds for the chosen number of epochs.
	first := make([][]uint8, len(data))
	for f := range opts.Folds {
		var rest []sent
		for i, s := range data {
			if i%opts.Folds != f {
				rest = append(rest, s)
			}
		}
		ft := &Tagger{upos: t.upos, xpos: t.xpos, lemmas: t.lemmas, amb: t.amb, sure: t.sure}
		tb, _ := trainPass(ft, nil, rest, nil, ep1, Options{Seed: opts.Seed + uint64(f) + 1, Prune: opts.Prune}, nil)
		ft.passes = []*table{tb}
		sc := newScratch(len(t.upos))
		for i, s := range data {
			if i%opts.Folds == f {
				first[i] = slices.Clone(ft.predict(s.words, sc))
			}
		}
		logf("pass 1, fold %d of %d: %d sentences\n", f+1, opts.Folds, len(rest))
	}
	logf("pass 2\n")
	p2, _ := trainPass(t, p1, data, first, opts.Epochs, opts, logf)
	t.passes = []*table{p1, p2}
	return t, nil
}

// trainPass trains one pass for at most epochs and returns the table of the
// epoch best on opts.Dev (the last without Dev) and that epoch. In a second
// pass, pass1 is the trained first pass (for Dev) and first holds the
// first-pass classes of data.
func trainPass(t *Tagger, pass1 *table, data []sent, first [][]uint8, epochs int, opts Options, logf func(string, ...any)) (*table, int) {
	p := &perceptron{index: map[uint64]int32{}, nclass: len(t.upos)}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x746167676572))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	sc := &scratch{}
	scores := make([]float32, len(t.upos))
	var fs [nFeatures]uint64
	var best *table
	bestEp, bestAcc := 0, -1.0
	for ep := 1; ep <= epochs; ep++ {
		began := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			s := data[k]
			prepare(s.words, sc, t.amb, nil)
			p1, p2 := uint64(startTag1), uint64(startTag2)
			var r1, r2 uint64
			for i, gold := range s.classes {
				if first != nil {
					r1, r2 = rightTags(first[k], i)
				}
				features(&fs, sc.ws, i, p1, p2, r1, r2)
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
		tb := p.average(opts.Prune)
		acc := -1.0
		if len(opts.Dev) > 0 {
			et := &Tagger{upos: t.upos, xpos: t.xpos, lemmas: t.lemmas, amb: t.amb, sure: t.sure, passes: []*table{tb}}
			if pass1 != nil {
				et.passes = []*table{pass1, tb}
			}
			sc := Evaluate(et, opts.Dev)
			acc = sc.Both
			if logf != nil {
				logf("epoch %2d  train %.4f  dev UPOS %.4f XPOS %.4f both %.4f  features %d  %s\n",
					ep, float64(right)/float64(total), sc.UPOS, sc.XPOS, sc.Both, tb.feats, time.Since(began).Round(time.Millisecond))
			}
		} else if logf != nil {
			logf("epoch %2d  train %.4f  features %d  %s\n",
				ep, float64(right)/float64(total), tb.feats, time.Since(began).Round(time.Millisecond))
		}
		if len(opts.Dev) == 0 || acc > bestAcc {
			best, bestEp, bestAcc = tb, ep, acc
		}
	}
	if logf != nil {
		logf("kept epoch %d\n", bestEp)
	}
	return best, bestEp
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

// ambiguity maps the lower-case hash of each word seen at least min times
// to a number for the set of Penn tags seen with it (numbers from 3 up; 0
// is an unknown word, 1 and 2 the sentence boundaries).
func ambiguity(sentences []*conllu.Sentence, min int) map[uint64]uint16 {
	type wc struct {
		n    int
		tags map[string]bool
	}
	words := map[uint64]*wc{}
	var w wordInfo
	var rs []rune
	for _, s := range sentences {
		for _, x := range s.Words {
			rs = analyze(&w, x.Form, rs)
			c := words[w.lower]
			if c == nil {
				c = &wc{tags: map[string]bool{}}
				words[w.lower] = c
			}
			c.n++
			c.tags[x.XPOS] = true
		}
	}
	hashes := make([]uint64, 0, len(words))
	for h, c := range words {
		if c.n >= min {
			hashes = append(hashes, h)
		}
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	ids := map[string]uint16{}
	out := make(map[uint64]uint16, len(hashes))
	for _, h := range hashes {
		tags := make([]string, 0, len(words[h].tags))
		for t := range words[h].tags {
			tags = append(tags, t)
		}
		sort.Strings(tags)
		k := strings.Join(tags, " ")
		id, ok := ids[k]
		if !ok {
			if len(ids) >= 65000 {
				continue
			}
			id = uint16(len(ids) + 3)
			ids[k] = id
		}
		out[h] = id
	}
	return out
}

// sureWords maps the hash of each word (as written) seen at least 20 times
// with one label at least 99.5% of the time to that label.
func sureWords(data []sent, nclass int) map[uint64]uint8 {
	counts := map[uint64][]int{}
	var w wordInfo
	var rs []rune
	for _, s := range data {
		for i, x := range s.words {
			rs = analyze(&w, x, rs)
			c := counts[w.word]
			if c == nil {
				c = make([]int, nclass)
				counts[w.word] = c
			}
			c[s.classes[i]]++
		}
	}
	out := map[uint64]uint8{}
	for h, c := range counts {
		n, best := 0, 0
		for k, v := range c {
			n += v
			if v > c[best] {
				best = k
			}
		}
		if n >= 20 && float64(c[best]) >= 0.995*float64(n) {
			out[h] = uint8(best)
		}
	}
	return out
}
