package coder

import "testing"

// The seventh round's constructions (coder/README.md): a visiting guest,
// talks a host holds between two parties, passive deliveries, ... Our own
// sentences, none from a gold or fresh file.
func TestRoundSevenConstructions(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		places   []string // "Name=CTY"
		want     string
	}{
		// the visiting guest visits the subject (and what the host told
		// the guest in a that-clause is a statement to the guest: tenth round)
		{"Jordan's King Abdullah told visiting Iraqi Prime Minister Mohammed al-Sudani on Tuesday that the border would reopen.",
			[]string{"Jordan's King Abdullah=JORGOV", "Iraqi Prime Minister Mohammed al-Sudani=IRQGOV"}, nil, "IRQGOV>JORGOV 042,JORGOV>IRQGOV 010"},
		{"Portugal's president welcomed the visiting Cape Verdean prime minister in Lisbon.",
			[]string{"Portugal's president=PRTGOV", "the visiting Cape Verdean prime minister=CPVGOV"}, []string{"Lisbon=PRT"}, "CPVGOV>PRTGOV 042,PRTGOV>CPVGOV 043"},
		// a visit of the subject itself is unchanged
		{"Jordan's King Abdullah is visiting Iraq this week.",
			[]string{"Jordan's King Abdullah=JORGOV", "Iraq=IRQ"}, nil, "JORGOV>IRQ 042"},
		// talks a host holds between two parties: their talks, the host mediates
		{"Kenyan President William Ruto hosted talks in Nairobi on Saturday between envoys of Ethiopia and Somalia.",
			[]string{"Kenyan President William Ruto=KENGOV", "envoys of Ethiopia=ETHGOV", "Somalia=SOMGOV"}, []string{"Nairobi=KEN"},
			"ETHGOV>SOMGOV 046,KENGOV>ETHGOV 045,KENGOV>SOMGOV 045,SOMGOV>ETHGOV 046"},
		// talks with one party: the host's 043 as before
		{"Kenyan President William Ruto hosted talks with Ethiopia on Saturday.",
			[]string{"Kenyan President William Ruto=KENGOV", "Ethiopia=ETH"}, nil, "KENGOV>ETH 043"},
		// passive deliveries with both parties named
		{"Medical supplies and blankets were flown to eastern Chad on Tuesday by the World Food Programme.",
			[]string{"eastern Chad=TCD", "the World Food Programme=IGOUNOWFP"}, nil, "IGOUNOWFP>TCD 073"},
		{"Documents on the bribery case have been handed to prosecutors in Italy by French police.",
			[]string{"prosecutors=ITAJUD", "Italy=ITA", "French police=FRACOP"}, nil, "FRACOP>ITAJUD 063"},
		{"Satellite data was sent to Ghana by the Nigerian government.",
			[]string{"Ghana=GHA", "the Nigerian government=NGAGOV"}, nil, "NGAGOV>GHA 064"},
		// power, or a delivery with no agent, is no aid or record
		{"Power was handed to the army by the president of Niger.",
			[]string{"the army=NERMIL", "the president of Niger=NERGOV"}, nil, ""},
		{"Tents were flown to eastern Chad on Tuesday.",
			[]string{"eastern Chad=TCD"}, nil, ""},
		// diplomats expelled from another country's embassy: its government
		{"Senegal's government on Monday expelled two diplomats from Guinea-Bissau's embassy in Dakar, accusing them of spying for rebels.",
			[]string{"Senegal's government=SENGOV", "two diplomats from Guinea-Bissau=GNBGOV", "rebels=SENREB"}, []string{"Dakar=SEN"},
			"SENGOV>GNBGOV 112,SENGOV>GNBGOV 161"},
		{"Senegal expelled two diplomats from Mali's embassy in Dakar.",
			[]string{"Senegal=SEN", "Mali=MLI/possessor"}, []string{"Dakar=SEN"}, "SEN>MLIGOV 161"},
		// the accused pronoun is the party just coded
		{"Poland expelled a Belarusian diplomat on Monday, accusing him of espionage.",
			[]string{"Poland=POL", "a Belarusian diplomat=BLRGOV"}, nil, "POL>BLRGOV 112,POL>BLRGOV 161"},
		// a pronoun that is no participle's object: nothing borrowed
		{"Poland expelled a Belarusian diplomat on Monday and said it accused nobody.",
			[]string{"Poland=POL", "a Belarusian diplomat=BLRGOV"}, nil, "POL>BLRGOV 161"},
		// a defence against a named attacker: the defence and the attack
		{"Chadian troops fought off an attack by Boko Haram fighters on a post.",
			[]string{"Chadian troops=TCDMIL", "Boko Haram fighters=NGAREB"}, nil, "NGAREB>TCDMIL 190,TCDMIL>NGAREB 190"},
		{"Malian soldiers repelled an assault by jihadists on their camp.",
			[]string{"Malian soldiers=MLIMIL", "jihadists=MLIREB"}, nil, "MLIMIL>MLIREB 190,MLIREB>MLIMIL 190"},
		// no attack noun with a by-phrase: the defence alone
		{"Malian soldiers fought off jihadists near Mopti.",
			[]string{"Malian soldiers=MLIMIL", "jihadists=MLIREB"}, nil, "MLIMIL>MLIREB 190"},
		// a mass killing of civilians in an accusation: 202 by the accused
		{"The United Nations on Friday accused the CODECO militia of killing at least 30 civilians in a raid on a camp in eastern Congo.",
			[]string{"The United Nations=IGOUNO", "the CODECO militia=CODUAF", "at least 30 civilians=CODCVL", "eastern Congo=COD"}, nil,
			"CODUAF>CODCVL 202,IGOUNO>CODUAF 1121"},
		{"Human Rights Watch accused the army of killing dozens of villagers, among them children, in an attack on Tuesday.",
			[]string{"Human Rights Watch=NGO", "the army=MLIMIL", "villagers=MLICVL"}, nil,
			"MLIMIL>MLICVL 202,NGO>MLIMIL 1121"},
		// a few victims: no mass killing
		{"The United Nations accused the CODECO militia of killing three civilians.",
			[]string{"The United Nations=IGOUNO", "the CODECO militia=CODUAF", "three civilians=CODCVL"}, nil,
			"IGOUNO>CODUAF 1121"},
		// a conditional threat against a demonym's goods: that country
		{"Jamaica's prime minister warned that her government would ban imports of Argentine beef if exporters could not prove it was safe.",
			[]string{"Jamaica's prime minister=JAMGOV", "her government=JAMGOV", "Argentine=ARG/modifier", "exporters=JAMBUS/nominal"}, nil,
			"JAMGOV>ARG 131"},
		// the condition names a country: its party, as before
		{"Jamaica's prime minister warned that her government would ban imports of Argentine beef if Brazil did not act.",
			[]string{"Jamaica's prime minister=JAMGOV", "her government=JAMGOV", "Argentine=ARG/modifier", "Brazil=BRA"}, nil,
			"JAMGOV>BRA 131"},
		// ", adding that it had asked X": the speaker's appeal, not content
		{"Gunmen kidnapped a Honduran aid worker on Friday, Honduras's foreign ministry said, adding that it had asked Nicaraguan authorities to help secure her release.",
			[]string{"Gunmen=HNDUAF/nominal", "a Honduran aid worker=HNDLAB/nominal", "Honduras=HND/possessor", "foreign ministry=HNDGOV/nominal", "Nicaraguan authorities=NICGOV/nominal"}, nil,
			"HNDGOV>NICGOV 020,HNDUAF>HNDLAB 181"},
		// gunmen abroad are the unidentified forces of the place's country
		{"Gunmen kidnapped a Honduran aid worker near the northern Nicaraguan town of Esteli on Friday.",
			[]string{"Gunmen=HNDUAF/nominal", "a Honduran aid worker=HNDLAB/nominal", "Nicaraguan=NIC/modifier"}, nil,
			"NICUAF>HNDLAB 181"},
		{"Gunmen kidnapped a Honduran aid worker near Esteli on Friday.",
			[]string{"Gunmen=HNDUAF/nominal", "a Honduran aid worker=HNDLAB/nominal"}, []string{"Esteli=NIC"},
			"NICUAF>HNDLAB 181"},
		// at home: unchanged
		{"Gunmen kidnapped a Honduran aid worker near the northern Honduran town of Choluteca on Friday.",
			[]string{"Gunmen=HNDUAF/nominal", "a Honduran aid worker=HNDLAB/nominal", "Honduran=HND/modifier"}, nil,
			"HNDUAF>HNDLAB 181"},
		// a proposal the relative clause's subject rejects: its author
		{"The Organization of American States called on Venezuela to free political prisoners, in a resolution that Caracas's envoy said his government would not accept.",
			[]string{"The Organization of American States=IGOOAS", "Venezuela=VEN", "Caracas's envoy=VENGOV/nominal", "his government=VENGOV/nominal"}, nil,
			"IGOOAS>VEN 0253,VENGOV>IGOOAS 120 neg"},
		{"The European Union proposed new talks with Serbia, a plan that Kosovo rejected.",
			[]string{"The European Union=IGOEU", "Serbia=SRB", "Kosovo=XKX"}, nil,
			"IGOEU>SRB 036 intended,XKX>IGOEU 120"},
		// accepted: no rejection
		{"The Organization of American States called on Venezuela to free political prisoners, in a resolution that Caracas's envoy said his government would accept.",
			[]string{"The Organization of American States=IGOOAS", "Venezuela=VEN", "Caracas's envoy=VENGOV/nominal", "his government=VENGOV/nominal"}, nil,
			"IGOOAS>VEN 0253"},
		// the source's own troops deployed: theirs, with no target
		{"Niger has deployed 2,000 more soldiers to its western regions.",
			[]string{"Niger=NER", "2,000 more soldiers=NERMIL/nominal"}, nil, "NERMIL> 150"},
		// another country's forces stay the target
		{"Niger has deployed troops against Malian soldiers.",
			[]string{"Niger=NER", "Malian soldiers=MLIMIL/nominal"}, nil, "NER>MLIMIL 150"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlaces(doc(t, tt.text, tt.mentions...), tt.places), tt.want)
	}
}
