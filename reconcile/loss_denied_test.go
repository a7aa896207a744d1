package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniesLossWords: the capture of men is a loss like the dead
// ("أسر"، "أسرى"، "في الأسر"), but "الأسر" alone is as often families;
// the fall of shells or rockets is the deed, not a loss, while the fall
// of men or of posts stays one. Sentences written for the test.
func TestDeniesLossWords(t *testing.T) {
	tests := []struct {
		text, cue string
		toll      bool // deniesToll
		first     bool // deniesTollFirst
	}{
		{"ما نقلته صفحات موالية للفصائل عن أسر ثلاثة جنود قرب القرية", "نفى", true, true},
		{"أن يكون أي من عناصره قد وقع في الأسر خلال المواجهات", "نفى", true, false},
		{"المصدر وجود أسرى من الجيش لدى المسلحين", "", true, false},
		{"ما تناقلته وسائل إعلام عن سقوط قذائف على الحي الغربي مصدرها الضفة الأخرى", "نفت", false, false},
		{"سقوط أي صاروخ على المطار خلال الليل", "نفى", false, false},
		{"سقوط أي جندي في الاشتباك", "نفى", true, true},
		{"ما قيل عن سقوط أي من نقاط الجيش بيد المهاجمين", "نفى", true, true},
		{"ما يتداول عن قصف الأسر النازحة في المخيم", "نفى", false, false},
	}
	for _, tt := range tests {
		c := &claims.Claim{Text: tt.text, Cue: tt.cue, Stance: claims.StanceDenies}
		if got := deniesToll(c); got != tt.toll {
			t.Errorf("deniesToll(%q) = %v, want %v", tt.text, got, tt.toll)
		}
		if got := deniesTollFirst(c); got != tt.first {
			t.Errorf("deniesTollFirst(%q) = %v, want %v", tt.text, got, tt.first)
		}
	}
}

// TestContinuedLossDenial: a voice that denies the capture of its men in
// a fight it tells of, then calls "these reports" fabricated, denies the
// capture twice, not the fight: no occurrence flag. The same words after
// a denial of the deed itself (shells said to have fallen on a town)
// keep the occurrence flag. Sentences written for the test.
func TestContinuedLossDenial(t *testing.T) {
	const text2 = "ومعتبراً تلك الأخبار كاذبة من أساسها."
	tests := []struct {
		name, told, text1 string
		typ               string
		doer              *string // whom the teller names
		own               bool    // the denier tells of the fight
		occurrence        bool
	}{
		{"capture in a fight the denier tells", "هاجم مسلحو التنظيم نقطة للجيش وأسروا عدداً من الجنود",
			"ما روجته صفحات المعارضة عن أسر مسلحي التنظيم جنوداً خلال الهجوم على النقطة،", claims.EventGroundAttack, nil, true, false},
		{"capture, the denier's side named in the fight", "قصفت مدفعية الجيش مواقع المهاجمين وأسر المهاجمون عدداً من الجنود",
			"ما روجته صفحات المعارضة عن أسر مسلحي التنظيم جنوداً خلال الهجوم على النقطة،", claims.EventGroundAttack, sp("syria_gov"), false, false},
		{"shells denied", "سقطت قذائف على البلدة مصدرها مواقع الفصائل",
			"ما روجته صفحات موالية عن سقوط قذائف على البلدة مصدرها مواقعنا،", claims.EventShelling, nil, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []claims.Claim{
				mk(claims.Claim{ID: "c1", Source: src("media"), EventType: tt.typ, Actor: tt.doer, Text: tt.told}),
				mk(claims.Claim{ID: "c2", Article: "a2", Start: 100, Source: src("syrian_army"), Stance: claims.StanceDenies,
					EventType: tt.typ, Cue: "نفى", Rules: []string{"stance:cue", "attribution:embedded_report"},
					Text: tt.text1}),
				mk(claims.Claim{ID: "c3", Article: "a2", Start: 100 + len(tt.text1) + 1, Source: src("syrian_army"), Stance: claims.StanceDenies,
					EventType: tt.typ, Actor: sp("syria_gov"), Target: sp("militants"), Rules: []string{"stance:denial_falsehood"}, Text: text2}),
			}
			if tt.own {
				cs = append(cs, mk(claims.Claim{ID: "c4", Article: "a2", Start: 400, Source: src("syrian_army"), Actor: sp("syria_gov"),
					EventType: tt.typ, Target: sp("militants"), Text: "وقال المصدر إن الوحدات تصدت للهجوم وقتلت عدداً من المهاجمين"}))
			}
			lines := compareLines(t, scene(cs...))
			if got := len(onlyKind(lines, KindOccurrence)) > 0; got != tt.occurrence {
				t.Errorf("occurrence flagged %v, want %v: %v", got, tt.occurrence, lines)
			}
		})
	}
}

// TestNoneHurtBesideFalseReport: a voice that calls the report of a strike
// on a place staged and adds that nobody was hurt ("لا مخبز قُصف ولا أحد
// جُرح") denies the strike: its count of no one is part of saying
// nothing happened, not a toll of its own. A denial whose first object is
// the loss itself stays a dispute of the toll. Sentences written for the
// test.
func TestNoneHurtBesideFalseReport(t *testing.T) {
	tests := []struct {
		name, text string
		occurrence bool
	}{
		{"strike called staged, nobody hurt", "ووصف الحديث عن قصف المخبز بأنه مسرحية، فلا مخبز قُصف ولا أحد جُرح.", true},
		{"only the hurt denied", "ونفى إصابة أي عامل في المخبز، واصفاً الأنباء بالمسرحية.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("white_helmets"), Actor: sp("russia"), Target: sp("bakery"),
					Figures: []claims.Figure{exact(claims.OutcomeWounded, "civilians", 2)}, Text: "قصفت طائرات روسية المخبز وأصيب عاملان"}),
				mk(claims.Claim{ID: "c2", Source: src("russia_reconciliation"), Stance: claims.StanceDenies, Target: sp("bakery"),
					Figures: []claims.Figure{exact(claims.OutcomeWounded, "unknown", 0)}, Rules: []string{"stance:denial_falsehood"},
					Text: tt.text}),
			)
			lines := compareLines(t, cs)
			got := false
			for _, l := range onlyKind(lines, KindOccurrence) {
				got = got || strings.Contains(l, "asserts")
			}
			if got != tt.occurrence {
				t.Errorf("occurrence of the strike flagged %v, want %v: %v", got, tt.occurrence, lines)
			}
		})
	}
}
