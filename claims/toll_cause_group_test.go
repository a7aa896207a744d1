package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTollCauseGroup: whom a toll counts is named before its cause; the
// words after "جراء"، "إثر"، "بقصف"، "في غارات" describe the attack
// ("قصف روسي", "مقاتلة روسية"), never the dead as Russians. The army of
// the government in the opposition's words ("جيش النظام"، "جنود النظام")
// is the Syrian army. Sentences written for the test, on the phrasing of
// monitors and local outlets.
func TestTollCauseGroup(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قتل 15 شخصاً في غارات روسية على أريحا.", "unknown"},
		{"سقط عشرات القتلى بقصف روسي على مدينة أريحا.", "unknown"},
		{"مقتل خمسة أشخاص جراء قصف روسي على سراقب.", "unknown"},
		{"لقي سبعة أشخاص مصرعهم إثر غارة لطائرة حربية روسية على البلدة.", "unknown"},
		{"سقط عشرات القتلى اليوم جراء قصف مقاتلة روسية لسوق شعبي.", "unknown"},
		{"قتل 7 أشخاص بغارة لطائرة روسية على جسر الشغور.", "unknown"},
		{"قتل 15 مدنياً بقصف روسي على أريحا.", "civilians"},
		{"قتل 3 عسكريين روس في هجوم قرب تدمر.", "pro_government"},
		{"قتل ستة جنود من جيش النظام بهجوم على حاجز قرب السخنة.", "syrian_army"},
		{"قتل أربعة من عناصر النظام في كمين على طريق البادية.", "syrian_army"},
	}
	checkFirstGroups(t, x, tests)
}

// TestAttackLaunchedBy: the doer named after the relative "شنّه" of an
// attack noun ("هجوم شنه مسلحو التنظيم"), and the victims' force named
// with "من" before the attack ("ستة عناصر من قوات النظام") even when the
// attribution closes the sentence ("، بحسب المرصد"): the victims are not
// the doer. want is the actor, "-" for none.
func TestAttackLaunchedBy(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قتل ستة عناصر من قوات النظام في هجوم شنه مسلحو تنظيم داعش على نقطة عسكرية.", "isis"},
		{"قتل ستة عناصر من قوات النظام اليوم في هجوم شنه مسلحو داعش على نقطة في البادية، بحسب المرصد السوري.", "isis"},
		{"لقي أربعة جنود للنظام حتفهم في هجوم على حاجز قرب السخنة، وفق مصادر محلية.", "-"},
		{"وقال المرصد إن عناصر من داعش هاجموا حاجزاً للجيش قرب تدمر.", "isis"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"}) {
				if c.Actor != nil && *c.Actor != "" {
					got = *c.Actor
					break
				}
			}
			if got != tt.want {
				t.Errorf("actor %q, want %q", got, tt.want)
			}
		})
	}
}

// checkFirstGroups runs each text as a subtest and checks the victim group
// of the first figure of its first claim that has one ("" for none).
func checkFirstGroups(t *testing.T, x *claims.Extractor, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := ""
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"}) {
				if len(c.Figures) > 0 {
					got = c.Figures[0].Group
					break
				}
			}
			if got != tt.want {
				t.Errorf("group %q, want %q", got, tt.want)
			}
		})
	}
}
