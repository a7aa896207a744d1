package claims

import "github.com/riwaya/riwaya/claims/arabic"

// relayedDenialNear finds the relayed speaker's verbal noun of denying
// ("نفيه"، "تكذيبها") at k or within the next five words, past the rest
// of a long description of the speaker that the mention did not take in
// ("نقلت الصحيفة عن مسؤول في مجلس محافظة درعا نفيَه ..."، "نقلت الوكالة عن قائد
// ميداني في الريف الشرقي نفيَه ..."). Only plain words may stand between:
// punctuation, a quote or a complementizer ends the search, for the
// content has begun.
func relayedDenialNear(d *doc, k, last int) (int, bool) {
	for j := k; j < last && j <= k+5; j++ {
		t := d.toks[j]
		if relayedDenial[t.Norm] {
			return j, true
		}
		if t.Kind != arabic.TokWord || t.Norm == "ان" || t.Norm == "بان" || t.Norm == "انه" || t.Norm == "انها" {
			return 0, false
		}
	}
	return 0, false
}
