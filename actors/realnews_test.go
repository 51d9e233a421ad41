package actors

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/places"
)

// resolveWithPlaces runs the text and places stages and the resolver on
// txt, for rules that need the dateline or the places of a sentence.
func resolveWithPlaces(t *testing.T, txt, date string) *dyad.Doc {
	t.Helper()
	kb, ta := kbAndText(t)
	pl, err := places.New()
	if err != nil {
		t.Fatal(err)
	}
	d := &dyad.Doc{Article: &dyad.Article{ID: "t", Text: txt}}
	d.Article.Published, _ = time.Parse(dyad.DateLayout, date)
	for _, st := range []dyad.Stage{ta, pl, NewResolver(kb)} {
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// TestDatelineOfficial: an official the KB lacks, named with a bare title
// of the state, is of the dateline's country when the article names that
// country about as often as the one it names most; otherwise the focal
// country stays. Our own sentences; the names are made up.
func TestDatelineOfficial(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"minister of the dateline's country",
			"NAIROBI, May 4 – Ethiopian troops crossed into Kenya's north on Sunday, Ethiopia's army said. Interior Minister Daniel Mwangi told reporters that Kenya would protest. Ethiopia denied the report. Ethiopian officials declined to comment.",
			[]string{"Interior Minister Daniel Mwangi=KENGOV"}, []string{"Interior Minister Daniel Mwangi=ETHGOV"}},
		{"general of the dateline's country",
			"BANGKOK, June 9 – Cambodian soldiers fired across the border on Saturday, Thailand said. General Somchai Rattana said the army had returned fire. Cambodia blamed Thai troops. Cambodian officials said two soldiers died.",
			[]string{"General Somchai Rattana=THAMIL"}, []string{"General Somchai Rattana=KHMMIL"}},
		{"dateline country named only in the dateline",
			"GENEVA, June 2 – Iranian negotiators met European diplomats on Monday. Deputy Foreign Minister Hossein Rahimpour said Iran was ready for a deal. Iran wants sanctions lifted.",
			[]string{"Deputy Foreign Minister Hossein Rahimpour=IRNGOV"}, []string{"Deputy Foreign Minister Hossein Rahimpour=CHEGOV"}},
		{"dateline country named far less",
			"LONDON, May 4 – Russia expelled two British diplomats on Monday. Foreign Minister Ivan Petrovsky said Russia would answer any step. Russia accused the embassy of spying. Russian media reported the move.",
			[]string{"Foreign Minister Ivan Petrovsky=RUSGOV"}, []string{"Foreign Minister Ivan Petrovsky=GBRGOV"}},
		{"a business title is no official",
			"NAIROBI, May 4 – Ethiopian Airlines suspended flights to Kenya on Sunday, Ethiopia said. Chief Executive Daniel Mwangi said Kenya had closed its airspace. Ethiopia denied it. Ethiopian officials declined to comment.",
			nil, []string{"Chief Executive Daniel Mwangi=KENGOV", "Chief Executive Daniel Mwangi=KENBUS"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolveWithPlaces(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestBodyShortForms: the end of a body's name, after the article named
// the body in full, is that body ("General Assembly", "the Assembly",
// "the 15-member council"); before it, or owned by a country, it is not.
// Our own sentences.
func TestBodyShortForms(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"capitalised short form",
			"The U.N. General Assembly voted on Monday to condemn the coup. Brazil said General Assembly votes matter. Diplomats addressed the General Assembly on Tuesday.",
			[]string{"the General Assembly=IGOUNO"}, []string{"the General Assembly=BRALEG"}},
		{"the assembly",
			"The United Nations General Assembly elected five members on Friday. Chile told the assembly it would run again. Chile spoke at a session of the 193-member assembly.",
			[]string{"the assembly=IGOUNO", "the 193-member assembly=IGOUNO"}, nil},
		{"the council after the Security Council",
			"Mali asked the U.N. Security Council to end the mission. France said the council should wait.",
			[]string{"the council=IGOUNO"}, nil},
		{"another body's name",
			"The European Commission fined the bank on Tuesday. Poland said the Commission had overstepped.",
			[]string{"the Commission=IGOEUREEC"}, nil},
		{"before the full name",
			"Kenya said the assembly would vote. The U.N. General Assembly met later.",
			nil, []string{"the assembly=IGOUNO"}},
		{"no council named",
			"The U.N. General Assembly met on Monday. Kenya said the council had failed.",
			nil, []string{"the council=IGOUNO"}},
		{"a country's council",
			"The U.N. Security Council met on Monday. Russia's Security Council met on Tuesday. The Russian Security Council said so.",
			nil, []string{"Security Council=IGOUNO", "The Russian Security Council=IGOUNO"}},
		{"a national assembly",
			"The U.N. General Assembly voted on Monday. Kenya's National Assembly met on Tuesday.",
			nil, []string{"National Assembly=IGOUNO"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestTheyForThings: "they" whose nearest plural phrase in its sentence
// names no actor ("the measures", "the new tariffs") is no actor, and a
// later "its" is the owner named before; a plural actor before it ("the
// two countries", "officials") or no plural at all keeps the group of the
// sentences before. Our own sentences.
func TestTheyForThings(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"measures",
			"Saudi Arabia and Egypt cut ties on Monday. Qatar said the measures were unjustified and that they would not affect its citizens.",
			[]string{"its citizens=QATCVL"}, []string{"they=SAU", "they=EGY", "its citizens=SAUCVL"}},
		{"tariffs",
			"Canada and Mexico imposed new duties. Chile's trade ministry said the tariffs were harmful and that they would hurt its farmers.",
			[]string{"its farmers=CHLAGR"}, []string{"they=CAN", "they=MEX", "its farmers=MEXAGR"}},
		{"rules with a because clause",
			"Brazil and Peru signed a fishing accord. Ecuador said the new rules were unfair because they ignored its fishermen.",
			nil, []string{"they=BRA", "they=PER"}},
		{"a plural actor before",
			"Saudi Arabia and Egypt cut ties with Qatar. Qatar said the two countries had broken the rules and that they would pay.",
			[]string{"they=SAU", "they=EGY"}, nil},
		{"a plural that is no subject",
			"Brazil and Argentina signed a trade deal. At a joint ceremony afterwards, at which they took no questions, officials smiled.",
			[]string{"they=BRA", "they=ARG"}, nil},
		{"no plural before",
			"Saudi Arabia and Egypt cut ties with Qatar. Qatar said they had acted unlawfully.",
			[]string{"they=SAU", "they=EGY"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestStateMediaSubject: "state media", "state television", "the official
// news agency" with no country of their own are of the state the
// sentence's subject is, else the previous sentence's subject; a country
// of their own still wins. Our own sentences: in each the focal country
// (named most) is another.
func TestStateMediaSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"subject before",
			"North Korea fired a missile early on Wednesday, and state media said it could reach the U.S. mainland. The United States said so. The United States and Japan condemned it.",
			[]string{"state media=PRKMED"}, []string{"state media=USAMED"}},
		{"previous sentence's subject",
			"Iran fired missiles at Iraq on Monday. State television said the strikes were a warning to the United States. The United States said so. The United States and Israel condemned it.",
			[]string{"State television=IRNMED"}, []string{"State television=USAMED"}},
		{"official news agency at the end",
			"Cuba released ten prisoners on Friday, the official news agency said. The United States welcomed the step. The United States said so.",
			[]string{"the official news agency=CUBMED"}, []string{"the official news agency=USAMED"}},
		{"subject after said",
			"State media said North Korea had fired a missile. Japan protested. Japan said so. Japan and the United States condemned it.",
			[]string{"State media=PRKMED"}, []string{"State media=JPNMED"}},
		{"own country",
			"Iran fired missiles at Iraq on Monday. Russian state media said the strikes were a warning. Iraq said so. Iraq condemned it.",
			[]string{"Russian state media=RUSMED"}, []string{"Russian state media=IRNMED"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestBaseInPlace: a military base whose phrase names no owner is of the
// country it is "in" ("in western Iraq", "in Erbil"), not of an adjective
// or a subject elsewhere in the sentence; an owner in the phrase wins.
// Our own sentences, with the places stage run before the resolver.
func TestBaseInPlace(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"compass word and another country's adjective",
			"Officials said the drones came from Syrian territory and hit the Tanf military base in southern Jordan.",
			[]string{"the Tanf military base=JORMIL"}, []string{"the Tanf military base=SYRMIL"}},
		{"the subject's strike",
			"Russia said it struck an air base in western Ukraine overnight.",
			[]string{"an air base=UKRMIL"}, []string{"an air base=RUSMIL"}},
		{"central",
			"Israeli jets struck an air base in central Syria on Monday.",
			[]string{"an air base=SYRMIL"}, []string{"an air base=ISRMIL"}},
		{"a city",
			"Iran fired missiles at an air base in Erbil on Tuesday.",
			[]string{"an air base=IRQMIL"}, []string{"an air base=IRNMIL"}},
		{"an owner in the phrase",
			"Russia said its naval base in Syria was safe.",
			[]string{"its naval base=RUSMIL"}, []string{"its naval base=SYRMIL"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolveWithPlaces(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestEthnicLed: a force "led" by a people of no state ("Kurdish-led
// forces") is a non-state group of the place it is in, not the forces of
// the sentence's subject; a country's "-led" stays that country's. Our own
// sentences, with the places stage run before the resolver.
func TestEthnicLed(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"against Kurdish-led forces",
			"Turkey launched air strikes against Kurdish-led forces in northern Syria on Monday.",
			[]string{"Kurdish-led forces=SYRREB"}, []string{"Kurdish-led forces=TURMIL", "forces=TURMIL"}},
		{"Tuareg-led rebels",
			"The Tuareg-led rebels seized a town in northern Mali, France said.",
			[]string{"Tuareg-led rebels=MLIREB"}, []string{"rebels=FRAREB"}},
		{"no place",
			"Turkey shelled positions of the Kurdish-led militia overnight.",
			nil, []string{"Kurdish-led militia=TURREB", "militia=TURREB"}},
		{"a country's -led",
			"Iran accused Saudi-led forces in Yemen of shelling the port.",
			[]string{"Saudi-led forces=SAUMIL"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolveWithPlaces(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestForcesWithdrawn: forces withdrawn or pulled out are the
// withdrawing side's, as forces sent or deployed are the sender's; not
// the country the article names most. Our own sentences.
func TestForcesWithdrawn(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"began withdrawing",
			"Turkey launched an offensive days after the United States began withdrawing troops from the area. Turkey said so.",
			[]string{"troops=USAMIL"}, []string{"troops=TURMIL"}},
		{"demanded that X withdraw",
			"Russia demanded that Ukraine withdraw troops from the region. Russia said so.",
			[]string{"troops=UKRMIL"}, []string{"troops=RUSMIL"}},
		{"pulled out",
			"Turkey shelled the town after the United States pulled troops out of the area. Turkey said so.",
			[]string{"troops=USAMIL"}, []string{"troops=TURMIL"}},
		{"passive names no one",
			"Troops were withdrawn from the border, Turkey said. Turkey said so.",
			[]string{"Troops=TURMIL"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestPossessedAppositive: an unknown person named right after "<owner>'s
// <post>," where the post is no role of the table is the owner's: an
// organisation's code, a country with the person's own sector. Our own
// sentences; the names are made up and the focal country is another.
func TestPossessedAppositive(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an armed group's chief",
			"The talks were led by Hezbollah's deputy chief, Sheikh Ali Marwani, and the United States. The United States said so.",
			[]string{"Sheikh Ali Marwani=LBNREBHEZ"}, []string{"Sheikh Ali Marwani=USAREL"}},
		{"a country's post",
			"Kenya's point man, General John Otieno, met the United States delegation. The United States said so. The United States agreed.",
			[]string{"General John Otieno=KENMIL"}, []string{"General John Otieno=USAMIL"}},
		{"no sector stays",
			"Turkey's best-known novelist, Kemal Oruc, spoke. The United States said so.",
			nil, []string{"Kemal Oruc=TUR"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestThemForThings: "them" whose nearest plural phrase before it in its
// sentence names no actor is no actor; with no plural before it keeps the
// group of the sentences before. Our own sentences.
func TestThemForThings(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"calling them",
			"Germany, France and Poland expelled Russian diplomats. Britain welcomed the expulsions, calling them a strong signal.",
			nil, []string{"them=DEU", "them=FRA", "them=POL"}},
		{"many of them",
			"Egypt and Qatar brokered the truce. Thousands of displaced Palestinians walked back toward their homes, many of them destroyed.",
			nil, []string{"them=EGY", "them=QAT"}},
		{"no plural before",
			"Peru and Chile cut ties on Monday. The ministry accused them of interfering.",
			[]string{"them=PER", "them=CHL"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}

// TestTheyAfterPluralRole: "they" after a plural role subject of its
// sentence ("Kenyan officials said they") is that phrase's actors, and
// after a subject of names joined by "and" ("Bolivia and Ecuador said
// they") that group, not the group of the sentences before. Our own
// sentences.
func TestTheyAfterPluralRole(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"country adjective",
			"Chile and Peru signed the accord. Kenyan officials said they would study it.",
			[]string{"they=KENGOV"}, []string{"they=CHL", "they=PER"}},
		{"region",
			"Chile and Peru signed the accord. Several European governments said they would respect it.",
			[]string{"they=---GOV"}, []string{"they=CHL", "they=PER"}},
		{"a people",
			"Chile and Peru signed the accord. The Palestinians said they would study it.",
			[]string{"they=PSE"}, []string{"they=CHL", "they=PER"}},
		{"names joined by and",
			"Chile and Peru signed the accord. Bolivia and Ecuador said they would study it.",
			[]string{"they=BOL", "they=ECU"}, []string{"they=CHL", "they=PER"}},
		{"a group that is no subject",
			"Chile and Peru signed the accord. Officials met Bolivia and Ecuador before they left.",
			nil, []string{"they=BOL", "they=ECU"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, "2024-05-06")), tc.want, tc.not)
		})
	}
}
