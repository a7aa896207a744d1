package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNotResponsibleDenies: a party that says it is not responsible for
// the attack ("غير مسؤولة عن", "أعلنت عدم مسؤوليتها") denies its part;
// calling a deed irresponsible ("خطوة غير مسؤولة") denies nothing.
// want is "stance actor" of the sentence's claim. Sentences written for
// the test.
func TestNotResponsibleDenies(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت قسد إنها غير مسؤولة عن القذائف التي سقطت على البلدة الحدودية.", "denies sdf"},
		{"وأعلن الجيش الإسرائيلي عدم مسؤوليته عن إسقاط طائرة الاستطلاع فوق الساحل.", "denies israel"},
		{"وقال الجيش الإسرائيلي إنه غير مسؤول عن سقوط الطائرة الروسية.", "denies israel"},
		{"ووصفت الخارجية السورية الغارة الإسرائيلية بأنها خطوة غير مسؤولة.", "asserts israel"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"})
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[0]
			a := "-"
			if c.Actor != nil {
				a = *c.Actor
			}
			if got := c.Stance + " " + a; got != tt.want {
				t.Errorf("got %q, want %q (%v)", got, tt.want, c.Rules)
			}
		})
	}
}
