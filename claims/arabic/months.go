package arabic

// Calendars of a month name.
const (
	calGregorian = 1
	calHijri     = 2
)

// monthName is one month name: its calendar and number, and whether the
// name is also a common word or personal name (مارس "practised", صفر
// "zero", رجب, رمضان, شعبان as names, آب/أب), which then needs a day
// number or a year beside it to count as a month.
type monthName struct {
	cal, month int
	ambiguous  bool
}

// monthWords maps folded one-word month names; monthPairs maps folded
// two-word names ("كانون الثاني") by their first word.
var monthWords, monthPairs = buildMonths()

// monthKeys filters the tokens that cannot start a month name.
var monthKeys = func() keySet {
	var stems []string
	for w := range monthWords {
		stems = append(stems, w)
	}
	for w := range monthPairs {
		stems = append(stems, w)
	}
	return newKeySet(stems)
}()

func buildMonths() (map[string]monthName, map[string]map[string]monthName) {
	one := map[string]monthName{}
	two := map[string]map[string]monthName{}
	add := func(cal, month int, amb bool, forms ...string) {
		for _, f := range forms {
			one[Fold(f)] = monthName{cal, month, amb}
		}
	}
	pair := func(cal, month int, first string, seconds ...string) {
		f := Fold(first)
		if two[f] == nil {
			two[f] = map[string]monthName{}
		}
		for _, s := range seconds {
			two[f][Fold(s)] = monthName{cal, month, false}
		}
	}
	g := calGregorian
	add(g, 1, false, "يناير", "جانفي")
	add(g, 2, false, "شباط", "فبراير", "فيفري")
	add(g, 3, false, "آذار")
	add(g, 3, true, "مارس")
	add(g, 4, false, "نيسان", "أبريل", "إبريل", "ابريل", "أفريل")
	add(g, 5, false, "أيار", "مايو")
	add(g, 5, true, "ماي")
	add(g, 6, false, "حزيران", "يونيو", "يونيه", "جوان")
	add(g, 7, false, "تموز", "يوليو", "يوليه", "جويلية")
	add(g, 8, true, "آب")
	add(g, 8, false, "أغسطس", "اغسطس", "أوت")
	add(g, 9, false, "أيلول", "سبتمبر")
	add(g, 10, false, "أكتوبر", "اكتوبر")
	add(g, 11, false, "نوفمبر")
	add(g, 12, false, "ديسمبر")
	pair(g, 1, "كانون", "الثاني", "ثاني")
	pair(g, 12, "كانون", "الأول", "أول")
	pair(g, 10, "تشرين", "الأول", "أول")
	pair(g, 11, "تشرين", "الثاني", "ثاني")
	h := calHijri
	add(h, 1, false, "محرم")
	add(h, 2, true, "صفر")
	add(h, 7, true, "رجب")
	add(h, 8, true, "شعبان")
	add(h, 9, true, "رمضان")
	add(h, 10, false, "شوال")
	pair(h, 3, "ربيع", "الأول", "أول")
	pair(h, 4, "ربيع", "الآخر", "الثاني", "آخر", "ثاني")
	pair(h, 5, "جمادى", "الأولى", "الأول", "أولى")
	pair(h, 6, "جمادى", "الآخرة", "الثانية", "الآخر", "الثاني", "آخرة")
	pair(h, 11, "ذو", "القعدة")
	pair(h, 11, "ذي", "القعدة")
	pair(h, 12, "ذو", "الحجة")
	pair(h, 12, "ذي", "الحجة")
	return one, two
}

// monthAt reads a month name at token k, with the clitics في-style
// prepositions allow (و ب ل ف), and its alternative after a slash or in
// brackets ("آذار/مارس", "شباط (فبراير)"). It returns the month and the
// token after the name.
func monthAt(toks []Token, k int) (monthName, int, bool) {
	m, end, ok := oneMonthAt(toks, k)
	if !ok {
		return monthName{}, 0, false
	}
	// an alternative name of the same month
	if end+1 < len(toks) && toks[end].Kind == TokPunct && (toks[end].Norm == "/" || toks[end].Norm == "(" || toks[end].Norm == "-") {
		if m2, e2, ok := oneMonthAt(toks, end+1); ok && m2.month == m.month && m2.cal == m.cal {
			end = e2
			if toks[end-1].Norm != ")" && end < len(toks) && toks[end].Norm == ")" {
				end++
			}
			m.ambiguous = false
		}
	}
	return m, end, true
}

// oneMonthAt reads one month name (one or two words) at token k.
func oneMonthAt(toks []Token, k int) (monthName, int, bool) {
	if k >= len(toks) || toks[k].Kind != TokWord || toks[k].Article || !monthKeys.mayStart(&toks[k], true) {
		return monthName{}, 0, false
	}
	t := &toks[k]
	var sp [maxSplits]split
	n := splits(t.Norm, true, &sp)
	for j := 0; j < n; j++ {
		s := &sp[j]
		if s.art || (s.pre != "" && s.pre != "و" && s.pre != "ب" && s.pre != "ل" && s.pre != "ف" && s.pre != "وب" && s.pre != "وف") {
			continue
		}
		if seconds, ok := monthPairs[s.rest]; ok && k+1 < len(toks) && toks[k+1].Kind == TokWord {
			if m, ok := seconds[toks[k+1].Norm]; ok {
				return m, k + 2, true
			}
		}
		if m, ok := monthWords[s.rest]; ok {
			if m.month == 8 && m.cal == calGregorian && s.rest == "اب" && !containsRune(t.Text, 'آ') {
				continue // أب "father"
			}
			return m, k + 1, true
		}
	}
	return monthName{}, 0, false
}

// containsRune reports whether s contains r.
func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
