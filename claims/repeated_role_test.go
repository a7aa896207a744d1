package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRepeatedRoleWord: a person first named by a role ("قائد في الفصيل"،
// "طبيب في المشفى"، "الناشط فلان") and then referred back to by the same
// role word made definite after a continuation verb is the same speaker.
// A definite role word that no earlier speaker had, or that other words
// follow before the content, is not taken back. Sentences written for
// the test.
func TestRepeatedRoleWord(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"commander of a faction",
			"صرح قائد ميداني في الجيش الوطني بأن مقاتليه أحبطوا محاولة تسلل قرب جرابلس. وتابع القائد أن اثنين من المتسللين قتلا.",
			"sna"},
		{"hospital director",
			"قال مدير مستشفى في بلدة الدانا للموقع إن جثامين ستة أشخاص وصلت صباحاً. وأوضح المدير أن بينهم امرأتين.",
			"medical_sources"},
		{"named activist",
			"أفاد الناشط الميداني خالد العمر بأن المروحيات ألقت براميل على قرية الهبيط. وأشار الناشط إلى أن أربعة قتلوا.",
			"activist"},
		{"doctor with an adjective",
			"قال طبيب في مشفى المدينة إن الجرحى نقلوا إلى تركيا. وأضاف الطبيب المناوب أن حالتين حرجتان.",
			"medical_sources"},
		{"leader in a named body, by name",
			"وصرح القيادي في قوات سوريا الديمقراطية، آزاد حسو، بأن خلية للتنظيم هاجمت حاجزاً قرب الشدادي. وأكد القيادي أن عنصرين جرحا.",
			"sdf"},
		{"official in a named body, no name",
			"أفاد المسؤول في الإدارة الذاتية بأن المسيرات التركية ضربت صوامع الحبوب شرق القامشلي.",
			"aanes"},
		{"role word no one had",
			"قال مدير مستشفى في بلدة الدانا إن جثامين ستة أشخاص وصلت. وأضاف القائد أن الهجوم جاء من الشرق.",
			"unidentified"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "enab_baladi", Published: "2021-05-02"})
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			last := cs[len(cs)-1]
			if last.Source.ID != tt.want {
				t.Errorf("source %s (%v), want %s", last.Source.ID, last.Rules, tt.want)
			}
		})
	}
}
