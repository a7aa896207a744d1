package claims

import "github.com/riwaya/riwaya/claims/arabic"

// deedHeldLink reports whether the link a denial denies (the involvement
// phrase starting at token first) is held by a deed rather than by a
// party: "ذكر مسؤول أن الحريق لا صلة له بالقصف"، "أكد أن الانفجار
// لا علاقة له بالغارة". Such a denial says two happenings are apart; it
// does not deny that anyone, the speaker's side included, took part in
// the deed.
func deedHeldLink(d *doc, first int) bool {
	for k, seen := first-1, 0; k >= 0 && seen < 2; k-- {
		t := d.toks[k]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		if linkHolderDeeds[t.Norm] {
			return true
		}
		seen++
	}
	return false
}

// linkHolderDeeds are the definite nouns of a deed or an incident,
// normalised, that can hold a denied link to another deed.
var linkHolderDeeds = map[string]bool{
	"الحادثه": true, "الحادث": true, "الانفجار": true, "التفجير": true, "الهجوم": true, "العمليه": true,
	"الغاره": true, "القصف": true, "الحريق": true, "الاشتباك": true, "الاشتباكات": true, "الاغتيال": true,
	"الانفجارات": true, "الحوادث": true,
}
