package gen

import (
	"math"
	"strings"

	"github.com/riwaya/riwaya/claims/places"
)

// heads are the nouns that introduce a place of each kind: "بلدة الكسوة",
// "مطار المزة". A name that already starts with one keeps its own.
var heads = map[places.Kind]string{
	places.KindCity:          "مدينة",
	places.KindTown:          "بلدة",
	places.KindVillage:       "قرية",
	places.KindNeighbourhood: "حي",
	places.KindAirport:       "مطار",
	places.KindBase:          "قاعدة",
	places.KindOilField:      "حقل",
	places.KindGasField:      "حقل",
	places.KindCrossing:      "معبر",
	places.KindRegion:        "منطقة",
	places.KindSubdistrict:   "ناحية",
}

// ownHeads are words a place name may start with that already say what
// kind of place it is.
var ownHeads = []string{"مطار", "قاعدة", "حقل", "معبر", "مدينة", "بلدة", "قرية", "حي ", "منطقة", "مخيم", "سجن", "جبل", "ساحة",
	"سوق", "وادي", "الفرقة", "اللواء", "برج", "البرج", "القرية", "المنطقة", "سد ", "جسر", "مركز", "ريف", "البادية", "بادية",
	"الغوطة", "القلمون", "سهل", "جزيرة"}

// directions, clockwise from the east by eighths: the adjective after
// "ريف X" and the adverb before a place ("جنوبي دمشق").
var (
	dirAdj  = []string{"الشرقي", "الشمالي الشرقي", "الشمالي", "الشمالي الغربي", "الغربي", "الجنوبي الغربي", "الجنوبي", "الجنوبي الشرقي"}
	dirPrep = []string{"شرقي", "شمال شرقي", "شمالي", "شمال غربي", "غربي", "جنوب غربي", "جنوبي", "جنوب شرقي"}
)

// pool returns the places where incidents of sc happen.
func (g *Generator) pool(sc *scene) []place {
	kinds := map[places.Kind]bool{}
	for _, k := range sc.kinds {
		kinds[k] = true
	}
	var out []place
	for _, p := range g.gaz.Places() {
		if !kinds[p.Kind] || len(p.NamesAr) == 0 || !g.gaz.Within(p.ID, "syria") {
			continue
		}
		var gov places.Place
		for _, a := range g.gaz.Ancestors(p.ID) {
			if q, ok := g.gaz.Get(a); ok && q.Kind == places.KindGovernorate {
				gov = q
				break
			}
		}
		if gov.ID == "" || !contains(sc.govs, gov.ID) {
			continue
		}
		bare := p.NamesAr[0]
		name := bare
		if h, ok := heads[p.Kind]; ok && !hasAnyPrefix(bare, ownHeads) {
			name = h + " " + bare
		}
		govName := gov.NamesAr[0]
		govR := "ريف " + govName
		if strings.HasPrefix(govName, "ريف ") {
			govR = govName
		}
		out = append(out, place{id: p.ID, name: name, bare: bare, gov: govName, govR: govR, dir: direction(gov, p), kind: p.Kind})
	}
	return out
}

// direction returns the eighth of the compass in which p lies from the
// centre of gov, as an adjective of dirAdj, or "" when too close to say.
func direction(gov, p places.Place) string {
	if !gov.HasCoords() || !p.HasCoords() {
		return ""
	}
	dy, dx := p.Lat-gov.Lat, (p.Lon-gov.Lon)*math.Cos(gov.Lat*math.Pi/180)
	if math.Hypot(dx, dy) < 0.05 {
		return ""
	}
	a := math.Atan2(dy, dx) // 0 east, counter-clockwise
	i := int(math.Round(a/(math.Pi/4))+8) % 8
	return dirAdj[i]
}

// prepOf turns a direction adjective into the adverb before a place.
func prepOf(adj string) string {
	for i, a := range dirAdj {
		if a == adj {
			return dirPrep[i]
		}
	}
	return ""
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// at writes where e happened, with its preposition: "في بلدة الكسوة بريف
// دمشق", "قرب مطار المزة".
func (w *writer) at(e *event) string {
	p := e.place
	r := w.r
	prep := pick(r, []string{"في ", "في ", "في ", "قرب ", "في محيط "})
	switch x := r.intn(10); {
	case x < 3:
		return prep + p.name
	case x < 6 && p.kind != places.KindCity:
		s := prep + p.name + " ب" + p.govR
		if p.dir != "" && r.chance(0.5) {
			s += " " + p.dir
		}
		return s
	case x < 8 && p.dir != "":
		return prep + p.name + " " + prepOf(p.dir) + " " + p.gov
	}
	return prep + p.name + " في محافظة " + p.gov
}

// region writes the wider area of e: "ريف دير الزور الشرقي", "محافظة حمص".
func (w *writer) region(e *event) string {
	p := e.place
	if p.dir != "" && w.r.chance(0.5) {
		return p.govR + " " + p.dir
	}
	if w.r.chance(0.5) {
		return "محافظة " + p.gov
	}
	return p.govR
}

// Weekdays, Sunday first as time.Weekday counts them.
var weekdays = [...]string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}

// Month names in the Levantine and the Egyptian series.
var (
	monthsLevant = [...]string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}
	monthsEgypt  = [...]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
)

// dayParts are the parts of the day an incident is placed in.
var dayParts = []string{"فجر", "صباح", "ظهر", "عصر", "مساء", "فجر", "مساء"}

// when writes the time of e as seen from the article's publication day:
// "فجر اليوم الثلاثاء", "مساء أمس", "يوم الأحد الماضي", "في 12 آذار/مارس".
func (w *writer) when(e *event) string {
	r := w.r
	d := int(w.pub.Sub(e.date).Hours() / 24)
	wd := weekdays[e.date.Weekday()]
	if r.chance(0.12) {
		m := int(e.date.Month()) - 1
		month := monthsLevant[m] + "/" + monthsEgypt[m]
		switch r.intn(3) {
		case 0:
			month = monthsLevant[m]
		case 1:
			month = monthsEgypt[m]
		}
		s := "في " + digits(e.date.Day(), styleDigits) + " " + month
		if r.chance(0.4) {
			s += " " + e.date.Format("2006")
		}
		return s
	}
	switch d {
	case 0:
		return pick(r, []string{e.part + " اليوم " + wd, e.part + " اليوم", "اليوم " + wd, "في ساعات " + e.part + " اليوم"})
	case 1:
		return pick(r, []string{e.part + " أمس " + wd, "أمس " + wd, e.part + " يوم أمس", "يوم أمس " + wd})
	}
	return pick(r, []string{e.part + " يوم " + wd, "يوم " + wd + " الماضي", e.part + " " + wd})
}
