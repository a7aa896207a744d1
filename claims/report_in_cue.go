package claims

import "github.com/riwaya/riwaya/claims/arabic"

// reportInCue reports whether a denial's cue has swallowed the report it
// denies, so that its content opens on the preposition that names the
// deed: in "نفت الوزارة ما نشرته حسابات موالية للفصيل عن قصف الحي" or
// "كذّب الجيش الأنباء التي بثتها قنوات معادية حول هجوم على الحاجز" the
// words from the verb to the spreader are the cue and the content is
// "عن قصف الحي". The object of the denial is still the report of the
// deed (see RuleReportDenied): a report noun or "ما" must lie in the cue
// after its first word, and an attack word must follow the preposition
// within three words.
func (x *Extractor) reportInCue(d *doc, r region) bool {
	if r.cs <= r.anchor || r.cs >= r.hi || r.cs < r.lo {
		return false
	}
	j := r.cs
	for j < r.hi && d.toks[j].Kind != arabic.TokWord {
		j++ // a closing quote after the spreader's name
	}
	if j >= r.hi || !aboutWords[d.toks[j].Norm] && d.toks[j].Norm != "بخصوص" {
		return false
	}
	deed := false
	for i := j + 1; i < r.hi && i <= j+3; i++ {
		if tr, _, ok := x.triggers.at(d.toks, i); ok && tr.typ != EventOther {
			deed = true
			break
		}
	}
	if !deed {
		return false
	}
	for k := r.anchor + 1; k < r.cs; k++ {
		if _, _, noun := x.reportNouns.at(d.toks, k); noun || reportHeads[d.toks[k].Stem] || reportHeads[d.toks[k].Norm] {
			return true
		}
	}
	return false
}
