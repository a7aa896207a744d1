package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// emptyWords say that a place is empty of something ("خالية من"، "يخلو
// من"), residentNouns who was not there: the residents, the civilians,
// the people of the place.
var (
	emptyWords    = []string{"خالية", "خاليه", "خالي", "خالٍ", "خال", "تخلو", "يخلو", "خلت"}
	residentNouns = []string{"السكان", "المدنيين", "الأهالي", "الاهالي", "سكانها", "سكانه"}
)

// saysNoResidents reports whether a claim's text says the place hit had
// no residents or civilians in it: "المنطقة خالية من السكان"، "الحي يخلو
// من المدنيين".
func saysNoResidents(c *claims.Claim) bool {
	for _, w := range emptyWords {
		for _, n := range residentNouns {
			if strings.Contains(c.Text, w+" من "+n) {
				return true
			}
		}
	}
	return false
}

// deniesOtherThanVictims: some claim of the account is a denial that is
// not a denial that civilians were there to be hit. A voice that denies
// civilian dead by saying the place was empty of residents disputes who
// died, and that is the victims' dispute (see victimsDisputed); any other
// denial may tell of another happening with its own toll.
func deniesOtherThanVictims(a *account) bool {
	return slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
		return c.Stance == claims.StanceDenies && !saysNoResidents(c)
	})
}
