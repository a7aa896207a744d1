package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetCommander checks that a commander named by rank or role, in
// any case or number, is what was hit, and that a commander who is the
// subject of another verb is not. Sentences written for the test; the
// first claim's target and its class.
func TestTargetCommander(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال الجيش إن الطائرة استهدفت قائداً ميدانياً في الحزب جنوب البلاد.", "field commander", reconcile.TargetMilitary},
		{"وذكر المرصد أن المسيرة استهدفت قيادياً بارزاً في الفصيل على طريق المدينة.", "militant commander", reconcile.TargetMilitary},
		{"وقال المتحدث إن الضربة طالت قياديين في التنظيم قرب الحدود.", "militant commander of militants", reconcile.TargetMilitary},
		{"وأفادت مصادر بأن الغارة استهدفت سيارة تقل قائدين في الميليشيا.", "vehicle carrying commanders", reconcile.TargetMilitary},
		{"وقال الجيش إن قائد الفرقة تفقد الموقع بعد القصف.", "-", ""},
		// whom a "neutralisation" (تحييد، حيّد) took is what was hit
		{"وقالت الوكالة إن المخابرات حيّدت أحد قياديي التنظيم في المدينة.", "militant commander", reconcile.TargetMilitary},
		{"وأعلنت الوزارة تحييد قيادي في التنظيم شمال البلاد.", "militant commander of militants", reconcile.TargetMilitary},
		{"وذكرت مصادر أمنية أن القوات الخاصة تمكنت من تحييد قائد ميداني في الحزب.", "field commander", reconcile.TargetMilitary},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := firstTarget(x, tt.text)
			if got != tt.want {
				t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
			}
			if cl := reconcile.TargetClass(got); got != "-" && cl != tt.class {
				t.Errorf("%s\nclass of %q: %q, want %q", tt.text, got, cl, tt.class)
			}
		})
	}
}

// assertTargetClass checks the first target extracted from text and the
// class reconcile gives it.
func assertTargetClass(t *testing.T, x *claims.Extractor, text, want, class string) {
	t.Helper()
	got := firstTarget(x, text)
	if got != want {
		t.Errorf("%s\ntarget %q, want %q", text, got, want)
	}
	if cl := reconcile.TargetClass(got); cl != class {
		t.Errorf("%s\nclass of %q: %q, want %q", text, got, cl, class)
	}
}

// checkFirstTargets checks, for each text, the target of its first claim
// that has one (firstTarget).
func checkFirstTargets(t *testing.T, x *claims.Extractor, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if got := firstTarget(x, tt.text); got != tt.want {
			t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
		}
	}
}

// firstTarget extracts text and returns the target of its first claim
// that has one, or "-".
func firstTarget(x *claims.Extractor, text string) string {
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"}) {
		if c.Target != nil {
			return *c.Target
		}
	}
	return "-"
}
