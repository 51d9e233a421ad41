package quotes

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// wq is an expected quote: kind, the start of its text, speaker and actor;
// via and cue are checked when set (cue "-" means empty).
type wq struct {
	kind, starts, speaker, actor string
	via                          []string
	cue                          string
}

var (
	person = func(text, actor string, phrases ...string) ent { return ent{dyad.Person, text, actor, phrases} }
	org    = func(text, actor string, phrases ...string) ent { return ent{dyad.Org, text, actor, phrases} }
)

var cases = []struct {
	name string
	text string
	ents []ent
	want []wq
}{
	{"post pronoun straight",
		"Foreign Minister Park Jin met his counterpart on Monday. \"We will not back down,\" he said.",
		[]ent{person("Park Jin", "KORGOV", "Park Jin")},
		[]wq{{"direct", "We will not back down", "Park Jin", "KORGOV", nil, "he said"}}},
	{"post inverted curly with appositive",
		"“The talks were useful,” said Ahmed Khan, a spokesman for the ministry.",
		[]ent{person("Ahmed Khan", "PAKGOV", "Ahmed Khan")},
		[]wq{{"direct", "The talks were useful", "Ahmed Khan", "PAKGOV", nil, "said"}}},
	{"doubled single curly marks",
		"‘‘We will not sign this,’’ said Ahmed Khan, a spokesman for the ministry.",
		[]ent{person("Ahmed Khan", "PAKGOV", "Ahmed Khan")},
		[]wq{{"direct", "We will not sign this", "Ahmed Khan", "PAKGOV", nil, "said"}}},
	{"pre colon curly",
		"The minister said: “Our doors remain open.”",
		nil,
		[]wq{{"direct", "Our doors remain open.", "The minister", "", nil, "said"}}},
	{"pre comma straight with title mention",
		"Mr. Rossi told reporters, \"Nothing has been decided yet.\"",
		[]ent{person("Mario Rossi", "ITAGOV", "Mr. Rossi|title")},
		[]wq{{"direct", "Nothing has been decided yet.", "Mario Rossi", "ITAGOV", nil, "told reporters"}}},
	{"colon ends the paragraph before the quote",
		"The general said:\n“All units will withdraw by Friday.”",
		nil,
		[]wq{{"direct", "All units will withdraw by Friday.", "The general", "", nil, "said"}}},
	{"quote over two paragraphs",
		"\"We have waited for years. The time for talk is over.\n\n\"Now we act,\" the rebel commander said.",
		nil,
		[]wq{{"direct", "We have waited for years. The time for talk is over.", "the rebel commander", "", nil, "said"},
			{"direct", "Now we act", "the rebel commander", "", nil, "said"}}},
	{"quote over three curly paragraphs",
		"“First, we need a ceasefire.\n“Second, aid must get through.\n“Third, talks must begin,” the envoy said.",
		nil,
		[]wq{{"direct", "First, we need", "the envoy", "", nil, ""},
			{"direct", "Second, aid", "the envoy", "", nil, ""},
			{"direct", "Third, talks", "the envoy", "", nil, "said"}}},
	{"unbalanced quote capped at paragraph end",
		"\"This will never happen, the mayor said.\nOfficials said the vote would go ahead on Tuesday.",
		nil,
		[]wq{{"direct", "This will never happen, the mayor said.", "", "", nil, "-"},
			{"indirect", "the vote would go ahead on Tuesday", "Officials", "", nil, "said"}}},
	{"unbalanced curly opener mid-sentence",
		"He called the plan “a disaster and walked out.\nOfficials said the vote would go ahead.",
		nil,
		[]wq{{"indirect", "the vote would go ahead", "Officials", "", nil, "said"}}},
	{"missing opening mark",
		"The plan is dead,\" the senator said.",
		nil,
		[]wq{{"direct", "The plan is dead", "the senator", "", nil, "said"}}},
	{"stray closing mark without attribution",
		"The plan is dead\" and buried.",
		nil, nil},
	{"nested single quotes straight",
		"\"They told us 'go home' and we refused,\" the farmer said.",
		nil,
		[]wq{{"direct", "They told us 'go home' and we refused", "the farmer", "", nil, "said"}}},
	{"nested single quotes curly",
		"“He shouted ‘stop’ twice,” the witness told police.",
		nil,
		[]wq{{"direct", "He shouted ‘stop’ twice", "the witness", "", nil, "told police"}}},
	{"split quote",
		"Prime Minister Anna Berg spoke in Oslo. \"We are ready,\" she said, \"but they must move first.\"",
		[]ent{person("Anna Berg", "NORGOV", "Anna Berg")},
		[]wq{{"direct", "We are ready", "Anna Berg", "NORGOV", nil, "she said"},
			{"direct", "but they must move first.", "Anna Berg", "NORGOV", nil, "she said"}}},
	{"partial quote with own attribution, no indirect duplicate",
		"Joe Biden said the sanctions were \"a gift to our enemies.\"",
		[]ent{person("Joe Biden", "USAGOV", "Joe Biden")},
		[]wq{{"partial", "a gift to our enemies.", "Joe Biden", "USAGOV", nil, "said"}}},
	{"indirect said that",
		"The foreign ministry said that talks would resume next month.",
		nil,
		[]wq{{"indirect", "talks would resume next month", "The foreign ministry", "", nil, "said"}}},
	{"reporters told are not a relay",
		"\"We took the first step,\" a presidential official told reporters in New York.",
		[]ent{person("a presidential official", "KORGOV", "a presidential official"), org("reporters", "USAMED", "reporters")},
		[]wq{{"direct", "We took the first step", "a presidential official", "KORGOV", []string{}, "told reporters in New York"}}},
	{"indirect told reporters bare clause",
		"Kim told reporters the missile test had failed.",
		[]ent{person("Kim Min-soo", "KORMIL", "Kim")},
		[]wq{{"indirect", "the missile test had failed", "Kim Min-soo", "KORMIL", nil, "told reporters"}}},
	{"indirect post",
		"Troops crossed the border overnight, the army said.",
		nil,
		[]wq{{"indirect", "Troops crossed the border overnight", "the army", "", nil, "said"}}},
	{"according to, first",
		"According to the United Nations, more than 2,000 people have fled.",
		[]ent{org("United Nations", "IGOUNO", "the United Nations")},
		[]wq{{"indirect", "more than 2,000 people have fled", "United Nations", "IGOUNO", nil, "According to the United Nations"}}},
	{"according to, last",
		"Prices rose by 8 percent in March, according to the statistics office.",
		nil,
		[]wq{{"indirect", "Prices rose by 8 percent in March", "the statistics office", "", nil, "according to the statistics office"}}},
	{"relay quoted as saying that",
		"Xinhua quoted the foreign ministry as saying that Beijing opposed the move.",
		[]ent{org("Xinhua", "CHNMED", "Xinhua")},
		[]wq{{"indirect", "Beijing opposed the move", "the foreign ministry", "", []string{"Xinhua"}, "Xinhua quoted the foreign ministry as saying"}}},
	{"relay after a quote with appositive speaker",
		"\"We will respond firmly,\" Reuters quoted Ali Hassan, an army spokesman, as saying.",
		[]ent{org("Reuters", "", "Reuters"), person("Ali Hassan", "IRQMIL", "Ali Hassan")},
		[]wq{{"direct", "We will respond firmly", "Ali Hassan", "IRQMIL", []string{"Reuters"}, "Reuters quoted ... as saying"}}},
	{"the agency resolved to the latest news agency",
		"Anadolu Agency reported the strikes on Monday.\n\"Three villages were hit,\" the agency quoted a local official as saying.",
		[]ent{org("Anadolu Agency", "TURMED", "Anadolu Agency")},
		[]wq{{"direct", "Three villages were hit", "a local official", "", []string{"Anadolu Agency"}, "the agency quoted a local official as saying"}}},
	{"told a news agency",
		"\"There will be no retreat,\" the defense minister told Yonhap.",
		[]ent{org("Yonhap", "KORMED", "Yonhap")},
		[]wq{{"direct", "There will be no retreat", "the defense minister", "", []string{"Yonhap"}, "told Yonhap"}}},
	{"according to a news agency relays the speaker",
		"According to KCNA, Kim Jong Un said the launch was a success.",
		[]ent{org("KCNA", "PRKMED", "KCNA"), person("Kim Jong Un", "PRKGOV", "Kim Jong Un")},
		[]wq{{"indirect", "the launch was a success", "Kim Jong Un", "PRKGOV", []string{"KCNA"}, "said"}}},
	{"reported, citing",
		"The talks collapsed late on Friday, AFP reported, citing a diplomat.",
		[]ent{org("AFP", "FRAMED", "AFP")},
		[]wq{{"indirect", "The talks collapsed late on Friday", "a diplomat", "", []string{"AFP"}, "AFP reported, citing a diplomat"}}},
	{"he added inherits the relay",
		"\"We are ready,\" Yonhap quoted Moon as saying.\n\"The ball is in their court,\" he added.",
		[]ent{org("Yonhap", "KORMED", "Yonhap"), person("Moon Jae-in", "KORGOV", "Moon")},
		[]wq{{"direct", "We are ready", "Moon Jae-in", "KORGOV", []string{"Yonhap"}, "Yonhap quoted Moon as saying"},
			{"direct", "The ball is in their court", "Moon Jae-in", "KORGOV", []string{"Yonhap"}, "he added"}}},
	{"she skips an organisation speaker",
		"The ministry said the border was closed.\nHealth Minister Anna Berg visited the camp. \"Conditions are terrible,\" she said.",
		[]ent{person("Anna Berg", "NORGOV", "Anna Berg")},
		[]wq{{"indirect", "the border was closed", "The ministry", "", nil, "said"},
			{"direct", "Conditions are terrible", "Anna Berg", "NORGOV", nil, "she said"}}},
	{"they: the plural group before",
		"Opposition lawmakers walked out of the chamber. \"This vote is a sham,\" they said.",
		[]ent{org("opposition", "TUROPP", "Opposition lawmakers|nominal")},
		[]wq{{"direct", "This vote is a sham", "Opposition lawmakers", "TUROPP", nil, "they said"}}},
	{"they: two coordinated names",
		"Putin and Erdogan met in Sochi. They said the talks had been productive.",
		[]ent{person("Vladimir Putin", "RUSGOV", "Putin"), person("Recep Tayyip Erdogan", "TURGOV", "Erdogan")},
		[]wq{{"indirect", "the talks had been productive", "Putin and Erdogan", "", nil, "They said"}}},
	{"it: the organisation before",
		"The Bank of Korea raised rates again. It said inflation remained too high.",
		[]ent{org("Bank of Korea", "KORGOV", "Bank of Korea")},
		[]wq{{"indirect", "inflation remained too high", "Bank of Korea", "KORGOV", nil, "It said"}}},
	{"appositive subject",
		"Maria Lopez, the mayor of the city, said the bridge would reopen in May.",
		[]ent{person("Maria Lopez", "MEXGOV", "Maria Lopez")},
		[]wq{{"indirect", "the bridge would reopen in May", "Maria Lopez", "MEXGOV", nil, "said"}}},
	{"spokesman for an organisation",
		"A spokesman for the Interior Ministry said two suspects had been arrested.",
		[]ent{org("Interior Ministry", "FRAGOV", "the Interior Ministry")},
		[]wq{{"indirect", "two suspects had been arrested", "A spokesman for the Interior Ministry", "FRAGOV", nil, "said"}}},
	{"scare quote is not speech",
		"The deal was described as \"historic\" by observers.",
		nil, nil},
	{"title in quotes is not speech",
		"She starred in the film \"Gone with the Wind\" in 1939.",
		nil, nil},
	{"unattributed direct quote continues the previous speaker",
		"\"We will win,\" the coach said.\n\"Nobody believes in us, and that is fine.\"",
		nil,
		[]wq{{"direct", "We will win", "the coach", "", nil, "said"},
			{"direct", "Nobody believes in us", "the coach", "", nil, "-"}}},
	{"question asked",
		"\"Why now?\" the senator asked.",
		nil,
		[]wq{{"direct", "Why now?", "the senator", "", nil, "asked"}}},
	{"said in a statement, colon",
		"The ministry said in a statement: \"The embassy will stay open.\"",
		nil,
		[]wq{{"direct", "The embassy will stay open.", "The ministry", "", nil, "said in a statement"}}},
	{"said on a day that",
		"Japan's defense ministry said on Wednesday that a missile had landed in the sea.",
		nil,
		[]wq{{"indirect", "a missile had landed in the sea", "Japan's defense ministry", "", nil, "said on Wednesday"}}},
	{"wrote on Twitter",
		"“Peace is possible,” the prime minister wrote on Twitter.",
		nil,
		[]wq{{"direct", "Peace is possible", "the prime minister", "", nil, "wrote on Twitter"}}},
	{"no speech verbs",
		"The leaders agreed to meet again next year. The army announced new measures. He told a story about the war.",
		nil, nil},
	{"deny with an object is not speech",
		"The opposition said the vote was rigged. The government denied the claim.",
		nil,
		[]wq{{"indirect", "the vote was rigged", "The opposition", "", nil, "said"}}},
	{"unclosed quote before a closed one",
		"\"The first part is never closed. \"The second is closed,\" the aide said.",
		nil,
		[]wq{{"direct", "The first part is never closed.", "the aide", "", nil, ""},
			{"direct", "The second is closed", "the aide", "", nil, "said"}}},
	{"passive quoted by",
		"Lee was quoted by Yonhap as saying the summit would go ahead.",
		[]ent{person("Lee Jae-myoung", "KORGOV", "Lee"), org("Yonhap", "KORMED", "Yonhap")},
		[]wq{{"indirect", "the summit would go ahead", "Lee Jae-myoung", "KORGOV", []string{"Yonhap"}, "was quoted by Yonhap as saying"}}},
	{"partial inherits the speaker of the sentence before",
		"The minister said the country would not bow to pressure. She also promised \"a swift and fair investigation.\"",
		nil,
		[]wq{{"indirect", "the country would not bow to pressure", "The minister", "", nil, "said"},
			{"partial", "a swift and fair investigation.", "The minister", "", nil, "-"}}},
	{"post attribution with a bare weekday",
		"The ceasefire is holding, the UN envoy said Wednesday.",
		nil,
		[]wq{{"indirect", "The ceasefire is holding", "the UN envoy", "", nil, "said Wednesday"}}},
	{"relative clause speaker",
		"The decision was welcomed by Amina Yusuf, who said the change was overdue.",
		[]ent{person("Amina Yusuf", "NGAGOV", "Amina Yusuf")},
		[]wq{{"indirect", "the change was overdue", "Amina Yusuf", "NGAGOV", nil, "said"}}},
	{"pre-posed speaker with comma and curly quote",
		"Then the spokeswoman added, “We expect a reply by Friday.”",
		nil,
		[]wq{{"direct", "We expect a reply by Friday.", "the spokeswoman", "", nil, "added"}}},
	{"partial after a direct quote in the same sentence",
		"\"We will not pay,\" the union leader said, calling the offer \"an insult to every worker.\"",
		nil,
		[]wq{{"direct", "We will not pay", "the union leader", "", nil, "said"},
			{"partial", "an insult to every worker.", "the union leader", "", nil, "said"}}},
	{"he: nearest person when nothing was quoted before",
		"Police arrested Omar Farouk on Sunday. He said he was innocent.",
		[]ent{person("Omar Farouk", "EGYCVL", "Omar Farouk")},
		[]wq{{"indirect", "he was innocent", "Omar Farouk", "EGYCVL", nil, "He said"}}},
	{"warned that",
		"The World Health Organization warned that the outbreak could spread.",
		[]ent{org("World Health Organization", "IGOWHO", "The World Health Organization")},
		[]wq{{"indirect", "the outbreak could spread", "World Health Organization", "IGOWHO", nil, "warned"}}},
	{"quoted text is not searched for attributions",
		"\"They said it was over, but we said no,\" the captain recalled.",
		nil,
		nil},
	{"statement carried by a news agency",
		"Kim said in a statement carried by KCNA that the test was a success.",
		[]ent{org("KCNA", "PRKMED", "KCNA"), person("Kim Yo Jong", "PRKGOV", "Kim")},
		[]wq{{"indirect", "the test was a success", "Kim Yo Jong", "PRKGOV", []string{"KCNA"}, "said in a statement carried by KCNA"}}},
	{"outlet reported that X said",
		"State media reported that the foreign minister said the drills were a provocation.",
		nil,
		[]wq{{"indirect", "the drills were a provocation", "the foreign minister", "", []string{"State media"}, "said"}}},
	{"relay chain of two agencies",
		"According to Yonhap, KCNA quoted a military spokesman as saying that the launch was routine.",
		[]ent{org("Yonhap", "KORMED", "Yonhap"), org("KCNA", "PRKMED", "KCNA")},
		[]wq{{"indirect", "the launch was routine", "a military spokesman", "", []string{"KCNA", "Yonhap"}, "KCNA quoted a military spokesman as saying"}}},
	{"adding that",
		"\"The door is open,\" the envoy said, adding that talks could resume within weeks.",
		nil,
		[]wq{{"direct", "The door is open", "the envoy", "", nil, "said"},
			{"indirect", "talks could resume within weeks", "the envoy", "", nil, "adding"}}},
	{"dateline left out of the reported clause",
		"BERLIN (dyad) – Germany will send tanks to Ukraine, the chancellor said on Wednesday.",
		nil,
		[]wq{{"indirect", "Germany will send tanks to Ukraine", "the chancellor", "", nil, "said on Wednesday"}}},
	{"time phrase before the subject",
		"Last weekend Kim Yo Jong, the leader's sister, had warned that the office would collapse.",
		[]ent{person("Kim Yo Jong", "PRKGOV", "Kim Yo Jong")},
		[]wq{{"indirect", "the office would collapse", "Kim Yo Jong", "PRKGOV", nil, "warned"}}},
	{"claimed with an object is not a report",
		"The group claimed responsibility and warned of more attacks.",
		nil, nil},
	{"according to a state news agency relays",
		"According to the state news agency, a military spokesman said the drills were defensive.",
		nil,
		[]wq{{"indirect", "the drills were defensive", "a military spokesman", "", []string{"the state news agency"}, "said"}}},
	{"roman numeral is not a pronoun",
		"Pre-Trial Chamber I said there were reasonable grounds for the warrants.",
		nil,
		[]wq{{"indirect", "there were reasonable grounds", "Pre-Trial Chamber I", "", nil, "said"}}},
	{"only quotation marks",
		"\" \" “ ” \"",
		nil, nil},
}

func TestCases(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := run(t, c.text, c.ents...)
			show := func() {
				for _, q := range qs {
					t.Logf("  got %s s%d %q speaker=%q/%q cue=%q via=%q", q.Kind, q.Sentence, q.Text, q.Speaker, q.SpeakerActor, q.Cue, q.Via)
				}
			}
			if len(qs) != len(c.want) {
				t.Errorf("%d quotes, want %d", len(qs), len(c.want))
				show()
				return
			}
			for i, w := range c.want {
				q := qs[i]
				if q.Kind != w.kind || !strings.HasPrefix(q.Text, w.starts) || q.Speaker != w.speaker || q.SpeakerActor != w.actor {
					t.Errorf("quote %d: %s %q speaker %q/%q; want %s %q... speaker %q/%q", i, q.Kind, q.Text, q.Speaker, q.SpeakerActor, w.kind, w.starts, w.speaker, w.actor)
				}
				if want := w.via; want == nil && len(q.Via) != 0 || want != nil && !slices.Equal(q.Via, want) {
					t.Errorf("quote %d: via %q, want %q", i, q.Via, want)
				}
				switch {
				case w.cue == "-" && q.Cue != "":
					t.Errorf("quote %d: cue %q, want none", i, q.Cue)
				case w.cue != "" && w.cue != "-" && q.Cue != w.cue:
					t.Errorf("quote %d: cue %q, want %q", i, q.Cue, w.cue)
				}
			}
			if t.Failed() {
				show()
			}
		})
	}
}
