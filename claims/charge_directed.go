package claims

import "github.com/riwaya/riwaya/claims/arabic"

// A denial whose object is an accusation names, after "إلى" or لـ, the
// party that was accused: "نفت أنقرة الاتهامات التي وجهها المسلحون إلى
// جيشها باستخدام الغاز"، "نفى الاتهامات الموجهة إلى الطيران الروسي بقصف
// السوق"، "رفض اتهامات المعارضة للنظام بقصف الحي". The denier denies that
// that party did it; the accuser, named before it, is not the doer.

// deniedChargeLead bounds the tokens between the start of a denial's
// content and its accusation noun: a day set between commas may stand
// first ("نفت أنقرة، اليوم السبت، الاتهامات").
const deniedChargeLead = 5

// deniedChargeReach bounds the words (quotation marks not counted) between the accusation noun and the
// party it was directed at ("الاتهامات التي وجهتها فصائل المعارضة إلى").
const deniedChargeReach = 10

// deniedChargeParty returns the party that a denial's accusation noun was
// directed at: the noun opens the content of denial frame f (within
// deniedChargeLead tokens of its start, no complementizer before it), and a named party follows "إلى" or
// carries لـ before any full stop, complementizer or the ب of the charge.
func (x *Extractor) deniedChargeParty(d *doc, f frame) (string, bool) {
	if f.stance != StanceDenies {
		return "", false
	}
	for i := f.contentStart; i < len(d.toks) && i <= f.contentStart+deniedChargeLead; i++ {
		if x.isComplementizer(d, i) {
			return "", false
		}
		_, m, ok := x.accusationNouns.at(d.toks, i)
		if !ok {
			continue
		}
		words := 0
		for k := m.Last; k < len(d.toks) && words <= deniedChargeReach; k++ {
			t := d.toks[k]
			if quoteMark(t) {
				continue // a party's name in quotes: "عناصر «ي ب ك»"
			}
			words++
			if t.Kind != arabic.TokWord || x.isComplementizer(d, k) || (hasClitic(t.Clitics, 'ب') && len([]rune(t.Text)) > 2) {
				return "", false
			}
			at := -1
			switch {
			case t.Clitics == "" && t.Norm == "الي":
				at = k + 1
			case hasClitic(t.Clitics, 'ل'):
				at = k
			}
			if at < 0 || at >= len(d.toks) {
				continue
			}
			if a, _, ok := x.actorAt(d, at); ok && namedActor(a) {
				return a, true
			}
		}
		return "", false
	}
	return "", false
}
