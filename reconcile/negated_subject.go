package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// occurrenceView is the claim as the account's own-part question reads
// it (see occurrenceDenials). A denial whose party the claims layer read
// as the subject of a negated verb ("أن الطائرات الروسية لم تحلّق فوق
// البلدة"، "لم تنفذ أي طلعة") says that party was not there at all: it
// grants nothing of the deed, unlike a denial of one's own part in it
// ("نفى أي صلة له"، "نفى أن تكون طائراته قد قصفت"), so it does not make the
// account's other denials ("السوق لم يُقصف أصلاً") disputes of the doer.
// The claim itself keeps its party, for the perpetrator question and for
// its own reading.
func occurrenceView(c *claims.Claim) *claims.Claim {
	if c.Actor == nil || !slices.Contains(c.Rules, "actor:negated_subject") {
		return c
	}
	v := *c
	v.Actor = nil
	return &v
}

// deniesAbsentAndFalse reports whether a denial says that its party was
// not there at all (actor:negated_subject) and calls the report of the
// deed false in the same breath ("لم تنفذ أي طلعة، وأن الصور مفبركة"): it
// denies the deed as told, not only the party's part in it.
func deniesAbsentAndFalse(c *claims.Claim) bool {
	return c.Stance == claims.StanceDenies && (slices.Contains(c.Rules, "actor:negated_subject") ||
		slices.Contains(c.Rules, "actor:own_forces")) && slices.Contains(c.Rules, claims.RuleFalseReportToo)
}
