package reconcile

import (
	"slices"
	"strings"
	"unicode"

	"github.com/riwaya/riwaya/claims"
)

// crossingVerbs are the forms (normalised, without a proclitic و) of
// entering, nearing or crossing a space: دخل، اقترب، تجاوز، عبر، اخترق.
var crossingVerbs = []string{
	"يدخل", "تدخل", "دخل", "دخلت",
	"يقترب", "تقترب", "اقترب", "اقتربت",
	"يتجاوز", "تتجاوز", "تجاوز", "تجاوزت",
	"يعبر", "تعبر", "عبر", "عبرت",
	"يخترق", "تخترق", "اخترق", "اخترقت",
}

// deniesRoute reports whether a denial of an air deed (a strike, a drone,
// an interception) says only where the aircraft was not: "the jet never
// entered the airspace of the Golan", "the drone did not come near the
// border", "لم تدخل الطائرة الأجواء"، "لم تقترب من الحدود". It disputes
// the route or the place of the deed, which the denier grants was done
// ("the jet was downed over the basin and never neared the heights"),
// not whether it happened. Denials of a ground force's entering a town
// ("لم تدخل القوات البلدة") deny the incursion and are left alone.
func deniesRoute(c *claims.Claim) bool {
	if c.Stance != claims.StanceDenies {
		return false
	}
	switch c.EventType {
	case claims.EventAirstrike, claims.EventDroneAttack, claims.EventInterception:
	default:
		return false
	}
	ws := strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 1; i < len(ws); i++ {
		switch strings.TrimPrefix(ws[i-1], "و") {
		case "لم", "لن", "ما":
			if slices.Contains(crossingVerbs, ws[i]) {
				return true
			}
		}
	}
	return false
}
