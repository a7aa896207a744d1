package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGroupWordsGirlsMercenariesArmy: girls, boys and schoolgirls counted
// in a toll are civilians; "مرتزق" in any number (the word Kurdish and
// opposition outlets use for the enemy's men) counts fighters; the state's
// full name of its army ("الجيش العربي السوري") counts the Syrian army.
// Sentences written for the test.
func TestGroupWordsGirlsMercenariesArmy(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قتلت ثلاث فتيات بقصف مدفعي على قرية قرب عين عيسى.", "civilians"},
		{"أصيبت خمس طالبات بجروح جراء سقوط قذيفة قرب مدرستهن.", "civilians"},
		{"قتل صبيان اثنان بانفجار لغم في ريف درعا.", "civilians"},
		{"وتمكنت قواتنا من قتل 14 مرتزقاً خلال الاشتباكات.", "fighters"},
		{"قتل ثلاثة جنود من الجيش العربي السوري بهجوم قرب تدمر.", "syrian_army"},
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
