package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// dropDeed is the trigger of a verb of dropping before a munition (see
// droppedMunitionAt): an air strike, as sure as a named raid.
var dropDeed = trigger{EventAirstrike, 5}

// dropVerbs are the forms (stems) of "ألقى" (dropped) whose subject is an
// aircraft or its side: "ألقت طائرة"، "ألقتا"، "ألقوا"، "تلقي"، "يلقي".
var dropVerbs = map[string]bool{
	"القي": true, "القت": true, "القتا": true, "القوا": true, "تلقي": true, "يلقي": true, "يلقون": true,
}

// munitionNouns (stems, article aside) are what an aircraft drops in a
// strike: bombs, missiles, barrels, its load ("ألقت قنابل عنقودية"،
// "ألقت صاروخين"، "ألقت حمولتها"). Leaflets and aid are not ("ألقت
// منشورات"), nor is an arrest ("ألقت القبض").
var munitionNouns = map[string]bool{
	"قنابل": true, "قنبله": true, "قنبلتين": true, "قنابلها": true, "صواريخ": true, "صاروخ": true, "صاروخا": true,
	"صاروخين": true, "صواريخها": true, "حمولتها": true, "حمولتهما": true, "حمولته": true, "براميل": true,
	"برميلا": true, "برميلين": true, "برميل": true,
}

// droppedMunitionAt reports whether token k is a verb of dropping
// followed, within six words of its subject and a time ("ألقت طائرة
// روسية بعد منتصف الليل صاروخين"), by a munition noun (munitionNouns).
func droppedMunitionAt(d *doc, r region, in func(int) bool, k int) bool {
	t := d.toks[k]
	if in(k) && t.Kind == arabic.TokWord && droppedRelativeAt(d, k) {
		return true // "البراميل التي ألقتها المروحيات" (air_doer.go)
	}
	if !in(k) || t.Kind != arabic.TokWord || t.Article || !dropVerbs[t.Stem] {
		return false
	}
	for j, words := k+1, 0; j < r.hi && words < 7; j++ {
		u := d.toks[j]
		if u.Kind == arabic.TokPunct && !u.IsQuote() && !strings.ContainsAny(u.Text, "-–—") {
			return false // a dash joins two days: "ليل الثلاثاء - الأربعاء"
		}
		if u.Kind != arabic.TokWord || !in(j) {
			continue
		}
		words++
		if munitionNouns[strings.TrimPrefix(u.Stem, "ال")] || munitionNouns[u.Stem] {
			return true
		}
	}
	return false
}
