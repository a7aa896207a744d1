package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestEndingAFightIsNoFight checks that the clashes a force is sent to end
// ("لفض الاشتباكات"), a disengagement line ("فك الاشتباك") or a call to
// stop the fighting ("وقف القتال") do not make a ground attack of the
// sentence's strike, while clashes that broke out still do.
func TestEndingAFightIsNoFight(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"استهدف طيران العدو صباح اليوم آليات للجيش قرب البلدة خلال تقدمها لفض الاشتباكات بين العشائر، فقتل جنديان.", claims.EventAirstrike},
		{"قصفت مدفعية الجيش مواقع قرب خط فك الاشتباك في الجولان.", claims.EventShelling},
		{"ودعا الوسطاء إلى وقف القتال في المدينة.", claims.EventOther},
		{"اندلعت اشتباكات عنيفة بين الطرفين في المدينة.", claims.EventGroundAttack},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
		if len(cs) == 0 || cs[0].EventType != tt.want {
			var got []string
			for _, c := range cs {
				got = append(got, c.EventType)
			}
			t.Errorf("%s\ngot %v, want %s", tt.text, got, tt.want)
		}
	}
}
