package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Those who tell of a chemical attack often name no agent, only what it
// did to people: "حالات اختناق بين المدنيين"، "أعراض تسمم عصبي"، "استنشاق
// مواد منبعثة من القذائف". Against a denial that toxic agents were used
// (see chemicalConflicts), such an account tells of them as surely as one
// that names chlorine or sarin.

// poisoningStems begin the normalised words of the harm toxic agents do:
// poisoning (تسمم، مسمومين), suffocation (اختناق) and inhaling (استنشاق،
// تنشق).
var poisoningStems = []string{"تسمم", "التسمم", "مسموم", "اختناق", "الاختناق", "استنشاق", "تنشق"}

// tellsOfToxicHarm: the claim names chemical or toxic agents (see
// mentionsChemical) or the poisoning, suffocation or inhaling they cause.
func tellsOfToxicHarm(c *claims.Claim) bool {
	if mentionsChemical(c) {
		return true
	}
	var cf cliticForms // the forms of one word at a time (see clitics)
	for _, w := range letterWords(normalizeWords(c.Text)) {
		for _, x := range clitics(w, &cf) {
			if slices.ContainsFunc(poisoningStems, func(p string) bool { return strings.HasPrefix(x, p) }) {
				return true
			}
		}
	}
	return false
}
