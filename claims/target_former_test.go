package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestFormerMembersTarget checks who the dead were said to be when a
// source ties them to an armed body: members, also once-members ("سابق"
// in any number), after the dead as a predicate; a past tie singled out
// among the dead; "ينتمي إلى" an armed body. Serving members counted
// among the dead stay a part of the toll, and a tie to a tribe names no
// fighter. Sentences written for the test; the first claim with a target.
func TestFormerMembersTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وأوضح المرصد أن القصف أودى بتسعة رجال ليلا، ومن بين القتلى ثلاثة مقاتلين سابقين في الميليشيات.",
			"former fighters of militias", reconcile.TargetMilitary},
		{"وأفاد المصدر بأن مستشفى المدينة تسلم خمس جثث لشبان قضوا برصاص مجهولين، لافتا إلى أن من بين القتلى عنصرين سابقين من ميليشيا «الدرع».",
			"former fighters of militia", reconcile.TargetMilitary},
		{"وقال المصدر إن مسلحين أطلقوا النار على رجلين في القرية، مؤكدا أن القتيلين عنصران سابقان في الفصائل المسلحة.",
			"former fighters of armed factions", reconcile.TargetMilitary},
		{"وقال المصدر إن مسلحين أطلقوا النار على رجل في القرية، مضيفا أن القتيل كان ينتمي إلى الميليشيات الموالية.",
			"fighters of militias", reconcile.TargetMilitary},
		{"وقال المصدر إن مسلحين أطلقوا النار على رجل في القرية، مضيفا أن القتيل كان ينتمي إلى عشيرة البكارة.", "-", ""},
		{"وأوضح المرصد أن القصف أودى بتسعة رجال ليلا، ومن بين القتلى مقاتل من حزب الله.", "-", ""},
	}
	for _, tt := range tests {
		got := firstTarget(x, tt.text)
		if got != tt.want {
			t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
			continue
		}
		if c := reconcile.TargetClass(got); c != tt.class {
			t.Errorf("%s\nclass of %q is %q, want %q", tt.text, got, c, tt.class)
		}
	}
}

// TestShuttleBusTarget checks that a staff shuttle ("حافلة مبيت") names no
// side alone, is military with a military adjective, and takes the side
// of the people it carried. Sentences written for the test.
func TestShuttleBusTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال المرصد إن مسلحين هاجموا حافلة مبيت على طريق البادية.", "-", ""},
		{"وقال المرصد إن مسلحين هاجموا حافلة مبيت عسكرية على طريق البادية.", "military shuttle bus", reconcile.TargetMilitary},
		{"وقال المرصد إن مسلحين هاجموا حافلة مبيت تنقل جنودا على طريق البادية.", "shuttle bus carrying military personnel", reconcile.TargetMilitary},
		{"وقال المرصد إن عبوة استهدفت حافلة مبيت تقل عمالا في حقل النفط قرب الجسر.", "shuttle bus carrying civilian workers", reconcile.TargetCivilian},
	}
	for _, tt := range tests {
		got := firstTarget(x, tt.text)
		if got != tt.want {
			t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
			continue
		}
		if c := reconcile.TargetClass(got); c != tt.class {
			t.Errorf("%s\nclass of %q is %q, want %q", tt.text, got, c, tt.class)
		}
	}
}
