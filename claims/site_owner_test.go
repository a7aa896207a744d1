package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestActorSiteOwner checks that a party named as the owner of a site
// (its adjective or its construct partner) before an attack word is not
// read as who attacked, while the party of aircraft or forces still is.
func TestActorSiteOwner(t *testing.T) {
	x, _ := extractor(t)
	actor := func(c claims.Claim) string {
		if c.Actor == nil {
			return "-"
		}
		return *c.Actor
	}
	assertLines(t, x, []lineCase{
		// sites owned by a party that undergo attacks
		{"وتتعرض القواعد الأمريكية في البلدين لهجمات متكررة منذ أيام.", []string{"-"}},
		{"وقال ناشطون إن مقرات قسد في الريف الشرقي تعرضت لقصف عنيف ليلا.", []string{"-"}},
		{"وذكرت مصادر أهلية أن مستودعات الحرس الثوري قرب المدينة شهدت انفجارات متتالية.", []string{"-"}},
		// the nationality of aircraft or forces before the attack word
		{"وقالت مصادر محلية إن الطائرات الأمريكية شنت غارات على أطراف المدينة.", []string{"us"}},
		{"وأفاد ناشطون بأن القوات التركية قصفت قرية قرب الحدود.", []string{"turkey"}},
	}, actor)
}
