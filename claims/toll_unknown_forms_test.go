package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTollUnknownForms checks two ways of saying that the toll is not
// known: the toll as the subject of the predicate of not knowing, after a
// verb of going on ("لا تزال حصيلة الجرحى غير معروفة"), which stays in one
// claim with its predicate; and an indirect question about the toll after
// a verb of not knowing ("لم يُعرف ما إذا كان القصف قد خلّف ضحايا"). A
// question about where the shells came from says nothing of the toll.
func TestTollUnknownForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"still unknown, toll the subject", "ولا تزال حصيلة الجرحى غير معروفة حتى مساء اليوم.", true},
		{"still unclear, bare toll", "وما زالت الحصيلة غير واضحة بسبب صعوبة الوصول.", true},
		{"after a toll in the same sentence", "وقتل أربعة مدنيين في الغارة، ولا تزال أعداد الجرحى غير معروفة.", true},
		{"whether the attack caused victims", "ولم يُعرف على الفور ما إذا كان القصف قد خلّف ضحايا بين السكان.", true},
		{"whether it left wounded", "ولم يتضح فيما إذا أوقع الانفجار إصابات.", true},
		{"whether from one side or the other", "ولم يتضح ما إذا كانت القذائف انطلقت من مواقع الجيش أم من مواقع الفصائل.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-06-07"}) {
				if slices.Contains(c.Rules, claims.RuleTollUnknown) {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("toll unknown = %v, want %v", got, tt.want)
			}
		})
	}
}
