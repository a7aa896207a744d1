package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// reportedClauseBetween reports whether the party from first to lo is
// the subject of a verb of saying right before it, and a bare
// complementizer ("أن"، "إن"، "بأن") stands between it and the event word
// at hi, opening a clause whose subject is not the party again: the party
// reports ("أكدت القيادة في بيانها أن الهجوم نُفّذ بطائرتين"),
// it is not said to have done the deed. When the clause opens with a noun
// that points back to it ("أعلنت القيادة أن قواتها قتلت") or with a
// pronoun on the complementizer ("أكدت موسكو أنها قصفت"), it is the doer,
// and other rules read it.
func reportedClauseBetween(d *doc, first, lo, hi int) bool {
	if first == 0 || !sayingVerb(d.toks[first-1]) {
		return false
	}
	for j := lo; j < hi && j < len(d.toks); j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			continue
		}
		switch t.Stem {
		case "ان", "بان", "إن", "أن":
			return j+1 < len(d.toks) && !backReferring(d.toks[j+1])
		}
	}
	return false
}

// sayingVerb reports whether t is a verb of saying or announcing in the
// past, before its subject: "ذكرت"، "أعلن"، "أكدت"، "قالت".
func sayingVerb(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch t.Stem {
	case "ذكر", "ذكرت", "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "افاد", "افادت", "اوضح", "اوضحت",
		"اشار", "اشارت", "زعم", "زعمت", "ادعي", "ادعت", "اضاف", "اضافت", "نقل", "نقلت":
		return true
	}
	return false
}

// backReferring reports whether t is a noun with a third-person pronoun
// suffix ("قواتها"، "طائراته"، "عناصرهم"), which may point back to the
// party named before it.
func backReferring(t arabic.Token) bool {
	r := []rune(t.Stem)
	if t.Kind != arabic.TokWord || len(r) < 4 {
		return false
	}
	s := string(r[len(r)-2:])
	return s == "ها" || s == "هم" || r[len(r)-1] == 'ه' && t.Stem != "جهه"
}

// exposingVerb reports whether t is a verb of exposing or being exposed
// to harm ("تعرّض"، "يعرّض"، "تهدد"، "عرّضت"): the first-person forces
// right after it are what was put in danger or came under attack ("فهي
// تعرّض قواتنا للخطر"، "تعرضت قواتنا لهجوم"), not who struck.
func exposingVerb(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch t.Stem {
	case "تعرض", "يعرض", "تعرضت", "عرضت", "عرض", "يتعرض", "تتعرض", "تهدد", "يهدد", "هددت", "هدد":
		return true
	}
	return false
}

// downedBetween reports whether a verb of shooting down or intercepting
// stands between a party ending at lo and aircraft or missiles at hi that
// make the event word: "أن قوات التحالف أسقطت ثلاث طائرات"،
// "الدفاعات اعترضت معظم الصواريخ". The party defended against
// the attack; it did not make it. (Dropping barrels, "أسقطت براميل", has
// no aircraft for its object.)
func downedBetween(d *doc, lo, hi int) bool {
	if hi >= len(d.toks) {
		return false
	}
	if downingVerb(d.toks[hi]) {
		// the verb is the event word: "قوات التحالف أسقطت طائرتين"
		for j := hi + 1; j < len(d.toks) && j <= hi+3; j++ {
			if missileOrAircraft(d.toks[j]) {
				return true
			}
		}
		return false
	}
	if !missileOrAircraft(d.toks[hi]) {
		return false
	}
	for j := lo; j < hi; j++ {
		if downingVerb(d.toks[j]) {
			return true
		}
	}
	return false
}

// downingVerb reports whether t is a verb of shooting down or
// intercepting: "أسقطت"، "اعترضت"، "يسقط".
func downingVerb(t arabic.Token) bool {
	switch t.Stem {
	case "اسقط", "اسقطت", "اسقطوا", "يسقط", "تسقط", "اعترض", "اعترضت", "اعترضوا", "تعترض", "يعترض":
		return true
	}
	return false
}

// missileOrAircraft reports whether t is aircraft or a missile.
func missileOrAircraft(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && (aircraftWord(t) || strings.HasPrefix(t.Stem, "صاروخ") || t.Stem == "صواريخ")
}
