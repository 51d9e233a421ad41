package text

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text/conllu"
)

func analyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// checkOffsets asserts the invariants every consumer relies on: sentences
// and tokens in order, inside the text, on rune boundaries, each token's
// Text equal to the bytes it covers, and nothing but space outside the
// tokens (the text round-trips through its tokens).
func checkOffsets(t testing.TB, text string, ss []dyad.Sentence) {
	t.Helper()
	prev := 0
	covered := 0 // the text before covered is in tokens or space
	uncovered := func(from, to int) {
		if gap := text[from:to]; strings.TrimSpace(gap) != "" {
			t.Fatalf("text %q at [%d,%d) is in no token", gap, from, to)
		}
	}
	defer func() {
		if !t.Failed() {
			uncovered(covered, len(text))
		}
	}()
	for i, s := range ss {
		if s.Start < prev || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("sentence %d [%d,%d) out of order or range (prev end %d, len %d)", i, s.Start, s.End, prev, len(text))
		}
		prev = s.End
		tp := s.Start
		for _, tok := range s.Tokens {
			if tok.Start < tp || tok.End > s.End || tok.Start >= tok.End {
				t.Fatalf("token %q [%d,%d) outside sentence [%d,%d) or out of order", tok.Text, tok.Start, tok.End, s.Start, s.End)
			}
			if text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token text %q != source %q", tok.Text, text[tok.Start:tok.End])
			}
			if !utf8.RuneStart(text[tok.Start]) || tok.End < len(text) && !utf8.RuneStart(text[tok.End]) {
				t.Fatalf("token %q not on rune boundaries", tok.Text)
			}
			uncovered(covered, tok.Start)
			covered = tok.End
			tp = tok.End
		}
	}
}

func TestSentences(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"The U.S. envoy met him. He left.", []string{"The U.S. envoy met him.", "He left."}},
		{"They met on Sept. 21 in Seoul. Talks went on.", []string{"They met on Sept. 21 in Seoul.", "Talks went on."}},
		{"Gen. Mark Milley spoke. Then he left.", []string{"Gen. Mark Milley spoke.", "Then he left."}},
		{"First paragraph without a stop\nSecond paragraph.", []string{"First paragraph without a stop\nSecond paragraph."}},
		{"One paragraph.\nAnother one.", []string{"One paragraph.", "Another one."}},
		{"They met on Sept.\n21 in Seoul with Gen.\nMark Milley and the U.S.\nenvoy. It ended.\nThen Acme Inc.\nsaid no.",
			[]string{"They met on Sept.\n21 in Seoul with Gen.\nMark Milley and the U.S.\nenvoy.", "It ended.", "Then Acme Inc.\nsaid no."}},
		{"The Tigers (LTTE)\nare stalemated, he said:\nno talks.\n(Reuters)\nIt rained.", []string{"The Tigers (LTTE)\nare stalemated, he said:\nno talks.", "(Reuters)", "It rained."}},
		{"Title\n\nBody text here.", []string{"Title", "Body text here."}},
		{"\"We took a step. It was significant,\" an official said. Then they left.",
			[]string{"\"We took a step. It was significant,\" an official said.", "Then they left."}},
		{"“We took a step. It was significant,” an official said. Talks resume on Sept. 21 in the U.S. capital.",
			[]string{"“We took a step. It was significant,” an official said.", "Talks resume on Sept. 21 in the U.S. capital."}},
		{"He said: “Unbalanced quote. It never closes.", []string{"He said: “Unbalanced quote.", "It never closes."}},
		{"“It was good. We left.” Then we went home.", []string{"“It was good.", "We left.”", "Then we went home."}},
		{"I love her. :) She is great :) Really.", []string{"I love her. :)", "She is great :)", "Really."}},
		{"We waited... but nobody came. (It rained.) Then we left.", []string{"We waited... but nobody came.", "(It rained.)", "Then we left."}},
		{"These went to Acme, Inc.. On Monday we met.", []string{"These went to Acme, Inc..", "On Monday we met."}},
		{"The hymn called 'A Charge to Keep.' It is on loan.", []string{"The hymn called 'A Charge to Keep.'", "It is on loan."}},
		{"See it at http://www.example.com/news. Then call.", []string{"See it at http://www.example.com/news.", "Then call."}},
		{"He said it was “over.” Then he left.", []string{"He said it was “over.”", "Then he left."}},
		{"I am able to DM...although DM's are welcome. Ok.", []string{"I am able to DM...although DM's are welcome.", "Ok."}},
		{"They left the board, employees or affiliates. , 2000 Acme", []string{"They left the board, employees or affiliates. , 2000 Acme"}},
		{"Bush told his cabinet (\"Let heads roll!\") That temper shows.", []string{"Bush told his cabinet (\"Let heads roll!\")", "That temper shows."}},
		// the date line of a mail header is a sentence between the sender
		// and the message
		{"Ann Lee 01/19/2001 07:24 AM Thanks for the note. We met at 9:30 PM Sunday and at 10:00 AM EST.",
			[]string{"Ann Lee", "01/19/2001 07:24 AM", "Thanks for the note.", "We met at 9:30 PM Sunday and at 10:00 AM EST."}},
		{"Mail from Kim on 03/29/2001 09:01 AM Please call.", []string{"Mail from Kim on 03/29/2001 09:01 AM", "Please call."}},
		{"It starts at 10:00 AM Jerusalem time.", []string{"It starts at 10:00 AM Jerusalem time."}},
		{"Links: http://a.example.org/x http://b.example.org/y Mail ann@example.com Thanks a lot",
			[]string{"Links: http://a.example.org/x", "http://b.example.org/y", "Mail ann@example.com", "Thanks a lot"}},
		{"Write to Ken@ENRON COMMUNICATIONS or www.example.com, Houston office.", []string{"Write to Ken@ENRON COMMUNICATIONS or www.example.com, Houston office."}},
		{"See you soon. Best regards, Anne Lee", []string{"See you soon.", "Best regards,", "Anne Lee"}},
		{"\"Thanks, Mr. President,\" Kim said. Thanks, he said.", []string{"\"Thanks, Mr. President,\" Kim said.", "Thanks, he said."}},
		// a list number starts the item it numbers
		{"Get ready for your pet. 3. Bargain with them. 4. Play fair.", []string{"Get ready for your pet.", "3. Bargain with them.", "4. Play fair."}},
		{"The vote was 52 to 48. It passed.", []string{"The vote was 52 to 48.", "It passed."}},
		{"The war broke out on Sept. 27. Troops took the town.", []string{"The war broke out on Sept. 27.", "Troops took the town."}},
		// a stray quotation mark does not join a whole paragraph
		{"\"Stray. Aa one. Bb two. Cc three. Dd four. Ee five. Ff six,\" he said.",
			[]string{"\"Stray.", "Aa one.", "Bb two.", "Cc three.", "Dd four.", "Ee five.", "Ff six,\" he said."}},
		{"Call Acme Pvt. Ltd. today. P.S. We moved.", []string{"Call Acme Pvt. Ltd. today.", "P.S. We moved."}},
		// "U.S." starting a line is no sentence of its own; before a title
		// or an institution it modifies it
		{"It passed in the 15-member council.\nU.S. Ambassador Nikki Haley spoke. The U.N. Security Council met. They met in the U.S. It rained.",
			[]string{"It passed in the 15-member council.", "U.S. Ambassador Nikki Haley spoke.", "The U.N. Security Council met.", "They met in the U.S.", "It rained."}},
		{"No. I did not. He is No. 1 now. Dial ext. 123 here.", []string{"No.", "I did not.", "He is No. 1 now.", "Dial ext. 123 here."}},
		{"", nil},
		{"   \n\n  ", nil},
	}
	for _, tt := range tests {
		ss := a.Analyze(tt.text)
		checkOffsets(t, tt.text, ss)
		var got []string
		for _, s := range ss {
			got = append(got, tt.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestTokens checks the treebank's tokenization of stop runs and
// contractions.
func TestTokens(t *testing.T) {
	a := analyzer(t)
	tests := []struct{ text, want string }{
		{"Wait... what?! No!!!", "Wait|...|what|?!|No|!!!"},
		{"I've seen it; we’d go. They cannot.", "I|'ve|seen|it|;|we|’d|go|.|They|can|not|."},
		{"The U.S. envoy met Yoon Suk-yeol.", "The|U.S.|envoy|met|Yoon|Suk-yeol|."},
		{"Sales rose 100% to #1, and/or 24hrs at £15.", "Sales|rose|100|%|to|#|1|,|and|/|or|24|hrs|at|£|15|."},
		{"Mail <ann@example.com> now, b/c we're gonna wait...then go.", "Mail|<|ann@example.com|>|now|,|b/c|we|'re|gon|na|wait|...|then|go|."},
		{"Kevin A. Boone of Enron Corp. left in the 70's :) fine.", "Kevin|A.|Boone|of|Enron|Corp.|left|in|the|70's|:)|fine|."},
		{"He called it 'A Charge' today,thanks.", "He|called|it|'|A|Charge|'|today|,|thanks|."},
		{"Co-workers saw the state-run 555-1234 line.", "Co-workers|saw|the|state-run|555-1234|line|."},
		{"We went to Camps Bay.", "We|went|to|Camps|Bay|."},
		{"It was Enron Corp.", "It|was|Enron|Corp."},
		{"See (http://www.example.com/" + strings.Repeat("a", 70) + ").", "See|(|http://www.example.com/" + strings.Repeat("a", 70) + "|)|."},
		// contractions written without their apostrophe, and run-together words
		{"i dont know, its a shame and thats that.", "i|do|nt|know|,|it|s|a|shame|and|that|s|that|."},
		{"Its own army said its leaders cannot agree.", "Its|own|army|said|its|leaders|can|not|agree|."},
		{"We saw its all-time high.", "We|saw|its|all-time|high|."},
		{"Im Jong-seok met Jony Ive; im sure Ive been there.", "Im|Jong-seok|met|Jony|Ive|;|i|m|sure|I|ve|been|there|."},
		{"Lets go, he lets them in, as is his wont.", "Let|s|go|,|he|lets|them|in|,|as|is|his|wont|."},
		{"I dunno, it helps alot. They DONT care, your the best.", "I|du|n|no|,|it|helps|a|lot|.|They|DO|NT|care|,|you|r|the|best|."},
		{"Ive said your plan works.", "Ive|said|your|plan|works|."},
		// doubled quotation marks and angle brackets of quoted mail
		{"He said ‘‘no’’ and ''yes'' then.", "He|said|‘‘|no|’’|and|''|yes|''|then|."},
		{"See notes.doc>> and <<Draft 20>> now.", "See|notes.doc|>>|and|<<|Draft|20|>>|now|."},
		// marks written between words and numbers
		{"Price:30 euros,21 days;then ~Ann wrote >100 at @5 each.", "Price|:|30|euros|,|21|days|;|then|~|Ann|wrote|>|100|at|@|5|each|."},
		{"It cost 3,000 at 7:30PM, not 10am.", "It|cost|3,000|at|7:30|PM|,|not|10|am|."},
		// ellipses before a question mark, lines of marks, empty brackets
		{"What...? Fine.?", "What|...|?|Fine|.?"},
		{"*****NOTE***** here <> there.", "*****|NOTE|*****|here|<|>|there|."},
		{strings.Repeat("=", 80) + " Notice " + strings.Repeat("_", 70), strings.Repeat("=", 80) + "|Notice|" + strings.Repeat("_", 70)},
		// a bracket that closes around a file name
		{"(See file: plan.pdf)(See file: b.pdf)", "(|See|file|:|plan.pdf|)|(|See|file|:|b.pdf|)"},
		// abbreviations keep their period by default, even at the end
		{"They sell pens, pencils, etc.", "They|sell|pens|,|pencils|,|etc."},
		{"Troops left the U.S.", "Troops|left|the|U.S."},
		{"Ranges: 9-5 and 1998-2001.", "Ranges|:|9-5|and|1998-2001|."},
	}
	for _, tt := range tests {
		ss := a.Analyze(tt.text)
		checkOffsets(t, tt.text, ss)
		var got []string
		for _, s := range ss {
			for _, tok := range s.Tokens {
				got = append(got, tok.Text)
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, g, tt.want)
		}
	}
}

// TestEWTHyphens checks the treebank's split of hyphenated compounds.
func TestEWTHyphens(t *testing.T) {
	a := analyzer(t).WithEWTHyphens()
	tests := []struct{ text, want string }{
		{"The state-run daughter-in-law met Yoon Suk-yeol.", "The|state|-|run|daughter|-|in|-|law|met|Yoon|Suk|-|yeol|."},
		{"Co-workers and non-profit e-mail at 555-1234 -- fine.", "Co-workers|and|non-profit|e-mail|at|555-1234|--|fine|."},
		{"An F-16 flew.", "An|F|-|16|flew|."},
		// number ranges split; phone numbers, post codes and dates stay
		{"Call 555-1234 or 713-853-1234 between 9-5 in 1998-2001 at 9:00-5:30.", "Call|555-1234|or|713-853-1234|between|9|-|5|in|1998|-|2001|at|9:00|-|5:30|."},
		{"Zip 77415-0027 on 12-05-2001, ages 13-17.", "Zip|77415-0027|on|12-05-2001|,|ages|13|-|17|."},
		// the period of an abbreviation that ends a sentence is a word
		{"They sell pens, pencils, etc. Troops left the U.S.", "They|sell|pens|,|pencils|,|etc|.|Troops|left|the|U.S|."},
		{"Pens, etc. are sold in the U.S. by Acme Inc. today.", "Pens|,|etc.|are|sold|in|the|U.S.|by|Acme|Inc.|today|."},
	}
	for _, tt := range tests {
		ss := a.Analyze(tt.text)
		checkOffsets(t, tt.text, ss)
		var got []string
		for _, s := range ss {
			for _, tok := range s.Tokens {
				got = append(got, tok.Text)
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, g, tt.want)
		}
	}
}

func TestTagsAndLemmas(t *testing.T) {
	a := analyzer(t)
	ss := a.Analyze(`“The two leaders met,” he added. Officials agreed, and "talks" followed.`)
	got := map[string]string{}
	for _, s := range ss {
		for _, tok := range s.Tokens {
			got[tok.Text] = tok.Tag + "/" + tok.Lemma
		}
	}
	want := map[string]string{
		"“": "``/“", "”": "''/”", "met": "VBD/meet", "added": "VBD/add", "leaders": "NNS/leader",
		"agreed": "VBD/agree", "talks": "NNS/talks",
	}
	for w, tl := range want {
		if got[w] != tl {
			t.Errorf("%s: got %s, want %s", w, got[w], tl)
		}
	}
}

// tagOf returns the tag of the last token word in text.
func tagOf(a *Analyzer, text, word string) string {
	got := ""
	for _, s := range a.Analyze(text) {
		for _, tok := range s.Tokens {
			if tok.Text == word {
				got = tok.Tag
			}
		}
	}
	return got
}

// TestPossessiveBeforeAdverb: "'s" after a proper noun and before an
// adverb, a modifier and a noun is the possessive; elsewhere the
// tagger's "is" stays.
func TestPossessiveBeforeAdverb(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ text, want string }{
		{"Yemen's internationally recognised government said it would attend.", "POS"},
		{"Ghana's increasingly popular president spoke on Monday.", "POS"},
		{"He's always late.", "VBZ"},
	} {
		if got := tagOf(a, c.text, "'s"); got != c.want {
			t.Errorf("%q: 's tagged %s, want %s", c.text, got, c.want)
		}
	}
}

// TestShotDown: "shot down" and "shot dead" after a subject are the verb;
// "a shot" stays a noun.
func TestShotDown(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ text, want string }{
		{"The Indian air force shot down a drone on Monday.", "VBD"},
		{"Greece shot down a drone over the Aegean.", "VBD"},
		{"Troops shot dead two gunmen.", "VBD"},
		{"He took a shot down the line.", "NN"},
	} {
		if got := tagOf(a, c.text, "shot"); got != c.want {
			t.Errorf("%q: shot tagged %s, want %s", c.text, got, c.want)
		}
	}
}

// TestNewsTags checks the tags of key words in news sentences, with dyad's
// tagger and with prose's (NewProse), which the text stage keeps for
// comparison.
func TestNewsTags(t *testing.T) {
	prose, err := NewProse()
	if err != nil {
		t.Fatal(err)
	}
	text := `U.S. and South Korean officials met in Seoul on Sept. 21 for talks. “We will respond,” the minister said.`
	want := map[string]string{
		"U.S.": "NNP", "met": "VBD", "talks": "NNS", "Seoul": "NNP", "“": "``", "”": "''",
		"will": "MD", "said": "VBD", "minister": "NN",
	}
	for name, a := range map[string]*Analyzer{"dyad": analyzer(t), "prose": prose} {
		ss := a.Analyze(text)
		checkOffsets(t, text, ss)
		if len(ss) != 2 {
			t.Errorf("%s: %d sentences, want 2", name, len(ss))
		}
		got := map[string]string{}
		for _, s := range ss {
			for _, tok := range s.Tokens {
				got[tok.Text] = tok.Tag
				if tok.Lemma != strings.ToLower(tok.Lemma) {
					t.Errorf("%s: lemma %q of %q not lower case", name, tok.Lemma, tok.Text)
				}
			}
		}
		for w, tag := range want {
			if got[w] != tag {
				t.Errorf("%s: %s tagged %q, want %s", name, w, got[w], tag)
			}
		}
	}
}

func TestLemma(t *testing.T) {
	tests := []struct{ word, tag, want string }{
		{"met", "VBD", "meet"}, {"agreed", "VBD", "agree"}, {"accused", "VBD", "accuse"},
		{"stopped", "VBD", "stop"}, {"called", "VBD", "call"}, {"vowed", "VBD", "vow"},
		{"legalizing", "VBG", "legalize"}, {"threatens", "VBZ", "threaten"}, {"carried", "VBD", "carry"},
		{"imposed", "VBN", "impose"}, {"negotiating", "VBG", "negotiate"}, {"sanctions", "NNS", "sanction"},
		{"ties", "NNS", "tie"}, {"countries", "NNS", "country"}, {"talks", "NNS", "talks"},
		{"Ministers", "NNS", "minister"}, {"shared", "VBD", "share"}, {"expressed", "VBN", "express"},
		{"condemned", "VBD", "condemn"}, {"hoped", "VBD", "hope"}, {"said", "VBD", "say"}, {"died", "VBD", "die"},
		{"women", "NNS", "woman"}, {"children", "NNS", "child"}, {"him", "PRP", "him"}, {"U.S.", "NNP", "u.s."},
		{"Said", "VBD", "say"}, {"arms", "NNS", "arms"}, {"’s", "VBZ", "be"},
	}
	for _, tt := range tests {
		if got := Lemma(tt.word, tt.tag); got != tt.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
}

func TestSeedSentences(t *testing.T) {
	b, err := os.ReadFile("../testdata/seed/article.txt")
	if err != nil {
		t.Skip(err)
	}
	ss := analyzer(t).Analyze(string(b))
	checkOffsets(t, string(b), ss)
	// The seed annotation numbers its 13 paragraphs as sentences; the
	// three-sentence quotation of paragraph 8 stays with its attribution.
	if len(ss) != 13 {
		t.Errorf("seed: %d sentences, want 13", len(ss))
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "A. B.", "“x", "U.S. \"a\" b.\n\nc", "\xff\xfe", "Mr. X said: \"Hi.\" ok", "I've... cannot?!", "we’ll.!",
		"i dont know, its a deal. Im sure Ive dunno", "''x'' ‘‘y’’ a.doc>> <<b 9-5 555-1234 etc.", "Inc.. On 'A.' B x...y ****NOTE****", "DONT Kdont"} {
		f.Add(s)
	}
	a := analyzer(f)
	ewt := a.WithEWTHyphens()
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		checkOffsets(t, s, a.Analyze(s))
		ss := ewt.Analyze(s)
		checkOffsets(t, s, ss)
		for _, x := range ss {
			for i := -1; i <= len(x.Tokens); i++ {
				Clitic(x.Tokens, i)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	data, err := os.ReadFile("../testdata/seed/article.txt")
	if err != nil {
		b.Skip(err)
	}
	a := analyzer(b)
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Analyze(text)
	}
}

// TestLongRuns covers runs without spaces, which prose's tokenizer handles in
// quadratic time; they are cut into pieces, with offsets kept exact.
func TestLongRuns(t *testing.T) {
	a := analyzer(t)
	for _, s := range []string{strings.Repeat(",", 20000), "see https://example.org/" + strings.Repeat("ab/", 50) + " now.", strings.Repeat("é", 300)} {
		ss := a.Analyze(s)
		checkOffsets(t, s, ss)
		n := 0
		for _, x := range ss {
			n += len(x.Tokens)
		}
		if n == 0 {
			t.Errorf("%.20q...: no tokens", s)
		}
	}
}

// BenchmarkTag is the text stage's tagging and lemmatizing of tokenized
// sentences, dyad's tagger against prose's.
func BenchmarkTag(b *testing.B) {
	data, err := os.ReadFile("../testdata/seed/article.txt")
	if err != nil {
		b.Skip(err)
	}
	prose, err := NewProse()
	if err != nil {
		b.Fatal(err)
	}
	for _, bb := range []struct {
		name string
		a    *Analyzer
	}{{"dyad", analyzer(b)}, {"prose", prose}} {
		b.Run(bb.name, func(b *testing.B) {
			ss := bb.a.Analyze(string(data))
			n := 0
			for b.Loop() {
				for _, s := range ss {
					bb.a.Tag(s.Tokens)
					n += len(s.Tokens)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

func TestNewsTagFixes(t *testing.T) {
	a := analyzer(t)
	tags := func(s string) map[string]string {
		m := map[string]string{}
		for _, x := range a.Analyze(s) {
			for _, tk := range x.Tokens {
				m[tk.Text] = tk.Tag
			}
		}
		return m
	}
	for _, tt := range []struct{ text, word, tag string }{
		{"Troops crossed the border overnight, the army said.", "crossed", "VBD"},
		{"Sales rose sharply.", "rose", "VBD"},
		{"Troops killed in the attack were buried.", "killed", "VBN"},
		{"President Yoon Suk-yeol spoke.", "Suk-yeol", "NNP"},
		{"Envoy Lee Jae-myoung spoke.", "Jae-myoung", "NNP"},
		{"Taiwan's President Ma Ying-jeou met Xi.", "Ma", "NNP"},
		{"Taiwan's President Ma Ying-jeou met Xi.", "Ying-jeou", "NNP"},
		{"In Anti-war protests, students marched.", "In", "IN"},
	} {
		if got := tags(tt.text)[tt.word]; got != tt.tag {
			t.Errorf("%s: %s tagged %s, want %s", tt.text, tt.word, got, tt.tag)
		}
	}
}

func TestWithParser(t *testing.T) {
	a, err := analyzer(t).WithParser()
	if err != nil {
		t.Fatal(err)
	}
	ss := a.Analyze("The leaders of South Korea and Japan met on Wednesday in New York.")
	if len(ss) != 1 {
		t.Fatalf("%d sentences", len(ss))
	}
	roots := 0
	byText := map[string]dyad.Token{}
	for _, tk := range ss[0].Tokens {
		byText[tk.Text] = tk
		if tk.Head == -1 {
			roots++
		}
		if tk.Rel == "" || tk.Head < -1 || tk.Head >= len(ss[0].Tokens) {
			t.Errorf("token %q: head %d rel %q", tk.Text, tk.Head, tk.Rel)
		}
	}
	if roots != 1 || byText["met"].Head != -1 {
		t.Errorf("want one root, met; got %d roots, met head %d", roots, byText["met"].Head)
	}
	if l := byText["leaders"]; l.Rel != "nsubj" || ss[0].Tokens[l.Head].Text != "met" {
		t.Errorf("leaders: %s of %d", l.Rel, l.Head)
	}
	if _, err := NewProse(); err != nil {
		t.Fatal(err)
	}
	p, _ := NewProse()
	if _, err := p.WithParser(); err == nil {
		t.Error("prose tags with the parser: want an error")
	}
}

// TestEWTRoundTrip runs the text stage over the raw text of UD English EWT
// dev (sentences of a document joined by spaces, paragraphs by blank
// lines), in both hyphen modes: every token's text is the input at its
// offsets and only space lies outside the tokens.
func TestEWTRoundTrip(t *testing.T) {
	f, err := os.Open("../../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, "dev")
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	var b strings.Builder
	for _, s := range ss {
		for _, c := range s.Comments {
			switch {
			case strings.HasPrefix(c, "newdoc"):
				if b.Len() > 0 {
					docs = append(docs, b.String())
					b.Reset()
				}
			case strings.HasPrefix(c, "newpar") && b.Len() > 0:
				b.WriteString("\n\n")
			}
		}
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(s.Text())
	}
	docs = append(docs, b.String())
	a := analyzer(t)
	ewt := a.WithEWTHyphens()
	n := 0
	for _, d := range docs {
		for _, an := range []*Analyzer{a, ewt} {
			out := an.Analyze(d)
			checkOffsets(t, d, out)
			for _, s := range out {
				n += len(s.Tokens)
			}
		}
	}
	if n < 40000 {
		t.Errorf("%d tokens in %d documents, want the 25,000 words of dev twice", n, len(docs))
	}
}

// TestClitic checks which tokens are written onto the word before them as
// one surface token (a CoNLL-U multiword token).
func TestClitic(t *testing.T) {
	a := analyzer(t)
	tests := []struct{ text, want string }{
		// "+" marks a token that is a clitic of the one before
		{"I'm sure Google's plan won't fail.", "I|+'m|sure|Google|+'s|plan|wo|+n't|fail|."},
		{"its a deal, I dunno, we cannot go.", "it|+s|a|deal|,|I|du|+n|+no|,|we|can|+not|go|."},
		{"It helps alot; the boys' toys; 's good.", "It|helps|a|lot|;|the|boys|'|toys|;|'s|good|."},
		{"Its own plan: can not.", "Its|own|plan|:|can|not|."},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range a.Analyze(tt.text) {
			for i, tk := range s.Tokens {
				if Clitic(s.Tokens, i) {
					got = append(got, "+"+tk.Text)
				} else {
					got = append(got, tk.Text)
				}
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, g, tt.want)
		}
	}
	if Clitic(nil, 0) || Clitic([]dyad.Token{{Text: "a"}}, 5) {
		t.Error("Clitic out of range: want false")
	}
}
