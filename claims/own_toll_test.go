package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOwnTollGroups: a party counting "our fighters", "our soldiers"
// counts its own force, whose group follows from who speaks; another
// speaker's toll keeps the group its words give. Sentences written for the
// test.
func TestOwnTollGroups(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت قوات سوريا الديمقراطية في بيان: قتل أربعة من مقاتلينا خلال صد الهجوم على الحاجز.", "sdf"},
		{"وقالت وزارة الدفاع السورية في بيان: استشهد ثلاثة من جنودنا في الاعتداء على النقطة.", "syrian_army"},
		{"وقال المرصد السوري إن أربعة من المقاتلين قتلوا في الهجوم على الحاجز.", "fighters"},
	}
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
