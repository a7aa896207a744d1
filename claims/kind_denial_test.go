package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestKindAnaphorDenied: a bare head pointing back at a party named
// earlier ("الحزب" after "حزب الله") names the party whose part a denial
// of a role denies ("أي دور للحزب") and the party a denial says did not do
// the deed ("أن يكون الحزب يقصف"). Sentences written for the test.
func TestKindAnaphorDenied(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, before, text string
		want, stance       string
	}{
		{"role of the party denied", "وشارك مقاتلو حزب الله في معارك على الحدود الشهر الماضي. ",
			"ونفى مصدر مقرب من الحزب أي دور للحزب في قصف البلدة يوم الاثنين.", "iran_backed", "denies"},
		{"link of the organisation denied", "وتبنى تنظيم داعش هجمات عدة في البادية الشهر الماضي. ",
			"ونفت مصادر محلية أي صلة للتنظيم بتفجير السيارة في السوق يوم الاثنين.", "isis", "denies"},
		{"the party did not do it", "وشارك مقاتلو حزب الله في معارك على الحدود الشهر الماضي. ",
			"ونفى مصدر مقرب منه أن يكون الحزب يقصف البلدة منذ أسابيع.", "iran_backed", "denies"},
		{"the organisation did it, with قد", "وتبنى تنظيم داعش هجمات عدة في البادية الشهر الماضي. ",
			"ورجح مسؤول محلي أن يكون التنظيم قد استهدف الحافلة بعبوة ناسفة يوم الاثنين.", "isis", "unconfirmed"},
		{"imperfect of a form with alif", "وتبنى تنظيم داعش هجمات عدة في البادية الشهر الماضي. ",
			"وقال مسؤول محلي إن التنظيم يستهدف الحافلات بعبوات ناسفة قرب تدمر منذ أيام.", "isis", "asserts"},
		{"relative verb with its object pronoun", "وتبنى تنظيم داعش هجمات عدة في البادية الشهر الماضي. ",
			"وقال ناشطون إن طفلين قتلا بقذائف أطلقها التنظيم على حي سكني يوم الاثنين.", "isis", "asserts"},
		{"relative clause of the attack", "وشارك مقاتلو حزب الله في معارك على الحدود الشهر الماضي. ",
			"وقال المرصد إن عشرة مقاتلين قتلوا في الهجوم الذي شنه الحزب على التلة يوم الاثنين.", "iran_backed", "asserts"},
		{"mines it left behind", "وتبنى تنظيم داعش هجمات عدة في البادية الشهر الماضي. ",
			"وأكد ضابط في الجيش أن وحدات الهندسة تفكك الألغام التي زرعها التنظيم في أحياء البلدة يوم الاثنين.", "syria_gov", "asserts"},
		{"spoken of, not a doer", "وتبنى تنظيم داعش هجمات عدة في البادية الشهر الماضي. ",
			"وقال مسؤول محلي إن التنظيم يسعى إلى العودة بعد انفجار عبوة ناسفة قرب تدمر يوم الاثنين.", "-", ""},
		{"units of the YPG", "وقصفت وحدات حماية الشعب قرية قرب عفرين الأسبوع الماضي. ",
			"وقال مسؤول محلي إن مسلحي الوحدات زرعوا عبوة ناسفة في سوق البلدة يوم الاثنين.", "sdf", "asserts"},
		{"units after the Kurdish units", "وانسحبت الوحدات الكردية من قرية قرب منبج الأسبوع الماضي. ",
			"واتهمت أنقرة الوحدات بتفجير سيارة مفخخة في سوق البلدة يوم الاثنين.", "sdf", "asserts"},
		{"units with no such party named", "وتقدمت قوات النظام في ريف حماة الأسبوع الماضي. ",
			"وقال ناشطون إن مسلحي الوحدات زرعوا عبوة ناسفة في سوق البلدة يوم الاثنين.", "-", ""},
		{"role of another party, no antecedent", "وشهدت المنطقة معارك على الحدود الشهر الماضي. ",
			"ونفى مصدر محلي أي دور للحزب في قصف البلدة يوم الاثنين.", "-", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, stance := "-", ""
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.before + tt.text, Published: "2025-12-15"}) {
				if c.Start >= len(tt.before) && c.Actor != nil {
					got, stance = *c.Actor, c.Stance
					break
				}
			}
			if got != tt.want || stance != tt.stance {
				t.Errorf("actor = %s %s, want %s %s", got, stance, tt.want, tt.stance)
			}
		})
	}
}
