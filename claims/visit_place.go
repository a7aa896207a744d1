package claims

import "github.com/riwaya/riwaya/claims/arabic"

// Places of a visit or of someone's presence.
//
// Outlets date a deed by a visit or a stay of some official: "عشية زيارة
// الوزير إلى العاصمة"، "بالتزامن مع وجود المبعوث، ممثل المنظمة، في
// المدينة"، "بهدف التأثير على زيارة الوفد المرتقبة إلى العاصمة". Where the
// visitor went or stayed is the visit's place, not the deed's: the claim
// takes its place from its other places or from the story. Only a deed
// told as happening during the visit ("خلال زيارته إلى البلدة"، "أثناء
// جولته في السوق") happened there, and a deed noun between the visit and
// the place ("زيارة موقع التفجير في الحي") makes the place the deed's.

// visitNouns are the folded stems of a visit or a tour, with a pronoun of
// the visitor or not.
var visitNouns = foldedSet("زيارة", "زيارات", "زيارته", "زيارتها", "زيارتهم", "زيارتهما", "جولة", "جولته", "جولتها",
	"جولتهم")

// duringWords put the deed inside the visit ("خلال"، "أثناء"، "لدى").
var duringWords = foldedSet("خلال", "أثناء", "لدى", "إبان")

// visitConnectors tie a deed to the time of a visit or a stay told beside
// it: "عشية"، "قبيل"، "بعد"، "مع" ("بالتزامن مع"، "تزامناً مع").
var visitConnectors = foldedSet("عشية", "قبيل", "قبل", "بعد", "عقب", "مع", "وسط")

// visitedPlace reports whether the place at token i is where a visitor
// went or stayed: it follows إلى, في or the ب/ل proclitic, and a visit
// noun stands within fourteen words before it, in the sentence, with no
// deed noun and no other locative (في، إلى) between. A presence noun ("وجود") counts only after a
// connector of time ("مع وجود")، and so does a visit whose phrase holds an
// apposition between two commas. A single comma closes the visit's
// phrase: "بعد زيارة الوزير، سقطت قذائف في المدينة" places the shells.
func visitedPlace(toks []arabic.Token, i int) bool {
	if i < 1 || i >= len(toks) {
		return false
	}
	switch {
	case toks[i-1].Norm == "الي" || toks[i-1].Norm == "في":
	case hasClitic(toks[i].Clitics, 'ل') || hasClitic(toks[i].Clitics, 'ب'):
	default:
		return false
	}
	commas := 0
	for j, words := i-1, 0; j >= 0 && words < 14; j-- {
		t := toks[j]
		if t.Kind == arabic.TokPunct {
			switch {
			case t.IsQuote():
			case t.Text == "،" || t.Text == ",":
				commas++
			default:
				return false
			}
			continue
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		words++
		if recalledDeedNouns[t.Stem] {
			return false
		}
		if j < i-1 && (t.Stem == "في" || t.Stem == "وفي" || t.Stem == "الي") {
			return false // another place's phrase
		}
		// A visit is told in the construct state ("زيارة الوزير"،
		// "زيارته"); with the article the word may be a village's name
		// ("قرية الزيارة").
		visit := visitNouns[t.Stem] && !t.Article
		if !visit && !presenceNouns[t.Stem] {
			continue
		}
		k := j - 1
		for k >= 0 && toks[k].IsQuote() {
			k--
		}
		if commas%2 == 1 {
			return false // the visit's phrase closed at a comma
		}
		if k < 0 {
			return visit && commas == 0
		}
		if duringWords[toks[k].Norm] || duringWords[toks[k].Stem] {
			return false
		}
		return visitConnectors[toks[k].Stem] || visit && commas == 0
	}
	return false
}
