package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// launchVerbs say where fire came from: "أُطلقت من مناطق سيطرة X",
// "انطلقت الصواريخ من مواقع X", "قذائف مصدرها مناطق X". Folded forms.
var launchVerbs = foldSet("أطلقت", "أطلق", "أطلقا", "أطلقتا", "أطلقوا", "انطلقت", "انطلق", "انطلقتا", "تنطلق", "ينطلق",
	"مصدرها", "مصدره", "مصدرهما", "مصدرهم")

// originWords describe the ground fire came from, between the launch word
// and the party that holds it: "مواقع"، "مناطق سيطرة"، "مرابض"، "مناطق
// تسيطر عليها"، "مناطق خاضعة لسيطرة"، "نقاط تتمركز فيها". Folded forms,
// without the article.
var originWords = foldSet("مواقع", "مناطق", "منطقة", "مرابض", "نقاط", "نقطة", "قواعد", "قاعدة", "سيطرة", "نفوذ", "انتشار",
	"تمركز", "تسيطر", "يسيطر", "عليها", "عليه", "خاضعة", "الخاضعة", "تخضع", "يخضع", "لسيطرة", "داخل", "أراضي", "مناطق",
	// the forces posted there: "مواقع تتمركز فيها"، "نقاط ينتشر فيها"
	"تتمركز", "يتمركز", "تنتشر", "ينتشر", "تتواجد", "يتواجد", "تتحصن", "يتحصن", "فيها", "فيه")

// launchPlatforms are the folded stems, without the article, of what
// fire is launched from that its owner holds: ships, launchers.
var launchPlatforms = foldSet("بوارج", "بارجة", "سفن", "سفينة", "فرقاطة", "فرقاطات", "منصات", "منصة", "راجمات")

// groundQualifiers describe a word of ground without naming its holder:
// "النقاط العسكرية"، "المواقع الحدودية".
var groundQualifiers = foldSet("عسكرية", "عسكري", "حربية", "حدودية", "متقدمة", "قريبة", "مجاورة", "محيطة")

// launchedFrom finds the party that holds the ground the fire of the
// claim was launched from ("أُطلقت القذائف من مواقع قوات النظام"): who
// fires from a party's positions is that party. At most four words of
// place stand between the launch word and the party.
func (x *Extractor) launchedFrom(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || !launchVerbs[arabic.Fold(t.Stem)] && !launchVerbs[t.Norm] {
			continue
		}
		j := k + 1
		if j < r.hi && d.toks[j].Norm == "من" {
			j++
		} else if !strings.HasPrefix(t.Norm, "مصدر") {
			continue // a verb of launching needs "من"
		}
		origin := false
		for ; j < r.hi && j <= k+6 && in(j); j++ {
			u := d.toks[j]
			if u.Kind != arabic.TokWord {
				break
			}
			if originWords[arabic.Fold(u.Stem)] || originWords[arabic.Fold(u.Norm)] || launchPlatforms[arabic.Fold(u.Stem)] {
				origin = true
				continue
			}
			if !origin {
				break
			}
			if a, _, ok := x.actorAt(d, j); ok && namedActor(a) {
				return a, true
			}
			if groundQualifiers[arabic.Fold(u.Stem)] {
				continue // "من النقاط العسكرية التركية": the party after a qualifier
			}
			break
		}
	}
	return "", false
}
