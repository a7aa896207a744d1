package claims

import "github.com/riwaya/riwaya/claims/arabic"

// causativeTollVerbs are the transitive verbs whose object is a toll named
// by its own noun: "أوقعت الغارة سبعة جرحى"، "خلّف القصف عشرة مصابين"،
// "أسقط الهجوم قتلى". The noun after the count names the outcome; the verb
// is no death that the wounded then died of ("وفاة جريحين").
var causativeTollVerbs = map[string]bool{"اوقع": true, "اوقعت": true, "واوقع": true, "واوقعت": true,
	"يوقع": true, "توقع": true, "خلف": true, "خلفت": true, "وخلف": true, "وخلفت": true, "يخلف": true, "تخلف": true,
	"اسقط": true, "اسقطت": true, "واسقط": true, "واسقطت": true}

// causativeTollVerbAt reports whether token k is a causative verb of a
// toll (see causativeTollVerbs).
func causativeTollVerbAt(d *doc, k int) bool {
	t := d.toks[k]
	return t.Kind == arabic.TokWord && (causativeTollVerbs[t.Norm] || causativeTollVerbs[t.Stem])
}

// asideBefore returns where the attribution set off by commas that ends
// right before token first opens ("من بين القتلى، بحسب المرصد، طفلان"):
// the opening comma, or first when there is none. Words before the aside
// reach the count as if the aside were not there.
func asideBefore(d *doc, first int, r region) int {
	if first-1 <= r.lo {
		return first
	}
	if c, ok := asideAttribution(d, first-1, r); ok {
		return c
	}
	return first
}

// woundedNounAt reports whether the partitive noun at k names the wounded
// ("ستة من الجرحى توفوا"): only then may a later verb of death make them
// wounded who died. "إصابة ثلاثة من جنودها في هجوم قُتل فيه مسلح": the
// soldiers are wounded, and the death is another man's.
func (x *Extractor) woundedNounAt(d *doc, k int) bool {
	o, _, ok := x.outNouns.at(d.toks, k)
	return ok && o == OutcomeWounded
}

// soldiersOthersAt reports whether the noun at k is a word for soldiers of
// no named side followed by "others" ("وجُرح ثلاثة عسكريين آخرون"): more
// soldiers of the side the figure before counted, whose group they take.
func soldiersOthersAt(d *doc, k int, r region) bool {
	if k+1 >= r.hi || d.toks[k].Kind != arabic.TokWord || !soldierNouns[d.toks[k].Stem] {
		return false
	}
	t := d.toks[k+1]
	return t.Kind == arabic.TokWord && (othersWords[t.Stem] || othersWords[t.Norm])
}

// orgHeads are nouns for a kind of organisation that outlets put before a
// party's name, often quoted: "تنظيم «قسد»"، "جماعة «حزب الله»"، "فصيل
// «الحمزات»". Written indefinite before a named party, they only label it:
// the party is the doer. ("عصابات داعش" is left out: SANA and al-Alam
// write it of ISIS as a standing threat, "منع تسلل عصابات داعش", in
// articles on another party's strike.)
var orgHeads = map[string]bool{"تنظيم": true, "جماعه": true, "فصيل": true, "مجموعه": true}

// orgHeadActor reads the party named right after an organisation head at
// k (see orgHeads), quote marks aside; the match starts at the head.
func (x *Extractor) orgHeadActor(d *doc, k int) (string, arabic.Match, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Article || !orgHeads[t.Stem] || k+1 >= len(d.toks) {
		return "", arabic.Match{}, false
	}
	a, m, ok := x.qualifiedAfter(d, k+1)
	if !ok {
		return "", arabic.Match{}, false
	}
	m.First = k
	return a, m, true
}

// areaNouns open a phrase of where after a struck place: "في ريف إدلب
// الجنوبي"، "في مدينة حلب"، "في محيط المطار".
var areaNouns = map[string]bool{"ريف": true, "مدينه": true, "محافظه": true, "منطقه": true, "قريه": true, "بلده": true,
	"محيط": true, "اطراف": true, "شمال": true, "جنوب": true, "شرق": true, "غرب": true, "وسط": true, "حي": true,
	"شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true, "باديه": true, "سهل": true, "جبل": true, "ناحيه": true}

// placeAsideReach returns how far after the struck thing ending at k a
// word of being hit may stand: four words, and past a phrase of where
// that opens at k or after the place's name ("تعرضت بلدة كفرنبل في ريف
// إدلب الجنوبي لقصف") up to eight, within the clause.
func placeAsideReach(d *doc, k int, r region) int {
	for s := k; s <= k+1 && s+1 < r.hi; s++ {
		t := d.toks[s]
		if t.Kind != arabic.TokWord {
			break
		}
		if t.Norm == "في" && areaNouns[d.toks[s+1].Stem] || hasClitic(t.Clitics, 'ب') && areaNouns[t.Stem] {
			end := s
			for end < r.hi && end < s+8 && d.toks[end].Kind == arabic.TokWord {
				end++
			}
			return end + 1
		}
	}
	return k + 4
}
