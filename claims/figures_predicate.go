package claims

import "github.com/riwaya/riwaya/claims/arabic"

// victimPredicates tell what befell a person just named, in the present
// of headlines ("طفل يفقد حياته بقصف ..."، "شاب يلقى حتفه برصاص ...") or
// as a predicate noun ("امرأة شهيدة وستة جرحى"). Passive or intransitive
// forms only: "رجل يقتل ..." may be the killer. The present of the
// wounded ("دون أن يُصاب أحد") and "مصابة" ("كانت مصابة", wounded before
// she died) are mostly said of others or of an earlier state, and are
// left out.
var victimPredicates = map[string]string{
	"يفقد حياته": OutcomeKilled, "تفقد حياتها": OutcomeKilled, "يفقدون حياتهم": OutcomeKilled, "يفقدان حياتهما": OutcomeKilled,
	"يلقى حتفه": OutcomeKilled, "تلقى حتفها": OutcomeKilled, "يلقون حتفهم": OutcomeKilled, "يلقيان حتفهما": OutcomeKilled,
	"يلقى مصرعه": OutcomeKilled, "تلقى مصرعها": OutcomeKilled, "يلقون مصرعهم": OutcomeKilled,
	"يستشهد": OutcomeKilled, "تستشهد": OutcomeKilled, "يستشهدون": OutcomeKilled, "يستشهدان": OutcomeKilled,
	"يفارق الحياة": OutcomeKilled, "تفارق الحياة": OutcomeKilled, "يفارقون الحياة": OutcomeKilled,
	// the feminine dual of the past: "امرأتين استشهدتا".
	"استشهدتا": OutcomeKilled, "قضتا": OutcomeKilled, "لقيتا حتفهما": OutcomeKilled, "لقيتا مصرعهما": OutcomeKilled,
	"فارقتا الحياة": OutcomeKilled,
	"شهيد":          OutcomeKilled, "شهيدة": OutcomeKilled, "قتيل": OutcomeKilled, "قتيلة": OutcomeKilled,
	"شهيدان": OutcomeKilled, "قتيلان": OutcomeKilled,
	"جريح": OutcomeWounded, "جريحة": OutcomeWounded, "جريحان": OutcomeWounded,
}

// killedAndWoundedVerbs join the verb of the dead to the verb of the
// wounded before one count: "قُتل وجُرح عشرات المقاتلين"، "استشهد وأصيب
// 12 مدنياً": one toll of the killed and the wounded together, as after
// "مقتل وإصابة". Matched exactly: the dual in "طفلين استشهدا وأصيب
// خمسة" closes a count of its own.
var killedAndWoundedVerbs = map[string]string{
	"قتل وجرح": OutcomeKilledOrWounded, "قتل وأصيب": OutcomeKilledOrWounded, "قتلت وأصيبت": OutcomeKilledOrWounded,
	"قتلوا وجرحوا": OutcomeKilledOrWounded, "قتلوا وأصيبوا": OutcomeKilledOrWounded,
	"استشهد وأصيب": OutcomeKilledOrWounded, "استشهد وجرح": OutcomeKilledOrWounded,
	"استشهدوا وأصيبوا": OutcomeKilledOrWounded, "استشهدوا وجرحوا": OutcomeKilledOrWounded,
	"سقط بين قتيل وجريح": OutcomeKilledOrWounded, "سقطوا بين قتيل وجريح": OutcomeKilledOrWounded,
	"قضى وأصيب": OutcomeKilledOrWounded,
}

// pairAfterSubject reports whether m is a pair of verbs of the dead and
// the wounded whose first verb has its own subject right before it:
// in "مدنياً قُتل وأصيب اثنان آخران" one was killed and two wounded. So
// too when the count after the pair are "others" ("... استشهد وأصيب
// ثلاثة آخرون"): others than the dead the first verb was said of.
func (x *Extractor) pairAfterSubject(d *doc, m arabic.Match, r region) bool {
	if m.First <= r.lo || m.Last-m.First < 2 {
		return false
	}
	if !pairStem(d, m) {
		return false
	}
	for k := m.Last; k < r.hi && k < m.Last+4 && d.toks[k].Kind != arabic.TokPunct; k++ {
		switch d.toks[k].Stem {
		case "اخرون", "اخرين", "اخران", "اخريين":
			return true
		}
	}
	j := m.First - 1
	_, _, _, person := x.personNoun(d, j)
	return person || d.counted[j]
}

// pairStem reports whether the two words of m are a verb of the dead and
// a verb of the wounded joined by و (folded stems).
func pairStem(d *doc, m arabic.Match) bool {
	a, b := d.toks[m.First], d.toks[m.First+1]
	return killedPairFirst[a.Stem] && hasClitic(b.Clitics, 'و') && woundedPairSecond[b.Stem]
}

// killedPairFirst and woundedPairSecond are the folded stems of the two
// verbs of killedAndWoundedVerbs.
var (
	killedPairFirst   = map[string]bool{"قتل": true, "قتلت": true, "قتلوا": true, "استشهد": true, "استشهدوا": true, "قضي": true}
	woundedPairSecond = map[string]bool{"جرح": true, "اصيب": true, "اصيبت": true, "جرحوا": true, "اصيبوا": true}
)

// othersAfterNoun reports whether "آخرون/آخرين" follows the counted noun
// at k ("ثلاثة عسكريين آخرون", "أربعة عناصر آخرين"): the people are more
// of those the toll before counted, and share their side.
func othersAfterNoun(d *doc, k int, r region) bool {
	if k+1 >= r.hi || d.toks[k].Kind != arabic.TokWord {
		return false
	}
	switch d.toks[k+1].Stem {
	case "اخرون", "اخرين", "اخران", "اخريين":
		return !d.toks[k+1].Article
	}
	return false
}
