package claims

import "github.com/riwaya/riwaya/claims/arabic"

// asideBefore returns where the attribution set off by commas that ends
// right before token first opens ("من بين القتلى، بحسب المرصد، طفلان"):
// the opening comma, or first when there is none. Words before the aside
// reach the count as if the aside were not there.
func asideBefore(d *doc, first int, r region) int {
	if first-1 <= r.lo {
		return first
	}
	if c, ok := asideAttribution(d, first-1, r); ok {
		return c
	}
	return first
}

// areaNouns open a phrase of where after a struck place: "في ريف إدلب
// الجنوبي"، "في مدينة حلب"، "في محيط المطار".
var areaNouns = map[string]bool{"ريف": true, "مدينه": true, "محافظه": true, "منطقه": true, "قريه": true, "بلده": true,
	"محيط": true, "اطراف": true, "شمال": true, "جنوب": true, "شرق": true, "غرب": true, "وسط": true, "حي": true,
	"شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true, "باديه": true, "سهل": true, "جبل": true, "ناحيه": true}

// placeAsideReach returns how far after the struck thing ending at k a
// word of being hit may stand: four words, and past a phrase of where
// that opens at k or after the place's name ("تعرضت بلدة كفرنبل في ريف
// إدلب الجنوبي لقصف") up to eight, within the clause.
func placeAsideReach(d *doc, k int, r region) int {
	for s := k; s <= k+1 && s+1 < r.hi; s++ {
		t := d.toks[s]
		if t.Kind != arabic.TokWord {
			break
		}
		if t.Norm == "في" && areaNouns[d.toks[s+1].Stem] || hasClitic(t.Clitics, 'ب') && areaNouns[t.Stem] {
			end := s
			for end < r.hi && end < s+8 && d.toks[end].Kind == arabic.TokWord {
				end++
			}
			return end + 1
		}
	}
	return k + 4
}
