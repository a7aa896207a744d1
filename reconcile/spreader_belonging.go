package reconcile

import (
	"slices"
	"strings"
)

// A denial often names who spread the report it rejects, and how that
// spreader belongs: "نفت الوزارة ما بثته قنوات تابعة للتنظيم عن هجوم على
// الحي"، "كذّب الجيش صفحات موالية للفصائل". The belonging word there
// describes the spreader, not the place that was hit, so it is no sign
// that the denial takes the attack as given and disputes whose the place
// was (see deniesDetail).

// spreaderNouns are the normalised nouns of those who spread reports:
// channels, pages, accounts, platforms, outlets, agencies, networks and
// media. "مواقع" is left out: it is as often military positions ("مواقع
// تابعة للجيش") as websites.
var spreaderNouns = []string{"قنوات", "قناه", "صفحات", "صفحه", "حسابات", "حساب", "منصات", "منصه", "معرفات", "وسائل",
	"وسيله", "اعلام", "وكالات", "وكاله", "شبكات", "شبكه", "جهات", "جهه", "ابواق", "غرف", "منابر", "صحف", "صحيفه", "اذرع"}

// spreadersBelonging: the word before index i of ws (normalised words)
// is a spreader noun, bare or definite, with or without و/ب/ل, so that
// the belonging word at i says whose the spreader is.
func spreadersBelonging(ws []string, i int) bool {
	if i == 0 {
		return false
	}
	var cf cliticForms // the forms of one word at a time (see clitics)
	return slices.ContainsFunc(clitics(ws[i-1], &cf), func(x string) bool {
		return slices.Contains(spreaderNouns, strings.TrimPrefix(x, "ال"))
	})
}
