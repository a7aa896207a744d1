package claims

import "github.com/riwaya/riwaya/claims/arabic"

// mediumFirst reads a medium addressed with لـ right after a speech verb,
// before the verb's subject: "وأكدت لـ"سمارت" مصادر محلية أن ..."، "وقال
// لعنب بلدي مسؤول في الدفاع المدني إن ...". Arabic may put the short
// addressee before a long subject; the medium is the relay of whoever
// speaks after it. It returns the medium and the token after it.
func (fs *frameScanner) mediumFirst(j, end int) (speaker, int, bool) {
	d := fs.d
	for k := j; k < end && k < j+3; k++ {
		t := d.toks[k]
		if t.IsQuote() || t.Detached() {
			continue
		}
		m, ok := d.mentionAt(k)
		if !ok || !hasClitic(m.Clitics, 'ل') || fs.used[k] || !fs.isMedia(m.SourceID) {
			return speaker{}, 0, false
		}
		next := m.Last
		for next < end && d.toks[next].IsQuote() {
			next++
		}
		return fs.fromMention(m, "addressee"), next, true
	}
	return speaker{}, 0, false
}

// subjectAfterMedium is the subject of a speech verb that follows a
// medium addressed before it (see mediumFirst), with that medium.
func (fs *frameScanner) subjectAfterMedium(j, end int) (src, medium speaker, next int, ok bool) {
	medium, after, ok := fs.mediumFirst(j, end)
	if !ok || after >= end || fs.d.toks[after].Kind != arabic.TokWord {
		return speaker{}, speaker{}, 0, false
	}
	src, next, ok = fs.subjectNear(after, end, 3, false)
	if !ok {
		return speaker{}, speaker{}, 0, false
	}
	return src, medium, next, true
}

// anonymityClause reports whether the speech verb at token k names what an
// unnamed speaker asked not to be done: "طلب عدم كشف هويته"، "فضّل عدم
// ذكر اسمه"، "رفض الكشف عن اسمه". Such a verb says nothing; a medium
// after the clause is still the speaker's.
func anonymityClause(d *doc, k int) bool {
	if k == 0 {
		return false
	}
	switch d.toks[k-1].Stem {
	case "عدم", "رفض", "رافضا", "طالبا", "مفضلا":
		return true
	}
	return false
}
