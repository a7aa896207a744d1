package claims

import "github.com/riwaya/riwaya/claims/arabic"

// carriedOffTo reports whether the place at token i is where people were
// carried off to after the deed: "نُقلوا إلى الأراضي التركية
// للاستجواب"، "اقتادتهم إلى جهة مجهولة في دمشق"، "رُحّلوا إلى تركيا". Like
// the hospital the wounded were taken to (see takenToHospital), it is not
// where the deed happened. So is where the wounded were rushed for care
// when no hospital is named ("أُسعف عدد منهم إلى الأردن"). The verb of
// carrying off stands at most three words before "إلى" (a partitive
// between: "أُسعف عدد منهم"), which stands at most two
// words before the place, in one clause.
func carriedOffTo(toks []arabic.Token, i int) bool {
	to := clauseWordBack(toks, i, 3, func(j int) bool { return toks[j].Norm == "الي" })
	return to >= 0 && clauseWordBack(toks, to, 3, func(j int) bool { return carryOffVerbs[toks[j].Stem] }) >= 0
}

// carryOffVerbs are the folded forms (see arabic.Fold) of verbs and verbal
// nouns of taking people away: نقل (moved), اقتاد (led off), رحّل
// (deported), سيق (driven off), with their persons and object pronouns.
var carryOffVerbs = map[string]bool{
	"نقل": true, "نقلوا": true, "نقلت": true, "نقلا": true, "نقلتا": true, "ينقل": true, "ينقلون": true,
	"نقلهم": true, "نقلتهم": true, "نقلوهم": true, "نقله": true, "نقلته": true, "نقلوه": true, "نقلها": true,
	"اقتيد": true, "اقتيدوا": true, "اقتيدت": true, "اقتاد": true, "اقتادت": true, "اقتادوا": true,
	"اقتادهم": true, "اقتادتهم": true, "اقتادوهم": true, "اقتاده": true, "اقتادته": true, "اقتادوه": true,
	"رحل": true, "رحلوا": true, "رحلت": true, "رحلتهم": true, "رحلوهم": true, "رحلهم": true, "ترحيل": true, "ترحيلهم": true, "ترحيله": true,
	"سيق": true, "سيقوا": true, "اخذوا": true, "اخذهم": true, "اخذته": true, "اخذتهم": true,
	// rushing the wounded for care (اسعف), the verb and its verbal noun
	// with an object pronoun ("تم إسعافهم إلى"); the bare noun is the
	// ambulance, which goes to the scene ("هرعت سيارات الإسعاف إلى").
	"اسعف": true, "اسعفوا": true, "اسعفت": true, "اسعفا": true, "اسعفتا": true, "يسعف": true, "يسعفون": true,
	"اسعافهم": true, "اسعافه": true, "اسعافها": true, "اسعافهما": true,
}
