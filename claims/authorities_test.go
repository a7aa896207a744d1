package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
)

// TestBareAuthoritiesAndCommittees checks that "السلطات" without a
// country is the government of a state outlet's side, or Syria's in a
// story whose places lie in Syria, and that the coordination committees
// named by their common noun ("تنسيقيات") are the activists' network.
// Sentences written for the test.
func TestBareAuthoritiesAndCommittees(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"authorities in a story from Damascus", "aljazeera",
			"هز انفجار حي المزة في دمشق ظهر الأحد. وقالت السلطات إن تسعة أشخاص قتلوا في الانفجار.",
			[]string{"syria_government"}},
		{"authorities in a Turkish agency", "anadolu",
			"وأعلنت السلطات أن ثلاثة من عناصر الشرطة أصيبوا في الهجوم قرب المعبر.",
			[]string{"turkey_government"}},
		{"coordination committees", "aljazeera",
			"وقصفت الطائرات بلدة كفرنبل في ريف إدلب، وذكرت تنسيقيات محلية أن 14 مدنياً قتلوا.",
			[]string{"activist"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2013-04-02", OutletID: tt.outlet}) {
				if len(c.Figures) > 0 {
					got = append(got, c.Source.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
