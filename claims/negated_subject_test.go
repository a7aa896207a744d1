package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNegatedSubject: a denial whose content names a party right before
// "لم" or "لن" denies that this party did the deed, whatever the verb
// (flying, approaching, carrying out a sortie, targeting): the party is
// the denial's actor. A negated verb of carrying out keeps its denial
// when an intensifier or a phrase of time or place stands before the
// deed ("لم تشن في أي وقت هجمات"). Sentences written for the test, after
// the phrasing of official denials in news pages.
func TestNegatedSubject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, actor string
	}{
		{"وقالت الوزارة إن القاذفات الروسية لم تنفذ مساء الجمعة أي طلعة في أجواء القرية.", "russia"},
		{"وذكر المركز أن أي مقاتلة روسية لم تقترب من المخيم طوال يوم الإثنين.", "russia"},
		{"وأكد المتحدث أن مروحيات روسية لم تحلق مطلقا فوق البلدة المذكورة.", "russia"},
		{"وقال مصدر عسكري إن وحدات الجيش السوري لم تستهدف أي موقع تركي في ريف إدلب.", "syria_gov"},
		{"وأكد وزير الدفاع أن القوات المسلحة التركية لم تنفذ أي هجوم على المدنيين في القرية.", "turkey"},
		{"وشدد الوزير على أن تركيا لم تشن في أي وقت هجمات على المدنيين في عفرين.", "turkey"},
		{"وأوضح المتحدث أن التحالف لم يشن إطلاقا غارات على القرية الأسبوع الماضي.", "coalition"},
		{"وقال المتحدث إن قوات التحالف لم تقم بأي ضربة جوية في المدينة خلال الشهر الماضي.", "coalition"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			c := denialIn(t, x, tt.text)
			if c.Actor == nil || *c.Actor != tt.actor {
				t.Errorf("actor %v, want %s (%v)", c.Actor, tt.actor, c.Rules)
			}
		})
	}
}

// TestNegatedSubjectNot: no party before the negator, or no denial, gives
// the rule nothing to read. Sentences written for the test.
func TestNegatedSubjectNot(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وقال مصدر محلي إن القصف على مواقع قوات النظام لم يسفر عن إصابات.",
		"وقال المرصد إن الغارات لم تتوقف على البلدة منذ الصباح.",
		"وأفاد ناشطون بأن المسعفين لم يتمكنوا من الوصول إلى الحي بعد القصف.",
	} {
		t.Run(text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2024-03-12"})
			for _, c := range cs {
				if slices.Contains(c.Rules, "actor:negated_subject") {
					t.Errorf("negated subject read in %q: %v %v", c.Text, c.Actor, c.Rules)
				}
			}
		})
	}
}

// TestNegatedDeedPastAdverbial: "لم" before a verb of carrying out still
// denies the deed when an intensifier or a phrase of time or place comes
// first. Sentences written for the test.
func TestNegatedDeedPastAdverbial(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وقال المتحدث إن التحالف لم يشن في أي وقت غارات على المدينة.",
		"وأكدت الوزارة أن الطائرات لم تنفذ يوم السبت أي ضربة في المحافظة.",
		"وقال المسؤول إن القوات لم تشن مطلقا أي هجوم على الحي.",
		"وأوضح البيان أن الطيران لم ينفذ في المنطقة أي غارة منذ أسبوع.",
	} {
		t.Run(text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2024-03-12"})
			if len(cs) == 0 || cs[0].Stance != claims.StanceDenies {
				t.Errorf("not a denial: %+v", cs)
			}
		})
	}
}

// TestFalseReportAfterNegation: a denial by a negated verb that goes on to
// call a report false carries both marks; a denied link after it does
// not count. Sentences written for the test.
func TestFalseReportAfterNegation(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"وقال المركز إن الطائرات الروسية لم تحلق فوق القرية، وإن الصور المنشورة مفبركة.", true},
		{"وأكدت الوزارة أن طائراتها الحربية لم تنفذ أي طلعة هناك، وأن المقاطع المتداولة عارية عن الصحة.", true},
		{"وقال المركز إن الطائرات الروسية لم تحلق فوق القرية يوم الأحد.", false},
		{"وقال المصدر إن الجيش لم يقصف البلدة، ولا علاقة له بما جرى فيها.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			c := denialIn(t, x, tt.text)
			if got := slices.Contains(c.Rules, claims.RuleFalseReportToo); got != tt.want {
				t.Errorf("false report mark %v, want %v (%v)", got, tt.want, c.Rules)
			}
		})
	}
}
