package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestMishapAndNoTrace: a blast put down to a depot or a load that blew
// up or burned, and no trace of a strike found, deny the strike; a blast
// put down to an attack, and no sign of casualties, deny nothing of it.
func TestMishapAndNoTrace(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, stance string
	}{
		{"depot blew up", "ذكرت الدفاع الروسية أن الدوي الذي سمع في البلدة نجم عن انفجار مخزن للذخيرة يتبع للمسلحين.", claims.StanceDenies},
		{"a fire in the load", "ذكرت الدفاع الروسية أن ما أصاب الشاحنات ناتج عن حريق شب في حمولتها.", claims.StanceDenies},
		{"gas cylinder", "ذكرت الدفاع الروسية أن الانفجار في السوق كان نتيجة انفجار أسطوانة غاز داخل مطعم.", claims.StanceDenies},
		{"no trace of a raid", "ذكرت الدفاع الروسية أن فريقها لم يعثر على أي آثار لغارة في محيط السوق.", claims.StanceDenies},
		{"no evidence of munitions", "ذكرت الدفاع الروسية أنه لا توجد أدلة على استخدام قنابل جوية ضد القافلة.", claims.StanceDenies},
		{"blast caused by a raid", "ذكرت الدفاع الروسية أن انفجار المستودع نجم عن غارة شنها طيران التحالف.", claims.StanceAsserts},
		{"no sign of casualties", "ذكرت الدفاع الروسية أنه لا توجد مؤشرات على سقوط قتلى بين السكان.", claims.StanceAsserts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertStanceOf(t, x, tt.text, "russia_mod", tt.stance)
		})
	}
}

// TestNothingHappened: a speaker that says no strike was directed, that
// nothing happened over some days, that there was no attack at all, or
// that its aircraft were not present in the sky, denies the strike;
// troops said to be absent from a place deny nothing of it.
func TestNothingHappened(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, stance string
	}{
		{"no strikes directed", "ذكرت الدفاع الروسية أن مقاتلاتها لم توجه أي ضربات لمواقع قرب معرة النعمان.", claims.StanceDenies},
		{"nothing happened for days", "ذكرت الدفاع الروسية أنه لم يحصل طوال الأسبوع المنصرم أي قصف على القرية.", claims.StanceDenies},
		{"there was no attack", "ذكرت الدفاع الروسية أنه لم يكن هناك أي هجوم على القاعدة ليلة الخميس.", claims.StanceDenies},
		{"not present in the sky", "ذكرت الدفاع الروسية أن طيرانها لم يكن له أي وجود في أجواء البلدة ذلك الصباح.", claims.StanceDenies},
		{"troops absent", "ذكرت الدفاع الروسية أنه لا وجود لجنود روس في القرية التي قصفتها الطائرات الأمريكية.", claims.StanceAsserts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertStanceOf(t, x, tt.text, "russia_mod", tt.stance)
		})
	}
}
