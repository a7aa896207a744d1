package claims

import "github.com/riwaya/riwaya/claims/arabic"

// supportNouns are the verbal nouns of support that open a phrase set
// between commas after the subject of a deed ("بإسناد من"، "بدعم من"،
// "بمساندة"، "بغطاء من", "بتغطية"), folded stems without the ب.
var supportNouns = map[string]bool{"اسناد": true, "دعم": true, "مسانده": true, "غطاء": true, "تغطيه": true, "مؤازره": true}

// supportAside returns the index right after a support phrase set between
// commas that opens at the comma at j ("، بإسناد جوي روسي،"),
// or j when none does. The phrase must close with a comma within eight
// words and hold no other punctuation.
func supportAside(d *doc, j, hi int) int {
	if j+1 >= hi || !isComma(d.toks[j]) {
		return j
	}
	n := d.toks[j+1]
	if n.Kind != arabic.TokWord || !hasClitic(n.Clitics, 'ب') || !supportNouns[n.Stem] {
		return j
	}
	for k := j + 2; k < hi && k <= j+9; k++ {
		t := d.toks[k]
		if isComma(t) {
			return k + 1
		}
		if t.Kind != arabic.TokWord {
			return j
		}
	}
	return j
}
