package claims

import "github.com/riwaya/riwaya/claims/arabic"

// mostlyWords say what most of the victims were: "غالبيتهم من المدنيين"،
// "معظمهم من المارة"، "أغلبهم عمال"، "جلّهم أطفال". Folded stems.
var mostlyWords = map[string]bool{
	"معظمهم": true, "غالبيتهم": true, "اغلبهم": true, "اكثرهم": true, "جلهم": true, "معظمهن": true,
	"غالبيتهن": true, "اغلبهن": true,
}

// victimsMostly is the prefix of a characterisation read from what most of
// the victims were, which reconcile weighs below a word for the place.
const victimsMostly = "victims mostly "

// mostlyVictims reads what most of the victims were, told by a mostly word
// and the people after it (an optional من between): "قُتل 40 شخصاً
// غالبيتهم من المدنيين" → "victims mostly civilians". It returns "" when
// the clause has no such phrase.
func (x *Extractor) mostlyVictims(d *doc, r region, in func(int) bool) string {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord || !mostlyWords[d.toks[k].Stem] {
			continue
		}
		j := k + 1
		if j < r.hi && in(j) && d.toks[j].Norm == "من" {
			j++
		}
		for ; j < r.hi && j <= k+3 && in(j); j++ {
			u := d.toks[j]
			if u.Kind == arabic.TokPunct && !u.IsQuote() {
				break
			}
			if t, _, ok := x.targets.at(d.toks, j); ok {
				if people(t) {
					return victimsMostly + t
				}
				break
			}
		}
	}
	return ""
}
