package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDoerUnknownForms: more ways of saying who did it is not known, each
// giving actor "unknown" with stance "unknown": the identity of "whoever
// stands behind it" as a relative clause, too early or too hard to tell,
// who is answerable, and the source of the fire not yet determined, with a
// relative clause or quote marks in between. A phrase of time that only
// says it is early to speak of something else gives none. Sentences
// written for the test.
func TestDoerUnknownForms(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2021-04-01", false, []textWant{
		{"وقال شاهد من البلدة إن هوية من زرع العبوة قرب السوق لا تزال مجهولة.", "unknown unknown"},
		{"وأفاد ناشط بأن هوية من يقف خلف الاغتيال \"غير معروفة\" حتى الآن.", "unknown unknown"},
		{"وقالت الخارجية الفرنسية إنه من المبكر تحديد الجهة التي نفذت الغارة على المستشفى.", "unknown unknown"},
		{"وأكد المرصد أنه يصعب تحديد المسؤول عن القصف على الحي بسبب كثافته.", "unknown unknown"},
		{"وقال مصدر في الشرطة إن مصدر الطلقات التي قتلت الشاب \"لم يعرف بعد\".", "unknown unknown"},
		{"وأضاف المرصد أنه من المبكر التفكير في عودة السكان بعد القصف على البلدة.", "asserts -"},
	}, stanceActor)
}

// TestBlameAndNoClaimForms: laying the blame on a party ("ألقى باللائمة
// على", "باللوم على") names it as the doer, and "no one" as the subject
// before the verb of claiming ("أحداً لم يتبنَّ") leaves the doer unnamed,
// as it does after the verb. Sentences written for the test; want is the
// actor of the first claim.
func TestBlameAndNoClaimForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وألقى قائد الفصيل باللائمة على قوات النظام في قصف المخبز.", "syria_gov"},
		{"وألقت الحكومة التركية باللوم على حزب العمال الكردستاني في تفجير السوق.", "sdf"},
		{"وأكد مصدر في البلدية أن أحداً لم يتبنَّ الهجوم على الحاجز.", "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-02-01"}) {
				if c.Actor != nil {
					got = *c.Actor
				}
				break
			}
			if got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}
