package claims

import "github.com/riwaya/riwaya/claims/arabic"

// finiteDeedVerbs are the perfect forms of the verbs of attacking
// (folded, without proclitics): in a nominal clause the doer stands before
// them as their subject ("إن داعش هاجم القوات"، "أن الجيش الإسرائيلي استهدف
// مواقع")، and the party after them is what they struck.
var finiteDeedVerbs = map[string]bool{
	"هاجم": true, "هاجمت": true, "هاجموا": true, "استهدف": true, "استهدفت": true, "استهدفوا": true,
	"قصفت": true, "قصفوا": true, "ضرب": true, "ضربت": true, "ضربوا": true, "اغار": true, "اغارت": true,
	"اقتحم": true, "اقتحمت": true, "اقتحموا": true, "شن": true, "شنت": true, "شنوا": true,
	"نفذ": true, "نفذت": true, "نفذوا": true, "اطلق": true, "اطلقت": true, "اطلقوا": true,
}

// clauseOpeners may stand right before the subject of a nominal clause:
// the particles "أن/إن/لأن" and "بل".
var clauseOpeners = map[string]bool{"ان": true, "لان": true, "بل": true}

// subjectBeforeVerb returns the named party that stands, as the subject of
// a nominal clause, right before the finite attack verb at k: "قال إن
// "داعش ضرب القاعدة""، "أكد أن الجيش الإسرائيلي استهدف مخزناً قرب
// المطار". The clause opens right before the party: "أن/إن", a quotation
// mark, or the start of the claim's region; a party with "لـ" or "بـ" is
// no subject.
func (x *Extractor) subjectBeforeVerb(d *doc, k int, r region, in func(int) bool) (string, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Clitics != "" || !finiteDeedVerbs[t.Norm] {
		return "", false
	}
	a, m, p, _, ok := x.partyBefore(d, r, in, k, namedActor)
	if !ok || m.Clitics != "" && m.Clitics != "و" && m.Clitics != "ف" {
		return "", false
	}
	return a, clauseOpensAt(d, p, r)
}

// partyBefore finds the party name (see actorAt) that ends right before
// token first, quotation marks between them skipped, and that accept
// takes; the longest name first: "الجيش الإسرائيلي" before "الإسرائيلي".
// It returns the party, its match, the token it starts at, and end, where
// a name had to end (set even when none is found).
func (x *Extractor) partyBefore(d *doc, r region, in func(int) bool, first int, accept func(string) bool) (a string, m arabic.Match, p, end int, ok bool) {
	end = first
	for end > r.lo && d.toks[end-1].IsQuote() {
		end--
	}
	for p = max(r.lo, end-4); p < end; p++ {
		if !in(p) {
			continue
		}
		if a, m, ok = x.actorAt(d, p); ok && m.Last == end && accept(a) {
			return a, m, p, end, true
		}
	}
	return "", arabic.Match{}, 0, end, false
}

// clauseOpensAt reports whether a clause opens right before token p: p
// starts the region, or a quotation mark or "أن/إن" stands before it.
func clauseOpensAt(d *doc, p int, r region) bool {
	if p == r.lo || p == r.cs {
		return true
	}
	b := d.toks[p-1]
	return b.IsQuote() || b.Kind == arabic.TokWord && clauseOpeners[b.Norm]
}
