package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// targetMoreWords are characterisations of what was hit that add to
// targetWords: places where people live or work, which a source names to
// say that the target was civilian, and the hideouts, barracks and
// "targets of the organisation" with which another says it was military.
var targetMoreWords = map[string]string{
	"قرى": "villages", "قرية": "village", "بلدات": "towns", "بلدة": "town", "قرى مأهولة": "inhabited villages",
	"مبان": "buildings", "مباني": "buildings", "مبنى": "building", "أبنية": "buildings", "بناء": "building",
	"أهداف": "targets", "هدف": "target", "أهدافا": "targets", "هدفا": "target",
	"مخابئ": "hideouts", "مخبأ": "hideout", "أوكار": "hideouts", "وكر": "hideout",
	"ثكنات": "barracks", "ثكنة": "barracks", "ثكنات عسكرية": "military barracks", "تحصينات": "fortifications",
	"مواقع دفاعية": "defensive positions", "منشآت عسكرية": "military facilities", "منشأة عسكرية": "military facility",
	// a facility named by its use in training fighters, as the strike
	// statements of armies name it ("منشأة تدريب"، "منشآت للتدريب")
	"منشأة تدريب": "training facility", "منشآت تدريب": "training facilities", "منشأة للتدريب": "training facility",
	"منشآت للتدريب": "training facilities", "منشأتي تدريب": "training facilities", "منشأتين للتدريب": "training facilities",
	"مستودعات مدنية": "civilian depots", "معابر مدنية": "civilian crossings", "معبر مدني": "civilian crossing", "مخازن مدنية": "civilian stores",
	"مواد غذائية": "food supplies", "أعلاف": "fodder", "مستودعات أغذية": "food depots", "مستودعات حبوب": "grain depots",
	"مزرعة": "farm", "مزرعة دواجن": "poultry farm", "مدجنة": "poultry farm", "مداجن": "poultry farms", "حظيرة": "livestock pen",
	"عائلة": "family", "عائلات": "families", "أسرة": "family", "أسر": "families",
	// one citizen (whom an assassination took); "المواطنين" after an attack word
	// is often whom another party attacked, in a statement on other events
	"=مواطن": "a civilian", "=المواطن": "a civilian", "=مواطنا": "a civilian",
	"طرق عامة": "public roads", "طريق عام": "public road", "الطريق العام": "public road", "سيارات مدنية": "civilian vehicles",
	"كلية": "college", "معهد": "institute", "جامعة": "university", "ورشة": "workshop", "مطحنة": "mill",
	"محطة مياه": "water station", "مركز طبي": "medical centre", "نقطة طبية": "medical point", "سيارة إسعاف": "ambulance",
	// a rescue crew or its vehicle: civil defence in Syria's war
	"سيارة الإنقاذ": "civil defence rescue vehicle", "سيارات الإنقاذ": "civil defence rescue vehicles",
	"سيارة إنقاذ": "civil defence rescue vehicle", "فريق إنقاذ": "civil defence rescue team", "فرق الإنقاذ": "civil defence rescue teams",
	// a secondary school, named by the adjective alone ("غارة على ثانوية"،
	// "مبنى الثانوية التجارية")
	"=ثانوية": "secondary school", "=الثانوية": "secondary school", "=ثانويات": "secondary schools",
	"فرق الإسعاف": "paramedics", "رعاة": "shepherds", "راع": "shepherd", "راعي": "shepherd", "أغنام": "sheep",
	"مهربين": "smugglers", "مهربون": "smugglers", "مقاتلين": "fighters", "مسلحي": "militants", "مرتزقة": "militants",
	"قيادي": "militant commander", "قيادات": "militant commanders", "قادة": "commanders",
	// a commander named by rank or role, not by the side he is in
	"=قائد": "commander", "=قائدا": "commander", "=قائدين": "commanders", "قائد ميداني": "field commander",
	"قائدا ميدانيا": "field commander", "قادة ميدانيين": "field commanders",
	"قياديا": "militant commander", "=إرهابيا": "militant",
	"قياديات": "militant commanders", "=قائدة": "commander", "=القائدة": "commander", "قائدات": "commanders",
	// a massing of troops, named by its adjective or its owner ("حشود
	// عسكرية"، "حشوداً للمسلحين")
	"حشود": "gathering", "حشودا": "gathering", "=حشد": "gathering", "حشود عسكرية": "military buildup", "حشودا عسكرية": "military buildup",
	// civilian office holders, whom assassinations take: a member or head
	// of a local council, a civil servant
	"عضو المجلس المحلي": "civilian local council member", "عضوا في المجلس المحلي": "civilian local council member",
	"عضو في المجلس المحلي": "civilian local council member", "رئيس المجلس المحلي": "civilian local council head",
	"مسؤول في المجلس المحلي": "civilian local council official", "مسؤولا في المجلس المحلي": "civilian local council official",
	"عضو مجلس محلي": "civilian local council member", "عضوا في مجلس محلي": "civilian local council member",
	"موظف مدني":   "civilian employee",
	"موظفا مدنيا": "civilian employee", "موظفين مدنيين": "civilian employees",
	"حافلة لنقل الركاب": "passenger bus", "حافلة نقل عام": "passenger bus",
	// the other broken plural of a headquarters ("مقار الفصيل"، "مقار قيادة"),
	// an armoured vehicle
	"مقار": "headquarters", "مقار قيادة": "command headquarters", "مقار عسكرية": "military headquarters",
	"مدرعة": "armoured vehicle", "مدرعات": "armoured vehicles", "عربة مدرعة": "armoured vehicle", "عربات مدرعة": "armoured vehicles",
	// people of the press and the stalls of a market
	"الإعلاميين": "journalists", "إعلاميين": "journalists", "الصحفيين": "journalists",
	"بسطات": "market stalls", "البسطات": "market stalls",
	// the dual of a headquarters, in construct or not: "قرب مقرّي الشرطة والأمن"
	"=مقري": "headquarters", "=مقرين": "headquarters", "=مقران": "headquarters",
	"قنصلية": "consulate", "القنصلية": "consulate", "مبنى القنصلية": "consulate building", "القسم القنصلي": "consular section",
	"سفارة": "embassy", "السفارة": "embassy", "مبنى السفارة": "embassy building", "مقر دبلوماسي": "diplomatic premises",
	"بعثة دبلوماسية": "diplomatic mission", "مقر بعثة دبلوماسية": "diplomatic mission", "البعثة الدبلوماسية": "diplomatic mission",
	"منشآت مدنية": "civilian facilities", "منشأة مدنية": "civilian facility", "مؤسسات حكومية": "government institutions",
	"مؤسسات مدنية": "civilian institutions", "مبنى مدني": "civilian building", "مبان مدنية": "civilian buildings",
	"مقر عسكري": "military headquarters", "مقرا عسكريا": "military headquarters", "مبنى عسكري": "military building", "مبان عسكرية": "military buildings", "مباني عسكرية": "military buildings",
	"أهداف عسكرية": "military targets", "أهدافا عسكرية": "military targets", "هدف عسكري": "military target", "هدفا عسكريا": "military target",
	// A column of vehicles: "رتل" is a military column; "قافلة" names no
	// side by itself (aid, trade, evacuees or troops), so only its
	// qualifier characterises it.
	"قافلة مساعدات": "aid convoy", "قافلة المساعدات": "aid convoy", "قافلة إغاثة": "aid convoy", "قافلة إغاثية": "aid convoy",
	"قافلة إنسانية": "aid convoy", "قوافل مساعدات": "aid convoys", "قوافل إغاثة": "aid convoys", "قوافل إغاثية": "aid convoys",
	"قوافل إنسانية": "aid convoys", "قافلة عسكرية": "military convoy", "قوافل عسكرية": "military convoys",
	"شخصية": "figure", "شخصيات": "figures", "شخصية بارزة": "senior figure", "شخصية قيادية": "senior figure",
	// broadcasters' buildings and masts, civilian in any war
	"مبنى الإذاعة والتلفزيون": "radio and television building", "مبنى الإذاعة": "radio building", "مبنى التلفزيون": "television building",
	"مقر الإذاعة": "radio station", "محطة إذاعة": "radio station", "محطة إذاعية": "radio station", "إذاعة محلية": "local radio station",
	"برج البث": "broadcast tower", "برج بث": "broadcast tower", "أبراج البث": "broadcast towers",
	"مبنى الهيئة العامة للإذاعة والتلفزيون": "radio and television building", "مبنى قناة": "television channel building",
}

// characterHeads introduce a characterisation of the target in a claim
// that names no attack: "الموقع المستهدف مزرعة", "لم يكن سوى منزل".
var characterHeads = words("character", "المستهدف", "المستهدفة", "المستهدفين", "عبارة عن", "مجرد", "سوى", "كان", "كانت")

// targetOwners name whom a target belongs to when they follow it with ل
// ("مواقع للتنظيم", "أهدافاً للإرهابيين", "منزل لمزارع"): the target is
// then "X of Y", and Y characterises it.
var targetOwners = map[string]string{
	"التنظيم": "militants", "الإرهابيين": "terrorists", "إرهابيين": "terrorists", "المسلحين": "militants",
	"مسلحي": "militants", "مسلحين": "militants", "مسلحو": "militants", "داعش": "ISIS militants", "تنظيم داعش": "ISIS militants",
	"تنظيم الدولة": "ISIS militants", "تنظيم الدولة الإسلامية": "ISIS militants", "المتشددين": "militants", "المتشددون": "militants",
	// the words ISIS uses for its enemies ("المرتدين"، "الجيش النصيري"،
	// "الصحوات"، "الرافضة"، "الملاحدة")
	"المرتدين": "'apostate' fighters", "مرتدين": "'apostate' fighters", "النصيرية": "regime ('Nusayri') forces",
	"الجيش النصيري": "regime ('Nusayri') army forces", "الصحوات": "'Sahwa' fighters", "الرافضة": "'Rafida' militia",
	"الملاحدة": "'atheist' (PKK) fighters", "الصليبيين": "'crusader' forces",
	"قوات النظام": "regime forces", "الجيش": "army forces", "الجيش السوري": "army forces", "قوات الحكومة": "government forces",
	"الميليشيات": "militias", "ميليشيات": "militias", "ميليشيا": "militia", "حزب الله": "Hezbollah",
	"الحرس الثوري": "IRGC", "الفصائل": "armed factions", "فصائل": "armed factions", "قسد": "SDF forces",
	"المدنيين": "civilians", "مدنيين": "civilians", "الأهالي": "local residents", "مزارع": "a farmer",
	"مواطن": "a civilian", "مواطنين": "civilians", "عائلة": "a family", "عائلات": "families", "نازحين": "displaced people",
	// armed groups named by their kind, as Damascus and Moscow name them
	"المجموعات الإرهابية": "terrorist groups", "مجموعات إرهابية": "terrorist groups", "الجماعات الإرهابية": "terrorist groups",
	"جماعات إرهابية": "terrorist groups", "التنظيمات الإرهابية": "terrorist groups", "تنظيمات إرهابية": "terrorist groups",
	"المجموعات المسلحة": "armed groups", "مجموعات مسلحة": "armed groups", "الجماعات المسلحة": "armed groups",
	"جماعات مسلحة": "armed groups", "الفصائل المسلحة": "armed factions", "فصائل مسلحة": "armed factions",
	"النازحون": "displaced people", "نازحون": "displaced people", "المهجرون": "displaced people", "المهجرين": "displaced people",
	"الإذاعة": "radio station", "الإذاعة والتلفزيون": "radio and television", "إذاعة": "radio station",
}

// notMilitaryWords, after a negation or a denial of any link, say that
// what was hit had nothing military about it: "لا علاقة لها بأي نشاط
// عسكري", "لا تضم أي مقرات عسكرية", "لم يحمل سلاحاً".
var notMilitaryWords = words("military", "=عسكري", "=عسكرية", "=سلاح", "=سلاحا", "=أسلحة", "=قتالي", "=قتالية",
	// with the article: "لم يحملوا السلاح"، "لا علاقة لهم بالسلاح"
	"=السلاح", "=الأسلحة",
	// an armed body or the fighting itself: "لا ينتمون إلى أي فصيل
	// مسلح"، "لا علاقة لهم بالقتال"، "لم يشاركوا في المعارك"
	"=مسلح", "=مسلحة", "=مسلحا", "=المسلح", "=المسلحة", "=القتال", "=المعارك", "=الاقتتال")

// notArmedPeople are the armed people whose presence, after a negation or a
// denial, says the place hit had nothing military about it: "لا وجود فيها
// للمسلحين"، "لا يوجد فيه أي مقاتلين". Not after "غير": "غير المقاتلين"
// (non-combatants) names whom a rule spares, not what was hit; nor
// soldiers, whose absence a state says of its own troops ("لم يكن
// لجنودنا أي وجود هناك").
var notArmedPeople = words("military", "=مسلحين", "=المسلحين", "=مقاتلين", "=المقاتلين")

// notMilitaryLinks are the words between the negation and the military
// word that make the phrase a characterisation: a link, a content, a
// carrying, an activity or a mission. Losses ("لم تقع خسائر عسكرية") are
// not among them.
var notMilitaryLinks = words("link", "علاقة", "صلة", "ارتباط", "تضم", "يضم", "توجد", "يوجد", "وجود", "تحوي", "يحوي",
	"يحمل", "تحمل", "يحملون", "حمل", "نشاط", "عمل", "مهمة", "استخدام", "أي", "لها", "له", "لهم", "لهما", "بأي", "في", "مقرات", "مقر", "أهداف", "مواقع", "تكن", "يكن", "حياته",
	// belonging to a body, or taking part: "لم يكونوا منتمين لأي
	// تشكيل"، "لا يتبعون لأي جماعة"، "لم يشاركوا في"
	// a tie said with its verb: "لا تربطه أي صلة"، "لا يربطهم شيء"
	"تربطه", "تربطهم", "تربطهما", "يربطه", "يربطهم", "يربطهما",
	"يكونوا", "يكونا", "ينتمون", "ينتمي", "تنتمي", "ينتميان", "انتماء", "إلى", "يتبعون", "يتبع", "تتبع", "تابعين",
	"فصيل", "تشكيل", "جماعة", "مجموعة", "جهة", "طرف", "يشاركوا", "يشارك", "يشاركون", "مشاركة",
	// a character or a presence there: "ليس له أي طابع عسكري"، "لا وجود
	// فيها للمسلحين"، "لا تواجد لأي مظاهر مسلحة"
	"طابع", "صفة", "فيها", "فيه", "بها", "به", "تواجد", "مظاهر", "مظهر", "نقاط", "نقطة",
	// what is known of the people or their past: "لم يُعرف عن الرجل أي
	// دور قتالي"، "ليس لديه أي خلفية عسكرية"، "لا يملك سجلاً قتالياً"
	"يعرف", "تعرف", "عرف", "عن", "عنه", "عنها", "عنهم", "أفراد", "أفرادها", "أفراده", "أفرادهم", "لديه", "لديها", "لديهم", "يملك", "يملكون",
	"خلفية", "سجل", "سجلا", "ماض", "تاريخ", "سوابق",
	// any one of them: "ليس لأي منهم صلة بالقتال"، "لم يكن أي منهما مسلحا"
	"=منهم", "=منهما", "=منها", "=منه")

// notMilitary finds, within the claim, a statement that what was hit was
// not military (see notMilitaryWords): it returns the tokens of the
// negation and of the military word, or ok false.
func (x *Extractor) notMilitary(d *doc, r region, in func(int) bool) (neg, mil int, ok bool) {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		t := d.toks[k]
		start := -1
		switch {
		case t.Kind == arabic.TokWord && (t.Stem == "لا" || t.Stem == "لم" || t.Stem == "ليس" || t.Stem == "ليست" || t.Stem == "دون" || laysaForm(t.Norm)):
			start = k + 1
		case t.Kind == arabic.TokWord && (freeOf(t.Stem) || farFrom(t.Stem)) && k+1 < r.hi:
			// "خالية من المقرات العسكرية"، "بعيد عن أي نقاط عسكرية"
			start = k + 1
			if d.toks[k+1].Stem == "من" || d.toks[k+1].Stem == "عن" {
				start = k + 2
			}
		case t.Kind == arabic.TokWord && presenceDenied(d, r, k):
			// "نفى وجود أي مقرات عسكرية في الحي"
			start = k + 1
		case t.Kind == arabic.TokWord && t.Stem == "غير" && k+1 < r.hi:
			// "غير عسكرية": directly.
			if _, _, ok := x.notMilitaryWords.at(d.toks, k+1); ok {
				return k, k + 1, true
			}
			continue
		}
		if start < 0 {
			if _, m, ok := x.involvement.at(d.toks, k); ok {
				start = m.Last
			} else {
				continue
			}
		}
		for j := start; j < r.hi && j < start+8; j++ {
			u := d.toks[j]
			if !in(j) || u.Kind == arabic.TokPunct && !u.IsQuote() {
				break
			}
			if u.Kind != arabic.TokWord {
				continue
			}
			_, _, mil := x.notMilitaryWords.at(d.toks, j)
			if anyArmedBody(d, r, in, j) || x.tiedBody(d, r, in, start, j) {
				// "لا صلة لهم بأي تنظيم"، "لا علاقة له بأي فصيل": no tie
				// to any armed body; "لا يربطهم أي ارتباط بداعش": none to
				// a group named
				mil = true
			}
			if j == start && soldiersPredicate(u) {
				// "وليسوا عسكريين"، "لا عسكريون": the people hit were
				// not soldiers. Not further on: "لا وجود لعسكريين من
				// بلاده" is a state's word on its own troops.
				mil = true
			}
			if _, _, ok := x.notArmedPeople.at(d.toks, j); ok {
				mil = true
			}
			if mil && (stateForceMembers(d, r, in, j) || x.sideNamedAfter(d, r, in, j)) {
				// "لا وجود لعناصر النظام في المنطقة المستهدفة": the
				// absence of a side's troops says whose men were not hit,
				// not that the place was civilian
				break
			}
			if mil && militaryCorrection(d, r, in, j) {
				// "ليست مخازن للسلاح، بل نقاط لحماية الحدود": the
				// correction says what the place was (see
				// ratherAfterNegation), not the negation
				break
			}
			if mil {
				return k, j, true
			}
			if _, _, ok := x.notMilitaryLinks.at(d.toks, j); !ok {
				if _, _, ok := x.targets.at(d.toks, j); !ok {
					break
				}
			}
		}
	}
	return 0, 0, false
}

// target characterises what was hit, as the source puts it, in a short
// English phrase: the first target words after an attack word or a
// preposition of attack ("على", "ضد", "استهدفت"), joined with a second
// characterisation that follows at once ("مواقع قوات موالية" → "positions
// of pro-government forces") or an owner after ل ("أهدافاً للتنظيم" →
// "targets of militants"). A statement that it had nothing military about
// it ("لا علاقة لها بأي نشاط عسكري") makes the characterisation civilian.
func (x *Extractor) target(d *doc, r region, in func(int) bool, eventType string) string {
	if cut := otherIncidentCut(d, r, in); cut >= 0 {
		// "ويأتي الهجوم بعد أيام من قصف ...": what follows the connector
		// was hit in other incidents.
		whole := in
		in = func(k int) bool { return k < cut && whole(k) }
	}
	if cut := dayApartCut(d, r, in); cut >= 0 {
		// "وتأتي الغارات غداة هجوم على القرية": the day before's deed
		whole := in
		in = func(k int) bool { return k < cut && whole(k) }
	}
	if cut := leavingCut(d, r, in); cut >= 0 {
		// "هاجموا الحاجز ثم لاذوا بمقر فصيلهم": not what was hit
		whole := in
		in = func(k int) bool { return k < cut && whole(k) }
	}
	t := x.plainTarget(d, r, in, eventType)
	if localityTargets[t] {
		if u := x.struckInLocality(d, r, in); u != "" {
			t = u
		}
	}
	if t == "" {
		// "قال إن المحطة منشأة خدمية، وإن خروجها عن العمل ...": the
		// place named as hit, characterised by a nominal sentence.
		t = x.predicateTarget(d, r, in)
	}
	if t == "" {
		// "قتلت قيادياً في التنظيم"، "القتيل قيادي بارز": the man the
		// operation went after (target_leader.go).
		t = x.leaderOrVictim(d, r, in)
	}
	if t == "" {
		// "... مدنيين ... أطلق مسلحون النار عليهم": the people the
		// pronoun takes up (target_resumed.go).
		t = x.resumedTarget(d, r, in)
	}
	if t == "" || neutralTargets[t] {
		// "استهدفت المبنى ... أن مقاتلين يتخذونه مقراً": what the place
		// is used as says what it was.
		if u, ok := x.usedAs(d, r, in, true); ok && t != "" {
			return t + " " + u
		}
		// "في شارع مكتظ بالمارة": the crowd says who was there.
		if c, ok := x.crowdedWith(d, r, in); ok {
			if t == "" {
				t = "place"
			}
			t += " crowded with " + c
		}
	}
	if t == "" || neutralTargets[t] || localityTargets[t] {
		// "انفجار سيارة ... أوقع 40 قتيلاً غالبيتهم من المدنيين": who
		// most of the victims were; they say more than the bare town or
		// quarter the blast shook.
		if v := x.mostlyVictims(d, r, in); v != "" {
			t = v
		}
	}
	if genericTarget(d, r, in, t) {
		// "استهداف المدنيين مرفوض أياً كان مصدره": a rule, not this strike
		t = ""
	}
	if _, _, ok := x.notMilitary(d, r, in); ok {
		switch {
		case t == "" || strings.Contains(t, "military") || armedPeopleOnly(t):
			// a military word here is the one the statement negates, and
			// so are armed people ("لا وجود فيها للمسلحين")
			return "civilian, unarmed"
		case strings.HasPrefix(t, "civilian"):
			return t
		}
		return "civilian " + t
	}
	return t
}

// laysaForm reports whether a folded word is a form of "ليس" (is not) for
// other persons than the tokenizer's stem keeps, bare or after و or ف:
// "وليسوا عسكريين"، "ليسا مسلحين"، "ولسنا طرفا".
func laysaForm(norm string) bool {
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(norm, p+"ل") {
			norm = strings.TrimPrefix(norm, p)
			break
		}
	}
	switch norm {
	case "ليس", "ليست", "ليسوا", "ليسا", "ليستا", "لسن", "لسنا", "لست":
		return true
	}
	return false
}

// freeOf reports whether a word says a place is empty of something:
// "خالية من", "يخلو من".
func freeOf(stem string) bool {
	switch stem {
	case "خاليه", "خالي", "خال", "خلت", "خلا", "تخلو", "يخلو", "خاليا":
		return true
	}
	return false
}

// characterises reports whether a claim with no event word still
// characterises a target: "المنطقة المستهدفة لا تضم أي مقرات عسكرية", "كان
// الموقع المستهدف مزرعة".
func (x *Extractor) characterises(d *doc, r region, in func(int) bool) string {
	if _, _, ok := x.notMilitary(d, r, in); ok {
		return x.target(d, r, in, "")
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if _, hm, ok := x.characterHeads.at(d.toks, k); ok {
			if remainsOnly(d, r, k) {
				continue // "لم يبق للجيش سوى قاعدة": what is left, not what was hit
			}
			if b, ok := ratherAfterNegation(d, r, in, hm.Last); ok {
				// "المبنى المستهدف ليس قنصلية، بل مقر عسكري": what it is,
				// not what it is said not to be.
				if t := x.targetAfter(d, r, in, b, 4); t != "" {
					return t
				}
				continue
			}
			if t := x.targetAfter(d, r, in, hm.Last, 4); t != "" {
				return t
			}
			if c, ok := x.purposeOf(d, r, in, hm.Last); ok {
				// "الموقع المستهدف مخصص لصناعة الأدوية"
				return "place making " + c
			}
			if a, ok := x.wholeAdjective(d, r, in, hm.Last); ok {
				return a + " sites"
			}
			if t, ok := x.targetedPlaceIs(d, r, in, hm); ok {
				// "الموقع المستهدف كان يحتوي على أسلحة"، "المزرعة
				// المستهدفة تعود لحزب الله"
				return t
			}
		}
	}
	if t := x.predicateTarget(d, r, in); t != "" {
		return t
	}
	if t := x.relayedObject(d, r, in); t != "" {
		return t
	}
	if t := x.bombedBeside(d, r, in); t != "" {
		// "فجّر الانتحاري نفسه أمام مقر للشرطة": a bombing the event
		// words do not type
		return t
	}
	if u, ok := x.usedAs(d, r, in, false); ok && strings.Contains(u, " of ") {
		// only with its users named: "التي تتخذها مقراً لها" alone may
		// describe any place the claim names; "تحوّل إلى مقر" alone may
		// tell of a place's past, not of what was hit
		return "place " + u
	}
	// "وكان السوق مكتظاً بالمتسوقين": who was at the place hit.
	if c, ok := x.crowdedWith(d, r, in); ok {
		return "place crowded with " + c
	}
	return x.leaderOrVictim(d, r, in)
}

// ratherAfterNegation reports whether a characterisation at j is negated
// ("ليس"، "ليست"، "لم يكن") and corrected by "بل" or "وإنما" within the
// clause: it returns the token after the correcting word.
func ratherAfterNegation(d *doc, r region, in func(int) bool, j int) (int, bool) {
	for j < r.hi && d.toks[j].IsQuote() {
		j++
	}
	if j >= r.hi {
		return 0, false
	}
	switch d.toks[j].Norm {
	case "ليس", "ليست", "لم", "لا":
	default:
		return 0, false
	}
	for k := j + 1; k < r.hi && k < j+12 && in(k); k++ {
		switch d.toks[k].Norm {
		case "بل", "وانما", "انما":
			return k + 1, true
		}
	}
	return 0, false
}

// armedBodyNouns are the stems of the nouns for an armed body that "بأي"
// (to any) makes a characterisation: "لا علاقة لهم بأي تنظيم".
var armedBodyNouns = map[string]bool{
	"تنظيم": true, "تنظيمات": true, "فصيل": true, "فصائل": true, "جماعه": true, "جماعات": true, "تشكيل": true, "تشكيلات": true,
}

// anyArmedBody reports whether the word at j is "بأي" (to any) followed by
// an armed body: the thing a tie is denied to in "لا صلة له بأي فصيل".
// With ب only: "لا علاقة لأي فصيل بالهجوم" denies a faction's hand in
// the attack, and "لا يعرف إلى أي جهة ينتمون" asks who the attackers were.
func anyArmedBody(d *doc, r region, in func(int) bool, j int) bool {
	if j+1 >= r.hi || !in(j+1) || d.toks[j].Norm != "باي" {
		return false
	}
	return armedBodyNouns[d.toks[j+1].Stem]
}

// effortVerbs are the verbs of working at, keeping to, insisting on or
// agreeing to something, after which "على" names an aim or a matter, not
// what was hit: "يعمل على"، "حرص على"، "أصر على"، "وافق على"، "اتفقوا
// على". Verbs of bearing down ("ركز"، "سيطر") are not among them: "ركزت
// الغارات على مواقع" names what the strikes hit. Folded stems.
var effortVerbs = foldedSet("يعمل", "تعمل", "يعملون", "عمل", "عملت", "عملوا", "نعمل",
	"حرص", "حرصت", "يحرص", "تحرص", "نحرص", "أصر", "أصرت", "يصر", "تصر",
	"وافق", "وافقت", "يوافق", "توافق", "اتفق", "اتفقت", "اتفقوا", "يتفق", "تتفق",
	"عزم", "عزمت", "يعتمد", "تعتمد", "اعتمد", "اعتمدت", "أشرف", "أشرفت", "يشرف", "تشرف")

// controlWords are the verbs and verbal nouns of taking or holding ground
// ("سيطر"، "السيطرة"، "سيطرتها"، "استولى"، "الاستيلاء"), after which "على"
// names the place taken, not what was hit. Folded stems (the tokenizer
// keeps the possessive).
var controlWords = foldedSet("سيطر", "سيطرت", "سيطروا", "يسيطر", "تسيطر", "يسيطرون", "سيطرة", "سيطرته", "سيطرتها",
	"سيطرتهم", "سيطرتهما", "استولى", "استولت", "استولوا", "يستولي", "تستولي", "يستولون", "استيلاء", "استيلائه", "استيلائها",
	"استيلائهم", "هيمنة", "هيمنتها", "بسط")

// comingWords are the adjectives of attacks yet to come or only possible
// ("هجمات محتملة"، "الهجمات المستقبلية"، "ضربات مقبلة"), after which "على"
// names what they might hit. Folded stems.
var comingWords = foldedSet("محتملة", "محتمل", "المحتملة", "المحتمل", "مستقبلية", "المستقبلية", "مقبلة", "المقبلة",
	"قادمة", "القادمة", "وشيكة", "الوشيكة")

// tieNouns are the folded stems of the nouns of a tie: "صلة"، "علاقة"،
// "ارتباط" and their plurals.
var tieNouns = foldedSet("صلة", "صلات", "علاقة", "علاقات", "ارتباط")

// personTiePronouns are the words, or the endings of verbs, with which a
// denied tie is said of a man or of men: "لا صلة له"، "لا علاقة لهم"،
// "لا تربطه"، "لا تربطهما". Folded.
var personTiePronouns = foldedSet("له", "لهم", "لهما", "تربطه", "تربطهم", "تربطهما", "يربطه", "يربطهم")

// tiedBody reports whether the word at j, after a tie noun, is an armed
// body taken with ب, in a negated tie said of people (a pronoun of a man or
// of men between start and j): "لا يربطهم أي ارتباط بداعش"، "لا علاقة لهم
// بداعش". A state or a place ("لا علاقة لها بالتنظيم") is not a person hit,
// and "لا علاقة له بالهجوم" names no armed body.
func (x *Extractor) tiedBody(d *doc, r region, in func(int) bool, start, j int) bool {
	u := d.toks[j]
	if !hasClitic(u.Clitics, 'ب') {
		return false
	}
	tie, person := false, false
	for k := max(start-1, r.lo); k < j; k++ {
		if in(k) {
			tie = tie || tieNouns[d.toks[k].Stem]
			person = person || personTiePronouns[d.toks[k].Norm]
		}
	}
	if !tie || !person {
		return false
	}
	if armedBodyNouns[u.Stem] {
		return true
	}
	o, _, ok := x.owners.at(d.toks, j)
	return ok && !civilianOwner(o)
}

// soldiersPredicate reports whether a word, with no clitic, is the plural
// of "عسكري" (soldiers), the predicate of "they were not soldiers".
func soldiersPredicate(u arabic.Token) bool {
	if u.Clitics != "" {
		return false
	}
	switch u.Norm {
	case "عسكريين", "عسكريون", "عسكريا", "عسكري":
		return true
	}
	return false
}

// militaryCorrection reports whether "بل" or "وإنما" follows the word at
// j within the clause, correcting what was negated before it, with no
// civilian word in the correction: "ليست مخازن للسلاح بل نقاط لحماية
// الحدود" names another military place, where "ليست أهدافاً عسكرية بل
// بنى تحتية مدنية" still says the place was civilian.
func militaryCorrection(d *doc, r region, in func(int) bool, j int) bool {
	for k := j + 1; k < r.hi && k < j+8 && in(k); k++ {
		switch d.toks[k].Norm {
		case "بل", "وانما", "انما":
			for c := k + 1; c < r.hi && c <= k+6 && in(c); c++ {
				if strings.Contains(d.toks[c].Stem, "مدني") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// attackNouns name an attack itself, which an adjective may qualify
// ("هجوم إرهابي", "تفجيرين إرهابيين", "اعتداءات إرهابية").
var attackNouns = map[string]bool{
	"تفجير": true, "تفجيرين": true, "تفجيران": true, "تفجيرات": true, "هجوم": true, "هجومين": true, "هجومان": true,
	"هجمات": true, "هجمه": true, "اعتداء": true, "اعتداءين": true, "اعتداءات": true, "عمليه": true, "عمليتين": true,
	"عمليات": true, "انفجار": true, "انفجارين": true, "انفجارات": true, "قصف": true, "استهداف": true, "عمل": true, "اعمال": true,
	"تفجيري": true, "هجومي": true,
}

// terrorAdjective reports whether the word at j is "terrorist" as the
// adjective of the attack noun just before it, agreeing with it: a
// singular or feminine form after any attack noun ("هجوم إرهابي",
// "اعتداءات إرهابية", "القصف الإرهابي"), a dual or plural one after a
// dual noun ("تفجيرين إرهابيين"). It calls the attack terrorist; it does
// not say that terrorists were hit, as "استهداف إرهابيين" does.
func terrorAdjective(d *doc, j int) bool {
	if j == 0 || d.toks[j].Kind != arabic.TokWord || d.toks[j-1].Kind != arabic.TokWord {
		return false
	}
	noun := d.toks[j-1].Stem
	if !attackNouns[noun] {
		return false
	}
	switch d.toks[j].Stem {
	case "ارهابي", "ارهابيه":
		return true
	case "ارهابيين", "ارهابيان":
		return strings.HasSuffix(noun, "ين") || strings.HasSuffix(noun, "ان")
	}
	return false
}

// targetAfter returns the first characterisation within n tokens of j, in
// the clause.
func (x *Extractor) targetAfter(d *doc, r region, in func(int) bool, j0, n int) string {
	t, _ := x.targetAfterAt(d, r, in, j0, n)
	return t
}

// targetAfterAt is targetAfter with the token where the characterisation
// starts.
func (x *Extractor) targetAfterAt(d *doc, r region, in func(int) bool, j0, n int) (string, int) {
	for j := j0; j < r.hi && j < j0+n; j++ {
		u := d.toks[j]
		if !in(j) || u.Kind == arabic.TokPunct && !u.IsQuote() {
			break
		}
		if u.Kind == arabic.TokNumber {
			continue
		}
		if u.Norm == "علي" && j+1 < r.hi && notAttackAfterOn[d.toks[j+1].Stem] {
			break // "على خلفية ...", "على يد ...": a cause or a doer follows
		}
		if u.Norm == "علي" && j > r.lo && effortVerbs[d.toks[j-1].Stem] {
			break // "كان يعمل على إنشاء ...": an aim follows
		}
		if comingWords[u.Stem] || comingWords[u.Norm] {
			break // "هجمات محتملة على ...": attacks yet to come
		}
		if doerFollows(u) {
			// "لقذائف أطلقها عناصر التنظيم": who fired follows; what was
			// hit may come after them ("كمين نصبه مسلحون لدورية").
			j = skipAgent(d, j+1, r.hi) - 1
			continue
		}
		if u.Norm == "من" && j+1 < r.hi && d.toks[j+1].Norm == "قبل" {
			// "استُهدفت من قبل عناصر الفصيل": the agent of the passive, who
			// fired, not what was hit
			j = skipAgent(d, j+2, r.hi) - 1
			continue
		}
		if t, m, ok := x.targets.at(d.toks, j); ok {
			if x.placeName(d, j) {
				j = m.Last - 1
				continue // "في حي المزرعة": a quarter's name, not a farm
			}
			if strings.Contains(t, "civilian") && deniedVictims(d, r, in, j) {
				j = m.Last - 1
				continue // "لا مؤشرات على سقوط ضحايا مدنيين": no civilians harmed
			}
			if strings.Contains(t, "civilian") && tollVictims(d, r, j) {
				j = m.Last - 1
				continue // "أدى إلى إصابة ثلاثة مدنيين": the harmed, not what was hit
			}
			if people(t) && d.counted[j] && x.subsetBefore(d, j-1, r) {
				continue // "بينهم خمسة مدنيين": a part of the toll, not who was hit
			}
			if avoided(d, j) {
				continue // "لتجنب إلحاق الأذى بالمدنيين": what was spared
			}
			if heldGround(t) && capturedGround(d, r, in, j) {
				j = m.Last - 1
				continue // "سيطروا على قرية": ground taken, not a target hit
			}
			if ownPositionFrom(d, j) || hospitalDestination(d, j) {
				j = m.Last - 1
				continue // "من مواقعه"، "أسعف إلى مشفى": where fire came from, where the hurt were taken
			}
			if x.namedGround(d, t, j, m.Last) || siegeRelieved(d, j) {
				j = m.Last - 1
				continue // "مزارع يعرب"، "هجوماً على بلدة كذا"، "فك الحصار عن بلدة": where, not what
			}
			if bomberOf(d, j) {
				j = m.Last - 1
				continue // "انتحاري من إرهابيي التنظيم": the bomber's group, who did it
			}
			if emptyGround(d, t, m.Last) {
				j = m.Last - 1
				continue // "سقطت في أراض زراعية خالية": where the fire missed
			}
			if from, neg := negatedObject(d, r, in, j); neg {
				// "لم يصب أي منازل": what was not hit; "لم تصب قيادياً ...
				// بل قتلت مدنيين": what was, after the correction.
				if from > 0 {
					if t2, at2 := x.targetAfterAt(d, r, in, from, n); t2 != "" {
						return t2, at2
					}
				}
				j = m.Last - 1
				continue
			}
			if terrorAdjective(d, j) {
				j = m.Last - 1
				continue // "تفجيرين إرهابيين": what the attack is called, not what it hit
			}
			if surroundingSite(d, m.Last) {
				j = m.Last - 1
				continue // "بمنازل المدنيين المحيطة بالمركز": damage around what was hit
			}
			if organisationName(d, j) {
				j = m.Last - 1
				continue // "حزب العمال الكردستاني": a party's name, not workers
			}
			if pursued(d, j) {
				j = m.Last - 1
				continue // "وملاحقة الإرهابيين": whom the authorities hunt after the attack
			}
			if crimeSuspects(d, j, t) {
				j = m.Last - 1
				continue // "اعتقلت الشرطة المشتبه بهما": the wanted doers
			}
			if x.besideActor(d, j) {
				j = m.Last - 1
				continue // "جيش الاحتلال ومرتزقته": who struck, with the actor
			}
			if website(d, m) {
				j = m.Last - 1
				continue // "على مواقع التواصل": where a report was posted, not what was hit
			}
			if carriedOutBy(d, j) {
				j = m.Last - 1
				continue // "من تنفيذ خلايا تابعة للتنظيم": who did it, not what was hit
			}
			if agentGenitive(d, j, t) {
				j = m.Last - 1
				continue // "مجزرة مرتزقة التنظيم": who committed it, not whom it hit
			}
			if x.eventAdjective(d, j) {
				j = m.Last - 1
				continue // "بتفجيرين إرهابيين": the event called terrorist, not who was hit
			}
			if launchedFrom(d.toks, j) {
				j = m.Last - 1
				continue // "أطلقت من مواقع الجيش": where the fire came from, not what it hit
			}
			if bombVehicle(d, j, t, m) {
				j = m.Last - 1
				continue // "بانفجار سيارة مفخخة"، "فجّروا السيارة": the bomb, not what it hit
			}
			if o, ok := x.vehicleOwner(d, r, in, t, m); ok {
				return t + " of " + o, j // "سيارة المختار"، "سيارتهم"
			}
			t, m = x.qualify(d, r, in, t, m)
			if localityTargets[t] && locatesOnly(d, j0, j) {
				j = m.Last - 1
				continue // "غارة في بلدة", "قرب قرية": where, not what
			}
			full := x.joinNext(d, r, in, t, m)
			if full == "targets" || full == "target" || bareOnly[full] || anaphoricSites(d, m, full) {
				// "الأهداف" alone characterises nothing; what they were
				// may follow ("الأهداف التي قصفها العدو مستودعات").
				j = m.Last - 1
				continue
			}
			if full == "gathering" && armedAntecedent(d, j) {
				// "مقاتلو الفصائل ... غارات على تجمعاتهم": whose gatherings
				full = "gathering of fighters"
			}
			return full, j
		}
	}
	return "", -1
}

// besideActor reports whether the target word at j is joined by و to an
// actor named just before it ("يشنه الجيش ومرتزقته"): it is one of who
// struck, not what was hit.
func (x *Extractor) besideActor(d *doc, j int) bool {
	if j == 0 || !strings.HasPrefix(d.toks[j].Clitics, "و") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if d.toks[k].Kind != arabic.TokWord {
			return false
		}
		if a, m, ok := x.actorAt(d, k); ok && m.Last == j && namedActor(a) {
			return true
		}
	}
	return false
}

// webStems follow "مواقع" or "موقع" when they are websites, not positions:
// "مواقع التواصل الاجتماعي", "موقع إلكتروني", "مواقع إخبارية".
var webStems = []string{"تواصل", "الكترونيه", "الكتروني", "اخباريه", "اخباري", "انترنت", "الانترنت", "ويب"}

// website reports whether the characterisation matched at m is a website
// (see webStems).
func website(d *doc, m arabic.Match) bool {
	if m.Last >= len(d.toks) || m.Last-m.First != 1 {
		return false
	}
	switch d.toks[m.First].Stem {
	case "مواقع", "موقع":
	default:
		return false
	}
	next := d.toks[m.Last]
	for _, w := range webStems {
		if next.Stem == w {
			return true
		}
	}
	return false
}

// distanceFrom reports whether the word at j is the landmark of a
// distance ("على مسافة كيلومتر من المقام", "على بعد خمسين متراً من
// المدرسة", "بعيداً عن المنازل"): the place measured from was not what
// was hit.
func distanceFrom(d *doc, j int) bool {
	if j == 0 {
		return false
	}
	if p := d.toks[j-1]; p.Kind != arabic.TokWord || p.Norm != "من" && p.Norm != "عن" {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-6; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		switch t.Stem {
		case "مسافه", "بعيدا", "بعيده", "بعيدين", "بعيد":
			return true
		case "بعد":
			if k > 0 && d.toks[k-1].Norm == "علي" {
				return true
			}
		}
	}
	return false
}

// avoided reports whether the words just before j say that what follows
// was spared rather than hit: "تجنب", "تفادي", "حماية", "الحرص على"; a
// negated harm ("لم تسجل أي إصابات في صفوف المدنيين", "دون سقوط ضحايا
// بين السكان"); or the place fire came from ("من سطح أحد المنازل").
func avoided(d *doc, j int) bool {
	if sparedHarm(d, j) || firedFrom(d, j) || distanceFrom(d, j) {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		switch t.Stem {
		case "تجنب", "يتجنب", "تتجنب", "تفادي", "لتفادي", "تجنيب", "حمايه", "حرص", "الحرص", "يحرص", "تحرص", "عدم",
			"حفاظا", "حرصا", "صونا":
			// "حفاظاً على أرواح المدنيين": whom the deed meant to keep safe
			return true
		case "اجلاء", "اخلاء", "خروج", "انقاذ", "امنت", "يؤمن", "تؤمن", "تامين", "اجلت", "اخلت", "انقذت":
			// "أمّنت خروج العائلات"، "إجلاء المدنيين": the people taken
			// out of harm's way
			return true
		}
	}
	for k := j - 1; k >= 0 && k >= j-7; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if pursuitVerbs[t.Stem] {
			return true // "تلاحق من تبقى منهم في البساتين": where the hunt goes on
		}
	}
	return false
}

// sweepStems follow "حملة" in the name of a security sweep: a search,
// raid, arrest or combing campaign ("حملة تفتيش", "حملة دهم واعتقالات").
var sweepStems = map[string]bool{
	"تفتيش": true, "دهم": true, "مداهمات": true, "مداهمه": true, "اعتقالات": true, "اعتقال": true,
	"امنيه": true, "تمشيط": true,
}

// securitySweep reports whether the claim tells of a security sweep (a
// search or arrest campaign, a curfew) or of security measures (checks
// tightened after a blast): the homes it searched and the posts it
// manned are no target of an attack.
func securitySweep(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k+1 < r.hi; k++ {
		if !in(k) {
			continue
		}
		switch d.toks[k].Stem {
		case "حمله", "حملات", "اجراءات", "اجراء", "تدابير":
			// "حملة تفتيش"، "شددت إجراءات التفتيش"، "تدابير أمنية": the
			// entrances and crossings the checks are tightened at are
			// where the measures go on, not what an attack hit
			if sweepStems[d.toks[k+1].Stem] {
				return true
			}
		case "حظر":
			if d.toks[k+1].Stem == "تجول" {
				return true
			}
		}
	}
	return false
}

// pursuitStems are verbal nouns of hunting people down after an attack:
// whom they govern are the wanted, not what was hit.
var pursuitStems = map[string]bool{
	"ملاحقه": true, "تعقب": true, "مطارده": true, "قبض": true, "اعتقال": true, "توقيف": true,
	"محاسبه": true, "معاقبه": true, "بحث": true,
}

// pursuitVerbs are finite verbs of hunting men down after a fight or an
// attack ("تلاحق"، "تطارد"، "يتعقبون"): the men and the places after them
// are the hunted and where the hunt goes on, not what the attack hit.
// Folded stems.
var pursuitVerbs = map[string]bool{
	"تلاحق": true, "يلاحق": true, "لاحقت": true, "يلاحقون": true, "لاحقوا": true,
	"تطارد": true, "يطارد": true, "طاردت": true, "يطاردون": true, "تتعقب": true, "يتعقب": true, "تعقبت": true, "يتعقبون": true,
}

// pursued reports whether the word at j is governed by a verbal noun of
// pursuit right before it, or with one preposition between ("القبض على
// المسلحين", "البحث عن المنفذين").
func pursued(d *doc, j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if pursuitStems[t.Stem] {
			return true
		}
		if k == j-1 && t.Stem != "علي" && t.Stem != "عن" {
			return false
		}
	}
	return false
}

// crimeSuspects reports whether the target word at j, "suspects", is the
// suspect or suspects with the article ("المشتبه به"، "المشتبه بهما"،
// "المشتبه بهم") not taken as a part of a number ("عدداً من المشتبه
// بهم"): the article takes up the men suspected of the crime the report
// tells, whom the authorities hunt, arrest or raid, not whom the attack
// hit. The bare word ("رصدت مشتبهاً به يقترب") names new men an army says
// it fired on, and stays a target.
func crimeSuspects(d *doc, j int, t string) bool {
	if t != "suspects" || !strings.HasPrefix(strings.TrimPrefix(d.toks[j].Norm, "و"), "المشتبه") {
		return false
	}
	return j == 0 || d.toks[j-1].Norm != "من"
}

// joinNext extends a characterisation with the one that follows it at
// once, or with its owner.
func (x *Extractor) joinNext(d *doc, r region, in func(int) bool, t string, m arabic.Match) string {
	if o, ok := x.memberOf(d, r, in, t, m); ok {
		return t + " of " + o
	}
	if m.Last < r.hi && in(m.Last) && !isForces(t) && !people(t) {
		if o, om, ok := x.owners.at(d.toks, m.Last); ok && hasClitic(om.Clitics, 'ل') {
			return t + " of " + o
		}
		// "حافلات المهجرين"، "مقرات جبهة النصرة": a construct with whose
		// it was, when that is not itself a target word.
		if o, om, ok := x.owners.at(d.toks, m.Last); ok && om.Clitics == "" && constructHeads[t] {
			if _, _, tok := x.targets.at(d.toks, m.Last); !tok {
				return t + " of " + o
			}
		}
		// "تجمعات «النصرة»": the owner in quotes.
		if q := m.Last; d.toks[q].IsQuote() && q+1 < r.hi && in(q+1) && constructHeads[t] {
			if o, om, ok := x.owners.at(d.toks, q+1); ok && om.Clitics == "" {
				if _, _, tok := x.targets.at(d.toks, q+1); !tok {
					return t + " of " + o
				}
			}
		}
		// "حشد من الأهالي"، "تجمع من المقاتلين": who gathered.
		if t == "gathering" && d.toks[m.Last].Norm == "من" && m.Last+1 < r.hi && in(m.Last+1) {
			if o, om, ok := x.owners.at(d.toks, m.Last+1); ok && om.Clitics == "" {
				return t + " of " + o
			}
		}
	}
	// "مبنى تجمّع فيه المسلحون": a verb of holding or gathering with its
	// "فيه", not a second target.
	if m.Last+1 < r.hi && in(m.Last+1) && holdVerbs[d.toks[m.Last].Norm] && inIt[d.toks[m.Last+1].Norm] {
		if o, ok := x.heldBy(d, r, in, t, m); ok {
			return t + " of " + o
		}
	}
	if m.Last < r.hi && in(m.Last) {
		if t2, m2, ok := x.targets.at(d.toks, m.Last); ok && t2 != t && !x.placeName(d, m.Last) {
			if hasClitic(m2.Clitics, 'ل') && !isForces(t2) && !people(t2) {
				// "مستودعاً للمواد الغذائية": what the depot holds, not a
				// second target.
				return t + " of " + t2
			}
			t2, m2 = x.qualify(d, r, in, t2, m2)
			return joinTarget(t, x.heldContent(d, r, in, t2, m2))
		}
	}
	if m.Last+1 < r.hi {
		if t2, _, ok := x.targets.at(d.toks, m.Last+1); ok && in(m.Last+1) && isForces(t2) {
			return joinTarget(t, t2)
		}
	}
	// "سيارة تقل مسلحين", "حافلة تقل عمالا": who was aboard says what
	// was hit.
	if t2, ok := x.carried(d, r, in, t, m); ok {
		return t + " carrying " + t2
	}
	// "ورشات تصنيع الطائرات المسيرة": what a workshop makes says what it was.
	if c, ok := x.madeThere(d, r, in, t, m); ok {
		return t + " making " + c
	}
	// "حاويات تضم أسلحة", "حاويات غذاء": what it holds says what it was.
	if c, ok := x.contentOf(d, r, in, t, m); ok {
		return t + " holding " + c
	}
	// "مبان يتمركز فيها قناصة الفصيل", "منشآت تستخدمها الميليشيات": who
	// holds or uses the place says what it was.
	if o, ok := x.heldBy(d, r, in, t, m); ok {
		return t + " of " + o
	}
	// "مواقع للتنظيم", "منزل يعود لمزارع".
	if isForces(t) || people(t) {
		return t
	}
	for j := m.Last; j < r.hi && j < m.Last+3; j++ {
		u := d.toks[j]
		if !in(j) || u.Kind != arabic.TokWord && !u.IsQuote() {
			break
		}
		if o, om, ok := x.owners.at(d.toks, j); ok && hasClitic(om.Clitics, 'ل') {
			return t + " of " + o
		}
		if !belongsWord(u.Stem) && !u.IsQuote() {
			break
		}
	}
	return t
}

// heldContent is t, a second coordinated target, with what it holds
// when a target with ل follows it ("شاحنات ومستودع للأغذية": the depot
// holds food), as joinNext does for the first.
func (x *Extractor) heldContent(d *doc, r region, in func(int) bool, t string, m arabic.Match) string {
	if m.Last >= r.hi || !in(m.Last) || isForces(t) || people(t) {
		return t
	}
	if t2, m2, ok := x.targets.at(d.toks, m.Last); ok && t2 != t && hasClitic(m2.Clitics, 'ل') && !isForces(t2) && !people(t2) {
		return t + " of " + t2
	}
	return t
}

// holdVerbs say that people hold, man or use a place: "يتحصن فيها"،
// "يتمركز فيه"، "تستخدمها"، "يتخذها مقراً".
var holdVerbs = map[string]bool{
	"يتحصن": true, "يتحصنون": true, "تتحصن": true, "يتمركز": true, "يتمركزون": true, "تتمركز": true,
	"يتواجد": true, "يتواجدون": true, "تتواجد": true, "يختبئ": true, "يختبئون": true, "تختبئ": true,
	"يستخدم": true, "يستخدمها": true, "تستخدم": true, "تستخدمها": true, "يستخدمه": true, "تستخدمه": true,
	"يتخذ": true, "يتخذها": true, "تتخذ": true, "تتخذها": true, "يتخذونها": true, "يستخدمونها": true,
	// roads and crossings that people travel: "المعابر التي يسلكها النازحون"
	"يسلك": true, "يسلكها": true, "تسلكها": true, "يسلكه": true, "يسلكون": true, "يعبرها": true, "يعبره": true,
	// a facility that an armed body runs or controls: "منشأة يسيطر عليها
	// التنظيم"، "مقر تديره الميليشيات" (not a town or a quarter, where
	// people live whoever controls them)
	"يسيطر": true, "تسيطر": true, "يديرها": true, "تديرها": true, "يديره": true, "تديره": true, "يشغلها": true, "تشغلها": true,
	// "يستعمل" is "يستخدم": "منشأة يستعملها الحرس"
	"يستعمل": true, "تستعمل": true, "يستعملها": true, "تستعملها": true, "يستعمله": true, "تستعمله": true, "يستعملونها": true,
	// the dual object, for two places named together: "منشأتين
	// يستخدمهما الحرس"، "موقعين تديرهما الميليشيات"
	"يستخدمهما": true, "تستخدمهما": true, "يستعملهما": true, "تستعملهما": true, "يديرهما": true, "تديرهما": true,
	"يشغلهما": true, "تشغلهما": true, "يتخذهما": true, "تتخذهما": true, "يستخدمونهما": true, "يسلكهما": true,
	// a place people gathered or met in: "مبنى تجمّع فيه المسلحون"، "منزل اجتمع فيه القادة"
	"تجمع": true, "يتجمع": true, "يتجمعون": true, "تجمعوا": true, "اجتمع": true, "يجتمع": true, "يجتمعون": true, "اجتمعوا": true,
}

// inIt are the resumptive pronouns that point back at a place: after a hold
// verb ("يتحصن فيها") or in a relative clause of making on it
// (madeInClause): "فيه"، "فيها"، "بها"، "به"، "داخله"، "داخلها" (folded
// surfaces).
var inIt = map[string]bool{"فيه": true, "فيها": true, "فيهما": true, "به": true, "بها": true, "داخله": true, "داخلها": true}

// controlVerbs are the holdVerbs of running or controlling, which say
// nothing of a populated place (localityTargets).
var controlVerbs = map[string]bool{"يسيطر": true, "تسيطر": true}

// wherePreps open a short phrase of where a place lies.
var wherePreps = map[string]bool{"في": true, "قرب": true, "داخل": true, "حول": true, "عند": true, "بمحيط": true}

// heldBy finds who holds or uses the place t names, told in a relative
// clause right after it or after a short phrase of where ("مواقع قرب
// الجسر يتحصن فيها"): a hold verb, an optional "فيها/بها", then the
// holders (an owner word or people).
func (x *Extractor) heldBy(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, bool) {
	if people(t) || isForces(t) || m.Last >= r.hi || !in(m.Last) {
		return "", false
	}
	v := m.Last
	if v+1 < r.hi && in(v+1) && relativeWords[d.toks[v].Norm] {
		v++ // "المعابر التي يسلكها النازحون"
	}
	if wherePreps[d.toks[v].Norm] {
		for v++; v < r.hi && v <= m.Last+3 && in(v) && d.toks[v].Kind == arabic.TokWord && !holdVerbs[d.toks[v].Norm]; v++ {
		}
	}
	// "مصافي نفط متنقلة يستخدمها التنظيم": a genitive or an adjective
	// may stand between the place and the clause.
	for n := 0; n < 2 && v+1 < r.hi && in(v) && in(v+1) && !holdVerbs[d.toks[v].Norm]; n++ {
		if d.toks[v].Kind != arabic.TokWord || d.toks[v].Clitics != "" || wherePreps[d.toks[v].Norm] {
			break
		}
		v++
	}
	if v >= r.hi || !in(v) || !holdVerbs[d.toks[v].Norm] || controlVerbs[d.toks[v].Norm] && localityTargets[t] {
		return "", false
	}
	for j := v + 1; j < r.hi && j <= v+3; j++ {
		u := d.toks[j]
		if !in(j) || u.Kind != arabic.TokWord {
			break
		}
		if o, _, ok := x.owners.at(d.toks, j); ok {
			return o, true
		}
		if t2, _, ok := x.targets.at(d.toks, j); ok && (people(t2) || isForces(t2)) {
			return t2, true
		}
	}
	return "", false
}

func (x *Extractor) plainTarget(d *doc, r region, in func(int) bool, eventType string) string {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		_, hm, ok := x.targetHeads.at(d.toks, k)
		if !ok {
			continue
		}
		// "على الأقل" qualifies a number; it does not say what was hit.
		if hm.Last < r.hi && d.toks[hm.Last].Stem == "اقل" {
			continue
		}
		// "على خلفية ثأر بين العائلتين", "على يد مسلحين": a cause or
		// a doer, not what was hit.
		if hm.Last < r.hi && hm.Last-hm.First == 1 && d.toks[hm.First].Norm == "علي" && notAttackAfterOn[d.toks[hm.Last].Stem] {
			continue
		}
		// "حاويات تحتوي على أغذية": what a place holds, not what was hit.
		if k > r.lo && (contentVerbs[d.toks[k-1].Norm] || contentVerbs[d.toks[k-1].Stem]) {
			continue
		}
		// "بعدما استهدفتهما الحواجز": the verb's object is the pronoun;
		// the noun after it struck.
		if hm.Last-hm.First == 1 && objectPronounVerb(d.toks[hm.First]) {
			continue
		}
		// "كان يعمل على إنشاء شبكة"، "حرصت على إبعاد المدنيين": an
		// endeavour or an agreement, not what was hit.
		if k > r.lo && d.toks[k].Norm == "علي" && effortVerbs[d.toks[k-1].Stem] {
			continue
		}
		// "يحبط هجمات محتملة على المدنيين"، "هجماته المقبلة على المدن":
		// attacks yet to come, not the one told.
		if k > r.lo && d.toks[k].Norm == "علي" && (comingWords[d.toks[k-1].Stem] || comingWords[d.toks[k-1].Norm]) {
			continue
		}
		if from, neg := negatedHit(d, r, in, k, hm.Last); neg {
			// "لم يصب القصف أي منازل": what was not hit; "لم تصب قيادياً
			// بل مدنيين"، "لا تستهدف إلا مواقع": what was.
			if from > 0 {
				if t := x.targetAfter(d, r, in, from, 6); t != "" {
					return t
				}
			}
			k = hm.Last - 1
			continue
		}
		t, at := x.targetAfterAt(d, r, in, hm.Last, 6)
		if t == "" {
			// "استهدفت، بالتعاون مع الطيران، تجمعات": past the aside.
			if e, ok := asideAfter(d, r, in, hm.Last); ok {
				t, at = x.targetAfterAt(d, r, in, e, 6)
			}
		}
		if t == "" {
			continue
		}
		if localityTargets[t] && k > r.lo && d.toks[k].Norm == "علي" && controlWords[d.toks[k-1].Stem] {
			// "أحكمت سيطرتها على بلدة"، "استولى المسلحون على القرية":
			// the town taken or held is where the fighting went, not a
			// characterisation of what was hit.
			k = hm.Last - 1
			continue
		}
		if b := x.onTheRoad(d, r, in, t); b != "" {
			return b // "انفجرت عبوة بدورية على الطريق العام": the patrol
		}
		if vicinityBefore(d, hm.Last, at) && !people(t) {
			// "غارات على محيط المعبر، أصابت إحداها منشأة ...": the
			// vicinity says where; a later hit names what.
			if later := x.laterHit(d, r, in, at); later != "" {
				return later
			}
		}
		return t
	}
	if t := x.bombedBeside(d, r, in); t != "" {
		return t
	}
	// No preposition of attack: a characterisation in the clause right
	// after an event word ("قصف أوقع ضحايا بين جامعي الكمأة"), for attacks
	// only (a withdrawal "from a base" hits nothing).
	switch eventType {
	case EventAirstrike, EventShelling, EventDroneAttack, EventGroundAttack:
	default:
		return ""
	}
	// The target as the subject of a passive or of تعرّض: "مستودعات أسلحة
	// استُهدفت", "تعرضت القاعدة لهجوم".
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		tg, tm, ok := x.targets.at(d.toks, k)
		if !ok {
			continue
		}
		tg, tm = x.qualify(d, r, in, tg, tm)
		// "مخازن ذخيرة ومقرات قيادية ... قُصفت": coordinated targets.
		if n := tm.Last; n < r.hi && hasClitic(d.toks[n].Clitics, 'و') {
			if tg2, tm2, ok := x.targets.at(d.toks, n); ok {
				tg, tm = joinTarget(tg, tg2), tm2
			}
		}
		// "دورية للأمن العام تعرضت لكمين"، "حاجز تابع للجيش استُهدف":
		// the owner after ل, before the passive.
		if o, last, ok := x.subjectOwner(d, r, in, tg, tm.Last); ok {
			tg, tm.Last = tg+" of "+o, last
		} else if c, ok := x.carried(d, r, in, tg, tm); ok {
			// "حافلة تقل مسافرين استُهدفت": who was aboard says what it was.
			tg = tg + " carrying " + c
		}
		if !localityTargets[tg] && !neutralTargets[tg] && x.exposedSubject(d, r, in, k, tm.Last) {
			// "تعرضت دورية تابعة للأمن العام لكمين": the verb first. A
			// town or a bare vehicle says nothing of what was hit.
			return tg
		}
		for j, reach := tm.Last, placeAsideReach(d, tm.Last, r); j < r.hi && j < reach; j++ {
			if _, pm, ok := x.passiveHits.at(d.toks, j); ok && !x.killedObject(d, r, in, pm) {
				return tg
			}
		}
		k = tm.Last - 1
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if tr, tm, ok := x.triggers.at(d.toks, k); ok && tr.typ != EventOther && !explodeVerbs[d.toks[k].Stem] && !selfBlast(d, tm) &&
			!objectPronounVerb(d.toks[tm.Last-1]) {
			t, at := x.targetAfterAt(d, r, in, tm.Last, 8)
			if t != "" && at == tm.Last && deedNoun(d.toks[tm.Last-1].Stem) && armedPeople(t) {
				// "مجزرة مسلحي التنظيم"، "هجوم المرتزقة": the armed men
				// in the construct after a deed are who did it.
				continue
			}
			if t != "" {
				return t
			}
		}
	}
	return ""
}

// pastExposure are the past forms of تعرّض (underwent), folded stems,
// which put what was hit after them: "تعرضت دورية لكمين".
var pastExposure = foldedSet("تعرض", "تعرضت", "تعرضا", "تعرضتا", "تعرضوا")

// nounBefore are the prepositions and adverbs of time and cause after
// which تعرّض is the verbal noun, an earlier ordeal told as the cause or
// the time of the story's deed ("بعد تعرض قاعدتين للقصف"، "إثر تعرض
// دوريته لهجوم"). Folded stems.
var nounBefore = foldedSet("بعد", "إثر", "اثر", "عقب", "جراء", "بسبب", "خلال", "منذ", "قبل", "لدى", "عند", "من", "رغم")

// exposedSubject reports whether the place or people named at k (their
// words ending before last) are the subject of a past تعرّض standing
// right before them, unnegated, whose ل takes an attack within the next
// eight words ("تعرضت دورية تابعة للأمن العام صباح اليوم لكمين مسلح"،
// "وتعرض حاجز للجيش لهجوم"). What underwent the attack is what was hit.
func (x *Extractor) exposedSubject(d *doc, r region, in func(int) bool, k, last int) bool {
	v := k - 1
	if v < r.lo || !in(v) || d.toks[v].Kind != arabic.TokWord || !pastExposure[d.toks[v].Stem] {
		return false
	}
	if hasClitic(d.toks[v].Clitics, 'ب') || hasClitic(d.toks[v].Clitics, 'ل') {
		return false // "بتعرضها"، "لتعرض": the verbal noun
	}
	if v > r.lo && in(v-1) {
		if p := d.toks[v-1]; pastNegators[p.Norm] || pastNegators[p.Stem] || p.Stem == "لا" || nounBefore[p.Stem] {
			return false
		}
	}
	for j := last; j < r.hi && j < last+8 && in(j); j++ {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() && t.Text != "،" && t.Text != "," {
			return false
		}
		if t.Kind != arabic.TokWord || !hasClitic(t.Clitics, 'ل') {
			continue
		}
		if tr, tm, ok := x.triggers.at(d.toks, j); ok && tr.typ != EventOther && !isChemical(tr) {
			// "تعرض المطار لعدوان ألحق أضراراً بمدرجه": a hit named
			// after the attack says more of what was struck; a place
			// that only locates it ("قرب الجسر") does not.
			if x.repeatedExposure(d, r, in, j) {
				return false
			}
			hit, at := x.targetAfterAt(d, r, in, tm.Last, 8)
			return hit == "" || at > tm.Last && whereWords[d.toks[at-1].Stem]
		}
	}
	return false
}

// repeatedExposure reports whether the attack a place underwent, at j, is
// told as repeated: an adverb or adjective of repetition ("لضربات
// متكررة"، "مراراً") or a count of times ("مرات عدة") in the clause after
// it. The place is then a scene of past strikes, not what this one hit.
func (x *Extractor) repeatedExposure(d *doc, r region, in func(int) bool, j int) bool {
	for k := j; k < r.hi && in(k); k++ {
		if _, _, ok := x.habits.at(d.toks, k); ok {
			return true
		}
		if s := d.toks[k].Stem; s == "مرات" || s == "مره" && k > j && d.toks[k-1].Stem == "من" {
			return true
		}
	}
	return false
}

// subjectOwner finds whose a place named as a subject was: an owner after
// ل right after it, or after "تابع/تابعة" ("دورية تابعة لإدارة الأمن"). It
// returns the owner and the token after it.
func (x *Extractor) subjectOwner(d *doc, r region, in func(int) bool, t string, at int) (string, int, bool) {
	if isForces(t) || people(t) || at >= r.hi || !in(at) {
		return "", 0, false
	}
	switch d.toks[at].Stem {
	case "تابعه", "تابع", "التابعه", "التابع":
		at++
	}
	if at >= r.hi || !in(at) {
		return "", 0, false
	}
	if o, om, ok := x.owners.at(d.toks, at); ok && hasClitic(om.Clitics, 'ل') {
		return o, om.Last, true
	}
	return "", 0, false
}

// deedNoun reports whether stem is a noun of a deed whose construct
// partner is its doer ("مجزرة الميليشيات", "جرائم التنظيم", "هجوم
// المسلحين"), unlike the verbal nouns of striking, whose partner is what
// was struck ("قصف المسلحين"); or an intransitive verb or noun of
// stealing in, whose next word can only be who came ("تسلل المسلحون إلى
// القرية", "تسلل المرتزقة").
func deedNoun(stem string) bool {
	switch stem {
	case "مجزره", "مجازر", "مذبحه", "مذابح", "جريمه", "جرائم", "هجوم", "هجمات", "اعتداء", "اعتداءات", "عدوان", "غزوه", "انتهاكات",
		"تسلل", "تسللت", "تسللوا", "يتسلل", "يتسللون", "توغل", "توغلت":
		return true
	}
	return false
}

// armedPeople reports whether a characterisation names armed men.
func armedPeople(t string) bool {
	for _, w := range []string{"militants", "fighters", "terrorists", "mercenaries", "militia"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// people reports whether a characterisation names people rather than a
// place or a thing.
func people(t string) bool {
	for _, w := range []string{"civilians", "fighters", "militants", "farmers", "workers", "drivers", "gatherers", "residents", "smugglers", "commander", "shepherd",
		"pilgrims", "worshippers", "notable", "passers-by", "shoppers", "students", "pupils", "journalists", "displaced", "refugees", "labourers", "collectors"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

func isForces(t string) bool {
	return strings.Contains(t, "forces") || strings.Contains(t, "residents")
}

func joinTarget(a, b string) string {
	if strings.Contains(a, "hospital") && strings.HasPrefix(b, "operations room") {
		// "قسم الإسعاف وغرفة العمليات": beside a ward, the operating
		// theatre, not a command room
		b = "operating theatre"
	}
	if isForces(b) {
		return a + " of " + b
	}
	return a + " and " + b
}

// sparedHarm: a word of harm under a negation stands shortly before j,
// with "في صفوف" or "بين" leading to it: the people at j were not hit.
func sparedHarm(d *doc, j int) bool {
	k := j - 1
	if k >= 0 && d.toks[k].Stem == "صفوف" {
		k--
	} else if !(j < len(d.toks) && hasClitic(d.toks[j].Clitics, 'ب')) && (k < 0 || d.toks[k].Stem != "بين") {
		return false
	}
	harm := false
	for i := k; i >= 0 && i >= k-5; i-- {
		t := d.toks[i]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		switch t.Stem {
		case "اصابات", "اصابه", "ضحايا", "خسائر", "قتلي", "جرحي", "اضرار", "اذي":
			harm = true
		case "لم", "لا", "دون", "بدون", "عدم", "اي", "يصب", "تصب":
			if harm || t.Stem == "يصب" || t.Stem == "تصب" {
				return true
			}
		}
	}
	return false
}

// firedFrom: "من سطح", "من داخل", "من على" just before j name where
// fire came from, not what it hit.
func firedFrom(d *doc, j int) bool {
	k := j - 1
	if k >= 0 && (d.toks[k].Stem == "احد" || d.toks[k].Stem == "احدي") {
		k--
	}
	if k < 1 || d.toks[k-1].Norm != "من" {
		return false
	}
	switch d.toks[k].Stem {
	case "سطح", "داخل", "فوق":
		return true
	}
	return false
}

// airWords say that something came through the air: air defence,
// aircraft, drones, missiles, rockets.
var airWords = newLexicon(words("air", "الدفاع الجوي", "الدفاعات الجوية", "دفاعاتنا الجوية", "دفاعنا الجوي", "صواريخ", "صاروخ",
	"طائرة", "طائرات", "مسيرة", "مسيرات", "الطيران", "مقاتلات", "أجواء", "سماء", "قذائف", "قذيفة", "الصواريخ", "الطائرات", "المسيرات"))

// refineType corrects the type the strongest event word gave, from the
// rest of the claim:
//
//   - "تصدى" with nothing in the air (no aircraft, drone, missile or air
//     defence in the claim) is men repelling men: a ground attack
//     ("تسلل مسلحون فتصدى لهم الأهالي");
//   - a bare "قصف" followed by where it came from on the ground ("قصف من
//     الأراضي السورية", "قصف من مواقع الجيش") is shelling, not an air raid.
func (x *Extractor) refineType(d *doc, r region, in func(int) bool, typ string, win arabic.Match) (string, string) {
	if win.Last <= win.First {
		return typ, ""
	}
	stem := d.toks[win.First].Stem
	switch {
	case typ == EventInterception && strings.HasPrefix(stem, "تصد"):
		for k := r.lo; k < r.hi; k++ {
			if _, _, ok := airWords.at(d.toks, k); ok && in(k) {
				return typ, ""
			}
		}
		return EventGroundAttack, "ground_confrontation"
	case typ == EventShelling && (rocketWord(stem) || rocketBombardment(d, win)):
		// "الطائرات ... أطلقت أربعة صواريخ", "قصف صاروخي نفذته
		// مروحيات": rockets fired by aircraft are an air raid.
		for k := r.lo; k < r.hi; k++ {
			if in(k) && mannedAircraft(d.toks[k].Stem) {
				return EventAirstrike, "aircraft_rockets"
			}
			// "مدمرتان أطلقتا 59 صاروخا": cruise missiles fired from
			// warships strike from the air, as an air raid does.
			if in(k) && warship(d.toks[k].Stem) {
				return EventAirstrike, "naval_missiles"
			}
		}
	case typ == EventAirstrike && win.Last-win.First == 1 && genericStrike(stem) && groundWeaponFires(d, r, in, win):
		return EventShelling, "ground_weapon"
	case typ == EventAirstrike && win.Last-win.First == 1 && genericStrike(stem) && lightArmsFire(d, r, in):
		return EventGroundAttack, "light_arms"
	case typ == EventAirstrike && win.Last-win.First == 1 && bareShelling(stem):
		j := win.Last
		if x.groundForcesShell(d, r, in, win) {
			return EventShelling, "ground_forces"
		}
		if j+1 < r.hi && d.toks[j].Norm == "من" {
			switch d.toks[j+1].Stem {
			case "اراضي", "الاراضي", "جانب", "مواقع", "مناطق", "داخل":
				return EventShelling, "ground_origin"
			}
		}
	}
	return typ, ""
}

// groundForcesShell reports whether the bare verb قصف at win has ground
// forces for its subject ("قصفت قوات النظام مخيمات", "قصفت فصائل المعارضة
// مواقع"): their bombardment is shelling, unless the forces are an air
// power's or aircraft are named.
func (x *Extractor) groundForcesShell(d *doc, r region, in func(int) bool, win arabic.Match) bool {
	switch d.toks[win.First].Stem {
	case "قصفت", "تقصف", "يقصف":
	default:
		return false // the noun قصف may have its object after it
	}
	j := win.Last
	if j+1 >= r.hi {
		return false
	}
	switch d.toks[j].Stem {
	case "قوات", "فصائل", "مسلحو", "ميليشيات", "مليشيات":
	default:
		return false
	}
	switch d.toks[j+1].Stem {
	case "تحالف", "روسيه", "امريكيه", "اميركيه", "اسرائيليه", "جويه": // folded stems
		return false
	}
	for k := r.lo; k < r.hi; k++ {
		if in(k) && mannedAircraft(d.toks[k].Stem) {
			return false
		}
	}
	return true
}

// genericStrike reports whether a stem is a word of striking that names
// no means: the verb or noun قصف, also with an object pronoun ("قصفتها",
// "قصفوها"), or the verb or noun استهدف.
func genericStrike(stem string) bool {
	if bareShelling(stem) {
		return true
	}
	switch stem {
	case "قصفها", "قصفه", "قصفتها", "قصفته", "قصفتهم", "قصفهم", "قصفوا", "قصفوها", "قصفوه", "يقصفون",
		"استهدف", "استهدفت", "يستهدف", "تستهدف", "استهداف", "استهدفها", "استهدفته", "استهدفتها", "استهدفوا":
		return true
	}
	return false
}

// groundWeapon reports whether a stem names a weapon that fires from the
// ground: tanks, guns and howitzers, heavy machine guns, armour, or forces
// stationed at a place ("المتمركزة في"). Mortars, artillery and rocket
// launchers are event words of their own (shelling).
func groundWeapon(stem string) bool {
	switch stem {
	case "دبابه", "دبابات", "دبابتين", "دبابتان", "دباباته", "دباباتها", "مدفع", "مدافع", "مدفعين", "مدافعها",
		"رشاشات", "رشاش", "مدرعات", "مدرعه", "متمركزه", "متمركزين", "متمركزون":
		return true
	}
	return false
}

// lightArmsFire reports whether the claim names the arms men carry as
// the instrument of its strike ("استهدفوا الحاجز بالأسلحة الخفيفة",
// "بالأسلحة الرشاشة", "بالبنادق"), and no aircraft: an attack by men on
// the ground. (Machine guns are ground weapons, see groundWeapon.)
func lightArmsFire(d *doc, r region, in func(int) bool) bool {
	return groundOnly(d, r, in, func(k int) bool {
		t := d.toks[k]
		if !hasClitic(t.Clitics, 'ب') {
			return false
		}
		switch t.Stem {
		case "بنادق", "كلاشينكوف":
			return true
		case "اسلحه":
			if k+1 < r.hi {
				switch d.toks[k+1].Stem {
				case "خفيفه", "رشاشه", "فرديه":
					return true
				}
			}
		}
		return false
	})
}

// groundOnly reports whether hit holds for a token of the claim's region
// while no token there names a manned aircraft (an air raid's own arms
// are no sign of men on the ground).
func groundOnly(d *doc, r region, in func(int) bool, hit func(k int) bool) bool {
	found := false
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if mannedAircraft(d.toks[k].Stem) {
			return false
		}
		if !found {
			found = hit(k)
		}
	}
	return found
}

// groundWeaponFires reports whether the claim names a ground weapon (see
// groundWeapon) as what fired the generic strike word at win, and no
// manned aircraft: as its instrument ("قصفت البلدة بالدبابات",
// "استهدفتها بالرشاشات الثقيلة"), as its subject told before it ("ثلاث
// دبابات حاصرت الحي ثم قصفته"), or, for the verb قصف, as the subject right
// after it ("قصفت الدبابات أطراف البلدة"). A weapon right after the noun
// or after استهدف may be what was hit ("استهدفوا دبابة").
func groundWeaponFires(d *doc, r region, in func(int) bool, win arabic.Match) bool {
	return groundOnly(d, r, in, func(k int) bool {
		t := d.toks[k]
		return groundWeapon(t.Stem) && (hasClitic(t.Clitics, 'ب') || k < win.First ||
			k == win.Last && shellingVerb(d.toks[win.First].Stem) || stationed(t.Stem))
	})
}

// stationed reports whether a stem is the participle of forces stationed
// at a place ("القوات المتمركزة في التلة"): whoever they fire at, only a
// force on the ground is stationed, so it counts wherever it stands.
func stationed(stem string) bool {
	switch stem {
	case "متمركزه", "متمركزين", "متمركزون":
		return true
	}
	return false
}

// shellingVerb reports whether a stem is a finite verb of قصف that cannot
// be read as the noun ("قصفت", "يقصف"; the bare "قصف" is either).
func shellingVerb(stem string) bool {
	switch stem {
	case "قصفت", "تقصف", "يقصف", "قصفوا", "يقصفون":
		return true
	}
	return false
}

// bareShelling reports whether a stem is the bare verb or noun قصف,
// possibly with a clitic the tokenizer left on ("لقصف", "بقصف").
func bareShelling(stem string) bool {
	for _, p := range []string{"", "ل", "ب"} {
		switch strings.TrimPrefix(stem, p) {
		case "قصف", "يقصف", "تقصف", "قصفت":
			return true
		}
	}
	return false
}

// carriedOutBy reports whether the words at j name who carried an attack
// out: they follow "تنفيذ" ("من تنفيذ"، "بتنفيذ") or a verb of carrying out
// with its object pronoun ("نفذته"، "نفذها").
func carriedOutBy(d *doc, j int) bool {
	k := j - 1
	for k >= 0 && d.toks[k].IsQuote() {
		k-- // "هجوماً شنته «مجموعات مرتزقة»"
	}
	if k > 0 && (doerGroupNouns[d.toks[k].Stem] || doerGroupNouns[d.toks[k].Norm]) {
		k-- // "شنته مجموعات مرتزقة": the group's kind after its noun
		for k >= 0 && d.toks[k].IsQuote() {
			k--
		}
	}
	if k < 0 {
		return false
	}
	switch d.toks[k].Stem {
	case "تنفيذ", "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها":
		return true
	}
	return doneItVerbs[d.toks[k].Stem]
}

// doerGroupNouns name a body of men whose kind follows them ("مجموعات
// مرتزقة"، "خلية إرهابية"). Folded stems.
var doerGroupNouns = map[string]bool{
	"مجموعات": true, "مجموعه": true, "خلايا": true, "خليه": true, "عناصر": true, "فلول": true, "بقايا": true, "جماعات": true, "جماعه": true,
}

// doneItVerbs are verbs of waging or committing with a pronoun that points
// back at the deed ("هجوماً شنته مجموعات"، "المجزرة التي ارتكبها
// المسلحون"، "الهجوم الذي تبنته الخلية"): their subject, which follows,
// did it. Folded stems.
var doneItVerbs = map[string]bool{
	"شنه": true, "شنها": true, "شنته": true, "شنتها": true, "شنوه": true, "شنوها": true,
	"يشنه": true, "يشنها": true, "تشنه": true, "تشنها": true, "يشنونها": true,
	"ارتكبه": true, "ارتكبها": true, "ارتكبته": true, "ارتكبتها": true, "ارتكبوه": true, "ارتكبوها": true,
	"يرتكبها": true, "ترتكبها": true, "تبناه": true, "تبناها": true, "تبنته": true, "تبنتها": true,
	"قاده": true, "قادها": true, "قادته": true, "قادتها": true, "دبره": true, "دبرها": true, "دبرته": true, "دبرتها": true,
}

// agentNouns are the nouns of a deed whose bare genitive is its doer:
// "مجزرة المسلحين" (the gunmen's massacre), "هجوم الإرهابيين"، "اعتداء
// الميليشيات". Verbal nouns of striking ("قصف"، "استهداف") take their
// object instead. Folded stems.
var agentNouns = map[string]bool{
	"مجزره": true, "مجازر": true, "هجوم": true, "هجمات": true, "اعتداء": true, "اعتداءات": true,
	"جريمه": true, "جرائم": true, "عدوان": true, "غدر": true,
	// the doers' weapons and hands: "قتلوا برصاص مسلحين"، "بنيران
	// المسلحين"، "على يد عناصر"، "بأيدي المهاجمين"، "قذائف الإرهابيين"
	"رصاص": true, "رصاصه": true, "نيران": true, "يد": true, "ايدي": true, "قذائف": true, "رشاشات": true,
}

// surroundingWords are the adjectives (folded, with the article) that
// place something around the site struck: "المحيطة بالمقر"، "المجاورة
// للموقع"، "المحاذية له".
var surroundingWords = map[string]bool{"المحيطه": true, "المحيط": true, "المجاوره": true, "المجاور": true,
	"المحاذيه": true, "المحاذي": true}

// surroundingSite reports whether, within two words after k, an adjective
// of surroundings with ب or ل follows: what it qualifies stood around the
// target (damage told beside the strike), and is not the target itself.
func surroundingSite(d *doc, k int) bool {
	for j := k; j < len(d.toks) && j < k+3; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if surroundingWords[t.Norm] && j+1 < len(d.toks) {
			n := d.toks[j+1]
			return n.Kind == arabic.TokWord && (hasClitic(n.Clitics, 'ب') || hasClitic(n.Clitics, 'ل'))
		}
	}
	return false
}

// organisationHeads are the nouns (folded stems) that open the name of a
// party, movement or union, whose genitive is then part of the name:
// "حزب العمال"، "اتحاد الطلبة"، "نقابة المعلمين".
var organisationHeads = map[string]bool{"حزب": true, "حركه": true, "اتحاد": true, "نقابه": true, "تيار": true}

// organisationName reports whether the definite word at j is the genitive
// of an organisation noun right before it, and so part of a name.
func organisationName(d *doc, j int) bool {
	if j == 0 || !d.toks[j].Article || d.toks[j].Clitics != "" {
		return false
	}
	p := d.toks[j-1]
	return p.Kind == arabic.TokWord && !p.Article && organisationHeads[p.Stem]
}

// agentGenitive reports whether the armed people t names at j are the bare
// genitive of a deed noun right before them, and so its doers. A response
// to their deeds ("الجيش يرد على اعتداءات المسلحين") strikes them: there
// they are what was hit.
func agentGenitive(d *doc, j int, t string) bool {
	if j == 0 || d.toks[j].Clitics != "" || !agentNouns[d.toks[j-1].Stem] {
		return false
	}
	if j >= 3 && d.toks[j-2].Norm == "علي" && responseStem(d.toks[j-3].Stem) {
		return false
	}
	for _, w := range []string{"militants", "fighters", "terrorists", "forces", "militia"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// responseStem reports whether a folded stem is a verb or noun of
// answering: "رد"، "ترد"، "يرد"، "ردت"، "ردا".
func responseStem(stem string) bool {
	switch stem {
	case "رد", "ترد", "يرد", "ردت", "ردا", "ردوا", "يردون":
		return true
	}
	return false
}

// memberOf reads the body a person named as the target belongs to, after
// في: "شخصية بارزة في حزب الله", "قيادي في التنظيم". The body says who
// the person is, so it characterises the target.
func (x *Extractor) memberOf(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, bool) {
	if !roleTarget(t) {
		return "", false
	}
	j := m.Last
	for j < r.hi && in(j) && d.toks[j].IsQuote() {
		j++
	}
	if j+1 >= r.hi || !in(j) || !in(j+1) || d.toks[j].Norm != "في" {
		return "", false
	}
	o, _, ok := x.owners.at(d.toks, j+1)
	return o, ok
}

// roleTarget reports whether a characterisation names a person by a role
// in some body rather than a place or a crowd.
func roleTarget(t string) bool {
	for _, w := range []string{"figure", "commander"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// rocketWord reports whether a stem names rockets or missiles, which
// aircraft and launchers on the ground both fire (not shells or mortars).
func rocketWord(stem string) bool {
	switch stem {
	case "صواريخ", "صاروخ", "الصواريخ", "الصاروخ", "صاروخين", "صاروخا", "صواريخها", "صواريخه":
		return true
	}
	return false
}

// rocketBombardment: the event words at win are "قصف" + "صاروخي" (a rocket
// bombardment, also "لقصف صاروخي", "بالقصف الصاروخي"), which aircraft may
// fire as guns on the ground do.
func rocketBombardment(d *doc, win arabic.Match) bool {
	if win.Last-win.First != 2 {
		return false
	}
	head := strings.TrimPrefix(d.toks[win.First].Norm, "و")
	head = strings.TrimPrefix(strings.TrimPrefix(head, "ب"), "ل")
	mod := strings.TrimPrefix(d.toks[win.First+1].Norm, "ال")
	return (head == "قصف" || head == "القصف" || head == "لقصف") && strings.HasPrefix(mod, "صاروخي")
}

// warship reports whether a stem names a warship or submarine, which fire
// cruise missiles ("مدمرتين أمريكيتين", "البوارج", "غواصة"); a ship that
// only carries goods is not one of them.
func warship(stem string) bool {
	switch stem {
	case "مدمره", "مدمرتين", "مدمرتان", "مدمرات", "بارجه", "بارجتين", "بوارج", "غواصه", "غواصات", "فرقاطه", "فرقاطات":
		return true
	}
	return false
}

// mannedAircraft reports whether a stem names manned aircraft: warplanes,
// helicopters, the air force (drones have their own event words, which
// win over rockets).
func mannedAircraft(stem string) bool {
	switch stem {
	case "طائره", "طائرات", "الطائره", "الطائرات", "الطيران", "مقاتله", "مقاتلات", "المقاتلات",
		"مروحيه", "مروحيات", "المروحيات", "المروحيه":
		return true
	}
	return false
}

// storeNouns are places where weapons are kept, made or launched from, and
// the launchers ("قواذف هاون"): what follows them names their contents,
// not an event.
var storeNouns = words("store",
	"مخزن", "مخازن", "مستودع", "مستودعات", "ورشة", "ورش", "ورشات", "مصنع", "مصانع", "معمل", "معامل",
	"منصة", "منصات", "مرابض", "مربض", "حظيرة", "حظائر",
	// launchers: the plural only, the singular "قاذفة" is also a bomber
	"قواذف",
	"ورشتين", "ورشتي", "مستودعين", "مخزنين", "مصنعين", "معملين", "منصتين")

// makingNouns are the verbal nouns of making, keeping or firing weapons that
// may stand between a store and what it holds ("ورشة لتجميع الطائرات
// المسيرة", "منصات إطلاق الصواريخ"), as folded stems.
var makingNouns = map[string]bool{
	"تصنيع": true, "صناعه": true, "تجميع": true, "تخزين": true, "اطلاق": true, "انتاج": true, "تجهيز": true, "تطوير": true,
	"تعديل": true, "صيانه": true, "تذخير": true, "تفخيخ": true, "تكرير": true, "تعبئه": true,
}

// storedObjectAt reports whether the event word at k names what a store
// holds ("مستودع للطائرات المسيرة", "مخازن للصواريخ والطائرات المسيرة",
// "منصات إطلاق الصواريخ"): the drones are a target there, not the event.
// The word follows the store noun directly, as its genitive or with ل, or
// is coordinated with و to a word that does.
func (x *Extractor) storedObjectAt(d *doc, k int) bool {
	if madeInPlaceAt(d, k) {
		return true
	}
	for j := k; j > 0 && j > k-4; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if t.Clitics == "" && !t.Article && missileNouns[d.toks[j-1].Stem] {
			// "مستودعات لصواريخ أرض-أرض": the kind of missile qualifies
			// the missiles the store holds, which decide.
			continue
		}
		linked := t.Article || hasClitic(t.Clitics, 'ل')
		coord := hasClitic(t.Clitics, 'و') && linked
		if !coord && !linked && t.Clitics != "" {
			return false // "بالطائرات": the instrument, not the contents
		}
		if _, m, ok := x.stores.at(d.toks, j-1); ok && m.Last == j {
			return !hasClitic(t.Clitics, 'و')
		}
		if j >= 2 && t.Article && makingNouns[d.toks[j-1].Stem] {
			if _, m, ok := x.stores.at(d.toks, j-2); ok && m.Last == j-1 {
				return !hasClitic(t.Clitics, 'و')
			}
		}
		if !coord {
			return false
		}
	}
	return false
}

// missileNouns are the folded stems of the weapons a qualifier of their
// kind may follow ("صواريخ أرض-أرض", "قذائف هاون", "قذائف مدفعية").
var missileNouns = map[string]bool{"صواريخ": true, "صاروخ": true, "قذائف": true, "قذيفه": true}

// defenceHolders are the folded stems of the units, sites and weapons an air
// defence word may complete ("وحدات للدفاع الجوي"، "كتيبة الدفاع الجوي"،
// "مواقع الدفاعات الجوية").
var defenceHolders = map[string]bool{
	"وحدات": true, "وحده": true, "كتيبه": true, "كتائب": true, "مواقع": true, "موقع": true, "قاعده": true,
	"قواعد": true, "بطاريات": true, "بطاريه": true, "مقر": true, "مقرات": true, "فوج": true, "لواء": true,
	"رادارات": true, "رادار": true, "مستودعات": true, "مستودع": true,
}

// defenceUnitAt reports whether the air defence word at k completes a
// unit or site noun just before it, as its genitive or with ل ("طالت
// وحدات للدفاع الجوي"): the defences are what was hit, not an
// interception.
func defenceUnitAt(d *doc, k int) bool {
	if k < 1 || d.toks[k].Kind != arabic.TokWord || d.toks[k-1].Kind != arabic.TokWord {
		return false
	}
	t, p := d.toks[k], d.toks[k-1]
	if !t.Article || t.Clitics != "" && t.Clitics != "ل" {
		return false
	}
	return defenceHolders[p.Stem] && !p.Article
}

// madeInPlaceAt reports whether the word at k is the thing a relative
// clause says was made, assembled or kept in a place, after the verb of
// making and the pronoun that points back at the place, the doer
// perhaps between ("ورشة كان المسلحون يجمعون فيها الطائرات المسيرة",
// "مزرعة يخزن بها عناصر الفصيل الصواريخ") or after the pronoun and a verbal noun of making ("معمل
// يتم فيه تصنيع المسيرات"): the drones or rockets are what the place
// held, not the means of the attack on it.
func madeInPlaceAt(d *doc, k int) bool {
	if d.toks[k].Kind != arabic.TokWord {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-1-madeDoerWords; j-- {
		p, q := d.toks[j-1], d.toks[j]
		if p.Kind != arabic.TokWord || q.Kind != arabic.TokWord {
			return false
		}
		if makingVerbs[p.Stem] && inIt[q.Norm] || j == k-1 && inIt[p.Norm] && makingNouns[q.Stem] {
			return true
		}
	}
	return false
}

// madeDoerWords is how many words (the doer: "عناصر الفصيل") may stand
// between the pronoun of the place and the thing made in it (see
// madeInPlaceAt).
const madeDoerWords = 3

// belongsWord reports whether a stem says that what precedes belongs to
// the owner after it: "يعود لـ"، "تابع لـ"، "تتبع لـ"، "العائدة لـ".
func belongsWord(stem string) bool {
	switch stem {
	case "يعود", "تعود", "عائد", "عائده", "تابع", "تابعه", "تابعا", "تابعين", "تابعتين", "تتبع", "يتبع", "تتبعان":
		return true
	}
	return false
}

// negatedHit reports whether the verb of attack at k, whose match ends at
// end, is negated by the word just before it ("لم تستهدف"، "لا يطال"، "لن
// تصيب"): what follows it was not hit. from is where what was hit is told
// instead, after an exception or a correction in the clause ("إلا"،
// "سوى"، "بل"، "وإنما"), or 0.
func negatedHit(d *doc, r region, in func(int) bool, k, end int) (from int, negated bool) {
	if k == r.lo || !in(k-1) || d.toks[k].Kind != arabic.TokWord || d.toks[k].Norm == "علي" || d.toks[k].Norm == "ضد" {
		return 0, false
	}
	switch d.toks[k-1].Norm {
	case "لم", "ولم", "فلم", "لا", "ولا", "لن", "ولن":
	default:
		return 0, false
	}
	return correctionAfter(d, r, in, end), true
}

// negatedObject reports whether the target word at j is the object of a
// negated verb: "لم يصب أي منازل"، "لا تستهدف المدنيين"، "لم تطل قيادياً".
// from is where a correction or an exception in the clause ("بل"،
// "وإنما"، "إلا"، "سوى") tells what was hit instead, or 0.
func negatedObject(d *doc, r region, in func(int) bool, j int) (from int, negated bool) {
	p := j - 1
	if p > r.lo+1 && d.toks[p].Norm == "من" && (d.toks[p-1].Stem == "اي" || d.toks[p-1].Stem == "ايا") {
		p-- // "لم يصب أياً من المستشارين"
	}
	if p > r.lo && (d.toks[p].Stem == "اي" || d.toks[p].Stem == "ايه" || d.toks[p].Stem == "ايا") {
		p--
	}
	if p-1 < r.lo || !in(p-1) || d.toks[p].Kind != arabic.TokWord || d.toks[p-1].Kind != arabic.TokWord {
		return 0, false
	}
	switch d.toks[p-1].Norm {
	case "لم", "ولم", "فلم", "لا", "ولا", "لن", "ولن":
	default:
		return 0, false
	}
	return correctionAfter(d, r, in, j), true
}

// correctionAfter is the token after a correcting or excepting word
// ("بل"، "وإنما"، "إلا"، "سوى") within 12 tokens of j in the claim, or 0.
func correctionAfter(d *doc, r region, in func(int) bool, j int) int {
	for k := j; k < r.hi && k < j+12 && in(k); k++ {
		switch d.toks[k].Norm {
		case "الا", "سوي", "بل", "وانما", "انما":
			return k + 1
		}
	}
	return 0
}

// objectSpeechVerbs report or qualify what an attack hit in a relative
// clause after "ما": "قصف ما قال إنها مواقع"، "استهدفت ما تزعم أنه مقر"،
// "على ما وصفته بأنه معسكر".
var objectSpeechVerbs = map[string]bool{
	"قال": true, "قالت": true, "يقول": true, "تقول": true, "قالوا": true, "يقولون": true,
	"زعم": true, "زعمت": true, "يزعم": true, "تزعم": true, "زعموا": true,
	"ادعي": true, "ادعت": true, "يدعي": true, "تدعي": true, "ادعوا": true,
	"وصف": true, "وصفت": true, "وصفه": true, "وصفها": true, "وصفته": true, "وصفتها": true, "يصفه": true, "تصفه": true, "يصفها": true, "تصفها": true,
	"اعتبر": true, "اعتبرت": true, "اعتبره": true, "اعتبرها": true, "اعتبرته": true, "اعتبرتها": true,
	"سماه": true, "سمته": true, "اسماه": true, "اسمته": true, "سماها": true, "سمتها": true,
}

// relayedObject reads the characterisation in a claim that is a relative
// clause of speech on what an attack hit: the claim starts with a verb
// of saying right after "ما" (or "مما"، "بما"), which follows a verb or
// preposition of attack, and the speaker's words name the target: "قصفت
// الطائرات ما قال الجيش إنها مواقع للمسلحين" is the army's
// characterisation.
func (x *Extractor) relayedObject(d *doc, r region, in func(int) bool) string {
	first := r.lo
	for first < r.hi && !in(first) {
		first++
	}
	// the verb of saying: at the claim's start or just before its
	// content (the cue and the speaker may stand outside it)
	k := -1
	for j := min(r.lo, first) - 1; j <= first && j < r.hi; j++ {
		if j >= 1 && (objectSpeechVerbs[d.toks[j].Norm] || objectSpeechVerbs[d.toks[j].Stem]) {
			k = j
			break
		}
	}
	if k < 2 || d.toks[k-1].Stem != "ما" {
		return ""
	}
	// the verb or preposition of attack before "ما", at most two words
	// (its subject or instrument) between: "قصف بالمدفعية ما"
	head := -1
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if d.toks[j].Kind != arabic.TokWord {
			break
		}
		if _, hm, ok := x.targetHeads.at(d.toks, j); ok && hm.Last <= k-1 {
			head = j
			break
		}
	}
	if head < 0 {
		return ""
	}
	if d.toks[head].Norm == "علي" && head >= 1 {
		switch d.toks[head-1].Stem {
		case "رد", "ردا", "تعليقا", "بناء", "تعقيبا":
			return "" // "رداً على ما وصفه بالاعتداء": a cause, not a target
		}
	}
	return x.targetAfter(d, r, func(j int) bool { return j >= k && j < r.hi }, max(k+1, first), 7)
}

// bombStems are the words of a bomb going off or being set off; "فجر" is
// read as the verb only before its object (see bombAt).
var bombStems = map[string]bool{
	"انفجر": true, "انفجرت": true, "انفجار": true, "انفجارا": true, "تفجير": true, "فجرت": true, "فجروا": true,
	"يفجر": true, "تفجر": true, "فجرها": true, "فجره": true, "مفخخه": true, "ناسفه": true, "انتحاري": true, "انتحاريه": true,
}

// bombObjects follow "فجّر" when it is the verb, not the dawn: "فجّر
// نفسه"، "فجّر السيارة"، "فجّر عبوة".
var bombObjects = map[string]bool{
	"نفسه": true, "نفسها": true, "سياره": true, "شاحنه": true, "عبوه": true, "حزامه": true, "حزام": true, "دراجه": true, "صهريج": true,
}

// besideWords place a bomb by what it went off at: "قرب"، "بجوار"،
// "أمام"، "عند"، "داخل"، "مدخل"، "بالقرب من".
var besideWords = map[string]bool{
	"قرب": true, "جوار": true, "جانب": true, "امام": true, "عند": true, "داخل": true, "مدخل": true, "قرب من": true, "مقربه": true,
	"وسط": true, "بين": true, "في": true,
}

// bombVehicle reports whether the vehicle t (vehicleTargets) at j (its words ending before
// m.Last) is the bomb itself rather than what a bomb hit: booby-trapped
// ("مفخخة"، "ملغمة") after a word of a blast or as its means with ب
// ("بانفجار سيارة مفخخة"، "بسيارة مفخخة"), or the object of the verb of
// setting it off ("فجّروا السيارة"). A booby-trapped car that strikes
// destroyed ("دمرت الغارات سيارة مفخخة") stays what was hit.
func bombVehicle(d *doc, j int, t string, m arabic.Match) bool {
	if !vehicleTargets[t] {
		return false
	}
	if p := d.toks[max(j-1, 0)]; j > 0 && p.Kind == arabic.TokWord && (detonateVerbs[p.Norm] || detonateVerbs[p.Stem]) && !hasClitic(d.toks[j].Clitics, 'ب') {
		return true
	}
	if ladenDetonated(d, j, m.Last) {
		return true // "فجّر انتحاري ... سيارة محملة بالمتفجرات"
	}
	if m.Last >= len(d.toks) || !boobyTrapped(d.toks[m.Last].Stem) {
		return false
	}
	if hasClitic(d.toks[j].Clitics, 'ب') {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if bombAt(d, k) {
			return true
		}
	}
	return false
}

// detonateVerbs set a bomb off, with what was rigged as their object:
// "فجّر السيارة"، "فجّروا الشاحنة". Folded; the tokenizer may read the
// ف as a clitic, so the whole word is looked up too.
var detonateVerbs = foldedSet("فجر", "فجرت", "فجروا", "فجرا", "يفجر", "تفجر", "يفجرون", "فجّر")

// boobyTrapped reports whether a folded stem is the adjective of a
// vehicle rigged to blow up: "مفخخة"، "المفخختين"، "ملغمة"، "ملغومة".
func boobyTrapped(stem string) bool {
	s := strings.TrimPrefix(stem, "ال")
	return strings.HasPrefix(s, "مفخخ") || strings.HasPrefix(s, "ملغم") || strings.HasPrefix(s, "ملغوم")
}

// bombAt reports whether the token at k tells of a bomb.
func bombAt(d *doc, k int) bool {
	t := d.toks[k]
	if t.Kind != arabic.TokWord {
		return false
	}
	if bombStems[t.Stem] {
		return true
	}
	return t.Stem == "فجر" && k+1 < len(d.toks) && bombObjects[d.toks[k+1].Stem]
}

// bombedBeside reads what a bomb went off at, when it is a post of an
// armed side, which the bomb was aimed at: "فجّر الانتحاري السيارة قرب
// مقر أمني"، "انفجرت عبوة أمام حاجز للجيش". Beside a market, a garage
// or a restaurant the locative word only says where it went off: the
// people there, not the place, were what it hit, and the clause names
// them elsewhere if at all.
func (x *Extractor) bombedBeside(d *doc, r region, in func(int) bool) string {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || !bombAt(d, k) {
			continue
		}
		for j := k + 1; j < r.hi && j <= k+6 && in(j); j++ {
			u := d.toks[j]
			if u.Kind == arabic.TokPunct && !u.IsQuote() {
				break
			}
			if u.Kind != arabic.TokWord {
				continue
			}
			if j == k+1 && bombStems[d.toks[k].Stem] && (u.Stem == "داخل" || hasClitic(u.Clitics, 'ب')) {
				// "انفجر بسيارة تقل مدنيين"، "انفجرت داخل سوق": what the
				// bomb went off in or against was hit
				from := j
				if u.Stem == "داخل" {
					from = j + 1
				}
				if t, at := x.targetAfterAt(d, r, in, from, 3); t != "" && !localityTargets[t] && at == from {
					return t
				}
				continue
			}
			if !besideWords[u.Stem] {
				continue
			}
			from := j + 1
			if from < r.hi && d.toks[from].Norm == "من" {
				from++
			}
			if t, at := x.targetAfterAt(d, r, in, from, 4); besidePlace(t) && (at == from || armedPost(t)) && !titledName(d, at) {
				if !armedPost(t) && x.armedAfter(d, r, in, at+1) {
					// "أمام مطعم كان بداخله جنود": the armed men there,
					// not the place, are what the clause says was aimed at
					return ""
				}
				return t
			}
			break
		}
	}
	return ""
}

// besidePlace reports whether a characterisation read after a locative
// word by a bomb names what the bomb was set off at: a post of an armed
// side, or a place people gather in (a market, a restaurant, a school, a
// bus stop, a hospital gate), which news and sources name as what the
// bomber aimed at. A town or a quarter only says where it went off, and a
// bare building or vehicle names no side.
func besidePlace(t string) bool {
	return t != "" && !localityTargets[t] && !neutralTargets[t] && !bareOnly[t]
}

// armedAfter reports whether the clause names armed men or troops after
// token k: "أثناء وجود عسكريين بداخله"، "حيث كان يجتمع عناصر من الفصيل".
func (x *Extractor) armedAfter(d *doc, r region, in func(int) bool, k int) bool {
	for j := k; j < r.hi; j++ {
		if !in(j) {
			continue
		}
		if t, m, ok := x.targets.at(d.toks, j); ok {
			if armedPeople(t) || isForces(t) || strings.Contains(t, "soldiers") || strings.Contains(t, "troops") {
				return true
			}
			j = m.Last - 1
		}
	}
	return false
}

// titledName reports whether the word at k is a rank or title opening a
// person's name ("قرب اللواء فلان"، "أمام العميد فلان"), not a unit ("قرب
// اللواء 132").
func titledName(d *doc, k int) bool {
	return k >= 0 && k+1 < len(d.toks) && personTitles[d.toks[k].Norm] && d.toks[k+1].Kind == arabic.TokWord
}

// armedPost reports whether a characterisation names a post of an armed
// side: a headquarters, a checkpoint, a base, a barracks or a position.
func armedPost(t string) bool {
	for _, w := range []string{"headquarters", "checkpoint", "base", "barracks", "position", "post", "security", "military",
		// a patrol, or a vehicle of an armed force: "دوّت العبوة بجوار باص لعناصر الشرطة"
		"patrol", "of fighters", "of army forces", "of regime forces", "of government forces", "carrying fighters", "carrying militants"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// stateForceMembers reports whether the word at j is a noun of members
// ("عناصر"، "أفراد") in construct with a regular army or a state's forces
// ("عناصر النظام"، "أفراد الجيش"، "عناصر القوات التركية"): denied there,
// they are one side's troops said to be absent, which an attacker says to
// deny hitting that side, while the armed men of any group ("لا وجود
// لمسلحين"، "لا يوجد فيها مقاتلون للتنظيم") say the place was civilian.
func stateForceMembers(d *doc, r region, in func(int) bool, j int) bool {
	u := d.toks[j]
	if u.Kind != arabic.TokWord || !forceMemberNouns[u.Stem] || j+1 >= r.hi || !in(j+1) {
		return false
	}
	g, _, ok := forceBodies.at(d.toks, j+1)
	return ok && (g == "syrian_army" || g == "us_forces" || g == "unknown")
}
