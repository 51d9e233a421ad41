package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/text/conllu"
	"github.com/dyadproject/dyad/text/ner"
)

func init() {
	registerTrainer("ner", "the named-entity recognizer (PER, ORG, LOC), from UNER English EWT dev (scores per epoch on a held-out part)", trainNER)
}

// unerFile is the path of one UNER English EWT split under the corpora dir.
func unerFile(corpora, split string) string {
	return filepath.Join(corpora, "uner-english-ewt", "en_ewt-ud-"+split+".iob2")
}

func readIOB2(path string) ([]ner.Sentence, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return ner.ReadIOB2(f, path)
}

// nerTagger returns the Penn tagger the recognizer is trained and measured
// with: the text stage's, on tokens made from the words.
func nerTagger() (func(words []string) []string, error) {
	a, err := text.New()
	if err != nil {
		return nil, err
	}
	return func(words []string) []string {
		toks := make([]dyad.Token, len(words))
		for i, w := range words {
			toks[i].Text = w
		}
		a.Tag(toks)
		tags := make([]string, len(words))
		for i := range toks {
			tags[i] = toks[i].Tag
		}
		return tags
	}, nil
}

// labelDocs labels sents with r, document by document (consecutive
// sentences with the same non-empty Doc), and returns one label slice per
// sentence.
func labelDocs(r *ner.Recognizer, sents []ner.Sentence) [][]string {
	out := make([][]string, 0, len(sents))
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && sents[start].Doc != "" && sents[end].Doc == sents[start].Doc {
			end++
		}
		out = append(out, r.LabelDoc(sents[start:end])...)
		start = end
	}
	return out
}

func trainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train ner", "")
	corpora := fs.String("corpora", "../shared/corpora", "`dir` holding uner-english-ewt/ and ud-english-ewt/")
	out := fs.String("out", "text/ner/model.bin", "model `file` to write")
	epochs := fs.Int("epochs", 8, "training `passes`")
	seed := fs.Uint64("seed", 1, "shuffling `seed`")
	heldout := fs.Int("heldout", 10, "score per epoch on every `N`th dev sentence, trained on the rest (0: no held-out run)")
	prune := fs.Float64("prune", 0.05, "drop features whose largest averaged weight is below `W`")
	bags := fs.Int("bags", 16, "average `N` models trained on differently shuffled passes (seeds seed..seed+N-1)")
	cvErrors := fs.Bool("cv-errors", false, "with --cv, list the held-out spans missed and added at the last epoch")
	cv := fs.Int("cv", 0, "cross-validate on `K` folds of dev (scores per epoch, summed over folds) and write no model")
	silver := fs.Float64("silver", 0, "also train on UD EWT train labelled by a teacher model (gold tags and trees as features, trained on the dev sentences in use), each silver sentence weighted `W` (0: no silver data)")
	silverBags := fs.Int("silver-bags", 0, "bags of the model trained with silver data (0: --bags)")
	teacherEpochs := fs.Int("teacher-epochs", 8, "training `passes` of the teacher")
	silverLex := fs.Bool("silver-lex", false, "build the silver type lexicons (per word and per name) from UD EWT train labelled by the teacher")
	crossFit := fs.Int("cross-fit", 4, "with --silver-lex, the dev sentences in training take their silver features from `J` teachers each trained without their block (0: from the one teacher of all)")
	docFolds := fs.Int("doc-folds", 5, "add a document stage trained on first-stage labels from `K` jackknife folds (0: none)")
	docEpochs := fs.Int("doc-epochs", 2, "training `passes` of the document stage (0: --epochs); with --cv the scores are those of its epochs")
	teacherBags := fs.Int("teacher-bags", 4, "bags of the teacher")
	clusterSpec := fs.String("clusters", "default", "cluster `features`: comma-separated ewt, glove, gctx, ghead, or default (the embedded model's), none; an experiment other than default must not overwrite the shipped model")
	cvTeacher := fs.Bool("cv-teacher", false, "with --cv, cross-validate the teacher itself (gold tags and trees of UD EWT dev)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := ner.SetClusterFeatures(*clusterSpec); err != nil {
		return err
	}
	sents, _, err := readIOB2(unerFile(*corpora, "dev"))
	if err != nil {
		return err
	}
	ud, err := readEWT(*corpora, "train")
	if err != nil {
		return err
	}
	unl := make([]ner.Sentence, len(ud))
	for i, c := range ud {
		for _, w := range c.Words {
			unl[i].Words = append(unl[i].Words, w.Form)
			unl[i].XPOS = append(unl[i].XPOS, w.XPOS)
		}
	}
	tag, err := nerTagger()
	if err != nil {
		return err
	}
	for i := range sents {
		sents[i].XPOS = tag(sents[i].Words)
	}
	d := &nerData{sents: sents, unl: unl, epochs: *epochs, seed: *seed, bags: *bags, silverW: *silver,
		silverBags: *silverBags, teacherEpochs: *teacherEpochs, silverLex: *silverLex, crossFit: *crossFit, teacherBags: *teacherBags, docFolds: *docFolds, docEpochs: *docEpochs}
	if d.silverBags <= 0 {
		d.silverBags = d.bags
	}
	if *silver > 0 || *cvTeacher || *silverLex {
		if err := d.loadTeacherData(*corpora, ud, tag); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "train ner: %d UNER dev sentences (tags from the text stage), lexicon from %d UD EWT train sentences; epochs %d, seed %d, bags %d, held out every %d, prune %g, silver weight %g (bags %d, teacher epochs %d), silver lexicons %v, doc folds %d, clusters %s, out %s\n",
		len(sents), len(unl), *epochs, *seed, *bags, *heldout, *prune, *silver, d.silverBags, *teacherEpochs, *silverLex, *docFolds, *clusterSpec, *out)
	if *cv > 1 {
		return crossValidateNER(ctx, e, d, *cv, *cvErrors, *cvTeacher)
	}
	if *heldout > 1 {
		var tr, ho []int
		for i := range sents {
			if i%*heldout == *heldout-1 {
				ho = append(ho, i)
			} else {
				tr = append(tr, i)
			}
		}
		began := time.Now()
		err := d.train(ctx, tr, 0, func(ep int, r *ner.Recognizer) error {
			sc := ner.NewScorer()
			hs := make([]ner.Sentence, len(ho))
			for k, i := range ho {
				hs[k] = sents[i]
			}
			for k, pred := range labelDocs(r, hs) {
				sc.Add(hs[k].Labels, pred)
			}
			fmt.Fprintf(e.stderr, "train ner: epoch %2d held-out (%d sentences) P %.3f R %.3f F1 %.3f  PER %.3f ORG %.3f LOC %.3f  %s\n",
				ep, len(ho), sc.All.P(), sc.All.R(), sc.All.F1(), f1Of(sc, "PER"), f1Of(sc, "ORG"), f1Of(sc, "LOC"), time.Since(began).Round(time.Millisecond))
			return nil
		}, nil)
		if err != nil {
			return err
		}
	}
	began := time.Now()
	all := make([]int, len(sents))
	for i := range all {
		all[i] = i
	}
	var r *ner.Recognizer
	err = d.train(ctx, all, *prune, nil, func(x *ner.Recognizer) { r = x })
	if err != nil {
		return err
	}
	took := time.Since(began)
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "train ner: trained on all %d dev sentences in %s; %d features; %d bytes written to %s\n",
		len(sents), took.Round(time.Millisecond), r.Features(), buf.Len(), *out)
	return nil
}

// nerData is what training the recognizer needs: the UNER dev sentences
// with predicted tags, the unlabeled sentences of the lexicon, and for
// silver data the teacher's view of dev (gold tags and trees; nil where a
// dev sentence has no UD EWT match) and of UD EWT train, and the words of
// UD EWT train with predicted tags.
type nerData struct {
	sents, unl               []ner.Sentence
	teach                    []ner.Sentence // index-aligned with sents
	trainTeach, trainStudent []ner.Sentence // index-aligned
	epochs, bags, silverBags int
	teacherEpochs            int
	seed                     uint64
	silverW                  float64
	silverLex                bool
	crossFit, teacherBags    int
	docFolds, docEpochs      int
}

// loadTeacherData reads UD EWT dev and fills d.teach, d.trainTeach and
// d.trainStudent.
func (d *nerData) loadTeacherData(corpora string, train []*conllu.Sentence, tag func([]string) []string) error {
	dev, err := readEWT(corpora, "dev")
	if err != nil {
		return err
	}
	byWords := map[string]*conllu.Sentence{}
	for _, c := range dev {
		byWords[wordsKey(c)] = c
	}
	d.teach = make([]ner.Sentence, len(d.sents))
	matched := 0
	for i, s := range d.sents {
		c := byWords[strings.Join(s.Words, "\x00")]
		if c == nil {
			continue
		}
		t := teacherSentence(c)
		t.Labels = s.Labels
		d.teach[i] = t
		matched++
	}
	if matched < len(d.sents)*9/10 {
		return fmt.Errorf("train ner: only %d of %d UNER dev sentences found in UD EWT dev", matched, len(d.sents))
	}
	d.trainTeach = make([]ner.Sentence, len(train))
	d.trainStudent = make([]ner.Sentence, len(train))
	doc := ""
	for i, c := range train {
		for _, cm := range c.Comments {
			if k, v, ok := strings.Cut(cm, "="); ok && strings.TrimSpace(k) == "newdoc id" {
				doc = strings.TrimSpace(v)
			}
		}
		d.trainTeach[i] = teacherSentence(c)
		words := d.trainTeach[i].Words
		d.trainStudent[i] = ner.Sentence{Words: words, XPOS: tag(words), Weight: d.silverW, Doc: doc}
	}
	return nil
}

func wordsKey(c *conllu.Sentence) string {
	var b strings.Builder
	for i, w := range c.Words {
		if i > 0 {
			b.WriteByte(0)
		}
		b.WriteString(w.Form)
	}
	return b.String()
}

// nameRels are the relations that join the words of a name to its head.
var nameRels = map[string]bool{"flat": true, "flat:foreign": true, "compound": true, "fixed": true}

// teacherSentence is a UD sentence as the teacher sees it: gold Penn tags,
// and as extra features the word's relation, its head's tag, and for the
// head of the name it belongs to (climbing flat and compound relations
// between proper nouns) its relation, preposition, determiner and governor.
func teacherSentence(c *conllu.Sentence) ner.Sentence {
	n := len(c.Words)
	s := ner.Sentence{Words: make([]string, n), XPOS: make([]string, n), Extra: make([][]string, n)}
	kids := make([][]int, n)
	for i, w := range c.Words {
		s.Words[i], s.XPOS[i] = w.Form, w.XPOS
		if w.Head > 0 && w.Head <= n {
			kids[w.Head-1] = append(kids[w.Head-1], i)
		}
	}
	head := func(i int) int {
		if h := c.Words[i].Head; h > 0 && h <= n {
			return h - 1
		}
		return -1
	}
	for i, w := range c.Words {
		hx := "ROOT"
		if h := head(i); h >= 0 {
			hx = c.Words[h].XPOS
		}
		x := []string{"d=" + w.Deprel, "dh=" + w.Deprel + "|" + hx}
		k := i
		for steps := 0; steps < 8 && nameRels[c.Words[k].Deprel] && head(k) >= 0 && strings.HasPrefix(c.Words[head(k)].XPOS, "NNP"); steps++ {
			k = head(k)
		}
		rel := c.Words[k].Deprel
		x = append(x, "nd="+rel)
		if k == i {
			x = append(x, "nhead")
		}
		for _, j := range kids[k] {
			switch c.Words[j].Deprel {
			case "case":
				x = append(x, "nc="+strings.ToLower(c.Words[j].Lemma))
			case "det":
				x = append(x, "ndet="+strings.ToLower(c.Words[j].Lemma))
			}
		}
		if h := head(k); h >= 0 {
			x = append(x, "ng="+rel+"|"+strings.ToLower(c.Words[h].Lemma))
		}
		s.Extra[i] = x
	}
	return s
}

// train trains on the dev sentences idx (and, with silver data, on UD EWT
// train labelled by a teacher trained on the same dev sentences), calling
// epoch after each epoch and done with the final model.
func (d *nerData) train(ctx context.Context, idx []int, prune float64, epoch func(int, *ner.Recognizer) error, done func(*ner.Recognizer)) error {
	tr := make([]ner.Sentence, 0, len(idx))
	for _, i := range idx {
		tr = append(tr, d.sents[i])
	}
	bags := d.bags
	var lexSents []ner.Sentence
	var folds [][]ner.Sentence
	if d.silverLex && d.crossFit > 1 {
		// block j of the training sentences takes its silver features from
		// a teacher trained on the other blocks
		for j := 0; j < d.crossFit; j++ {
			var rest []int
			for k, i := range idx {
				if k*d.crossFit/len(idx) != j {
					rest = append(rest, i)
				}
			}
			s, err := d.silver(ctx, rest)
			if err != nil {
				return err
			}
			folds = append(folds, s)
		}
		for k := range tr {
			tr[k].SilverFold = k*d.crossFit/len(idx) + 1
		}
	}
	if d.silverW > 0 || d.silverLex {
		silver, err := d.silver(ctx, idx)
		if err != nil {
			return err
		}
		if d.silverW > 0 {
			tr = append(tr, silver...)
			bags = d.silverBags
		}
		if d.silverLex {
			lexSents = silver
		}
	}
	r, err := ner.Train(ctx, tr, ner.TrainOptions{Epochs: d.epochs, Seed: d.seed, Bags: bags, Prune: prune, Unlabeled: d.unl, Silver: lexSents, SilverFolds: folds, DocFolds: d.docFolds, DocEpochs: d.docEpochs, Epoch: epoch})
	if err != nil {
		return err
	}
	if done != nil {
		done(r)
	}
	return nil
}

// silver trains the teacher on the dev sentences idx and returns UD EWT
// train with its labels (predicted tags, weight d.silverW).
func (d *nerData) silver(ctx context.Context, idx []int) ([]ner.Sentence, error) {
	var tt []ner.Sentence
	for _, i := range idx {
		if d.teach[i].Words != nil {
			tt = append(tt, d.teach[i])
		}
	}
	teacher, err := ner.Train(ctx, tt, ner.TrainOptions{Epochs: d.teacherEpochs, Seed: d.seed, Bags: d.teacherBags, Unlabeled: d.unl})
	if err != nil {
		return nil, err
	}
	out := make([]ner.Sentence, len(d.trainTeach))
	for i, t := range d.trainTeach {
		out[i] = d.trainStudent[i]
		out[i].Labels = teacher.LabelSentence(t)
	}
	return out, nil
}

func f1Of(sc *ner.Scorer, typ string) float64 {
	if c, ok := sc.ByType[typ]; ok {
		return c.F1()
	}
	return 0
}

// crossValidateNER trains k models, each on all folds of the dev sentences
// but one, and prints for each epoch the exact-span scores summed over the
// held-out folds (fold f is the f-th of k contiguous blocks of sentences,
// so that the sentences of one document mostly stay in one fold). With
// teacher set it cross-validates the teacher (gold tags and trees) instead.
func crossValidateNER(ctx context.Context, e *env, d *nerData, k int, showErrors, teacher bool) error {
	epochs := d.epochs
	if d.docFolds > 1 && d.docEpochs > 0 && !teacher {
		epochs = d.docEpochs
	}
	scs := make([]*ner.Scorer, epochs+1)
	for i := range scs {
		scs[i] = ner.NewScorer()
	}
	n := len(d.sents)
	began := time.Now()
	for f := 0; f < k; f++ {
		var tr, ho []int
		for i := 0; i < n; i++ {
			if i*k/n == f {
				ho = append(ho, i)
			} else {
				tr = append(tr, i)
			}
		}
		epoch := func(ep int, r *ner.Recognizer) error {
			var preds [][]string
			if !teacher {
				hs := make([]ner.Sentence, len(ho))
				for k, i := range ho {
					hs[k] = d.sents[i]
				}
				preds = labelDocs(r, hs)
			}
			for k, i := range ho {
				s := d.sents[i]
				var pred []string
				if teacher {
					if d.teach[i].Words == nil {
						continue
					}
					pred = r.LabelSentence(d.teach[i])
				} else {
					pred = preds[k]
				}
				scs[ep].Add(s.Labels, pred)
				if showErrors && ep == epochs {
					printSpanErrors(e, s.Words, s.Labels, pred)
				}
			}
			return nil
		}
		var err error
		if teacher {
			var tt []ner.Sentence
			for _, i := range tr {
				if d.teach[i].Words != nil {
					tt = append(tt, d.teach[i])
				}
			}
			_, err = ner.Train(ctx, tt, ner.TrainOptions{Epochs: epochs, Seed: d.seed, Bags: d.bags, Unlabeled: d.unl, Epoch: epoch})
		} else {
			err = d.train(ctx, tr, 0, epoch, nil)
		}
		if err != nil {
			return err
		}
	}
	for ep := 1; ep <= epochs; ep++ {
		sc := scs[ep]
		fmt.Fprintf(e.stdout, "train ner: %d-fold cv epoch %2d P %.3f R %.3f F1 %.4f  PER %.3f ORG %.3f LOC %.3f\n",
			k, ep, sc.All.P(), sc.All.R(), sc.All.F1(), f1Of(sc, "PER"), f1Of(sc, "ORG"), f1Of(sc, "LOC"))
	}
	fmt.Fprintf(e.stdout, "train ner: cross-validation took %s\n", time.Since(began).Round(time.Millisecond))
	return nil
}

// printSpanErrors prints the gold spans a labelling missed (-) and the
// spans it added (+), each with its sentence.
func printSpanErrors(e *env, words, gold, pred []string) {
	g, p := map[ner.Span]bool{}, map[ner.Span]bool{}
	for _, x := range ner.Spans(gold) {
		g[x] = true
	}
	for _, x := range ner.Spans(pred) {
		p[x] = true
	}
	show := func(mark string, x ner.Span) {
		fmt.Fprintf(e.stdout, "%s %s %q  | %s\n", mark, x.Type, strings.Join(words[x.First:x.Last+1], " "), strings.Join(words, " "))
	}
	for _, x := range ner.Spans(gold) {
		if !p[x] {
			show("-", x)
		}
	}
	for _, x := range ner.Spans(pred) {
		if !g[x] {
			show("+", x)
		}
	}
}
