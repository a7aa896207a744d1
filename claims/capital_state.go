package claims

import "github.com/riwaya/riwaya/claims/arabic"

// capitalNamedState is the affiliation of the one state whose capital
// (datelineCapitals) the article names, with or without a proclitic
// ("دمشق"، "بدمشق"، "ودمشق"), or "" when it names none or several.
// "عمان" (Amman, or Oman) is read as a capital too, so an article naming
// it with another capital names several.
func capitalNamedState(d *doc) string {
	folded := make(map[string]string, len(datelineCapitals))
	for c, s := range datelineCapitals {
		folded[arabic.Fold(c)] = s
	}
	state := ""
	for _, t := range d.toks {
		if t.Kind != arabic.TokWord {
			continue
		}
		s, ok := folded[t.Stem]
		if !ok {
			s, ok = folded[t.Norm]
		}
		if !ok {
			continue
		}
		if state != "" && state != s {
			return ""
		}
		state = s
	}
	return state
}
