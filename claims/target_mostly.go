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

// massacreVerbs are the passiveHits of killing, which the script does
// not tell from their active forms: "عائلات ذُبحت" (were slaughtered)
// but "المسلحون أعدموا عدداً من المواطنين" (executed). Folded stems.
var massacreVerbs = map[string]bool{"ذبحت": true, "ذبحوا": true, "اعدموا": true, "اعدمت": true}

// killedObject reports whether the killing verb m is active, with its
// object right after it: a number, "عدداً من", or people. The word before
// it is then the killer, not the victim.
func (x *Extractor) killedObject(d *doc, r region, in func(int) bool, m arabic.Match) bool {
	if !massacreVerbs[d.toks[m.First].Stem] {
		return false
	}
	for j := m.Last; j < r.hi && j < m.Last+2 && in(j); j++ {
		u := d.toks[j]
		if u.Kind == arabic.TokNumber || u.Stem == "عدد" || u.Stem == "عددا" {
			return true
		}
		if t, _, ok := x.targets.at(d.toks, j); ok && people(t) {
			return true
		}
	}
	return false
}
