package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/sources"
)

// actor finds who carried out the event according to the source:
//
//   - a statement that the perpetrator is not named ("لم تحدد ... الجهة") → unknown;
//   - an actor word right after an event word: an adjective ("غارات
//     إسرائيلية") or the agent of a verbal noun or subject of a verb
//     ("قصف التحالف", "قصفت القوات الأمريكية"), unless it carries ل
//     (the owner of the target: "مواقع للميليشيات");
//   - an actor word shortly before an event verb ("القوات الأمريكية سحبت");
//   - the object of an accusation ("اتهمت أنقرة قسد بتنفيذ ...");
//   - the speaker itself, when it speaks of "our forces", in the first
//     person, or through a self-referring complementizer ("أعلن التحالف
//     أنه بدأ ...").
func (x *Extractor) actor(d *doc, f frame, r region, in func(int) bool, eventType string) (string, string) {
	if f.accuse && !f.blameFirst {
		// "حمّل الجيش «مجموعات إرهابية» المسؤولية ولم يسمّ فصيلاً
		// بعينه": the accusation blames an unnamed party; saying that it
		// names none does not make the doer unknown to it.
		g := f
		g.blameFirst = true
		if a, rule := x.actor(d, g, r, in, eventType); rule == "unnamed_doer" {
			return a, rule
		}
	}
	if f.blameFirst {
		return x.namedOrVague(d, f, r, in, eventType)
	}
	if a, ok := x.blamedDespiteUnclaimed(d, r, in); ok {
		// "لم يتبنَّ أحد اغتيال المختار، غير أن الأهالي اتهموا ...": no
		// one claimed it, but the claim goes on to blame a named party;
		// the blame is its word on who did it.
		return a, "accused"
	}
	if a, ok := x.ascribedPassively(d, r, in); ok {
		// "قُتلوا في هجوم نُسب للتنظيم": the party the deed is
		// ascribed to, as a report (see passive_ascribed.go).
		return a, "ascribed_passive"
	}
	if f.rule == "omission" && x.unnamedAt(d, f.anchor) {
		// "ولم تحدد الوزارة من أطلق الصواريخ": the frame's own cue
		// leaves the doer unnamed; "دون أن يحدد من نفذه" says, as
		// the same cue elsewhere in a claim does, that who did it has not
		// been determined.
		if x.unnamedKindAt(d, f.anchor) == "undetermined" {
			return "unknown", "doer_not_known"
		}
		return "unknown", "unnamed"
	}
	unclaimed := false
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		switch x.unnamedKindAt(d, k) {
		case "unclaimed":
			// "لم تعلن جماعة مسؤوليتها": unnamed, unless the claim goes on
			// to say who did it is not known ("..، ولا تزال هوية المنفذين
			// مجهولة"), which says more.
			unclaimed = true
		case "unnamed":
			return "unknown", "unnamed"
		case "undetermined":
			// "لم تحدد الوزارة الجهة المنفذة": not determined, not known.
			return "unknown", "doer_not_known"
		}
	}
	for k := r.lo; k < r.hi; k++ {
		if in(k) && doerNotKnownAt(d, k) {
			return "unknown", "doer_not_known"
		}
	}
	if unclaimed {
		// The words of no claim ("لم تعلن أي جهة") would read, below, as
		// not knowing which party.
		return "unknown", "unnamed"
	}
	if x.doerUnknownIn(d, r, in) {
		return "unknown", "doer_not_known"
	}
	for k := r.lo; k < r.hi; k++ {
		if in(k) && x.identityUnclearAt(d, k) {
			return "unknown", "identity_unclear"
		}
	}
	if x.unknownBetween(d, r, in) || x.rivalGuesses(d, r, in) {
		return "unknown", "alternatives"
	}
	if a, ok := x.affiliationInQuestion(d, r, in); ok {
		// "ولم يتبين إن كان مرتبطاً بالتنظيم" (whether_unknown.go)
		return a, strings.TrimPrefix(RuleAffiliationUnknown, "actor:")
	}
	if x.whetherDoerUnknown(d, r, in) {
		// "ولم يُعرف إن كانت القذائف أُطلقت من مناطق سيطرة النظام"
		// (whether_unknown.go)
		return "unknown", "doer_not_known"
	}
	for k := r.lo; k < r.hi; k++ {
		if in(k) && x.noOneClaimedAt(d, k) {
			return "unknown", "unnamed"
		}
	}
	a, rule := x.namedOrVague(d, f, r, in, eventType)
	if a == "" && noClaimClauseIn(d, r, in) {
		// "ولم تنشر أية جماعة بياناً تتبنى به القصف": no one claimed it,
		// and the claim names no one (see unclaimed.go).
		return "unknown", "unnamed"
	}
	if a == "" && eventType != EventOther && eventType != "" && unknownPersonsIn(d, r, in) {
		// "سيارة مفخخة ركنها مجهولون"، "بإطلاق نار من قبل مجهولين": the
		// doer is people no one knows.
		return "unknown", "unknown_persons"
	}
	if a == "" && eventType != EventOther && eventType != "" && !r.other && x.doerInquiryIn(d, r, in) {
		// "تحقق الأجهزة في هوية منفذي التفجير": no one named, and who
		// did it is still sought.
		return "unknown", "doer_sought"
	}
	return a, rule
}

// namedOrVague is actor past the words that leave the doer unknown or
// unnamed: a party the claim names or blames, the speaker's own side, or
// an unnamed party blamed ("unnamed_doer").
func (x *Extractor) namedOrVague(d *doc, f frame, r region, in func(int) bool, eventType string) (string, string) {
	if own, ok := x.deniedDeedOnParty(d, f, r, in); ok {
		return own, "denied_own_act"
	}
	for k := r.lo; k < r.hi; k++ {
		if _, im, ok := x.involvement.at(d.toks, k); ok && (in(k) || deniedObject(f, r, k)) && (f.stance == StanceDenies || deniedBefore(d, im)) {
			if deedHeldLink(d, im.First) {
				// "الانفجار لا علاقة له بالغارة": two deeds apart.
				return "", ""
			}
			// "نفت الخارجية الإيرانية أي صلة ...": the speaker denies its
			// own side's part; no one else is named by that denial, unless
			// it names the party whose link it denies ("أي صلة لطهران").
			if a := x.linkedParty(d, im.Last); a != "" {
				return a, "denies_involvement"
			}
			if a, ok := x.linkSubject(d, r, in, im.First); ok {
				// "قال مسؤول إن إيران ليست طرفاً في الهجوم": the party
				// the clause denies a part to is its subject.
				return a, "denies_involvement"
			}
			if own := x.ownDeedActor(f.src.id); own != "" {
				return own, "denies_involvement"
			}
			return "", ""
		}
	}
	if a, ok := x.deniesChargeOnItself(d, f); ok {
		return a, "denies_involvement"
	}
	if a, ok := x.deniedChargeParty(d, f); ok {
		// "نفت موسكو الاتهامات الموجهة إلى طيرانها بقصف السوق"
		// (denied_charge.go)
		return a, "denied_charge"
	}
	if a, ok := x.claimedBySpeaker(d, f, r, eventType); ok {
		return a, "claims_responsibility"
	}
	if a, ok := x.standsBehind(d, r, in); ok {
		return a, "stands_behind"
	}
	if a, ok := x.launchedFrom(d, r, in); ok {
		return a, "launched_from"
	}
	if a, ok := x.originNamed(d, r, in); ok {
		// "مصدر القصف مرابض المدفعية التابعة للجيش" (origin_doer.go)
		return a, "launched_from"
	}
	if a, rule, ok := x.clashDoer(d, f, r, in); ok {
		// "بادر مسلحون بإطلاق النار"، "تصدت لهجوم شنته الفصائل"
		// (clash_initiator.go)
		return a, rule
	}
	vague := false // an unnamed doer was blamed (see unnamedDoerAt)
	for k := r.lo; k < r.hi; k++ {
		if _, bm, ok := x.blameCues.at(d.toks, k); ok && in(k) {
			if a, ok := x.blamedAfter(d, bm.Last, r.hi, in); ok {
				return a, "accused"
			}
		}
	}
	if f.accuse && !r.other && !exchangedCharge(d, f) {
		for k := accusedFrom(d, f, r); k < r.hi; k++ {
			if k < r.cs && d.srcCover[k] != 0 && d.srcCover[k] == f.src.mention {
				continue // the speaker's own name
			}
			if a, _, ok := x.actorAt(d, k); ok && a == vagueDoer {
				vague = true
			}
			if a, m, ok := x.actorAt(d, k); ok && namedActor(a) {
				if k < r.cs && sameParty(a, x.actorOfSource(f.src.id)) {
					// "حمّلت أنقرة ...": the speaker itself, before the
					// party it charges.
					k = m.Last - 1
					continue
				}
				if p := wordBefore(d, k, r.cs); p >= 0 && d.toks[p].Norm == "في" {
					// "اتهمت عشائر وقادة في الجيش الوطني الفصيل ...":
					// the party after "في" is the accusers' own.
					k = m.Last - 1
					continue
				}
				if abettorCharge(d, m.Last, r.hi) || anyDeedCharge(d, m.Last, r.hi) {
					// "متهماً أنقرة بغض الطرف عنهم": the party let the
					// attackers act; named, but as an abettor.
					return a, "abettor"
				}
				if partialShare(d, m.Last, r.hi) {
					// "محمّلاً واشنطن جانباً من المسؤولية": a share of
					// the blame, an abettor's, not the doer's.
					k = m.Last - 1
					continue
				}
				return a, "accused"
			}
		}
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if _, gm, ok := x.targets.at(d.toks, k); ok && gm.Last-gm.First > 1 {
			// "منظومات دفاع جوي تركية": an event word inside what was hit
			// (as the event type reads it)
			k = gm.Last - 1
			continue
		}
		t, tm, ok := x.deedAt(d, r, in, k)
		if !ok {
			// "إرهابيو الحزب استهدفوا": a plural verb names the party
			// before it, never one after it.
			// The bare "المسلحين" before it is the article's gunmen, no
			// unnamed doer blamed.
			if _, _, a, ok := x.pluralSubjectAt(d, k, r, in); ok && a != vagueDoer && !x.irrealisBefore(d, k, r) && !x.inTargetRelative(d, k, r) {
				return a, "plural_subject"
			}
			continue
		}
		if x.irrealisBefore(d, k, r) {
			continue
		}
		if x.heldByStore(d, tm.First) {
			// "منصات هاون للجيش"، "مخازن صواريخ لقوات النظام": the
			// weapon a store holds is part of what was hit; the party
			// after it owns the store and did nothing.
			k = tm.Last - 1
			continue
		}
		if t.typ == EventOther && !x.campaignDeedAt(d, r, in, tm.First) || d.toks[tm.First].Stem == "تبادل" || supportWord(d.toks[tm.First]) {
			// "وقف إطلاق النار": no event word; "تبادل إطلاق نار": an
			// exchange has two sides, none of them named by it; "بدعم
			// جوي روسي": the party after it supports, another acts
			k = tm.Last - 1
			if supportWord(d.toks[tm.First]) {
				if _, am, ok := x.actorAt(d, tm.Last); ok {
					k = am.Last - 1
				}
			}
			continue
		}
		if x.inTargetRelative(d, k, r) {
			// "القاعدة التي تستخدمها الطائرات لتنفيذ غاراتها": what the
			// target serves for, not the event of the claim.
			k = tm.Last - 1
			continue
		}
		if (t.priority >= 4 || movementType(t.typ)) && eventType != EventOther && eventType != "" && movementType(t.typ) != movementType(eventType) {
			// "انسحبت القوات ... مع توغل القوات التركية": an attack word
			// in a claim about a movement (or the reverse) names a second
			// event, and its actor is not the claim's.
			k = tm.Last - 1
			continue
		}
		if t.typ == EventGroundAttack && tm.Last < r.hi && capitalCities[d.toks[tm.Last].Stem] {
			// "هجوم أنقرة", "تفجير دمشق": a bombing or an assault is
			// named by the city it struck, not by the state it stands for
			// ("غارات موسكو" are Moscow's).
			k = tm.Last
			continue
		}
		// "X تصدت للهجوم": the party before the verb of repelling, or
		// before the deed it repelled, is the side that repelled it.
		repelled := repelAt(d, tm.First) || tm.First > r.lo && repelAt(d, tm.First-1)
		if a, ok := x.subjectBeforeVerb(d, tm.First, r, in); ok && !repelled {
			// "ذكر أن داعش ضرب القاعدة ليلاً": the subject before the verb
			return a, "subject_before_verb"
		}
		if a, ok := x.unnamedSubjectBefore(d, tm.First, r, in); ok && (a != vagueDoer || f.stance != StanceDenies) {
			// "المجموعات الإرهابية المنتشرة في الحي استهدفت": the subject
			// of the verb, whatever party the clause names after it
			// (unnamed_subject.go)
			if a == vagueDoer {
				a = "unknown"
			}
			return a, "unnamed_subject"
		}
		if !repelled && x.actorOfSource(f.src.id) != "" && x.ownForcesSubject(d, r, in, tm.First) {
			// "إن قواتها ضربت مسلحين من ي ب ك": the speaker's own
			// forces are the verb's subject; the party after the verb is
			// what they hit (the speaker's own forces are read below).
			k = tm.Last - 1
			continue
		}
		if a, ok := x.shotByAfter(d, tm, r.hi, in); ok && a != vagueDoer {
			// "برصاص جنود أمريكيين"، "بنيران حرس الحدود التركي"
			return a, "shot_by"
		}
		// "غارة استهدفت القوات الأمريكية": the party after the verb was
		// struck (deed_subject.go); the one before it may still own the
		// deed ("الطيران الروسي قد استهدف")
		if !x.deedIsSubject(d, r, in, tm.First) {
			if a, ok := x.actorAfter(d, tm.Last, r.hi, in); ok && a != vagueDoer {
				return a, "after_event_word"
			} else if ok {
				vague = true
			}
		}
		if a, ok := x.actorBefore(d, k, r, in, f.stance == StanceDenies); ok && a != vagueDoer && !repelled {
			return a, "before_event_word"
		} else if ok {
			vague = true
		}
		k = tm.Last - 1
	}
	if a, ok := x.crimeOf(d, r, in); ok {
		// "وصف القصف بأنه جريمة حرب روسية"، "جريمة جديدة للنظام"
		return a, "crime_of"
	}
	// "يرجح أنها إسرائيلية", "أن تكون طائرات التحالف قد نفذت".
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if _, pm, ok := x.predicates.at(d.toks, k); ok {
			if x.accuserAdjective(d, k, pm.Last, r.hi) {
				// "نرفض الاتهامات التركية": the adjective of the
				// definite accusation names who accuses, not the doer.
				continue
			}
			if x.thirdPartyCharge(d, f, k, r) {
				// "في قصف حمّل معارضون مسؤوليته للقوات": another
				// speaker's charge, told in passing.
				continue
			}
			if a, ok := x.actorAfter(d, pm.Last, r.hi, in); ok && namedActor(a) {
				if chargeNoun(d.toks[k]) && sameParty(a, x.actorOfSource(f.src.id)) {
					// "وسارع إعلام الحزب بعدها إلى تحميل أنقرة المسؤولية"
					// in the words of Turkish sources: a charge others lay
					// on the speaker's own side, told to be rejected.
					continue
				}
				return a, "predicate"
			} else if a, ok := x.agentHandsAfter(d, k, pm, r.hi, in); ok {
				// "من قبل حرس الحدود التركي"، "على أيدي جنود روس"،
				// "على يد مسلحين موالين لإيران"
				return a, "predicate"
			} else if a, ok := x.hedgedAircraftOwner(d, pm, r.hi, in); ok {
				// "مسيّرة يُعتقد أنها تعود لتركيا" (hedged_owner.go)
				return a, "predicate"
			} else if b, ok := x.actorAfter(d, pm.Last, r.hi, in); ok && b == vagueDoer {
				vague = true
			}
		}
	}
	if a, ok := x.hedgedParty(d, r, in); ok {
		return a, "predicate"
	}
	if a, ok := x.hedgedAffiliation(d, r, in); ok {
		// "مسلحون يُعتقد أنهم من خلايا التنظيم هاجموا" (hedged_doer.go)
		return a, "hedged_affiliation"
	}
	if a, ok := x.belongingDoer(d, r, in); ok {
		// "المنفذون ينتمون إلى ..." (belonging_doer.go)
		return a, "belonging_doer"
	}
	if eventType != EventOther && eventType != "" {
		if a, ok := x.ownedPredicate(d, r, in); ok {
			// "المقاتلات تابعة للقوات الحكومية"
			return a, "owned_predicate"
		}
	}
	if a, ok := x.aircraftOwnedPredicate(d, r, in); ok {
		// "أن تكون الطائرات تابعة لروسيا" (hedged_owner.go)
		return a, "owned_predicate"
	}
	// "أن قوات النظام قتلت خمسة مدنيين": the party that killed them.
	if a, ok := x.killerSubject(d, r, in); ok && a != vagueDoer {
		return a, "killer_subject"
	} else if ok && f.stance != StanceDenies {
		// "أن عصابات قتلت ستة رعاة": blamed, not named.
		return "unknown", "unnamed_doer"
	}
	if own := x.ownDeedActor(f.src.id); own != "" {
		// "قال التنظيم إن مقاتليه قتلوا تسعة جنود": the speaker's own
		// men kill counted people, with or without a word for the attack
		// (own_member.go).
		for k := r.lo; k < r.hi; k++ {
			if in(k) && x.ownMemberKills(d, r, in, k) && !x.inTargetRelative(d, k, r) {
				if a, ok := x.antecedent(d, r, in, k); ok {
					return a, "possessive_antecedent"
				}
				return own, "own_member"
			}
		}
	}
	// "أن مجموعة إرهابية اقتحمت القرية": the doer is blamed but not
	// named; the last resort, after any party the claim names and the
	// speaker's own forces. A denial's unnamed party is more often the
	// accuser ("ما تروجه المجموعات الإرهابية") than the doer it denies.
	// Only of an attack: who moved, or who intercepted, is no doer of a
	// strike.
	vague = vague && f.stance != StanceDenies && !movementType(eventType) && eventType != EventInterception
	if eventType == EventOther || r.other {
		if vague {
			return "unknown", "unnamed_doer"
		}
		return "", ""
	}
	if own := x.ownDeedActor(f.src.id); own != "" {
		for k := r.lo; k < r.hi; k++ {
			if !in(k) {
				continue
			}
			if _, rm, ok := x.responsibility.at(d.toks, k); ok {
				if f.stance != StanceDenies && negatedBefore(d, rm.First, 0) {
					// "ولم يعلن الجيش رسمياً مسؤوليته": no claim made.
					k = rm.Last - 1
					continue
				}
				if strings.HasPrefix(d.toks[rm.First].Stem, "تبن") && x.claimantNamed(d, rm.Last, r.hi) {
					// "بينما تبنت جماعة صغيرة الاعتداء": another
					// party claims it, not the speaker.
					k = rm.Last - 1
					continue
				}
				return own, "claims_responsibility"
			}
			if x.inTargetRelative(d, k, r) {
				continue
			}
			// "استهداف طائراته", "قواتها": the speaker's own forces, unless
			// a party named before in the content is what the pronoun
			// stands for ("مزاعم واشنطن أن طائراتها قصفت").
			if _, fm, ok := x.forces.at(d.toks, k); ok && ownSuffix(d.toks[fm.Last-1]) && !(k > r.lo && exposedTo(d.toks[k-1])) && !attackedOwn(d, k) && !x.countedOf(d, r, k) &&
				!x.partOfTarget(d, r, k) && !repelledBy(d, r, k, fm.Last) && !forcesWith(d, r, fm.Last) {
				if a, ok := x.antecedent(d, r, in, k); ok {
					return a, "possessive_antecedent"
				}
				return own, "own_forces"
			}
			// "أن أحد عناصره فجّر عبوة": the speaker's own fighter
			// carried it out.
			if ownMemberActs(d, r, in, k) && !x.inTargetRelative(d, k, r) {
				if a, ok := x.antecedent(d, r, in, k); ok {
					return a, "possessive_antecedent"
				}
				return own, "own_member"
			}
			// "وحدات الجيش استهدفت": the bare army of a government's
			// source is its own.
			if x.bareArmyActs(d, r, in, k) {
				return own, "own_army"
			}
			// "سلاح الجو استهدف": a state's bare service is its own.
			if x.bareServiceActs(d, r, in, k, own) {
				return own, "own_service"
			}
			// "غاراتها", "قصفنا": the speaker's own strikes.
			if _, tm, ok := x.triggers.at(d.toks, k); ok && ownSuffix(d.toks[tm.Last-1]) && !verbObject(d.toks[tm.Last-1]) &&
				!unknownSubjectAfter(d, tm.Last) && !x.subjectAfterVerb(d, tm.Last, r.hi) {
				if a, ok := x.antecedent(d, r, in, k); ok {
					return a, "possessive_antecedent"
				}
				return own, "possessive"
			}
		}
		if f.self && !x.eventPronoun(d, r) && !x.answersFirstDeed(d, r, in) && !suffersLoss(d, r, in) && !happeningDenied(d, r, in) && !x.selfNotKnowing(d, r, in) {
			return own, "self_reference"
		}
		if f.stance != StanceDenies && x.admitsDeed(d, f, r, in) {
			return own, "admission"
		}
		if f.stance != StanceDenies && x.announcesOwnDeed(d, f, r, in) {
			return own, "announced_deed"
		}
		// "نفت قسد استهداف المدنيين": a denial whose content opens with the
		// act itself, naming no one, denies the speaker's own act.
		if c := disowned(d, r); f.stance == StanceDenies && c < r.hi && in(c) {
			if _, tm, ok := x.triggers.at(d.toks, c); ok && !ownSuffix(d.toks[tm.Last-1]) {
				return own, "denied_own_act"
			}
			// "نفت الوزارة مزاعم قصف القرية", "نفى التحالف اتهامات دمشق
			// له بقصف موقع": the act the allegation tells, naming no other
			// doer, is the speaker's own.
			if k, ok := x.allegedAct(d, r, in, c); ok && f.src.id != "" {
				if _, named := x.actorAfter(d, k, r.hi, in); !named {
					return own, "denied_alleged_act"
				}
			}
		}
		for k := r.cs; k < r.hi; k++ {
			// A place whose name ends like "our" ("جرمانا") is no pronoun.
			if in(k) && firstPerson(d.toks[k]) && !ownPeople(d.toks[k]) && !attackedOwn(d, k) && !x.placeAt(d, k) &&
				!x.partOfTarget(d, r, k) {
				return own, "first_person"
			}
		}
		if x.ownBodyActs(d, f, r, in) {
			return own, "own_body"
		}
	}
	if side := x.stateMediaSide(f.src.id); side != "" {
		if x.stateArmyActs(d, r, in) {
			return side, "state_media_army"
		}
		for k := r.lo; k < r.hi; k++ {
			if in(k) && !x.inTargetRelative(d, k, r) && x.bareServiceActs(d, r, in, k, side) {
				return side, "state_media_service"
			}
		}
	}
	if vague {
		return "unknown", "unnamed_doer"
	}
	return "", ""
}

// ownBodyActs reports whether the content names the fighters of the body
// the speaker was introduced as part of: "مصدر في الحملة" speaking of
// "مقاتلي الحملة", "قيادي في اللواء" of "عناصر اللواء". The body word need
// not be a party's name; repeating it points back to the speaker's side.
func (x *Extractor) ownBodyActs(d *doc, f frame, r region, in func(int) bool) bool {
	if f.src.mention <= 0 || f.src.mention > len(d.mentions) {
		return false
	}
	j := d.mentions[f.src.mention-1].Last
	if j+1 >= len(d.toks) || d.toks[j].Norm != "في" || !d.toks[j+1].Article {
		return false
	}
	body := d.toks[j+1].Stem
	for k := r.cs; k+1 < r.hi; k++ {
		if in(k) && in(k+1) && bodyMembers[d.toks[k].Stem] && d.toks[k+1].Article && d.toks[k+1].Stem == body {
			return true
		}
	}
	return false
}

// bodyMembers are words for the fighters or units of a body, in the
// construct state before the body's name: "مقاتلي", "عناصر", "وحدات".
var bodyMembers = map[string]bool{
	"مقاتلي": true, "مقاتلو": true, "عناصر": true, "جنود": true, "افراد": true, "وحدات": true, "قوات": true, "مسلحي": true, "مسلحو": true,
}

// deniedObject reports whether token k lies between a denial verb and the
// content its frame runs on to: "تنفي الحكومة أي صلة، وتقول إن ..." keeps
// the denied link before the second verb's "إن", and it is still what the
// denial denies.
func deniedObject(f frame, r region, k int) bool {
	return f.stance == StanceDenies && r.lo <= r.anchor && r.anchor < k && k < r.cs
}

// stateMediaSide is the side a state medium speaks for, when that side is
// an actor: SANA's "الجيش" and "جيشنا" are the Syrian army's.
func (x *Extractor) stateMediaSide(id string) string {
	src, ok := x.reg.Source(id)
	if !ok || src.Kind != sources.KindStateMedia {
		return ""
	}
	for _, a := range sources.Actors() {
		if a == src.Affiliation && a != "unknown" {
			return a
		}
	}
	return ""
}

// stateArmyActs reports whether the army a state medium calls its own
// acts in the claim: the bare army as the subject of an event verb
// ("أن الجيش استهدف"), or "our army", "our forces" not right after an
// event word that would make them its object ("وحدات من جيشنا نفذت").
func (x *Extractor) stateArmyActs(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || x.inTargetRelative(d, k, r) {
			continue
		}
		if x.bareArmyActs(d, r, in, k) {
			return true
		}
		last := k
		if _, fm, ok := x.forces.at(d.toks, k); ok {
			last = fm.Last - 1
		} else if d.toks[k].Stem != "جيشنا" {
			continue
		}
		if !strings.HasSuffix(d.toks[last].Stem, "نا") || ownPeople(d.toks[last]) {
			continue
		}
		if p := wordBefore(d, k, r.lo); p >= 0 {
			if _, _, ok := x.triggers.at(d.toks, p); ok {
				continue // "استهدف الإرهابيون ... جيشنا": the target
			}
			if _, _, ok := x.targetHeads.at(d.toks, p); ok {
				continue
			}
		}
		return true
	}
	return false
}

// actorAfter looks at the word after an event word, skipping adjectives
// such as "جوية" and quote marks: "غارات جوية إسرائيلية", "قصف التحالف",
// "قصفت القوات الأمريكية".
func (x *Extractor) actorAfter(d *doc, j, end int, in func(int) bool) (string, bool) {
	for k := j; k < end && k < j+6; k++ {
		t := d.toks[k]
		if t.IsQuote() {
			continue
		}
		if t.Kind == arabic.TokWord && in(k) && ownership(t) && k == j && j > 0 && aircraftWord(d.toks[j-1]) && k+1 < end && in(k+1) {
			// "طائرة حربية تابعة للنظام": the owner of the aircraft
			// named as the event word struck.
			if a, m, ok := x.actorAt(d, k+1); ok && hasClitic(m.Clitics, 'ل') {
				return a, true
			}
		}
		if t.Kind == arabic.TokWord && in(k) && ownership(t) && k > j && k+1 < end && in(k+1) && x.forceEndsAt(d, j, k) {
			// "من تنفيذ خلايا تابعة للتنظيم": the owner of the force
			// named after the cue.
			if a, m, ok := x.actorAt(d, k+1); ok && hasClitic(m.Clitics, 'ل') {
				return a, true
			}
			// "فصائل مسلحة تابعة لوزارة الدفاع": an owner whose name
			// takes the word of belonging in.
			if a, m, ok := x.actorAt(d, k); ok && m.Last > k+1 {
				return a, true
			}
		}
		if t.Kind == arabic.TokWord && in(k) && !ownership(t) && k > j && doerNamedFrom(d, j, k) && x.forceEndsAt(d, j, k) {
			// "هجوم نفذته خلايا مرتبطة بالتنظيم"، "مجموعات محسوبة على
			// النظام": the patron of the force named after the cue.
			if a, ok := x.patronAfterLink(d, k, end, in); ok {
				return a, true
			}
		}
		if t.Kind != arabic.TokWord || !in(k) || ownership(t) {
			return "", false
		}
		if e, ok := instrumentAfterDeed(d, k, end, in); ok {
			k = e - 1 // "لقصف بالهاون من قوات النظام": past the weapon
			continue
		}
		switch t.Stem {
		case "عليها", "عليه", "عليهم", "فيها", "بها", "به":
			continue // "حلّقت فوقها مقاتلات العدو"
		case "اطلقها", "اطلقتها", "اطلقه", "اطلقته", "اطلقوها", "اطلقتهما", "اطلقهما", "يطلقها", "تطلقها":
			if k == j {
				continue // "قذائف أطلقها مسلحو ...": the relative clause names who fired
			}
		}
		if k == j && placedItVerbs[t.Stem] {
			continue // "كمين نصبه التنظيم"، "عبوة زرعها مسلحو ...": who laid it follows
		}
		if k+1 < end && in(k+1) && nominativeMembers[t.Stem] && d.toks[k+1].Norm == "من" {
			// "هجوم شنه مقاتلون من التنظيم": the party after "من"; a
			// place after it ("إرهابيون من دوما") says whence they came.
			if a, ok := x.agentAfterMin(d, k+1, end, in); ok {
				return a, true
			}
		}
		switch t.Stem {
		case "صفوف":
			return "", false // "سقوط قتلى في صفوف الأميركيين": the victims' side
		case "من":
			if k+1 < end && d.toks[k+1].Stem == "اصل" {
				k++ // "المسيرة التي ضربت ... من أصل إيراني": its origin
				continue
			}
			if a, ok := x.agentAfterMin(d, k, end, in); ok {
				return a, true
			}
			if k+1 < end && in(k+1) && d.toks[k+1].Norm == "جانب" {
				// "إطلاق نار من جانب حرس الحدود التركي": the side that
				// fired.
				if a, ok := x.shooterAfter(d, k+2, end, in); ok && namedActor(a) && d.toks[k+2].Clitics == "" {
					return a, true
				}
			}
		}
		if a, m, ok := x.actorAt(d, k); ok {
			// "قصف مدفعي لقوات النظام": ل right after the event word
			// marks the agent; "ب" marks an instrument or a place.
			if hasClitic(m.Clitics, 'ب') {
				return "", false
			}
			return a, true
		}
		if _, m, ok := x.adjectives.at(d.toks, k); ok {
			k = m.Last - 1
			continue
		}
		if _, m, ok := x.forces.at(d.toks, k); ok {
			if x.ownedForceAt(d, m.Last, end, j, in) {
				return "", false // "استهدفت دورية للأمن العام": the object's owner
			}
			k = m.Last - 1
			if m.Last < end && in(m.Last) && x.adjectivesBetween(d, m.Last, m.Last+1) {
				k++ // "فصائل مسلحة تابعة للسلطات"
			}
			continue
		}
		if _, _, ok := x.targets.at(d.toks, k); ok {
			return "", false // "قاعدة الجيش الأميركي": the owner of the target
		}
		if _, m, ok := x.fillers.at(d.toks, k); ok {
			k = m.Last - 1
			continue
		}
		return "", false
	}
	return "", false
}

// agentAfterMin reads the agent that "من" at k introduces right after an
// event word: "قصف كثيف من قوات النظام", "هجوم من التنظيم". The party
// must stand bare after it, with no clitic and no place reading: "من
// الأجواء اللبنانية" and "من مناطق سيطرة قسد" name where the fire came
// from, and a country alone ("من إيران") is an origin too.
func (x *Extractor) agentAfterMin(d *doc, k, end int, in func(int) bool) (string, bool) {
	if d.toks[k].Clitics != "" || k+1 >= end || !in(k+1) {
		return "", false
	}
	i, member := k+1, false
	if _, fm, ok := x.forces.at(d.toks, i); ok && fm.Last < end && in(fm.Last) && fm.Last-fm.First == 1 && d.toks[i].Clitics == "" && !d.toks[i].Article {
		// "انتحاري من إرهابيي النصرة"، "من عناصر التنظيم": one of the
		// party's men; the party named after them.
		i, member = fm.Last, true
	}
	a, m, ok := x.actorAt(d, i)
	if !ok || !namedActor(a) && !(member && a == vagueDoer) || m.Clitics != "" || x.placeAt(d, i) {
		return "", false
	}
	return a, true
}

// forceEndsAt reports whether a force noun that starts at or after j ends
// right before k: "خلايا" in "خلايا تابعة لـ".
func (x *Extractor) forceEndsAt(d *doc, j, k int) bool {
	for i := j; i < k; i++ {
		if _, m, ok := x.forces.at(d.toks, i); ok && (m.Last == k || x.adjectivesBetween(d, m.Last, k)) {
			return true
		}
	}
	return false
}

// adjectivesBetween reports whether the one or two words from i to k
// qualify a force before them: "فصائل مسلحة تابعة لـ"، "قوات خاصة
// تابعة لـ".
func (x *Extractor) adjectivesBetween(d *doc, i, k int) bool {
	if k <= i || k-i > 2 {
		return false
	}
	for ; i < k; i++ {
		if _, _, ok := x.adjectives.at(d.toks, i); !ok && !forceAdjectives[d.toks[i].Stem] {
			return false
		}
	}
	return true
}

// forceAdjectives (stems) qualify a force by its arms or its role:
// "فصائل مسلحة"، "قوات خاصة"، "وحدات أمنية".
var forceAdjectives = map[string]bool{
	"مسلحه": true, "مسلحين": true, "مسلحون": true, "خاصه": true, "امنيه": true, "عسكريه": true,
	"مسلحتان": true, "مسلحتين": true,
	// sleeper cells, the usual words for a hidden band: "خلايا نائمة لـ"
	"نائمه": true, "نايمه": true,
}

// actorBefore looks for an actor subject at most four words before an
// event verb, with no punctuation in between; in a denial (denial true) a
// party that owns the report denied is no subject.
func (x *Extractor) actorBefore(d *doc, k int, r region, in func(int) bool, denial bool) (string, bool) {
	reach := k - 7
	for j := k - 1; j >= r.lo && j >= reach; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			if o, ok := timeAsideOpen(d, r, in, j); ok && j+1 == k && d.toks[k].Clitics == "" {
				// "إن القوات الروسية وجهت، السبت، ضربات": the day set
				// between commas right before the deed word, its object,
				// stands aside from the clause ("قُتل عناصر من ...، ليل
				// الأربعاء، جراء غارات" keeps the victims apart).
				reach -= j - o + 1
				j = o
				continue
			}
			return "", false
		}
		if !in(j) {
			return "", false
		}
		if a, m, ok := x.actorAt(d, j); ok && m.Last <= k {
			// "للاحتلال الأمريكي", "ميليشيات موالية لإيران": the word
			// ends a longer name that starts before it; judge that one.
			j, a, m = x.longerActorBefore(d, j, a, m, r, in)
			if topicBetween(d, m.Last, k) || appealBetween(d, m.Last, k) || condemnationBetween(d, max(r.lo, j-6), k) || reportedClauseBetween(d, j, m.Last, k) || downedBetween(d, m.Last, k) {
				// "لم يصدر تعليق من التحالف بشأن الهجوم": the party
				// speaks about the attack; it is not said to have made it.
				return "", false
			}
			if x.patronOfForce(d, j, k, m, r) {
				// "مسلحون موالون لإيران هاجموا"، "عناصر محسوبة على
				// النظام فجّروا": the patron of the fighters who acted.
				return a, true
			}
			if disguisedAs(d, j, r.lo) {
				// "مسلحون يرتدون زي الجيش الحر هاجموا": the party whose
				// uniform the attackers wore, not who they were.
				continue
			}
			if j-2 >= r.lo && companionHead(d.toks[j-1]) && notAgentBefore(d.toks[j-2]) {
				// "خبراء يقيمون مع مقاتلي قسد منذ الهجوم"، "ضد عناصر
				// النظام": the party's men after a preposition are who
				// someone was with or acted against, not who struck.
				continue
			}
			if j-1 >= r.lo && notAgentBefore(d.toks[j-1]) {
				// "في صفوف قوات النظام" (the victims), "وسائل إعلام
				// النظام" (a source's side), "رسالة إلى أنقرة", "بين
				// دمشق وتركيا": not who struck.
				continue
			}
			if denial && j-1 >= r.lo && x.accountNounAt(d, j-1) {
				// "رفضت الوزارة الاتهامات الروسية"، "نفى رواية دمشق": the
				// party denied against owns the account, it is not the
				// doer the denial speaks of. (Outside a denial, "الاتهامات
				// التركية محاولة لتبرير الاعتداءات" still reads the party.)
				continue
			}
			if j-1 >= r.lo && supportWord(d.toks[j-1]) || j-2 >= r.lo && supportWord(d.toks[j-2]) {
				continue // "بدعم جوي روسي": the supporter, not the subject
			}
			if j-1 >= r.lo && capitalCities[d.toks[j].Stem] {
				if tr, _, ok := x.triggers.at(d.toks, j-1); ok && tr.typ == EventGroundAttack {
					continue // "منفذو هجوم أنقرة تسللوا": the city struck
				}
			}
			if x.nonStrikingBefore(d, j, r) {
				// "طائرات شحن إيرانية": whose cargo planes they were, not
				// who struck.
				continue
			}
			if j-1 >= r.lo && in(j-1) && siteOwnerHead(d.toks[j-1]) {
				// "تتعرض القواعد الأمريكية لهجمات", "مقرات قسد": whose
				// sites were hit; a site does not strike.
				continue
			}
			if j-1 >= r.lo && x.victimBefore(d, j, k, r) {
				// "مقتل متعاقد أمريكي بهجوم": the nationality of the
				// people counted among the victims.
				continue
			}
			if i, ok := x.partitiveConjunct(d, j, r); ok && !x.membersAsSubject(d, i, k, r) {
				// "قتل ستة من عناصر الدفاع والأمن العام": the second
				// of two bodies whose members were counted.
				return "", false
			}
			if x.partitiveBefore(d, j, r) && !x.membersAsSubject(d, j, k, r) {
				// "مقتل ثلاثة إرهابيين من عصابات داعش": members of a party
				// counted among the victims, not the subject of the verb.
				return "", false
			}
			if m.Last < k && x.placeAt(d, j) && j > r.lo && d.toks[j-1].Kind == arabic.TokWord && !x.isComplementizer(d, j-1) {
				// "أحياء دمشق ... انفجارات": a place after a noun or a
				// preposition is where it happened; a country is the
				// actor as a subject ("إن إيران دعمت الهجوم").
				continue
			}
			if j > 0 && leaderWord(d.toks[j-1]) {
				// "التحالف بقيادة واشنطن": the leader is not the actor.
				continue
			}
			if hasClitic(m.Clitics, 'ل') && (x.ownedForce(d, j, r) || epithetBetween(d, m.Last, k) && x.forceOwnerBefore(d, j, r)) {
				// "طائرة حربية تابعة للنظام ... في قصف": the owner of the
				// aircraft or the forces is who struck.
				return a, true
			}
			if hasClitic(m.Clitics, 'ب') && calledBy(d, j) {
				// "ما يسمى بالجيش الوطني قصف": the name the party
				// goes by, with ب, is the subject.
				return a, true
			}
			if hasClitic(m.Clitics, 'ل') || hasClitic(m.Clitics, 'ب') || !namedActor(a) && m.Last < k-1 {
				return "", false
			}
			return a, true
		}
	}
	return "", false
}

// timeAsideOpen reports whether the comma at j closes a time set between
// commas ("، السبت،"، "، مساء الخميس،"): it returns the opening comma.
func timeAsideOpen(d *doc, r region, in func(int) bool, j int) (int, bool) {
	if !isComma(d.toks[j]) {
		return 0, false
	}
	for o := j - 1; o >= r.lo && o >= j-4 && in(o); o-- {
		t := d.toks[o]
		if t.Kind == arabic.TokPunct {
			return o, o < j-1 && isComma(t)
		}
		if !deedTimeWords[t.Stem] && !deedTimeWords[t.Norm] {
			return 0, false
		}
	}
	return 0, false
}

// epithetBetween reports whether nothing but a closing quote mark and the
// one-word label an outlet gives the party ("داعش الإرهابي"، "التنظيم
// الإرهابي") stands from i to k, so the party's name still ends the
// subject right before the verb at k: "«خلايا للتنظيم الإرهابي» فجّرت".
func epithetBetween(d *doc, i, k int) bool {
	if i < 0 || k > len(d.toks) || k-i > 2 {
		return false
	}
	words := 0
	for ; i < k; i++ {
		t := d.toks[i]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord || !t.Article || words > 0 {
			return false
		}
		switch t.Stem {
		case "ارهابي", "ارهابيه":
			words++
		default:
			return false
		}
	}
	return true
}

// calledBy reports whether the word before token j says what a party is
// called, which takes its name with ب: "ما يسمى بـ"، "ما يعرف بـ"،
// "المسماة بـ"، "المعروفة بـ".
func calledBy(d *doc, j int) bool {
	if j == 0 {
		return false
	}
	switch d.toks[j-1].Norm {
	case "يسمى", "تسمى", "يسمي", "تسمي", "يعرف", "تعرف", "المسمى", "المسمي", "المسماه", "المعروف", "المعروفه":
		return true
	}
	return false
}

// longerActorBefore widens the actor a (match m) found at j to a longer
// actor name that starts up to three words before j and covers it:
// "لإيران" ends "ميليشيات موالية لإيران", "الأمريكي" ends "للاحتلال
// الأمريكي". It returns the start, actor and match to judge.
func (x *Extractor) longerActorBefore(d *doc, j int, a string, m arabic.Match, r region, in func(int) bool) (int, string, arabic.Match) {
	for i := j - 1; i >= r.lo && i >= j-3; i-- {
		if !in(i) || d.toks[i].Kind != arabic.TokWord {
			break
		}
		if a2, m2, ok := x.actorAt(d, i); ok && m2.Last > j {
			m2.Last = max(m2.Last, m.Last)
			j, a, m = i, a2, m2
		}
	}
	return j, a, m
}

// ownedForce reports whether the actor word at j (with ل) is the owner
// of forces or aircraft named just before it with "تابعة": "طائرة حربية
// تابعة للنظام", "قوات تابعة لأنقرة".
func (x *Extractor) ownedForce(d *doc, j int, r region) bool {
	if j-1 <= r.lo || !ownership(d.toks[j-1]) {
		return false
	}
	for k := j - 2; k >= r.lo && k >= j-4; k-- {
		if _, m, ok := x.forces.at(d.toks, k); ok && (m.Last == j-1 || x.adjectivesBetween(d, m.Last, j-1)) {
			return true
		}
	}
	return false
}

// firstPerson reports whether a word speaks of "us": "قواتنا", "نسحب",
// "لدينا".
func firstPerson(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	s := t.Stem
	if len(s) >= 10 && s[len(s)-4:] == "نا" {
		return !accusativeTanween(t.Text)
	}
	return weDo[s]
}

// attackedOwn reports whether first-person word k names what was
// attacked, not who attacked: the object of "على" or "ضد" ("اعتداء على
// مواقعنا", "هجوم ضد نقاطنا"), or a noun's complement with ل after one of
// them ("على موقع لقواتنا"). A verbal noun such as "استهداف" is left
// out: its genitive may be the doer ("استهداف طائراتها للسوق").
func attackedOwn(d *doc, k int) bool {
	against := func(t arabic.Token) bool {
		return t.Norm == "علي" || t.Norm == "ضد" || towardWord(t)
	}
	if k >= 1 && (against(d.toks[k-1]) || exposingVerb(d.toks[k-1])) {
		return true // "تعرّض قواتنا للخطر" (reported_clause.go)
	}
	if k >= 1 && d.toks[k].Clitics == "و" && firstPerson(d.toks[k-1]) && attackedOwn(d, k-1) {
		return true // "تعرّض قواتنا وشركاءنا للخطر": coordinated with it
	}
	return k >= 2 && against(d.toks[k-2]) && d.toks[k-1].Kind == arabic.TokWord && !firstPerson(d.toks[k-1]) &&
		strings.HasPrefix(d.toks[k].Text, "ل")
}

// withWords say whom a party was with or beside: "مع"، "برفقة"، and the
// words of being present, "موجودين"، "متواجدين" (normalised, without
// their proclitic).
var withWords = map[string]bool{
	"مع": true, "برفقه": true, "رفقه": true, "موجودين": true, "موجوده": true, "موجودون": true,
	"متواجدين": true, "متواجده": true, "متواجدون": true,
}

// forcesWith reports whether the forces phrase that ends before token
// last is the subject of a past form of كان that says where they were or
// whom they were with ("جنود من قواتنا كانوا برفقة الحراس عند البوابة"،
// "قواتنا كانت موجودة هناك"): the speaker's men were present, which says
// nothing of who carried out the attack.
func forcesWith(d *doc, r region, last int) bool {
	if last+1 >= r.hi || !pastKana(d.toks[last]) {
		return false
	}
	t := d.toks[last+1]
	return withWords[strings.TrimPrefix(t.Norm, t.Clitics)]
}

// weDo are verbs of carrying out an attack in the first person plural
// imperfect, which no suffix marks ("لم ننفذ أي غارة", "لا نستهدف
// المدنيين", "لم نقصف البلدة"), and short past forms too short for the
// suffix test ("ما شننا", "قمنا").
var weDo = map[string]bool{
	"ننفذ": true, "نشن": true, "نقم": true, "نقوم": true, "نستهدف": true, "نقصف": true, "نستخدم": true,
	"نستعمل": true, "نهاجم": true, "نضرب": true, "شننا": true, "قمنا": true,
}

// accusativeTanween reports whether a word is written with the accusative
// tanween on its last letter or on the letter before a final ا: "مواطناً",
// "سكانًا". Such an ا is the indefinite accusative, never the suffix "نا".
func accusativeTanween(text string) bool {
	text = strings.TrimRight(text, "ـ")
	return strings.HasSuffix(text, "اً") || strings.HasSuffix(text, "ًا")
}

// partitiveBefore reports whether the actor word at j follows "من" (with
// force nouns between: "من عناصر"), which makes it the party some people
// belong to.
func (x *Extractor) partitiveBefore(d *doc, j int, r region) bool {
	for k := j - 1; k >= r.lo && k >= j-4; k-- {
		t := d.toks[k]
		if t.IsQuote() {
			continue // "عنصرا من «قسد»"
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		if t.Stem == "من" && t.Clitics == "" {
			// "وحدات من الجيش": units of a force act for it; units are
			// never the counted dead.
			return k == 0 || !unitNouns[d.toks[k-1].Stem]
		}
		if _, m, ok := x.forces.at(d.toks, k); ok && m.Last <= j {
			continue
		}
		switch t.Stem {
		case "عصابات", "عصابه", "فلول", "بقايا", "انصار", "قياديين", "قادة",
			// "نقيب من مرتبات الفرقة", "ضابط من ملاك الجيش": the
			// rolls of a force, whom its members are counted from.
			"مرتبات", "ملاك",
			// the head before a quoted name: "عناصر من تنظيم «الدولة
			// الإسلامية»"، "مقاتلون من حركة «النجباء»"
			"تنظيم", "جماعه", "حركه", "هيئه", "لواء", "كتائب", "فصيل":
			continue
		}
		return false
	}
	return false
}

// membersAsSubject reports whether the party at j is named by its members
// as the subject of the clause that the event verb at k goes on with: a
// group noun and "من" that open the clause, right after a complementizer
// or the start of the content ("إن عناصر من الحزب هاجموا", "أن مسلحين
// من التنظيم اقتحموا"), and a verb that is no killing or wounding, whose
// unmarked passive would make the members the victims ("أن عناصر من
// التنظيم قُتلوا").
func (x *Extractor) membersAsSubject(d *doc, j, k int, r region) bool {
	if j < 2 || d.toks[j-1].Stem != "من" || d.toks[j-1].Clitics != "" || !memberNouns[d.toks[j-2].Stem] {
		return false
	}
	h := j - 2
	start := r.cs
	if r.anchor > h {
		// "عناصر من التنظيم هاجموا ...، بحسب المرصد": the attribution
		// comes after the content, which starts the region.
		start = r.lo
	}
	if h != start && !x.isComplementizer(d, h-1) {
		return false
	}
	v := d.toks[k]
	if v.Kind != arabic.TokWord || victimWords[v.Stem] || strings.HasPrefix(v.Stem, "قتل") || strings.HasPrefix(v.Stem, "اصيب") || strings.HasPrefix(v.Stem, "جرح") {
		return false
	}
	if _, _, ok := pluralDeeds.at(d.toks, k); ok {
		return true // "عناصر من قوات النظام استهدفوا"
	}
	_, tm, ok := x.triggers.at(d.toks, k)
	return ok && tm.First == k
}

// memberNouns name people or bands of a party counted with "من": "عناصر
// من", "مسلحون من", "مجموعة من".
var memberNouns = map[string]bool{
	"عناصر": true, "مسلحون": true, "مسلحين": true, "مقاتلون": true, "مقاتلين": true, "افراد": true,
	"مجموعه": true, "مجموعات": true, "خليه": true, "خلايا": true, "عصابه": true, "مجموعه مسلحه": true,
}

// companionHead reports whether t is a noun for a party's men or units in
// construct before its name ("مقاتلي"، "عناصر"، "جنود"، "قوات"): with a
// preposition before it the party is an object, as in "مع قسد".
func companionHead(t arabic.Token) bool {
	if t.Kind != arabic.TokWord || t.Clitics != "" || t.Article {
		return false
	}
	switch t.Norm {
	case "مقاتلي", "عناصر", "جنود", "مسلحي", "افراد", "قوات", "وحدات", "ميليشيات", "مليشيات", "مستشاري", "دوريات", "دوريه", "رتل", "ارتال":
		return true
	}
	return false
}

// unitNouns name formations of a force, which act for it: "وحدات من
// الجيش", "قوة من الشرطة العسكرية".
var unitNouns = map[string]bool{"وحدات": true, "وحده": true, "قوه": true, "قطعات": true, "تشكيلات": true, "سريه": true, "كتيبه": true}

// ownPeople reports whether a first-person word names the speaker's own
// people ("جنودنا", "عناصرنا"), who may be the victims rather than the
// authors of the event: "لم يصب أي من جنودنا".
func ownPeople(t arabic.Token) bool {
	// The stem may have lost a first letter taken for a proclitic
	// ("كوادرنا"): the whole word is tried too.
	return ownPeopleBase(strings.TrimSuffix(t.Stem, "نا")) || ownPeopleBase(strings.TrimSuffix(t.Norm, "نا"))
}

func ownPeopleBase(base string) bool {
	switch base {
	case "جنود", "عناصر", "مقاتلي", "مقاتلين", "افراد", "ابناء", "ابنائ", "رجال", "موظفي", "مستشاري", "جنودن", "شعب",
		// "شهداء من كوادرنا", "منتسبينا", "ضباطنا": the speaker's people.
		"كوادر", "منتسبي", "ضباط", "طواقم", "عمال", "عاملي", "زملائ", "مواطني":
		return true
	}
	return false
}

// placeAt reports whether a place name starts at token j.
func (x *Extractor) placeAt(d *doc, j int) bool {
	for _, p := range d.places {
		if p.First <= j && j < p.Last {
			return true
		}
	}
	return false
}

// leaderWord reports whether a word says who leads a force: "بقيادة",
// "تقوده", "بزعامة".
func leaderWord(t arabic.Token) bool {
	switch t.Stem {
	case "قياده", "تقوده", "يقوده", "تقودها", "زعامه":
		return true
	}
	return false
}

// ownForcesSubject reports whether the word right before the event verb
// at v is a word of forces with the pronoun of the speaker ("قواتها"،
// "طائراتنا"، "وحداته"): the subject of the verb, so the party after the
// verb is its object. Nothing but that word may stand between.
func (x *Extractor) ownForcesSubject(d *doc, r region, in func(int) bool, v int) bool {
	for j := v - 1; j >= r.lo && j >= v-2; j-- {
		if !in(j) {
			return false
		}
		if _, fm, ok := x.forces.at(d.toks, j); ok && fm.Last == v {
			return ownSuffix(d.toks[fm.Last-1])
		}
	}
	return false
}

// ownSuffix reports whether an event word carries a possessive pronoun
// that can refer back to the speaker ("غاراتها", "ضرباتنا").
func ownSuffix(t arabic.Token) bool {
	n := t.Stem
	return len(n) > 8 && (strings.HasSuffix(n, "ها") || strings.HasSuffix(n, "نا") || strings.HasSuffix(n, "اته"))
}

// bareArmyActs reports whether token k is "الجيش" with no party named
// after it ("قطعات الجيش استهدفت", "وحدة من الجيش دمرت"), as the
// subject of an event verb within three words.
func (x *Extractor) bareArmyActs(d *doc, r region, in func(int) bool, k int) bool {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Stem != "جيش" || !t.Article || hasClitic(t.Clitics, 'ل') || hasClitic(t.Clitics, 'ب') {
		return false
	}
	if k > r.lo && in(k-1) && x.aimedAt(d, r, in, k-1) {
		return false // "المسلحون استهدفوا الجيش بالهاون": the army is the object
	}
	if k+1 < r.hi {
		if _, _, ok := x.actorAt(d, k+1); ok {
			return false
		}
		if _, _, ok := x.actorAt(d, k); ok {
			return false // "الجيش السوري" read whole
		}
	}
	for j, limit := k+1, k+4; j < r.hi && j <= limit; j++ {
		if d.toks[j].IsQuote() {
			continue // «قطعات الجيش "استهدفت ..."»
		}
		if end, ok := asideEnd(d, r, in, j); ok {
			// "قوات الجيش، بإسناد جوي، قصفت": the support
			// between commas stands aside from subject and verb.
			limit += end - j
			j = end - 1
			continue
		}
		if operatingWords[d.toks[j].Stem] {
			limit = j + 5 // "قطعات الجيش المنتشرة قرب أطراف البلدة ردّت"
		}
		if !in(j) || d.toks[j].Kind != arabic.TokWord {
			return false
		}
		if repelAt(d, j) {
			// "وحدات الجيش أحبطت ثلاث هجمات": the army foiled the
			// attacks; it did not make them
			return false
		}
		if tr, _, ok := x.deedAt(d, r, in, j); ok && tr.typ != EventOther {
			return true
		}
		if targetingVerbs[d.toks[j].Stem] {
			// "الجيش لم يستهدف المحطة": the verb of aiming names no
			// means, but it is an attack whose subject is the army.
			return true
		}
	}
	return false
}

// aimedAt reports whether token j is a verb of aiming ("يستهدف"،
// "استهدفوا") or a plural verb of attack ("قصفوا"), after which a bare
// party word is its object.
func (x *Extractor) aimedAt(d *doc, r region, in func(int) bool, j int) bool {
	t := d.toks[j]
	if t.Kind != arabic.TokWord {
		return false
	}
	if targetingVerbs[t.Stem] || strings.HasPrefix(t.Stem, "استهدف") {
		return true
	}
	// A plural past verb ("قصفوا"، "هاجموا") and not a verbal noun,
	// whose following word is its agent ("قصف الجيش للبلدة").
	tr, _, ok := x.deedAt(d, r, in, j)
	return ok && tr.typ != EventOther && strings.HasSuffix(t.Stem, "وا")
}

// victimWords name a casualty: "مقتل", "إصابة", "استشهاد".
var victimWords = map[string]bool{"مقتل": true, "اصابه": true, "استشهاد": true, "جرح": true, "قتل": true, "اصيب": true, "قتلي": true}

// deadPlurals are the plural nouns of the dead and the wounded ("قتلى"،
// "جرحى"، "ضحايا"), which, unlike a verb ("قتل الجيش"), never take the
// party right after them as an agent: "قتلى الجيش" are the army's dead.
var deadPlurals = map[string]bool{"قتلي": true, "جرحي": true, "ضحايا": true, "مصابي": true}

// victimBefore reports whether the party word at j is the nationality of
// people a casualty word counts just before it ("مقتل متعاقد أمريكي
// بهجوم", "إصابة جنديين تركيين"), in a claim of an attack (event word at
// k): those are the victims. People counted in a movement ("150 جندياً
// أميركياً انسحبوا") are who moved.
func (x *Extractor) victimBefore(d *doc, j, k int, r region) bool {
	if t, _, ok := x.triggers.at(d.toks, k); ok && movementType(t.typ) {
		return false
	}
	for i := j - 1; i >= r.lo && i >= j-3; i-- {
		t := d.toks[i]
		if t.Kind != arabic.TokWord {
			return false
		}
		if i == j-1 && deadPlurals[t.Stem] {
			// "حصيلة قتلى القوات النظامية في هجوم": the plural noun of
			// the dead, in construct with the party, counts its men.
			return true
		}
		if victimWords[t.Stem] {
			return i < j-1 // a person noun between
		}
	}
	return false
}

// siteHeads are the stems of places and installations that a party owns
// or holds (bases, positions, headquarters, depots, embassies, interests):
// a party named right after one, as its adjective or in construct, says
// whose it is.
var siteHeads = map[string]bool{
	"مواقع": true, "موقع": true, "قواعد": true, "قاعده": true, "مقرات": true, "مقر": true, "منشات": true,
	"منشاه": true, "مصالح": true, "سفاره": true, "قنصليه": true, "نقاط": true, "ثكنات": true, "ثكنه": true,
	"مستودعات": true, "مستودع": true, "مخازن": true, "معسكر": true, "معسكرات": true, "تمركزات": true,
}

// siteOwnerHead reports whether a word is a site head (see siteHeads),
// with or without the article or a conjunction.
func siteOwnerHead(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && siteHeads[t.Stem]
}

// verbObject reports whether an event word ending in a pronoun is a verb
// with its object ("استهدفتها": she targeted it), not a noun with its
// owner ("غاراتها", "ضرباتها"): "ها" after a verb's "ت" that no long
// "ا" of a plural precedes.
func verbObject(t arabic.Token) bool {
	r := []rune(t.Stem)
	n := len(r)
	return n >= 4 && string(r[n-3:]) == "تها" && r[n-4] != 'ا'
}

// resumptiveVerbs are the folded verbs of carrying out an attack with the
// pronoun of the attack as their object, in a relative clause whose
// subject follows ("هجوم نفذه مجهولون"): the pronoun is the deed, not its
// owner. A subject of unknown people, or a definite subject, is taken as
// proof (see unknownSubjectAfter).
var resumptiveVerbs = foldedSet("شنه", "شنها", "نفذه", "نفذها")

// unknownSubjectAfter reports whether the token before j is one of
// resumptiveVerbs and unknown people (see unknownPersonAt) are its subject
// within the next two words ("نفذها مجهولون"، "شنه أشخاص مجهولو الهوية"),
// or a definite word with no proclitic follows it ("نفذها الفصيل").
func unknownSubjectAfter(d *doc, j int) bool {
	if j < 1 || !resumptiveVerbs[d.toks[j-1].Stem] {
		return false
	}
	for k := j; k < len(d.toks) && k <= j+1; k++ {
		if unknownPersonAt(d.toks, k) {
			return true
		}
	}
	// "عملية نفذها «الجيش الحر»": a definite subject after the verb,
	// quotation marks aside, is the doer the pronoun's deed is told of.
	k := j
	for k < len(d.toks) && k <= j+1 && d.toks[k].Kind != arabic.TokWord {
		k++
	}
	return k < len(d.toks) && d.toks[k].Kind == arabic.TokWord && d.toks[k].Article && d.toks[k].Clitics == ""
}

// supportWord reports whether a word opens "with the support of"
// ("بدعم جوي", "بإسناد جوي", "بغطاء جوي").
func supportWord(t arabic.Token) bool {
	switch strings.TrimPrefix(t.Norm, "و") {
	case "بدعم", "باسناد", "بغطاء":
		return true
	}
	return false
}

// nonStrikingBefore reports whether the actor word at j qualifies aircraft
// that do not strike, named just before it ("طائرة شحن", "طائرات
// استطلاع", "طائرة ركاب" in the event words, typed other): their
// nationality says whose planes were there, not who attacked.
func (x *Extractor) nonStrikingBefore(d *doc, j int, r region) bool {
	for i := j - 1; i >= r.lo && i >= j-3; i-- {
		if tr, m, ok := x.triggers.at(d.toks, i); ok && m.Last == j {
			return tr.typ == EventOther && tr.priority < 0
		}
	}
	return false
}

// attackerStems name the attackers of an event ("المهاجمين", "منفذي
// الهجوم", "الانتحاري").
var attackerStems = map[string]bool{
	"مهاجم": true, "مهاجمين": true, "مهاجمون": true, "مهاجمان": true, "منفذ": true, "منفذي": true,
	"منفذين": true, "منفذو": true, "انتحاري": true, "انتحاريين": true,
	"متسلل": true, "متسللين": true, "متسللون": true, "متسللان": true,
}

// defenceStems are the verbs and verbal nouns of killing, capturing or
// neutralising someone.
var defenceStems = map[string]bool{
	"قتل": true, "قتلت": true, "قتلوا": true, "قتله": true, "قضت": true, "قضي": true, "اردت": true, "اردوا": true,
	"تحييد": true, "اعتقلت": true, "اعتقال": true, "اسر": true, "اسرت": true, "القت": true, "تصفيه": true,
	// losses inflicted "in the ranks of" the attackers: "أوقعوا عدداً
	// منهم بين صفوف المهاجمين"، "موقعة خسائر بين المتسللين"
	"صفوف": true, "اوقعت": true, "اوقع": true, "اوقعوا": true, "موقعه": true, "موقعين": true,
}

// killsAttackers reports whether the claim tells of the attackers being
// killed, captured or neutralised ("أردت أحد المنفذين واعتقلت رفيقه",
// "تمكنت من تحييد الانتحاري"): its subject fought the attack off.
func killsAttackers(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || !attackerStems[d.toks[k].Stem] {
			continue
		}
		for j := k - 1; j >= r.lo && j >= k-3; j-- {
			if t := d.toks[j]; t.Kind == arabic.TokPunct {
				break
			} else if defenceStems[t.Stem] {
				return true
			}
		}
	}
	return false
}

// aircraftWord reports whether a word names aircraft or drones, the end
// of an event word such as "طائرة حربية" or "مروحيات".
func aircraftWord(t arabic.Token) bool {
	switch t.Stem {
	case "طائره", "طائرات", "مقاتله", "مقاتلات", "حربيه", "مروحيه", "مروحيات", "مسيره", "مسيرات", "الحربي", "حربي":
		return true
	}
	return false
}

// ownership reports whether a word says whose something is ("تابعة لـ",
// "تتبع"), which makes what follows an owner, not an actor.
func ownership(t arabic.Token) bool {
	switch t.Stem {
	case "تابعه", "تابع", "تابعين", "تتبع", "يتبع", "تابعتين", "التابعه":
		return true
	}
	return false
}

// genericHeads are actor words that name a kind of party rather than a
// party: "الاحتلال", "العدو", "الميليشيا". Written with a nationality or a
// name after them ("جيش الاحتلال التركي", "ميليشيا قسد") they name that
// party; written alone, they name the party the article last named so
// (SANA's "الاحتلال" is the US occupation in an article on "الاحتلال
// الأمريكي"). Only with neither do they keep their default.
var genericHeads = map[string]bool{"احتلال": true, "عدو": true, "ميليشيا": true, "ميليشيات": true, "مليشيا": true,
	"مليشيات": true, "كيان": true}

// freeArmyAfter reports whether the actor name matched at m is an army
// ("الجيش"، "الجيش السوري") that the next word qualifies as free
// ("الحر"): the rebel Free Syrian Army.
func freeArmyAfter(d *doc, m arabic.Match) bool {
	if m.Last >= len(d.toks) || d.toks[m.Last].Kind != arabic.TokWord {
		return false
	}
	t := d.toks[m.Last]
	if !t.Article || t.Stem != "حر" {
		return false
	}
	for k := m.First; k < m.Last; k++ {
		if d.toks[k].Stem == "جيش" {
			return true
		}
	}
	return false
}

// actorAt is the actor word at token k, with generic heads resolved (see
// genericHeads).
func (x *Extractor) actorAt(d *doc, k int) (string, arabic.Match, bool) {
	if uniformBefore(d, k) {
		// "مقاتلون بزيّ «الجيش» اقتحموا": whose uniform the doers wear, not
		// who they are.
		return "", arabic.Match{}, false
	}
	a, m, ok := x.actors.at(d.toks, k)
	if ok && a == "sdf" {
		a = stateInternalSecurity(d, m)
	}
	if ok && publicOrder(d, m) {
		return "", arabic.Match{}, false // "قوات حفظ النظام": order, not the regime
	}
	if ok && freeArmyAfter(d, m) {
		// "الجيش السوري الحر"، "الجيش الحر": the rebel Free Army, which
		// has no actor value, not the state's army.
		return "", arabic.Match{}, false
	}
	if ok && ownMilitia(d, m) {
		// "قوات النظام وميليشياته"، "القوات والميليشيات الموالية لها":
		// the first party's own militias, not a party of their own.
		return "", arabic.Match{}, false
	}
	if !ok {
		if a, m, ok := spelledActor(d, k); ok {
			return a, m, ok
		}
		if a, m, ok := x.kindAnaphorAt(d, k); ok {
			return a, m, ok
		}
		if a, m, ok := x.demonstrativeForceAt(d, k); ok {
			return a, m, ok
		}
		if a, m, ok := x.headedNameAt(d, k); ok {
			return a, m, ok // "تنظيم «قسد»" (headed_name.go)
		}
		return x.unnamedDoerAt(d, k)
	}
	head := d.toks[m.Last-1].Stem
	if !genericHeads[head] {
		return a, m, ok
	}
	if b, bm, ok := x.qualifiedAfter(d, m.Last); ok {
		m.Last = bm.Last
		return b, m, true
	}
	// A bare head: the party the article last named with it, else the
	// first it names with it later (the headline may come after).
	for j := k - 1; j >= 0; j-- {
		if d.toks[j].Stem == head {
			if b, _, ok := x.qualifiedAfter(d, j+1); ok {
				return b, m, true
			}
		}
	}
	for j := m.Last; j < len(d.toks); j++ {
		if d.toks[j].Stem == head {
			if b, _, ok := x.qualifiedAfter(d, j+1); ok {
				return b, m, true
			}
		}
	}
	return a, m, ok
}

// militiaBases are the stems of "militia" that a possessive pronoun may
// follow ("ميليشياته"، "مليشياتها").
var militiaBases = []string{"ميليشيات", "مليشيات", "ميليشيا", "مليشيا"}

// ownMilitia reports whether the actor match m is a bare "militias" joined
// by "و" to a party before it and tied back to that party by a pronoun:
// on the word ("وميليشياته") or after a word of loyalty ("والميليشيات
// الموالية لها"، "التابعة له"). They are that party's own forces.
func ownMilitia(d *doc, m arabic.Match) bool {
	if m.Last-m.First != 1 {
		return false
	}
	t := d.toks[m.First]
	if !hasClitic(t.Clitics, 'و') {
		return false
	}
	for _, base := range militiaBases {
		rest, ok := strings.CutPrefix(t.Stem, base)
		if !ok {
			continue
		}
		switch rest {
		case "ه", "ها", "هم":
			return true
		case "":
			return loyalToPronoun(d, m.Last)
		}
	}
	return false
}

// loyalToPronoun reports whether tokens j and j+1 are a word of loyalty
// and a pronoun after ل: "الموالية لها"، "التابعة له"، "الرديفة لها".
func loyalToPronoun(d *doc, j int) bool {
	if j+1 >= len(d.toks) {
		return false
	}
	switch d.toks[j].Stem {
	case "مواليه", "تابعه", "رديفه", "مسانده", "حليفه":
	default:
		return false
	}
	switch d.toks[j+1].Norm {
	case "له", "لها", "لهم":
		return true
	}
	return false
}

// uniformWords are nouns of dress (stems): "زي"، "بلباس"، "ملابس"، "بزات".
var uniformWords = map[string]bool{"زي": true, "لباس": true, "ملابس": true, "بزات": true, "بزه": true, "زيا": true}

// uniformBefore reports whether a noun of dress stands right before token
// k, quote marks aside: the party at k is whose dress it is.
func uniformBefore(d *doc, k int) bool {
	j := k - 1
	for ; j >= 0 && d.toks[j].IsQuote(); j-- {
	}
	return j >= 0 && d.toks[j].Kind == arabic.TokWord && uniformWords[d.toks[j].Stem]
}

// qualifiedAfter reads the party named right after a generic head,
// skipping quote marks: "الاحتلال الأمريكي", "ميليشيا «قسد»".
func (x *Extractor) qualifiedAfter(d *doc, j int) (string, arabic.Match, bool) {
	for ; j < len(d.toks) && d.toks[j].IsQuote(); j++ {
	}
	if j >= len(d.toks) || d.toks[j].Kind != arabic.TokWord {
		return "", arabic.Match{}, false
	}
	b, bm, ok := x.actors.at(d.toks, j)
	if !ok || b == "unknown" || genericHeads[d.toks[bm.Last-1].Stem] {
		return "", arabic.Match{}, false
	}
	return b, bm, true
}

// spelledActors are parties written as spelled-out initials, whose middle
// letter the tokenizer takes for a detached clitic ("ي ب ك", "ب ي د").
var spelledActors = map[string]string{"ي ب ك": "sdf", "ب ي د": "sdf", "ب ك ك": "sdf"}

// spelledActor reads spelled-out initials at k.
func spelledActor(d *doc, k int) (string, arabic.Match, bool) {
	var letters []string
	j := k
	for ; j < len(d.toks) && len(letters) < 3; j++ {
		t := d.toks[j]
		if t.IsQuote() && len(letters) > 0 {
			continue
		}
		if t.Kind != arabic.TokWord {
			break
		}
		w := t.Norm
		if w == "" || len([]rune(w)) != 1 {
			break
		}
		letters = append(letters, w)
	}
	if a, ok := spelledActors[strings.Join(letters, " ")]; ok {
		return a, arabic.Match{First: k, Last: j}, true
	}
	return "", arabic.Match{}, false
}

// Who did it, said not to be known, beyond the cues of unnamedAt:
//
//   - a verb of finding out under a negation, with the doer as its
//     object: "دون أن تستطيع الشبكة تحديد الجهة", "لا يعرف أحد هوية المسلحين",
//     "لم يتسن التحقق من هوية المنفذين";
//   - the doer first, then what is not known of it: "الجهة المنفذة لم
//     تعرف بعد", "هوية المهاجمين ما زالت مجهولة".
var (
	knowingWords = newLexicon(words("know", "تحديد", "بتحديد", "التحقق", "التأكد", "معرفة", "يعرف", "تعرف", "يعرفون",
		"يتضح", "تتضح", "تحدد", "يحدد", "نعرف", "أعرف", "يحسم", "تحسم",
		// to settle or be sure of it: "عاجزة عن الجزم بتبعية الطائرات"،
		// "دون أن يجزم لمن تعود"، "التعرف على هوية المهاجمين"
		"الجزم", "بالجزم", "يجزم", "تجزم", "حسم", "بحسم", "التعرف", "بالتعرف", "التثبت",
		// "لم تتبين بعد هوية من قصف الحي"
		"يتبين", "تتبين",
		// to reach it: "لم تتوصل التحقيقات إلى هوية الجناة"
		"يتوصل", "تتوصل", "يتوصلوا", "التوصل", "نتوصل",
		// to disclose it: "لم يتم الكشف رسمياً عن الجهة"
		"الكشف", "كشف"))
	// "عاجز عن تحديد", "ليس بوسعه تحديد": an inability
	// negates the finding out as "لم" does.
	knowingNegators = newLexicon(words("neg", "لم", "لا", "دون", "عدم", "بدون", "لن", "يتعذر", "تعذر",
		"عاجز", "عاجزة", "عاجزون", "ليس", "ليست",
		// too early or too hard to tell: "من المبكر معرفة"، "من السابق
		// لأوانه تحديد"، "يصعب تحديد"
		"المبكر", "مبكر", "مبكرا", "لأوانه", "يصعب", "الصعب", "صعب", "يستحيل", "المستحيل"))
	doerWords = newLexicon(words("doer", "الجهة", "المنفذين", "منفذي", "المنفذ", "الفاعل", "الفاعلين",
		"المهاجمين", "المسلحين", "مطلقي", "مصدر القذائف", "مصدر النيران",
		// who is answerable for it, who stands behind it
		"المسؤول عن", "المسؤولين عن", "المسؤولة عن", "الجهة المسؤولة", "الجناة", "القتلة", "قتلة", "مرتكبي", "من يقف وراء",
		// the members of the cell or group that did it: "هوية أفراد الخلية"
		"أفراد الخلية", "أفراد المجموعة", "عناصر الخلية", "أعضاء الخلية",
		"من يقف خلف", "من يقفون وراء", "من نفذ", "من نفذوا",
		// which party: "لم يتضح من أي جهة جاء القصف"
		// (bare "أي جهة" is also the subject of "لم تعلن أي جهة" (no one claimed it),
		// which says no one claimed it)
		"من أي جهة", "من أي طرف", "من أية جهة",
		// who did it, by its deed: "دون معرفة من قام بقتله"، "من أطلق"
		"من قام", "من قاموا", "من أطلق", "من أطلقوا", "من ارتكب", "من زرع", "من فجر", "من قتل", "من اغتال",
		"من هاجم", "من استهدف",
		// "هوية الطائرات": whose aircraft they were.
		"الطائرات", "الطائرة",
		// whose they are, where the strike came from: "بتبعية الطائرات
		// المغيرة"، "لمن تعود الطائرات"، "مصدر الغارة"
		"تبعية", "بتبعية", "لمن تعود", "لمن يعود", "لمن تتبع", "لمن يتبع", "مصدر الغارة", "مصدر الغارات",
		"مصدر القصف", "مصدر الصواريخ", "مصدر الضربة", "مصدر الضربات", "مصدر الانفجار"))
	knowingFillers = newLexicon(words("filler", "هوية", "من", "أحد", "أحدا", "حتى", "الآن", "اللحظة", "بعد", "بدقة",
		// "التعرف على هوية"، "لا يعرف إن كانت الطائرات روسية أم سورية"
		"على", "عن", "إن كانت", "إن كان",
		"على وجه الدقة", "حتى الآن", "حتى اللحظة", "بشكل قاطع", "رسميا", "بعد",
		// "لم يتضح على الفور مَن ..."
		"على الفور", "فورا", "فوراً",
		// how sure: "لا يعرف بشكل مؤكد هوية ..."; reached: "التوصل إلى هوية"
		"بشكل مؤكد", "بصورة مؤكدة", "بشكل دقيق", "بصورة دقيقة", "بشكل نهائي", "بصورة نهائية", "إلى"))
	doerFirstWords = newLexicon(words("doer", "الجهة المنفذة", "الجهة المسؤولة", "هوية المنفذين", "هوية المهاجمين",
		"هوية الفاعلين", "هوية الجهة", "منفذو الهجوم", "منفذ الهجوم",
		// whose fire it was: "مصدر إطلاق النار لم يحدد بعد"
		"مصدر إطلاق النار", "مصدر النيران", "مصدر القذائف", "مصدر الطلقات",
		// after the weapon: "قذائف مصدرها مجهول"
		"مصدرها", "مصدره"))
	notKnownWords = newLexicon(words("unknown", "لم تحدد", "لم يحدد", "لم تعرف", "لم يعرف", "لم تتضح", "لم يتضح",
		"مجهولة", "مجهول", "مجهولين", "مجهولون", "غير معروفة", "غير معروف", "غير معروفين", "غير واضحة", "غير واضح",
		"غامضة", "غامض", "لم تتبين", "لم يتبين", "لم تكشف", "لم يكشف",
		// not settled or not confirmed: "هوية المهاجمين ليست محسومة"،
		// "هوية من نفذه غير مؤكدة"
		"غير محسومة", "غير محسوم", "ليست محسومة", "ليس محسوما", "ليس محسوماً", "لم تحسم", "لم يحسم",
		"غير مؤكدة", "غير مؤكد", "غير مؤكده"))
)

// knowingReach is how many tokens after a verb of finding out its object,
// the doer, may stand: only fillers come between ("لا نعرف بشكل مؤكد
// بعد هوية المهاجمين").
const knowingReach = 8

// doerNotKnownAt reports whether token k opens one of the phrases above.
func doerNotKnownAt(d *doc, k int) bool {
	toks := d.toks
	if _, m, ok := knowingWords.at(toks, k); ok {
		if !negatedKnowing(d, k) && !investigatedKnowing(d, k) {
			return false
		}
		// the doer is the object itself, not a word further on ("عدد
		// المسلحين" is not who did it)
		for j := m.Last; j < len(toks) && j < m.Last+knowingReach; j++ {
			if toks[j].IsQuote() {
				continue
			}
			if toks[j].Kind != arabic.TokWord {
				break
			}
			if _, _, ok := doerWords.at(toks, j); ok {
				return true
			}
			if _, sm, ok := knowingFillers.at(toks, j); ok {
				j = sm.Last - 1
				continue
			}
			break
		}
		return false
	}
	if end, ok := doerSubjectAt(d, k); ok {
		// "هوية مطلقي الصواريخ على البلدة لا تزال مجهولة"، "والفاعل مجهول".
		return notKnownWithin(toks, end, 6) || copulaBefore(toks, k) && unknownPredicateAhead(toks, end)
	}
	if copulaBefore(toks, k) && toks[k].Article && toks[k].Stem == "جهه" {
		// "لا تزال الجهة التي نفذت التفجير مجهولة"
		return unknownPredicateAhead(toks, k+1)
	}
	if toks[k].Article && toks[k].Stem == "جهه" && k+1 < len(toks) && toks[k+1].Norm == "التي" {
		// "الجهة التي ... مجهولة": the doer as a relative clause, then
		// what is not known of it in the same clause.
		return notKnownWithin(toks, k+2, 8)
	}
	if fireSourceNotKnown(toks, k) {
		return true
	}
	if mysteryAbout(toks, k) || refusedBlameAt(toks, k) {
		return true
	}
	if _, m, ok := doerFirstWords.at(toks, k); ok {
		// "مصدر النيران التي طالت الحافلة لم يعرف": a relative
		// clause may stand between.
		return notKnownWithin(toks, m.Last, 6) || copulaBefore(toks, k) && unknownPredicateAhead(toks, m.Last)
	}
	return false
}

// copulas are the folded verbs of remaining that open a nominal sentence
// whose predicate comes last: "لا يزال منفذو الهجوم مجهولين"، "بقيت هوية
// الطائرات غير معروفة"، "ظل الفاعل مجهولاً".
var copulas = foldedSet("يزال", "تزال", "يزالون", "زال", "زالت", "مازال", "مازالت", "بقي", "بقيت", "يبقى", "تبقى",
	"ظل", "ظلت", "يظل", "تظل")

// copulaBefore reports whether a copula stands right before token k, or
// two words before it past a word of time ("لا تزال حتى الآن هوية ...").
func copulaBefore(toks []arabic.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		t := toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if copulas[t.Stem] || copulas[t.Norm] {
			return true
		}
	}
	return false
}

// unknownPredicates are the predicate adjectives that say who did it is not
// known, the last words of a copula's sentence.
var unknownPredicates = foldedSet("مجهول", "مجهولة", "مجهولا", "مجهولاً", "مجهولين", "مجهولون", "مجهولتين",
	"غامض", "غامضة", "غامضا", "غامضاً", "غير")

// unknownPredicateAhead reports whether, after the subject of a copula
// ending at j, the sentence ends in a predicate that says it is not known,
// past a relative or parenthetical clause set off by commas: "لا يزال
// منفذو التفجيرين، اللذين وقعا ليلاً، مجهولين". A full stop or another
// mark ends the search; "غير" counts only before "معروف", "واضح",
// "محسوم" or "مؤكد".
func unknownPredicateAhead(toks []arabic.Token, j int) bool {
	for k := j; k < len(toks) && k < j+20; k++ {
		t := toks[k]
		if t.Kind != arabic.TokWord {
			if t.IsQuote() || t.Text == "،" || t.Text == "," {
				continue
			}
			return false
		}
		if !unknownPredicates[t.Stem] {
			continue
		}
		if t.Stem != "غير" {
			return true
		}
		if k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Stem, "معروف") || strings.HasPrefix(toks[k+1].Stem, "واضح") ||
			strings.HasPrefix(toks[k+1].Stem, "محسوم") || strings.HasPrefix(toks[k+1].Stem, "مؤكد")) {
			return true
		}
	}
	return false
}

// refusedBlameAt reports whether token k opens a refusal to lay the blame
// on anyone yet: "رفض تحميل المسؤولية لأي جهة قبل انتهاء التحقيق"،
// "رافضاً توجيه الاتهام إلى جهة بعينها"، "لا يمكن تحميل المسؤولية لأي
// طرف". A refusal to name any party says the doer is not known.
func refusedBlameAt(toks []arabic.Token, k int) bool {
	switch strings.TrimPrefix(toks[k].Stem, "و") {
	case "رفض", "رفضت", "يرفض", "ترفض", "رافضا", "رافضه", "رافضين", "رفضوا":
	case "يمكن":
		if k == 0 || toks[k-1].Stem != "لا" {
			return false
		}
	default:
		return false
	}
	j := k + 1
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].Stem {
	case "تحميل", "توجيه", "اتهام":
	default:
		return false
	}
	for i := j + 1; i < len(toks) && i <= j+4; i++ {
		t := toks[i]
		if t.Kind != arabic.TokWord {
			return false
		}
		switch t.Stem {
		case "اي", "جهه", "طرف", "بعينها", "معينه", "محدده":
			return true
		}
	}
	return false
}

// mysteryAbout reports whether token k opens a mystery that hangs over
// who did it: "وسط غموض حول الجهة المنفذة"، "الغموض يكتنف هوية منفذي
// الهجوم". The doer must follow within a few words.
func mysteryAbout(toks []arabic.Token, k int) bool {
	if s := toks[k].Stem; s != "غموض" && s != "الغموض" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].Kind != arabic.TokWord {
			return false
		}
		if _, _, ok := doerFirstWords.at(toks, j); ok {
			return true
		}
		if _, _, ok := doerWords.at(toks, j); ok && toks[j].Stem != "الطائرات" && toks[j].Stem != "الطائره" {
			return true
		}
	}
	return false
}

// fireSourceNotKnown reports whether token k opens "لم يعرف" or "لم
// يحدد" said of where the fire came from, after the weapon: "قذائف لم
// يعرف مصدرها"، "صاروخ لم يحدد مصدره".
func fireSourceNotKnown(toks []arabic.Token, k int) bool {
	if j, ok := withoutKnowing(toks, k); ok {
		return j < len(toks) && sourcePronouns[toks[j].Norm]
	}
	_, m, ok := notKnownWords.at(toks, k)
	if !ok || toks[k].Norm != "لم" || m.Last >= len(toks) {
		return false
	}
	return sourcePronouns[toks[m.Last].Norm]
}

// sourcePronouns are "its source" of a weapon or a blast, folded.
var sourcePronouns = foldedSet("مصدرها", "مصدره", "مصدرهما", "مصادرها")

// withoutVerbs are the folded verbs of knowing that "دون أن" negates:
// "من دون أن يعرف مصدرها"، "دون أن يتضح مصدره".
var withoutVerbs = foldedSet("يعرف", "تعرف", "يتضح", "تتضح", "يحدد", "تحدد", "يتحدد", "يتبين", "تتبين", "يعلم")

// withoutKnowing matches at k "دون أن" with a verb of knowing, or "دون
// معرفة/تحديد", and returns the token after it.
func withoutKnowing(toks []arabic.Token, k int) (int, bool) {
	if toks[k].Kind != arabic.TokWord || toks[k].Stem != "دون" && toks[k].Stem != "بدون" || k+1 >= len(toks) {
		return 0, false
	}
	switch {
	case toks[k+1].Norm == "ان" && k+2 < len(toks) && withoutVerbs[toks[k+2].Norm]:
		return k + 3, true
	case toks[k+1].Norm == "معرفه" || toks[k+1].Norm == "تحديد":
		return k + 2, true
	case toks[k+1].Norm == "ان" && k+3 < len(toks) && ableVerbs[toks[k+2].Norm]:
		// unable to find out: "دون أن يتمكن الفريق من معرفة"
		j := k + 3
		if toks[j].Norm == "من" {
			j++
		}
		if j+1 < len(toks) && (toks[j].Norm == "معرفه" || toks[j].Norm == "تحديد") {
			return j + 1, true
		}
	}
	return 0, false
}

// ableVerbs are the folded verbs of being able that "دون أن" negates
// before a verbal noun of finding out: "دون أن يتمكن من معرفة"، "دون أن
// تستطيع معرفة".
var ableVerbs = foldedSet("يتمكن", "تتمكن", "يتمكنوا", "يستطيع", "تستطيع", "يستطيعوا")

// notKnownWithin reports whether one of notKnownWords opens within n
// tokens from j, quote marks skipped ("ما تزال «غير واضحة»"), before any
// other punctuation.
func notKnownWithin(toks []arabic.Token, j, n int) bool {
	for k := j; k < len(toks) && k < j+n; k++ {
		if toks[k].IsQuote() {
			n++
			continue
		}
		if toks[k].Kind != arabic.TokWord {
			return false
		}
		if _, _, ok := notKnownWords.at(toks, k); ok && !(k > 0 && reportedStems[toks[k-1].Stem]) {
			return true
		}
	}
	return false
}

// reportedStems are the folded stems of words for what is reported or
// known of it: a predicate of not known right after one ("وفق معلومات غير
// مؤكدة") describes the report, not the doer.
var reportedStems = map[string]bool{
	"معلومات": true, "معلومه": true, "انباء": true, "تقارير": true, "روايات": true, "روايه": true,
	"مصادر": true, "اخبار": true, "تفاصيل": true,
}

// noOneClaimedAt reports whether a cue of no claim ("لم يتبن", "لم تعلن")
// at k has "أحد" for its subject: "لم يتبنّ أحد الهجوم". Weaker than a
// statement that the doer is not known, which is looked for first.
func (x *Extractor) noOneClaimedAt(d *doc, k int) bool {
	kind, m, ok := x.unnamedActor.at(d.toks, k)
	if !ok || kind != "unclaimed" {
		m, ok = claimNotAnnounced(d, k)
		if !ok {
			return false
		}
	}
	if k > 0 && (d.toks[k-1].Stem == "احد" || d.toks[k-1].Stem == "احدا") {
		return true // "أحداً لم يتبنَّ التفجير": the subject first
	}
	if m.Last >= len(d.toks) {
		return false
	}
	s := d.toks[m.Last].Stem
	return s == "احد" || s == "احدا"
}

// claimNotAnnounced matches the masculine "لم يعلن" at k, which only
// "أحد" as its subject makes a cue of no claim: "لم يعلن أحد مسؤوليته"
// says no one claimed it, "لم يعلن الجيش مسؤوليته" only that the army
// did not.
func claimNotAnnounced(d *doc, k int) (arabic.Match, bool) {
	if k+1 >= len(d.toks) || !lamNegation(d.toks[k].Norm) || d.toks[k+1].Norm != "يعلن" {
		return arabic.Match{}, false
	}
	return arabic.Match{First: k, Last: k + 2}, true
}

// lamNegation reports whether a word is "لم", alone or after the
// conjunction that opens a sentence ("ولم"، "فلم").
func lamNegation(norm string) bool {
	return norm == "لم" || norm == "ولم" || norm == "فلم"
}

// doerSubjects name the doer as the subject of a statement that it is not
// known: "الفاعل"، "المنفذون"، and "هوية" with the word it governs ("هوية
// مطلقي الطائرات"، "هوية الجناة").
var doerSubjects = map[string]bool{
	"فاعل": true, "فاعلون": true, "فاعلين": true, "منفذ": true, "منفذون": true, "منفذين": true, "منفذو": true, "جناه": true,
	"جاني": true, "مهاجمون": true, "مطلقو": true,
}

// doerVerbs are, after "هوية من", the verbs whose subject is the doer.
var doerVerbs = map[string]bool{
	"يقف": true, "تقف": true, "يقفون": true, "نفذ": true, "نفذوا": true, "نفذت": true, "اطلق": true, "اطلقوا": true,
	"فجر": true, "فجروا": true, "ارتكب": true, "ارتكبوا": true, "زرع": true, "زرعوا": true, "استهدف": true, "هاجم": true,
	// who killed, shelled or struck: "هوية من قتل الضحايا"
	"قتل": true, "قتلوا": true, "اغتال": true, "قصف": true, "شن": true, "شنت": true, "نفذوها": true,
}

// identityDoers are, after "هوية", further words for who did it.
var identityDoers = map[string]bool{"جناه": true, "مرتكبي": true, "مسيره": true, "مسيرات": true, "مطلق": true, "منفذ": true}

// doerSubjectAt reports whether token k opens a subject that names the
// doer (see doerSubjects) and where it ends: "هوية" takes the one or two
// words it governs ("هوية مطلقي الطائرات").
func doerSubjectAt(d *doc, k int) (int, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord {
		return 0, false
	}
	if t.Stem == "هويه" && k+2 < len(d.toks) && d.toks[k+1].Norm == "من" && doerVerbs[d.toks[k+2].Norm] {
		// "هوية من يقف خلف الاغتيال"، "هوية من أطلق القذائف": the doer
		// as a relative clause; what is not known may follow its object.
		return k + 3, true
	}
	if t.Stem == "جهه" && t.Article && k+2 < len(d.toks) && d.toks[k+1].Norm == "التي" && doerVerbs[d.toks[k+2].Norm] {
		// "الجهة التي تقف خلف القصف": the doer as a relative clause,
		// with what it stands behind.
		end := k + 3
		if end+1 < len(d.toks) && (d.toks[end].Norm == "خلف" || d.toks[end].Norm == "وراء") {
			end += 2
		}
		return end, true
	}
	if t.Stem == "هويه" && k+1 < len(d.toks) {
		// whose identity: the doer's ("هوية مطلقي الطائرات"), not the
		// victims' ("هوية القتلى").
		_, m, ok := doerWords.at(d.toks, k+1)
		if !ok && !identityDoers[d.toks[k+1].Stem] {
			return 0, false
		}
		end := k + 2
		if ok {
			end = m.Last
		}
		if end < len(d.toks) && d.toks[end].Kind == arabic.TokWord && !notKnownStart(d, end) {
			end++ // "مطلقي الطائرات"
		}
		return end, true
	}
	if k > 0 && (d.toks[k-1].Stem == "عدد" || d.toks[k-1].Stem == "اعداد") {
		return 0, false // "عدد المنفذين غير معروف": how many, not who
	}
	if t.Article && doerSubjects[t.Stem] || t.Stem == "منفذو" || t.Stem == "مطلقو" || suffixedDoerAt(d, k) {
		return k + 1, true
	}
	return 0, false
}

// notKnownStart reports whether token j opens one of notKnownWords or a
// word that carries it ("لا تزال").
func notKnownStart(d *doc, j int) bool {
	if _, _, ok := notKnownWords.at(d.toks, j); ok {
		return true
	}
	switch d.toks[j].Norm {
	case "لا", "ما", "مازالت", "مازال", "بقيت", "ظلت", "لم":
		return true
	}
	return false
}

// standsBehind finds the party named as the subject of "يقف وراء" / "تقف
// وراء" (stands behind) a few words before it: "خلية تابعة للتنظيم تقف
// وراء التفجير". The party after the cue is taken by predicateCues.
func (x *Extractor) standsBehind(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo + 1; k+1 < r.hi; k++ {
		if !in(k) || d.toks[k+1].Norm != "وراء" || d.toks[k].Norm != "تقف" && d.toks[k].Norm != "يقف" {
			continue
		}
		for j := k - 1; j >= r.lo && j >= k-6; j-- {
			t := d.toks[j]
			if t.Kind == arabic.TokPunct && !t.IsQuote() || x.isComplementizer(d, j) {
				break
			}
			if a, _, ok := x.actorAt(d, j); ok && namedActor(a) {
				return a, true
			}
		}
	}
	return "", false
}

// selfNotKnowing reports whether the content of a self complementizer
// ("إنها"، "أنه") opens with a negated verb of knowing or settling within
// its first words: "قالت إنها لم تحسم بعد ما إذا كان ..."، "أكد أنه لا
// يعرف من نفذ ...". The pronoun is then the speaker as one who does not
// know, not the doer of the deed.
func (x *Extractor) selfNotKnowing(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		_, m, ok := x.self.at(d.toks, k)
		if !ok || m.Last >= r.hi || !in(m.Last) {
			continue
		}
		for j := m.Last; j < r.hi && j <= m.Last+3; j++ {
			if !in(j) || d.toks[j].Kind != arabic.TokWord {
				break
			}
			if _, _, ok := knowingWords.at(d.toks, j); ok && negatedKnowing(d, j) {
				return true
			}
		}
		return false
	}
	return false
}

// negatedKnowing reports whether the verb of finding out at k is under a
// negation or an inability a few words before it.
func negatedKnowing(d *doc, k int) bool {
	if v, ok := d.memo.negatedKnowing.lookup(k); ok {
		return v
	}
	return d.memo.negatedKnowing.store(k, negatedKnowingOf(d, k))
}

// negatedKnowingOf is negatedKnowing, not remembered.
func negatedKnowingOf(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if d.toks[j].Kind != arabic.TokWord {
			return false
		}
		if _, _, ok := knowingNegators.at(d.toks, j); ok {
			return true
		}
	}
	return false
}

// rivalGuesses reports whether the claim offers two parties of opposed
// sides as the alternatives for the doer ("الجهة المنفذة قد تكون تركية أو
// أمريكية"، "طائرات النظام أو التحالف"): rival guesses are the words of
// one who does not know. Allies so joined are both blamed (see
// alternativeActor).
func (x *Extractor) rivalGuesses(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		a, m, ok := x.actorAt(d, k)
		if !ok || !in(k) || !namedActor(a) || m.Last+1 >= r.hi {
			continue
		}
		j := m.Last
		if n := d.toks[j].Norm; (n != "او" && n != "ام") || !in(j) {
			continue
		}
		for i := j + 1; i < r.hi && i <= j+3; i++ {
			if b, _, ok := x.actorAt(d, i); ok && in(i) && namedActor(b) {
				return !sameParty(a, b) && !allies(a, b)
			}
		}
	}
	return false
}

// investigatedKnowing reports whether the finding out at k is the aim of
// an inquiry ("يجري التحقيق لتحديد المسؤولين عن الهجوم"،
// "فتحت تحقيقاً لمعرفة منفذي الهجوم"): a doer still being sought is not
// known yet.
func investigatedKnowing(d *doc, k int) bool {
	if !hasClitic(d.toks[k].Clitics, 'ل') {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		for _, base := range []string{"تحقيق", "التحقيق", "يحقق", "تحقق", "تحري", "التحري"} {
			if strings.HasPrefix(t.Stem, base) {
				return true
			}
		}
	}
	return false
}

// unableToTellWhether reports whether token k opens a negated or
// impossible finding out of "whether": "عاجزة عن التحقق مما إذا",
// "لا نعرف ما إذا": a statement of ignorance.
func unableToTellWhether(d *doc, k int) bool {
	_, m, ok := knowingWords.at(d.toks, k)
	if !ok || !negatedKnowing(d, k) {
		return false
	}
	for j := m.Last; j < len(d.toks) && j < m.Last+3; j++ {
		if d.toks[j].IsQuote() {
			continue
		}
		return d.toks[j].Norm == "ما" && j+1 < len(d.toks) && strings.HasSuffix(d.toks[j+1].Norm, "اذا")
	}
	return false
}

// movementType reports whether an event type is a movement of forces
// rather than an attack.
func movementType(t string) bool {
	return t == EventWithdrawal || t == EventDeployment || t == EventEvacuation
}

// victimNouns name the person killed or hurt, or a relative of the
// speaker (who speaks for the victim).
var victimNouns = newLexicon(words("victim", "القتيل", "الضحية", "المصاب", "الجريح", "الشاب", "الشابين", "الراعي", "المزارع",
	"الطفل", "الرجل", "عمه", "عمها", "عمي", "ابنه", "ابنها", "ابني", "أخاه", "أخوه", "أخي", "أخاها", "شقيقه", "شقيقها", "شقيقي",
	"والده", "والدها", "والدي", "زوجها", "زوجي", "قريبه", "قريبها", "ابن عمه", "أبناءه", "أبناءها", "أبنائي"))

// deniesVictimConduct reports whether a denial's content is "أن يكون
// <victim> قد ...": what the victim is said to have done (fired, come
// near), not the event itself.
func deniesVictimConduct(d *doc, r region) bool {
	toks := d.toks
	from := max(r.lo, r.cs-2)
	for k := from; k+1 < r.hi && k < r.cs+3; k++ {
		switch toks[k].Stem {
		case "يكون", "تكون", "يكونوا", "يكونا":
			_, _, ok := victimNouns.at(toks, k+1)
			return ok
		}
	}
	return false
}

// eventResultVerbs have the event as subject: "أدت إلى", "أسفر عن",
// "انتهى بـ", "استهدف", "طال", "جاء".
var eventResultVerbs = newLexicon(words("result", "أدى", "أدت", "أسفر", "أسفرت", "انتهى", "انتهت", "استهدف", "استهدفت",
	"طال", "طالت", "جاء", "جاءت", "يأتي", "تأتي", "وقع", "وقعت", "خلف", "خلفت", "تسبب", "تسببت", "أوقع", "أوقعت",
	// the jussive after "لم": "أنه لم يسفر عن إصابات"
	"يسفر", "تسفر", "يؤد", "تؤد", "يخلف", "تخلف", "يوقع", "توقع", "يتسبب", "تتسبب", "يسفرا"))

// eventPronoun reports whether the pronoun of "قالت إنه", "أكدت أنها"
// stands for the event rather than the speaker: the content goes on with
// an event word or a verb whose subject is an event ("قالت إنه هجوم
// جبان", "أكدت أنها أدت إلى سقوط قتلى").
func (x *Extractor) eventPronoun(d *doc, r region) bool {
	k := r.cs
	for k < r.hi && (d.toks[k].IsQuote() || d.toks[k].Kind != arabic.TokWord) {
		k++
	}
	if k >= r.hi {
		return false
	}
	if n := d.toks[k].Norm; (n == "لم" || n == "لن") && k+1 < r.hi {
		k++ // "أنه لم يسفر عن إصابات": "it" is the attack, negated
	}
	if _, _, ok := eventResultVerbs.at(d.toks, k); ok {
		return true
	}
	if tok := d.toks[k]; tok.Clitics == "ل" && !verbLike(tok) {
		// "بثت مقطعاً قالت إنه لجرحى القصف": "it" belongs to
		// someone (a thing of the victims), not the speaker acting.
		return true
	}
	if t, _, ok := x.triggers.at(d.toks, k); ok && t.priority >= 0 {
		// a noun, not a verb of the speaker acting: "إنه هجوم" but
		// "إنه قصف مواقع" (he shelled) has no article and is a verb too;
		// keep only indefinite nouns with the accusative or nominal
		// form the predicate takes
		tok := d.toks[k]
		return !tok.Article && !verbLike(tok)
	}
	return false
}

// answersFirstDeed reports whether the first event word of the content
// is what the speaker answers ("لها حق الرد على تلك الغارات", "سترد على
// العدوان"): the deed was done to the self-referring speaker, not
// by it.
func (x *Extractor) answersFirstDeed(d *doc, r region, in func(int) bool) bool {
	for k := r.cs; k < r.hi; k++ {
		if _, _, ok := x.triggers.at(d.toks, k); !ok || !in(k) {
			continue
		}
		j := k - 1
		for j > r.cs && demonstratives[d.toks[j].Norm] {
			j--
		}
		if j <= r.cs || d.toks[j].Norm != "علي" {
			return false
		}
		switch strings.TrimPrefix(d.toks[j-1].Norm, "و") {
		case "الرد", "رد", "ردا", "سترد", "سنرد", "ترد", "نرد", "يرد", "سيرد":
			return true
		}
		return false
	}
	return false
}

// partOfTarget reports whether the own forces at k belong to what was hit,
// named just before them with no event word between: "عند عبور قافلة
// مشتركة بين قواتنا والشرطة", "استهدف حاجزا تابعا لقواتنا".
func (x *Extractor) partOfTarget(d *doc, r region, k int) bool {
	for j := k - 1; j >= r.lo && j >= k-4; j-- {
		if _, _, ok := x.triggers.at(d.toks, j); ok {
			return false
		}
		if _, tm, ok := x.targets.at(d.toks, j); ok && tm.Last <= k {
			for h := tm.Last; h < k; h++ {
				if _, am, ok := x.actors.at(d.toks, h); ok && am.Last <= k {
					h = am.Last - 1 // "حواجز الأمن العام ودورياته": the target's owner
					continue
				}
				if _, om, ok := x.targets.at(d.toks, h); ok && om.Last <= k {
					h = om.Last - 1 // "نقاط وحواجز": targets coordinated
					continue
				}
				if !targetLinks[d.toks[h].Stem] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// targetLinks are the folded words that tie a target to the forces it
// belongs to: "دورية مشتركة بين قواتنا", "نقطة تابعة لقواتنا".
var targetLinks = foldedSet("بين", "مشتركة", "مشترك", "المشتركة", "تابعة", "التابعة", "تابع", "التابع")

// countedOf reports whether the words at k are counted, partitively,
// just before: "مقتل أربعة من عناصرها", "17 من منتسبيها". The speaker's
// own men counted so are its dead or wounded, not its forces acting (a
// force made of them, "قوة من عناصرها", has no count).
func (x *Extractor) countedOf(d *doc, r region, k int) bool {
	if k < 2 || d.toks[k-1].Norm != "من" {
		return false
	}
	return d.toks[k-2].Kind == arabic.TokNumber || x.countBetween(d, max(r.lo, k-4), k-1)
}

// lossVerbs are verbs of losing or mourning one's own people: "ذكر
// الفصيل أنه فقد تسعة مقاتلين", "أعلن أنه خسر خمسة من عناصره", "نعت
// الحركة قياديا": the speaker is hit, not the doer.
var lossVerbs = map[string]bool{"فقدت": true, "فقد": true, "فقدنا": true, "خسرت": true, "خسر": true, "خسرنا": true,
	"نعت": true, "نعي": true, "تكبدت": true, "تكبد": true, "تكبدنا": true}

// suffersLoss reports whether the content of a self-referring claim opens
// (within its first three words) with a loss verb (see lossVerbs).
func suffersLoss(d *doc, r region, in func(int) bool) bool {
	for k, n := r.cs, 0; k < r.hi && n < 3; k++ {
		if !in(k) || d.toks[k].Kind == arabic.TokPunct {
			continue
		}
		if lossVerbs[strings.TrimPrefix(d.toks[k].Norm, "و")] || lossVerbs[d.toks[k].Stem] {
			return true
		}
		n++
	}
	return false
}

// demonstratives may stand between a preposition and the event word it
// governs ("على هذه الاعتداءات").
var demonstratives = map[string]bool{"هذه": true, "هذا": true, "هذين": true, "هاتين": true, "تلك": true, "ذلك": true}

// verbLike reports whether a trigger token reads as a past or present
// verb ("قصف", "قصفت", "يقصف", "شن"), which a speaker does.
func verbLike(t arabic.Token) bool {
	switch t.Stem {
	case "قصف", "قصفت", "يقصف", "تقصف", "شن", "شنت", "نفذ", "نفذت", "استهدف", "استهدفت", "هاجم", "هاجمت",
		"اغار", "اغارت", "سحب", "سحبت", "انسحب", "انسحبت", "دخلت", "نشرت", "اخلت", "اخلي", "اسقطت", "اعترضت", "تصدت":
		return true
	}
	return false
}

// capitalCities are the folded stems of capitals that also stand for their
// states as actors (actorWords).
var capitalCities = map[string]bool{"انقره": true, "دمشق": true, "واشنطن": true, "موسكو": true, "طهران": true, "بغداد": true}

// negatedBefore reports whether one of the six words before token k (not
// before lo, and not across punctuation, the speech verb included) is a
// plain negation: "ولم تعلن القوات رسميا مسؤوليتها", "دون أن
// تتبنى".
func negatedBefore(d *doc, k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-6; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if plainNegation(t.Stem) {
			return true
		}
	}
	return false
}

// plainNegation reports whether a word is a negation particle, with or
// without a conjunction before it ("لم", "ولم", "فلا", "عدم", "دون").
func plainNegation(stem string) bool {
	for _, c := range []string{"و", "ف"} {
		if s, ok := strings.CutPrefix(stem, c); ok && len(s) > 2 {
			stem = s
			break
		}
	}
	switch stem {
	case "لم", "لا", "لن", "عدم", "دون", "بدون":
		return true
	}
	return false
}

// claimedObjects are what a claim of responsibility takes as its object
// when no trigger word names the attack: "تبنت العملية", "تبنى المسؤولية".
var claimedObjects = map[string]bool{"عمليه": true, "مسؤوليه": true, "عمليات": true, "هجمات": true}

// adoptsDeed reports whether a deed with no event word of its own
// ("العملية", "الهجمات") is the object of the verb of adopting that ends
// at k, a few words on: a claim of responsibility is about an attack even
// when it names none ("تبنى التنظيم العملية").
func adoptsDeed(d *doc, k, hi int) bool {
	for j := k; j < hi && j < k+5; j++ {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if claimedObjects[t.Stem] {
			return true
		}
	}
	return false
}

// claimantNamed reports whether the word after a verb of adopting an
// attack ("تبنت", ending at token k) is a subject of its own, not the
// attack claimed: "تبنت جماعة صغيرة الاعتداء" names who claims it, while
// "تبنت الهجوم" leaves the claimant the speaker.
func (x *Extractor) claimantNamed(d *doc, k, hi int) bool {
	for ; k < hi; k++ {
		t := d.toks[k]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		if _, _, ok := x.triggers.at(d.toks, k); ok {
			return false
		}
		return !claimedObjects[t.Stem]
	}
	return false
}

// linkSubject returns the named party that stands, as the subject of a
// nominal clause, right before the denial of a part at first: "إن إيران
// ليست طرفاً في الهجوم"، "أن الحزب لا علاقة له بالتفجير". A bare head that
// points back to a party the article named ("الحزب") counts.
func (x *Extractor) linkSubject(d *doc, r region, in func(int) bool, first int) (string, bool) {
	anyParty := func(string) bool { return true }
	a, m, _, end, ok := x.partyBefore(d, r, in, first, anyParty)
	if ok {
		if a == vagueDoer || m.Clitics != "" && m.Clitics != "و" || !clauseOpensAt(d, m.First, r) {
			return "", false
		}
		if !namedActor(a) {
			if b, _, ok := x.kindAntecedent(d, m.First); ok && namedActor(b) {
				return b, true
			}
			return "", false
		}
		return a, true
	}
	if end-1 > r.lo && in(end-1) && clauseOpensAt(d, end-1, r) {
		if a, _, ok := x.kindAntecedent(d, end-1); ok && namedActor(a) {
			return a, true
		}
	}
	return "", false
}

// deniedBefore reports whether an involvement word is itself negative
// ("أي صلة", "لا علاقة", "لم تشارك") or follows a denial ("نفت تورطها", "تنكر
// علاقته"): "يشتبه بضلوعهم" speaks of suspects, denying nothing.
func deniedBefore(d *doc, m arabic.Match) bool {
	switch d.toks[m.First].Stem {
	case "اي", "لا", "لم", "عدم", "غير":
		return true
	case "ليس", "ليست", "لسنا", "لست", "ليسوا":
		return true // "إن الحزب لم يكن طرفاً في المعارك"
	}
	switch d.toks[m.First].Norm {
	case "ولا", "فلا", "ولم", "فلم":
		return true // "ولا علاقة لـ...": the negation with its conjunction
	}
	for k := m.First - 1; k >= 0 && k >= m.First-4; k-- {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		switch t.Stem {
		case "نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "نفيها", "نفيه", "انكر", "انكرت", "ينكر", "تنكر", "عدم", "لا", "لم", "ليس", "ليست":
			return true
		}
	}
	return false
}

// inTargetRelative reports whether token k lies in a relative clause
// ("التي", "الذي") that follows a target noun: "استهدفنا القاعدة التي
// تنطلق منها الطائرات لقصف بلداتنا".
func (x *Extractor) inTargetRelative(d *doc, k int, r region) bool {
	if x.usedForPurpose(d, k, r) {
		return true
	}
	for j := k - 1; j > r.lo && j >= k-8; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		switch t.Norm {
		case "التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي":
			// the clause tells a use of the target ("تستخدمها ...
			// لتنفيذ", "تنطلق منها"), not an attack on it ("الموقع الذي
			// قصفته الطائرات" is the claim's own event)
			use := false
			for i := j + 1; i < k; i++ {
				switch d.toks[i].Stem {
				case "تستخدمها", "يستخدمها", "تستخدمه", "يستخدمه", "تستخدم", "يستخدم", "تنطلق", "ينطلق", "انطلقت", "انطلق", "منها", "منه",
					"لتنفيذ", "لشن", "لاطلاق", "لإطلاق", "تتخذها", "يتخذها", "تتخذه", "يتخذه":
					use = true
				}
			}
			if !use {
				return false
			}
			// the target just before, or before its name ("قاعدة التنف
			// التي")
			for i := j - 1; i >= r.lo && i >= j-4; i-- {
				if _, m, ok := x.targets.at(d.toks, i); ok && (m.Last == j || m.Last < j && x.placeAt(d, m.Last)) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// usedForPurpose reports whether the event word at k tells what a target
// served for, in a clause with no relative word, as an indefinite noun
// takes it: "مقراً كان التنظيم يستخدمه لشن هجمات"، "مستودعاً تتخذه
// الميليشيات لإطلاق الصواريخ". A verb of use stands shortly before k, a
// purpose ل opens the event word or a word between, and a target noun
// comes shortly before the verb of use; the clause's subject is the
// target's user, not the doer of the claim's event.
func (x *Extractor) usedForPurpose(d *doc, k int, r region) bool {
	for j := k - 1; j >= r.lo && j >= k-4; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if !useVerb(t.Stem) {
			continue
		}
		purpose := false
		for i := j + 1; i <= k; i++ {
			// "لشن" keeps its ل in the stem (too short a word to lose it)
			if hasClitic(d.toks[i].Clitics, 'ل') || strings.HasPrefix(d.toks[i].Norm, "ل") {
				purpose = true
			}
		}
		if !purpose {
			return false
		}
		for i := j - 1; i >= r.lo && i >= j-6; i-- {
			if d.toks[i].Kind == arabic.TokPunct && !d.toks[i].IsQuote() {
				return false
			}
			if _, _, ok := x.targets.at(d.toks, i); ok {
				return true
			}
		}
		return false
	}
	return false
}

// useVerb reports whether stem is a verb of using or taking a place for
// something, with the pronoun of the place attached or not: "يستخدمه"،
// "تستخدمها"، "يتخذونه"، "استخدمه".
func useVerb(stem string) bool {
	for _, p := range []string{"يستخدم", "تستخدم", "استخدم", "يستعمل", "تستعمل", "استعمل", "يتخذ", "تتخذ", "اتخذ"} {
		if strings.HasPrefix(stem, p) {
			return true
		}
	}
	return false
}

// antecedent returns the party named in the content shortly before k,
// which a third-person possessive at k refers to. First-person suffixes
// ("قواتنا") always mean the speaker.
func (x *Extractor) antecedent(d *doc, r region, in func(int) bool, k int) (string, bool) {
	if firstPerson(d.toks[k]) {
		return "", false
	}
	for j := k - 1; j >= r.cs && j >= k-5; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return "", false
		}
		if !in(j) {
			continue
		}
		if j >= 2 && relativePronoun(d.toks[j-2]) {
			// "التحالف الذي تتزعمه واشنطن ... طائراته": the party of a
			// relative clause describes the antecedent; it is not it.
			continue
		}
		if a, m, ok := x.actorAt(d, j); ok && namedActor(a) && !hasClitic(m.Clitics, 'ل') && !hasClitic(m.Clitics, 'ب') {
			return a, true
		}
	}
	return "", false
}

// subjectAfterVerb reports whether a party, one of a value or not, stands
// right after token j-1, quote marks aside: "عملية نفذها «الجيش الحر»"
// names the subject of the verb with the object pronoun, no one's own
// deed.
func (x *Extractor) subjectAfterVerb(d *doc, j, end int) bool {
	for ; j < end && d.toks[j].IsQuote(); j++ {
	}
	if j >= end {
		return false
	}
	_, m, ok := x.actorAt(d, j)
	return ok && m.Clitics == ""
}

// relativePronoun reports whether a token is a relative pronoun ("الذي",
// "التي" and their plurals and duals).
func relativePronoun(t arabic.Token) bool {
	switch t.Norm {
	case "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي":
		return true
	}
	return false
}

// notAgentBefore reports whether the word before a party's name makes
// it something other than the agent: the ranks it lost men in, the media
// or sources it owns, or a preposition.
func notAgentBefore(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch t.Stem {
	case "صفوف", "اعلام", "مصادر", "مصدر", "وكاله", "قناه", "صحف", "صحيفه", "ناطق", "متحدث", "اعلاميو":
		return true
	case "تعلق", "يعلق", "علقت", "علق":
		// "ولم تعلق قوات سوريا الديمقراطية على الاستهداف": who did not
		// comment, not who struck.
		return true
	}
	if t.Clitics == "" && !t.Article {
		switch t.Norm {
		case "الي", "بين", "مع", "عن", "علي", "ضد", "حول", "نحو", "لدي", "في":
			// "في": "المسؤول في تنظيم داعش الذي اعتقل": a member
			// described, not a subject
			return true
		}
	}
	return false
}

// disguisedAs reports whether the party named at j is the one whose
// uniform or clothes someone wore ("بزي قوات النظام"، "يرتدون لباس
// الجيش الحر"، "متنكرين بملابس عناصر الأمن"): a disguise, which says the
// wearers were not that party. Quotes and a counted word ("عناصر") may
// stand between.
func disguisedAs(d *doc, j, lo int) bool {
	for i := j - 1; i >= lo && i >= j-3; i-- {
		t := d.toks[i]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		switch t.Stem {
		case "زي", "بزي", "ازياء", "لباس", "ملابس", "ثياب", "بزه", "بزات", "بدلات", "زيهم":
			return true
		case "عناصر", "مقاتلي", "جنود", "افراد", "العسكري":
			continue // "بزي عناصر الأمن"، "الزي العسكري"
		}
		return false
	}
	return false
}

// unknownBetween reports whether the source says it does not know which
// of two parties did it: "لا يعرف هل جاءت الصواريخ من قرى قسد أم من
// ثكنات النظام".
func (x *Extractor) unknownBetween(d *doc, r region, in func(int) bool) bool {
	ign := -1
	for k := r.lo; k < r.hi; k++ {
		if x.ignoranceAt(d, k) && in(k) {
			ign = k
			break
		}
	}
	if ign < 0 {
		return false
	}
	or := -1
	for k := ign + 1; k < r.hi; k++ {
		if (d.toks[k].Norm == "ام" || d.toks[k].Norm == "او") && in(k) {
			or = k
			break
		}
	}
	if or < 0 {
		return false
	}
	before, after := false, false
	for k := ign + 1; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		named := false
		if a, _, ok := x.actorAt(d, k); ok && namedActor(a) {
			named = true
		} else if syrianNisba(d.toks[k]) && (k+1 == or || k == or+1) {
			// "ما إذا كانت الطائرات سورية أم روسية" (air_doer.go)
			named = true
		}
		if named {
			if k < or {
				before = true
			} else {
				after = true
			}
		}
	}
	return before && after
}

// linkedParty returns the party named with ل right after a word of
// involvement ("أي صلة لطهران بما جرى", "لا علاقة لإيران"): an actor word
// or a capital that stands for its government.
func (x *Extractor) linkedParty(d *doc, k int) string {
	if k < len(d.toks) && d.toks[k].Clitics == "" {
		// "أي دور لحزب الله": the tokenizer keeps ل on a stem of three
		// letters ("لحزب"); the matcher's reading of the phrase strips it.
		if a, m, ok := x.actors.at(d.toks, k); ok && a != "unknown" && strings.HasSuffix(m.Clitics, "ل") {
			return a
		}
	}
	if k >= len(d.toks) || !strings.HasSuffix(d.toks[k].Clitics, "ل") {
		return ""
	}
	if a, _, ok := x.actors.at(d.toks, k); ok && a != "unknown" {
		return a
	}
	if a, _, ok := x.kindAntecedent(d, k); ok && namedActor(a) {
		// "أي دور للحزب" after "حزب الله": the party the bare head points
		// back to (kind_anaphor.go).
		return a
	}
	if id, _, ok := x.capitals.at(d.toks, k); ok && !strings.HasPrefix(id, "@") && !strings.HasSuffix(id, "*") {
		return x.actorOfSource(id)
	}
	return ""
}

// claimedBySpeaker returns the speaker's own side when the attribution verb
// itself claims the attack ("تبنت الجماعة استهداف القاعدة"): what the
// content then names is what was hit, and whose it was ("قاعدة الاحتلال
// الأمريكي") is no perpetrator.
func (x *Extractor) claimedBySpeaker(d *doc, f frame, r region, eventType string) (string, bool) {
	if f.cue == nil || r.other || eventType == "" {
		return "", false
	}
	if _, _, ok := x.responsibility.at(d.toks, f.cue.First); !ok {
		return "", false
	}
	if eventType == EventOther && !adoptsDeed(d, f.cue.Last, r.hi) {
		return "", false
	}
	own := x.ownDeedActor(f.src.id)
	return own, own != ""
}

// topicBetween reports whether a preposition of topic ("بشأن", "حول",
// "إزاء") stands between tokens lo and hi: a party before it speaks about
// the event word after it.
func topicBetween(d *doc, lo, hi int) bool {
	for j := lo; j < hi && j < len(d.toks); j++ {
		switch d.toks[j].Norm {
		case "بشان", "حول", "ازاء", "بخصوص":
			return true
		}
	}
	return false
}

// condemnationStems are the verbs and nouns of condemning ("دان",
// "أدانت", "استنكر", "ندد", "شجب", "إدانة"), folded and without clitics.
var condemnationStems = map[string]bool{
	"دان": true, "دانت": true, "ادان": true, "ادانت": true, "يدين": true, "تدين": true, "ادانه": true, "ادانتها": true,
	"استنكر": true, "استنكرت": true, "يستنكر": true, "تستنكر": true, "استنكار": true, "ندد": true, "نددت": true,
	"يندد": true, "تندد": true, "تنديد": true, "شجب": true, "شجبت": true, "يشجب": true, "تشجب": true,
	"انتقد": true, "انتقدت": true, "ينتقد": true, "تنتقد": true, "انتقاد": true,
}

// condemnationBetween reports whether a word of condemning stands in
// lo..hi, around a party and before the event word ("المتحدث باسم
// الخارجية الإيرانية دان الاعتداء", "ندد مسؤول في الخارجية الروسية
// بالقصف"): the party condemns the attack, which no party does of its
// own.
func condemnationBetween(d *doc, lo, hi int) bool {
	for j := lo; j < hi && j < len(d.toks); j++ {
		if t := d.toks[j]; t.Kind == arabic.TokWord && condemnationStems[t.Stem] {
			return true
		}
	}
	return false
}

// cessationStems open what an appeal asks for: to stop, end, curb or
// prevent something ("وقف", "وضع حد", "إنهاء", "منع", "لجم", "كبح").
var cessationStems = map[string]bool{
	"وقف": true, "ايقاف": true, "انهاء": true, "منع": true, "لجم": true, "كبح": true, "الكف": true, "كف": true, "وضع": true,
}

// appealBetween reports whether, between a party and the event word, an
// appeal's complement asks to stop it: a preposition ("إلى", "على", or
// a ب clitic) before a word of cessation ("دعا التحالف إلى وضع حد
// للهجمات", "طالبت موسكو بوقف القصف", "حث الطرفين على وقف الغارات").
// The party is the one called upon, not the one said to strike; "أعلن
// الجيش وقف القصف", with no preposition, still names the doer.
func appealBetween(d *doc, lo, hi int) bool {
	for j := lo; j < hi && j < len(d.toks); j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			continue
		}
		if (t.Norm == "الي" || t.Norm == "علي") && j+1 < hi && cessationStems[d.toks[j+1].Stem] {
			return true
		}
		if n := strings.TrimPrefix(t.Norm, "و"); strings.HasPrefix(n, "ب") && cessationStems[strings.TrimPrefix(n, "ب")] {
			return true
		}
	}
	return false
}

// identityUnclearAt reports whether an ignorance cue at k ("لم تتضح"،
// "غير معروفة") has for its subject, a few words before it, who did it:
// "هوية المهاجمين لم تتضح بعد"، "الجهة المنفذة لا تزال غير معروفة".
func (x *Extractor) identityUnclearAt(d *doc, k int) bool {
	if !x.ignoranceAt(d, k) {
		return false
	}
	if identityAfterUntil(d, k) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if _, _, ok := x.unnamedObjects.at(d.toks, j); ok {
			return true
		}
	}
	return false
}

// untilReach is how many tokens a phrase of "until" (a time, a date with
// its commas and numbers) may run between a cue of not knowing and its
// subject.
const untilReach = 16

// identityAfterUntil reports whether, after the ignorance cue at k, a
// phrase of time opened by "حتى" leads to the identity of the doer as the
// subject of not knowing: "لم تعرف حتى مساء الأحد، الموافق 5 من الشهر،
// هوية المهاجمين". A word of the toll, or of contrast ("لكن"، "بينما"،
// "فيما"), on the way ends it: what follows is another matter.
func identityAfterUntil(d *doc, k int) bool {
	j := k + 1
	for j < len(d.toks) && j <= k+3 && d.toks[j].Kind == arabic.TokWord && d.toks[j].Norm != "حتي" && d.toks[j].Norm != "حتى" {
		j++ // the rest of the cue ("لم تُعرف")
	}
	if j >= len(d.toks) || d.toks[j].Norm != "حتي" && d.toks[j].Norm != "حتى" {
		return false
	}
	for i := j + 1; i < len(d.toks) && i <= j+untilReach; i++ {
		t := d.toks[i]
		if t.Kind == arabic.TokPunct && t.Text != "،" && t.Text != "," {
			return false
		}
		if t.Kind != arabic.TokWord {
			continue // a number of the date
		}
		if _, _, ok := tollObjects.at(d.toks, i); ok {
			return false
		}
		switch strings.TrimPrefix(t.Norm, "و") {
		case "لكن", "بينما", "فيما", "حين":
			return false
		}
		if t.Stem == "هويه" {
			_, ok := doerSubjectAt(d, i)
			return ok
		}
	}
	return false
}

// disowned is where the denied act starts in a denial's content: right
// at it ("نفت قسد استهداف المدنيين"), or after the "من" of disowning
// ("تبرأت الجماعة من الهجوم").
func disowned(d *doc, r region) int {
	if r.cs+1 < r.hi && d.toks[r.cs].Kind == arabic.TokWord && d.toks[r.cs].Stem == "من" && d.toks[r.cs].Clitics == "" {
		return r.cs + 1
	}
	return r.cs
}

// allegationNouns are the folded stems of the words for a charge that a
// denial rejects ("مزاعم"، "ادعاءات"، "اتهامات"). A neutral word for news
// ("الأنباء عن غارات") says the event is false, not who did it.
var allegationNouns = foldedSet("مزاعم", "ادعاءات", "ادعاء", "اتهامات", "اتهام", "الاتهامات", "المزاعم", "الادعاءات")

// allegationLinks may stand between an allegation noun and the act it
// tells: a preposition ("عن"، "حول"، "بشأن"), the one charged ("له"،
// "لها") or a participle ("المتداولة"، "المزعومة").
var allegationLinks = foldedSet("عن", "حول", "بشان", "بخصوص", "له", "لها", "لهم", "المتداوله", "المتداول", "المزعومه",
	"الاخيره", "الكاذبه", "التي", "تتحدث", "تحدثت", "اي", "باي")

// carryingOutNouns are verbal nouns of carrying out an act ("نفت الوزارة
// تنفيذ أي غارات", "نفى توجيه ضربات"): the act follows them.
var carryingOutNouns = foldedSet("تنفيذ", "توجيه", "القيام")

// allegedAct is where the act starts that an allegation noun opening a
// denial's content (at c) tells: within four words, past links and one
// name of who made the charge ("اتهامات دمشق له بقصف").
func (x *Extractor) allegedAct(d *doc, r region, in func(int) bool, c int) (int, bool) {
	if c >= r.hi || !in(c) || d.toks[c].Kind != arabic.TokWord || !allegationNouns[d.toks[c].Stem] && !allegationNouns[d.toks[c].Norm] &&
		!carryingOutNouns[d.toks[c].Stem] && !carryingOutNouns[d.toks[c].Norm] {
		return 0, false
	}
	names := 0
	for k := c + 1; k < r.hi && k <= c+5; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord {
			return 0, false
		}
		if _, tm, ok := x.triggers.at(d.toks, k); ok {
			return k, !ownSuffix(d.toks[tm.Last-1])
		}
		if allegationLinks[t.Norm] || allegationLinks[t.Stem] {
			continue
		}
		if names++; names > 1 {
			return 0, false
		}
	}
	return 0, false
}

// hedgedParty is the party a hedge in mid-sentence names right after its
// complementizer, which the attribution takes up: "غارات يُرجّح أنها
// روسية", "مسلحون يعتقد أنهم من التنظيم".
func (x *Extractor) hedgedParty(d *doc, r region, in func(int) bool) (string, bool) {
	if r.cs <= r.lo || r.cs >= r.hi || r.cs <= r.anchor {
		return "", false
	}
	for j := r.cs - 2; j < r.cs; j++ {
		if j < r.anchor {
			continue
		}
		if _, pm, ok := x.predicates.at(d.toks, j); ok && pm.Last == r.cs {
			if a, ok := x.actorAfter(d, r.cs, r.hi, in); ok && namedActor(a) {
				return a, true
			}
			if aircraftBefore(d, j) {
				if a, ok := x.hedgedOwner(d, r, in); ok {
					return a, true
				}
			}
		}
	}
	if a, ok := x.hedgeCueOwner(d, r, in); ok {
		return a, true // the hedge is the claim's own cue (hedged_owner.go)
	}
	return "", false
}

// hedgedOwner reads the owner a hedge on aircraft names with a word of
// belonging right after its complementizer: "مقاتلات يُرجَّح أنها تعود
// إلى سلاح الجو التركي" names Turkey. (Depots "believed to belong to" a party
// are the target, not the doer: the caller asks for aircraft first.)
func (x *Extractor) hedgedOwner(d *doc, r region, in func(int) bool) (string, bool) {
	return x.ownerAt(d, r.cs, r.hi, in) // also "تعود إلى" (hedged_owner.go)
}

// thirdPartyCharge reports whether the predicate cue at k follows, by one
// word, a verb of charging that is not the frame's own cue and whose
// subject is no party of the war: "حمّل ناشطون مسؤوليته للميليشيا" inside
// a claim of someone else names the activists' charge, not the speaker's.
func (x *Extractor) thirdPartyCharge(d *doc, f frame, k int, r region) bool {
	v := k - 2
	if v < r.lo || f.cue != nil && f.cue.First == v {
		return false
	}
	switch strings.TrimPrefix(d.toks[v].Stem, "و") {
	case "حمل", "حملت", "حملوا", "يحمل", "تحمل", "يحملون":
	default:
		return false
	}
	s := d.toks[v+1]
	if s.Kind != arabic.TokWord {
		return false
	}
	_, _, isActor := x.actorAt(d, v+1)
	return !isActor
}

// coActor is a second party named beside the doer a in the claim, joined
// to it by "و": "حمّلت روسيا والنظام المسؤولية", "قوات النظام وروسيا
// قصفت", "قصف عناصر الفرقة الرابعة والحرس الثوري". Both did
// it in the source's words; the claim reads the one, its sibling the
// other. "" when a stands alone.
func (x *Extractor) coActor(d *doc, r region, in func(int) bool, a string) string {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		b, m, ok := x.actorAt(d, k)
		if !ok {
			continue
		}
		if !sameParty(a, b) {
			k = m.Last - 1
			continue
		}
		j := m.Last
		for j < r.hi && d.toks[j].IsQuote() {
			j++
		}
		if j < r.hi && in(j) && d.toks[j].Kind == arabic.TokWord && hasClitic(d.toks[j].Clitics, 'و') {
			if allyWord(d.toks[j]) && j+1 < r.hi && in(j+1) {
				// "قوات النظام وحليفتها روسيا": the ally named after
				// the word that calls it one.
				if c, _, ok := x.actorAt(d, j+1); ok && namedActor(c) && allies(a, c) {
					return c
				}
			}
			if c, _, ok := x.actorAt(d, j); ok && namedActor(c) && allies(a, c) {
				return c
			}
			if allies(a, "syria_gov") && m.Last-m.First == 1 && syrianAdjective(d.toks[j]) {
				// "الطائرات الروسية والسورية": a second adjective of
				// nationality, the Syrian state's.
				return "syria_gov"
			}
			if c, ok := x.joinedForceParty(d, r, in, a, j); ok {
				return c
			}
		}
		if k > r.lo && in(k-1) && m.Last-m.First == 1 && nisbaWord(d.toks[k]) && !hasClitic(d.toks[k].Clitics, 'و') {
			// "الطيران الحربي السوري الروسي المشترك": two adjectives of
			// nationality side by side name a joint force of both.
			for i := k - 1; i >= r.lo && i >= k-4; i-- {
				if c, cm, ok := x.actorAt(d, i); ok && in(i) && cm.Last == k && namedActor(c) && allies(a, c) && nisbaWord(d.toks[k-1]) {
					return c
				}
			}
		}
		if c, ok := x.alternativeActor(d, r, in, a, j, m.Last-m.First == 1); ok {
			return c
		}
		if hasClitic(d.toks[k].Clitics, 'و') {
			for i := k - 1; i >= r.lo && i >= k-4; i-- {
				if c, cm, ok := x.actorAt(d, i); ok && in(i) && cm.Last == k && namedActor(c) && allies(a, c) {
					return c
				}
			}
		}
		if k-1 > r.lo && in(k-1) && d.toks[k-1].Norm == "او" {
			// "أن تكون قوات النظام أو الميليشيات الإيرانية وراء ...": the
			// first of the alternatives, before "أو".
			for i := k - 2; i >= r.lo && i >= k-5; i-- {
				if c, cm, ok := x.actorAt(d, i); ok && in(i) && cm.Last == k-1 && namedActor(c) && allies(a, c) {
					return c
				}
			}
		}
		return ""
	}
	return ""
}

// joinedForceParty reads the second party of "و" at token j when a force
// noun or "أخرى" stands before its name: "للطيران الروسي وطيران النظام"،
// "طائرات حربية روسية وأخرى تابعة للنظام"، "قوات التحالف ومقاتلات
// أمريكية". Only an ally of a counts, as for any joined party.
func (x *Extractor) joinedForceParty(d *doc, r region, in func(int) bool, a string, j int) (string, bool) {
	k := j
	if _, fm, ok := x.forces.at(d.toks, j); ok {
		k = fm.Last
	} else if otherOnesWord(d.toks[j]) {
		k = j + 1
		if k < r.hi && in(k) && ownership(d.toks[k]) {
			k++ // "وأخرى تابعة لـ"
		}
	} else {
		return "", false
	}
	for ; k < r.hi && d.toks[k].IsQuote(); k++ {
	}
	if k >= r.hi || !in(k) || k == j {
		return "", false
	}
	if c, _, ok := x.actorAt(d, k); ok && namedActor(c) && allies(a, c) {
		return c, true
	}
	return "", false
}

// otherOnesWord reports whether t is "وأخرى"/"وآخر" and their kin: others
// of the same kind, whose owner follows.
func otherOnesWord(t arabic.Token) bool {
	if !hasClitic(t.Clitics, 'و') {
		return false
	}
	switch t.Stem {
	case "اخري", "اخرى", "اخر", "اخرين", "اخرون":
		return true
	}
	return false
}

// nisbaWord reports whether t is a one-word adjective of nationality that
// names a party ("الروسي"، "السورية"، "إيرانية").
func nisbaWord(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	st := t.Stem
	for _, base := range []string{"سوري", "روسي", "تركي", "امريكي", "اميركي", "ايراني", "اسرائيلي"} {
		switch strings.TrimPrefix(st, base) {
		case "", "ه", "ة":
			if strings.HasPrefix(st, base) {
				return true
			}
		}
	}
	return false
}

// alternativeActor reads a second party offered as the alternative after
// "أو" ("الطيران الروسي أو طيران النظام"، "طائرات روسية أو سورية"،
// "طائرات التحالف أو القوات الأمريكية"): the speaker names both as the
// doer it blames or denies, so each is read as its account of who did it.
// Only allies: "التحالف أو النظام" are rival guesses of one who does not
// know. j is the token after the first party; oneWord says it is a single
// word, which a bare adjective of nationality may follow.
func (x *Extractor) alternativeActor(d *doc, r region, in func(int) bool, a string, j int, oneWord bool) (string, bool) {
	if j+1 >= r.hi || !in(j) || !in(j+1) || d.toks[j].Norm != "او" {
		return "", false
	}
	k := j + 1
	if _, fm, ok := x.forces.at(d.toks, k); ok && fm.Last < r.hi && in(fm.Last) {
		k = fm.Last // "أو طيران النظام": the party after its force noun
	}
	for _, i := range []int{j + 1, k} {
		if c, _, ok := x.actorAt(d, i); ok && namedActor(c) && allies(a, c) {
			return c, true
		}
	}
	if allies(a, "syria_gov") && oneWord && syrianAdjective(d.toks[j+1]) {
		return "syria_gov", true
	}
	return "", false
}

// allies reports whether two different parties fight on one side, the
// Western (the US, its coalition, Israel) or the Syrian state's (with
// Russia and the Iran-backed forces), and so may strike together. Parties
// of opposed sides joined by "و" are the two sides of a clash ("بين
// إسرائيل وإيران", "تبادل حزب الله والجيش الإسرائيلي النيران").
func allies(a, b string) bool {
	if sameParty(a, b) {
		return false
	}
	side := func(p string) string {
		switch p {
		case "us", "coalition", "israel":
			return "west"
		case "syria_gov", "russia", "iran_backed":
			return "axis"
		}
		return ""
	}
	return side(a) != "" && side(a) == side(b)
}

// allyWord reports whether t calls the party after it an ally of the one
// before: "وحليفتها", "وحليفه", "وحلفاؤها", "وشريكتها".
func allyWord(t arabic.Token) bool {
	for _, base := range []string{"حليف", "حلفاء", "حلفاؤ", "حلفائ", "شريك"} {
		if strings.HasPrefix(t.Stem, base) {
			return true
		}
	}
	return false
}

// syrianAdjective reports whether t is the adjective "Syrian" ("السورية",
// "سوري"), which after another party's adjective names the Syrian state.
func syrianAdjective(t arabic.Token) bool {
	switch t.Stem {
	case "سوريه", "سوري", "السوريه", "السوري":
		return true
	}
	return false
}

// exchangedCharge reports whether the accusation noun of the frame is
// exchanged ("تبادل الاتهامات بين الطرفين", "تبادلا الاتهامات"): each
// side blames the other, and the parties after it are the accusers.
func exchangedCharge(d *doc, f frame) bool {
	if f.cue == nil || f.cue.First == 0 {
		return false
	}
	p := d.toks[f.cue.First-1]
	return p.Kind == arabic.TokWord && (strings.HasPrefix(p.Stem, "تبادل") || strings.HasPrefix(p.Stem, "يتبادل") || strings.HasPrefix(p.Stem, "تتبادل"))
}

// accusedFrom is where the accused party may stand: from the content,
// or, when the verb of charging lies inside the region and its object
// comes first, right after the verb ("حمّل الجيش مسؤوليته يومها لعناصر
// التنظيم": the party comes before any content the frame opens).
func accusedFrom(d *doc, f frame, r region) int {
	if f.cue != nil && f.cue.Last > r.lo && f.cue.Last < r.cs {
		for k := f.cue.Last; k < r.cs; k++ {
			if t := d.toks[k]; t.Kind == arabic.TokWord && strings.HasPrefix(t.Stem, "مسؤوليت") {
				return f.cue.Last
			}
		}
	}
	return r.cs
}

// partialShare reports whether a share word and "من" follow the accused
// party at j ("جانباً من المسؤولية", "جزءاً من المسؤولية", "قسطاً من
// اللوم"): the party is given part of the blame, as the one who backed
// or allowed the attack, not as the one who carried it out.
func partialShare(d *doc, j, hi int) bool {
	if j+1 >= hi || d.toks[j].Kind != arabic.TokWord || d.toks[j+1].Norm != "من" {
		return false
	}
	switch d.toks[j].Stem {
	case "جانبا", "جزءا", "جزء", "جانب", "قسطا", "قسط", "شطرا", "نصيبا", "بعض":
		return true
	}
	return false
}

// responsibilityNouns are the normalised forms of "مسؤولية".
var responsibilityNouns = map[string]bool{"مسووليه": true, "مسؤوليه": true}

// anyDeedCharge reports whether the charge that names a party before
// token j holds it answerable for any deed of a kind ("محمّلاً الحكومة
// المسؤولية عن أي قصف يأتي من حدودها"، "عن كل اعتداء"): a standing
// liability, a host's or a patron's, not who did this deed.
func anyDeedCharge(d *doc, j, hi int) bool {
	for k := j; k < hi && k < j+4; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if w := strings.TrimPrefix(t.Norm, "ال"); !responsibilityNouns[w] && !responsibilityNouns[t.Stem] {
			continue
		}
		for i := k + 1; i < hi && i <= k+3; i++ {
			if n := d.toks[i].Norm; n == "اي" || n == "كل" {
				return i > k+1 && d.toks[i-1].Norm == "عن"
			}
		}
		return false
	}
	return false
}

// deniesChargeOnItself reports whether a denial that takes up what was
// just told ("وهو ما نفته أنقرة"، "وهذا ما نفاه الجيش") answers a charge
// made in that clause against the denier's own party ("متهماً تركيا
// بغض الطرف عنهم"، "واتهمت قسد الجيش بقصف القرية"): the denier denies its
// own part, whatever the charge, not that the event happened. It returns
// the denier's party.
func (x *Extractor) deniesChargeOnItself(d *doc, f frame) (string, bool) {
	own := x.ownDeedActor(f.src.id)
	if f.stance != StanceDenies || own == "" {
		return "", false
	}
	m := -1
	for j := f.anchor - 1; j >= 1 && j >= f.anchor-2; j-- {
		if d.toks[j].Norm == "ما" || d.toks[j].Norm == "الذي" {
			m = j
			break
		}
	}
	if m < 1 {
		return "", false
	}
	switch d.toks[m-1].Norm {
	case "وهو", "هو", "وهذا", "هذا", "وذلك", "ذلك", "الامر":
	default:
		return "", false
	}
	for j := m - 2; j >= 0 && j >= m-20; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && t.Text == "." {
			return "", false
		}
		if !chargeWord(t.Stem) {
			continue
		}
		for k := j + 1; k < m-1 && k <= j+4; k++ {
			if a, _, ok := x.actorAt(d, k); ok && namedActor(a) {
				return own, sameParty(a, own)
			}
		}
		return "", false
	}
	return "", false
}

// chargeWord reports whether stem is a verb or participle of accusing or
// of laying the blame: "اتهم"، "متهماً"، "حمّلت"، "محمّلة".
func chargeWord(stem string) bool {
	for _, p := range []string{"اتهم", "يتهم", "تتهم", "متهم", "حمل", "يحمل", "تحمل", "محمل"} {
		if strings.HasPrefix(stem, p) {
			return true
		}
	}
	return false
}

// abettorCharge reports whether the charge after the accused party at j
// is one of abetting, not doing: "متهماً أنقرة بغض الطرف عنهم"،
// "اتهمت واشنطن بتسهيل مرورهم"، "بالتواطؤ"، "بدعم المهاجمين"، "بإيوائهم".
// The party let the attackers act; it is not named as the attacker (the
// claim carries the rule "actor:abettor", which reconcile leaves out of
// the perpetrator question).
func abettorCharge(d *doc, j, hi int) bool {
	if j >= hi || d.toks[j].Kind != arabic.TokWord {
		return false
	}
	if d.toks[j].Stem == "بغض" {
		return true // too short a stem to lose its ب
	}
	if !hasClitic(d.toks[j].Clitics, 'ب') {
		return false
	}
	switch d.toks[j].Stem {
	case "غض", "تغاضي", "تغاض", "تواطؤ", "تواطو", "تسهيل", "سماح", "تمويل", "دعم", "ايواء", "تسليح", "حمايه", "توفير", "تامين":
		return true
	}
	return false
}

// wordBefore is the word before token k, skipping quote marks, not before
// lo; -1 when there is none.
func wordBefore(d *doc, k, lo int) int {
	for j := k - 1; j >= lo; j-- {
		if !d.toks[j].IsQuote() {
			return j
		}
	}
	return -1
}

// admissionVerbs admit a deed: "أقرّ", "اعترف", in the past and present.
var admissionVerbs = map[string]bool{
	"اقر": true, "اقرت": true, "يقر": true, "تقر": true, "اقروا": true,
	"اعترف": true, "اعترفت": true, "يعترف": true, "تعترف": true, "اعترفوا": true,
}

// admitsDeed reports whether the speaker admits an act of its own: a verb
// of admitting whose object, with ب, is the event word itself ("أقرّت
// الوزارة بشن غارات على المخازن", "اعترف الجيش بقصف الموقع"). Whoever
// admits carrying out an attack names itself as its doer; an admission
// that names someone else ("أقر بأن الطائرات الروسية قصفت") is read by
// the other rules first.
func (x *Extractor) admitsDeed(d *doc, f frame, r region, in func(int) bool) bool {
	if f.cue == nil || !admissionVerbs[d.toks[f.cue.First].Stem] {
		return false
	}
	k := r.cs
	for k < r.hi && (!in(k) || d.toks[k].IsQuote()) {
		k++
	}
	if k >= r.hi {
		return false
	}
	base, withB := d.toks[k].Stem, hasClitic(d.toks[k].Clitics, 'ب')
	if !withB {
		base, withB = strings.CutPrefix(base, "ب")
	}
	if !withB {
		return false
	}
	if deedNouns[base] && k+1 < r.hi {
		k++ // "بتنفيذ ضربة", "بشن غارات": the deed is the next word
		if d.toks[k].Norm == "اي" {
			k++
		}
	}
	t, _, ok := x.triggers.at(d.toks, k)
	return ok && t.typ != EventOther
}

// deedNouns are the verbal nouns of carrying out that take the event
// word as their object: "تنفيذ ضربة", "شن غارات".
var deedNouns = map[string]bool{"تنفيذ": true, "شن": true, "ارتكاب": true}

// accuserAdjective reports whether the predicate cue from k to last is a
// definite accusation noun ("الاتهامات") followed by a definite adjective
// ("التركية"), which names the accuser.
func (x *Extractor) accuserAdjective(d *doc, k, last, hi int) bool {
	if last >= hi || !d.toks[k].Article || !d.toks[last].Article || d.toks[last].Clitics != "" {
		return false
	}
	_, _, ok := x.accusationNouns.at(d.toks, k)
	return ok
}

// exposedTo reports whether a word says that what follows it was
// subjected to the attack: "نفى تعرّض قواته لأي هجوم" (its forces were the
// target, not the doer).
func exposedTo(t arabic.Token) bool {
	switch strings.TrimPrefix(t.Stem, "و") {
	case "تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا":
		return true
	}
	return false
}

// accountNounAt reports whether token k is a noun of report or accusation
// ("الاتهامات", "رواية", "مزاعم"): a party named right after it owns the
// account.
func (x *Extractor) accountNounAt(d *doc, k int) bool {
	if _, _, ok := x.accusationNouns.at(d.toks, k); ok {
		return true
	}
	_, _, ok := x.reportNouns.at(d.toks, k)
	return ok
}

// crimeOf reads the party a claim names as the author of a crime: the
// nationality adjective or the agent right after "جريمة" (with "حرب"
// between them or not) or "جرائم حرب" ("جريمة حرب روسية"، "جريمة
// إسرائيلية"، "جريمة جديدة للنظام"). Calling the deed a crime of a party lays it on
// that party, as "مجزرة روسية" does.
func (x *Extractor) crimeOf(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord {
			continue
		}
		stem := d.toks[k].Stem
		if (stem != "جريمه" && stem != "جرائم") || hasClitic(d.toks[k].Clitics, 'ل') {
			// "بوضع حد لجرائم التحالف": the crimes at large, not this deed
			continue
		}
		j := k + 1
		if j < r.hi && d.toks[j].Kind == arabic.TokWord && d.toks[j].Stem == "حرب" && d.toks[j].Clitics == "" {
			j++
		} else if stem == "جرائم" {
			// "ردا على جرائم العدو": the plural alone tells of other deeds,
			// the cause of this one; "جرائم حرب" names this one
			continue
		}
		if a, ok := x.actorAfter(d, j, r.hi, in); ok && namedActor(a) {
			return a, true
		}
	}
	return "", false
}

// publicOrder reports whether a bare "النظام" at match m means public
// order rather than the regime: after "حفظ" ("قوات حفظ النظام"، "لحفظ
// النظام"، "حفظ الأمن والنظام") or before "العام" ("النظام العام").
func publicOrder(d *doc, m arabic.Match) bool {
	if m.Last-m.First != 1 || d.toks[m.First].Norm != "النظام" && strings.TrimLeft(d.toks[m.First].Norm, "وبل") != "النظام" {
		return false
	}
	if m.Last < len(d.toks) && d.toks[m.Last].Norm == "العام" {
		return true
	}
	for j := m.First - 1; j >= 0 && j >= m.First-3; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if t.Stem == "حفظ" || strings.TrimLeft(t.Norm, "وبل") == "حفظ" {
			return true
		}
		if t.Norm != "الامن" && t.Norm != "و" {
			return false
		}
	}
	return false
}

// unknownPersons are the folded masculine plurals of "مجهول" that stand for
// people: "ركنها مجهولون"، "من قبل مجهولين"، "أفراد مجهولون".
var unknownPersons = foldedSet("مجهولون", "مجهولين", "مجهولان")

// unknownConstructs are the folded construct forms of the plural and dual
// of "مجهول" (their nunation dropped before a complement): with "الهوية"
// after them they stand for people as "مجهولون" does: "أطلق مجهولو الهوية
// النار"، "على يد مسلحين مجهولي الهوية"، "مسلحان مجهولا الهوية".
var unknownConstructs = foldedSet("مجهولو", "مجهولي", "مجهولا")

// unknownPersonAt reports whether token k is a word for unknown people:
// one of unknownPersons, or one of unknownConstructs followed by "الهوية"
// ("مجهولا" alone is as often the predicate "ظل الفاعل مجهولاً").
func unknownPersonAt(toks []arabic.Token, k int) bool {
	t := toks[k]
	if t.Kind != arabic.TokWord {
		return false
	}
	if unknownPersons[t.Stem] {
		return true
	}
	if !unknownConstructs[t.Norm] && !unknownConstructs[t.Stem] {
		return false
	}
	return k+1 < len(toks) && toks[k+1].Kind == arabic.TokWord && identityWords[toks[k+1].Norm]
}

// identityWords are the folded complements of a construct "مجهولو" that
// say whose identity is unknown.
var identityWords = foldedSet("الهوية", "الهويه")

// unknownPersonsIn reports whether the claim's text tells of unknown people
// ("مجهولون") in a claim that names no doer: they are who did it. Unknown
// dead ("جثث لأشخاص مجهولين") and an unknown fate or identity are not.
func unknownPersonsIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || !unknownPersonAt(d.toks, k) {
			continue
		}
		if !harmedBefore(d.toks, k) {
			return true
		}
	}
	return false
}

// unknownDeadWords are the folded words before which "مجهولين" tells of the
// dead or of what is not known, not of the doers: "جثث مجهولين"، "جثتين
// لشخصين مجهولين"، "مصير مجهول".
var unknownDeadWords = foldedSet("جثه", "جثث", "جثتين", "جثتي", "جثمان", "جثامين", "رفات", "مصير", "هويه", "قبور", "مقبره",
	// the dead and the hurt themselves: "قتلى مجهولو الهوية"، "ضحايا مجهولين"
	"قتلى", "ضحايا", "جرحى", "مصابين", "مصابون")

// harmedBefore reports whether one of unknownDeadWords stands within three
// words before token k.
func harmedBefore(toks []arabic.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].Kind != arabic.TokWord {
			return false
		}
		if unknownDeadWords[toks[j].Stem] {
			return true
		}
	}
	return false
}

// unknownOwnerWords are the folded singular forms of "مجهول" that call a
// weapon or a strike of unknown owner: "مسيّرة مجهولة"، "قصف مجهول
// المصدر". The plural that stands for people ("مجهولون") is not among them.
var unknownOwnerWords = foldedSet("مجهول", "مجهولة", "مجهولتان", "مجهولتين")

// unknownWeaponIn reports whether the claim calls a weapon or strike of
// unknown owner by a singular form of "مجهول" and tells of no unknown
// people.
func unknownWeaponIn(d *doc, r region, in func(int) bool) bool {
	found := false
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord {
			continue
		}
		if unknownPersonAt(d.toks, k) {
			return false
		}
		if unknownOwnerWords[t.Stem] && !harmedBefore(d.toks, k) {
			found = true
		}
	}
	return found
}

// unitHeads (stems) head a construct that names a unit of a party: "فرع
// الأمن العسكري"، "جهاز المخابرات"، "شعبة الاستخبارات"، "عناصر الحزب".
var unitHeads = map[string]bool{
	"فرع": true, "جهاز": true, "شعبه": true, "عناصر": true, "ضباط": true, "خلايا": true,
}

// blamedAfter returns the named party a blame cue ending before j lays the
// blame on: right after the cue, as the patron of a force blamed ("فصائل
// موالية لإيران"), or after the head of a unit of it in a construct
// ("وجّهوا الاتهام إلى شعبة المخابرات").
func (x *Extractor) blamedAfter(d *doc, j, end int, in func(int) bool) (string, bool) {
	if a, ok := x.actorAfter(d, j, end, in); ok && namedActor(a) {
		return a, true
	}
	for k := j + 1; k < end && k <= j+3; k++ {
		// "اتهمت الوزارة فصائل يمولها الحزب"، "اتهم مجموعات
		// موالية لإيران": a force blamed by its patron.
		if !in(k) || d.toks[k].Kind != arabic.TokWord {
			break
		}
		if patronLink(d.toks[k].Stem) != 0 && x.forceEndsAt(d, j, k) {
			if a, ok := x.patronAfterLink(d, k, end, in); ok {
				return a, true
			}
		}
	}
	if j+1 >= end || !in(j) || !in(j+1) || d.toks[j].Kind != arabic.TokWord || !unitHeads[d.toks[j].Stem] {
		return "", false
	}
	if a, m, ok := x.actorAt(d, j+1); ok && namedActor(a) && m.Clitics == "" {
		return a, true
	}
	return "", false
}

// blamedDespiteUnclaimed returns the party a claim blames after a word of
// contrast ("غير أن"، "إلا أن"، "لكن") that follows its own words that no
// one claimed the deed: the contrast turns from the unclaimed deed to the
// party the speaker holds behind it.
func (x *Extractor) blamedDespiteUnclaimed(d *doc, r region, in func(int) bool) (string, bool) {
	unclaimed, contrast := false, false
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if !unclaimed {
			unclaimed = x.unnamedKindAt(d, k) == "unclaimed" || x.noOneClaimedAt(d, k) || noClaimClauseAt(d, k)
			continue
		}
		if t := d.toks[k]; t.Kind == arabic.TokWord {
			switch t.Norm {
			case "لكن", "ولكن":
				contrast = true
			case "غير", "الا", "بيد":
				if k+1 < r.hi && d.toks[k+1].Norm == "ان" {
					contrast = true
				}
			}
		}
		if !contrast {
			continue
		}
		if _, bm, ok := x.blameCues.at(d.toks, k); ok {
			return x.blamedAfter(d, bm.Last, r.hi, in)
		}
	}
	return "", false
}

// chargeNoun reports whether t is the verbal noun of laying a charge
// ("تحميل"، "اتهام"), with or without a clitic ("بتحميل"، "لاتهام"): the
// noun tells of a charge without saying whose it is.
func chargeNoun(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch strings.TrimPrefix(t.Stem, "ال") {
	case "تحميل", "اتهام":
		return true
	}
	return false
}

// heldByStore reports whether the event word at k stands right after a
// store noun without the article, as its genitive ("منصات هاون", "مخازن
// صواريخ"): the weapon
// names what the store holds (see storedObjectAt), not a deed.
func (x *Extractor) heldByStore(d *doc, k int) bool {
	if k < 1 || d.toks[k].Kind != arabic.TokWord || d.toks[k].Clitics != "" {
		return false
	}
	// The head of a construct never takes the article: "المستودع نفذته"
	// is a store and the verb of its bombing, no construct.
	_, m, ok := x.stores.at(d.toks, k-1)
	return ok && m.Last == k && !d.toks[k-1].Article
}

// happeningDenied reports whether the content denies that a deed
// happened or was recorded, by a negator before a verb of happening,
// undergoing or recording ("أنه لم تُسجل أي غارة"، "أنه لم يقع أي قصف"):
// the pronoun of "أنه" is then the impersonal one, or the speaker as the
// one who watched, never the doer of the deed.
func happeningDenied(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k+1 < r.hi; k++ {
		if in(k) && in(k+1) && pastNegators[d.toks[k].Norm] && happenedVerbs[d.toks[k+1].Stem] {
			return true
		}
	}
	return false
}
