package claims

import "strings"

// responseWords (normalised, article aside) tell what a speaker's own
// forces did after or in answer to a deed: raised readiness, cordoned,
// combed, pursued, deployed. "رفعت الجاهزية"، "فرضت طوقاً"، "طوقت
// المكان"، "عمليات تمشيط"، "لملاحقة المهاجمين"، "نفذت انتشاراً".
var responseWords = map[string]bool{
	"جاهزيه": true, "استنفار": true, "طوق": true, "طوقا": true, "طوقت": true, "تطويق": true,
	"تمشيط": true, "مشطت": true, "ملاحقه": true, "لاحقت": true, "انتشار": true, "انتشارا": true,
	"انتشرت": true, "تعزيزات": true,
}

// responseWordIn reports whether the content tells a response of the
// speaker's forces (responseWords), proclitics and article aside.
func responseWordIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		n := strings.TrimPrefix(d.toks[k].Norm, "ال")
		if responseWords[n] || responseWords[strings.TrimPrefix(d.toks[k].Stem, "ال")] {
			return true
		}
	}
	return false
}

// originalDoerOfResponse reads the doer of the deed a speaker's forces
// answered: "قالت الوزارة إن وحداتها انتشرت في البلدة بعد أعمال شغب
// نفذها شبان غاضبون"، "دخلت قواتنا المدينة لملاحقة مسلحين هاجموا
// الحواجز". When the own-forces reading (ownReadings) is of a response
// (a movement, or responseWords) and the content blames an unnamed doer
// for another deed, the forces did not do the deed the claim reports:
// its doer is that unnamed one, "unknown". A response naming no other
// doer keeps its own doer.
func (x *Extractor) originalDoerOfResponse(d *doc, r region, in func(int) bool, eventType, rule string) (string, bool) {
	if !ownReadings[rule] || (!movementType(eventType) && !responseWordIn(d, r, in)) {
		return "", false
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || x.inTargetRelative(d, k, r) {
			continue
		}
		if a, _, ok := x.actorAt(d, k); ok && (a == vagueDoer || a == "unknown") {
			return "unknown", true
		}
	}
	return "", false
}
