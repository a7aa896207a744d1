package reconcile

import (
	"slices"
	"strings"
	"unicode"

	"github.com/riwaya/riwaya/claims"
)

// Two denials of the deed's harm or manner, disputed in occurrence.
//
// Civilian harm. The side accused of an attack that says its strikes hurt
// no civilian ("لم تصب الضربات أي مدني", "نفت الوزارة سقوط ضحايا
// مدنيين") against another side's count of civilians killed or wounded
// in that attack denies that the attack harmed civilians at all: the
// dispute is whether the harm occurred, not how large it was. Only the
// accused side's word is read so (a victim side's "no losses" is a toll),
// only a zero said of civilians (not of its own ranks, nor of anyone),
// only against a count of civilians of this attack (a toll of a
// campaign, "منذ مطلع الشهر", is not one), and only when the side
// rebuts what others report (see rebuts): a routine "no civilian
// injuries" in an operation's statement is a toll.
//
// Chemical use. An accused side may own the strike and deny its manner:
// "لم يستخدم الجيش أي مواد كيميائية", "مسرحية الكيميائي". Chemical words
// are no event words, so the claims that carry them are claims of the
// strike; a denial that names chemical or toxic agents, set against an
// account of another side that tells of them, disputes that a chemical
// attack occurred.

// civilianStems begin the normalised words for civilians or residents.
var civilianStems = []string{"مدني", "المدني", "مواطن", "المواطن"}

// civilDefenceWords are the organisation whose name holds "المدني".
var civilDefenceWords = []string{"الدفاع المدني", "دفاع مدني", "للدفاع المدني", "بالدفاع المدني"}

// harmOutcomes are the outcomes of harm to people.
var harmOutcomes = []string{claims.OutcomeKilled, claims.OutcomeWounded, claims.OutcomeKilledOrWounded}

// namesCivilians: the normalised text speaks of civilians or citizens
// ("أي مدني", "المدنيين", "المواطنين"), not of the civil defence.
func namesCivilians(c *claims.Claim) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	s := normalizeWords(c.Text)
	for _, w := range civilDefenceWords {
		s = strings.ReplaceAll(s, w, " ")
	}
	for _, w := range letterWords(s) {
		for _, x := range clitics(w, &cf) {
			if slices.ContainsFunc(civilianStems, func(p string) bool { return strings.HasPrefix(x, p) }) {
				return true
			}
		}
	}
	return false
}

// letterWords splits s into runs of letters.
func letterWords(s string) []string {
	return strings.FieldsFunc(s, notLetter)
}

// notLetter: r separates the words of letterWords.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// campaignWords mark a toll counted over a period, not of one attack:
// "منذ" (since), and "خلال" or "طوال" followed by a period noun.
var (
	campaignHeads   = []string{"خلال", "طوال", "طيله"}
	campaignPeriods = []string{"الاسبوع", "الاسابيع", "الشهر", "الاشهر", "الشهرين", "العام", "الاعوام", "السنه",
		"السنوات", "الايام", "اليومين", "الفتره"}
)

// cumulativeToll: the claim counts over a period ("منذ نيسان", "خلال
// الأسبوع الماضي") rather than the toll of one attack.
func cumulativeToll(c *claims.Claim) bool {
	ws := letterWords(normalizeWords(c.Text))
	for i, w := range ws {
		w = strings.TrimPrefix(w, "و")
		if w == "منذ" {
			return true
		}
		if slices.Contains(campaignHeads, w) && i+1 < len(ws) && slices.Contains(campaignPeriods, ws[i+1]) {
			return true
		}
	}
	return false
}

// civilianZeros returns the claims of account a that say no civilian was
// harmed: a zero count of civilians killed or wounded, or a denial of
// casualties that names civilians and gives no figure ("نفت إصابة أي
// مدنيين"). A denial of someone's part ("لا علاقة لنا") counts nobody.
func civilianZeros(a *account) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range a.claims {
		switch {
		case c.Stance == claims.StanceDenies:
			if len(c.Figures) == 0 && deniesToll(c) && !deniesInvolvement(c) && namesCivilians(c) &&
				!strings.Contains(normalizeWords(c.Text), "صفوف") {
				out = append(out, c)
			}
		case speaks(c):
			if slices.ContainsFunc(c.Figures, func(f claims.Figure) bool {
				return f.Group == "civilians" && !f.Earlier && f.Low == 0 && f.High != nil && *f.High == 0 &&
					slices.Contains(harmOutcomes, f.Outcome)
			}) {
				out = append(out, c)
			}
		}
	}
	return out
}

// rebuts: the account rebuts reports rather than tells its own toll: its
// zero is itself a denial ("نفت إصابة أي مدنيين"), or it also throws
// back what others report ("الصور المتداولة مفبركة", "مزاعم"). A plain
// line of an operation's statement ("no civilian was injured during the
// operation") is a toll, compared as casualties.
func rebuts(a *account, zs []*claims.Claim) bool {
	if slices.ContainsFunc(zs, func(c *claims.Claim) bool { return c.Stance == claims.StanceDenies }) {
		return true
	}
	return slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
		return c.Stance == claims.StanceDenies && !deniesInvolvement(c) && rejectsAccusation(c)
	})
}

// civilianToll returns account a's current counts of civilians killed or
// wounded in this attack (not campaign tolls).
func civilianToll(a *account, k Knowledge) []figRef {
	var out []figRef
	for _, o := range harmOutcomes {
		for _, r := range currentOf(a, o, k) {
			if r.f.Group == "civilians" && r.f.Low > 0 && !r.f.Earlier && speaks(r.c) && !cumulativeToll(r.c) {
				out = appendRef(out, r)
			}
		}
	}
	return out
}

// civilianHarmConflicts returns the occurrence discrepancy of field
// "civilian_harm": the accused side says no civilian was harmed, another
// side counts civilians killed or wounded.
func civilianHarmConflicts(accs []*account, k Knowledge) []Discrepancy {
	accused := accusedActors(accs, k)
	var deniers []Position
	denierAffs := map[string]bool{}
	for _, a := range byFirstClaim(accs) {
		aff := k.affiliation(a.source)
		own := affiliationActors[aff]
		if own == "" || !accused[ActorClass(own)] || len(civilianToll(a, k)) > 0 || countsCombatantDead(a) {
			continue
		}
		if zs := civilianZeros(a); len(zs) > 0 && rebuts(a, zs) {
			deniers = append(deniers, Position{Source: a.source, Value: "says no civilian was harmed", Side: "denies",
				Claims: claimIDs(zs...)})
			denierAffs[aff] = true
		}
	}
	if len(deniers) == 0 {
		return nil
	}
	var asserters []Position
	for _, a := range byFirstClaim(accs) {
		if denierAffs[k.affiliation(a.source)] || slices.ContainsFunc(deniers, func(p Position) bool { return p.Source == a.source }) {
			continue
		}
		refs := civilianToll(a, k)
		if len(refs) == 0 {
			continue
		}
		asserters = append(asserters, assertedToll(a, refs))
	}
	if len(asserters) == 0 {
		return nil
	}
	ps := append(asserters, deniers...)
	vs := opposedValues(ps, "civilian harm")
	summary := summarize(sidesOfValues(ps, accountNames(accs)), func(v string) string {
		if strings.HasPrefix(v, "says no civilian") {
			return v
		}
		return "says " + v
	})
	return []Discrepancy{newDiscrepancy(KindOccurrence, "civilian_harm", "occurrence.civilian_harm_denied", summary, ps, vs)}
}

// countsCombatantDead reports whether account a, in a claim that is not
// a denial, counts armed men or soldiers killed or wounded ("the three
// dead were gunmen of the cell") and rejects no one's story of the deed:
// the side says who the victims were, and its "no civilian was harmed"
// disputes their status and the toll (the casualties and the target), not
// that the deed took place. A side that also rejects what others spread
// ("نفى ما تروجه القنوات عن مجزرة") denies the massacre told, whatever
// armed men it counts.
func countsCombatantDead(a *account) bool {
	if slices.ContainsFunc(a.claims, rejectsAccusation) {
		return false
	}
	return slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
		return speaks(c) && slices.ContainsFunc(c.Figures, func(f claims.Figure) bool {
			return !f.Earlier && combatantGroups[f.Group] && f.Low > 0 && slices.Contains(harmOutcomes, f.Outcome)
		})
	})
}

// chemicalStems begin the normalised words for chemical or toxic agents:
// كيميائي / كيماوي (chemical), سام / سامة (toxic), غاز / غازات (gas),
// الكلور (chlorine), السارين (sarin), الخردل (mustard).
var chemicalStems = []string{"كيميائ", "كيماوي", "كيميا", "سامه", "السامه", "غاز", "الغاز", "كلور", "الكلور",
	"سارين", "السارين", "الخردل", "خردل", "اعصاب"}

// mentionsChemical: the text names chemical or toxic agents.
func mentionsChemical(c *claims.Claim) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	for _, w := range letterWords(normalizeWords(c.Text)) {
		for _, x := range clitics(w, &cf) {
			if slices.ContainsFunc(chemicalStems, func(p string) bool {
				return strings.HasPrefix(x, p) && !strings.HasPrefix(x, "غازي") // Gaziantep
			}) {
				return true
			}
		}
	}
	return false
}

// chemicalConflicts returns the occurrence discrepancy of field
// "chemical": an account denies the use of chemical or toxic agents,
// an account of another side tells of it. A denial the generic rule
// already reads as denying the event is left to it.
func chemicalConflicts(accs []*account, k Knowledge) []Discrepancy {
	accused := accusedActors(accs, k)
	var deniers, asserters []Position
	denierAffs := map[string]bool{}
	for _, a := range byFirstClaim(accs) {
		ev, _ := occurrenceDenials(a, k, accused)
		var cs []*claims.Claim
		for _, c := range a.claims {
			if c.Stance == claims.StanceDenies && mentionsChemical(c) && !slices.Contains(ev, c) && !deniesOwnShare(c) {
				cs = append(cs, c)
			}
		}
		if len(cs) > 0 {
			deniers = append(deniers, Position{Source: a.source, Value: "denies the use of toxic agents", Side: "denies",
				Claims: claimIDs(cs...)})
			if aff := k.affiliation(a.source); aff != "" && aff != "unknown" {
				denierAffs[aff] = true
			}
		}
	}
	if len(deniers) == 0 {
		return nil
	}
	for _, a := range byFirstClaim(accs) {
		if denierAffs[k.affiliation(a.source)] || slices.ContainsFunc(deniers, func(p Position) bool { return p.Source == a.source }) {
			continue
		}
		var cs []*claims.Claim
		for _, c := range a.claims {
			if speaks(c) && c.Stance != claims.StanceDenies && tellsOfToxicHarm(c) {
				cs = append(cs, c)
			}
		}
		if len(cs) > 0 {
			asserters = append(asserters, Position{Source: a.source, Value: "tells of toxic agents used", Side: "asserts",
				Claims: claimIDs(cs...)})
		}
	}
	if len(asserters) == 0 {
		return nil
	}
	ps := append(asserters, deniers...)
	vs := opposedValues(ps, "chemical")
	summary := summarize(sidesOf(ps, accountNames(accs)), func(v string) string { return v })
	return []Discrepancy{newDiscrepancy(KindOccurrence, "chemical", "occurrence.chemical_denied", summary, ps, vs)}
}
