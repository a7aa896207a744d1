package claims

import "github.com/riwaya/riwaya/claims/arabic"

// firedItVerbs are verbs of a relative clause whose object pronoun stands
// for the weapon or the deed just named ("قذائف أطلقها ..."، "غارات شنتها
// ..."، "عملية نفذها ..."، "قنبلة رماها ..."): the words after them name
// who fired, launched, carried out or threw it, never what was hit.
var firedItVerbs = foldedSet(
	"اطلقها", "اطلقتها", "اطلقه", "اطلقته", "اطلقوها", "اطلقوه", "يطلقها", "تطلقها",
	"شنها", "شنتها", "شنه", "شنته", "شنوها", "يشنها", "تشنها",
	"نفذها", "نفذتها", "نفذه", "نفذته", "نفذوها", "نفذوه",
	"القاها", "القتها", "القوها", "القاه", "رماها", "رمتها", "رموها", "رماه",
	"اسقطها", "اسقطتها", "اسقطوها", "سيرها", "سيرتها")

// doerFollows reports whether t is such a verb, or one of the verbs of
// laying a bomb or an ambush (see placedItVerbs).
func doerFollows(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && t.Clitics == "" && (firedItVerbs[t.Stem] || placedItVerbs[t.Stem])
}

// agentEnders are prepositions that close the agent of such a relative
// verb and open where or at what it was aimed: "أطلقها الجيش باتجاه ..."،
// "ركنوها قرب ...".
var agentEnders = foldedSet("على", "علي", "الى", "إلى", "نحو", "باتجاه", "تجاه", "صوب", "قرب", "بالقرب", "امام", "في", "ضد", "داخل", "عند")

// skipAgent returns the first token at or after k that ends the agent
// named after a relative verb: punctuation, a preposition, or a word with
// ل or ب on it ("لدورية"، "بمنزل"), at most six tokens on.
func skipAgent(d *doc, k, hi int) int {
	for end := min(hi, k+6); k < end; k++ {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return k
		}
		if t.Kind == arabic.TokWord && (agentEnders[t.Norm] || hasClitic(t.Clitics, 'ل') || hasClitic(t.Clitics, 'ب')) {
			return k
		}
	}
	return k
}
