package gen

import "strings"

// Nouns that count things, never people: rockets, vehicles, raids. The
// extractor must not take them for casualties.
var (
	nRocket   = noun{"صاروخ", "صاروخين", "صواريخ", "صاروخاً", "الصواريخ", false, ""}
	nShell    = noun{"قذيفة", "قذيفتين", "قذائف", "قذيفة", "القذائف", true, ""}
	nVehicle  = noun{"آلية", "آليتين", "آليات", "آلية", "الآليات", true, ""}
	nTruck    = noun{"شاحنة", "شاحنتين", "شاحنات", "شاحنة", "الشاحنات", true, ""}
	nRaid     = noun{"غارة", "غارتين", "غارات", "غارة", "الغارات", true, ""}
	nJet      = noun{"مقاتلة", "مقاتلتين", "مقاتلات", "مقاتلة", "المقاتلات", true, ""}
	nFamily   = noun{"عائلة", "عائلتين", "عائلات", "عائلة", "العائلات", true, ""}
	nBuilding = noun{"مبنى", "مبنيين", "مبان", "مبنى", "المباني", false, ""}
	nTerror   = noun{"إرهابي", "إرهابيين", "إرهابيين", "إرهابياً", "الإرهابيين", false, ""}
)

// things writes a count of things in digits or words.
func (w *writer) things(n int, nn noun) string {
	st := styleDigits
	if w.r.chance(0.35) {
		st = styleWords
	}
	return count(n, nn, st)
}

// fig returns the figure the speaker key gives for a toll of about base
// people in e. A speaker gives the same number in every article about the
// event; only its wording changes.
func (w *writer) fig(e *event, key string, base int) figure {
	f, ok := e.figs[key]
	if !ok {
		// each side counts differently: draw once per speaker and event
		n := base
		if base > 0 {
			n = max(1, base*w.r.between(60, 160)/100)
		}
		f = newFigure(w.r, n, key == "local_sources" || key == "media" || key == "activist")
		e.figs[key] = f
	}
	f.style = newFigure(w.r, f.n, false).style
	return f
}

// eventNoun names the incident in a clause, with the gender of the verb
// that agrees with it.
func eventNoun(e *event) (string, bool) {
	switch e.typ {
	case "airstrike":
		return pickFixed(e.id, []string{"الغارات", "القصف", "الضربات"}), e.id%3 != 1
	case "shelling":
		return pickFixed(e.id, []string{"القصف", "القذائف", "القصف المدفعي"}), e.id%3 == 1
	case "drone_attack":
		return pickFixed(e.id, []string{"الاستهداف", "الهجوم", "الضربة"}), e.id%3 == 2
	}
	return pickFixed(e.id, []string{"الهجوم", "الاعتداء", "الهجوم"}), false
}

// pickFixed picks from xs by a number, the same every time.
func pickFixed(n int, xs []string) string { return xs[n%len(xs)] }

// mark remembers that s gives a casualty figure, so that choose can keep
// an article's figures few, and returns s.
func (w *writer) mark(s string) string {
	w.marks = append(w.marks, s)
	return s
}

// hasFigure reports whether s contains text marked as a figure.
func (w *writer) hasFigure(s string) bool {
	for _, m := range w.marks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// deaths writes a verbal noun of death and who died: "مقتل 5 عناصر",
// "استشهاد ثلاثة مدنيين", "سقوط 7 قتلى".
func (w *writer) deaths(f figure, nn noun, martyr bool) string {
	return w.mark(w.deaths0(f, nn, martyr))
}

func (w *writer) deaths0(f figure, nn noun, martyr bool) string {
	r := w.r
	if martyr {
		if r.chance(0.3) {
			return "ارتقاء " + f.phrase(r, nMartyr.withTail(nn.tail))
		}
		return "استشهاد " + f.phrase(r, nn)
	}
	switch r.intn(6) {
	case 0:
		return "سقوط " + f.phrase(r, nDead.withTail(nn.tail))
	case 1:
		return "مصرع " + f.phrase(r, nn)
	}
	return "مقتل " + f.phrase(r, nn)
}

// toll writes a clause on the dead of e according to key, and sometimes
// the wounded: "الغارات أسفرت عن مقتل 5 عناصر وإصابة 3 آخرين".
func (w *writer) toll(e *event, key string, nn noun, martyr bool, subset *noun) string {
	if e.killed == 0 {
		return w.noDeaths(e)
	}
	return w.mark(w.toll0(e, key, nn, martyr, subset))
}

func (w *writer) toll0(e *event, key string, nn noun, martyr bool, subset *noun) string {
	r := w.r
	f := w.fig(e, key, e.killed)
	what, fem := eventNoun(e)
	var s string
	switch x := r.intn(10); {
	case x < 5:
		v := "أسفر عن "
		if fem {
			v = "أسفرت عن "
		}
		if r.chance(0.3) {
			v = pick(r, []string{"أدى إلى ", "تسبب ب"})
			if fem {
				v = pick(r, []string{"أدت إلى ", "تسببت ب"})
			}
		}
		s = what + " " + v + w.deaths(f, nn, martyr)
	case x < 7 && f.qual != qVague:
		verb := pick(r, []string{"قتلوا", "لقوا حتفهم", "لقوا مصرعهم"})
		if martyr {
			verb = "استشهدوا"
		}
		if f.n <= 2 && f.qual == qExact {
			return w.deaths(f, nn, martyr) + " " + pick(r, []string{"جراء ", "في "}) + what
		}
		s = f.phrase(r, nn) + " " + verb + " " + pick(r, []string{"جراء ", "في "}) + what
	case x < 8:
		v := "أودى بحياة "
		if fem {
			v = "أودت بحياة "
		}
		s = what + " " + v + f.phrase(r, nn)
	case x < 9 && e.wounded > 0 && f.qual == qExact:
		// one toll of the dead and the wounded together
		n := f.n + w.fig(e, key+"/w", e.wounded).n
		v := "أسفر عن سقوط "
		if fem {
			v = "أسفرت عن سقوط "
		}
		if n <= 10 {
			return what + " " + v + number(n, f.style, false) + " " + pick(r, []string{"قتلى وجرحى", "بين قتيل وجريح"})
		}
		return what + " " + v + number(n, f.style, false) + " " + pick(r, []string{"قتيلاً وجريحاً", "بين قتيل وجريح"})
	default:
		s = "حصيلة " + pick(r, []string{"القتلى", "الضحايا"}) + " جراء " + what + " بلغت " + f.phrase(r, nDead)
	}
	if subset != nil && f.n >= 4 && f.qual == qExact && r.chance(0.6) {
		k := r.between(1, f.n/2)
		s += "، " + pick(r, []string{"بينهم ", "من بينهم "}) + count(k, *subset, f.style)
	}
	if e.wounded > 0 && r.chance(0.4) {
		g := w.fig(e, key+"/w", e.wounded)
		s += pick(r, []string{"، وإصابة ", " وإصابة ", "، فضلاً عن إصابة ", "، إضافة إلى جرح "}) + g.phrase(r, nOthers)
		if r.chance(0.3) {
			s += " " + pick(r, []string{"بجروح", "بجروح متفاوتة", "بجروح خطيرة"})
		}
	}
	return s
}

// injuries writes a clause on the wounded only.
func (w *writer) injuries(e *event, key string, nn noun) string {
	r := w.r
	what, fem := eventNoun(e)
	if e.wounded == 0 {
		return w.noDeaths(e)
	}
	g := w.fig(e, key+"/w", e.wounded)
	v := "أسفر عن إصابة "
	if fem {
		v = "أسفرت عن إصابة "
	}
	if r.chance(0.3) {
		return w.mark(g.phrase(r, nn) + " " + pick(r, []string{"أصيبوا", "جرحوا"}) + " " + pick(r, []string{"جراء ", "في "}) + what)
	}
	return w.mark(what + " " + v + g.phrase(r, nn) + pick(r, []string{"", " بجروح", " بجروح طفيفة", " بجروح متفاوتة"}))
}

// revision writes a toll raised since an earlier count: "حصيلة القتلى
// ارتفعت إلى 14، بعد أن كانت الحصيلة الأولية 9".
func (w *writer) revision(e *event, key string) string {
	f := w.fig(e, key, e.killed)
	before := max(1, f.n*w.r.between(40, 80)/100)
	after := f.n
	if before >= after {
		after = before + w.r.between(1, 4)
	}
	return w.mark("حصيلة القتلى ارتفعت إلى " + digits(after, f.style) + "، بعد أن كانت " +
		pick(w.r, []string{"الحصيلة الأولية ", "الحصيلة السابقة ", ""}) + digits(before, f.style))
}

// noDeaths says no one died, or that it is not known.
func (w *writer) noDeaths(e *event) string {
	what, fem := eventNoun(e)
	v := "لم يسفر"
	if fem {
		v = "لم تسفر"
	}
	return pick(w.r, []string{
		what + " " + v + " عن خسائر بشرية، واقتصرت الأضرار على الماديات",
		"المعلومات عن وقوع إصابات لم تتضح بعد",
		"الأضرار اقتصرت على الماديات دون تسجيل إصابات بين السكان",
	})
}
