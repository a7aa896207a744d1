package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// deedTriggers extend eventTriggers with the deeds of killing, seizing and
// shooting that a ground force or gunmen carry out, in the persons, voices
// and verbal nouns outlets use (read in real reports of executions,
// abductions, raids and shootings):
//
//   - executions and summary killings: "أعدمه"، "أعدموه"، "يُعدم"،
//     "إعدام شابين"، "تصفيتهم"، "تصفية ميدانية"، "ذبحاً", and a count of
//     them in the accusative ("وثّق 40 إعداماً نفذها التنظيم", which
//     the verb of carrying out alone would type an air raid); like the
//     massacre words they are the weakest attack words, under any word of
//     the means. A bare "تصفية" is left out: communiqués use it of
//     fighters killed by any means ("تصفية 20 مسلحاً"). So are the
//     masculine past with a count of victims ("أعدم المسلحون العشرات"،
//     "جثث مدنيين أعدمهم"): sets code the executions found after a
//     takeover, told as a toll over weeks, as an event of no attack type
//     ("other"), unlike the killings of a storming. A death sentence ("أحكام إعدام") and "settling
//     accounts" in politics ("تصفية الحسابات") are no deed.
//   - abductions: "اختطف مسلحون شاباً"، "خطفوا"، "اختطاف ثلاثة عمال"،
//     "بخطف جنود"; the attack of armed men on the ground.
//   - storming and raiding in every person: "اقتحم مسلحون المنزل"،
//     "يقتحمون"، "حملة دهم"، "تداهم"، "اجتاحوا البلدة".
//   - assassination in the present and with its object: "يغتال"،
//     "اغتالوه" (not the passive "اغتيل", mostly a relative clause that
//     describes a man: "نجل القائد الذي اغتيل قبل سنوات").
//   - gunfire by its rounds: "طلق ناري"، "أعيرة نارية"، "نيران مجهولة
//     المصدر".
var deedTriggers = map[string]trigger{
	// executions
	"=أعدمه": {EventGroundAttack, 0}, "=أعدمها": {EventGroundAttack, 0},
	"=أعدمتهم": {EventGroundAttack, 0}, "=أعدموه": {EventGroundAttack, 0},
	"=أعدموهم": {EventGroundAttack, 0}, "=يعدم": {EventGroundAttack, 0}, "=تعدم": {EventGroundAttack, 0},
	"=يعدمون": {EventGroundAttack, 0}, "=إعدام": {EventGroundAttack, 0}, "=إعدامه": {EventGroundAttack, 0},
	"=إعدامها": {EventGroundAttack, 0}, "=إعدامهم": {EventGroundAttack, 0}, "=إعدامهما": {EventGroundAttack, 0},
	"=إعداما": {EventGroundAttack, 0}, "إعدام ميداني": {EventGroundAttack, 0}, "عملية إعدام": {EventGroundAttack, 0}, "إعدام جماعي": {EventGroundAttack, 0},
	"تصفية ميدانية": {EventGroundAttack, 0}, "=تصفيته": {EventGroundAttack, 0}, "=تصفيتها": {EventGroundAttack, 0},
	"=تصفيتهم": {EventGroundAttack, 0}, "=تصفيتهما": {EventGroundAttack, 0}, "=صفى": {EventGroundAttack, 0},
	"=صفوا": {EventGroundAttack, 0}, "=الإعدامات": {EventGroundAttack, 0}, "=الإعدام الميداني": {EventGroundAttack, 0}, "=ذبحا": {EventGroundAttack, 0}, "=ذبحه": {EventGroundAttack, 0},
	"=ذبحهم": {EventGroundAttack, 0}, "=يذبح": {EventGroundAttack, 0},
	// a sentence of death, and settling accounts, are no deed
	"أحكام إعدام": {EventOther, -9}, "حكم إعدام": {EventOther, -9}, "أحكام الإعدام": {EventOther, -9},
	"حكم الإعدام": {EventOther, -9}, "عقوبة الإعدام": {EventOther, -9}, "تصفية الحسابات": {EventOther, -9},
	"تصفية حسابات": {EventOther, -9}, "تصفية القضية": {EventOther, -9},
	// abductions
	"اختطاف": {EventGroundAttack, 2}, "=اختطف": {EventGroundAttack, 2}, "=اختطفت": {EventGroundAttack, 2},
	"=اختطفوا": {EventGroundAttack, 2}, "=يختطف": {EventGroundAttack, 2}, "=تختطف": {EventGroundAttack, 2},
	"=يختطفون": {EventGroundAttack, 2}, "=اختطفه": {EventGroundAttack, 2}, "=اختطفها": {EventGroundAttack, 2},
	"=اختطفوه": {EventGroundAttack, 2}, "=اختطفوهم": {EventGroundAttack, 2}, "=اختطفتهم": {EventGroundAttack, 2},
	"=خطف": {EventGroundAttack, 2}, "=خطفت": {EventGroundAttack, 2}, "=خطفوا": {EventGroundAttack, 2},
	"=يخطف": {EventGroundAttack, 2}, "=خطفه": {EventGroundAttack, 2}, "=خطفهم": {EventGroundAttack, 2},
	"=خطفوه": {EventGroundAttack, 2}, "عملية خطف": {EventGroundAttack, 3}, "عملية اختطاف": {EventGroundAttack, 3},
	// storming and raiding
	"=اقتحم": {EventGroundAttack, 4}, "=يقتحم": {EventGroundAttack, 4}, "=تقتحم": {EventGroundAttack, 4},
	"=يقتحمون": {EventGroundAttack, 4}, "=اقتحمه": {EventGroundAttack, 4}, "=اقتحمها": {EventGroundAttack, 4},
	"=اقتحموه": {EventGroundAttack, 4}, "=اقتحموها": {EventGroundAttack, 4}, "=دهم": {EventGroundAttack, 4},
	"=دهموا": {EventGroundAttack, 4}, "=يداهم": {EventGroundAttack, 4}, "=تداهم": {EventGroundAttack, 4},
	"=يداهمون": {EventGroundAttack, 4},
	// assassination in the passive and the present
	"=يغتال": {EventGroundAttack, 4}, "=تغتال": {EventGroundAttack, 4},
	"=اغتالته": {EventGroundAttack, 4}, "=اغتالوه": {EventGroundAttack, 4},
	// sweeping into a town: "اجتاح المسلحون البلدة"، "اجتياح القرية"
	"=اجتاح": {EventGroundAttack, 4}, "=اجتاحت": {EventGroundAttack, 4}, "=اجتاحوا": {EventGroundAttack, 4},
	"=يجتاح": {EventGroundAttack, 4}, "=تجتاح": {EventGroundAttack, 4}, "اجتياح": {EventGroundAttack, 4},
	// gunfire by its rounds
	"طلق ناري": {EventGroundAttack, 3}, "طلقات نارية": {EventGroundAttack, 3}, "طلقة نارية": {EventGroundAttack, 3},
	"عيار ناري": {EventGroundAttack, 3}, "أعيرة نارية": {EventGroundAttack, 3}, "نيران مجهولة": {EventGroundAttack, 3},
}

// withDeeds returns eventTriggers with deedTriggers added (an entry of
// eventTriggers wins).
func withDeeds(base, more map[string]trigger) map[string]trigger {
	out := make(map[string]trigger, len(base)+len(more))
	for k, v := range more {
		out[k] = v
	}
	for k, v := range base {
		out[k] = v
	}
	return out
}

// fireVerbs are the verbs of shooting whose object is "النار": "أطلق",
// "فتح", past and present, as folded without a leading و or ف.
var fireVerbs = map[string]bool{
	"اطلق": true, "اطلقت": true, "اطلقوا": true, "يطلق": true, "تطلق": true, "يطلقون": true,
	"فتح": true, "فتحت": true, "فتحوا": true, "يفتح": true, "تفتح": true, "يفتحون": true,
}

// fireOpenedAt reports whether the word at k is a verb of shooting whose
// object "النار" comes after its subject or a prepositional pronoun, within
// five words before hi: "أطلق مجهولون النار على السيارة"، "أطلقوا عليهم
// النار"، "فتح الحراس النار" (the verb right before "النار" is in the
// lexicon). The bullets stand for the fire: "أطلقت الدورية الرصاص".
func fireOpenedAt(d *doc, k, hi int) bool {
	n := strings.TrimPrefix(d.toks[k].Norm, "و")
	if !fireVerbs[n] {
		// "فأطلقوا" (but "فتح" is itself the verb)
		if n = strings.TrimPrefix(n, "ف"); !fireVerbs[n] {
			return false
		}
	}
	if w := d.toks[min(k+1, hi-1)]; k+1 < hi && w.Kind == arabic.TokWord && w.Article && w.Stem == "رصاص" {
		return true // "أطلقوا الرصاص": the lexicon has the fire, not the bullets
	}
	for j := k + 2; j < hi && j <= k+5; j++ {
		t := d.toks[j-1]
		if t.Kind != arabic.TokWord && !t.IsQuote() {
			return false
		}
		if w := d.toks[j]; w.Kind == arabic.TokWord && w.Article && (w.Stem == "نار" || w.Stem == "رصاص") {
			return true
		}
	}
	return false
}

// attackIntoMovement reports whether a definite generic word of an attack
// by any means ("المجزرة"، "الهجوم", typed own, a ground attack by
// default) would take the type of a context of movement (ctxType): a
// massacre or an attack is no withdrawal or deployment, so the word keeps
// its own generic type ("متهماً التنظيم بارتكاب المجزرة" after a sentence
// on the forces' entry or exit). The words that default to an air raid
// ("القصف"، "الاعتداء") still follow the context, or the attack told
// before the movement when there is one (see backToAttack).
func attackIntoMovement(ctxType, own string) bool {
	return isMovementType(ctxType) && own == EventGroundAttack
}

// movementTimeHeads are the folded words that make the verbal noun after
// them a time reference to another deed: "بعد"، "عقب"، "إثر"، "قبيل". Not
// "خلال"، "أثناء": "تحركات الجنود خلال الانسحاب" goes on about the
// withdrawal itself.
var movementTimeHeads = foldSet("بعد", "عقب", "إثر", "قبل", "قبيل", "بعيد", "فور", "منذ")

// temporalMovement reports whether the trigger t at k is a verbal noun of
// movement that only dates another deed: "أعدموا عشرات بعد دخولهم
// المدينة"، "نفذت الإعدامات قبيل انسحاب عناصره". The entry or the exit
// is when the deed happened, not the deed the claim tells.
func temporalMovement(d *doc, k int, t trigger) bool {
	if !isMovementType(t.typ) || k == 0 || d.toks[k].Clitics != "" {
		return false
	}
	switch {
	case strings.HasPrefix(d.toks[k].Stem, "دخول"), strings.HasPrefix(d.toks[k].Stem, "انسحاب"),
		strings.HasPrefix(d.toks[k].Stem, "خروج"), strings.HasPrefix(d.toks[k].Stem, "انتشار"):
	default:
		return false
	}
	return movementTimeHeads[d.toks[k-1].Norm]
}

// arrestLaunchVerbs are the folded verbs of launching a campaign: "شن"، "نفذ".
var arrestLaunchVerbs = foldSet("شن", "شنت", "يشن", "تشن", "شنوا", "نفذ", "نفذت", "ينفذ", "تنفذ", "نفذوا")

// launchedArrests reports whether the word at k is a verb of launching
// whose object, within five words before hi, is a campaign of arrests:
// "شنّت قوات الأمن حملة اعتقالات"، "نفذت الأجهزة حملات اعتقال". The verb
// then launches no attack (it types no air raid); a campaign of raids
// ("حملة دهم") is typed by its own word.
func launchedArrests(d *doc, k, hi int) bool {
	if !arrestLaunchVerbs[strings.TrimPrefix(d.toks[k].Norm, "و")] {
		return false
	}
	for j := k + 1; j+1 < hi && j <= k+5; j++ {
		if d.toks[j].Kind != arabic.TokWord {
			return false
		}
		if st := d.toks[j].Stem; (st == "حمله" || st == "حملات") && strings.HasPrefix(d.toks[j+1].Stem, "اعتقال") {
			return true
		}
	}
	return false
}
