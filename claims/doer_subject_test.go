package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDoerSubjectNotKnown: the doer as the subject of a statement that it
// is not known ("هوية مطلقي ... مجهولة"، "والفاعل مجهول"), and "no one"
// as the subject of a verb of claiming ("لم يتبنّ أحد"), make the actor
// "unknown"; the identity of the victims or a count does not. Sentences
// written for the test; want is the actor and its rule ("-" for none).
func TestDoerSubjectNotKnown(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, actor, rule string }{
		// The doer's identity, with the word it governs, then "unknown".
		{"وقالت مصادر أهلية إن هوية مطلقي القذائف على الحي لا تزال مجهولة.", "unknown", "actor:doer_not_known"},
		{"وأضاف الناشط أن هوية الجناة الذين فجروا السيارة غير معروفة حتى الساعة.", "unknown", "actor:doer_not_known"},
		{"وذكر المرصد أن هوية المهاجمين ما زالت غامضة.", "unknown", "actor:doer_not_known"},
		// The bare doer noun with the article.
		{"وقال مصدر في الشرطة إن الفاعل مجهول حتى اللحظة.", "unknown", "actor:doer_not_known"},
		{"وذكرت شبكة محلية أن المنفذين مجهولون وأن التحقيق جار.", "unknown", "actor:doer_not_known"},
		// No one has claimed it, with "أحد" as the subject.
		{"ولم يتبنّ أحد الهجوم على الحاجز حتى مساء اليوم.", "unknown", "actor:unnamed"},
		{"ولم تعلن أي جهة ولا أحد مسؤوليته عن الانفجار.", "unknown", ""},
		// Whose identity is not known: the dead, not the doer.
		{"وذكرت الوكالة أن هوية القتيلين في الغارة على الطريق لم تعرف بعد.", "unknown", "actor:identity_unclear"},
		// A count not known says nothing of the doer.
		{"وقال المرصد إن عدد المسلحين الذين هاجموا القرية غير معروف.", "-", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-01"})
			var c *claims.Claim
			for i := range cs {
				if cs[i].Actor != nil || c == nil {
					c = &cs[i]
				}
			}
			got := "-"
			if c != nil && c.Actor != nil {
				got = *c.Actor
			}
			if got != tt.actor || tt.rule != "" && !slices.Contains(c.Rules, tt.rule) {
				t.Errorf("%s: got %s %v, want %s %s", tt.text, got, c.Rules, tt.actor, tt.rule)
			}
		})
	}
}
