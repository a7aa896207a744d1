package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAircraftNationPredicate: a nationality said of the raiding aircraft
// as a predicate, past their adjective ("الطائرات المغيرة روسية") and
// with the sentence going on after it, names the doer; "سورية" said of
// them names the Syrian state; a nationality annexed to a noun ("روسية
// الصنع") is no predicate.
func TestAircraftNationPredicate(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, actor string
	}{
		{"raiding jets russian", "وجزم ناشطون بأن الطائرات المغيرة روسية بعد أن دمرت الغارات مبنى البلدية.", "russia"},
		{"russian then a verb", "وذكر ناشطون أن القصف طال سوق الخضار، وأن الطائرات المغيرة روسية انطلقت من قاعدة حميميم.", "russia"},
		{"russian then a reason", "وقال الناشط إن الطائرات المهاجمة روسية لأنها حلقت على ارتفاع منخفض.", "russia"},
		{"hedged american", "وقال المرصد إن الغارات أصابت مستودعاً للذخيرة، ورجّح أن الطائرات المغيرة قد تكون أمريكية.", "us"},
		{"syrian", "وأكد ناشطون أن الطائرات المغيرة سورية وقد أقلعت من مطار حماة.", "syria_gov"},
		{"made in russia", "وقال الناشطون إن الطائرات المغيرة روسية الصنع.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2018-05-02"})
			for _, c := range cs {
				if actorOrBlank(c) == tt.actor && (tt.actor != "" || c.EventType == claims.EventAirstrike) {
					return
				}
			}
			for _, c := range cs {
				t.Logf("%s %s a=%s %v", c.Source.ID, c.Stance, actorOrDash(c), c.Rules)
			}
			t.Errorf("no claim with actor %q", tt.actor)
		})
	}
}

// TestAircraftNationsUnknown: a source that cannot tell whether the
// aircraft were of one country or another, the Syrian one included
// ("سورية أم روسية"), does not know who struck.
func TestAircraftNationsUnknown(t *testing.T) {
	x, _ := extractor(t)
	tests := []string{
		"وقال المرصد إنه لم يتمكن من معرفة ما إذا كانت الطائرات سورية أم روسية.",
		"وقال ناشطون إنهم لا يعرفون هل كانت الطائرات المغيرة روسية أو سورية.",
		"وأضاف المرصد أن الضربة أودت بحياة أربعة مدنيين، ولم يتبين له هل الطائرات روسية أم سورية.",
	}
	for _, text := range tests {
		assertAnyClaim(t, x, text, 0, "with actor unknown, stance unknown", func(c claims.Claim) bool {
			return actorOrBlank(c) == "unknown" && c.Stance == claims.StanceUnknown
		})
	}
}

// TestDroppedInRelative: a verb of dropping in a relative clause on the
// munition ("البراميل التي ألقتها مروحيات النظام") is the deed of an air
// strike whose subject after it is the doer; what else aircraft drop
// (leaflets) names no doer.
func TestDroppedInRelative(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, actor string
	}{
		{"barrels with pronoun", "وقالت فرق الإنقاذ إن خمسة مدنيين قضوا بالبراميل التي ألقتها مروحيات النظام على الحي.", "syria_gov"},
		{"two bombs", "وأفاد ناشطون بأن القنبلتين اللتين ألقتهما طائرة روسية سقطتا قرب مدرسة القرية.", "russia"},
		{"barrels without pronoun", "وقالت فرق الإنقاذ إن المشفى توقف عن العمل بعد إصابته ببراميل متفجرة ألقتها مروحيات النظام.", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertAnyClaim(t, x, tt.text, 0, "with actor "+tt.actor, func(c claims.Claim) bool {
				return actorOrBlank(c) == tt.actor && c.EventType == claims.EventAirstrike
			})
		})
	}
}
