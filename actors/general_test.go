package actors

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestGeneralResolution covers rules found by scoring the coder on whole
// sentences (issue 4): titles with family names, undated texts, and
// mentions that take a country from nothing related to them.
func TestGeneralResolution(t *testing.T) {
	tests := []struct {
		name, text, date string
		want, not        []string
	}{
		{"title and family name, in office", "President Bush flew to Moscow to see Russian leaders.", "2004-06-01",
			[]string{"President Bush=USAGOV"}, []string{"President Bush=RUSGOV"}},
		{"title and family name, the father's term", "President Bush spoke to Russian leaders.", "1990-06-01",
			[]string{"President Bush=USAGOV"}, nil},
		{"title and family name, undated", "President Bush warned Russia again.", "",
			[]string{"President Bush=USAGOV"}, []string{"President Bush=RUSGOV"}},
		{"undated IGO head", "Secretary-General Kofi Annan visited Iraq.", "",
			[]string{"Secretary-General Kofi Annan=IGOUNO"}, nil},
		{"undated head of state", "Barack Obama criticised Iran.", "",
			[]string{"Barack Obama=USAGOV"}, nil},
		{"dated former head", "Barack Obama criticised Iran.", "2019-03-01",
			[]string{"Barack Obama=USAELI"}, nil},
		{"state of emergency is no actor", "Chad declared a two-week state of emergency in the east.", "",
			[]string{"Chad=TCD"}, []string{"a two-week state=TCDGOV"}},
		{"the opposition of a country still is one", "The opposition of Togo marched.", "",
			[]string{"The opposition of Togo=TGOOPP"}, nil},
		{"mistagged verb ends the phrase", "A Turkish fighter jet shot down a helicopter.", "",
			nil, []string{"A Turkish fighter jet shot=TUR"}},
		{"capital after a verb of blame", "Kabul blamed Islamabad for the attacks.", "",
			[]string{"Kabul=AFGGOV", "Islamabad=PAKGOV"}, nil},
		{"capitals after between", "Relations between Ankara and Athens improved.", "",
			[]string{"Ankara=TURGOV", "Athens=GRCGOV"}, nil},
		{"capital on a road between towns is a place", "The road between Kabul and Jalalabad was closed.", "",
			nil, []string{"Kabul=AFGGOV"}},
		{"capital as subject after a clause opener", "Warsaw will close the border if Minsk does not act.", "",
			[]string{"Warsaw=POLGOV", "Minsk=BLRGOV"}, nil},
		{"capital a message is addressed to", "Tokyo protested to Seoul over the island.", "",
			[]string{"Tokyo=JPNGOV", "Seoul=KORGOV"}, nil},
		{"capital a note is sent to", "Tokyo sent a protest note to Seoul.", "",
			[]string{"Seoul=KORGOV"}, nil},
		{"capital calls come from", "Moscow rejected calls from Kyiv for a ceasefire.", "",
			[]string{"Kyiv=UKRGOV"}, nil},
		{"capital flown to is a place", "The minister flew to Tokyo on Monday.", "",
			nil, []string{"Tokyo=JPNGOV"}},
		{"capital returned from is a place", "He returned from Kyiv on Friday.", "",
			nil, []string{"Kyiv=UKRGOV"}},
		{"a monarch without the regnal number", "Queen Margrethe met King Harald in Oslo.", "2015-06-01",
			[]string{"Queen Margrethe=DNKGOV", "King Harald=NORGOV"}, nil},
		{"no regnal alias where another person's name begins with it", "King Abdullah spoke.", "2010-06-01",
			nil, []string{"King Abdullah=JORGOV"}},
		{"capital visited is a place", "The minister visited Ankara.", "",
			nil, []string{"Ankara=TURGOV"}},
		{"rebels beside a government", "A Norwegian envoy said the Angolan government and the rebels must talk.", "",
			[]string{"the rebels=AGOREB"}, []string{"the rebels=NORREB"}},
		{"lower-case name after a title", "President putin spoke to reporters.", "2015-01-01",
			[]string{"President putin=RUSGOV"}, nil},
		{"lower-case sentence", "putin met merkel in berlin.", "2015-01-01",
			[]string{"putin=RUSGOV"}, nil},
		{"lower-case word in a capitalised sentence stays a word", "The putin rumour spread in Paris.", "2015-01-01",
			nil, []string{"putin=RUSGOV"}},
		{"a region's adjective is no country's", "South American farmers blocked roads in protest.", "",
			nil, []string{"American farmers=USAAGR", "South American farmers=USAAGR"}},
		{"Latin Americans", "Latin American leaders criticised the plan.", "",
			nil, []string{"Latin American leaders=USAGOV"}},
		{"a country whose adjective starts with a compass word", "South Korean officials met North Korean envoys.", "2024-03-01",
			[]string{"South Korean officials=KORGOV", "North Korean envoys=PRKGOV"}, nil},
		{"former Soviet republics are no Soviet Union", "Several former Soviet republics welcomed the move.", "",
			nil, []string{"Several former Soviet republics=SUN", "Several former Soviet republics=SUNELI"}},
		{"a former Soviet leader still is", "The former Soviet leader Mikhail Gorbachev visited China.", "2000-01-01",
			nil, []string{"Mikhail Gorbachev=CHNELI"}},
		{"the Emirates", "Oman criticised the Emirates.", "",
			[]string{"the Emirates=ARE"}, nil},
		{"Arabic article in lower case", "Fighters loyal to al-Shabaab attacked a town.", "",
			[]string{"al-Shabaab=SOMREB"}, nil},
		{"bare Security Council", "Later the Security Council voted.", "",
			[]string{"the Security Council=IGOUNO"}, nil},
		{"a country's Security Council", "Russia's Security Council voted.", "",
			nil, []string{"Security Council=IGOUNO"}},
		{"lower-case congress", "The bill was blocked by congress.", "",
			[]string{"congress=---LEG"}, nil},
		{"a person in office sets the focal country", "Barack Obama said officials would go.", "2010-01-01",
			[]string{"officials=USAGOV"}, nil},
		{"X-led", "US-led troops entered the town.", "",
			[]string{"US-led troops=USAMIL"}, nil},
		{"guerilla spelling", "Colombian guerillas ambushed a patrol.", "",
			[]string{"Colombian guerillas=COLREB"}, nil},
		{"SPLA before and after independence", "The SPLA fought on.", "2005-01-01",
			[]string{"The SPLA=SDNREB"}, nil},
		{"SPLA after independence", "The SPLA fought on.", "2014-01-01",
			[]string{"The SPLA=SSDMIL"}, nil},
		{"misspelt family name after a given name", "President Abdelaziz Bouteflicka spoke.", "2005-01-01",
			[]string{"President Abdelaziz Bouteflicka=DZAGOV"}, nil},
		{"misspelt family name shared by two people: the given name decides", "Juan Manuel Sanntos spoke.", "2012-01-01",
			[]string{"Juan Manuel Sanntos=COLGOV"}, nil},
		{"family name with its last letter dropped", "President Juvenal Habyariman spoke.", "1993-01-01",
			[]string{"President Juvenal Habyariman=RWAGOV"}, nil},
		{"misspelt country", "Quatar's emir spoke.", "",
			[]string{"Quatar=QAT"}, nil},
		{"one letter from a country inside a longer name", "Angela Merkel spoke to Angola.", "",
			nil, []string{"Angela=AGO"}},
		{"a surname's other bearer in office at the date", "President Assad spoke.", "1995-03-01",
			[]string{"President Assad=SYRGOV"}, nil},
		{"a 1990s head of government", "Prime Minister Hashimoto left Tokyo.", "1997-01-01",
			[]string{"Prime Minister Hashimoto=JPNGOV"}, nil},
		{"lower-case nationality", "Police fought tunisian rioters.", "",
			[]string{"tunisian rioters=TUNCVL"}, nil},
		{"lower-case short country name", "obama criticized iran.", "2012-01-01",
			[]string{"obama=USAGOV", "iran=IRN"}, nil},
		{"a stray capital inside a country name", "The envoy wants to help iSrael.", "",
			[]string{"iSrael=ISR"}, nil},
		{"lower-case ordinary word", "They bought china and a turkey.", "",
			nil, []string{"china=CHN", "turkey=TUR"}},
		{"company named after a country", "A Kenya Airways plane landed in Nairobi.", "",
			[]string{"A Kenya Airways plane=KENBUS"}, []string{"Kenya=KEN"}},
		{"lower-case organisation in a lower-case sentence", "the world bank lent money to kenya.", "",
			[]string{"the world bank=IGOUNODEVWBK", "kenya=KEN"}, nil},
		{"possessor's country for a titled unknown name", "Kenya's foreign minister summoned Uganda's ambassador John Mukasa.", "",
			[]string{"ambassador John Mukasa=UGAGOV"}, nil},
		{"ethnic adjective is no nationality", "Ethnic Serb militias attacked villages in Croatia's east.", "",
			[]string{"Ethnic Serb militias=HRVREB"}, []string{"Ethnic Serb militias=SRBREB"}},
		{"ethnic demonym", "Ethnic Hungarians in Romania protested.", "",
			[]string{"Ethnic Hungarians=ROUCVL"}, nil},
		{"weapons platforms act for the armed forces", "Syrian tanks and helicopters shelled the village.", "",
			[]string{"Syrian tanks=SYRMIL"}, nil},
		{"helicopter gunships", "Sudanese helicopter gunships struck the camp.", "",
			[]string{"Sudanese helicopter gunships=SDNMIL"}, nil},
		{"a think tank is no tank", "A Belgian think tank criticised Greece.", "",
			nil, []string{"A Belgian think tank=BELMIL"}},
		{"a country's rulers govern it", "Kenya criticised Myanmar's rulers.", "",
			[]string{"rulers=MMRGOV"}, nil},
		{"a title of two words before an unknown name", "Portuguese Foreign Secretary Tomas Alvarenga arrived.", "",
			[]string{"Portuguese Foreign Secretary Tomas Alvarenga=PRTGOV"}, nil},
		{"a title with 'of' is one phrase with its name", "Peruvian Secretary of State Ana Quispe praised Chile.", "",
			[]string{"Peruvian Secretary of State Ana Quispe=PERGOV"}, []string{"Peruvian Secretary=PER"}},
		{"a lower-case title with 'of'", "The Nepali minister of defence met Indian officials.", "",
			[]string{"The Nepali minister of defence=NPLGOV"}, nil},
		{"security forces are the military (CAMEO/PETRARCH convention)", "Chadian security forces fired on the crowd.", "",
			[]string{"Chadian security forces=TCDMIL"}, nil},
		{"activists are the opposition", "Bahraini activists criticised the king.", "",
			[]string{"Bahraini activists=BHROPP"}, nil},
		{"a plural demonym stands for its country", "The Eritreans rejected the Ethiopian offer.", "",
			[]string{"The Eritreans=ERI"}, []string{"The Eritreans=ERICVL"}},
		{"a counted demonym is a crowd", "Thousands of Malians marched in Bamako.", "",
			[]string{"Malians=MLICVL"}, nil},
		{"a demonym after a number is a crowd", "Police arrested 40 Bolivians.", "",
			[]string{"40 Bolivians=BOLCVL"}, nil},
		{"a country's people are its civilians", "The president thanked the Malawian people.", "",
			[]string{"the Malawian people=MWICVL"}, nil},
		{"opposition candidates", "The court barred Gabonese opposition candidates.", "",
			[]string{"Gabonese opposition candidates=GABOPP"}, nil},
		{"a lower-case word ends no capitalised organisation name", "The envoy visited Russia today.", "",
			[]string{"Russia=RUS"}, []string{"Russia today=RUSMED"}},
		{"a lower-case common noun may end an organisation's name", "The US State department advised against travel.", "",
			[]string{"The US State department=USAGOV"}, nil},
		{"a role noun with a participle after it", "A village was raided by Somali militants armed with rifles.", "",
			[]string{"Somali militants armed=SOMREB"}, nil},
		{"a role noun with an adjective after it", "Mali said soldiers loyal to the general seized the radio station.", "",
			[]string{"soldiers loyal=MLIMIL"}, nil},
		{"a military installation stands for the forces there", "Rockets hit a Turkish air base near the border.", "",
			[]string{"a Turkish air base=TURMIL"}, nil},
		{"a country's security service", "Georgia's security service detained two men.", "",
			[]string{"security service=GEOSPY"}, nil},
		{"an armed group in the civil war", "UNITA fighters ambushed a convoy.", "1995-05-01",
			[]string{"UNITA=AGOREB"}, nil},
		{"the same group as a party after the war", "UNITA criticised the budget.", "2010-05-01",
			[]string{"UNITA=AGOOPP"}, nil},
		{"an official with no country named takes a national group's", "The president met leaders of the Shining Path.", "1995-05-01",
			[]string{"The president=PERGOV"}, nil},
		{"an appositive with a possessor country", "Karim Benali, Tunisia's most prominent dissident, began a hunger strike.", "",
			[]string{"Karim Benali=TUNOPP"}, nil},
		{"a possessor's role after the comma's clause is no appositive", "Karim Benali, Tunisia's dissidents said, began a hunger strike.", "",
			nil, []string{"Karim Benali=TUNOPP"}},
		{"'its' forces belong to the country named before, not the place they leave", "Chile will withdraw its troops from Haiti.", "",
			[]string{"its troops=CHLMIL"}, []string{"its troops=HTIMIL"}},
		{"'their' forces belong to the country named before", "Ghana said it would pull their soldiers out of Mali.", "",
			[]string{"their soldiers=GHAMIL"}, nil},
		{"a demonym naming a language is no actor", "Latvia restricted the use of the Russian language.", "",
			[]string{"Latvia=LVA"}, []string{"the Russian language=RUS"}},
		{"'General' before an institution word starts a name, not a rank", "South Korea said it would end the General Security of Military Information Agreement with Japan.", "",
			[]string{"South Korea=KOR", "Japan=JPN"}, []string{"the General Security=KORMIL"}},
		{"a General Staff is the military", "Russia's General Staff said troops had withdrawn.", "",
			[]string{"General Staff=RUSMIL"}, nil},
		{"a nationality word as the object of 'speak' is a language", "Police said the attackers, some of whom spoke Portuguese, fled toward Chile.", "",
			[]string{"Chile=CHL"}, []string{"Portuguese=PRT"}},
		{"a statement 'in' a language names no country", "Mali's junta issued a statement in French on Sunday.", "",
			[]string{"junta=MLIMIL"}, []string{"French=FRA"}},
		{"a plural nationality after 'speak to' stays people", "The minister will speak to Ukrainians in Warsaw.", "",
			[]string{"Ukrainians=UKR"}, nil},
		{"uncounted people are no actor", "People familiar with the talks said Kenya agreed.", "",
			nil, []string{"People=KENCVL"}},
		{"its embassy in a country stands for the host", "Mali reopened its embassy in Ghana last week.", "",
			[]string{"its embassy=GHAGOV", "Mali=MLI"}, []string{"its embassy=MLIGOV"}},
		{"a possessor's consulate in a country stands for the host", "Peru's consulate in Bolivia was attacked.", "",
			[]string{"consulate=BOLGOV"}, []string{"consulate=PERGOV"}},
		{"its embassy with no place stays the possessor's", "Norway closed its embassy.", "",
			[]string{"its embassy=NORGOV"}, nil},
		{"a role takes no country from a later adjective of another noun", "The tribunal jailed a Georgian journalist.", "",
			[]string{"a Georgian journalist=GEOMED"}, []string{"The tribunal=GEOJUD"}},
		{"a role keeps the country of an adjective in its own tail", "Nurses from three Danish charities arrived.", "",
			[]string{"Nurses=DNKHLH"}, nil},
		{"a role takes the country named before it", "Georgia said the tribunal jailed a blogger.", "",
			[]string{"the tribunal=GEOJUD"}, nil},
		{"a demonym's organisation with 'of' is one mention coded by its role words", "The Ghanaian Union of Teachers called a strike.", "",
			[]string{"The Ghanaian Union of Teachers=GHAEDU"}, []string{"The Ghanaian Union=GHA", "Teachers=GHAEDU"}},
		{"a demonym's union with no role word inside is labour", "The Zambian Union of Mineworkers called a strike.", "",
			[]string{"The Zambian Union of Mineworkers=ZMBLAB"}, nil},
		{"a demonym's association of nurses", "The Ugandan Association of Nurses met the minister.", "",
			[]string{"The Ugandan Association of Nurses=UGAHLH"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMentions(t, tc.text, mentions(resolve(t, tc.text, tc.date)), tc.want, tc.not)
		})
	}
}

// TestSentencePlace checks that a role phrase with no country takes the
// country of the places of its sentence (found by the places stage, set by
// hand here) when the text names no country, and only then.
func TestSentencePlace(t *testing.T) {
	kb, ta := kbAndText(t)
	for _, tc := range []struct {
		text, place, want string
	}{
		{"Thousands of people marched in Nairobi.", "Nairobi", "people=KENCVL"},
		{"Officials said thousands of people marched in Nairobi.", "Nairobi", "Officials=KENGOV"},
		{"Ugandan officials said thousands of people marched in Nairobi.", "Nairobi", "people=UGACVL"},
	} {
		d := &dyad.Doc{Article: &dyad.Article{ID: "t", Text: tc.text}}
		if err := ta.Process(d); err != nil {
			t.Fatal(err)
		}
		i := strings.Index(tc.text, tc.place)
		d.Places = append(d.Places, dyad.PlaceMention{Place: dyad.Place{Name: tc.place, Country: "KEN"}, Text: tc.place, Start: i, End: i + len(tc.place)})
		if err := NewResolver(kb).Process(d); err != nil {
			t.Fatal(err)
		}
		if got := mentions(d); !slices.Contains(got, tc.want) {
			t.Errorf("%q: missing %s; got %q", tc.text, tc.want, got)
		}
	}
}

// wantMentions checks that got, the mentions resolved in text, has every
// mention of want and none of not.
func wantMentions(t *testing.T, text string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: missing %s; got %q", text, w, got)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("%q: unwanted %s; got %q", text, n, got)
		}
	}
}
