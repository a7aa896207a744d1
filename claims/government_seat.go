package claims

import "github.com/riwaya/riwaya/claims/places"

// governmentSeat: a capital named as where a government, an authority or
// an unnamed official speaker sits ("الحكومة السورية في دمشق"، "الإدارة
// الجديدة في دمشق"، "مصدر أمني في دمشق") or as the side that comments
// ("تعليق رسمي من دمشق") stands for the state, not for where the event
// happened. Unnamed local speakers ("مصادر محلية في ريف درعا") are not
// official and stay near the scene; a capital struck keeps its place.
func governmentSeat(d *doc, p places.Mention) bool {
	if !seatCapitals[p.PlaceID] || p.First < 2 {
		return false
	}
	prep := d.toks[p.First-1].Norm
	switch prep {
	case "في":
		for j := p.First - 2; j >= 0 && j >= p.First-4; j-- {
			if governmentStems[d.toks[j].Stem] {
				return true
			}
		}
		// "مصدر أمني في دمشق"، "مسؤول عسكري في دمشق".
		if officialStems[d.toks[p.First-2].Stem] && p.First >= 3 && speakerHeadStems[d.toks[p.First-3].Stem] {
			return true
		}
	case "من":
		for j := p.First - 2; j >= 0 && j >= p.First-3; j-- {
			if commentStems[d.toks[j].Stem] {
				return true
			}
		}
	}
	return false
}

// governmentStems are folded stems of the words for a government or an
// authority ("الحكومة"، "السلطات"، "الإدارة").
var governmentStems = foldedSet("حكومة", "سلطات", "إدارة", "قيادة", "نظام")

// officialStems mark an unnamed speaker as an official one: "مصدر أمني"،
// "مصدر عسكري"، "مسؤول حكومي".
var officialStems = foldedSet("أمني", "عسكري", "رسمي", "حكومي", "أمنية", "عسكرية", "رسمية", "حكومية", "أمنيا", "عسكريا", "رسميا", "حكوميا")

// speakerHeadStems are folded stems of the head of an unnamed speaker.
var speakerHeadStems = foldedSet("مصدر", "مصدرا", "مصادر", "مسؤول", "مسؤولا", "مسؤولون", "مسؤولين")

// commentStems are folded stems of a reaction a state gives: "تعليق"،
// "رد"، "موقف".
var commentStems = foldedSet("تعليق", "رد", "موقف", "تعقيب", "تأكيد")
