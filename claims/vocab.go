package claims

// The word lists of the extractor. Each list is general vocabulary of
// Arabic news writing about armed conflict; none is taken from a particular
// article. Entries are folded when compiled (see lexicon), so one spelling
// per word is enough; verb forms are listed because verbs inflect at both
// ends.

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// speech is what an attribution verb says about the claim that follows.
type speech struct {
	stance string // the stance the verb itself gives: asserts, denies, unconfirmed
	relay  bool   // نقل: the subject relays another speaker (نقلت X عن Y)
	from   bool   // علم: the subject learnt it from another (علمت X من Y)
	accuse bool   // اتهم: the object of the verb is the actor
	belief bool   // يعتقد: a frame only with a named subject right after it
	toll   bool   // رفع: speech only when a toll (حصيلة، عدد) follows the subject
	reject bool   // رفض: a denial only when a report or accusation noun follows
	blame  bool   // ألقى، وجّه: speech only when a blame phrase follows (باللائمة على، أصابع الاتهام إلى)
	hasten bool   // سارع، بادر: speech only when إلى and a verbal noun of speech follow (سارع إلى اتهام)
}

var (
	say      = speech{stance: StanceAsserts}
	deny     = speech{stance: StanceDenies}
	hedge    = speech{stance: StanceUnconfirmed}
	relay    = speech{stance: StanceAsserts, relay: true}
	learnt   = speech{stance: StanceAsserts, relay: true, from: true}
	accusing = speech{stance: StanceAsserts, accuse: true}
	belief   = speech{stance: StanceUnconfirmed, belief: true}
	// "فصّل المرصد القتلى بأنهم ...": detailing, only with a named subject.
	detail = speech{stance: StanceAsserts, belief: true}
	// "رفع المرصد حصيلة القتلى إلى ...": raising or lowering a toll.
	tollVerb = speech{stance: StanceAsserts, toll: true}
	// "رفضت الوزارة الاتهامات"، "رفض الجيش رواية المرصد": rejecting a
	// report denies it (rejecting to comment says nothing).
	rejecting = speech{stance: StanceDenies, reject: true}
	// "ألقت الوزارة باللوم على ..."، "وجّه المرصد أصابع الاتهام إلى ...":
	// laying the blame on a party, which the blame phrase names.
	laying = speech{stance: StanceAsserts, blame: true}
	// "محمّلةً الحكومة المسؤولية": holding a party responsible, only with
	// the noun of responsibility ("محمّلة بالمتفجرات" is loaded).
	charging = speech{stance: StanceAsserts, accuse: true, blame: true}
	// "سارعت وسائل الإعلام الرسمية إلى اتهام المسلحين"، "بادرت الوزارة
	// إلى نفي ...": hastening to a verbal noun of speech is saying it.
	hastening = speech{stance: StanceAsserts, hasten: true}
	// "نسب المجلس الغارات إلى طيران النظام": ascribing a deed, only with
	// a named subject (see speechVerbs).
	ascribing = speech{stance: StanceAsserts, accuse: true, belief: true}
)

// speechVerbs are verbs that introduce what a source says, in the past and
// present, masculine, feminine and plural.
var speechVerbs = map[string]speech{
	"قال": say, "قالت": say, "قالوا": say, "يقول": say, "تقول": say, "يقولون": say,
	"أفاد": say, "أفادت": say, "أفادوا": say, "يفيد": say, "تفيد": say,
	"أعلن": say, "أعلنت": say, "أعلنوا": say, "يعلن": say, "تعلن": say,
	"ذكر": say, "ذكرت": say, "ذكروا": say, "يذكر": say, "تذكر": say,
	"أكد": say, "أكدت": say, "أكدوا": say, "يؤكد": say, "تؤكد": say,
	"أشار": say, "أشارت": say, "أشاروا": say, "يشير": say, "تشير": say,
	"أوضح": say, "أوضحت": say, "يوضح": say, "توضح": say,
	"لفت": say, "لفتت": say,
	"أضاف": say, "أضافت": say, "أضافوا": say, "يضيف": say, "تضيف": say,
	"تابع": say, "تابعت": say, "أردف": say, "أردفت": say,
	"كشف": say, "كشفت": say, "يكشف": say, "تكشف": say,
	"صرح": say, "صرحت": say,
	"أورد": say, "أوردت": say,
	"بث": say, "بثت": say, "نشر": say, "نشرت": say,
	"اعتبر": say, "اعتبرت": say, "يعتبر": say, "تعتبر": say,
	"رأى": say, "رأت": say, "يرى": say, "ترى": say,
	"أعرب": say, "أعربت": say,
	// Expressing a feeling about what happened: "أبدت المنظمة قلقها من مقتل ...".
	"أبدى": say, "أبدت": say, "أبدوا": say, "يبدي": say, "تبدي": say,
	"حذر": say, "حذرت": say, "يحذر": say, "تحذر": say,
	"أبلغ": say, "أبلغت": say,
	"أقر": say, "أقرت": say, "اعترف": say, "اعترفت": say, "يعترف": say, "تعترف": say, "يقر": say, "تقر": say,
	"بينت": say, "شدد": say, "شددت": say,
	"تحدث": say, "تحدثت": say, "علق": say, "علقت": say,
	// Headlines speak in the present: "المرصد يتحدث عن ثلاثة قتلى".
	"يتحدث": say, "تتحدث": say, "يتحدثون": say,
	"وثق": say, "وثقت": say, "رصد": say, "رصدت": say, "سجل": say, "سجلت": say,
	"أحصى": say, "أحصت": say, "يحصي": say, "تحصي": say,
	"قدر": say, "قدرت": say,
	"نوه": say, "نوهت": say, "أفصح": say, "أفصحت": say,
	// An outlet that learnt something from its sources relays them:
	// "وعلمت الصحيفة من مصادر محلية أن ...".
	"علم": learnt, "علمت": learnt,
	// Plurals and duals of the verbs above, and verbs of narrating and
	// explaining: "رووا أن ..."، "شرح المصدر أن ...".
	"أوضحوا": say, "تحدثوا": say, "لفتوا": say, "وثقوا": say, "رصدوا": say, "أحصوا": say, "قدروا": say,
	"قالا": say, "أفادا": say, "أكدا": say, "أعلنا": say, "أشارا": say, "أوضحا": say, "أضافا": say,
	"روى": say, "روت": say, "رووا": say, "يروي": say, "تروي": say,
	"شرح": say, "شرحت": say, "استطرد": say, "استطردت": say, "ختم": say, "ختمت": say,
	"استدرك": say, "استدركت": say,
	// Holding to one's account: "تمسكت دمشق بروايتها عن ..." (only before
	// a noun of account, see holdsAccount).
	"تمسك": say, "تمسكت": say, "تمسكوا": say, "يتمسك": say, "تتمسك": say,
	"وصف": say, "وصفت": say, "وصفوا": say,
	// Posts of officials and bodies: "كتب المتحدث على حسابه أن ...".
	"كتب": say, "كتبت": say, "غرد": say, "غردت": say,
	// A body's statement with the body after لـ: "وجاء في بيان للجيش أن".
	"جاء في بيان": say, "وجاء في بيان": say, "ورد في بيان": say,
	// Through a speaker's mouth: "وجاء على لسان المتحدث باسم الوزارة أن".
	"جاء على لسان": say, "ورد على لسان": say, "جاء ذلك على لسان": say,
	// Claiming an attack is a body's announcement of it: "تبنت الجماعة
	// الهجوم، وقالت إن ...". Past forms only: the present tells a habit
	// ("هجمات تتبنى معظمها فصائل").
	"تبنى": say, "تبنت": say, "تبنوا": say,
	// Mourning its dead is a body's announcement of them: "نعت الهيئة أربعة من مقاتليها".
	"نعى": say, "نعت": say, "ينعى": say, "تنعى": say,
	// Condemning characterises what happened: "أدانت الوزارة الغارات التي طالت منازل المدنيين".
	"أدان": say, "أدانت": say, "يدين": say, "تدين": say, "استنكر": say, "استنكرت": say, "ندد": say, "نددت": say,
	// The bare form دان is as common in news as أدان ("دانت الخارجية
	// الغارات"، "بينما دانت دمشق القصف"), and bodies of people condemn in
	// the plural ("أدان ناشطون"، "ندد الأهالي"، "استنكروا").
	// Hastening to speak: "سارع الإعلام الرسمي إلى وصف التفجير بالإرهابي"
	// (see hastenNouns).
	"سارع": hastening, "سارعت": hastening, "سارعوا": hastening, "يسارع": hastening, "تسارع": hastening,
	"بادر": hastening, "بادرت": hastening, "بادروا": hastening, "يبادر": hastening, "تبادر": hastening,
	"دان": say, "دانت": say, "دانوا": say, "أدانوا": say, "يدينون": say, "نددوا": say, "يندد": say, "تندد": say,
	"ينددون": say, "استنكروا": say, "يستنكر": say, "تستنكر": say, "يستنكرون": say,
	// Criticising and denouncing characterise what happened as condemning
	// does: "انتقدت الخارجية القصف واعتبرته انتهاكاً"، "شجبت الحكومة القصف".
	"انتقد": say, "انتقدت": say, "انتقدوا": say, "ينتقد": say, "تنتقد": say,
	"شجب": say, "شجبت": say, "شجبوا": say, "يشجب": say, "تشجب": say,
	// "زعم" and "ادعى" are the reporter's distance from a claim the source
	// itself asserts: "زعم المتحدث أن الغارات استهدفت مواقع" is the
	// spokesman asserting.
	"زعم": say, "زعمت": say, "زعموا": say, "يزعم": say, "تزعم": say,
	"ادعى": say, "ادعت": say, "تدعي": say, "يدعي": say,
	"رجح": hedge, "رجحت": hedge, "يرجح": hedge, "ترجح": hedge,
	// Plurals and duals, the subject before them as often as after:
	// "وناشطون يرجّحون أن ..."، "رجّحوا أن تكون ...".
	"رجحوا": hedge, "يرجحون": hedge, "يرجحان": hedge, "ترجحان": hedge, "رجحا": hedge, "رجحتا": hedge,
	// Hinting is not asserting: "ألمحت الوزارة إلى تورط أمريكي".
	"ألمح": hedge, "ألمحت": hedge, "ألمحوا": hedge, "يلمح": hedge, "تلمح": hedge,
	// Casting doubt on an account is no assertion either: "شكّك ناشطون في
	// الرواية الرسمية، ورجّحوا ..."، "مغردون يشككون في رواية السلطات".
	"شكك": hedge, "شككت": hedge, "شككوا": hedge, "يشكك": hedge, "تشكك": hedge, "يشككون": hedge,
	"يعتقد": belief, "تعتقد": belief, "اعتقد": belief, "اعتقدت": belief, "يعتقدون": belief,
	"نفى": deny, "نفت": deny, "نفوا": deny, "ينفي": deny, "تنفي": deny,
	"ينفون": deny, "ينفيان": deny, "تنفيان": deny, "نفيا": deny, "نفتا": deny,
	"كذب": deny, "كذبت": deny, "دحض": deny, "دحضت": deny,
	// Disavowing and refuting: "أنكرت الوزارة قيام طيرانها بأي مهمة"،
	// "فنّدت الخارجية المزاعم".
	"أنكر": deny, "أنكرت": deny, "أنكروا": deny, "ينكر": deny, "تنكر": deny, "ينكرون": deny,
	"فند": deny, "فندت": deny, "فندوا": deny, "يفند": deny, "تفند": deny,
	// "وهو ما نفته الوزارة", "الأمر الذي نفاه المتحدث": the denial of
	// what was just told, its object a pronoun. Past forms only: the
	// present ("وهو ما تنفيه دمشق") tells a standing position, often of a
	// pattern of strikes rather than of this one.
	"نفاه": deny, "نفته": deny, "نفوه": deny, "نفاها": deny, "نفتها": deny,
	"كذبه": deny, "كذبته": deny, "كذبها": deny, "كذبوه": deny,
	// Disowning an attack denies a part in it: "تبرأت الجماعة من التفجير".
	"تبرأ": deny, "تبرأت": deny, "تبرؤوا": deny, "يتبرأ": deny, "تتبرأ": deny,
	"نقل": relay, "نقلت": relay, "نقلوا": relay, "ينقل": relay, "تنقل": relay,
	"أورده": say, "أوردته": say, "ذكره": say, "ذكرته": say, "نشره": say, "نشرته": say, "أعلنه": say, "أعلنته": say,
	"نقله": say, "نقلته": say, "أكده": say, "أكدته": say,
	"تداولت": hedge, "تتداول": hedge, "يتداول": hedge, "تداول": hedge,
	// "نفى ... صحة ما تناقلته وسائل إعلام عن مقتل ...": the rumour is the media's.
	"تداولته": hedge, "تداولتها": hedge, "تناقلت": hedge, "تناقلته": hedge, "تناقلتها": hedge, "تتناقل": hedge, "يتناقل": hedge,
	"فصل": detail, "فصلت": detail, "يفصل": detail, "تفصل": detail,
	"رفع": tollVerb, "رفعت": tollVerb, "يرفع": tollVerb, "ترفع": tollVerb,
	// "صعّد المرصد عدد القتلى إلى 85": raising a toll; only with the toll
	// after it (see tollFollows), never "escalating" attacks.
	"صعد": tollVerb, "صعدت": tollVerb, "يصعد": tollVerb, "تصعد": tollVerb,
	"رفض": rejecting, "رفضت": rejecting, "رفضوا": rejecting, "يرفض": rejecting, "ترفض": rejecting,
	// a body speaking of itself in a quoted statement: "نرفض الاتهامات"
	"نرفض": rejecting, "رفضنا": rejecting,
	"خفض": tollVerb, "خفضت": tollVerb, "يخفض": tollVerb, "تخفض": tollVerb,
	"عدلت": say, "عدل": say, "صححت": say, "صحح": say, "حدثت": say, "حدث": say,
	"اتهم": accusing, "اتهمت": accusing, "اتهموا": accusing, "يتهم": accusing, "تتهم": accusing,
	"حمل": accusing, "حملت": accusing, "حملوا": accusing, "يحمل": accusing, "تحمل": accusing,
	// Plurals and duals in the present, with the subject before them
	// ("وذوو القتيلين يتهمون ..."، "والأهالي يحمّلون ...") or after, and
	// duals in the past ("اتهما"، "اتهمتا").
	"يتهمون": accusing, "يتهمان": accusing, "تتهمان": accusing, "اتهما": accusing, "اتهمتا": accusing,
	"يحملون": accusing, "يحملان": accusing, "تحملان": accusing, "حملا": accusing, "حملتا": accusing,
	// ascribing a deed to a party: "عزت الوزارة التفجير إلى خلايا التنظيم".
	"عزا": accusing, "عزت": accusing, "عزوا": accusing, "يعزو": accusing, "تعزو": accusing, "يعزون": accusing,
	// "نسب المرصد القصف إلى ...": the unvowelled past is as often the
	// passive of a statement ascribed to a speaker ("نُسب إلى مصدر"), so
	// it ascribes only with a named subject right after it; with an
	// object pronoun it can only be active ("ونسبها إلى الطيران ...").
	"نسب": ascribing, "نسبت": ascribing, "نسبوا": ascribing, "ينسب": ascribing, "تنسب": ascribing, "ينسبون": ascribing,
	"نسبه": accusing, "نسبها": accusing, "نسبته": accusing, "نسبتها": accusing, "نسبوه": accusing, "نسبوها": accusing,
	"ألقى": laying, "ألقت": laying, "ألقوا": laying, "يلقي": laying, "تلقي": laying, "يلقون": laying,
	"وجه": laying, "وجهت": laying, "وجهوا": laying, "يوجه": laying, "توجه": laying, "يوجهون": laying,
}

// continuers are adverbial participles (حال) that go on with the speaker of
// the sentence: "..., مضيفاً أن ...".
var continuers = map[string]speech{
	"مضيفا": say, "مضيفة": say, "مشيرا": say, "مشيرة": say, "مؤكدا": say, "مؤكدة": say,
	"لافتا": say, "لافتة": say, "موضحا": say, "موضحة": say, "قائلا": say, "قائلة": say,
	"معتبرا": say, "معتبرة": say, "محذرا": say, "محذرة": say, "متابعا": say, "متابعة": say,
	"منوها": say, "منوهة": say, "مبينا": say, "مبينة": say, "مشددا": say, "مشددة": say,
	"معربا": say, "معربة": say, "مبدية": say, "مبديا": say, "كاشفا": say, "كاشفة": say,
	"نافيا": deny, "نافية": deny, "منكرا": deny, "منكرة": deny, "مفندا": deny, "مفندة": deny, "زاعما": hedge, "زاعمة": hedge, "مدعيا": hedge, "مدعية": hedge,
	"متهما": accusing, "متهمة": accusing, "محملا": charging, "محملة": charging, "محملين": charging,
	"ناسبا": accusing, "ناسبة": accusing, "ناسبين": accusing,
	"ملقيا": laying, "ملقية": laying, "موجها": laying, "موجهة": laying,
	"مستطردا": say, "مستطردة": say, "مختتما": say, "مختتمة": say, "واصفا": say, "واصفة": say,
	// "..., داعياً إلى", "مجددةً موقفها", "مرجحاً أن يكون القصف مدفعياً".
	"داعيا": say, "داعية": say, "مجددا": say, "مجددة": say, "مرجحا": hedge, "مرجحة": hedge,
	"مشككا": hedge, "مشككة": hedge, "مشككين": hedge,
	// "اكتفت الوزارة بالإشارة إلى مقتل ثلاثة": the manner of speaking.
	"بالإشارة إلى": say, "بالاشارة الى": say,
	// The same with other nouns of saying: "اكتفى البيان بالحديث عن
	// إصابات"، "اكتفت الهيئة بالقول إن ...".
	"بالحديث عن": say, "بالقول": say, "بالقول إن": say, "بالتأكيد على": say, "بالإعلان عن": say,
	// A verb of returning or hastening, then the speech with لـ: "عاد
	// المرصد ليؤكد"، "سارعت الوزارة لتنفي"، "خرج المتحدث ليعلن".
	"ليؤكد": say, "لتؤكد": say, "ليؤكدوا": say, "ليعلن": say, "لتعلن": say, "ليعلنوا": say,
	"ليقول": say, "لتقول": say, "ليشير": say, "لتشير": say, "ليضيف": say, "لتضيف": say,
	"ليتحدث": say, "لتتحدث": say, "ليكشف": say, "لتكشف": say, "ليرفع": tollVerb, "لترفع": tollVerb,
	"لينفي": deny, "لتنفي": deny, "لينفوا": deny,
}

// afterCues put the source after the content: "..., بحسب المرصد".
var afterCues = words("according",
	"طبقا", "طبقاً", "استنادا", "استنادا ل", "نقلا", "حصيلة",
	"بحسب", "حسب", "وفق", "وفقا ل", "وفقا", "طبقا ل", "تبعا ل", "استنادا إلى", "نقلا عن",
	"على ما أورد", "على ما أوردت", "على ما ذكر", "على ما ذكرت", "على ما أفاد", "على ما أفادت",
	// The same with the object pronoun of the relative: "على ما أورده ناشطون".
	"على ما ذكره", "على ما ذكرته", "على ما أورده", "على ما أوردته", "على ما أفاد به", "على ما أفادت به",
	"على ما نقله", "على ما نقلته", "على ما أعلنه", "على ما أعلنته", "على ما قاله", "على ما قالته",
	"حسبما", "بحسب ما", "حسب ما", "وفق ما", "وفقا لما", "طبقا لما",
	"كما أفاد", "كما أفادت", "كما ذكر", "كما ذكرت",
	// "..., كما أعلن المرصد السبت"، "مثلما أكدت مصادر محلية": as the source
	// said it, the other verbs of saying after كما and مثلما.
	"كما أعلن", "كما أعلنت", "كما أكد", "كما أكدت", "كما قال", "كما قالت", "كما أوضح", "كما أوضحت",
	"كما صرح", "كما صرحت", "كما روى", "كما روت", "كما أشار", "كما أشارت",
	"مثلما أفاد", "مثلما أفادت", "مثلما ذكر", "مثلما ذكرت", "مثلما أعلن", "مثلما أعلنت",
	"مثلما أكد", "مثلما أكدت", "مثلما قال", "مثلما قالت",
	// "..., كما أحصاها ناشطون"، "كما وثقه المرصد": as the source counted,
	// documented or gave it, the pronoun standing for the toll.
	"كما أحصاها", "كما أحصاه", "كما أحصتها", "كما أحصته", "كما أحصى", "كما أحصت",
	"كما وثقها", "كما وثقه", "كما وثقتها", "كما وثقته", "كما أوردها", "كما أورده", "كما أوردتها", "كما أوردته",
	"كما أورد", "كما أوردت", "كما نقلها", "كما نقله", "كما نقلتها", "كما نقلته", "كما نقل", "كما نقلت",
	"كما أعلنها", "كما أعلنه", "كما أعلنتها", "كما أعلنته", "كما رصدها", "كما رصده", "كما رصدتها", "كما رصدته",
	// "على ذمة المرصد": on the source's word.
	"على ذمة", "بناء على", "بناء على ما", "استنادا لما",
	// "..., على حد قول مصدر طبي": as the source put it. ("بحسب رواية"
	// is left out: the lexicon's stems would take "روايات الأهالي", a
	// source's own name, apart.)
	"على حد قول", "على حد تعبير", "بحسب قول", "حسب قول", "وفق قول",
	"بحسب تقديرات", "وفق تقديرات", "حسب تقديرات",
	// "سقط 7 قتلى ...، في حصيلة نشرتها مديرية الصحة": the toll's
	// announcer, after the toll.
)

// carriedStatementCues are asides that name the medium that carried the
// speaker's words: "قال المرصد، في تصريحات نقلتها وكالة الأناضول، إن
// ..."، "في بيان بثته قناة ...". The verb's pronoun is the statement, so the
// medium after it relays the speaker just named (see carriedStatement).
func carriedStatementCues() map[string]string {
	out := map[string]string{}
	for _, noun := range []string{"تصريح", "تصريحات", "حديث", "مقابلة", "بيان", "تقرير", "كلمة", "رسالة", "مقطع مصور", "تسجيل مصور"} {
		for _, v := range statementCarriers {
			out["في "+noun+" "+v] = "according"
			out["خلال "+noun+" "+v] = "according"
		}
	}
	// The speaker's own statement, with its pronoun and a relative:
	// "قالت الوزارة في بيانها، الذي نقلته الوكالة، إن"، "في تصريحاته
	// التي بثتها القناة".
	for _, noun := range []string{"تصريح", "تصريحات", "حديث", "مقابلة", "بيان", "تقرير", "كلمة", "رسالة"} {
		stem := strings.TrimSuffix(noun, "ة")
		if stem != noun {
			stem += "ت"
		}
		for _, pron := range []string{"ه", "ها", "هم"} {
			for _, rel := range []string{"الذي", "التي", "، الذي", "، التي"} {
				for _, v := range statementCarriers {
					out["في "+stem+pron+" "+rel+" "+v] = "according"
					out["خلال "+stem+pron+" "+rel+" "+v] = "according"
				}
			}
		}
	}
	return out
}

// statementCarriers are the verbs of carrying a statement, with its pronoun:
// "نقلتها"، "بثه"، "أوردته".
var statementCarriers = []string{
	"نقلته", "نقلتها", "نقله", "نقلها", "أوردته", "أوردتها", "أورده", "أوردها",
	"بثته", "بثتها", "بثه", "بثها", "نشرته", "نشرتها", "نشره", "نشرها",
}

// carriedStatement reports whether an after-cue is a carried-statement
// aside (see carriedStatementCues).
func carriedStatement(phrase string) bool {
	f := strings.Fields(phrase)
	return len(f) >= 3 && (f[0] == "في" || f[0] == "خلال") && slices.Contains(statementCarriers, f[len(f)-1])
}

// tollAnnouncerVerbs name who gave a toll, after the toll and its noun:
// "في حصيلة نشرتها مديرية الصحة", "وفق حصيلة محدثة نشرتها فرق
// الإسعاف". Both genders of the announcer, with the pronoun of the toll.
var tollAnnouncerVerbs = []string{
	"أعلنها", "أعلنتها", "نشرها", "نشرتها", "أوردها", "أوردتها", "وثقها", "وثقتها",
	"أصدرها", "أصدرتها", "قدمها", "قدمتها", "ذكرها", "ذكرتها", "أحصاها", "أحصتها",
	"سجلها", "سجلتها", "أوردته", "أعلنه", "أعلنته", "نشره", "نشرته",
	// collected, prepared, monitored, carried or circulated by the announcer:
	// "وفق حصيلة جمعها ناشطون"، "بحسب إحصائية أعدتها الشبكة".
	"جمعها", "جمعتها", "أعدها", "أعدتها", "رصدها", "رصدتها", "نقلها", "نقلتها",
	"تداولها", "تداولتها", "وثقه", "وثقته", "أحصاه", "أحصته",
}

// tollAdjectives may stand between a toll noun and its announcer: "في
// حصيلة جديدة أعلنها"، "بحسب حصيلة أولية للمرصد".
var tollAdjectives = []string{
	"جديدة", "محدثة", "أولية", "أولى", "نهائية", "سابقة", "رسمية", "غير نهائية", "غير رسمية",
	"مؤقتة", "أخيرة", "موثقة", "مبدئية", "إجمالية", "غير نهائية بعد", "تقريبية",
}

// tollAnnouncerCues are the after-cues of a toll's announcer: "حصيلة"
// or "إحصائية" or "تقرير", an optional adjective, then a verb with the
// toll's pronoun ("حصيلة محدثة أعلنها"). The bare noun with an adjective
// ("حصيلة جديدة") is a cue too, for an announcer right after it with لـ
// ("في حصيلة جديدة للمرصد"); tollNounCue says which ones those are.
func tollAnnouncerCues() map[string]string {
	out := map[string]string{}
	for _, noun := range []string{"حصيلة", "إحصائية"} {
		for _, adj := range append([]string{""}, tollAdjectives...) {
			head := noun
			if adj != "" {
				head += " " + adj
				out[head] = "according"
			}
			for _, v := range tollAnnouncerVerbs {
				out[head+" "+v] = "according"
			}
		}
	}
	return out
}

// tollNounCue reports whether an after-cue is a toll noun with no verb
// ("حصيلة"، "حصيلة أولية"): the announcer must follow right after it.
func tollNounCue(phrase string) bool {
	f := strings.Fields(phrase)
	if len(f) == 0 || f[0] != "حصيلة" && f[0] != "إحصائية" {
		return false
	}
	for _, v := range tollAnnouncerVerbs {
		if f[len(f)-1] == v {
			return false
		}
	}
	return true
}

// complementizers open the content of a speech verb.
var complementizers = words("comp",
	"أن تكون", "أن يكون", "أن تكون قد", "أن يكون قد",
	"أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها", "أنهم", "إنهم", "بأنهم",
	"أننا", "إننا", "إنا", "أنّ",
)

// selfComplementizers refer back to the speaker: "أعلن التحالف أنه بدأ" —
// the speaker did it.
var selfComplementizers = words("self", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "أننا", "إننا", "بأننا",
	"أن تكون", "أن يكون", "أن تكون قد", "أن يكون قد")

// anaphors name an earlier source without naming it again. The value says
// which kind of source they can refer back to.
var anaphors = map[string]string{
	"المصدر": "any", "المصدر نفسه": "any", "المصدر ذاته": "any", "المصدر عينه": "any", "المصدران": "any",
	// The plural names back sources named as "مصادر ..." (see
	// resolveAnaphor), else the last speaker.
	"المصادر": "sources", "المصادر نفسها": "sources", "المصادر ذاتها": "sources", "المصادر عينها": "sources",
	"المسؤول": "official", "المسؤولون": "official", "المسؤول نفسه": "official",
	"المسؤول العسكري": "official",
	// An officer quoted before, named back by rank: "وأضاف الضابط الروسي".
	"الضابط": "official", "الضابط نفسه": "official", "الضابط ذاته": "official",
	// a military source named before: "ونفى المصدر العسكري ..." after an
	// official of the province has spoken
	"المصدر العسكري": "military", "المصادر العسكرية": "military",
	"الوزارة": "ministry", "البيان": "any", "بيانها": "any",
	// A spokesman refers back to the last speaker named as a spokesman,
	// else to the last speaker (see resolveAnaphor).
	"الناطق": "spokesman", "المتحدث": "spokesman", "الناطقة": "spokesman", "المتحدثة": "spokesman", "القيادي": "any",
	// with an adjective before «باسم»: "الناطق العسكري باسم الفصيل"
	"الناطق العسكري": "spokesman", "المتحدث العسكري": "spokesman", "الناطق الرسمي": "spokesman", "المتحدث الرسمي": "spokesman",
	// "وقال متحدث باسمها": a spokesman of the body just named.
	"متحدث باسمها": "any", "متحدث باسمه": "any", "ناطق باسمها": "any", "ناطق باسمه": "any",
	"المتحدث باسمها": "any", "المتحدث باسمه": "any", "الناطق باسمها": "any", "الناطق باسمه": "any",
	"المسؤولة": "official", "الوزيرة": "ministry",
	"الوكالة": "agency", "الصحيفة": "paper", "القناة": "channel", "التلفزيون": "channel",
	"الشبكة": "monitor", "المنظمة": "monitor", "الجيش": "army",
	"الوزير": "ministry", "المبعوث": "any", "الرئاسة": "any",
	// A governor named by role ("والي هطاي"، "محافظ حمص"), referred back to.
	"الوالي": "governor", "المحافظ": "governor",
	// A director named by his office ("مدير مشفى البلدة"، "مدير عام
	// المؤسسة ..."), referred back: "وأوضح المدير ...".
	"المدير": "director", "المديرة": "director",
	// A governorate that spoke or was named as a body ("محافظة حمص"),
	// named back: "وأضافت المحافظة ...".
	"المحافظة": "governorate",
	"الأركان":  "army", "الخلية": "org", "المجلس": "org", "الغرفة": "org", "الهيئة": "org", "القيادة": "org", "الحركة": "org", "الجماعة": "org", "التجمع": "org", "التنظيم": "group", "الفصيل": "group",
	"المقاومة": "head", "الوحدات": "head", "القوى": "head", "المفوضية": "org", "الولاية": "org", "اللجنة": "org", "المكتب": "org", "المركز": "org",
	// An administration is a government's or an armed side's, never a
	// monitor or a medium that spoke before ("وأعلنت الإدارة في بيان").
	"الإدارة": "administration", "الحكومة": "org",
	// A directorate ("مديرية صحة ...") or a body's command, named back.
	// A party named before ("حزب الله"، "حزب العمال الكردستاني"), named
	// back by its head word: "نعى الحزب ..."، "بحسب الحزب".
	"الحزب":    "party",
	"المديرية": "org", "الدائرة": "org", "المنظمة ذاتها": "monitor", "المنظمة نفسها": "monitor",
	// A town's coordination committee of activists named before ("تنسيقية
	// المدينة"، "تنسيقية داريا"), named back: "وذكرت التنسيقية ...".
	"التنسيقية": "org",
}

// hedges make the claim they govern unconfirmed.
var hedges = words(StanceUnconfirmed,
	"أنباء عن", "أنباء", "أنباء غير مؤكدة", "معلومات غير مؤكدة", "يرجح", "يرجح أن", "ترجح", "يرجح أنها",
	"يعتقد", "يعتقد أن", "يُعتقد", "ربما", "قد يكون", "على ما يبدو", "لم يتسن التأكد",
	"لم يتسن", "لم يتسنَّ", "لم يتم التأكد", "يشتبه", "يشتبه في", "مزاعم", "يزعم", "يحتمل", "من المحتمل",
	"تقارير غير مؤكدة", "لم تتأكد", "لم يتم تأكيد",
)

// ignorance says the source does not know: the claim's stance is unknown.
var ignorance = words(StanceUnknown,
	"لم يعرف", "لم يعرف ما إذا", "لم يعرف فيما إذا", "لا يعرف", "لا يعلم", "لم يعلم", "لم تعرف",
	"لا توجد معلومات", "لا معلومات", "لم ترد معلومات", "لم ترد أنباء", "دون معلومات", "بدون معلومات",
	"لم تتوفر معلومات", "لا تتوفر معلومات", "لم يتضح", "لم تتضح", "غير معروف", "غير معروفة",
	// not yet found out or settled: "لم يتبين بعد إن كان ..."، "لم يُحسم
	// حتى الآن ما إذا ..."، "لم تتأكد الأجهزة من ..."
	"لم يتبين", "لم تتبين", "لم يحسم", "لم تحسم", "لم يتأكد", "لم تتأكد",
)

// unnamedActorCues say that the source does not name who did it; they make
// the actor "unknown" when one of unnamedActorObjects follows closely.
//
// Those that say no one has claimed it ("لم تتبن أي جماعة المسؤولية") or
// that the source does not name who did it ("دون أن يسمي الجهة") leave
// the doer unnamed; those that say the doer has not been determined ("لم
// تحدد التحقيقات الجهة", "من السابق لأوانه تحديد المنفذين") tell that the
// source does not know, in the claim's stance.
var unnamedActorCues = merge(words("unclaimed", "لم تعلن", "لم تتبن", "لم يتبن"),
	// Without naming who: "دون أن تسمي منفذي".
	words("unnamed", "لم تكشف", "لم يكشف", "لم تذكر", "لم يذكر", "لم تسم", "لم يسم", "لم تنسب", "لم ينسب", "دون أن تنسب",
		"دون أن ينسب", "دون أن يسمي", "دون أن تسمي", "دون تسمية",
		// "من غير أن" is "دون أن": "من غير أن يسمي من نفذها".
		"من غير أن ينسب", "من غير أن تنسب", "من غير أن يسمي", "من غير أن تسمي", "من غير تسمية",
		"دون أن يذكر", "دون أن تذكر", "من غير أن يذكر", "من غير أن تذكر",
		// Without making clear who: "دون أن توضح الجهة التي أطلقت النار".
		"لم توضح", "لم يوضح", "دون أن توضح", "دون أن يوضح", "من غير أن توضح", "من غير أن يوضح"),
	words("undetermined", "لم تحدد", "لم يحدد", "دون أن تحدد", "دون أن يحدد", "دون تحديد", "لم تعرف", "لم يعرف",
		"من غير أن تحدد", "من غير أن يحدد", "من غير تحديد", "من غير أن تعرف", "من غير أن يعرف",
		// Could not determine who: "لم يتمكن من تحديد هوية المهاجمين".
		"يتمكن من تحديد", "تتمكن من تحديد", "يتمكن من التحقق", "تتمكن من التحقق", "تعذر تحديد", "يتعذر تحديد",
		"لم يتسن تحديد",
		// Too early to name who: "من المبكر تحديد المنفذ".
		"من المبكر", "السابق لأوانه"),
)

// unnamedActorObjects are what an unnamedActorCue leaves unnamed.
var unnamedActorObjects = words("who", "الجهة", "هوية", "المسؤولية", "مسؤولية", "مسؤوليتها", "مسؤوليته", "المنفذ", "منفذ",
	"المنفذين", "منفذي", "الفاعل", "الفاعلين", "تبني", "تبنيها", "تبنيه", "مرتكبي", "مرتكب",
	// "لم تتبن أي جماعة التفجير"، "لم يتبن أي فصيل الهجوم"
	"أي جماعة", "أية جماعة", "أي طرف", "أي فصيل", "أي تنظيم", "أي مجموعة",
	// who, asked indirectly: "دون أن يسمي البيان من نفذها"
	"من نفذ", "من نفذها", "من نفذه", "من نفذوا", "من شن", "من شنها", "من شنه", "من أطلق", "من أطلقها",
	"من يقف وراء", "من يقف وراءه", "من يقف وراءها", "من يقف خلف")

// responseCues introduce the event that the claim's event answers: "شنت
// غارات ردا على هجوم ...". What follows is a different event.
var responseCues = words("response", "ردا على", "رداً على", "في رد على", "انتقاما ل", "انتقاما من", "ثأرا ل", "ردا",
	"في إطار الرد على", "للرد على", "في الرد على")

// sequelCues introduce an earlier, different event when an event word
// follows them closely: "عقب قصف ...", "إثر هجوم ...".
var sequelCues = words("sequel", "عقب", "إثر", "على إثر", "في أعقاب", "غداة", "بعد", "بعد أن", "بعد تعرض", "قبل")

// capitalSpeakers are capitals that stand for their governments when they
// speak: "وأوضحت موسكو أن ...". Values are registry ids tried in order.
var capitalSpeakers = map[string]string{
	"واشنطن": "us_government", "موسكو": "russia_mfa", "أنقرة": "turkey_government", "طهران": "iran_mfa",
	"دمشق": "syria_government", "تل أبيب": "israel_government", "بغداد": "iraq_government",
	// The bare "التحالف" is, in this genre, the US-led coalition.
	"التحالف": "coalition", "مسؤولون في التحالف": "coalition*", "مسؤول في التحالف": "coalition*",
	"مصدر في التحالف": "coalition*", "مسؤولو التحالف": "coalition*",
	// Unnamed sources with no institution the registry could tie them to.
	// In an outlet of a state's side they are that state's ("@role|else").
	"مصدر أمني": "@security|informed_sources*", "مصادر أمنية": "@security|informed_sources*", "مصدر مسؤول": "@gov|informed_sources*",
	"مسؤول أمني": "@security|informed_sources*", "مسؤولون أمنيون": "@security|informed_sources*",
	// An official source of no named body: in a state's own outlet, its
	// government ("أكد مصدر رسمي" in a state agency).
	"مصدر رسمي": "@gov|informed_sources*", "مصدر حكومي": "@gov|informed_sources*",
	// A state agency's "media source" is its government's information
	// office ("أكد مصدر إعلامي للوكالة أن ..."); elsewhere it names no body.
	"مصدر إعلامي":  "@gov",
	"وزارة الدفاع": "@mod", "وزارة الداخلية": "@interior", "وزارة الخارجية": "@mfa",
	"وزير الدفاع": "@mod", "وزير الداخلية": "@interior", "وزير الخارجية": "@mfa",
	// The bare short names of ministries refer back to the ministry of
	// that role named before ("وأوضحت الخارجية"، "الداخلية: ...").
	"الداخلية": "@^interior", "الخارجية": "@^mfa",
	// The bare "السلطات": the state's authorities named before, else the
	// outlet's own state's, else, in this genre, the Syrian state's
	// ("أكدت السلطات أن انتحارياً نفذ التفجير").
	"السلطات": "@^gov|syria_government",
	// The armed forces and the health ministry, unqualified, of the
	// outlet's own state: "القوات المسلحة: ..." in a Jordanian agency,
	// "قالت القيادة العامة للجيش" in a Syrian one.
	"القوات المسلحة": "@army", "القيادة العامة للجيش": "@army", "قيادة الجيش": "@army",
	"القيادة العامة للقوات المسلحة": "@army", "وزارة الصحة": "@health",
	// The state's own channel and agency, unnamed: "أفاد التلفزيون الرسمي".
	"التلفزيون الرسمي": "@tv|syria_state_tv", "وكالة الأنباء الرسمية": "@agency|sana",
	"وسائل الإعلام الرسمية": "@state_media|syria_state_media", "وسائل إعلام رسمية": "@state_media|syria_state_media",
	"الإعلام الرسمي": "@state_media|syria_state_media",
	"مصدر مقرب":      "informed_sources*",
	// A local council speaks for its town: "قال المجلس المحلي لمدينة ...
	// إن"، "أدانت المجالس المحلية".
	"المجلس المحلي": "local_sources", "المجالس المحلية": "local_sources",
	// So do a tribal council and tribal elders: "قال مصدر في مجلس عشائر
	// المنطقة لـ..."، "أفاد شيوخ العشائر".
	"مجلس عشائر": "local_sources", "مجلس العشائر": "local_sources", "مجلس قبائل": "local_sources",
	"مجلس القبائل": "local_sources", "شيوخ العشائر": "local_sources", "شيوخ عشائر": "local_sources",
	"شيخ عشيرة": "local_sources",
	// Unnamed diplomats and Western officials of no one state.
	"مصدر دبلوماسي": "informed_sources*", "مصادر دبلوماسية": "informed_sources*", "دبلوماسي غربي": "informed_sources*",
	"دبلوماسيون غربيون": "informed_sources*", "مسؤول غربي": "informed_sources*", "مسؤولون غربيون": "informed_sources*",
	"مصدر غربي": "informed_sources*", "مصادر غربية": "informed_sources*",
	// An anonymous US defence official speaks for the US government (the
	// Pentagon is its named spokesmen); a US military official for the
	// US military.
	"مسؤول دفاعي أمريكي": "us_government*", "مسؤولون دفاعيون أمريكيون": "us_government*",
	"مسؤول عسكري أمريكي": "us_military*", "مسؤولون عسكريون أمريكيون": "us_military*",
	// Unnamed reports and sites.
	"=أنباء": "media*", "مواقع محلية": "media*", "مواقع إخبارية": "media*", "مواقع معارضة": "media*",
	"مواقع موالية": "media*", "صفحات محلية": "media*", "صفحات موالية": "media*", "حسابات موالية": "media*",
}

// negators before a verb turn an assertion into a denial when the speaker
// denies its own or another's action: "لم نسحب", "لا صحة".
var negators = words("neg", "لم", "لن", "لا", "ليس", "ليست", "ما", "غير")

// denialNouns deny what follows: "لا صحة لـ", "عار عن الصحة"; a denied
// part in it ("لم تشارك فيها") denies involvement (see involvementDenials).
var denialNouns = words(StanceDenies, "لم تشارك", "لم يشارك", "لم نشارك", "لم يشاركوا", "لم تشترك", "لم يشترك", "مفبركة", "محض افتراء", "افتراء", "أكاذيب", "ملفقة", "عارية من الصحة", "لا صحة لهذه", "لا صحة", "عار عن الصحة", "عارية عن الصحة", "لا أساس", "لا أساس له", "غير صحيحة", "غير صحيح", "ادعاءات كاذبة", "مزاعم كاذبة", "أي صلة", "أي علاقة", "أي رابط", "لا علاقة",
	// "لم يكن لقواتها أي دور": no part in it.
	"أي دور", "لا دور", "لا صلة",
	// A report called false or a lie: "وصفت الأنباء بأنها معلومات زائفة",
	// "هذا كذب محض" (not a bare "زائفة": "ذرائع زائفة" are the attacker's).
	"معلومات زائفة", "أنباء زائفة", "أخبار زائفة", "ادعاءات زائفة", "مزاعم زائفة", "روايات زائفة",
	"معلومات كاذبة", "أنباء كاذبة", "أخبار كاذبة", "رواية كاذبة", "كذب محض", "محض كذب", "كذبة",
	// A report called staged, made up or fake: "وصف ما تداولته الصفحات
	// بأنه مسرحية معدة سلفاً"، "رواية مختلقة"، "صور مزيفة"، "لا تمت إلى
	// الواقع بصلة"، "أكدت عدم صحة الأنباء"، "جزء من حملة تضليل".
	"مسرحية", "مسرحيات", "تمثيلية", "مختلقة", "مختلق", "مزيفة", "مزورة", "أكذوبة", "أباطيل",
	"إشاعة", "إشاعات", "شائعات", "عدم صحة", "ليست صحيحة", "ليس صحيحا", "غير دقيقة", "عارية تماما عن الصحة",
	"لا تمت للواقع", "لا تمت إلى الواقع", "لا يمت للواقع", "لا يمت إلى الواقع", "لا تطابق الواقع",
	"لا تتطابق مع الواقع", "لا تتفق مع الواقع", "لا يتفق مع الواقع", "منافية للواقع", "مجافية للحقيقة",
	// "does not reflect the truth", the Turkish ministries' word for a
	// false report ("gerçeği yansıtmıyor"): "الادعاءات لا تعكس الحقيقة".
	"لا تعكس الحقيقة", "لا يعكس الحقيقة", "لا تعكس الواقع", "لا يعكس الواقع", "لا تعكس الحقائق", "لا يعكس الحقائق",
	"حملة تضليل", "حملة التضليل", "حملات تضليل", "حملة تضليلية", "حملة تضليل إعلامي",
	// "أعلنت عدم مسؤوليتها عن", "غير مسؤولة عن" (not "خطوة غير مسؤولة",
	// irresponsible, which no "عن" follows).
	"عدم مسؤوليتها", "عدم مسؤوليته", "عدم مسؤوليتهم", "عدم مسؤوليتنا", "لا مسؤولية",
	"غير مسؤولة عن", "غير مسؤول عن", "غير مسؤولين عن", "غير مسؤولون عن",
	// "إن الحزب لم يكن طرفاً في المعارك": no party to it (see notPartyWords).
	"ليس طرفا في", "ليست طرفا في", "لسنا طرفا في", "لست طرفا في", "ليسوا طرفا في", "لم يكن طرفا في", "لم تكن طرفا في", "لم نكن طرفا في",
	// Fabricated, baseless, far from the truth, misleading (not a bare
	// "فبركة": "اعتاد فبركة الاتهامات" names who fabricates): "فبركة
	// إعلامية"، "لا تمت للحقيقة بصلة"، "محض خيال"، "معلومات خاطئة"،
	// "تضليل متعمد"، "ادعاءات باطلة".
	"عرض مسرحي", "مشهد مسرحي", "فبركة إعلامية", "فبركات إعلامية", "محض فبركة", "مجرد فبركة", "افتراءات", "محض خيال", "عار من الصحة", "عار تماما من الصحة",
	"لا تمت للحقيقة", "لا تمت إلى الحقيقة", "لا يمت للحقيقة", "لا يمت إلى الحقيقة", "بعيدة عن الحقيقة", "بعيدة عن الواقع",
	"معلومات خاطئة", "معلومات خطأ", "أنباء مضللة", "أخبار مضللة", "تضليل متعمد", "تضليل إعلامي",
	"ادعاءات باطلة", "مزاعم باطلة", "ادعاءات واهية", "مزاعم واهية", "لا صحة إطلاقا",
	// the singular of a false claim: "وصفه بأنه ادعاء كاذب"، "زعم باطل".
	"ادعاء كاذب", "ادعاء باطل", "ادعاء زائف", "زعم كاذب", "زعم باطل", "رواية باطلة")

// eventTriggers map the words that name an event to its type. Priority
// decides between several triggers in one claim (higher wins).
type trigger struct {
	typ      string
	priority int
}

// chemical is the trigger of a chemical agent; chemicalArms that of a
// chemical weapon or material, which is an event only when a word of using
// or dropping it comes just before ("استخدام أسلحة كيميائية", not "برامج
// أسلحة كيميائية"; see useBefore). No other trigger has their values.
var (
	chemical     = trigger{EventGroundAttack, -1}
	chemicalArms = trigger{EventGroundAttack, -2}
)

// isChemical reports whether t is a chemical agent's or weapon's trigger.
func isChemical(t trigger) bool { return t == chemical || t == chemicalArms }

var eventTriggers = map[string]trigger{
	// attack verbs with no type of their own
	"شن": {EventAirstrike, -1}, "شنت": {EventAirstrike, -1}, "يشن": {EventAirstrike, -1}, "تشن": {EventAirstrike, -1},
	"نفذ": {EventAirstrike, -2}, "نفذت": {EventAirstrike, -2},
	"شنته": {EventAirstrike, -1}, "شنه": {EventAirstrike, -1}, "شنها": {EventAirstrike, -1}, "شنتها": {EventAirstrike, -1}, "نفذه": {EventAirstrike, -2},
	"نفذها": {EventAirstrike, -2}, "نفذتها": {EventAirstrike, -2},
	// generic aggression: the type follows from the other words, else air
	"عدوان": {EventAirstrike, 0}, "العدوان": {EventAirstrike, 0}, "اعتداء": {EventAirstrike, 0}, "الاعتداء": {EventAirstrike, 0},
	// airstrikes
	"غارة": {EventAirstrike, 5}, "غارات": {EventAirstrike, 5}, "غارة جوية": {EventAirstrike, 6}, "غارات جوية": {EventAirstrike, 6},
	"ضربة جوية": {EventAirstrike, 6}, "هجوم جوي": {EventAirstrike, 6}, "ضربات جوية": {EventAirstrike, 6}, "قصف جوي": {EventAirstrike, 6},
	"الطيران الحربي": {EventAirstrike, 4}, "طائرات حربية": {EventAirstrike, 4}, "مقاتلات": {EventAirstrike, 4},
	"طائرة حربية": {EventAirstrike, 4}, "الطيران الروسي": {EventAirstrike, 5}, "سلاح الجو": {EventAirstrike, 4},
	"أغارت": {EventAirstrike, 5}, "أغار": {EventAirstrike, 5}, "قصفت طائرات": {EventAirstrike, 6},
	"ضربة": {EventAirstrike, 2}, "ضربات": {EventAirstrike, 2}, "الضربة": {EventAirstrike, 2},
	"قصف": {EventAirstrike, 1}, "القصف": {EventAirstrike, 1}, "قصفت": {EventAirstrike, 1}, "يقصف": {EventAirstrike, 1}, "تقصف": {EventAirstrike, 1},
	"استهداف": {EventAirstrike, 0}, "استهدفت": {EventAirstrike, 0}, "استهدف": {EventAirstrike, 0},
	// "دكّ" (pounded), of guns or aircraft: the exact forms, as the
	// two-letter stem begins other words ("دكان").
	"=دك": {EventAirstrike, 1}, "=دكت": {EventAirstrike, 1}, "=دكوا": {EventAirstrike, 1}, "=يدك": {EventAirstrike, 1},
	"=تدك":        {EventAirstrike, 1},
	"صواريخ كروز": {EventAirstrike, 5}, "صواريخ جو": {EventAirstrike, 5},
	// cruise missiles by name, fired from ships or aircraft
	"توماهوك": {EventAirstrike, 5}, "صواريخ توماهوك": {EventAirstrike, 6}, "صاروخ توماهوك": {EventAirstrike, 6},
	"صواريخ مجنحة": {EventAirstrike, 5}, "صاروخ مجنح": {EventAirstrike, 5},
	// barrel bombs, dropped from helicopters (a bare "براميل" is also oil or
	// road-block barrels; a bare "مروحيات" often only carries troops)
	"براميل متفجرة": {EventAirstrike, 6}, "برميل متفجر": {EventAirstrike, 6}, "قصف بالبراميل": {EventAirstrike, 6},
	"برميلين متفجرين": {EventAirstrike, 6}, "برميلا متفجرا": {EventAirstrike, 6},
	// barrels dropped: the verb of dropping makes a bare barrel a bomb
	"ألقت براميل": {EventAirstrike, 6}, "ألقى براميل": {EventAirstrike, 6}, "ألقت برميلا": {EventAirstrike, 6},
	"ألقى برميلا": {EventAirstrike, 6}, "ألقت برميلين": {EventAirstrike, 6}, "ألقى برميلين": {EventAirstrike, 6},
	"تلقي براميل": {EventAirstrike, 6}, "يلقي براميل": {EventAirstrike, 6},
	"الطيران المروحي": {EventAirstrike, 5},
	// aircraft that do not strike: matched whole so that the bare aircraft
	// word (aircraftWords) does not type them
	"طائرة استطلاع": {EventOther, -9}, "طائرات استطلاع": {EventOther, -9}, "طائرة تجسس": {EventOther, -9},
	"طائرات تجسس": {EventOther, -9}, "طائرة شحن": {EventOther, -9}, "طائرات شحن": {EventOther, -9},
	"طائرة ركاب": {EventOther, -9}, "طائرة مدنية": {EventOther, -9}, "طائرات مدنية": {EventOther, -9},
	// aircraft as the eye that filmed, not the arm that struck: "صور
	// الطائرات المسيرة لا تُظهر أضراراً"، "لقطات طائرة مسيرة"
	"صور الطائرات المسيرة": {EventOther, -9}, "صور طائرات مسيرة": {EventOther, -9}, "صور الطائرة المسيرة": {EventOther, -9},
	"صور طائرة مسيرة": {EventOther, -9}, "صور المسيرات": {EventOther, -9}, "صور الطائرات": {EventOther, -9},
	"لقطات الطائرات المسيرة": {EventOther, -9}, "لقطات طائرة مسيرة": {EventOther, -9}, "لقطات المسيرات": {EventOther, -9},
	"تصوير الطائرات المسيرة": {EventOther, -9}, "كاميرات الطائرات المسيرة": {EventOther, -9},
	// shelling: rockets, artillery, mortars
	"قصف صاروخي": {EventShelling, 7}, "قصف مدفعي": {EventShelling, 7}, "قذائف": {EventShelling, 6}, "قذيفة": {EventShelling, 6},
	"قذائف صاروخية": {EventShelling, 7}, "صواريخ": {EventShelling, 0}, "صاروخ": {EventShelling, 0}, "صاروخية": {EventShelling, 5},
	"مدفعية": {EventShelling, 6}, "المدفعية": {EventShelling, 6}, "هاون": {EventShelling, 7}, "الهاون": {EventShelling, 7},
	"راجمات": {EventShelling, 6}, "راجمة": {EventShelling, 6}, "صواريخ غراد": {EventShelling, 7}, "كاتيوشا": {EventShelling, 7},
	// surface-to-surface missiles, and the vacuum bombs jets drop
	"أرض أرض": {EventShelling, 7}, "أرض-أرض": {EventShelling, 7}, "أرض - أرض": {EventShelling, 7},
	"صواريخ فراغية": {EventAirstrike, 6}, "صاروخ فراغي": {EventAirstrike, 6}, "قنابل فراغية": {EventAirstrike, 6},
	// anti-tank missiles, fired from the ground at a vehicle or a post:
	// "صاروخ م.د", "صاروخ كورنيت"; a guided missile may also be fired by
	// aircraft, so it only outranks the generic words ("استهدف بصاروخ
	// موجه") and yields to any word of aircraft
	"صاروخ موجه": {EventShelling, 2}, "صواريخ موجهة": {EventShelling, 2}, "صاروخا موجها": {EventShelling, 2},
	"صاروخ مضاد للدروع": {EventShelling, 6}, "صواريخ مضادة للدروع": {EventShelling, 6}, "صاروخ م.د": {EventShelling, 6}, "صواريخ م.د": {EventShelling, 6},
	"صاروخ م/د":   {EventShelling, 6},
	"صاروخ حراري": {EventShelling, 6}, "صاروخ كورنيت": {EventShelling, 6}, "صاروخ تاو": {EventShelling, 6},
	"صاروخ كونكورس": {EventShelling, 6}, "صاروخ فيل": {EventShelling, 6}, "صواريخ الفيل": {EventShelling, 6},
	"قصف بري": {EventShelling, 7}, "رشقة صاروخية": {EventShelling, 7}, "قصفا صاروخيا": {EventShelling, 7}, "قصفا مدفعيا": {EventShelling, 7},
	// drones
	"طائرة مسيرة": {EventDroneAttack, 8}, "طائرات مسيرة": {EventDroneAttack, 8}, "مسيرة": {EventDroneAttack, 7}, "مسيرات": {EventDroneAttack, 7},
	"من دون طيار": {EventDroneAttack, 8}, "بدون طيار": {EventDroneAttack, 8},
	"درون": {EventDroneAttack, 8}, "مسيرة انتحارية": {EventDroneAttack, 8},
	"طائرة مفخخة": {EventDroneAttack, 8},
	// drones named by their charge or their dive: "طائرة ملغمة",
	// "طائرات انتحارية", "مسيرة انقضاضية", "طائرة مذخرة"
	"طائرات مفخخة": {EventDroneAttack, 8}, "طائرة ملغمة": {EventDroneAttack, 8}, "طائرات ملغمة": {EventDroneAttack, 8},
	"طائرة ملغومة": {EventDroneAttack, 8}, "طائرة انتحارية": {EventDroneAttack, 8}, "طائرات انتحارية": {EventDroneAttack, 8},
	"طائرة انقضاضية": {EventDroneAttack, 8}, "طائرات انقضاضية": {EventDroneAttack, 8}, "طائرة مذخرة": {EventDroneAttack, 8},
	"طائرات مذخرة": {EventDroneAttack, 8}, "مسيرة انقضاضية": {EventDroneAttack, 8}, "مسيرات انتحارية": {EventDroneAttack, 8},
	"مسيرات انقضاضية": {EventDroneAttack, 8}, "طائرتين مسيرتين": {EventDroneAttack, 8}, "طائرة درون": {EventDroneAttack, 8},
	"طائرات درون": {EventDroneAttack, 8}, "درونز": {EventDroneAttack, 8},
	// drones as an arm, like "الطيران الحربي": "بالصواريخ والطيران المسيّر"
	"الطيران المسير": {EventDroneAttack, 8}, "طيران مسير": {EventDroneAttack, 8},
	// ground attacks
	"هجوم": {EventGroundAttack, 1}, "الهجوم": {EventGroundAttack, 1}, "هجوما": {EventGroundAttack, 1}, "هجمات": {EventGroundAttack, 1},
	"اشتباكات": {EventGroundAttack, 4}, "اشتباك": {EventGroundAttack, 4}, "كمين": {EventGroundAttack, 5}, "تسلل": {EventGroundAttack, 4},
	"اقتحام": {EventGroundAttack, 4}, "اقتحمت": {EventGroundAttack, 4}, "هاجم": {EventGroundAttack, 2}, "هاجمت": {EventGroundAttack, 2},
	"تسللوا": {EventGroundAttack, 4}, "تسللت": {EventGroundAttack, 4}, "يتسلل": {EventGroundAttack, 4}, "متسللين": {EventGroundAttack, 4},
	"عملية تسلل": {EventGroundAttack, 5}, "هجوم بري": {EventGroundAttack, 5}, "معارك": {EventGroundAttack, 4}, "مواجهات": {EventGroundAttack, 3},
	// incursions: a ground force entering a village or area
	"توغل": {EventGroundAttack, 4}, "توغلت": {EventGroundAttack, 4}, "التوغل": {EventGroundAttack, 4}, "توغلا": {EventGroundAttack, 4},
	"توغلات": {EventGroundAttack, 4}, "يتوغل": {EventGroundAttack, 4}, "تتوغل": {EventGroundAttack, 4}, "المتوغلة": {EventGroundAttack, 4},
	// assassinations, shootings and raids
	"اغتيال": {EventGroundAttack, 4}, "اغتال": {EventGroundAttack, 4}, "اغتالت": {EventGroundAttack, 4}, "اغتالوا": {EventGroundAttack, 4},
	"محاولة اغتيال": {EventGroundAttack, 5}, "عملية اغتيال": {EventGroundAttack, 5},
	"إطلاق نار": {EventGroundAttack, 4}, "أطلقوا النار": {EventGroundAttack, 4}, "أطلق النار": {EventGroundAttack, 4},
	"أطلقت النار": {EventGroundAttack, 4}, "برصاص": {EventGroundAttack, 3},
	// clashing and opening fire, as verbs: "اشتبكت القوات مع مسلحين",
	// "فتح الحراس النار" is not matched (the doer stands between), but
	// "فتحت النار على المحتجين" is
	"اشتبكت": {EventGroundAttack, 4}, "اشتبك": {EventGroundAttack, 4}, "اشتبكوا": {EventGroundAttack, 4},
	"تشتبك": {EventGroundAttack, 4}, "يشتبك": {EventGroundAttack, 4}, "يشتبكون": {EventGroundAttack, 4},
	"صدام مسلح": {EventGroundAttack, 4}, "صدامات مسلحة": {EventGroundAttack, 4},
	"فتح النار": {EventGroundAttack, 4}, "فتحت النار": {EventGroundAttack, 4}, "فتحوا النار": {EventGroundAttack, 4},
	"يفتح النار": {EventGroundAttack, 4}, "تفتح النار": {EventGroundAttack, 4}, "يفتحون النار": {EventGroundAttack, 4},
	"يطلق النار": {EventGroundAttack, 4}, "تطلق النار": {EventGroundAttack, 4}, "يطلقون النار": {EventGroundAttack, 4},
	"الرصاص الحي": {EventGroundAttack, 3},
	// sniping: "عملية قنص", "برصاص قناص"
	"=قنص": {EventGroundAttack, 4}, "عملية قنص": {EventGroundAttack, 5}, "=قناص": {EventGroundAttack, 3},
	"=قناصة": {EventGroundAttack, 3}, "=القناص": {EventGroundAttack, 3}, "=القناصة": {EventGroundAttack, 3},
	"تبادل إطلاق نار": {EventGroundAttack, 5}, "تبادل لإطلاق النار": {EventGroundAttack, 5}, "تبادل القصف": {EventShelling, 5},
	"مداهمة": {EventGroundAttack, 4}, "داهمت": {EventGroundAttack, 4}, "داهم": {EventGroundAttack, 4}, "دهمت": {EventGroundAttack, 4},
	"داهموا": {EventGroundAttack, 4}, "اقتحموا": {EventGroundAttack, 4}, "هاجموا": {EventGroundAttack, 2},
	// bombing verbs, whose subject is the bomber: "إرهابيون فجّروا سيارة", "انتحاري يفجّر
	// نفسه", "عبوة زرعها مسلحون" ("فجر" alone is also the dawn)
	"=فجروا": {EventGroundAttack, 3}, "=يفجر": {EventGroundAttack, 3}, "=فجرت": {EventGroundAttack, 3},
	"=فجرتا": {EventGroundAttack, 3}, "=زرعوا": {EventGroundAttack, 3}, "=زرعها": {EventGroundAttack, 3},
	"=زرعوها": {EventGroundAttack, 3}, "=زرعه": {EventGroundAttack, 3},
	// planting with the bomb as its object, in any person: "خلايا زرعت
	// العبوة"، "زرع مجهول قنبلة" ("زرعت" alone is as often the farmer's)
	"زرع عبوة": {EventGroundAttack, 4}, "زرعت عبوة": {EventGroundAttack, 4}, "زرع العبوة": {EventGroundAttack, 4},
	"زرعت العبوة": {EventGroundAttack, 4}, "زرع قنبلة": {EventGroundAttack, 4}, "زرعت قنبلة": {EventGroundAttack, 4},
	"زرع القنبلة": {EventGroundAttack, 4}, "زرعت القنبلة": {EventGroundAttack, 4}, "زرع عبوات": {EventGroundAttack, 4},
	"زرعت عبوات": {EventGroundAttack, 4}, "يزرع عبوة": {EventGroundAttack, 4}, "تزرع عبوة": {EventGroundAttack, 4},
	"=زرعتها": {EventGroundAttack, 3}, "=زرعتا": {EventGroundAttack, 3},
	// a bomber blowing himself up: "انتحاري فجّر نفسه"، "فجّرت نفسها"،
	// "فجّر انتحاري حزامه"; the reflexive object or the bomber as subject
	// rules out the dawn
	"فجر نفسه": {EventGroundAttack, 4}, "فجرت نفسها": {EventGroundAttack, 4}, "فجروا أنفسهم": {EventGroundAttack, 4},
	"فجرا نفسيهما": {EventGroundAttack, 4}, "تفجر نفسها": {EventGroundAttack, 4},
	"فجر انتحاري": {EventGroundAttack, 4}, "فجرت انتحارية": {EventGroundAttack, 4}, "فجر انتحاريان": {EventGroundAttack, 4},
	"فجر انتحاريون": {EventGroundAttack, 4}, "يفجر انتحاري": {EventGroundAttack, 4},
	"فجر حزامه": {EventGroundAttack, 4}, "فجرت حزامها": {EventGroundAttack, 4}, "فجر حزاما": {EventGroundAttack, 4},
	// a massacre and committing it, the weakest of the attack words, under any
	// word of the means: "مجموعة مسلحة ارتكبت مجزرة", "المجزرة التي ارتكبها الجنود"
	// The verb yields to any event word of its object ("ارتكب العدو
	// عدواناً على المطار" is the aggression's, an air raid by default).
	"مجزرة": {EventGroundAttack, 0}, "مجازر": {EventGroundAttack, 0}, "=ارتكبت": {EventGroundAttack, -1},
	"=ارتكب": {EventGroundAttack, -1}, "=ارتكبوا": {EventGroundAttack, -1}, "=ارتكبها": {EventGroundAttack, -1},
	"=ارتكبتها": {EventGroundAttack, -1}, "=ارتكبوها": {EventGroundAttack, -1}, "=ترتكب": {EventGroundAttack, -1},
	"=يرتكب": {EventGroundAttack, -1}, "=يرتكبون": {EventGroundAttack, -1}, "ارتكاب": {EventGroundAttack, -1},
	// the killings of a massacre, as weak: slaughter and field executions
	// ("عائلات ذُبحت"، "أُعدموا داخل منازلهم"، "إعدامات ميدانية"، "قتل جماعي")
	"=ذبحت": {EventGroundAttack, 0}, "=ذبحوا": {EventGroundAttack, 0}, "=أعدموا": {EventGroundAttack, 0},
	"=أعدمت": {EventGroundAttack, 0}, "إعدامات ميدانية": {EventGroundAttack, 0}, "=إعدامات": {EventGroundAttack, 0},
	"قتل جماعي": {EventGroundAttack, 0}, "عمليات إعدام": {EventGroundAttack, 0},
	// "بإسناد جوي": the air only supports a force on the ground
	"بإسناد جوي": {EventGroundAttack, 3}, "بدعم جوي": {EventGroundAttack, 3}, "بغطاء جوي": {EventGroundAttack, 3},
	"إنزال جوي": {EventGroundAttack, 7}, "عملية إنزال": {EventGroundAttack, 7}, "إنزالا": {EventGroundAttack, 6}, "إنزال": {EventGroundAttack, 5},
	"عملية انغماسية": {EventGroundAttack, 5}, "انغماسيين": {EventGroundAttack, 4}, "انغماسيون": {EventGroundAttack, 4},
	// a ceasefire is no shooting: matched whole so that its words trigger nothing
	// and "sources of fire" are where an answered fire came from, not a shooting
	"وقف إطلاق النار": {EventOther, -9}, "وقف لإطلاق النار": {EventOther, -9},
	// and ending a fight is no fight: forces sent "لفض الاشتباكات", the
	// 1974 "اتفاق فك الاشتباك", calls "لوقف المعارك"
	"فض الاشتباكات": {EventOther, -9}, "فض الاشتباك": {EventOther, -9}, "فض الاشتباكات الدائرة": {EventOther, -9},
	"فك الاشتباك": {EventOther, -9}, "وقف الاشتباكات": {EventOther, -9}, "إنهاء الاشتباكات": {EventOther, -9},
	"احتواء الاشتباكات": {EventOther, -9}, "وقف المعارك": {EventOther, -9}, "إنهاء المعارك": {EventOther, -9},
	"وقف القتال": {EventOther, -9}, "فض النزاع": {EventOther, -9}, "فصل القوات": {EventOther, -9},
	"مصادر إطلاق النار": {EventOther, -9}, "مصدر إطلاق النار": {EventOther, -9}, "مصادر إطلاق نار": {EventOther, -9},
	// and a source asking that its name not be published deploys nothing
	"نشر اسمه": {EventOther, -9}, "نشر اسمها": {EventOther, -9}, "نشر اسمهم": {EventOther, -9}, "نشر أسمائهم": {EventOther, -9},
	"نشر هويته": {EventOther, -9}, "نشر هويتها": {EventOther, -9},
	// and publishing is no deployment: "نشرت الشبكة حصيلة", "في بيان نشرته"
	// (the verb with a pronoun object takes no suffix as a trigger)
	"نشرت حصيلة": {EventOther, -9}, "نشر حصيلة": {EventOther, -9}, "نشرت بيانا": {EventOther, -9},
	"نشر بيانا": {EventOther, -9}, "نشرت صورا": {EventOther, -9}, "نشرت صورة": {EventOther, -9},
	"نشرت تقريرا": {EventOther, -9}, "نشر تقريرا": {EventOther, -9}, "نشرت مقطعا": {EventOther, -9},
	"نشرت تسجيلا": {EventOther, -9}, "نشر تسجيلا": {EventOther, -9}, "نشرت فيديو": {EventOther, -9},
	"تفجير": {EventGroundAttack, 3}, "عبوة ناسفة": {EventGroundAttack, 5}, "سيارة مفخخة": {EventGroundAttack, 5}, "انفجار": {EventGroundAttack, 0},
	// bombs by their carrier or make: "عبوات ناسفة", "دراجة نارية مفخخة",
	// "المفخخة" alone (the car bomb), "حزام ناسف", a suicide bomber who
	// "blew himself up"; a mine, like a bare blast, only by the verb or
	// noun of exploding
	"عبوات ناسفة": {EventGroundAttack, 5}, "عبوة لاصقة": {EventGroundAttack, 5}, "عبوة متفجرة": {EventGroundAttack, 5},
	"دراجة مفخخة": {EventGroundAttack, 5}, "دراجة نارية مفخخة": {EventGroundAttack, 5}, "دراجات مفخخة": {EventGroundAttack, 5},
	"سيارات مفخخة": {EventGroundAttack, 5}, "شاحنة مفخخة": {EventGroundAttack, 5}, "آلية مفخخة": {EventGroundAttack, 5},
	"=مفخخة": {EventGroundAttack, 2}, "=المفخخة": {EventGroundAttack, 2}, "=مفخخات": {EventGroundAttack, 2},
	"حزام ناسف": {EventGroundAttack, 5}, "حزاما ناسفا": {EventGroundAttack, 5}, "أحزمة ناسفة": {EventGroundAttack, 5},
	"هجوم انتحاري": {EventGroundAttack, 5}, "تفجير انتحاري": {EventGroundAttack, 5}, "عملية انتحارية": {EventGroundAttack, 5},
	"تفجيرات": {EventGroundAttack, 3}, "انفجارات": {EventGroundAttack, 0},
	"=فجر نفسه": {EventGroundAttack, 4}, "=فجرت نفسها": {EventGroundAttack, 4}, "=فجروا أنفسهم": {EventGroundAttack, 4},
	"=انفجرت": {EventGroundAttack, 0}, "=انفجر": {EventGroundAttack, 0}, "=تنفجر": {EventGroundAttack, 0}, "=ينفجر": {EventGroundAttack, 0},
	"=انفجرتا": {EventGroundAttack, 0},
	// a bomb defused, found or seized, or a blast that did not happen,
	// tells no attack: matched whole so that its bomb word types nothing
	"تفكيك عبوة": {EventOther, -9}, "تفكيك عبوات": {EventOther, -9}, "فككت عبوة": {EventOther, -9}, "فكك عبوة": {EventOther, -9},
	"فككت عبوات": {EventOther, -9}, "إبطال عبوة": {EventOther, -9}, "أبطلت عبوة": {EventOther, -9}, "إبطال مفعول": {EventOther, -9},
	"العثور على عبوة": {EventOther, -9}, "عثرت على عبوة": {EventOther, -9}, "عثر على عبوة": {EventOther, -9},
	"تفكيك سيارة مفخخة": {EventOther, -9}, "ضبط سيارة مفخخة": {EventOther, -9}, "ضبطت سيارة مفخخة": {EventOther, -9},
	"تفكيك الألغام": {EventOther, -9}, "إزالة الألغام": {EventOther, -9}, "نزع الألغام": {EventOther, -9}, "تفكيك لغم": {EventOther, -9},
	"قبل انفجارها": {EventOther, -9}, "قبل انفجاره": {EventOther, -9}, "قبل تفجيرها": {EventOther, -9}, "قبل تفجيره": {EventOther, -9},
	"معدة للتفجير": {EventOther, -9}, "مجهزة للتفجير": {EventOther, -9}, "معدة للتفخيخ": {EventOther, -9},
	"إحباط تفجير": {EventOther, -9}, "أحبطت تفجير": {EventOther, -9}, "إحباط هجوم": {EventOther, -9},
	// Chemical weapons and agents name an attack by poison, delivered by
	// whatever the rest of the clause names: barrels and aircraft (higher
	// priority) make it an airstrike, shells a shelling, rockets (priority
	// 0) a shelling; alone it is a generic attack ("event_type:generic")
	// that grouping may place with the strike told the same day in the
	// same town. Most of Syria's chemical attacks (Khan Shaykhun, Douma,
	// Latamneh, Saraqib) came from the air.
	"مواد كيميائية": chemicalArms, "مواد كيماوية": chemicalArms, "مواد كيمياوية": chemicalArms, "مادة كيميائية": chemicalArms,
	"مادة كيماوية": chemicalArms, "مواد سامة": chemicalArms, "مادة سامة": chemicalArms, "مواد كيماوية أو سامة": chemicalArms,
	"مواد كيميائية أو سامة": chemicalArms,
	"سلاح كيميائي":          chemicalArms, "سلاح كيماوي": chemicalArms,
	"سلاح كيمياوي": chemicalArms, "سلاحا كيميائيا": chemicalArms, "سلاحا كيماويا": chemicalArms,
	"غاز السارين": chemical, "السارين": chemical, "غاز الكلور": chemical, "مادة الكلور": chemical,
	"غاز الخردل": chemical, "غازات سامة": chemical, "غاز سام": chemical, "غازات كيميائية": chemical,
	"غازات كيماوية": chemical, "قنابل كيميائية": chemicalArms, "ذخائر كيميائية": chemicalArms,
	"مجزرة الكيميائي": chemical, "مجزرة الكيماوي": chemical, "مسرحية الكيميائي": chemical,
	"مسرحية الكيماوي": chemical, "استخدام الكيميائي": chemical, "استخدام الكيماوي": chemical,
	"صواريخ كيميائية": {EventShelling, 0}, "صواريخ كيماوية": {EventShelling, 0},
	// Chemical warheads ride on rockets: "بصواريخ محملة برؤوس كيماوية"
	// is a shelling however far the rockets stand from the generic "قصف".
	"رؤوس كيميائية": {EventShelling, 2}, "رؤوس كيماوية": {EventShelling, 2}, "رؤوس كيمياوية": {EventShelling, 2},
	"رؤوسا كيميائية": {EventShelling, 2}, "رؤوسا كيماوية": {EventShelling, 2}, "رأس كيميائي": {EventShelling, 2},
	"رأس كيماوي": {EventShelling, 2}, "رؤوس حربية كيميائية": {EventShelling, 2}, "رؤوس حربية كيماوية": {EventShelling, 2},
	// The plural "أسلحة كيميائية" is left out: in this genre it mostly
	// tells a standing accusation or a programme ("تتهمها باستخدام
	// أسلحة كيميائية"), not one attack. The weapons as a stock, a
	// programme or a treaty name no attack either:
	"حظر الأسلحة الكيميائية": {EventOther, -9}, "حظر الأسلحة الكيماوية": {EventOther, -9},
	"حظر الأسلحة الكيمياوية": {EventOther, -9}, "تدمير الأسلحة الكيميائية": {EventOther, -9},
	"تدمير الأسلحة الكيماوية": {EventOther, -9}, "ترسانة الأسلحة الكيميائية": {EventOther, -9},
	"ترسانة الأسلحة الكيماوية": {EventOther, -9}, "مخزون الأسلحة الكيميائية": {EventOther, -9},
	"مخزون الأسلحة الكيماوية": {EventOther, -9}, "برنامج الأسلحة الكيميائية": {EventOther, -9},
	"تصنيع أسلحة كيميائية": {EventOther, -9}, "تصنيع أسلحة كيماوية": {EventOther, -9},
	"تطوير أسلحة كيميائية": {EventOther, -9}, "تطوير أسلحة كيماوية": {EventOther, -9},
	"إنتاج أسلحة كيميائية": {EventOther, -9}, "امتلاك أسلحة كيميائية": {EventOther, -9},
	"امتلاك أسلحة كيماوية": {EventOther, -9}, "يمتلك أسلحة كيميائية": {EventOther, -9},
	"تسليم الأسلحة الكيميائية": {EventOther, -9}, "تفكيك الأسلحة الكيميائية": {EventOther, -9},
	// interception
	"الدفاعات الجوية": {EventInterception, 5}, "الدفاع الجوي": {EventInterception, 5}, "الدفاعات الجوية السورية": {EventInterception, 5},
	"وسائط الدفاع الجوي": {EventInterception, 5}, "منظومات الدفاع الجوي": {EventInterception, 5},
	"تصدت": {EventInterception, 6}, "تصدي": {EventInterception, 6}, "التصدي": {EventInterception, 6}, "اعتراض": {EventInterception, 6},
	"اعترضت": {EventInterception, 6}, "أسقطت": {EventInterception, 5}, "إسقاط": {EventInterception, 5},
	"مضادات أرضية": {EventInterception, 5}, "المضادات الأرضية": {EventInterception, 5},
	// withdrawal
	"انسحاب": {EventWithdrawal, 6}, "الانسحاب": {EventWithdrawal, 6}, "انسحبت": {EventWithdrawal, 6}, "انسحبوا": {EventWithdrawal, 6},
	"سحب": {EventWithdrawal, 5}, "سحبت": {EventWithdrawal, 5}, "نسحب": {EventWithdrawal, 5}, "يسحب": {EventWithdrawal, 5}, "تسحب": {EventWithdrawal, 5},
	"انسحابنا": {EventWithdrawal, 6}, "خروج": {EventWithdrawal, 2}, "مغادرة": {EventWithdrawal, 2},
	// the past masculine and the present, mostly negated: "لم تنسحب
	// قواتنا"، "لن ننسحب"، "انسحب التنظيم من القرية".
	"انسحب": {EventWithdrawal, 6}, "تنسحب": {EventWithdrawal, 6}, "ننسحب": {EventWithdrawal, 6},
	// the masculine plural present: "لم ينسحبوا من التلة"، "لا ينسحبون";
	// the first person plural past: "ما انسحبنا". (The singular "ينسحب"
	// would split "قبل أن ينسحب المسلحون" off a strike's claim as a scene
	// of its own.)
	"ينسحبوا": {EventWithdrawal, 6}, "ينسحبون": {EventWithdrawal, 6}, "انسحبنا": {EventWithdrawal, 6},
	// deployment
	"تعزيزات": {EventDeployment, 5}, "تعزيزات عسكرية": {EventDeployment, 6}, "=نشر": {EventDeployment, 2}, "=نشرت": {EventDeployment, 2},
	"انتشار": {EventDeployment, 2}, "رتل": {EventDeployment, 4}, "أرتال": {EventDeployment, 4}, "رتلا": {EventDeployment, 4},
	"دفعت": {EventDeployment, 2}, "دخول": {EventDeployment, 3}, "دخلت": {EventDeployment, 3}, "تسيير دوريات": {EventDeployment, 5}, "استقدمت": {EventDeployment, 5}, "وصول تعزيزات": {EventDeployment, 6}, "بقاء قوات": {EventDeployment, 3},
	// evacuation
	"إخلاء": {EventEvacuation, 7}, "أخلت": {EventEvacuation, 7}, "أخلى": {EventEvacuation, 7}, "إجلاء": {EventEvacuation, 7},
	"أجلت": {EventEvacuation, 7}, "إفراغ": {EventEvacuation, 6},
}

// aircraftWords name warplanes without saying what they did: "طائرات
// العدو أطلقت صواريخ" is an airstrike, not the shelling its rockets alone
// would make it. They only type a claim (priority 3, under every word of a
// type of its own) and, unlike eventTriggers, anchor no actor: "طائرات
// الأسد" in a comparison or "تستخدمها الطائرات الإسرائيلية ممراً" in
// background names no perpetrator of the claim's attack.
var aircraftWords = map[string]trigger{
	"طائرات": {EventAirstrike, 3}, "طائرة": {EventAirstrike, 3}, "طيران": {EventAirstrike, 3},
	// fighter jets: the plural and the dual of "مقاتلة" name warplanes in
	// this genre ("مقاتلات روسية"، "مقاتلتان إسرائيليتان"، "مقاتلاتها"); the
	// singular is left out, it is also the adjective "fighting" ("الفصائل
	// المقاتلة").
	"مقاتلات": {EventAirstrike, 3}, "مقاتلتان": {EventAirstrike, 3}, "مقاتلتين": {EventAirstrike, 3},
	"مقاتلاته": {EventAirstrike, 3}, "مقاتلاتها": {EventAirstrike, 3}, "مقاتلاتنا": {EventAirstrike, 3},
}

// actorWords name who carried out an attack. Adjectives follow the event
// noun ("غارات إسرائيلية"); nouns are subjects ("شنت إسرائيل").
var actorWords = map[string]string{
	"أمريكي": "us", "أمريكية": "us", "الأمريكي": "us", "الأمريكية": "us", "أمريكيا": "us",
	"الولايات المتحدة": "us", "واشنطن": "us", "القوات الأمريكية": "us", "الجيش الأمريكي": "us",
	"القيادة المركزية الأمريكية": "us", "البنتاغون": "us", "البنتاجون": "us", "الاحتلال الأمريكي": "us",
	"التحالف": "coalition", "التحالف الدولي": "coalition", "قوات التحالف": "coalition", "طائرات التحالف": "coalition",
	"التحالف الأمريكي": "coalition", "طيران التحالف": "coalition", "التحالف الدولي بقيادة": "coalition",
	"إسرائيلي": "israel", "إسرائيلية": "israel", "الإسرائيلي": "israel", "الإسرائيلية": "israel", "إسرائيل": "israel",
	"الاحتلال": "israel", "الاحتلال الإسرائيلي": "israel", "العدو الإسرائيلي": "israel", "العدو": "israel",
	"الجيش الإسرائيلي": "israel", "جيش الاحتلال": "israel",
	"روسي": "russia", "روسية": "russia", "الروسي": "russia", "الروسية": "russia", "روسيا": "russia", "موسكو": "russia",
	"تركي": "turkey", "تركية": "turkey", "التركي": "turkey", "التركية": "turkey", "تركيا": "turkey", "أنقرة": "turkey",
	"الجيش الوطني": "turkey", "فصائل موالية لتركيا": "turkey",
	// Turkey's gendarmerie, which guards the border: "برصاص الجندرما"،
	// "قوات الجندرمة"، "حرس الحدود التركي (الجاندرما)".
	"الجندرما": "turkey", "الجندرمة": "turkey", "الجاندرما": "turkey", "الجندرمه": "turkey",
	"قوات النظام": "syria_gov", "النظام": "syria_gov", "النظام السوري": "syria_gov", "الجيش السوري": "syria_gov",
	"القوات الحكومية": "syria_gov", "الجيش العربي السوري": "syria_gov", "قوات الحكومة": "syria_gov", "الحكومة السورية": "syria_gov",
	"جيش النظام": "syria_gov", "القوات السورية": "syria_gov", "دمشق": "syria_gov",
	// the government by its capital, as the Kurdish-run press writes it:
	// "فصائل تابعة لحكومة دمشق"، "مرتزقة حكومة دمشق"
	"حكومة دمشق": "syria_gov", "وزارة دفاع حكومة دمشق": "syria_gov", "وزارة الدفاع في حكومة دمشق": "syria_gov",
	"ميليشيات إيرانية": "iran_backed", "الميليشيات الإيرانية": "iran_backed", "ميليشيات موالية لإيران": "iran_backed",
	"الميليشيات الموالية لإيران": "iran_backed", "فصائل موالية لإيران": "iran_backed", "مجموعات موالية لإيران": "iran_backed",
	"الجماعات المدعومة من إيران": "iran_backed", "الفصائل العراقية": "iran_backed", "المقاومة الإسلامية في العراق": "iran_backed",
	"حزب الله": "iran_backed", "الحرس الثوري": "iran_backed", "ميليشيا": "iran_backed", "ميليشيات": "iran_backed", "إيران": "iran_backed",
	"إيراني": "iran_backed", "إيرانية": "iran_backed", "الإيرانية": "iran_backed", "المقاومة": "iran_backed",
	"الأسد": "syria_gov", "قوات الأسد": "syria_gov", "نظام الأسد": "syria_gov", "سلاح الجو السوري": "syria_gov",
	"الطيران السوري": "syria_gov", "الطيران الحربي السوري": "syria_gov", "ميليشيات الأسد": "syria_gov",
	// the Syrian state's aircraft and guns by the nisba after them, in
	// both numbers and with or without the article ("طائرات حربية
	// سورية"، "المروحيات السورية"، "مدفعية سورية"); the bare nisba is left
	// out, it qualifies civilians and fighters as often as the state.
	"طيران حربي سوري": "syria_gov", "طائرة حربية سورية": "syria_gov", "طائرات حربية سورية": "syria_gov",
	"الطائرات الحربية السورية": "syria_gov", "الطائرة الحربية السورية": "syria_gov", "مقاتلات سورية": "syria_gov",
	"المقاتلات السورية": "syria_gov", "مروحية سورية": "syria_gov", "مروحيات سورية": "syria_gov",
	"المروحيات السورية": "syria_gov", "المروحية السورية": "syria_gov", "الطائرات السورية": "syria_gov",
	"المدفعية السورية": "syria_gov", "مدفعية سورية": "syria_gov", "الطيران المروحي السوري": "syria_gov",
	// the branches, formations and militias of the Assad state, named by
	// what they belong to: "دورية للأمن العسكري", "عناصر من الفرقة الرابعة".
	"الأمن العسكري": "syria_gov", "المخابرات الجوية": "syria_gov", "الاستخبارات الجوية": "syria_gov",
	"المخابرات العسكرية": "syria_gov", "الاستخبارات العسكرية السورية": "syria_gov", "الأمن السياسي": "syria_gov",
	"الفرقة الرابعة": "syria_gov", "الحرس الجمهوري": "syria_gov", "قوات النمر": "syria_gov", "الفيلق الخامس": "syria_gov",
	// the security apparatus, named as a whole: in a Syrian article the
	// bare "الأجهزة الأمنية" are the Syrian state's ("اتهموا الأجهزة
	// الأمنية بتدبير التفجير"); another state's are named by their nisba.
	"الأجهزة الأمنية": "syria_gov", "أجهزة الأمن": "syria_gov", "الأجهزة الأمنية السورية": "syria_gov",
	"أجهزة النظام الأمنية": "syria_gov", "أجهزة الأسد الأمنية": "syria_gov", "أجهزة أمن النظام": "syria_gov",
	"الأجهزة الأمنية التابعة للنظام": "syria_gov", "المخابرات السورية": "syria_gov", "أجهزة المخابرات السورية": "syria_gov",
	"الأجهزة الأمنية التركية": "turkey", "الأجهزة الأمنية الإسرائيلية": "israel", "الأجهزة الأمنية الكردية": "sdf",
	"الأجهزة الأمنية التابعة للإدارة الذاتية": "sdf",
	// the state after the fall of the Assad government (December 2024):
	// the factions of its defence ministry, its new authorities ("فصائل
	// منضوية في وزارة الدفاع"). Its General Security ("الأمن العام") is
	// left out: in the reports it is as often the side that was hit.
	"السلطات الجديدة": "syria_gov", "السلطات السورية الجديدة": "syria_gov",
	"السلطات السورية": "syria_gov", "الحكومة السورية الجديدة": "syria_gov", "الحكومة الانتقالية": "syria_gov",
	"الحكومة السورية الانتقالية": "syria_gov", "قوات وزارة الدفاع": "syria_gov",
	"منضوية في وزارة الدفاع": "syria_gov", "المنضوية في وزارة الدفاع": "syria_gov", "منضوية تحت وزارة الدفاع": "syria_gov",
	"المنضوية تحت وزارة الدفاع": "syria_gov", "التابعة لوزارة الدفاع": "syria_gov", "تابعة لوزارة الدفاع": "syria_gov",
	// the remnants of the fallen government's forces, insurgents against
	// the new one, are named by what they were, not by a party that acts
	// now: an unnamed doer ("فلول النظام البائد"، "فلول ميليشيات الأسد").
	"فلول النظام": vagueDoer, "فلول النظام البائد": vagueDoer, "فلول النظام السابق": vagueDoer,
	"فلول النظام المخلوع": vagueDoer, "فلول الأسد": vagueDoer, "فلول ميليشيات الأسد": vagueDoer,
	"فلول قوات الأسد": vagueDoer, "فلول جيش النظام": vagueDoer, "فلول نظام الأسد": vagueDoer,
	// the armed opposition and local armed groups, named by what they are
	// but with no actor value (as HTS and the FSA, see registryActors):
	// as the doer they give "unknown", unless the claim names a party
	// that has one.
	"فصائل معارضة": vagueDoer, "فصائل من المعارضة": vagueDoer, "فصائل من المعارضة السورية": vagueDoer,
	"فصائل من المعارضة السورية المسلحة": vagueDoer, "فصائل من المعارضة المسلحة": vagueDoer,
	"فصائل عسكرية معارضة": vagueDoer, "فصائل مسلحة معارضة": vagueDoer,
	"مقاتلو المعارضة": vagueDoer, "مقاتلي المعارضة": vagueDoer, "مسلحو المعارضة": vagueDoer,
	"مسلحي المعارضة": vagueDoer, "مقاتلو الفصائل": vagueDoer, "مقاتلي الفصائل": vagueDoer, "مسلحو الفصائل": vagueDoer,
	"مسلحي الفصائل": vagueDoer, "كتائب مقاتلة": vagueDoer, "الكتائب المقاتلة": vagueDoer, "كتائب معارضة": vagueDoer,
	"الفصائل المحلية": vagueDoer, "فصائل محلية": vagueDoer, "مجموعات محلية": vagueDoer, "المجموعات المحلية": vagueDoer,
	"مقاتلين محليين": vagueDoer, "مقاتلون محليون": vagueDoer, "مسلحين محليين": vagueDoer, "مسلحون محليون": vagueDoer,
	"جيش اليرموك": vagueDoer, "الجبهة الجنوبية": vagueDoer, "جيش النصر": vagueDoer, "أنصار الشام": vagueDoer,
	"أنصار التوحيد": vagueDoer, "جيش المهاجرين والأنصار": vagueDoer, "رجال الكرامة": vagueDoer, "حركة رجال الكرامة": vagueDoer,
	"الشبيحة": "syria_gov", "شبيحة": "syria_gov", "شبيحة النظام": "syria_gov", "الدفاع الوطني": "syria_gov",
	"قوات الدفاع الوطني": "syria_gov", "ميليشيا الدفاع الوطني": "syria_gov", "ميليشيات الدفاع الوطني": "syria_gov",
	"الصهيوني": "israel", "الكيان الصهيوني": "israel", "العدو الصهيوني": "israel", "الكيان": "israel",
	"جيش الاحتلال الإسرائيلي": "israel", "الاحتلال التركي": "turkey", "دولة الاحتلال التركي": "turkey",
	"الاحتلال الروسي": "russia", "الطيران الروسي": "russia", "سلاح الجو الروسي": "russia",
	"بي كا كا": "sdf", "ي ب ك/بي كا كا": "sdf",
	"قسد": "sdf", "قوات سوريا الديمقراطية": "sdf", "وحدات حماية الشعب": "sdf", "الوحدات الكردية": "sdf",
	"حزب العمال الكردستاني": "sdf", "بي كي كي": "sdf", "المقاتلين الأكراد": "sdf",
	"واي بي جي": "sdf", "ي ب ك": "sdf", "بي كي كي/واي بي جي": "sdf",
	"PKK": "sdf", "YPG": "sdf", "PYD": "sdf", "PKK/YPG": "sdf", "PYD/YPG": "sdf",
	// formations named by their own name: the Iran-backed brigades, the
	// SDF's internal security and its local military councils, ISIS by
	// the name it gives its fighters. (The bare "التنظيم" is left out: it
	// is whichever organisation the article named, ISIS or the PKK.)
	"لواء فاطميون": "iran_backed", "فاطميون": "iran_backed", "الفاطميون": "iran_backed", "لواء زينبيون": "iran_backed",
	"زينبيون": "iran_backed", "حركة النجباء": "iran_backed", "عصائب أهل الحق": "iran_backed", "لواء الباقر": "iran_backed",
	"الأسايش": "sdf", "الآسايش": "sdf", "قوات الأسايش": "sdf", "وحدات حماية المرأة": "sdf", "جيش الثوار": "sdf",
	"مجلس منبج العسكري": "sdf", "مجلس دير الزور العسكري": "sdf", "مجلس الباب العسكري": "sdf", "مجلس جرابلس العسكري": "sdf",
	"مجلس تل أبيض العسكري": "sdf", "مجلس تل تمر العسكري": "sdf", "المجلس العسكري السرياني": "sdf",
	"جنود الخلافة": "isis",
	"داعش":         "isis", "تنظيم داعش": "isis", "تنظيم الدولة": "isis", "تنظيم الدولة الإسلامية": "isis", "خلايا التنظيم": "isis",
	"الدولة الإسلامية في العراق والشام": "isis", "تنظيم الدولة الإسلامية في العراق والشام": "isis",
	"مجهول": "unknown", "مجهولة": "unknown", "مجهولون": "unknown", "لم تعرف هويتها": "unknown", "لم تعرف هويته": "unknown",
	"مجهولة الهوية": "unknown", "مجهولة المصدر": "unknown", "مسلحون مجهولون": "unknown", "جهة مجهولة": "unknown",
}

// targetHeads open a characterisation of what was hit.
var targetHeads = words("on", "على", "ضد", "استهدف", "استهدفت", "يستهدف", "تستهدف", "استهداف", "طالت", "طال", "أصابت", "أصاب", "عبارة عن",
	"=قصف", "=قصفت", "=تقصف", "=يقصف", "=هاجم", "=هاجمت", "=ضرب", "=ضربت", "=دمر", "=دمرت", "=تدمير", "=قصفه", "=قصفها",
	// the masculine plural: "قصفوا قرى"، "استهدفوا منازل"
	"=قصفوا", "=يقصفون", "=استهدفوا", "=يستهدفون", "=هاجموا", "=دمروا",
	// the circumstantial participle: "شن عدواناً ... مستهدفاً مواقع"
	"=مستهدفا", "=مستهدفة", "=مستهدفين", "=مستهدفتين",
	// whom an assassination took: "جريمة اغتيال المواطن ..."
	"=اغتيال", "=اغتال", "=اغتالت", "=اغتالوا", "=محاولة اغتيال",
	// whom a "neutralisation" took, the Turkish word for killing or
	// capturing ("أعلنت تحييد قيادي"، "حيّدت الاستخبارات مسؤولاً")
	"=تحييد", "=حيد", "=حيدت", "=يحيد", "=تحيد", "=حيدوا")

// speechNouns are verbal nouns of speech that take the speaker as their
// complement: "ومع إعلان التحالف أنه ...", "في تصريح للمتحدث باسم ...".
var speechNouns = map[string]speech{
	"إعلان": say, "تأكيد": say, "تصريح": say, "تصريحات": say, "إفادة": say,
	"نفي": deny, "اتهام": accusing, "اتهامات": accusing, "مزاعم": hedge, "ادعاء": hedge, "ادعاءات": hedge,
}

// hastenNouns are the verbal nouns of speech after "سارع/بادر ... إلى"
// that make the hastening party a speaker, with what each says:
// accusing, blaming, describing, confirming, announcing, condemning and
// claiming assert; denying and belying deny.
var hastenNouns = foldMap(map[string]speech{
	"اتهام": accusing, "تحميل": accusing, "وصف": say, "تأكيد": say, "إعلان": say, "إدانة": say, "تنديد": say,
	"استنكار": say, "تبني": say, "نسب": accusing, "الحديث": say, "نشر": say, "القول": say,
	"نفي": deny, "تكذيب": deny, "النفي": deny,
})

// fillers may stand between a speech verb and its subject or content:
// "قالت من جهتها", "أعلن في بيان له", "ذكرت اليوم".
var fillers = words("filler",
	"من جهتها", "من جهته", "بدوره", "بدورها", "أيضا", "كذلك", "اليوم", "أمس", "مساء", "صباح", "في بيان", "في بيان له",
	"في بيان لها", "في بيان رسمي", "تطلق على نفسها اسم", "تطلق على نفسها", "تسمي نفسها", "بيان صادر عن", "في بيان صادر عن", "بيان صادر عنه", "في بيان صادر", "في تصريح", "في تصريحات", "في إفادة صحفية", "في مؤتمر صحفي", "في وقت سابق", "في وقت لاحق",
	"في حديث", "له", "لها", "في تغريدة", "عبر", "على حسابه", "على حسابها", "يوم", "مساء اليوم", "صباح اليوم",
	"الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "من جانبه", "من جانبها", "بدورهم", "قولها", "قوله", "قولهم",
	// "بيان تحدثت فيه عن ...": the statement in which it speaks.
	"فيه", "فيها",
)

// eventAdjectives may stand between an event word and the adjective that
// names its actor: "غارات جوية إسرائيلية", "قصف صاروخي تركي".
var eventAdjectives = words("adj",
	"العسكرية", "العسكري", "الحربية", "الحربي", "البرية", "الجوية", "الجوي", "المسيرة", "المسيرات",
	"جوية", "جوي", "صاروخي", "صاروخية", "مدفعي", "مدفعية", "مكثف", "مكثفة", "عنيف", "عنيفة", "جديد", "جديدة",
	"دقيقة", "دقيق", "متتالية", "متكررة", "محدودة", "واسعة", "مركزة", "جديدا", "عنيفا", "مكثفا",
	"كثيف", "كثيفة", "كثيفا", "عنيفة جدا", "متواصل", "متواصلة",
)

// forceNouns stand between an event word and the nationality or name that
// identifies the actor: "شنت القوات العسكرية الأمريكية", "قصف جوي لطائرات
// النظام", "هاجمت مجموعات من مرتزقة داعش".
var forceNouns = words("force",
	"القوات", "قوات", "الطائرات", "طائرات", "المقاتلات", "مقاتلات", "الطيران", "طيران", "المدفعية", "مدفعية",
	"الجيش", "جيش", "وحدات", "سلاح الجو", "البحرية", "الطائرات الحربية", "طائرات حربية", "الطائرات المسيرة",
	"مجموعات من", "مجموعات", "عناصر من", "عناصر", "خلايا",
	// the singular and dual of a member as well: "كمين نفذه عنصر من
	// التنظيم"، "هجوم شنه عنصر واحد من الخلية"، "عنصران من الفصيل"
	"عنصر من", "عنصر واحد من", "عنصرا من", "عنصران من", "عنصرين من", "أحد عناصر", "مسلحو", "مقاتلو", "مرتزقة", "فصائل", "ميليشيات", "ميليشيا",
	"إرهابيو", "مجموعة", "مجموعة مسلحة", "مجموعات مسلحة", "خلية",
	// the construct plural in the oblique case as well: "مسلحي داعش"،
	// "ثلاثة من مقاتلي الأسايش"، "إن إرهابيي الحزب استهدفوا"
	"=مسلحي", "=مقاتلي", "=إرهابيي",
	"قوة", "قوة من", "قوة عسكرية", "قوة عسكرية من", "دورية", "دورية من", "دورية عسكرية", "آليات", "آليات عسكرية",
	"دبابات", "الدبابات", "راجمات", "بوارج", "سفن", "صواريخ", "قذائف",
	"طائرة حربية", "الطائرة الحربية", "طائرة", "الطائرة", "مقاتلة", "المقاتلة", "مروحية", "مروحيات", "المروحيات",
	"الطيران الحربي", "طيران حربي", "الطيران المروحي", "الطائرات المروحية", "مسيرة", "المسيرة", "مسيرات", "المسيرات",
	"طائرات مسيرة", "طائرة مسيرة", "الطائرة المسيرة",
	// bombers in the plural: "قاذفاتها"، "قاذفات روسية" (the singular is as
	// often the one shot down)
	"قاذفات", "القاذفات",
	// a state's intelligence, before its nisba: "مسيّرة للاستخبارات
	// التركية"، "عناصر المخابرات الجوية"
	"الاستخبارات", "المخابرات",
)

// predicateCues put the actor right after them: "يرجح أنها إسرائيلية",
// "أن تكون طائرات التحالف قد ...", "تحميل التحالف المسؤولية", "تقف وراء".
var predicateCues = words("pred",
	"من قبل", "على يد", "على أيدي", "بواسطة", "تبنت", "تبنى", "تبنيه", "تبنيها", "أعلن تبنيه", "أعلنت تبنيها",
	"أنها", "أنه", "إنها", "إنه", "هي", "هو", "أن تكون", "أن يكون", "تكون", "يكون", "تحميل", "حملت", "حمل", "يحمل", "تحمل",
	"اتهام", "وراء", "تقف وراء", "يقف وراء", "مسؤولية", "بتنفيذ",
	// "الضربة من تنفيذ سلاح الجو ..."، "بتدبير من ..."
	"من تنفيذ", "من فعل", "بتدبير من", "بتخطيط من",
	// A deed that bears a party's marks is laid at its door: "يحمل
	// التفجير بصمات التنظيم", "بصمات النظام واضحة في الاغتيال".
	"بصمات", "بصمة",
	// Involvement named by the party's nisba or name: "ألمحت الوزارة إلى
	// تورط أمريكي"، "أكد ضلوع الاستخبارات التركية".
	"تورط", "ضلوع",
	// A mine or shell left behind by a party is its deed: "لغم من مخلفات
	// تنظيم داعش".
	"من مخلفات",
	// Who launched the weapon, after it in a relative clause: "مسيرة
	// أطلقتها قوات النظام"، "قذائف أطلقها عناصر الحزب".
	"=أطلقتها", "=أطلقها", "=أطلقه", "=أطلقته", "=أطلقوها", "=أطلقوه",
)

// blameCues lay the blame on the party right after them, whoever is named
// before: "ألقت أنقرة باللوم على الحزب في التفجير", "ألقى باللائمة على
// قوات النظام".
var blameCues = words("blame", "باللائمة على", "اللائمة على", "باللوم على", "اللوم على", "بالمسؤولية على",
	"اللوم إلى", "باللوم إلى", "الاتهام إلى", "الاتهامات إلى", "الاتهام لـ", "أصابع الاتهام إلى", "أصابع الاتهام نحو",
	"بأصابع الاتهام إلى", "أصابع الاتهام تشير إلى", "أصابع الاتهام تتجه إلى", "أصابع الاتهام تتجه نحو",
	"أصابع الاتهام توجه إلى", "أصابع الاتهام موجهة إلى", "بأصابع الاتهام نحو")

// responsibilityCues claim an attack for the speaker: "أعلنت ... مسؤوليتها",
// "تبنت الهجوم".
var responsibilityCues = words("responsibility",
	"مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "تبنت", "تبنى", "تبنيها", "تبنيه", "مسؤوليتنا",
)

// involvementDenials deny that the speaker had anything to do with it: the
// actor of such a claim is the speaker's own side, denied.
var involvementDenials = words("involvement", "لم تشارك", "لم يشارك", "لم نشارك", "لم يشاركوا", "لم تشترك", "لم يشترك", "أي صلة", "أي رابط", "أي علاقة", "لا علاقة", "لا صلة", "أي دور", "لا دور", "أي مسؤولية",
	"=علاقتها", "=علاقته", "=علاقتهم", "=صلتها", "=صلته", "=صلتهم", "=تورطها", "=تورطه", "=تورطهم", "=ضلوعها", "=ضلوعه", "=ضلوعهم",
	"عدم مسؤوليتها", "عدم مسؤوليته", "عدم مسؤوليتهم", "عدم مسؤوليتنا", "لا مسؤولية",
	"غير مسؤولة عن", "غير مسؤول عن", "غير مسؤولين عن", "غير مسؤولون عن",
	"ليس طرفا في", "ليست طرفا في", "لسنا طرفا في", "لست طرفا في", "ليسوا طرفا في", "لم يكن طرفا في", "لم تكن طرفا في", "لم نكن طرفا في",
	// the speaker's own forces as what is answerable: "نفى مسؤولية
	// قواته عن القصف"
	"مسؤولية قواته", "مسؤولية قواتها", "مسؤولية قواتنا", "مسؤولية عناصره", "مسؤولية عناصرها")

// ownOutletWords are the outlet speaking of itself: "مراسلنا", "مراسل
// وكالتنا", "المنصة". They give the article's own voice.
var ownOutletWords = words("own",
	"مراسلنا", "مراسلتنا", "مراسل وكالتنا", "مراسلة وكالتنا", "وكالتنا", "موقعنا", "صحيفتنا", "قناتنا", "منصتنا",
	"مراسل المنصة", "=المنصة", "=المراسل", "=مراسلنا", "مصادرنا", "مراسل الموقع", "مراسل الوكالة",
)

// localRoles name people who speak as themselves in a locality: officials,
// doctors, witnesses. The registry names national bodies; these fall back
// to local sources with the role kept as the speaker.
var localRoles = words("role",
	"مدير", "رئيس", "قائد", "طبيب", "الطبيب", "ممرض", "عضو", "ناشط", "الناشط", "شاهد", "مواطن", "أحد سكان", "أحد أهالي",
	"مختار", "المختار", "قائد ميداني", "مسؤول محلي", "مسعف", "المسعف", "مزارع", "سائق", "معلم", "صحفي", "الصحفي",
	"مراسل", "أحد الناجين", "ناجون", "أحد الجرحى", "والد", "والدة", "شقيق",
	// notables of a village or a clan: "قال أحد وجهاء القرية"
	"أحد وجهاء", "أحد الوجهاء", "أحد أعيان", "أحد الأعيان", "وجيه", "أحد شيوخ", "أحد الأهالي", "أحد السكان",
	// relatives of the dead speak for their town
	"أقارب", "أحد أقارب", "ذوو", "ذوي", "أحد ذوي",
	// so do families: "أكدت عائلات من القرية أن ..."، "قالت عائلة الشاب إن ..."
	"عائلات", "عائلة", "أسرة", "إحدى العائلات",
	// clergy of a church or a mosque speak as local sources
	"كاهن", "الكاهن", "أحد كهنة", "قس", "القس", "خوري", "الخوري", "راعي الأبرشية", "راعي الكنيسة",
	"إمام", "إمام المسجد", "خطيب المسجد", "رجل دين", "أحد رجال الدين",
	// feminine roles: "قالت مديرة المركز"، "أكدت ناشطة من البلدة"
	"مديرة", "رئيسة", "قائدة", "طبيبة", "الطبيبة", "ممرضة", "عضوة", "ناشطة", "شاهدة", "مواطنة", "مسعفة", "معلمة",
	"صحفية", "الصحفية", "مراسلة",
	// a media officer of a body: "مسؤول إعلامي في الفرقة"; the bare
	// "إعلامي" of a place is its media worker ("إعلامي في المشفى")
	"مسؤول إعلامي", "مسؤولة إعلامية", "إعلامي", "إعلامية",
	// an official of an administration the registry does not know:
	// "مسؤول في إدارة الميناء"، "مسؤولة في مجلس البلدة" (see
	// localOfficialOfState)
	"مسؤول في إدارة", "مسؤولة في إدارة", "مسؤولون في إدارة", "مسؤول بإدارة", "مسؤولة بإدارة",
	"مسؤول في مديرية", "مسؤولة في مديرية", "مسؤول بمديرية", "مسؤول في مجلس", "مسؤولة في مجلس",
	"مسؤول في بلدية", "مسؤول في البلدية", "مسؤول في الولاية", "مسؤولة في الولاية", "مسؤول بالولاية",
	// a leader of a faction the registry may not know: "قيادي بفصيل
	// معارض"، "قيادية في تشكيل محلي"
	"قيادي", "قيادية",
	// a tribe or clan speaks for its people: "قالت عشيرة ... في بيان"
	"عشيرة", "قبيلة", "عشائر", "قبائل",
	// doctors and staff of a hospital, in the plural or one of them: "قال
	// أحد الأطباء في المشفى"، "تحدث أطباء في البلدة عن ..."، "أكد عاملون
	// في المستوصف" (medical by medicalWords)
	"أطباء", "الأطباء", "أحد الأطباء", "أحد أطباء", "ممرضون", "ممرضين", "عاملون في", "العاملون في", "أحد العاملين في",
)

// medicalWords mark a local role as medical: its speaker is one of the
// medical sources.
var medicalWords = words("medical", "مشفى", "مستشفى", "المشفى", "المستشفى", "طبيب", "الطبيب", "مسعف", "المسعف", "ممرض", "طبي", "الطبي", "الصحة", "الإسعاف", "مستوصف",
	// plurals: "مدير أحد مشافي المدينة"، "أطباء في البلدة"
	"مشافي", "المشافي", "مستشفيات", "المستشفيات", "أطباء", "الأطباء", "ممرضون", "ممرضين")

// irrealisCues before an event word make it no event: a demand, a refusal,
// a fear, a condition, an ability, a future or a mere overflight.
var irrealisCues = words("irrealis",
	"طالب", "طالبت", "يطالب", "تطالب", "دعا", "دعت", "يدعو", "تدعو", "ناشد", "ناشدت", "رفض", "رفضت", "يرفض", "ترفض",
	"خوفا من", "خشية", "خوفا", "في حال", "القدرة على", "قادرة على", "قادر على", "سوف", "ستلجأ", "يمكن", "تهدد", "هدد", "هددت",
	"تحليق", "تحلق", "يحلق", "حلقت", "نقل", "تنقل", "نقلت", "تدريبات", "مناورات",
	// a condition: "إذا لم تنسحب القوات"، "ما لم توقف هجماتها".
	"إذا لم", "إن لم", "ما لم", "لو لم",
	// the participles and verbal noun of a demand or a call, as a
	// circumstantial after the statement ("مطالبةً بانسحاب القوات"،
	// "داعياً إلى خروج المسلحين"), and being kept from leaving
	// ("يمنعونهم من المغادرة").
	"مطالبة", "مطالبا", "مطالبين", "مطالبون", "داعيا", "داعية", "داعين",
	"يمنع", "تمنع", "يمنعون", "يمنعونهم", "منعت", "منعوا",
	// the preparations for it: "رصد تحضيرهم لإطلاق طائرات مسيّرة"،
	// "استعداداً لاقتحام البلدة"
	"تحضير", "التحضير", "تحضيرهم", "تحضيرها", "تحضيرات", "التحضيرات", "استعدادا", "استعدادهم",
)

// habitualCues describe repeated or past background, which has no one date.
var habitualCues = words("habitual",
	"في الأشهر الأخيرة", "في الأشهر الماضية", "بشكل متكرر", "مرات عديدة", "أكثر من مرة", "منذ سنوات", "في السنوات الأخيرة",
	"خلال السنوات الماضية", "منذ عام", "منذ اندلاع", "هجمات متكررة", "غارات متكررة", "خروقات شبه يومية", "بشكل شبه يومي",
)

// statementCues refer to the statement of the speaker last named: "وجاء في
// البيان أن ...".
var statementCues = words("statement",
	"جاء في البيان", "ورد في البيان", "وجاء في البيان", "جاء في بيانها", "جاء في بيانه", "ورد في بيانها", "ورد في بيانه",
	"وفق البيان", "بحسب البيان", "حسب البيان", "وفقا للبيان", "وفي البيان ذاته", "في البيان ذاته", "في البيان نفسه",
	"جاء في التصريح", "ورد في التصريح", "جاء في الرسالة", "جاء في التقرير", "ورد في التقرير",
)

// passiveHits follow what was hit: "مستودعات استُهدفت", "القاعدة تعرضت".
var passiveHits = words("hit", "=استهدفت", "=استهدف", "=قصفت", "=قصف", "=دمرت", "=دمر", "=تعرضت", "=تعرض", "=أصيبت", "=طالها", "=طاله",
	// the victims of a massacre: "عائلات بأكملها ذُبحت"، "مدنيون أُعدموا"
	"=ذبحت", "=ذبحوا", "=أعدموا", "=أعدمت")

// relayedDenial are the verbal nouns of denying, with the relayed
// speaker's pronoun, that open what a relay reports him to say: "نقلت
// الوكالة عن القائد نفيَه ...", "... عنها تكذيبها ...". Folded forms.
var relayedDenial = foldSet("نفيه", "نفيها", "نفيهم", "نفيهما", "تكذيبه", "تكذيبها", "تكذيبهم",
	"إنكاره", "إنكارها", "إنكارهم")

// foldSet folds each word (see arabic.Fold) into a set.
// foldMap folds the keys of m.
func foldMap[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[arabic.Fold(k)] = v
	}
	return out
}

func foldSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[arabic.Fold(w)] = true
	}
	return m
}

// relativeVerbs are the verbs of reporting or spreading in "ما أوردته
// الوكالة" after a speech verb (see relativeObject). Folded forms.
var relativeVerbs = foldSet("أورده", "أوردته", "أوردتها", "أوردها", "أوردوه", "نشره", "نشرته", "نشرتها", "نشرها",
	"نشروه", "ذكره", "ذكرته", "ذكرها", "ذكرتها", "تناقلته", "تناقلتها", "تداوله", "تداولته", "تداولتها",
	"روجت", "روجته", "روجه", "زعمته", "زعمه", "ادعته", "ادعاه", "بثته", "بثه", "أعلنته", "أعلنه", "نقلته", "نقله")
