package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAnnouncedOwnDeed: a party that announces carrying out a strike
// ("أعلن الجيش تنفيذ غارات") is its doer; one that announces what others
// did names no doer of its own.
func TestAnnouncedOwnDeed(t *testing.T) {
	x, _ := extractor(t)
	cases := []struct{ text, want string }{
		{"وأعلن الجيش الإسرائيلي تنفيذ غارات على أهداف قرب العاصمة ليلاً.", "israel"},
		{"أعلنت وزارة الدفاع التركية شن ضربات جوية على مواقع شمالي الحسكة.", "turkey"},
		{"وأعلن التحالف الدولي تنفيذ ضربات من الجو على رتل للتنظيم في البادية.", "coalition"},
		{"وأعلنت الوزارة أن طائرات معادية قصفت مواقع في ريف حماة.", ""},
		// putting an enemy out of action: "تحييد"، "تدمير"، "القضاء على"
		{"أعلنت الدفاع التركية تحييد ثلاثة مسلحين بضربة جوية شرقي القامشلي.", "turkey"},
		{"وأعلنت وزارة الدفاع الروسية القضاء على عشرات المسلحين بغارات في جبل الزاوية.", "russia"},
		{"وأعلن الجيش الإسرائيلي تدمير منصة صواريخ بغارة قرب الحدود.", "israel"},
		// the noun's doer named after it: another's deed
		{"وأعلنت الدفاع التركية تدمير طائرات إسرائيلية لمستودع قرب القامشلي.", ""},
	}
	for _, tc := range cases {
		cs := x.Extract(claims.Article{ID: "t", Text: tc.text, Published: "2023-05-01"})
		c := pickClaim(cs, "")
		if c == nil {
			t.Errorf("%s: no claim", tc.text)
			continue
		}
		got := ""
		if c.Actor != nil {
			got = *c.Actor
		}
		if got != tc.want {
			t.Errorf("%s: actor %q, want %q %v", tc.text, got, tc.want, c.Rules)
		}
	}
}

// TestStrikesFromTheAirAndSea: strikes named by where they came from
// ("ضربات من الجو"، "هاجم من البحر"، "ضربات جوية وبحرية") are strikes
// from the air, also beside guns.
func TestStrikesFromTheAirAndSea(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وقال المتحدث إن قواته نفذت ضربات من الجو وبالمدافع على القوة المهاجمة.",
		"وأكد الجيش أنه هاجم من البحر مواقع الدفاع الساحلي قرب المرفأ.",
		"وشنت البحرية والطيران ضربات جوية وبحرية على الميناء فجر الثلاثاء.",
	} {
		cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"})
		c := pickClaim(cs, "")
		if c == nil || c.EventType != claims.EventAirstrike {
			got := "<none>"
			if c != nil {
				got = c.EventType
			}
			t.Errorf("%s: type %s, want airstrike", text, got)
		}
	}
}
