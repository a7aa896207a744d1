package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// repeatedRole reads a definite role word after a speech verb that repeats
// the role word of a person who spoke before: "قال طبيب في مشفى البلدة
// ... وأضاف الطبيب أن ..."، "قال قائد في الفصيل ... وتابع القائد إن ...".
// Articles name a person once by role and then refer back to him with the
// same noun made definite; he is that earlier speaker, not a new one. The
// noun may take a definite adjective ("القائد الميداني") or "نفسه", and
// what he says must follow at once: a noun with more words after it
// ("المدير العام لمنظمة ...") names someone else.
func (fs *frameScanner) repeatedRole(j, end int) (speaker, int, bool) {
	d := fs.d
	t := d.toks[j]
	if t.Kind != arabic.TokWord || !t.Article || t.Clitics != "" || len([]rune(t.Stem)) < 3 {
		return speaker{}, 0, false
	}
	k := j + 1
	for k < end && k < j+3 {
		u := d.toks[k]
		if u.Kind != arabic.TokWord || u.Clitics != "" || d.srcCover[k] != 0 {
			break
		}
		if !u.Article && u.Stem != "نفسه" && u.Stem != "ذاته" {
			break
		}
		if _, _, ok := fs.x.compAt(d.toks, k); ok {
			break
		}
		k++
	}
	if !fs.opensContent(k, end) {
		return speaker{}, 0, false
	}
	for i := len(fs.last) - 1; i >= 0; i-- {
		s := fs.last[i]
		if s.head != "" && s.head == t.Stem {
			s.rule = "repeated_role"
			return s, k, true
		}
	}
	return speaker{}, 0, false
}

// roleInBody reads a definite role word that is also an anaphor ("القيادي"،
// "المسؤول"، "الناطق") followed by "في" and a body the registry knows:
// "قال القيادي في الفصيل X، فلان، إن ...". The role is a member of that
// body, who speaks for it; the word names no one back. A medium after
// the preposition is not his body.
func (fs *frameScanner) roleInBody(k int, am arabic.Match, end int) (speaker, int, bool) {
	d := fs.d
	p := am.Last
	if p+1 >= end || d.toks[p].Kind != arabic.TokWord || d.toks[p].Norm != "في" {
		return speaker{}, 0, false
	}
	m, ok := d.mentionAt(p + 1)
	if !ok || fs.used[p+1] || fs.isMedia(m.SourceID) {
		return speaker{}, 0, false
	}
	fs.used[p+1] = true
	src := fs.fromMention(m, "role_of")
	src.head = d.toks[k].Stem
	if n := m.Last + 1; n < end && isComma(d.toks[m.Last]) {
		if c := fs.commaAfterName(n, end); c > n {
			// "، فلان الفلاني،": the person's name, for "وأضاف الفلاني" later.
			src.speaker = strings.TrimSpace(d.text[d.toks[n].Start:d.toks[c-1].End])
			return src, c + 1, true
		}
	}
	return src, m.Last, true
}
