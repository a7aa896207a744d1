package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNegatedHappening: a verb of happening, detecting or recording under
// a negation, right before "أي" and an event word, denies that the event
// took place ("لم يقع أي هجوم", "لم ترصد أي غارة"); no event word after
// it ("لم تسجل أي إصابات") denies nothing of the event. Sentences written
// for the test; want is the stance of the first claim.
func TestNegatedHappening(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وأكد ضابط في القاعدة أن الدفاعات لم ترصد أي هجوم بالطائرات المسيرة خلال الليل.", "denies"},
		{"وقال مسؤول محلي إن البلدة لم يقع فيها أي قصف، بل لم يحدث أي اشتباك أيضاً.", "denies"},
		{"وذكر مصدر في الشرطة أن الدوريات لم تسجل أي غارة على المنطقة الحدودية.", "denies"},
		{"وقال المرصد إن القصف على القرية لم تسجل فيه أي إصابات بين السكان.", "asserts"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			c := mustFirstClaim(t, x, tt.text, "2023-10-20")
			if c.Stance != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, c.Stance, tt.want)
			}
		})
	}
}

// TestWeDidNot: a spokesman's negated "we" verb of attacking, which no
// suffix marks ("لم ننفذ", "ما شننا"), denies the act and names the
// speaker's side. Sentences written for the test; want is stance and
// actor of the first claim.
func TestWeDidNot(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال متحدث باسم البنتاغون: لم ننفذ أي ضربات جوية قرب الحدود أمس.", "denies us"},
		{"وقالت وزارة الدفاع الروسية إنها لم تنفذ أي غارة على السوق.", "denies russia"},
		{"وقال المتحدث باسم الجيش التركي: ما شننا أي هجوم على القرية.", "denies turkey"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			c := mustFirstClaim(t, x, tt.text, "2024-02-03")
			if got := c.Stance + " " + actorOrDash(c); got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestExposedForces: the speaker's forces after "تعرّض" were the target
// ("نفى تعرّض قواته لأي هجوم"), so the denial names no doer; its forces
// as the subject of an attack verb are still its own doers.
func TestExposedForces(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ونفت القيادة المركزية الأمريكية تعرض قواتها لأي قصف صاروخي في الحسكة.", "denies -"},
		{"وقالت القيادة المركزية الأمريكية إن قواتها قصفت مخزناً للأسلحة في الحسكة.", "asserts us"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			c := mustFirstClaim(t, x, tt.text, "2024-02-03")
			if got := c.Stance + " " + actorOrDash(c); got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// mustFirstClaim extracts text and returns its first claim, failing the
// test when there is none.
func mustFirstClaim(t *testing.T, x *claims.Extractor, text, published string) claims.Claim {
	t.Helper()
	cs := x.Extract(claims.Article{ID: "t", Text: text, Published: published})
	if len(cs) == 0 {
		t.Fatalf("%s: no claim", text)
	}
	return cs[0]
}
