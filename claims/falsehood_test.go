package claims_test

import (
	"slices"
	"testing"
)

// TestFalsehoodConstructions: a report called false beyond the fixed
// phrases: an intensifier inside "عارٍ عن الصحة", a report or charge noun
// with a predicate of falsehood some words after it ("الأنباء عن ...
// كاذبة"), a report put "بأنه" among claims or lies, and a mishap given
// as the cause of a blast (a short circuit, a technical fault, bad
// storage). An adjective of falsehood with no report before it (the
// attacker's "ذرائع كاذبة"), the report named with its article ("الرواية
// الكاذبة" told of), and a cause that is an attack deny nothing.
// Sentences written for the test; want is the stance and the rule.
func TestFalsehoodConstructions(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, stance, rule string }{
		{"وقالت وزارة الإعلام إن الخبر المتداول عن قصف الحي عار تماماً عن الصحة.", "denies", "stance:denial_falsehood"},
		{"وأكد المحافظ أن الأنباء عن غارة على المعبر عارية كلياً من الصحة.", "denies", "stance:denial_falsehood"},
		{"وقال مصدر في الشرطة إن التقارير عن سقوط قذائف على المشفى كاذبة.", "denies", "stance:denial_falsehood"},
		{"وقالت الخارجية إن الاتهامات باستخدام غازات سامة في البلدة باطلة جملة وتفصيلا.", "denies", "stance:denial_falsehood"},
		{"ووصفت القيادة العامة اتهامات قصف المخيم بأنها أكاذيب.", "denies", "stance:denial_falsehood"},
		{"واعتبر المتحدث الحديث عن هجوم على الثكنة بأنه أوهام.", "denies", "stance:denial_falsehood"},
		{"وقال مصدر محلي إن الدوي الذي سمع في المنطقة ناجم عن تماس كهربائي في مخزن.", "denies", "stance:mishap_cause"},
		{"وبيّن مسؤول بالدفاع المدني أن الحريق نتج عن سوء تخزين مواد قابلة للاشتعال.", "denies", "stance:mishap_cause"},
		{"وأفادت مصادر أهلية بأن الانفجار ناجم عن عطل فني في صهريج الوقود.", "denies", "stance:mishap_cause"},
		// negatives
		{"وقال الجيش إن الطائرات المعادية قصفت الموقع بذرائع كاذبة.", "asserts", ""},
		{"وقال مصدر عسكري إن الانفجار نجم عن غارة على مستودع.", "asserts", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			c := mustFirstClaim(t, x, tt.text, "2024-05-07")
			if c.Stance != tt.stance {
				t.Errorf("%s: stance %s, want %s (%v)", tt.text, c.Stance, tt.stance, c.Rules)
			}
			if tt.rule != "" && !slices.Contains(c.Rules, tt.rule) {
				t.Errorf("%s: no %s in %v", tt.text, tt.rule, c.Rules)
			}
		})
	}
}
