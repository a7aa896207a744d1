package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpeakingDate checks that a day which dates the saying or the
// publishing ("قالت الهيئة، الأربعاء، إن ..."، "في بيان أصدرته الخميس")
// gives way to a day of the deed told after it in the claim, and still
// dates the claim when the claim tells no other day.
func TestSpeakingDate(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want, not string
	}{
		{"weekday between commas before the clause",
			"أعلنت كتائب معارضة، الأربعاء، أنها اقتحمت مواقع للجيش في بلدة كفرنبل، في هجوم بدأ فجر أمس الثلاثاء.",
			"2020-03-03", "2020-03-04"},
		{"report issued on a weekday",
			"اتهمت منظمة حقوقية، في تقرير أصدرته الخميس، مسلحين بإعدام عشرين مدنياً في بلدة أريحا يوم الثاني من شباط.",
			"2020-02-02", "2020-02-27"},
		{"speaking day alone still dates the claim",
			"قال الدفاع المدني، الأربعاء، إن قصفاً مدفعياً أصاب منازل في بلدة كفرنبل.",
			"2020-03-04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dates []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-04"}) {
				if c.Date != nil && c.EventType != claims.EventOther {
					dates = append(dates, *c.Date)
				}
			}
			if !slices.Contains(dates, tt.want) {
				t.Errorf("dates %v lack %s", dates, tt.want)
			}
			if tt.not != "" && slices.Contains(dates, tt.not) {
				t.Errorf("dates %v hold the speaking day %s", dates, tt.not)
			}
		})
	}
}

// TestStateInName checks that the lands in a self-proclaimed state's name
// ("الدولة الإسلامية في العراق والشام") are no place of the claim, while a
// province after the group's name is where it holds ground.
func TestStateInName(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the name's two lands",
			"هاجم مقاتلون من الدولة الإسلامية في العراق والشام حاجزاً للجيش قرب مدينة الرقة فجر اليوم.",
			[]string{"raqqa_city"}, []string{"iraq", "damascus"}},
		{"a province where the group holds ground",
			"قصفت طائرات حربية بلدة تعد من أبرز مواقع تنظيم الدولة الإسلامية في محافظة دير الزور صباح الأحد.",
			[]string{"deir_ez_zor"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, x, tt.text, "2014-01-10", tt.want, tt.not)
		})
	}
}
