package claims

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// The day of a funeral is not the day of the deed.
//
// A report of a funeral dates the burial and, after the name of the dead,
// the death: «شيّع أهالي البلدة يوم الجمعة الشاب الذي قُتل أمس»، «شيّعت
// القرية اليوم ثلاثة من أبنائها قضوا الخميس بقصف». The first date is the
// funeral's, the second the strike's; the claim's day is the deed's. A
// date that comes after a funeral word with no word of a death between
// them dates the funeral, and gives way to another date of the sentence.

// funeralWords are the folded forms of the funeral verb and noun ("شيّع",
// "يشيّعون", "تشييع", "مشيّعون"), without proclitics.
var funeralWords = []string{"شيع", "شيعت", "شيعوا", "يشيع", "تشيع", "يشيعون", "تشييع", "التشييع", "مشيعون", "مشيعين",
	"المشيعون", "المشيعين"}

// deathStems begin the folded words of dying and killing that name the
// dead's own death after a funeral word (قُتل، قضى، استشهد، لقي حتفه).
var deathStems = []string{"قتل", "قضى", "قضو", "قضي", "استشهد", "لقي", "لقو", "توفي", "سقط", "ارتقى", "ارتقو"}

// funeralDateAt reports whether the date at token k dates a funeral: a
// funeral word stands at most twelve tokens before it, in the same
// sentence, with no word of a death between them.
func funeralDateAt(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && (t.Text == "." || t.Text == "؟" || t.Text == "!" || t.Text == "\n") {
			return false
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		w := strings.TrimPrefix(t.Norm, "و")
		if slices.Contains(funeralWords, w) || slices.Contains(funeralWords, t.Norm) {
			return true
		}
		if slices.ContainsFunc(deathStems, func(p string) bool { return strings.HasPrefix(w, p) }) {
			return false
		}
	}
	return false
}

// laterDeedDate reports whether the sentence s gives, after the date at
// index i of d.dates (the funeral's), another date: the death's, told
// after the dead are named.
func laterDeedDate(d *doc, i int, s tokRange) bool {
	for _, dt := range d.dates[i+1:] {
		if dt.First >= s.last {
			return false
		}
		if !dt.From.IsZero() {
			return true
		}
	}
	return false
}

// funeralVerbs are the folded forms of the verb of burying the dead with
// a procession, whose subject is the mourners ("شيّع المئات").
var funeralVerbs = []string{"شيع", "شيعت", "يشيع", "تشيع", "يشيعون", "شيعوا"}

// mournersAt reports whether the number n counts mourners, not casualties:
// it is the subject right after a funeral verb ("شيّع المئات الشاب"،
// "وشيّعت الآلاف"), it counts mourners ("المئات من المشيعين"), or its
// people take part in a funeral ("شارك الآلاف في تشييع").
func mournersAt(d *doc, n arabic.Number, noun int) bool {
	if k := n.First - 1; k >= 0 && d.toks[k].Kind == arabic.TokWord {
		if w := strings.TrimPrefix(d.toks[k].Norm, "و"); slices.Contains(funeralVerbs, w) || slices.Contains(funeralVerbs, d.toks[k].Norm) {
			return true
		}
	}
	for _, k := range []int{noun, n.Last, n.Last + 1} {
		if k >= 0 && k < len(d.toks) && d.toks[k].Kind == arabic.TokWord {
			w := strings.TrimPrefix(strings.TrimPrefix(d.toks[k].Norm, "و"), "ب")
			if w == "المشيعين" || w == "مشيعين" || w == "المشيعون" || w == "مشيعون" || w == "تشييع" || w == "التشييع" {
				return true
			}
		}
	}
	return false
}
