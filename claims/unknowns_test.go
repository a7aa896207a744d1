package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnknownTollAndDoer: what a source says it does not know, with words
// in between, before or after: the toll (rule toll:unknown, the doer kept
// as the claim names it) or the doer (actor unknown, stance unknown).
// Sentences written for the test.
func TestUnknownTollAndDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, actor, stance string
		toll                bool
	}{
		// The toll not known, the doer named: still asserted.
		{"وقال المرصد إن طائرات روسية شنت عشر غارات على البادية، ولم تتضح بعد نتائجها.", "russia", "asserts", true},
		{"وأكد مسؤول أمريكي أن المقاتلات الأمريكية قصفت المستودع، لكنه قال إنه لا توجد لديه حتى الآن أي معلومات عن أعداد القتلى.", "us", "asserts", true},
		{"وقالت مصادر محلية إنها سمعت انفجارات داخل القاعدة دون أن يتضح حجم الخسائر بين العسكريين.", "-", "", true},
		{"وقال الناشط إن حجم الخسائر البشرية لا يزال غير واضح بعد القصف على البلدة.", "-", "", true},
		{"وأفاد المصدر بأن حصيلة الضحايا لم تعرف بعد.", "-", "", true},
		// The doer not known, in words of a lack of information.
		{"وقال المتحدث إن الأمم المتحدة ليست لديها معلومات حول هوية منفذي التفجير في السوق.", "unknown", "unknown", false},
		{"وقال المحافظ إن من السابق لأوانه الحديث عن منفذي الهجوم على الحافلة.", "unknown", "unknown", false},
		{"وقال رئيس البلدية إن السكان لم يعرفوا بعد لمن تعود الطائرة التي قصفت المدرسة.", "unknown", "unknown", false},
		{"وقال الضابط إن أحدا لا يعرف من يقف وراء الهجوم على الحاجز.", "unknown", "unknown", false},
		{"وأكد مصدر في الشرطة أن التحقيق لم يحدد إلى الآن الجهة المسؤولة عن زرع العبوة.", "unknown", "unknown", false},
		// Not these: no claim yet is no ignorance; a sign of no harm is a
		// zero toll; "unknown destination" says nothing of the doer or toll.
		{"وقالت الوكالة إن التفجير وقع قرب الحاجز، ولم تتبن أي جماعة المسؤولية عنه.", "unknown", "asserts", false},
		{"وقال الجيش إن مسلحين اقتادوا ثلاثة رجال إلى جهة مجهولة بعد الهجوم على القرية.", "-", "", false},
		{"ولا يعرف أين سقطت بقية الصواريخ التي أطلقت على المطار.", "-", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			actor, stance, toll := "-", "", false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				if c.Actor != nil && actor == "-" {
					actor, stance = *c.Actor, c.Stance
				}
				toll = toll || slices.Contains(c.Rules, claims.RuleTollUnknown)
			}
			if actor != tt.actor || tt.stance != "" && stance != tt.stance || toll != tt.toll {
				t.Errorf("%s\nactor %s stance %s toll unknown %v; want %s %s %v", tt.text, actor, stance, toll,
					tt.actor, tt.stance, tt.toll)
			}
		})
	}
}
