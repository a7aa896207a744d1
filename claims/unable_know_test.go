package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnableToKnow: a source that says it could not know, determine or
// verify who did it leaves the doer unknown; one that could not
// determine the toll names no doer by that; a failure to verify something
// else says nothing of the doer. Sentences written for the test.
func TestUnableToKnow(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text      string
		wantActor string
	}{
		{"سقطت قذائف على السوق في البلدة. ولم يستطع الموقع بعد التأكد بصورة مستقلة من هوية من أطلق القذائف.", "unknown"},
		{"انفجرت سيارة مفخخة في البلدة. وتعذر على الفريق الجزم بشكل قاطع بهوية الطرف الذي نفذ التفجير.", "unknown"},
		{"استهدفت مسيرة سيارة في البلدة. ولم تتمكن الشبكة حتى اللحظة من التحقق بدقة من الجهة التي أطلقت المسيرة.", "unknown"},
		{"استهدفت غارة مبنى في البلدة. ولم يتمكن المراسل من التثبت بصورة مستقلة من صحة المقاطع المتداولة.", ""},
		{"قتل أربعة أشخاص بغارة على البلدة. ولم يتسن للمراسل التعرف على هوية القتلى بعد.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			got := ""
			if c := cs[len(cs)-1]; c.Actor != nil {
				got = *c.Actor // the sentence of not knowing
			}
			if got != tt.wantActor {
				t.Errorf("%s: actor %q, want %q", tt.text, got, tt.wantActor)
			}
		})
	}
}
