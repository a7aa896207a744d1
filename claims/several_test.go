package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSeveralScenes: a claim that names two towns of two governorates far
// apart while its article tells each town's incident in a claim of its
// own sums the incidents up; it is tagged with the scene of the nearest
// claim that tells one of them alone. A claim naming two towns of one
// governorate, two towns its article does not tell apart, or a Syrian
// town beside a capital abroad is no summary. The articles are written
// for the test; want is the tag on the claim holding the marker, "-" if
// none.
func TestSeveralScenes(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, marker, want string
	}{
		{"two governorates told apart",
			"قال المرصد إن التفجيرات التي وقعت أمس في حمص والسيدة زينب أوقعت أكثر من مئة قتيل.\n\n" +
				"وأوضح المرصد أن سيارة مفخخة انفجرت صباح أمس قرب دوار في مدينة حمص وقتلت 30 شخصاً.\n\n" +
				"وفي ريف دمشق، صرّح مصدر في الشرطة بأن انتحارياً فجر نفسه أمس في السيدة زينب وقتل 40 شخصاً.",
			"التفجيرات التي وقعت", "places:several_scenes:homs"},
		{"the summary after both incidents takes the nearer one",
			"قال مصدر في الشرطة إن عبوة ناسفة انفجرت أمس في السيدة زينب وقتلت 40 شخصاً.\n\n" +
				"وذكر محافظ حمص أن سيارة مفخخة انفجرت أمس في مدينة حمص وقتلت 30 شخصاً.\n\n" +
				"وأحصى المرصد أكثر من سبعين قتيلاً في تفجيرات أمس في حمص والسيدة زينب.",
			"سبعين قتيلاً", "places:several_scenes:homs"},
		{"one scene told alone is no summary",
			"قال المرصد إن مسلحين هاجموا أمس حافلة على الطريق بين تدمر ودير الزور وقتلوا عشرين جندياً.\n\n" +
				"وأوضح المرصد أن الهجوم وقع قرب بلدة في ريف دير الزور مساء أمس.\n\n" +
				"وقال مصدر عسكري إن الجيش يلاحق المهاجمين.",
			"على الطريق", "-"},
		{"two towns of one governorate are one scene",
			"قال ناشطون إن قصفاً مدفعياً استهدف أمس أريحا وسراقب وقتل ستة مدنيين.\n\n" +
				"وذكر الدفاع المدني أن القذائف سقطت أمس على سوق أريحا.\n\n" +
				"وأفاد مراسل بأن قذيفتين سقطتا أمس على أطراف سراقب.",
			"أريحا وسراقب", "-"},
		{"a capital abroad is no second scene",
			"ذكرت وزارة الدفاع التركية أمس أن قواتها قصفت مواقع في عفرين رداً على هجوم، وفق ما أعلنت أنقرة.\n\n" +
				"وقال ناشطون إن القصف طال أمس قرى في ريف عفرين.\n\n" +
				"وذكرت وكالة في أنقرة أن الجيش التركي استنفر قواته أمس.",
			"مواقع في عفرين", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimSpanning(t, x, tt.text, tt.marker)
			got := "-"
			for _, r := range c.Rules {
				if strings.HasPrefix(r, claims.SeveralScenesRule) {
					got = r
				}
			}
			if got != tt.want {
				t.Errorf("rule = %q, want %q (places %v)", got, tt.want, c.Places)
			}
		})
	}
}
