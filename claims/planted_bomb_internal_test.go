package claims

import "testing"

// TestPlantedBombDoer checks that planting a bomb, with the bomb as the
// verb's object, is an attack, and that its doer is read from a band
// "of" a party before the verb even when a qualifier, the outlet's label
// for the party or a closing quote mark stands between; and that a bare
// planting verb of a farmer is no attack.
func TestPlantedBombDoer(t *testing.T) {
	x := internalExtractor(t)
	tests := []struct {
		name, text, typ, actor string
	}{
		{"cells of the group, plain", "وقال مسؤول في الشرطة إن خلايا لتنظيم داعش زرعت القنبلة قرب الجسر.", EventGroundAttack, "isis"},
		{"sleeper cells", "وقال مسؤول في الشرطة إن خلايا نائمة لتنظيم الدولة زرعت القنبلة قرب الجسر.", EventGroundAttack, "isis"},
		{"sleeper cells, label and quotes", "وذكر مسؤول في الشرطة أن «خلايا نائمة لتنظيم الدولة الإرهابي» زرعت عبوة قرب الجسر.", EventGroundAttack, "isis"},
		{"armed band, label", "وقال مسؤول في الشرطة إن مجموعة مسلحة للتنظيم الإرهابي زرعت العبوة تحت الجسر.", EventGroundAttack, ""},
		{"unnamed planter", "وقال مسؤول في الشرطة إن مجهولين زرعوا عبوة تحت الجسر.", EventGroundAttack, ""},
		{"farmer sowing", "وقال مزارع في القرية إنه زرع القمح في أرضه هذا العام.", EventOther, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := x.Extract(Article{ID: "t", Text: tc.text, Published: "2021-04-02"})
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[0]
			if c.EventType != tc.typ {
				t.Errorf("event type %q, want %q", c.EventType, tc.typ)
			}
			if tc.actor != "" && (c.Actor == nil || *c.Actor != tc.actor) {
				t.Errorf("actor %v, want %q", c.Actor, tc.actor)
			}
		})
	}
}

// TestEpithetBetween checks which words may stand between a party's name
// and the verb it is the subject of.
func TestEpithetBetween(t *testing.T) {
	x := internalExtractor(t)
	tests := []struct {
		name, text string
		i, k       int
		want       bool
	}{
		{"adjacent", "داعش فجر", 1, 1, true},
		{"label", "داعش الإرهابي فجر", 1, 2, true},
		{"label and quote", "«داعش الإرهابي» فجر", 2, 4, true},
		{"quote only", "«داعش» فجر", 2, 3, true},
		{"other word", "داعش أمس فجر", 1, 2, false},
		{"label without article", "داعش إرهابي فجر", 1, 2, false},
		{"two labels", "داعش الإرهابي الإرهابي فجر", 1, 3, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := x.analyze(Article{ID: tc.name, Text: tc.text})
			defer x.release(d)
			if got := epithetBetween(d, tc.i, tc.k); got != tc.want {
				for n, tok := range d.toks {
					t.Logf("%d %q", n, tok.Text)
				}
				t.Errorf("epithetBetween(%d, %d) = %v, want %v", tc.i, tc.k, got, tc.want)
			}
		})
	}
}
