package claims

import "strings"

// ownReadings are the actor rules that read the speaker's own side from
// the words of the claim ("دفاعنا"، "قواتها"، "سلاح الجو"، "الجيش").
var ownReadings = map[string]bool{
	"own_forces": true, "first_person": true, "possessive": true, "own_service": true, "own_army": true,
	"self_reference": true, "state_media_army": true, "state_media_service": true, "own_member": true,
}

// hostileObjects (stems, article aside) call what was intercepted the
// enemy's or the aggression's: "الصواريخ المعادية"، "أهدافاً معادية"،
// "صواريخ العدوان"، "صواريخ العدو".
var hostileObjects = map[string]bool{
	"معاديه": true, "معادي": true, "معاديا": true, "معاديين": true, "عدوان": true, "عدو": true,
}

// hostileObjectIn reports whether an interception claim calls what it
// intercepted the enemy's or the aggression's (hostileObjects): it
// answers a strike by another party.
func (x *Extractor) hostileObjectIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if in(k) && hostileObjects[strings.TrimPrefix(d.toks[k].Norm, "ال")] {
			return true
		}
	}
	return false
}
