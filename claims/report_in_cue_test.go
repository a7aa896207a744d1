package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestReportInCue: a denial whose cue swallows the report it rejects, with
// its spreader ("نفت الوزارة ما بثته قنوات تابعة لحزب الله"), and whose
// content opens on the preposition before the attack still denies the
// report of the deed, as does one whose spreader the claims layer splits
// off as a party; a denial of a tie or a part does not. Sentences written
// for the test.
func TestReportInCue(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"channels of a named party", "ونفت الوزارة ما بثته قنوات تابعة لحزب الله عن هجوم للجيش استهدف نقاطها شرق المدينة.", true},
		{"pages of the SDF", "ونفت الوزارة ما روجته صفحات تابعة لقسد حول قصف مدفعي على البلدة.", true},
		{"news that pages spread", "وكذب الجيش الأنباء التي نشرتها صفحات مقربة من التحالف حول قصف مدفعي على البلدة.", true},
		{"what accounts said", "ونفى الناطق ما روجته حسابات موالية لتركيا بشأن غارة على القرية.", true},
		{"a tie, not a deed", "ونفت الوزارة ما بثته قنوات تابعة لحزب الله عن انتماء القتلى إلى الجيش.", false},
		{"a part denied", "ونفت الوزارة أي دور لقواتها في الهجوم على القرية.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				got = got || c.Stance == claims.StanceDenies &&
					(slices.Contains(c.Rules, claims.RuleReportDenied) || slices.Contains(c.Rules, "attribution:embedded_report"))
			}
			if got != tt.want {
				t.Errorf("%s: report denied = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
