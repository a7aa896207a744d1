package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/claims/places"
)

// A person's home province is not where a deed happened.
//
// Reports say where the dead came from: "مطلوب من أبناء ريف حمص" (a wanted
// man, a native of the Homs countryside), "شابان من أهالي محافظة درعا",
// "ينحدر من ريف إدلب". The province or countryside so named is where the
// man was born, not where he was killed; the scene is told elsewhere in
// the claim or around it. A town so named ("من أبناء بلدة الجيزة") often
// is where the victims died, and stays.

// nativeHeads are the stems of the words before "من" or after it that say
// a person came from a place: "من أبناء", "من أهالي", "من أهل", "ينحدر من".
var (
	nativeNouns = map[string]bool{"ابناء": true, "اهالي": true, "اهل": true, "ابن": true, "ابنه": true}
	nativeVerbs = map[string]bool{"ينحدر": true, "ينحدرون": true, "تنحدر": true, "منحدر": true,
		"منحدرين": true, "منحدره": true, "المنحدر": true, "يتحدر": true, "يتحدرون": true, "متحدر": true}
)

// nativeProvince reports whether place mention p names a countryside or
// province ("ريف حمص", "محافظة درعا") as where people come from: after
// "من أبناء" / "من أهالي" / "من أهل" or "ينحدر من" (see nativeNouns,
// nativeVerbs).
func nativeProvince(toks []arabic.Token, p places.Mention) bool {
	i := p.First
	if i < 2 || i >= len(toks) {
		return false
	}
	switch toks[i].Stem {
	case "ريف", "محافظه", "ارياف":
	default:
		return false
	}
	prev, before := toks[i-1], toks[i-2]
	return nativeNouns[prev.Stem] && before.Norm == "من" || prev.Norm == "من" && nativeVerbs[before.Stem]
}
