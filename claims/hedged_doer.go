package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// This file reads a doer whose side the report gives only as a belief or a
// suspicion, told inside the noun phrase of the doer itself:
//
//	"مسلحون يُعتقد أنهم من خلايا التنظيم هاجموا ..."
//	"مجهولون يُرجّح أنهم ينتمون إلى ..."
//	"عناصر يُشتبه بانتمائهم لتنظيم داعش اغتالوا ..."
//	"طائرات يُظن أنها تابعة للتحالف قصفت ..."
//
// The party after the hedge is the doer; the hedge itself makes the
// claim's stance unconfirmed (see the hedge cues of vocab.go).

// affiliationHedges are the folded verbs of believing or suspecting,
// active or passive, that open the hedged affiliation.
var affiliationHedges = foldedSet("يعتقد", "يرجح", "يشتبه", "يظن", "يحتمل", "يعتقد", "يشك")

// affiliationLinks are the folded words that may stand between the hedge
// and the party: the complementizer with its pronoun, "من"، "إلى", words of
// belonging and the fighters' own noun.
var affiliationLinks = foldedSet("انهم", "انها", "انه", "انهما", "ان", "بانهم", "بانها", "بانه", "من", "الي", "الى",
	"انتماءهم", "انتماؤهم", "انتمائهم", "بانتمائهم", "بانتمائها", "بانتمائه", "بانتمائهما", "في", "بتبعيتهم",
	"ينتمون", "ينتمي", "تنتمي", "يتبعون", "يتبع", "تتبع", "تابعون", "تابعين", "تابعه", "تابع", "يعملون", "لصالح",
	"عناصر", "مقاتلين", "مقاتلي", "مسلحي", "عناصر", "خلايا", "خليه", "فلول", "بقايا")

// hedgedAffiliation is the party a hedged affiliation names for the doer:
// a noun of fighters, unknown men or aircraft, then a verb of belief or
// suspicion and the party after it, the whole before the deed it did. A
// noun that was struck or counted ("مقتل مسلحين يُعتقد أنهم من التنظيم")
// is a victim, and a hedge after the deed names the owner of what was hit
// ("استهدفت مقراً يُعتقد أنه لحزب الله"): neither names a doer.
func (x *Extractor) hedgedAffiliation(d *doc, r region, in func(int) bool) (string, bool) {
	// The hedge may have been read as the frame's own cue, with the doer's
	// noun before it: the words of the frame count as the claim's here.
	inner := in
	in = func(k int) bool { return inner(k) || k >= r.lo && k < r.cs }
	for k := r.lo + 1; k < r.hi; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || !affiliationHedges[t.Stem] {
			continue
		}
		h, deed := x.hedgedHead(d, k, r)
		if h < 0 || !in(h) || !deed && (x.fightersStruck(d, h, r) || x.deedBefore(d, r, in, h)) {
			continue
		}
		if a, ok := x.partyAfterHedge(d, k+1, r.hi, in); ok {
			return a, true
		}
	}
	return "", false
}

// hedgedHead is the start of the doer's noun that ends right before the
// hedge at k ("مسلحون"، "عناصر مجهولة"، "طائرات حربية"), or -1; deed
// says the noun is the deed itself ("هجوم مسلح يُرجّح أن التنظيم شنّه").
func (x *Extractor) hedgedHead(d *doc, k int, r region) (h int, deed bool) {
	if h := x.fightersStart(d, k, r); h >= 0 {
		return h, false
	}
	for i := k - 1; i >= r.lo && i >= k-2; i-- {
		t := d.toks[i]
		if t.Kind != arabic.TokWord {
			return -1, false
		}
		if aircraftWord(t) || unknownMenWord(t) {
			return i, false
		}
		if tr, tm, ok := x.triggers.at(d.toks, i); ok && tr.typ != EventOther && !verbLike(t) && x.nounEndsAt(d, tm.Last, k) {
			return i, true
		}
	}
	return -1, false
}

// nounEndsAt reports whether the deed noun ending at last reaches the
// hedge at k, directly or past one adjective ("هجوم مسلح").
func (x *Extractor) nounEndsAt(d *doc, last, k int) bool {
	if last == k {
		return true
	}
	_, m, ok := x.adjectives.at(d.toks, last)
	return ok && m.Last == k
}

// unknownMenWord reports whether a token names men no one has named:
// "مجهولون"، "مجهولين"، "أشخاص"، "رجال"، "أعضاء".
func unknownMenWord(t arabic.Token) bool {
	s := strings.TrimPrefix(t.Stem, "ال")
	switch s {
	case "مجهولون", "مجهولين", "اشخاص", "رجال", "شبان", "ملثمون", "ملثمين", "اعضاء":
		return true
	}
	return false
}

// deedBefore reports whether a deed word stands in the content before h:
// the noun at h is then the deed's object, not its doer.
func (x *Extractor) deedBefore(d *doc, r region, in func(int) bool, h int) bool {
	for k := max(r.lo, r.cs); k < h; k++ {
		if !in(k) {
			continue
		}
		if tr, _, ok := x.triggers.at(d.toks, k); ok && tr.typ != EventOther {
			return true
		}
	}
	return false
}

// partyAfterHedge reads the party named within a few words after the hedge,
// past the links of affiliationLinks.
func (x *Extractor) partyAfterHedge(d *doc, j, end int, in func(int) bool) (string, bool) {
	for k := j; k < end && k < j+5; k++ {
		t := d.toks[k]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord || !in(k) {
			return "", false
		}
		if a, _, ok := x.actorAt(d, k); ok && namedActor(a) {
			return a, true
		}
		if !affiliationLinks[t.Stem] && !affiliationLinks[t.Norm] {
			return "", false
		}
	}
	return "", false
}
