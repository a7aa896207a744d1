package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniedCharge: a denial introduced by a relative that takes up the
// whole statement before ("وهو ما نفته ..."، "الأمر الذي نفاه ...") denies
// the charge that statement made, so the party the accuser charged is the
// denial's actor, with stance "denies". A statement that was no charge (a
// monitor telling who shelled) leaves the denial without an actor of its
// own: it denies the event. The plural "المصادر" names back the sources
// named as "مصادر ..." before, not the government that spoke in between.
// Want is "source actor stance" of the claim that holds the denial verb.
// Sentences written for the test.
func TestDeniedCharge(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, verb, want string }{
		{"وقالت مصادر محلية إن الفصيل طوّق المكان ومنع الأهالي من الاقتراب، فيما سارعت حكومة الإنقاذ إلى اتهام «خلايا للنظام» بالتخطيط للانفجار، وهو ما نفته المصادر، ورأت فيه تغطية على تخزين السلاح.",
			"نفته", "local_sources syria_gov denies"},
		{"وقال المرصد إن قوات النظام قصفت البلدة بالمدفعية، وهو ما نفته مصادر محلية.",
			"نفته", "local_sources - denies"},
		{"وأكدت مصادر أهلية أن القصف طال السوق. وأعلن الدفاع المدني أن متطوعيه انتشلوا جثتين. وأضافت المصادر أن القصف مصدره مواقع الجيش.",
			"وأضافت", "local_sources - asserts"},
	}
	for _, tt := range tests {
		t.Run(tt.verb, func(t *testing.T) {
			got := "none"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2018-08-12"}) {
				if !strings.Contains(c.Text, tt.verb) {
					continue
				}
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = c.Source.ID + " " + a + " " + c.Stance
				break
			}
			if got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
