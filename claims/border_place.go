package claims

import "github.com/riwaya/riwaya/claims/places"

// borderNeighbour reports whether place mention p is a country named after
// "الحدود مع" ("near the border with Iraq", also "حدود سوريا مع الأردن",
// "حدودها مع تركيا"): the border lies on this side of it as much as the
// other, so the neighbour's name does not say where the thing told
// happened.
func (x *Extractor) borderNeighbour(d *doc, p places.Mention) bool {
	if pl, ok := x.gaz.Get(p.PlaceID); !ok || pl.Kind != places.KindCountry {
		return false
	}
	i := p.First - 1
	if i < 1 || d.toks[i].Norm != "مع" {
		return false
	}
	i--
	if !borderWord(d.toks[i].Stem) && i > 0 && borderWord(d.toks[i-1].Stem) && !d.toks[i].Article {
		i-- // "حدود سوريا مع": the country whose border it is
	}
	return borderWord(d.toks[i].Stem)
}

// borderWord: the noun "حدود", bare, definite or with a pronoun.
func borderWord(stem string) bool {
	switch stem {
	case "حدود", "حدودها", "حدوده", "حدودهم", "حدودنا":
		return true
	}
	return false
}
