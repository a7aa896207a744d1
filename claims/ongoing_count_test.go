package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOngoingCountTollUnknown: work said to be still going on to count or
// determine the toll ("العمل جارٍ على إحصاء ..."، "يجري حصر ...") tells
// that the toll is not known yet: the claim carries claims.RuleTollUnknown.
// Work going on at something else (repairs, the circumstances) does not.
// Sentences written for the test.
func TestOngoingCountTollUnknown(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"وأوضح رئيس المجلس المحلي للبلدة أن القذائف سقطت على السوق المركزي، وأشار إلى أن \"العمل جارٍ على إحصاء القتلى\".", true},
		{"وذكر مدير الناحية أن الغارة دمرت مبنى البلدية، وأنه يجري حصر الخسائر البشرية حتى الآن.", true},
		{"وقال المسؤول إن الجهود جارية لمعرفة حصيلة القصف على الحي الشرقي.", true},
		{"وأوضح رئيس المجلس المحلي للبلدة أن القذائف سقطت على السوق المركزي، وأشار إلى أن العمل جارٍ على إصلاح الطريق.", false},
		{"وذكر مدير الناحية أن الغارة دمرت مبنى البلدية، وأن التحقيق جارٍ لمعرفة ملابسات ما جرى.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"}) {
				got = got || slices.Contains(c.Rules, claims.RuleTollUnknown)
			}
			if got != tt.want {
				t.Errorf("%s: toll unknown %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
