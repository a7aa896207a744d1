package claims

import "github.com/riwaya/riwaya/claims/arabic"

// partyKindHeads are the indefinite nouns an outlet sets before the
// name of an armed party when it calls it an organisation, a group or a
// movement: "تنظيم «قسد»"، "تنظيم ي ب ك الإرهابي"، "منظمة بي كا كا"،
// "جماعة حزب الله"، "حركة النجباء". The head says only what kind of party
// follows; the name decides which.
var partyKindHeads = map[string]bool{
	"تنظيم": true, "منظمه": true, "جماعه": true, "حركه": true,
}

// headedNameAt reads, at k, an organisation head in construct with the
// name of a party the lexicon knows, with or without quote marks around
// the name ("قذائف أطلقها تنظيم «قسد»"، "قصف شنّه تنظيم ي ب ك"): the
// party named. The head carries no article (then it points back to an
// earlier name, see kindAnaphorAt); a name that is itself a bare generic
// head ("تنظيم الميليشيا") or an unnamed party gives none.
func (x *Extractor) headedNameAt(d *doc, k int) (string, arabic.Match, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Article || !partyKindHeads[t.Stem] || k+1 >= len(d.toks) {
		return "", arabic.Match{}, false
	}
	j := k + 1
	for j < len(d.toks) && d.toks[j].IsQuote() {
		j++
	}
	if j >= len(d.toks) {
		return "", arabic.Match{}, false
	}
	a, nm, ok := x.qualifiedAfter(d, j)
	if !ok {
		a, nm, ok = spelledActor(d, j)
	}
	// A group of no actor value keeps its vague reading ("تنظيم جبهة
	// النصرة"): the lexicon's parties give it only to named groups.
	if !ok || nm.First != j || a == "unknown" {
		return "", arabic.Match{}, false
	}
	span := arabic.Span{Start: t.Span.Start, End: d.toks[nm.Last-1].Span.End}
	return a, arabic.Match{First: k, Last: nm.Last, Span: span, Clitics: t.Clitics}, true
}
