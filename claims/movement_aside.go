package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// A word of movement ("رتل", "نشر", "انسحبوا") types a claim as a
// deployment or a withdrawal when the movement is what the claim tells.
// Three constructions use such a word for something else; the helpers of
// this file find them, so that the word leaves the type to the deed.

// strikeHeads are the folded words of a deed whose object a column can be:
// "قصف رتل"، "استهداف رتل"، "غارة على رتل"، "كمين لرتل"، "هجوم على أرتال".
var strikeHeads = foldSet("قصف", "القصف", "بقصف", "وقصف", "قصفت", "استهداف", "باستهداف", "واستهداف", "استهدفت", "استهدف",
	"غارة", "غارات", "بغارة", "بغارات", "ضربة", "ضربات", "بضربة", "بضربات", "كمين", "بكمين", "هجوم", "بهجوم", "هجوما",
	"تفجير", "بتفجير", "قصفا", "الغارة", "الغارات", "الضربة", "الضربات", "الهجوم", "الكمين", "استهدفوا", "هاجموا", "هاجمت")

// struckConvoy reports whether the column word at k is the object of a
// deed just before it ("قتلى بقصف رتل للمليشيات", "غارات على رتل
// تعزيزات", "كمين لرتل عسكري"): the column is what was hit, not a
// deployment told. At most "على" or "ضد" stands between.
func struckConvoy(d *doc, k int) bool {
	if !convoyNouns[d.toks[k].Stem] && !convoyNouns[d.toks[k].Norm] && !convoyNouns[arabic.Fold(d.toks[k].Stem)] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if strikeHeads[arabic.Fold(t.Norm)] || strikeHeads[arabic.Fold(t.Stem)] {
			return true
		}
		if t.Norm != "علي" && t.Norm != "على" && t.Norm != "ضد" {
			return false
		}
	}
	return false
}

// publishWords are the folded verbs that also mean "published": "نشر
// ناشطون صوراً"، "ونشرت الوزارة بياناً".
var publishWords = foldSet("نشر", "نشرت", "ونشر", "ونشرت", "نشروا", "ونشروا", "تنشر", "ينشر")

// publishedThings are the folded nouns of what is published rather than
// deployed: footage (see footageNouns), statements, lists and reports.
var publishedThings = foldSet("بيان", "بيانا", "بيانات", "البيان", "تسجيل", "تسجيلا", "تسجيلات", "صورا", "صورة", "صور",
	"مقطعا", "مقاطع", "فيديو", "شريطا", "قائمة", "أسماء", "حصيلة", "تقريرا", "تقرير", "خريطة", "تغريدة", "منشورا", "رسالة", "خبرا", "الخبر", "نبأ", "مقالا", "مقالة")

// publisherNouns are the folded nouns of a medium or a poster as the
// subject right after "نشر": "نشر موقع إخباري خبراً"، "نشرت صحيفة
// محلية"، "نشرت حسابات موالية". Troops are deployed, a site or an
// agency publishes; what it published may stand far after it ("نشر موقع
// مقرب من الحزب الحاكم خبراً").
var publisherNouns = foldSet("موقع", "الموقع", "مواقع", "وكالة", "الوكالة", "وكالات", "صحيفة", "الصحيفة", "صحف", "قناة", "القناة",
	"قنوات", "حساب", "حسابات", "صفحة", "صفحات", "منصة", "منصات", "ناشطون", "ناشطين", "الناشطون", "مدونون", "مغردون", "وسائل")

// publishedNotDeployed reports whether the verb at k is "نشر" meaning to
// publish: its subject right after it is a medium or a poster
// (publisherNouns), or within the four words after it (its subject may
// come first, "ونشر المرصد تسجيلات"), before a clause ends, stands a thing
// published (publishedThings). "نشر الجيش قواته" deploys.
func publishedNotDeployed(d *doc, k, hi int) bool {
	if !publishWords[arabic.Fold(d.toks[k].Norm)] {
		return false
	}
	if n := k + 1; n < hi && d.toks[n].Kind == arabic.TokWord && publisherNouns[arabic.Fold(d.toks[n].Norm)] {
		return true
	}
	for j := k + 1; j < hi && j <= k+4; j++ {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && clauseEnd(t.Norm) {
			return false
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		if publishedThings[arabic.Fold(t.Norm)] || publishedThings[arabic.Fold(t.Stem)] || footageNouns[t.Stem] {
			return true
		}
	}
	return false
}

// escapeWords are the folded words before a withdrawal that make it the
// doers' leaving after their deed: "هاجموا الحاجز ثم انسحبوا"، "قبل أن
// ينسحبوا".
var escapeWords = foldSet("ثم", "وثم", "قبل")

// attackerNouns are the folded nouns of the doers of an attack as subject
// of their leaving: "وأن المهاجمين انسحبوا"، "ثم فرّ المنفذون".
var attackerNouns = foldSet("المنفذين", "المنفذون", "المهاجمين", "المهاجمون", "منفذي", "منفذو", "مهاجمين", "مهاجمون")

// withdrewAfterDeed reports whether the withdrawal word at k follows, in
// one claim, a deed already typed (priority at least 2, a word of its own
// and not a generic "القصف"), right after "ثم", "قبل أن" or a noun of
// the attackers ("وأن المهاجمين انسحبوا"): the attackers
// struck, then left. The claim tells the deed; the leaving only ends it.
func withdrewAfterDeed(d *doc, k, lo int, typ string, best int) bool {
	if best < 2 || typ == EventOther || isMovementType(typ) {
		return false
	}
	for j := k - 1; j >= lo && j >= k-2; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if escapeWords[arabic.Fold(t.Norm)] || attackerNouns[arabic.Fold(t.Norm)] {
			return true
		}
		if t.Norm != "ان" && t.Norm != "أن" {
			return false
		}
	}
	return false
}

// leavingWords are the folded verbs of the doers' leaving after a deed.
var leavingWords = foldSet("انسحبوا", "انسحب", "انسحبت", "فروا", "فر", "لاذوا", "لاذ", "ينسحبوا", "يفروا", "يلوذوا", "ولوا",
	"هربوا", "انسحبا", "فرا")

// leavingCut returns the index of the doers' leaving after their deed in
// the claim ("ثم فرّوا باتجاه بساتين البلدة"، "قبل أن يفروا نحو البساتين"، "وأن
// المهاجمين لاذوا بالفرار"), or -1: where they went is no target of the
// deed, so the search for a target stops there.
func leavingCut(d *doc, r region, in func(int) bool) int {
	for k := r.lo + 1; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord || !leavingWords[arabic.Fold(d.toks[k].Norm)] {
			continue
		}
		for j := k - 1; j >= r.lo && j >= k-2; j-- {
			t := d.toks[j]
			if t.Kind != arabic.TokWord {
				break
			}
			if escapeWords[arabic.Fold(t.Norm)] || attackerNouns[arabic.Fold(t.Norm)] {
				return k
			}
			if t.Norm != "ان" && t.Norm != "أن" {
				break
			}
		}
	}
	return -1
}

// vesselStems are the folded stems of warships and boats fire is launched
// from: "أُطلقت الصواريخ من بوارج قبالة الساحل"، "من سفن حربية في بحر
// قزوين"، "من غواصة في المتوسط".
var vesselStems = foldSet("بوارج", "بارجة", "بارجه", "سفن", "سفينة", "سفينه", "فرقاطة", "فرقاطه", "فرقاطات", "غواصة", "غواصه",
	"غواصات", "مدمرة", "مدمره", "مدمرات", "زوارق", "زورق", "طراد", "طرادات")

// launchVessel reports whether a word after "من" names a ship fire was
// launched from: the coast or sea named after it is where the ship lay,
// not where the fire fell.
func launchVessel(t arabic.Token) bool {
	return vesselStems[arabic.Fold(t.Stem)] || vesselStems[arabic.Fold(t.Norm)]
}

// stateMovers are the folded stems of the verbs and verbal nouns of
// entering and leaving that also take a state as complement: "خرج
// المستشفى عن الخدمة"، "خروجهما من الخدمة"، "دخلت الهدنة حيز التنفيذ".
var stateMovers = []string{"خروج", "خرج", "دخول", "دخل"}

// workingOrder are the folded nouns of working order a place goes out of
// or comes into: "عن الخدمة"، "من العمل".
var workingOrder = foldSet("الخدمة", "العمل")

// forceWord is the folded noun of "حيز التنفيذ"، "حيز الخدمة": coming
// into force.
var forceWord = arabic.Fold("حيز")

// stateMovement reports whether the movement word at k is an idiom of
// working order rather than troops moving: a place put out of service
// ("تسبب القصف بخروجه عن الخدمة", a strike's damage) or an agreement
// coming into force ("دخلت الهدنة حيز التنفيذ"). "عن الخدمة" or "من
// العمل" stands within three words after it (with at most an adverb or
// an object before the preposition); "حيز" anywhere in its clause, within
// a dozen words, since the agreement's name may come between.
func stateMovement(d *doc, k, hi int) bool {
	if d.toks[k].Kind != arabic.TokWord {
		return false
	}
	st := arabic.Fold(d.toks[k].Stem)
	mover := false
	for _, p := range stateMovers {
		if strings.HasPrefix(st, arabic.Fold(p)) {
			mover = true
		}
	}
	if !mover {
		return false
	}
	for j := k + 1; j < hi && j <= k+12; j++ {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && clauseEnd(t.Norm) {
			return false
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		if arabic.Fold(t.Norm) == forceWord || arabic.Fold(t.Stem) == forceWord {
			return true
		}
		if j <= k+3 && (workingOrder[arabic.Fold(t.Norm)] || workingOrder[arabic.Fold(t.Stem)]) {
			prev := d.toks[j-1].Norm
			return prev == "عن" || prev == "من"
		}
	}
	return false
}
