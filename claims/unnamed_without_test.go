package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnnamedWithout: "من غير أن" says what "دون أن" says, and "دون أن
// يذكر" is "لم يذكر": a source that tells of a strike without naming or
// saying who carried it out leaves the doer unknown. The doer left out may
// be asked indirectly ("من نفذ ..."، "من أطلق ..."), past a word or
// two ("بالاسم"). A cue that leaves out something else (whence the aircraft
// came) names no unknown doer. Want is the first claim's actor.
// Sentences written for the test.
func TestUnnamedWithout(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وأكد التحالف مقتل قيادي في غارة قرب القامشلي، من غير أن يحدد بالاسم من نفذ الضربة.", "unknown"},
		{"وأعلن التحالف أن غارة قتلت قيادياً قرب البلدة، من غير أن يسمي الجهة التي نفذتها.", "unknown"},
		{"وقال المرصد إن غارة قتلت ثلاثة عناصر، دون أن يذكر من أطلق الصواريخ على الحاجز.", "unknown"},
		{"وقتل قيادي بغارة قرب الحدود، من غير أن تُعرف الجهة التي نفذتها.", "unknown"},
		{"وقالت الوزارة إن الهجوم أسفر عن مقتل جنديين، ولم تذكر من أين انطلقت الطائرة.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-02-03"}) {
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
