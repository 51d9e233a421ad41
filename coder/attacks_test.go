package coder

import "testing"

// A bare country that modifies military aircraft ("Myanmar military jets")
// and is the subject of a raid is that country's armed forces; their raid
// on a place is 195 toward the place's country, the killing after it 1823
// toward the victims (as kidnappings_test.go has it). Our own sentences, none from a gold or fresh file.
func TestAircraftOwners(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		place    [2]string
		want     string
	}{
		{"Syrian government jets bombed a crowded market in Idlib on Monday, killing at least nine people.",
			[]string{"Syrian government jets=SYR/modifier", "least nine people=SYRCVL/nominal"}, [2]string{"Idlib", "SYR"},
			"SYRMIL>SYR 195,SYRMIL>SYRCVL 1823"},
		{"Sudanese military warplanes struck a livestock market in Nyala, killing 14 people.",
			[]string{"Sudanese military warplanes=SDN/modifier", "14 people=SDNCVL/nominal"}, [2]string{"Nyala", "SDN"},
			"SDNMIL>SDN 195,SDNMIL>SDNCVL 1823"},
		{"Russian helicopters bombed villages in Aleppo province.",
			[]string{"Russian helicopters=RUS/modifier"}, [2]string{"Aleppo", "SYR"},
			"RUSMIL>SYR 195"},
		// aircraft shot down are not the subject of a raid: the gold
		// files keep the bare country
		{"Turkey said it shot down a Syrian military jet near Hatay.",
			[]string{"Turkey=TUR", "Syrian military jet=SYR/modifier"}, [2]string{"Hatay", "TUR"}, "TUR>SYR 190"},
		// fuel for jets is not aircraft
		{"Syrian jet fuel prices rose sharply in Damascus.",
			[]string{"Syrian=SYR/modifier"}, [2]string{"Damascus", "SYR"}, ""},
		// gunmen killing people after an attack: no aerial attack
		{"Gunmen attacked a market in Kaduna, killing at least nine people.",
			[]string{"Gunmen=NGAUAF/nominal", "least nine people=NGACVL/nominal"}, [2]string{"Kaduna", "NGA"},
			"NGAUAF>NGA 190,NGAUAF>NGACVL 1823"},
	}
	for _, tt := range tests {
		wantCodes(t, withPlace(doc(t, tt.text, tt.mentions...), tt.place[0], tt.place[1]), tt.want)
	}
}

// An attack condemned with its attacker in a "by" phrase and its target in
// an "on" phrase is also coded itself (190): toward the actor of that
// phrase, or toward the force whose post or unit it hit, of the attacker's
// country. Our own sentences.
func TestCondemnedAttackByOn(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"Ghana's president condemned an attack by gunmen on a police checkpoint in which three officers died.",
			[]string{"president=GHAGOV/nominal", "gunmen=GHAUAF/nominal", "three officers=GHACOP/nominal"},
			"GHAGOV>GHAUAF 111,GHAUAF>GHACOP 190"},
		{"Mali's junta denounced a raid by jihadists on an army convoy near Gao.",
			[]string{"junta=MLIMIL/nominal", "jihadists=MLIREB/nominal"},
			"MLIMIL>MLIREB 111,MLIREB>MLIMIL 190"},
		{"The UN condemned the attack by Houthi rebels on a Saudi oil tanker.",
			[]string{"The UN=IGOUNO", "Houthi rebels=YEMREB/nominal", "Saudi=SAU/modifier"},
			"IGOUNO>YEMREB 111,YEMREB>SAU 190"},
		// no "by" phrase: the attack stays the condemnation's background
		{"Ghana's president condemned the attack on a police checkpoint.",
			[]string{"president=GHAGOV/nominal"}, ""},
		// no target phrase: no attack from nowhere
		{"Ghana's president condemned an attack by gunmen.",
			[]string{"president=GHAGOV/nominal", "gunmen=GHAUAF/nominal"}, "GHAGOV>GHAUAF 111"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
