package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// tollGoesOnWords open a sentence that goes on with the toll of the
// sentence before (folded stems, without و/ف/ثم): a rise of the toll
// ("وارتفعت الحصيلة إلى 12", "ثم ارتفع العدد إلى 9", "لترتفع الحصيلة").
var tollGoesOnWords = map[string]bool{
	"ارتفع": true, "ارتفعت": true, "ترتفع": true, "يرتفع": true, "لترتفع": true, "ليرتفع": true,
	"قفز": true, "قفزت": true, "تجاوز": true, "تجاوزت": true, "تخطي": true, "تخطت": true,
	// reaching: "وبلغت الحصيلة لاحقاً عشرة قتلى", "ثم وصل عدد الضحايا إلى"
	"بلغ": true, "بلغت": true, "لتبلغ": true, "ليبلغ": true, "وصل": true, "وصلت": true, "لتصل": true, "ليصل": true,
}

// othersWords are "others" after a count, pointing back at the victims
// counted before: "وأصيب خمسة آخرون".
var othersWords = map[string]bool{"اخرون": true, "اخرين": true, "اخريات": true, "اخري": true, "اخر": true, "اخران": true, "اخرين،": true}

// tollGoesOn returns the frame of a sentence that names no speaker and
// only goes on with the toll the sentence before gave on a source's word:
// "قتل ثلاثة مدنيين ...، بحسب المرصد. وارتفعت الحصيلة لاحقاً إلى 12"
// rises the monitor's toll, and "... وفق سانا. وأصيب خمسة آخرون" counts
// more of the agency's victims. The source goes on only when the sentence
// before gave a figure on its word, and not the outlet's own.
func (x *Extractor) tollGoesOn(d *doc, s tokRange, prev []frame, before []Claim) (frame, bool) {
	if len(prev) == 0 || !x.goesOnWithToll(d, s) {
		return frame{}, false
	}
	var f frame
	found := false
	for k := len(prev) - 1; k >= 0; k-- {
		if !prev[k].embedded {
			f, found = prev[k], true
			break
		}
	}
	if !found || f.rule == "own_voice" || f.src.id == "" || f.src.id == "outlet" || f.src.id == x.ownVoice(d).id {
		return frame{}, false
	}
	gave := false
	for _, c := range before {
		if c.Source.ID == f.src.id && len(c.Figures) > 0 && c.Stance != StanceDenies {
			gave = true
		}
	}
	if !gave {
		return frame{}, false
	}
	return frame{anchor: s.first, contentStart: s.first, src: f.src, via: f.via, rule: "toll_goes_on"}, true
}

// goesOnWithToll reports whether the sentence opens with a rise of the
// toll ("وارتفعت الحصيلة إلى"), or counts "others" ("وأصيب خمسة آخرون")
// with a number among its first words.
func (x *Extractor) goesOnWithToll(d *doc, s tokRange) bool {
	k := s.first
	for k < s.last && (d.toks[k].Kind != arabic.TokWord || d.toks[k].Norm == "ثم" || d.toks[k].Norm == "وقد" || d.toks[k].Norm == "قد") {
		k++
	}
	if k >= s.last {
		return false
	}
	// A short time phrase may open it: "ومنذ الصباح ارتفعت الحصيلة".
	for j := k; j < s.last && j < k+4; j++ {
		if tollGoesOnWords[d.toks[j].Stem] && d.toks[j].Kind == arabic.TokWord {
			k = j
			break
		}
	}
	if tollGoesOnWords[strings.TrimPrefix(d.toks[k].Stem, "ل")] || tollGoesOnWords[d.toks[k].Stem] {
		// the toll itself, not another count, rises: its noun or a
		// number within a few words
		for j := k + 1; j < s.last && j <= k+4; j++ {
			switch d.toks[j].Stem {
			case "حصيله":
				return true
			case "عدد":
				// "عدد القتلى", "عدد الضحايا": a count of victims, not of
				// the displaced
				_, _, ok := x.outNouns.at(d.toks, j+1)
				return j+1 < s.last && ok
			}
		}
		return false
	}
	for j := k; j < s.last && j <= k+5; j++ {
		if othersWords[d.toks[j].Stem] && j > s.first && x.countBefore(d, j) {
			_, _, ok := x.outBefore.at(d.toks, k)
			_, _, ok2 := x.outAfter.at(d.toks, k)
			return ok || ok2 || pastCasualtyVerb(d.toks[k])
		}
	}
	return false
}

// countBefore reports whether a number or number word stands right before
// token j ("خمسة آخرون").
func (x *Extractor) countBefore(d *doc, j int) bool {
	p := d.toks[j-1]
	return p.Kind == arabic.TokNumber || x.isNumberWord(d, j-1)
}

// pastCasualtyVerb reports whether a token is a past verb of being killed
// or wounded, with or without و: "وأصيب"، "قتل"، "وجرح"، "استشهد".
func pastCasualtyVerb(t arabic.Token) bool {
	switch t.Stem {
	case "اصيب", "قتل", "جرح", "استشهد", "اصيبت", "قتلت", "استشهدت", "لقي", "قضي":
		return true
	}
	return false
}
