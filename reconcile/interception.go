package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Hit against intercepted.
//
// An attack that one account says hit its targets ("أصابت أهدافها بدقة",
// "حققت إصابات مباشرة", "أصابتا مستودعاً") and another says was brought
// down or met before it arrived ("أسقطت معظم الصواريخ", "اعترضت
// المسيرتين", "قبل أن تبلغ هدفها") is disputed in its occurrence: did the
// attack land? It is an occurrence discrepancy of field "hit", with every
// account that takes either side.
//
// A claim takes the hit side when it says the attack hit and either says
// nothing of interception or contrasts the two ("حاولت الدفاعات التصدي لها،
// لكن أغلب الصواريخ أصابت أهدافها"); it takes the intercepted side when it
// says the attack was intercepted and nothing of a hit. An account with
// claims on both sides takes none (it tells of both), and accounts of one
// affiliation are not set against each other. Some side must also leave
// no room for the other: a hit of all or most of the attack ("أصابت
// أهدافها", "أصابتا") or an interception of all of it. "Most missiles were
// intercepted" and "a missile hit a depot" tell of one partial
// interception, not a dispute.

// hitWords are whole words (after normalizeWords, with و or ف before them
// allowed) that say that something hit: the active verb "أصاب", not the
// noun of injury ("إصابات"). They count only of a projectile (see
// projectileNear) or with the target as object ("أصابت أهدافها").
var hitWords = []string{"اصابت", "اصابتا", "اصاب", "اصابوا"}

// hitPhrases say that the attack hit, anywhere in the text.
var hitPhrases = []string{"اصابه مباشره", "اصابات مباشره", "اصابات دقيقه", "اصابه دقيقه", "اهدافها بدقه",
	"هدفها بدقه", "اهدافه بدقه"}

// interceptStems begin words that say something was met in the air:
// أسقط / إسقاط (brought down), اعترض / اعتراض (intercepted), تصدى (met).
// They count only of a projectile (see projectileNear).
var interceptStems = []string{"اسقط", "اسقاط", "اعترض", "اعتراض", "تصدت", "تصدي", "التصدي", "تتصدي", "يتصدي"}

// interceptPhrases say that the attack did not reach its target.
var interceptPhrases = []string{"قبل وصولها", "قبل وصوله", "قبل ان تصل", "قبل ان يصل", "دون ان تصل",
	"قبل ان تبلغ", "قبل ان يبلغ"}

// projectileStems begin the words for what is fired or flown at a target.
var projectileStems = []string{"طائر", "الطائر", "مسير", "المسير", "صاروخ", "الصاروخ", "صواريخ", "الصواريخ",
	"قذيف", "القذيف", "قذائف", "القذائف", "درون"}

// targetObjects are the words for a target right after a hit verb.
var targetObjects = []string{"اهدافها", "هدفها", "اهدافه", "هدفه", "اهدافهم"}

// contrastWords introduce what happened against the expectation.
var contrastWords = []string{"الا ان", "لكن", "غير ان", "بيد ان"}

// stripClitic drops one leading و or ف.
func stripClitic(w string) string {
	for _, p := range []string{"و", "ف"} {
		if r := strings.TrimPrefix(w, p); r != w && len(r) >= 8 {
			return r
		}
	}
	return w
}

// arabicWords splits normalised text into words, dropping punctuation.
func arabicWords(s string) []string {
	return strings.FieldsFunc(s, notArabic)
}

// notArabic: r separates the words of arabicWords (no Arabic letter).
func notArabic(r rune) bool { return !(r >= 0x0621 && r <= 0x064A) }

// projectileNear: a word for a projectile stands within four words of
// word i.
func projectileNear(ws []string, i int) bool {
	for j := max(0, i-4); j <= min(len(ws)-1, i+4); j++ {
		if j == i {
			continue
		}
		w := stripClitic(ws[j])
		if slices.ContainsFunc(projectileStems, func(p string) bool { return strings.HasPrefix(w, p) }) {
			return true
		}
	}
	return false
}

// saysHit: the text says the attack hit; bulk when it says that all or
// most of it did: the target as object ("أصابت أهدافها"), a dual verb
// ("أصابتا": both), a word of all or most near the verb, or a phrase of a
// direct or precise hit.
func saysHit(s string) (hit, bulk bool) {
	ws := arabicWords(s)
	for i, w := range ws {
		v := stripClitic(w)
		if !slices.Contains(hitWords, v) {
			continue
		}
		object := i+1 < len(ws) && slices.Contains(targetObjects, ws[i+1])
		if projectileNear(ws, i) || object {
			hit = true
			bulk = bulk || object || v == "اصابتا" || quantifierNear(ws, i, bulkWords)
		}
	}
	if slices.ContainsFunc(hitPhrases, func(p string) bool { return strings.Contains(s, p) }) {
		hit, bulk = true, true
	}
	return hit, bulk
}

// bulkWords say all or most of what was fired; partWords some of it.
var (
	bulkWords = []string{"معظم", "اغلب", "جميع", "كل", "كافه", "غالبيه"}
	partWords = []string{"معظم", "اغلب", "غالبيه", "عدد", "عددا", "بعض", "احدي", "احد", "احداها", "احدها", "جزء"}
)

// quantifierNear: one of the words stands within three words of word i.
func quantifierNear(ws []string, i int, qs []string) bool {
	for j := max(0, i-3); j <= min(len(ws)-1, i+3); j++ {
		if j != i && slices.Contains(qs, strings.TrimPrefix(ws[j], "ب")) {
			return true
		}
	}
	return false
}

// saysIntercepted: the text says the attack was met or brought down;
// partial when only some or most of it was ("أسقطت معظم الصواريخ",
// "اعترضت إحدى الطائرتين"), which leaves room for the rest to hit.
func saysIntercepted(s string) (icp, partial bool) {
	ws := arabicWords(s)
	for i, w := range ws {
		w = stripClitic(w)
		if slices.ContainsFunc(interceptStems, func(st string) bool { return strings.HasPrefix(w, st) }) &&
			projectileNear(ws, i) {
			icp = true
			partial = partial || quantifierNear(ws, i, partWords) || relativeBefore(ws, i)
		}
	}
	if !icp && slices.ContainsFunc(interceptPhrases, func(p string) bool { return strings.Contains(s, p) }) {
		icp = true
	}
	if icp && !partial {
		partial = partitiveIntercept(s)
	}
	return icp, partial
}

// relativeWords open a relative clause; "جرى"، "تم" are the auxiliaries of
// a verbal noun in one.
var relativeWords = []string{"التي", "الذي", "اللتين", "اللذين", "اللتان", "اللذان", "الذين", "اللواتي"}

// relativeBefore: the verb of interception at word i stands in a relative
// clause, a relative pronoun at most two words before it ("حطام القذائف
// التي تم إسقاطها"، "بقايا المسيرة التي أسقطتها الدفاعات"): the clause
// describes the projectiles that were met, and says nothing of the rest,
// as "some of them" does.
func relativeBefore(ws []string, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if slices.Contains(relativeWords, ws[j]) {
			return true
		}
	}
	return false
}

// countWords are the cardinals (normalised) that count what was met in a
// partitive ("أسقطت اثنتين من المسيرات"، "اعترضت ثلاثة من الصواريخ الخمسة").
var countWords = []string{"واحده", "واحدا", "اثنتين", "اثنين", "اثنتان", "اثنان", "ثلاث", "ثلاثه", "اربع", "اربعه",
	"خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره"}

// partitiveIntercept: a verb of interception counts what it met as a
// part of the projectiles, a number (in words or digits) then من within
// three words of it: "the coalition downed two of the drones" leaves the
// rest of the attack free to land, as "most of them" does.
func partitiveIntercept(s string) bool {
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 0x0621 && r <= 0x064A || r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669)
	})
	for i, w := range ws {
		w = stripClitic(w)
		if !slices.ContainsFunc(interceptStems, func(st string) bool { return strings.HasPrefix(w, st) }) {
			continue
		}
		for j := i + 1; j <= i+3 && j+1 < len(ws); j++ {
			n := ws[j]
			count := slices.Contains(countWords, n) || strings.IndexFunc(n, func(r rune) bool {
				return !(r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669)
			}) < 0
			if count && ws[j+1] == "من" {
				return true
			}
		}
	}
	return false
}

// interceptPronouns are the object pronouns a verb of interception
// carries when what it met was named before ("أطلقوا مسيرتين ...
// فاعترضتهما الدفاعات"، "أسقطتها"): dual or plural for all of it.
var interceptPronouns = []string{"هما", "ها", "هم", "ه"}

// interceptsByPronoun: a claim the claims layer reads as an interception
// says, with a verb of interception and an object pronoun, that what was
// fired was met ("زعمت واشنطن أنها اعترضتهما"): the pronoun stands for
// the projectiles that projectileNear looks for.
func interceptsByPronoun(c *claims.Claim, s string) bool {
	if c.EventType != claims.EventInterception {
		return false
	}
	for _, w := range arabicWords(s) {
		w = stripClitic(w)
		if !slices.ContainsFunc(interceptStems[:4], func(st string) bool { return strings.HasPrefix(w, st) }) {
			continue
		}
		for _, p := range interceptPronouns {
			if strings.HasSuffix(w, "ت"+p) || strings.HasSuffix(w, "وا"+p) || strings.HasSuffix(w, "نا"+p) {
				return true
			}
		}
	}
	return false
}

// hitSide is the side a claim takes: "hit", "intercepted" or "", and
// whether it is strong: a hit of all or most of the attack, or an
// interception of all of it. Two weak sides do not conflict: "most
// missiles were intercepted" and "a missile hit a depot" tell of one
// partial interception.
func hitSide(c *claims.Claim) (string, bool) {
	if !speaks(c) {
		return "", false
	}
	s := normalizeWords(c.Text)
	hit, bulk := saysHit(s)
	icp, partial := saysIntercepted(s)
	if !icp && interceptsByPronoun(c, s) {
		icp = true
	}
	switch {
	case hit && !icp:
		return "hit", bulk
	case icp && !hit:
		return "intercepted", !partial
	case hit && slices.ContainsFunc(contrastWords, func(w string) bool { return strings.Contains(s, w) }):
		return "hit", bulk
	}
	return "", false
}

// hitConflicts returns the hit-against-intercepted discrepancy of an
// event, if any.
func hitConflicts(accs []*account, k Knowledge) []Discrepancy {
	var ps []Position
	affs := map[string][]string{} // side → affiliations
	strong := false
	for _, a := range byFirstClaim(accs) {
		sides := map[string][]*claims.Claim{}
		st, partly := false, false
		for _, c := range a.claims {
			if s, sst := hitSide(c); s != "" {
				sides[s] = append(sides[s], c)
				st = st || sst
				partly = partly || s == "intercepted" && !sst
			}
		}
		if len(sides) != 1 {
			continue // nothing, or both
		}
		// A headline that says the missiles were met and a body that
		// says most of them were ("أسقطت معظم صواريخه") are one account
		// of a partial interception: the finer word qualifies the other.
		strong = strong || st && !partly
		for s, cs := range sides {
			v := "says the attack struck home"
			if s == "intercepted" {
				v = "says the attack was intercepted"
			}
			ps = append(ps, Position{Source: a.source, Value: v, Side: s, Claims: claimIDs(cs...)})
			affs[s] = append(affs[s], k.affiliation(a.source))
		}
	}
	if len(affs["hit"]) == 0 || len(affs["intercepted"]) == 0 || !strong ||
		oneAffiliation(affs["hit"], affs["intercepted"]) {
		return nil
	}
	vs := opposedValues(ps, "hit")
	names := accountNames(accs)
	summary := summarize(sidesOf(ps, names), func(v string) string { return v })
	return []Discrepancy{newDiscrepancy(KindOccurrence, "hit", "occurrence.hit_vs_intercepted", summary, ps, vs)}
}

// oneAffiliation: every account on both sides has the same known
// affiliation.
func oneAffiliation(a, b []string) bool {
	all := append(slices.Clone(a), b...)
	for _, x := range all {
		if x == "" || x == "unknown" || x != all[0] {
			return false
		}
	}
	return true
}
