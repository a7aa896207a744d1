package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAbsentSideDenial: a side that says its aircraft were not there at
// all ("actor:negated_subject") grants nothing of the strike, so its
// other denial that the market was hit still disputes the occurrence;
// said together with a report called false, the absence denies the deed
// too. A side that denies its own part ("نفت أن تكون طائراتها قصفت
// السوق") disputes the doer only. Claims written for the test.
func TestAbsentSideDenial(t *testing.T) {
	absent := claims.Claim{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies, Actor: sp("russia"),
		Rules: []string{"stance:negated_event", "actor:negated_subject"}, Text: "أن مقاتلاتها لم تحلق فوق المدينة ذلك اليوم"}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"absent, and the market untouched", []claims.Claim{absent,
			{ID: "d2", Source: src("russia_mod"), Stance: claims.StanceDenies,
				Rules: []string{"stance:negated_event"}, Text: "والسوق نفسه لم يقصف قط"}}, true},
		{"absent, and the pictures false", []claims.Claim{{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies,
			Actor: sp("russia"), Rules: []string{"stance:negated_event", claims.RuleFalseReportToo, "actor:negated_subject"},
			Text: "أن طائراتها لم تنفذ أي طلعة وأن المشاهد المنشورة ملفقة"}}, true},
		{"absent only", []claims.Claim{absent}, false},
		{"own part denied, and the market untouched", []claims.Claim{
			{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies, Actor: sp("russia"),
				Rules: []string{"stance:cue", "actor:before_event_word"}, Text: "نفت أن تكون طائراتها قصفت السوق"},
			{ID: "d2", Source: src("russia_mod"), Stance: claims.StanceDenies,
				Rules: []string{"stance:negated_event"}, Text: "والسوق نفسه لم يقصف قط"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []claims.Claim{{ID: "a1", Source: src("white_helmets"), Actor: sp("russia"), Target: sp("market"),
				Text: "غارات روسية على السوق"}}
			for _, c := range tt.cs {
				c.Article = "art-denial"
				cs = append(cs, c)
			}
			got := len(onlyKind(compareLines(t, scene(cs...)), KindOccurrence)) > 0
			if got != tt.want {
				t.Errorf("occurrence flagged = %v, want %v (%v)", got, tt.want, compareLines(t, scene(cs...)))
			}
		})
	}
}
