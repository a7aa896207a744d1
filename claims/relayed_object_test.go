package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRelayedObjectTarget checks that when an attack's object is told in
// a relative clause of speech ("قصف ما قال الجيش إنها مواقع"), the inner
// speaker gets the characterisation and the reporter does not; a
// response to what someone called an attack names no target. Sentences
// written for the test: the sources that get a target.
func TestRelayedObjectTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string // source: target
	}{
		{"وأعلن الجيش السوري أنه قصف بالمدفعية ما قال إنها مواقع للإرهابيين في الريف الجنوبي.",
			[]string{"syrian_army: positions of terrorists"}},
		{"وقال المرصد السوري إن المقاتلات قصفت ما زعمت دمشق أنه مقر للفصائل قرب البلدة.",
			[]string{"syria_government: headquarters of armed factions"}},
		{"وأفاد ناشطون بأن الغارات استهدفت ما تقول تركيا إنها مخابئ للمسلحين شرق النهر.",
			[]string{"turkey_government: hideouts of militants"}},
		{"وقصفت المدفعية التركية قرى في الريف رداً على ما قالت إنها تهديدات لأمن حدودها.",
			[]string{"outlet: villages"}},
	}
	for _, tt := range tests {
		t.Run(tt.want[0], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			var got []string
			for _, c := range cs {
				if c.Target != nil {
					got = append(got, c.Source.ID+": "+*c.Target)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\ntargets %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
