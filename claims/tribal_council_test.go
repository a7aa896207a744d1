package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTribalCouncilSpeaksLocally checks that a source in a tribal council
// or tribal elders, speaking to an outlet, are local sources, not the
// outlet they spoke to.
func TestTribalCouncilSpeaksLocally(t *testing.T) {
	x, _ := extractor(t)
	for _, s := range []string{
		"وأوضح مصدر في مجلس عشائر المنطقة لـ\"العربي الجديد\" أن أربع مسيرات أصابت القاعدة دون وقوع إصابات.",
		"وأفاد شيوخ العشائر في الريف الشرقي بأن الغارة أصابت منزلين.",
		"وقال عضو في مجلس القبائل إن القصف طال سوق البلدة.",
	} {
		cs := x.Extract(claims.Article{ID: "t", Text: s, Published: "2023-05-01", Outlet: "Al-Araby Al-Jadeed"})
		if len(cs) == 0 || cs[0].Source.ID != "local_sources" {
			var got []string
			for _, c := range cs {
				got = append(got, c.Source.ID)
			}
			t.Errorf("%s\ngot %v, want local_sources", s, got)
		}
	}
}
