package claims

// categoryTargets are the characterisations that name a whole category of
// people or places ("المدنيين"، "المستشفيات"، "المنشآت الطبية"، "أهداف
// مدنية") rather than what one strike hit.
var categoryTargets = map[string]bool{
	"civilians": true, "hospitals": true, "hospital": true, "medical facilities": true, "civilian targets": true,
	"civilian objects": true, "schools": true, "residential areas": true, "civilians and hospitals": true, "hospitals and civilians": true,
}

// normWords are the words of a rule about targets, not of a report of one
// strike: what must stop or be avoided ("وقف استهداف المدنيين"، "لتجنب
// إصابة المدنيين"، "تقليل المخاطر على المدنيين"), what it amounts to
// ("مرفوض"، "غير مقبول"، "لا يمكن القبول به"، "غير قانوني"، "يرقى إلى
// جريمة حرب"، "يتعارض مع القانون"), whoever does it or why ("أياً كانت
// هويتهم"، "تحت أي ذريعة"), a habit or a policy ("تكرار"، "لا يتورع عن"،
// "الاستهداف الممنهج"). Folded stems.
var normWords = foldedSet(
	"وقف", "توقف", "تتوقف", "يتوقف", "تجنب", "تجنيب", "تفادي", "تقليل",
	"مرفوض", "مرفوضا", "مرفوضة", "مقبول", "مقبولة", "قانوني", "قانونية",
	"يرقى", "ترقى", "يتعارض", "تتعارض", "يخالف", "تخالف", "أيا", "تكرار", "يتورع", "تتورع",
	"إيقاف", "ذريعة", "القبول", "ممنهج", "الممنهج",
)

// categoryNouns are the plural nouns (folded stems) behind
// categoryTargets.
var categoryNouns = foldedSet("مدنيين", "مدنيون", "مستشفيات", "مشافي", "منشآت", "أهداف", "مدارس", "أعيان", "مناطق", "أحياء")

// genericTarget reports whether the characterisation t names a category
// ("المدنيين"، "المستشفيات") next to a word that states a rule about
// targeting rather than reports a strike: "استهداف المدنيين مرفوض أياً
// كانت هويتهم"، "طالبت بوقف استهداف المدنيين"، "الاستهداف المتعمد
// للمدنيين يرقى إلى جريمة حرب". Such a clause says nothing of what this
// event hit; nor does a grievance answered ("رداً على استهداف المدنيين").
// The rule word must stand within a few words of the noun: a
// demand to stop attacks later in a sentence that calls this strike a
// crime against civilians leaves the civilians this strike's.
func genericTarget(d *doc, r region, in func(int) bool, t string) bool {
	if !categoryTargets[t] {
		return false
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || !categoryNouns[d.toks[k].Stem] {
			continue
		}
		for j := max(r.lo, k-3); j < r.hi && j <= k+5; j++ {
			if j != k && in(j) && (normWords[d.toks[j].Stem] || normWords[d.toks[j].Norm]) {
				return true
			}
		}
		// "رداً على استهداف المدنيين": the category hit in the deed
		// answered, named as a grievance
		if j := k - 3; j >= r.lo && in(j) && responseStem(d.toks[j].Stem) && d.toks[j+1].Norm == "علي" {
			return true
		}
	}
	return false
}

// habitualTargets reports whether the claim tells of a campaign or a habit
// rather than of the story's strike (a background statement, see
// background.go), so that what it names as hit is no characterisation of
// the event: "وتتعرض البلدات منذ أسابيع لقصف يستهدف الأسواق".
func (x *Extractor) habitualTargets(d *doc, r region, in func(int) bool) bool {
	return x.backgroundStatement(d, r, in)
}
