package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// raidingAdjective reports whether t is a participle of attacking that
// aircraft take as their adjective in reports of raids: "(الطائرات)
// المغيرة"، "(المقاتلات) المهاجمة". It describes the aircraft of the
// event told, so what is said of them after it (a nationality, an owner)
// is said of the raiders.
func raidingAdjective(t arabic.Token) bool {
	switch t.Stem {
	case "مغيره", "مغيرات", "مغير", "مهاجمه", "مهاجمات", "مغيرين":
		return true
	}
	return false
}

// pastAircraftAdjectives is the first word at or after o that is not a
// definite adjective of aircraft, at most two of them skipped:
// "الطائرات | المغيرة | روسية"، "المقاتلات | الحربية المهاجمة | تابعة".
func pastAircraftAdjectives(d *doc, o, hi int) int {
	for n := 0; n < 2 && o < hi; n++ {
		t := d.toks[o]
		if t.Kind != arabic.TokWord || !t.Article || t.Clitics != "" || !aircraftAdjective(t) {
			break
		}
		o++
	}
	return o
}

// syrianNisba reports whether t is the bare indefinite adjective "سورية"
// or "سوري", which, said of aircraft or forces ("ما إذا كانت الطائرات
// سورية أم روسية"، "الطائرات سورية"), names the Syrian state's arm: the
// word is also the country's name, so the actor lexicon leaves it out.
func syrianNisba(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && !t.Article && t.Clitics == "" && (t.Stem == "سوريه" || t.Stem == "سوري")
}

// nisbaGoesOn reports whether the word at k, right after a nationality
// predicate, makes the nationality part of a longer phrase rather than
// the whole predicate: a definite noun it is annexed to ("روسية الصنع"،
// "إيرانية المنشأ") or a second choice ("روسية أم سورية"). A verb, a
// preposition or a reason after it ("روسية أقلعت من حميميم"، "روسية من
// طراز سوخوي"، "روسية لأنها جاءت من الجنوب") leaves the predicate whole.
func nisbaGoesOn(d *doc, k, hi int, in func(int) bool) bool {
	if k >= hi || !in(k) || d.toks[k].Kind != arabic.TokWord {
		return false
	}
	t := d.toks[k]
	if t.Norm == "ام" || t.Norm == "او" {
		return true
	}
	return t.Article && t.Clitics == ""
}

// dropVerbsWithObject are the forms (stems) of "ألقى" with the pronoun of
// what was dropped: "ألقتها"، "ألقتهما"، "ألقاها"، "تلقيها"، "ألقوها".
var dropVerbsWithObject = map[string]bool{
	"القتها": true, "القتهما": true, "القاها": true, "القاهما": true, "القوها": true, "تلقيها": true, "يلقيها": true,
}

// droppedRelativeAt reports whether token k is a verb of dropping in a
// relative clause on the munition dropped, with or without a relative
// pronoun and past an adjective of the munition: "البراميل التي ألقتها
// مروحيات النظام"، "برميلاً متفجراً ألقتها المروحيات"، "بالقنبلتين
// اللتين ألقتهما الطائرة". The verb's subject, after it, is the doer as
// in "ألقت المروحيات براميل".
func droppedRelativeAt(d *doc, k int) bool {
	if k < 1 || !dropVerbsWithObject[d.toks[k].Stem] || d.toks[k].Article {
		return false
	}
	j := k - 1
	if relativePronoun(d.toks[j]) {
		j--
	}
	for n := 0; n < 2 && j >= 0; n++ {
		m := d.toks[j]
		if m.Kind != arabic.TokWord {
			return false
		}
		if munitionNouns[m.Stem] || munitionNouns[strings.TrimPrefix(m.Stem, "ال")] {
			return true
		}
		if !strings.HasPrefix(strings.TrimPrefix(m.Stem, "ال"), "متفجر") && !strings.HasPrefix(strings.TrimPrefix(m.Stem, "ال"), "عنقودي") {
			return false
		}
		j-- // "برميلاً متفجراً"
	}
	return false
}
