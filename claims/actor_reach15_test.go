package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// actorPairs lists "source:actor:stance" of every claim of text that has an
// actor.
func actorPairs(t *testing.T, text string) []string {
	t.Helper()
	x, _ := extractor(t)
	var out []string
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2018-03-04"}) {
		if c.Actor != nil {
			out = append(out, c.Source.ID+":"+*c.Actor+":"+c.Stance)
		}
	}
	return out
}

// TestActorReach15 checks the doers read in session 15: a group's own
// medium speaking of the group's fighters, the plural pronoun that goes on
// with them, a second party joined to the first, armed groups of no actor
// value, and a day set between commas before the deed word.
func TestActorReach15(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a group's own agency speaks of the group's fighters",
			"وقالت وكالة أعماق إن مقاتليه اقتحموا حاجزاً للجيش عند مدخل البلدة الجنوبي.",
			[]string{"isis:isis:asserts"}, nil},
		{"a bomber described as one of its men",
			"وذكرت وكالة أعماق أن انتحارياً من عناصره فجّر سيارة مفخخة عند بوابة الثكنة.",
			[]string{"isis:isis:asserts"}, nil},
		{"the plural pronoun goes on with the same source's doers",
			"وقال تنظيم داعش إن مقاتليه هاجموا نقطة للجيش في البادية. وأضاف التنظيم أنهم فجروا عبوة بدبابة قرب الجسر.",
			[]string{"isis:isis:asserts"}, nil},
		{"a force noun after the conjunction",
			"وسقط قتلى مدنيون في غارات للطيران الروسي وطيران النظام على أطراف البلدة.",
			[]string{"outlet:russia:asserts", "outlet:syria_gov:asserts"}, nil},
		{"others of the same kind owned by a second party",
			"وتعرضت القرى لقصف عنيف شنته مقاتلات روسية وأخرى تابعة للنظام بعد الظهر.",
			[]string{"outlet:russia:asserts", "outlet:syria_gov:asserts"}, nil},
		{"two nationality adjectives side by side",
			"وقال مصدر عسكري سوري إن الطيران الحربي السوري الروسي المشترك قصف تجمعات المسلحين في الريف.",
			[]string{"syrian_army:syria_gov:asserts", "syrian_army:russia:asserts"}, nil},
		{"opposition factions have no actor value",
			"وشنت فصائل المعارضة السورية هجوماً واسعاً على حواجز الجيش في الريف الشمالي.",
			[]string{"outlet:unknown:asserts"}, []string{"outlet:syria_gov:asserts"}},
		{"the Free Syrian Army is not the Syrian army",
			"وأعلنت القيادة المركزية الأمريكية أن العملية نفذها الجيش السوري الحر جنوبي البلاد.",
			[]string{"centcom:unknown:asserts"}, []string{"centcom:syria_gov:asserts", "centcom:us:asserts"}},
		{"a bomber of a group with no actor value",
			"وقتل ستة مدنيين عندما فجّر انتحاري من إرهابيي تنظيم جبهة النصرة سيارة عند السوق.",
			[]string{"outlet:unknown:asserts"}, nil},
		{"a group with no value that was hit names no doer",
			"وقصفت قوات النظام مقرات جبهة النصرة في ريف المحافظة الجنوبي.",
			[]string{"outlet:syria_gov:asserts"}, []string{"outlet:unknown:asserts"}},
		{"local armed groups have no actor value",
			"وهاجمت مجموعات محلية فجر الأحد نقاطاً للفيلق غربي البلدة.",
			[]string{"outlet:unknown:asserts"}, nil},
		{"a day between commas before the deed word",
			"وقالت وزارة الدفاع الروسية إن قاذفاتها وجهت، الأحد، ضربات إلى مخازن للمسلحين.",
			[]string{"russia_mod:russia:asserts"}, nil},
		{"the speaker's own bombers",
			"وأعلنت وزارة الدفاع الروسية أن القاذفات بعيدة المدى وجهت ضربات مكثفة إلى معاقل التنظيم.",
			[]string{"russia_mod:russia:asserts"}, nil},
		{"a day between commas after the victims",
			"وقتل جنود من القوات الحكومية، ليل الخميس، جراء غارات نفذتها طائرات أمريكية قرب النهر.",
			[]string{"outlet:us:asserts"}, []string{"outlet:syria_gov:asserts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actorPairs(t, tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%s\nmissing %s in %v", tt.text, w, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("%s\nunexpected %s in %v", tt.text, n, got)
				}
			}
		})
	}
}
