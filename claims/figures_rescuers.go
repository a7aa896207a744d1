package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// markRescuers marks as a part (Subset) the tolls of rescue and medical
// crews when the article counts other people of the same outcome: "قُتل
// متطوع في الدفاع المدني"، "مقتل ثلاثة مسعفين"، "جرح خمسة من كوادر
// الهلال الأحمر"، "قصفت الطائرات فريق إطفاء فأصيب ثلاثة من
// أفراده". The crews came to the scene for the victims: beside a toll of
// civilians their toll is their own group among the harmed, not a rival
// total to the toll another source gives. When the crews' toll is the
// article's only one of its outcome, it is the source's whole account of
// the harm and stays a toll. The group stays what the words say (the
// sets code crews as civilians, a few as unknown).
func markRescuers(d *doc, cs []Claim) {
	type at struct{ c, f int }
	var crews []at
	others := map[string]bool{}
	for i := range cs {
		for j, f := range cs[i].Figures {
			if f.Earlier || f.Subset {
				continue
			}
			first, last, ok := figureTokens(d, f.Span)
			switch {
			case ok && rescuersCounted(d, first, last):
				crews = append(crews, at{i, j})
			case f.Low > 0:
				others[f.Outcome] = true
			}
		}
	}
	for _, a := range crews {
		if f := &cs[a.c].Figures[a.f]; others[f.Outcome] {
			f.Subset = true
		}
	}
}

// figureTokens returns the tokens a figure's span begins and ends in.
func figureTokens(d *doc, s Span) (int, int, bool) {
	first, last := -1, -1
	for k, t := range d.toks {
		if first < 0 && t.Start <= s.Start && s.Start < t.End {
			first = k
		}
		if t.Start < s.End && s.End <= t.End {
			last = k
			break
		}
	}
	return first, last, first >= 0 && last >= first
}

// rescuersCounted reports whether the people counted at [first, last]
// are rescuers: a rescuer noun in the count or right after it, or a
// rescue body after "من" and a member noun ("من الدفاع المدني"، "من أفراد
// الطاقم الطبي"), or a member noun with a pronoun ("من عناصرها") whose
// rescue body stands earlier in the sentence.
func rescuersCounted(d *doc, first, last int) bool {
	if first > 0 && rescuerNoun(d, first-1) {
		return true // "مسعفين اثنين"
	}
	for k := first; k <= last && k < len(d.toks); k++ {
		if rescuerNoun(d, k) || rescueBodyAt(d, k) {
			return true
		}
	}
	for k := last + 1; k < len(d.toks) && k <= last+4; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		switch {
		case rescuerNoun(d, k) || rescueBodyAt(d, k):
			return true
		case t.Norm == "من" || crewMember[t.Stem]:
			continue
		case ownCrewMember(t.Stem):
			return rescueBodyBefore(d, first)
		default:
			return false
		}
	}
	return false
}

// crewMember are the nouns of members of a body, before the body's name
// ("عناصر الدفاع المدني"، "أفراد الطاقم"، "متطوعي الهلال الأحمر").
var crewMember = map[string]bool{
	"عنصر": true, "عنصرا": true, "عنصران": true, "عنصرين": true, "عناصر": true, "افراد": true, "احد": true, "اعضاء": true,
	"متطوعي": true, "متطوعين": true, "متطوعا": true, "متطوعان": true, "عاملي": true, "عاملين": true, "عمال": true,
	"كوادر": true, "طواقم": true, "طاقم": true, "فرق": true, "فريق": true,
}

// ownCrewMember reports whether a stem is a member noun with a possessive
// pronoun: "عناصرها"، "متطوعيه"، "أفرادها"، "كوادرها".
func ownCrewMember(stem string) bool {
	for _, p := range possessives {
		if base, ok := strings.CutSuffix(stem, p); ok && crewMember[base] {
			return true
		}
	}
	return false
}

// rescuerNoun reports whether the word at k names a paramedic or rescuer
// by itself: "مسعف"، "مسعفين"، "مسعفون"، "مسعفة".
func rescuerNoun(d *doc, k int) bool {
	t := d.toks[k]
	return t.Kind == arabic.TokWord && (strings.HasPrefix(t.Stem, "مسعف") || strings.HasPrefix(t.Stem, "منقذ"))
}

// rescueBodies are the two-word names of rescue and medical crews, as
// stems of the head and its modifier: الدفاع المدني، الهلال الأحمر، الخوذ
// البيضاء، الطاقم الطبي، الكوادر الطبية، طواقم الإسعاف، فرق الإنقاذ.
var rescueBodies = map[[2]string]bool{
	{"دفاع", "مدني"}: true, {"هلال", "احمر"}: true, {"خوذ", "بيضاء"}: true,
	{"طاقم", "طبي"}: true, {"طواقم", "طبيه"}: true, {"كوادر", "طبيه"}: true, {"كادر", "طبي"}: true,
	{"فرق", "طبيه"}: true, {"فريق", "طبي"}: true,
	{"طواقم", "اسعاف"}: true, {"طاقم", "اسعاف"}: true, {"فرق", "اسعاف"}: true, {"فريق", "اسعاف"}: true,
	{"سيارات", "اسعاف"}: true, {"سياره", "اسعاف"}: true, {"فرق", "انقاذ"}: true, {"فريق", "انقاذ"}: true,
	{"فرق", "اطفاء"}: true, {"عمال", "اغاثه"}: true, {"عاملين", "انساني"}: true,
}

// rescueBodyAt reports whether a rescue body's name begins at k. The
// modifier is matched without its article (the head may carry one).
func rescueBodyAt(d *doc, k int) bool {
	if k+1 >= len(d.toks) || d.toks[k].Kind != arabic.TokWord {
		return false
	}
	return rescueBodies[[2]string{d.toks[k].Stem, d.toks[k+1].Stem}]
}

// rescueBodyBefore reports whether a rescue body is named in the sentence
// before first, within 25 words and no full stop between.
func rescueBodyBefore(d *doc, first int) bool {
	for k := first - 1; k >= 0 && k >= first-25; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && (t.Norm == "." || t.Norm == "؟" || t.Norm == "!") {
			return false
		}
		if rescueBodyAt(d, k) {
			return true
		}
	}
	return false
}
