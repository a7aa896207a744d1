package claims

import "github.com/riwaya/riwaya/claims/arabic"

// coordinatedDoerUnknown reports whether a statement of ignorance at k
// whose first object is the toll goes on, in the same clause, to a second
// object that is the doer: "لم يستطيعوا معرفة عدد القتلى أو الجهة
// المنفذة"، "لا يُعرف حجم الخسائر ولا هوية المنفذين". The
// second object follows a coordinator ("أو"، "ولا"، "و") within twelve
// words, with no punctuation or number between.
func coordinatedDoerUnknown(d *doc, k, hi int) bool {
	for j := k + 1; j < hi && j < len(d.toks) && j <= k+12; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		switch {
		case t.Norm == "او" || t.Norm == "ولا":
			if objectKind(d, j+1, hi) == unknownDoer {
				return true
			}
		case t.Clitics == "و" && j > k+2:
			// "والجهة المنفذة": the coordinator on the noun
			if coordinatedDoerNoun(t) {
				return true
			}
		}
	}
	return false
}

// coordinatedDoerNoun reports whether t, after a coordinating و, is a noun
// that stands for who did it: "والجهة"، "وهوية"، "والطرف"، "ومرتكبي".
func coordinatedDoerNoun(t arabic.Token) bool {
	switch t.Stem {
	case "جهه", "هويه", "طرف", "مرتكبي", "منفذين", "منفذي", "فاعل", "فاعلين":
		return true
	}
	return false
}
