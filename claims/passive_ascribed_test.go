package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPassiveAscription: a passive verb of ascribing that qualifies the
// deed named right before it ("بضربة نُسبت إلى ..."، "الغارة التي نُسبت
// إلى ..."، "قصف يُنسب إلى ...") names the party it is ascribed to as the
// doer, reported rather than asserted (stance "unconfirmed"), and is no
// speech frame of its own. An active verb with its subject ("نسبت الوكالة
// الهجوم إلى ...") is left to the frames of accusation. Want is "actor
// stance" of the first claim. Sentences written for the test.
func TestPassiveAscription(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقتل مصوّر بضربة جوية نُسبت إلى تركيا عند مدخل قرية على الطريق الدولي.", "turkey unconfirmed"},
		{"وقال المرصد إن الغارة التي نُسبت إلى إسرائيل أصابت مستودعاً للذخيرة.", "israel unconfirmed"},
		{"وقتل مدنيان في قصف يُنسب إلى قوات النظام على أطراف البلدة.", "syria_gov unconfirmed"},
		{"وقتل مدنيان في قصف على أطراف البلدة يوم السبت.", "- asserts"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := "none"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-12-20"}) {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = a + " " + c.Stance
				break
			}
			if got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
