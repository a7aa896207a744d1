package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCounterAccusationDeniesOccurrence: a voice that denies the report of
// an attack blamed on its side and, in the same account, blames the very
// side that accuses it ("we attacked no one; they struck us") denies that
// the attack took place, even while another voice of its side tells of
// the fight's toll. A voice that points at a third party, or whose
// blaming is done by another voice of its side, is left to the
// perpetrator dispute. Sentences written for the test.
func TestCounterAccusationDeniesOccurrence(t *testing.T) {
	denial := "ونفى المصدر ما نشرته حسابات مقربة من التحالف عن هجوم شنته القوات على مقر للحلفاء"
	tests := []struct {
		name     string
		blamed   string // whom the denying voice blames
		blamer   string // the voice that blames
		wantOccr bool
	}{
		{"blames its accuser in the same account", "us", "syrian_army", true},
		{"blames a third party", "israel", "syrian_army", false},
		{"another voice blames the accuser", "us", "sana", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("coalition"), Actor: sp("syria_gov"), Target: sp("headquarters"),
					EventType: claims.EventGroundAttack, Text: "قال التحالف إن القوات الموالية هاجمت مقراً لحلفائه"}),
				mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Stance: claims.StanceDenies, Target: sp("headquarters"),
					EventType: claims.EventGroundAttack, Text: denial, Rules: []string{"stance:cue", claims.RuleReportDenied}}),
				mk(claims.Claim{ID: "c3", Source: src(tt.blamer), Actor: sp(tt.blamed), Target: sp("positions"),
					EventType: claims.EventAirstrike, Text: "وقال إن الطائرات قصفت مواقع القوات"}),
				mk(claims.Claim{ID: "c4", Source: src("sana"), Figures: []claims.Figure{exact("killed", "syrian_army", 3)},
					EventType: claims.EventGroundAttack, Text: "مقتل ثلاثة جنود في الاشتباكات"}),
			)
			got := false
			var all []string
			for _, d := range Compare(Event{}, cs, testK) {
				all = append(all, d.Kind+": "+d.Summary)
				got = got || d.Kind == KindOccurrence && slices.Contains(d.Sources, "syrian_army") && strings.Contains(d.Summary, "denies it")
			}
			if got != tt.wantOccr {
				t.Errorf("occurrence denial flagged = %v, want %v (%v)", got, tt.wantOccr, all)
			}
		})
	}
}

// TestSpreadersBelonging: a belonging word that describes who spread the
// denied report ("قنوات تابعة للفصيل") is no sign that the denial disputes
// whose the place was; one that describes the place still is. Sentences
// written for the test.
func TestSpreadersBelonging(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"نفت الوزارة ما نشرته قنوات تابعة للفصيل عن قصف الحي", false},
		{"وكذب الجيش الأخبار التي بثتها وسائل إعلام تابعة للتنظيم حول غارة على القرية", false},
		{"ونفى الناطق ما روجته صفحات تابعة للمعارضة عن استهداف السوق", false},
		{"ونفى أن تكون المزرعة تابعة للفصيل", true},
		{"نافياً أن يكون المستودع المستهدف يتبع للحزب", true},
		{"وقال إن المواقع التي قصفت تابعة لقوات النظام", true},
	}
	for _, tt := range tests {
		c := &claims.Claim{Stance: claims.StanceDenies, Text: tt.text}
		if got := deniesDetail(c); got != tt.want {
			t.Errorf("deniesDetail(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
