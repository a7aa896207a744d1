package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestChemicalAttackWords: a chemical agent or weapon, used, names an
// attack; its type follows from the delivery the clause names, else it is
// a generic attack. Stocks, programmes and treaties name none.
func TestChemicalAttackWords(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text    string
		typ     string // "" when no claim of an event is expected
		stance  string
		generic bool
	}{
		// the agent alone: a generic attack
		{"قال الدفاع المدني إن عشرات المدنيين أصيبوا بحالات اختناق بغاز الكلور في بلدة سرمين.", claims.EventGroundAttack, claims.StanceAsserts, true},
		{"أفاد ناشطون بأن غازات سامة انتشرت في أحياء المدينة الشرقية فجر اليوم.", claims.EventGroundAttack, claims.StanceAsserts, true},
		// dropped from the air: an airstrike
		{"قال ناشطون إن مروحيات النظام ألقت براميل محملة بغاز الكلور على بلدة كفرزيتا.", claims.EventAirstrike, claims.StanceAsserts, false},
		// by artillery shells: a shelling
		{"قال المسعفون إن قذائف تحمل غاز السارين سقطت على حي جوبر.", claims.EventShelling, claims.StanceAsserts, false},
		// denied use, by a denial verb and by a negated use verb
		{"نفت وزارة الدفاع السورية أن تكون قواتها قد استخدمت أي مواد سامة في ريف حماة.", claims.EventGroundAttack, claims.StanceDenies, true},
		{"وأكد المصدر العسكري أن القوات الحكومية لم تستخدم السلاح الكيميائي في ريف إدلب الشرقي.", claims.EventGroundAttack, claims.StanceDenies, true},
		// a weapon without a word of using it, and the treaty, name no attack
		{"قال الوزير إن بلاده سلمت مخزون الأسلحة الكيميائية للمنظمة الدولية.", "", "", false},
		{"أكدت منظمة حظر الأسلحة الكيميائية أن مفتشيها سيصلون غدا.", "", "", false},
		{"قال الباحث إن المواد الكيميائية تستعمل في الزراعة منذ عقود.", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			var got *claims.Claim
			for i := range cs {
				if cs[i].EventType != claims.EventOther {
					got = &cs[i]
					break
				}
			}
			if tt.typ == "" {
				if got != nil {
					t.Errorf("%s: got event claim %+v, want none", tt.text, *got)
				}
				return
			}
			if got == nil {
				t.Fatalf("%s: no event claim in %+v", tt.text, cs)
			}
			if got.EventType != tt.typ || got.Stance != tt.stance || slices.Contains(got.Rules, "event_type:generic") != tt.generic {
				t.Errorf("%s: got %s %s %v, want %s %s generic=%v", tt.text, got.EventType, got.Stance, got.Rules, tt.typ, tt.stance, tt.generic)
			}
		})
	}
}

// TestPronounOfBelonging: "قالت إنها لـ..." says what a thing belongs to;
// the pronoun is not the speaker acting.
func TestPronounOfBelonging(t *testing.T) {
	x, _ := extractor(t)
	text := "نفت وزارة الدفاع السورية قصف البلدة. وبثت صفحات معارضة صورا قالت إنها لقتلى الغارة على البلدة."
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"}) {
		if slices.Contains(c.Rules, "actor:self_reference") {
			t.Errorf("self reference in %q: %v", c.Text, c.Rules)
		}
	}
}
