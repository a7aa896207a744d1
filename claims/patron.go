package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// patronOfForce reports whether the party whose name starts at j is named
// as the patron of fighters just before it: "مسلحون موالون لإيران",
// "خلايا مرتبطة بالتنظيم", "عناصر محسوبة على قوات النظام", "مجموعة
// مقربة من الحرس الثوري", "مقاتلين ينتمون إلى الحزب", "فصائل انضمت إلى
// الجيش". Those fighters
// act for the party, so when they are the subject of an event verb the
// party is its actor. The party carries the link's own preposition,
// attached (ل, ب) or standing alone (على, من, إلى); the link agrees with
// a fighters' noun before it. A site owned ("مواقع تابعة للنظام") is no
// fighter and does not count.
func (x *Extractor) patronOfForce(d *doc, j, k int, m arabic.Match, r region) bool {
	if sufferedBetween(d, m.Last, k) {
		// "مسلحون موالون لإيران قتلوا بقصف": the fighters were hit.
		return false
	}
	link := j - 1
	prep := byte(0)
	switch {
	case hasClitic(m.Clitics, 'ل'):
		prep = 'l'
	case hasClitic(m.Clitics, 'ب'):
		prep = 'b'
	case link > r.lo && d.toks[link].Kind == arabic.TokWord && d.toks[link].Clitics == "":
		switch d.toks[link].Norm {
		case "علي":
			prep = 'a'
		case "من":
			prep = 'm'
		case "الي":
			prep = 'i'
		default:
			if patronLink(d.toks[link].Stem) != 's' {
				return false
			}
			// "فصائل تدعمها إيران": the patron is the subject of
			// the relative verb right before it.
			prep = 's'
			link++
		}
		link--
	default:
		return false
	}
	if link <= r.lo || d.toks[link].Kind != arabic.TokWord || patronLink(d.toks[link].Stem) != prep {
		return false
	}
	h := x.fightersStart(d, link, r)
	return h >= 0 && !x.fightersStruck(d, h, r)
}

// fightersStruck reports whether the fighters' noun at h is counted, hit,
// owning or speaking rather than acting: a casualty word, a number or an
// event word before it ("مقتل مسلحين موالين لإيران", "استهداف خلايا
// مرتبطة بالتنظيم", "ضد عناصر تابعة لقسد"), ل or ب on it, or an account
// noun before it.
func (x *Extractor) fightersStruck(d *doc, h int, r region) bool {
	if c := d.toks[h].Clitics; hasClitic(c, 'ل') || hasClitic(c, 'ب') {
		// "معسكرات للمقاتلين الموالين لإيران": whose camps were hit.
		return true
	}
	if h-1 >= r.lo && x.accountNounAt(d, h-1) {
		// "اتهامات الفصائل المرتبطة بأنقرة": who accuses, not who struck.
		return true
	}
	for i := h - 1; i >= r.lo && i >= h-2; i-- {
		t := d.toks[i]
		if t.Kind == arabic.TokNumber || victimWords[t.Stem] || len(arabic.Numbers(d.toks[i:h])) > 0 {
			return true
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		switch t.Norm {
		case "ضد", "بين", "صفوف", "مصرع":
			return true
		}
		if _, _, ok := x.triggers.at(d.toks, i); ok {
			return true
		}
	}
	return false
}

// patronLink gives the preposition that a word of belonging takes before
// its patron: 'l' for ل (تابع، موال، مبايع), 'b' for ب (مرتبط), 'a' for
// على (محسوب), 'm' for من (مقرب), 'i' for إلى (ينتمي، منتم), 's' for a
// relative verb whose subject is the patron (تدعمها، يمولها); 0 when the
// word is none of them. The stem keeps the article and the gender and
// number endings off ("الموالية", "مرتبطين").
func patronLink(stem string) byte {
	s := strings.TrimPrefix(stem, "ال")
	for _, e := range []string{"ين", "ون", "ه", "ان", "تين", "تان"} {
		if t := strings.TrimSuffix(s, e); t != s && len(t) >= 6 {
			s = t
			break
		}
	}
	switch s {
	case "تابع", "موال", "موالي", "مبايع", "تتبع", "يتبع", "يتبعون":
		return 'l'
	case "مرتبط", "مرتبطت", "يرتبط", "ترتبط", "يرتبطون":
		return 'b'
	case "محسوب", "محسوبت":
		return 'a'
	case "مقرب", "مقربت", "مدعوم", "مدعومت":
		// "مقربة من"، "فصائل مدعومة من تركيا"، "ميليشيات مدعومة من
		// إيران": the patron that backs them
		return 'm'
	case "ينتمي", "تنتمي", "ينتمون", "منتم", "منتمي", "منتمو":
		return 'i'
	case "تدعمها", "يدعمها", "تدعمهم", "يدعمهم", "تمولها", "يمولها", "تمولهم", "يمولهم", "تسلحها", "يسلحها",
		"تسلحهم", "يسلحهم", "تديرها", "يديرها", "تحركها", "يحركها":
		// "فصائل تدعمها إيران"، "خلايا يديرها الحرس الثوري": a relative
		// verb whose object pronoun is the force and whose subject,
		// right after it with no preposition, is its patron.
		return 's'
	case "انضم", "انضمت", "انضموا", "ينضم", "تنضم", "ينضمون", "منضم", "منضمو":
		// "فصائل انضمت إلى الجيش"، "مسلحون منضمون إلى الحزب": the
		// body the fighters joined is the side they fight for.
		return 'i'
	}
	return 0
}

// fightersStart gives the start of a noun of fighters or armed men that
// ends right before k ("خلايا", "مسلحين", "مجموعة مسلحة", "عناصر"), or -1.
func (x *Extractor) fightersStart(d *doc, k int, r region) int {
	for i := max(r.lo, k-3); i < k; i++ {
		if _, m, ok := x.forces.at(d.toks, i); ok && m.Last == k {
			return i
		}
	}
	// The noun may carry one adjective before the link: "الأجهزة الأمنية
	// التابعة للنظام", "مجموعات محلية موالية لإيران".
	for i := k - 1; i >= r.lo && i >= k-2; i-- {
		if d.toks[i].Kind != arabic.TokWord {
			return -1
		}
		if fighterHead(d.toks[i].Stem) {
			return i
		}
	}
	return -1
}

// fighterHead reports whether a stem names armed men or a security body:
// "مسلحين", "مقاتلون", "عناصر", "خلية", "الأجهزة", "الشبيحة".
func fighterHead(stem string) bool {
	s := strings.TrimPrefix(stem, "ال")
	for _, p := range []string{"مسلح", "مقاتل", "عناصر", "عنصر", "خلي", "ميليشي", "مليشي", "فصيل", "فصائل", "مجموع",
		"كتيب", "مرتزق", "انتحاري", "اجهز", "جهاز", "شبيح", "عصاب"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// sufferedBetween reports whether a word of dying or being hurt stands
// between lo and hi: "قتلوا", "أصيبوا", "لقوا مصرعهم", "سقطوا". Written
// without vowels the first may be active as well; the patron is then left
// unread rather than read as the doer of a strike that hit its men.
func sufferedBetween(d *doc, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		s := d.toks[i].Stem
		for _, p := range []string{"قتل", "اصيب", "جرح", "مصرع", "سقط", "استشهد", "قضو", "قضي"} {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
	}
	return false
}

// patronAfterLink is the party named as the patron of a force by the word
// of linkage at k and its own preposition (see patronLink): "مرتبطة
// بالنظام"، "موالية لإيران"، "محسوبة على الفصائل"، "مقربة من الحزب".
func (x *Extractor) patronAfterLink(d *doc, k, end int, in func(int) bool) (string, bool) {
	prep := patronLink(d.toks[k].Stem)
	if prep == 0 || k+1 >= end || !in(k+1) {
		return "", false
	}
	j := k + 1
	switch prep {
	case 'a', 'm', 'i':
		want := map[byte]string{'a': "علي", 'm': "من", 'i': "الي"}[prep]
		if d.toks[j].Norm != want || j+1 >= end || !in(j+1) {
			return "", false
		}
		j++
	}
	a, m, ok := x.actorAt(d, j)
	if !ok || !namedActor(a) {
		return "", false
	}
	switch prep {
	case 'l':
		ok = hasClitic(m.Clitics, 'ل')
	case 's':
		ok = m.Clitics == "" || m.Clitics == "و"
	case 'b':
		ok = hasClitic(m.Clitics, 'ب')
	default:
		ok = m.Clitics == ""
	}
	return a, ok
}

// doerNamedFrom reports whether a relative verb whose words after it name
// the doer (see doerFollows: "نفذته"، "شنتها") stands at j-1 or between j
// and k: "هجوم نفذته خلايا مرتبطة بالتنظيم" names who did it, while
// "الغارة استهدفت خلايا مرتبطة بالتنظيم" names what was hit.
func doerNamedFrom(d *doc, j, k int) bool {
	for i := max(j-1, 0); i < k; i++ {
		if doerFollows(d.toks[i]) {
			return true
		}
	}
	return false
}
