package claims

// groundUnitsAt reports whether ground units are named next to the
// generic event word at token k (within six words before it and four
// after, inside the claim's content), with no word of the air there:
// "نفذت قوات من الفرقة الرابعة عملية"، "استهدفت دورية للجيش سيارة"،
// "نفذت قوات خاصة عملية في البلدة". "وحدات الجيش" is left out: state
// media say it of every arm, the air force's raids too. A unit on the ground that carries out
// an operation or targets something is not an air raid; typed a ground
// attack, the generic claim still joins a shelling there that day (the
// two are compatible) or, as a generic attack, a strike from the air.
func groundUnitsAt(d *doc, r region, k int) bool {
	lo, hi := max(r.cs, k-6), min(r.hi, k+5)
	for j := lo; j < hi; j++ {
		if airStems[d.toks[j].Stem] {
			return false
		}
	}
	// Before the word, a unit is its doer unless an answer or "على"
	// stands between: "وحدات الجيش ترد فوراً على اعتداءات" answers the attack.
	for j := k - 1; j >= lo; j-- {
		if t := d.toks[j]; t.Norm == "علي" || t.Norm == "ضد" || answerStems[t.Stem] {
			break
		}
		if groundUnit(d, j, hi) {
			return true
		}
	}
	for j := k + 1; j < hi; j++ {
		if groundUnit(d, j, hi) {
			return true
		}
	}
	return false
}

// groundUnit reports whether token j names a unit on the ground (see
// groundUnitStems; also "قوات خاصة").
func groundUnit(d *doc, j, hi int) bool {
	st := d.toks[j].Stem
	return groundUnitStems[st] || st == "قوات" && j+1 < hi && d.toks[j+1].Stem == "خاصه"
}

// answerStems are verbs and nouns of answering fire ("ترد"، "ردت"، "رداً").
var answerStems = map[string]bool{"رد": true, "ردت": true, "ترد": true, "يرد": true, "ردا": true, "ردوا": true}

// groundUnitStems are stems of words for units that fight on the ground:
// divisions, brigades, regiments, battalions, patrols, soldiers,
// commandos.
var groundUnitStems = map[string]bool{
	"فرقه": true, "الفرقه": true, "لواء": true, "فوج": true, "كتيبه": true,
	"دوريه": true, "دوريات": true, "جنود": true, "كوماندوز": true, "مشاه": true,
}

// airStems are stems that put a deed in the air: aircraft, drones, jets,
// raids, the air force.
var airStems = map[string]bool{
	"طائرات": true, "طائره": true, "طيران": true, "مقاتلات": true, "مقاتله": true, "مسيره": true,
	"مسيرات": true, "غارات": true, "غاره": true, "جويه": true, "جوي": true, "جو": true, "مروحيات": true,
	"مروحيه": true, "حربيه": true,
}
