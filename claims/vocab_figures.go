package claims

// outcomeNouns are counted nouns that carry the outcome: "11 قتيلا",
// "جريحان", "7 شهداء".
var outcomeNouns = map[string]string{
	"قتيل": OutcomeKilled, "قتيلا": OutcomeKilled, "قتلى": OutcomeKilled, "قتيلان": OutcomeKilled, "قتيلين": OutcomeKilled,
	"شهيد": OutcomeKilled, "شهيدا": OutcomeKilled, "شهداء": OutcomeKilled, "شهيدان": OutcomeKilled, "شهيدين": OutcomeKilled,
	"ضحية": OutcomeKilled, "ضحايا": OutcomeKilled, "جثة": OutcomeKilled, "جثث": OutcomeKilled, "جثامين": OutcomeKilled,
	"جثتان": OutcomeKilled, "جثتين": OutcomeKilled,
	"جريح": OutcomeWounded, "جريحا": OutcomeWounded, "جرحى": OutcomeWounded, "جريحان": OutcomeWounded, "جريحين": OutcomeWounded,
	"مصاب": OutcomeWounded, "مصابا": OutcomeWounded, "مصابين": OutcomeWounded, "مصابون": OutcomeWounded, "مصابان": OutcomeWounded,
	"إصابة": OutcomeWounded, "إصابات": OutcomeWounded,
	"أسير": OutcomeCaptured, "أسيرا": OutcomeCaptured, "أسرى": OutcomeCaptured, "معتقل": OutcomeCaptured, "معتقلين": OutcomeCaptured,
	"مخطوف": OutcomeCaptured, "مخطوفين": OutcomeCaptured, "محتجز": OutcomeCaptured, "محتجزين": OutcomeCaptured,
	"مفقود": OutcomeMissing, "مفقودا": OutcomeMissing, "مفقودين": OutcomeMissing, "مفقودون": OutcomeMissing,
}

// outcomeBefore are verbal nouns and phrases that stand before the number
// or counted noun: "مقتل 5", "إصابة 25 من", "ارتفاع حصيلة القتلى إلى 23".
var outcomeBefore = map[string]string{
	"ينعى": OutcomeKilled, "نعى": OutcomeKilled, "نعت": OutcomeKilled, "تنعى": OutcomeKilled, "ارتقاء": OutcomeKilled,
	"أودى بحياة": OutcomeKilled, "أودت بحياة": OutcomeKilled, "راح ضحيته": OutcomeKilled, "راح ضحيتها": OutcomeKilled,
	"حصد أرواح": OutcomeKilled, "حصدت أرواح": OutcomeKilled,
	"القبض على": OutcomeCaptured, "ألقت القبض على": OutcomeCaptured, "ألقى القبض على": OutcomeCaptured, "استسلام": OutcomeCaptured,
	"اعتقلت": OutcomeCaptured, "اعتقل": OutcomeCaptured, "اختطفت": OutcomeCaptured, "خطفت": OutcomeCaptured, "أسرت": OutcomeCaptured,
	"القتلى بأنهم": OutcomeKilled, "القتلى بأنهما": OutcomeKilled, "الضحايا بأنهم": OutcomeKilled, "الجرحى بأنهم": OutcomeWounded,
	"المصابين بأنهم": OutcomeWounded, "أعدموا": OutcomeKilled, "أعدمت": OutcomeKilled,
	"القتلى هم": OutcomeKilled, "الجرحى هم": OutcomeWounded, "الضحايا هم": OutcomeKilled, "القتلى": OutcomeKilled,
	"الجرحى": OutcomeWounded, "المصابين": OutcomeWounded, "الضحايا": OutcomeKilled,
	"قتلت": OutcomeKilled, "تقتل": OutcomeKilled, "يقتل": OutcomeKilled, "أوقعت": OutcomeKilled, "أوقع": OutcomeKilled,
	"خلفت": OutcomeKilled, "خلف": OutcomeKilled, "أصابت": OutcomeWounded, "تصيب": OutcomeWounded, "جرحت": OutcomeWounded,
	"هلاك": OutcomeKilled, "مصير": OutcomeMissing, "اقتادوا": OutcomeCaptured, "اقتاد": OutcomeCaptured, "اختطفوا": OutcomeCaptured,
	"اعتقلوا": OutcomeCaptured, "أسروا": OutcomeCaptured, "احتجزوا": OutcomeCaptured, "خطفوا": OutcomeCaptured, "أوقفوا": OutcomeCaptured, "أوقفت": OutcomeCaptured, "توقيف": OutcomeCaptured,
	"تختطف": OutcomeCaptured, "يختطف": OutcomeCaptured, "تعتقل": OutcomeCaptured, "يعتقل": OutcomeCaptured,
	"احتجزت": OutcomeCaptured,
	// a side counting its own dead: "فقدت الهيئة 17 من منتسبيها"
	"فقدت": OutcomeKilled, "فقدنا": OutcomeKilled, "خسرت": OutcomeKilled, "خسرنا": OutcomeKilled,
	"تأسر": OutcomeCaptured, "يأسر": OutcomeCaptured, "اختطف": OutcomeCaptured,
	"مقتل وإصابة": OutcomeKilledOrWounded, "مقتل وجرح": OutcomeKilledOrWounded, "هلاك وإصابة": OutcomeKilledOrWounded,
	"قتل وإصابة": OutcomeKilledOrWounded, "سقوط قتلى وجرحى": OutcomeKilledOrWounded,
	// the martyrs' words joined to the wounded: "استشهاد وإصابة العشرات"
	"استشهاد وإصابة": OutcomeKilledOrWounded, "استشهاد وجرح": OutcomeKilledOrWounded, "ارتقاء وإصابة": OutcomeKilledOrWounded,
	"سقوط شهداء وجرحى": OutcomeKilledOrWounded, "مقتل وجرح وإصابة": OutcomeKilledOrWounded,
	"القتلى والجرحى": OutcomeKilledOrWounded, "عدد القتلى والجرحى": OutcomeKilledOrWounded, "حصيلة القتلى والجرحى": OutcomeKilledOrWounded,
	"الشهداء والجرحى": OutcomeKilledOrWounded, "عدد الشهداء والجرحى": OutcomeKilledOrWounded, "القتلى والمصابين": OutcomeKilledOrWounded,
	"عدد القتلى والمصابين": OutcomeKilledOrWounded,
	"اغتيال":               OutcomeKilled, "اغتالوا": OutcomeKilled, "اغتالت": OutcomeKilled,
	"القضاء على": OutcomeKilled, "تصفية": OutcomeKilled, "إعدام": OutcomeKilled, "أعدم": OutcomeKilled,
	"قضت على": OutcomeKilled, "قضى على": OutcomeKilled, "قضوا على": OutcomeKilled, "تقضي على": OutcomeKilled, "يقضي على": OutcomeKilled,
	"جثث": OutcomeKilled, "جثامين": OutcomeKilled, "جثة": OutcomeKilled, "انتشال جثث": OutcomeKilled,
	"مقتل": OutcomeKilled, "قتل": OutcomeKilled, "استشهاد": OutcomeKilled, "مصرع": OutcomeKilled, "وفاة": OutcomeKilled,
	"حصيلة القتلى": OutcomeKilled, "حصيلة الضحايا": OutcomeKilled, "عدد القتلى": OutcomeKilled, "عدد الضحايا": OutcomeKilled,
	"حصيلة الشهداء": OutcomeKilled, "عدد الشهداء": OutcomeKilled, "الحصيلة": OutcomeKilled, "حصيلة": OutcomeKilled,
	"إصابة": OutcomeWounded, "جرح": OutcomeWounded, "إصابات": OutcomeWounded, "عدد الجرحى": OutcomeWounded, "عدد المصابين": OutcomeWounded,
	"حصيلة الجرحى": OutcomeWounded, "حصيلة المصابين": OutcomeWounded,
	// "عدد من قتلوا ... إلى": the head names the dead by a relative clause.
	"عدد من قتلوا": OutcomeKilled, "عدد الذين قتلوا": OutcomeKilled, "عدد من قضوا": OutcomeKilled, "عدد الذين قضوا": OutcomeKilled,
	"عدد من استشهدوا": OutcomeKilled, "عدد الذين استشهدوا": OutcomeKilled, "عدد من أصيبوا": OutcomeWounded, "عدد الذين أصيبوا": OutcomeWounded,
	// Heads in the indefinite construct: "عدد شهداء التفجير"، "حصيلة ضحايا القصف".
	"عدد شهداء": OutcomeKilled, "عدد قتلى": OutcomeKilled, "عدد ضحايا": OutcomeKilled, "حصيلة ضحايا": OutcomeKilled,
	"حصيلة شهداء": OutcomeKilled, "عدد جرحى": OutcomeWounded, "عدد مصابي": OutcomeWounded, "أعداد القتلى": OutcomeKilled,
	"أعداد الشهداء": OutcomeKilled, "أعداد الضحايا": OutcomeKilled, "أعداد الجرحى": OutcomeWounded,
	"تعداد القتلى": OutcomeKilled, "تعداد قتلى": OutcomeKilled, "تعداد الجرحى": OutcomeWounded, "تعداد الشهداء": OutcomeKilled,
	"عدد المعتقلين": OutcomeCaptured, "عدد الأسرى": OutcomeCaptured, "عدد المخطوفين": OutcomeCaptured,
	"عدد المحتجزين": OutcomeCaptured, "عدد المفقودين": OutcomeMissing,
	"عدد الموقوفين": OutcomeCaptured, "عدد المختطفين": OutcomeCaptured, "عدد المقبوض عليهم": OutcomeCaptured,
	"أسر": OutcomeCaptured, "اعتقال": OutcomeCaptured, "اختطاف": OutcomeCaptured, "خطف": OutcomeCaptured, "احتجاز": OutcomeCaptured,
	"فقدان": OutcomeMissing, "اختفاء": OutcomeMissing,
	"بين القتلى": OutcomeKilled, "من بين القتلى": OutcomeKilled, "بين الضحايا": OutcomeKilled, "بين الجرحى": OutcomeWounded,
	"بين المصابين": OutcomeWounded, "تحييد": OutcomeKilledOrWounded, "حصيلة قتلى": OutcomeKilled,
	// "neutralised" (Turkish official usage): killed, wounded or captured.
	"حيد": OutcomeKilledOrWounded, "حيدت": OutcomeKilledOrWounded, "تحيد": OutcomeKilledOrWounded, "يحيد": OutcomeKilledOrWounded,
	"أصيب": OutcomeWounded, "قضى": OutcomeKilled, "استشهد": OutcomeKilled, "أصيبت": OutcomeWounded, "استشهدت": OutcomeKilled,
	"توفي": OutcomeKilled, "توفيت": OutcomeKilled, "توفوا": OutcomeKilled, // "توفي اثنان من الجرحى"
	// "ارتقى سبعة مدنيين"، "ارتقت طفلتان": the martyrs' verb, before its count.
	"ارتقى": OutcomeKilled, "ارتقت": OutcomeKilled, "ارتقوا": OutcomeKilled, "يرتقي": OutcomeKilled,
	"هلك": OutcomeKilled, "هلكوا": OutcomeKilled,
	"سقوط": "", // needs a counted outcome noun: "سقوط 7 قتلى"
}

// outcomeAfter are verbs that follow the counted people: "ستة مقاتلين
// قتلوا", "3 مدنيين أصيبوا".
var outcomeAfter = map[string]string{
	"قتل": OutcomeKilled, "قتلوا": OutcomeKilled, "قتلا": OutcomeKilled, "قتلت": OutcomeKilled, "قضوا": OutcomeKilled, "قضى": OutcomeKilled,
	"لقوا حتفهم": OutcomeKilled, "لقوا مصرعهم": OutcomeKilled, "لقي حتفه": OutcomeKilled, "لقي مصرعه": OutcomeKilled,
	"لقيا حتفهما": OutcomeKilled, "لقيا مصرعهما": OutcomeKilled, "استشهدوا": OutcomeKilled, "استشهد": OutcomeKilled, "استشهدا": OutcomeKilled,
	"ماتوا": OutcomeKilled, "توفوا": OutcomeKilled, "سقطوا قتلى": OutcomeKilled, "فارقوا الحياة": OutcomeKilled,
	"فارقت الحياة": OutcomeKilled, "فارق الحياة": OutcomeKilled, "لقيت حتفها": OutcomeKilled, "لقيت مصرعها": OutcomeKilled,
	"قضت": OutcomeKilled, "قضيا": OutcomeKilled, "توفي": OutcomeKilled, "توفيت": OutcomeKilled,
	"أصيبت": OutcomeWounded, "جرحت": OutcomeWounded, "اعتقلت": OutcomeCaptured, "فقدت": OutcomeMissing,
	"أصيبوا": OutcomeWounded, "أصيب": OutcomeWounded, "أصيبا": OutcomeWounded, "جرحوا": OutcomeWounded, "جرح": OutcomeWounded,
	// the dual passive and the feminine dual: "شخصين جُرحا", "امرأتين قُتلتا".
	"جرحا": OutcomeWounded, "أصيبتا": OutcomeWounded, "جرحتا": OutcomeWounded, "قتلتا": OutcomeKilled,
	"اعتقلا": OutcomeCaptured, "اختطفا": OutcomeCaptured,
	"أصيبوا بجروح": OutcomeWounded, "أصيبوا بجراح": OutcomeWounded, "جرحى": OutcomeWounded, "مصابين": OutcomeWounded,
	"مصابا": OutcomeWounded, "مصابان": OutcomeWounded, "جريحا": OutcomeWounded,
	"أسروا": OutcomeCaptured, "اعتقلوا": OutcomeCaptured, "اختطفوا": OutcomeCaptured, "اعتقل": OutcomeCaptured, "أسر": OutcomeCaptured,
	"فقدوا": OutcomeMissing, "فقد": OutcomeMissing,
	"مفقودين": OutcomeMissing, "مفقودون": OutcomeMissing, "في عداد المفقودين": OutcomeMissing, "عداد المفقودين": OutcomeMissing,
	"في عداد القتلى": OutcomeKilled, "قتلى": OutcomeKilled, "قتيلا": OutcomeKilled, "مصابون": OutcomeWounded,
	"عدد القتلى": OutcomeKilled, "عدد الضحايا": OutcomeKilled, "عدد الجرحى": OutcomeWounded, "عدد المصابين": OutcomeWounded,
	"عدد الشهداء": OutcomeKilled, "حصيلة القتلى": OutcomeKilled,
	"تعرض لإصابة": OutcomeWounded, "تعرضت لإصابة": OutcomeWounded, "تعرضوا لإصابات": OutcomeWounded, "تعرض لإصابات": OutcomeWounded,
	"تعرضا لإصابات": OutcomeWounded, "تعرض لجروح": OutcomeWounded, "تعرضوا لجروح": OutcomeWounded,
	"سقط قتيلا": OutcomeKilled, "سقط شهيدا": OutcomeKilled, "سقطوا شهداء": OutcomeKilled, "سقطا قتيلين": OutcomeKilled,
	"قضى نحبه": OutcomeKilled, "قضوا نحبهم": OutcomeKilled, "لفظ أنفاسه": OutcomeKilled, "لفظوا أنفاسهم": OutcomeKilled,
	"توفيا": OutcomeKilled, "توفيتا": OutcomeKilled, "قتلن": OutcomeKilled, "استشهدن": OutcomeKilled, "توفين": OutcomeKilled, "لقين حتفهن": OutcomeKilled, "لقين مصرعهن": OutcomeKilled,
	"أصبن": OutcomeWounded, "جرحن": OutcomeWounded, "أصبن بجروح": OutcomeWounded, "اعتقلن": OutcomeCaptured,
	"فارقا الحياة": OutcomeKilled, "فقدوا حياتهم": OutcomeKilled, "فقدا حياتهما": OutcomeKilled, "فقد حياته": OutcomeKilled,
	"فقدت حياتها": OutcomeKilled, "فقدوا أرواحهم": OutcomeKilled, "فقد لحياته": OutcomeKilled, "فقدا لحياتهما": OutcomeKilled,
	"ارتقوا": OutcomeKilled, "ارتقى": OutcomeKilled, "ارتقيا": OutcomeKilled, "ارتقين": OutcomeKilled, "ارتقوا شهداء": OutcomeKilled,
	"هلكوا": OutcomeKilled, "هلك": OutcomeKilled,
	// People under treatment after the attack are its wounded: "أكثر من
	// 200 شخص يتلقون العلاج"، "ما زالوا يتلقون العلاج".
	"يتلقون العلاج": OutcomeWounded, "ما زالوا يتلقون العلاج": OutcomeWounded, "لا يزالون يتلقون العلاج": OutcomeWounded,
	"يخضعون للعلاج": OutcomeWounded, "تلقوا العلاج": OutcomeWounded, "يتلقون الإسعافات": OutcomeWounded,
	"تلقوا الإسعافات": OutcomeWounded, "يتلقى العلاج": OutcomeWounded, "ما زالوا يخضعون للعلاج": OutcomeWounded,
	"حتفهم": OutcomeKilled, "مصرعهم": OutcomeKilled, "حتفه": OutcomeKilled, "مصرعه": OutcomeKilled, "حتفهما": OutcomeKilled, "مصرعهما": OutcomeKilled,
	// People taken prisoner: "ستة جنود وقعوا في الأسر"، "أربعة عناصر
	// سقطوا أسرى". ("في قبضة" alone also holds the arrested and the
	// executed; see fellIntoHands.)
	"في الأسر": OutcomeCaptured, "بالأسر": OutcomeCaptured, "أسرى": OutcomeCaptured,
	"أسيرا": OutcomeCaptured, "أسيرين": OutcomeCaptured,
}

// combinedOutcome words after a number make one killed-or-wounded toll:
// "21 قتيلاً وجريحاً", "بين قتيل وجريح".
var combinedOutcome = words(OutcomeKilledOrWounded,
	"قتيلا وجريحا", "قتيل وجريح", "بين قتيل وجريح", "ما بين قتيل وجريح", "بين قتيل ومصاب", "قتيلا ومصابا",
	"شهيد وجريح", "بين شهيد وجريح", "شهيدا وجريحا", "قتلى وجرحى", "بين قتلى وجرحى", "إصابات بين قتيل وجريح",
	"الشهداء والجرحى", "القتلى والجرحى", "الشهداء والمصابين", "القتلى والمصابين", "الضحايا والجرحى", "شهداء وجرحى",
	"قتلى ومصابين", "قتلى ومصابون", "شهداء ومصابين", "قتلى وجرحى ومصابين",
)

// earlierCues mark a toll the source gave before: "بعد أن كانت الحصيلة السابقة 9".
var earlierCues = words("earlier",
	"الحصيلة السابقة", "حصيلة سابقة", "حصيلة أولى", "الحصيلة الأولى", "حصيلة سابقة بلغت", "بعد أن كانت", "بعد أن كان", "بعد أن كانوا", "بعد أن كانا", "بعد أن كانتا", "في حصيلة سابقة", "كانت الحصيلة", "الحصيلة الأولية",
	"حصيلة أولية", "في وقت سابق", "في البداية", "في بادئ الأمر", "بادئ الأمر",
	// "تحدث في أول الأمر عن 6 قتلى"، "أعلنت في بيانها الأول سقوط قتيلين"،
	// "في إحصائية سابقة": the first word of a source, or its first report.
	"في أول الأمر", "أول الأمر", "في البدء", "في بيانها الأول", "في بيانه الأول", "في بيان أول",
	"في تقريرها الأول", "في تقريره الأول", "في حصيلتها الأولى", "في حصيلته الأولى", "في أول حصيلة",
	"في إحصائية أولية", "في إحصائية سابقة", "في إحصائيته الأولى", "في إحصائيتها الأولى",
	// The first or former figures as the subject of a report verb:
	// "وكانت الأرقام الأولى قد أشارت إلى 20". (Preliminary ones, "التقديرات
	// الأولية تشير إلى", are as often the current toll.)
	"الأرقام الأولى", "الأرقام السابقة", "الإحصائية السابقة", "التقديرات السابقة", "الإحصاءات السابقة",
	// The toll replaced by a corrected one: "عدّلت حصيلتها إلى 9 بدلاً من 11".
	"بدلا من", "بدلاً من", "عوضا عن", "عوضاً عن",
	// "Up (down) from N" after the current toll: "قُتل 33، ارتفاعاً من 12
	// صباحاً"، "صعوداً من سبعة".
	"ارتفاعا من", "ارتفاعاً من", "صعودا من", "صعوداً من", "انخفاضا من", "انخفاضاً من",
	"تراجعا من", "تراجعاً من", "نزولا من", "نزولاً من",
)

// revisedAfter follow a toll that was later revised: "نشرت حصيلة بلغت 10
// قتلى، قبل أن تصححها".
var revisedAfter = words("revised",
	"قبل أن تصحح", "قبل أن يصحح", "قبل أن تعدل", "قبل أن يعدل", "قبل أن ترتفع", "قبل أن يرتفع",
	"قبل أن تخفض", "قبل أن يخفض", "قبل أن تنخفض", "قبل أن ينخفض", "قبل أن ترفع", "قبل أن يرفع",
	"قبل أن تصححها", "قبل أن يصححها", "قبل أن تعدلها", "قبل أن يعدلها", "قبل أن يرفعها", "قبل أن ترفعها",
	"قبل أن يخفضها", "قبل أن تخفضها", "ثم رفعها", "ثم خفضها", "ثم عدلها",
	// "عاد" as an auxiliary: the source came back later with another word
	// on the toll ("قبل أن يعود ويعلن"، "ثم عادت لتؤكد").
	"قبل أن يعود ويعلن", "قبل أن تعود وتعلن", "قبل أن يعود ويؤكد", "قبل أن تعود وتؤكد",
	"قبل أن يعود ويرفع", "قبل أن تعود وترفع", "قبل أن يعود ويقول", "قبل أن تعود وتقول",
	"قبل أن يعود ليعلن", "قبل أن تعود لتعلن", "قبل أن يعود ليؤكد", "قبل أن تعود لتؤكد",
	"قبل أن يعود ويعدل", "قبل أن تعود وتعدل", "ثم عاد وأعلن", "ثم عادت وأعلنت", "ثم عاد ليعلن",
	"ثم عادت لتعلن", "ثم عاد وأكد", "ثم عادت وأكدت",
	// The toll turned out otherwise: "أحصى 15 قتيلاً، قبل أن يتبين أن
	// بعضهم جرحى"، "ثم اتضح أن العدد أقل".
	"قبل أن يتبين", "قبل أن تتبين", "قبل أن يتضح", "قبل أن تتضح", "ثم تبين", "ثم اتضح",
)

// subsetCues introduce a part of the preceding figure: "بينهم 4 أطفال".
var subsetCues = words("subset", "هم", "وهم", "هما", "وهما", "هن", "وهن", "بينهم", "بينهن", "من بينهم", "منهم", "منهن", "بينهما", "بينها", "أغلبهم", "معظمهم",
	"من ضمنهم", "ضمنهم", "من ضمنهن", "بمن فيهم", "بما فيهم", "بمن فيهن", "بما فيهن", "من بينهن", "غالبيتهم", "أكثرهم",
	// "one of them" before the person it names: "قُتل خمسة، أحدهم طفل"
	"أحدهم", "إحداهن", "أحدهما", "إحداهما", "أحدهن")

// groupWords tell who the counted people are. Later, more specific
// entries (with a qualifier) win over the bare noun.
var groupWords = map[string]string{
	"مقاتل": "fighters", "مقاتلين": "fighters", "مقاتلا": "fighters", "مقاتلون": "fighters",
	"عنصر": "fighters", "عناصر": "fighters", "عنصرا": "fighters", "عنصرين": "fighters",
	"مسلح": "fighters", "مسلحين": "fighters", "مسلحا": "fighters", "مسلحون": "fighters",
	"مخرب": "fighters", "مخربين": "fighters", "مخربون": "fighters", "مطلوب": "unknown", "مطلوبين": "unknown", "مطلوبا": "unknown",
	"مرتزقة": "fighters", "إرهابي": "fighters", "إرهابيين": "fighters", "إرهابيا": "fighters", "جهاديين": "fighters",
	"مدني": "civilians", "مدنيين": "civilians", "مدنيا": "civilians", "مدنيون": "civilians", "المدنيين": "civilians",
	"طفل": "civilians", "أطفال": "civilians", "طفلا": "civilians", "طفلين": "civilians", "طفلة": "civilians",
	"امرأة": "civilians", "نساء": "civilians", "سيدة": "civilians", "سيدات": "civilians",
	"مواطن": "civilians", "مواطنين": "civilians", "مواطنا": "civilians", "أبرياء": "civilians", "الأبرياء": "civilians",
	"عامل": "civilians", "عمال": "civilians", "موظفي": "civilians", "مزارع": "civilians", "مزارعين": "civilians", "راع": "civilians", "رعاة": "civilians",
	"شاب": "civilians", "شابا": "civilians", "شبان": "civilians", "فتى": "civilians", "رجل": "civilians", "رجال": "civilians",
	"رجلان": "civilians", "رجلين": "civilians", "شابان": "civilians", "شابين": "civilians",
	"مسن": "civilians", "مسنة": "civilians", "طفلان": "civilians", "شقيقان": "civilians", "شقيقين": "civilians", "امرأتان": "civilians",
	"امرأتين": "civilians", "مزارعان": "civilians", "مدنيان": "civilians", "مدنيين اثنين": "civilians",
	"قيادي": "fighters", "قياديا": "fighters", "قياديين": "fighters", "قياديان": "fighters", "مرافق": "fighters", "مرافقيه": "fighters",
	"مساعد": "fighters", "مساعدين": "fighters", "حارس": "unknown", "حراس": "unknown",
	"صحفي": "civilians", "صحفيين": "civilians", "صحفيا": "civilians", "إعلامي": "civilians", "إعلاميين": "civilians",
	"الكادر الطبي": "civilians", "كادر طبي": "civilians", "الكوادر الطبية": "civilians", "الطاقم الطبي": "civilians",
	"الطواقم الطبية": "civilians", "طاقم طبي": "civilians",
	"مسعف": "civilians", "مسعفين": "civilians", "طبيب": "civilians", "أطباء": "civilians", "ممرض": "civilians",
	"متطوع": "civilians", "متطوعين": "civilians", "طالب": "civilians", "طلاب": "civilians", "تلميذ": "civilians",
	"شخص": "unknown", "أشخاص": "unknown", "شخصا": "unknown", "شخصين": "unknown",
	// "وخمسة من أبناء القرية": the sons of a place are its people, of no side.
	"أبناء": "unknown",
	// The displaced, refugees, minors, the elderly and teachers are civilians.
	"نازح": "civilians", "نازحين": "civilians", "نازحون": "civilians", "نازحا": "civilians", "نازحان": "civilians",
	"لاجئ": "civilians", "لاجئين": "civilians", "لاجئون": "civilians", "لاجئا": "civilians",
	// ("قصر" and "معلم" are left out: they also read "palace" and "landmark").
	"قاصر": "civilians", "قاصرين": "civilians", "رضيع": "civilians", "رضع": "civilians",
	"مسنين": "civilians", "معلمين": "civilians", "مدرسين": "civilians", "ممرضين": "civilians",
	"جندي": "unknown", "جنود": "unknown", "جنديا": "unknown", "جنديين": "unknown", "عسكري": "unknown", "عسكريين": "unknown",
	"عسكريا": "unknown", "ضابط": "unknown", "ضباط": "unknown", "ضابطا": "unknown", "فرد": "unknown", "أفراد": "unknown",
	"أمريكي": "us_forces", "أمريكيين": "us_forces", "أمريكيا": "us_forces", "جنود أمريكيين": "us_forces", "جندي أمريكي": "us_forces",
	"جنديين أمريكيين": "us_forces", "عسكريين أمريكيين": "us_forces", "القوات الأمريكية": "us_forces", "متعاقد أمريكي": "us_forces",
	"جنود سوريين": "syrian_army", "جندي سوري": "syrian_army", "الجيش السوري": "syrian_army", "قوات النظام": "syrian_army",
	"عناصر قوات النظام": "syrian_army", "جيش النظام": "syrian_army", "جنود النظام": "syrian_army", "عناصر النظام": "syrian_army",
	"صفوف النظام": "syrian_army", "قوات الأسد": "syrian_army", "جيش الأسد": "syrian_army", "عسكريين سوريين": "syrian_army", "جنود الجيش": "syrian_army", "القوات الحكومية": "syrian_army",
	"القوات الموالية": "pro_government", "قوات موالية": "pro_government", "الموالين للنظام": "pro_government", "موالين للنظام": "pro_government",
	"الموالية للجيش السوري": "pro_government", "موالية للجيش": "pro_government", "الموالية للنظام": "pro_government", "موالية للنظام": "pro_government",
	"المتحالفين مع": "pro_government", "قوات شعبية": "pro_government", "الدفاع الوطني": "pro_government",
	"موالين لإيران": "iran_backed", "الموالين لإيران": "iran_backed", "موالية لإيران": "iran_backed", "الموالية لإيران": "iran_backed",
	"الحرس الثوري": "iran_backed", "حزب الله": "iran_backed", "الميليشيات الإيرانية": "iran_backed", "ميليشيات إيرانية": "iran_backed",
	"مستشارين إيرانيين": "iran_backed", "فاطميون": "iran_backed", "زينبيون": "iran_backed",
	"قسد": "sdf", "قوات سوريا الديمقراطية": "sdf", "مقاتلي قسد": "sdf",
	// Russian personnel count as pro-government; nationalities are people.
	"روس": "pro_government", "روسيين": "pro_government", "روسي": "pro_government", "الروس": "pro_government",
	"جنسيات": "unknown", "جنسية": "unknown", "الجنسية": "unknown",
	"داعش": "fighters", "التنظيم": "fighters",
	// Opposition words for their own men on the front: "في صفوف المرابطين".
	"مرابط": "fighters", "مرابطين": "fighters", "مرابطون": "fighters", "المرابطين": "fighters", "المرابطون": "fighters",
	"ثوار": "fighters", "الثوار": "fighters", "مجاهدين": "fighters", "المجاهدين": "fighters",
	// The attackers and infiltrators counted by the side that repelled them
	// are combatants ("قتلنا 40 من المهاجمين"), never the victims' toll.
	"مهاجم": "fighters", "مهاجمين": "fighters", "مهاجمون": "fighters", "مهاجما": "fighters", "مهاجمان": "fighters",
	"متسلل": "fighters", "متسللين": "fighters", "متسللون": "fighters", "متسللا": "fighters", "متسللان": "fighters",
	"انغماسي": "fighters", "انغماسيين": "fighters", "انغماسيون": "fighters",
	// Girls, boys and schoolgirls are civilians; "مرتزق" is how Kurdish and
	// opposition outlets name the enemy's men, in any number.
	"فتاة": "civilians", "فتاتين": "civilians", "فتاتان": "civilians", "فتيات": "civilians", "الفتيات": "civilians",
	"فتية": "civilians", "صبي": "civilians", "صبيين": "civilians", "صبيان": "civilians", "نسوة": "civilians",
	"طفلتين": "civilians", "طفلتان": "civilians", "طالبة": "civilians", "طالبات": "civilians",
	"مرتزق": "fighters", "مرتزقا": "fighters", "المرتزقة": "fighters",
	// The state's full name for its army: "جنود الجيش العربي السوري".
	"الجيش العربي السوري": "syrian_army", "جيشنا الباسل": "syrian_army", "عسكريين من الجيش": "syrian_army",
	// The jihadists' name for the same army ("عنصراً من الجيش النصيري"،
	// "جنود النصيرية"): the soldiers they say they killed.
	"الجيش النصيري": "syrian_army", "جنود النصيرية": "syrian_army", "جيش النظام النصيري": "syrian_army",
	// People at a protest or at prayer are civilians: "ثلاثة متظاهرين"،
	// "جرحى بين المحتجين"، "اثنان من المصلين".
	"متظاهر": "civilians", "متظاهرين": "civilians", "متظاهرون": "civilians", "متظاهرا": "civilians", "المتظاهرين": "civilians",
	"محتج": "civilians", "محتجين": "civilians", "محتجون": "civilians", "المحتجين": "civilians", "المحتجون": "civilians",
	"مصلين": "civilians", "مصلون": "civilians", "المصلين": "civilians",
	"المشاركين في التجمع": "civilians", "المشاركين في المظاهرة": "civilians", "المشاركين في الوقفة": "civilians",
	"المشاركين في المسيرة": "civilians", "المشاركين في الاحتفال": "civilians", "المشاركين في الاعتصام": "civilians",
}

// nonCasualtyNouns are counted nouns that never make a casualty figure.
var nonCasualtyNouns = words("thing",
	"صاروخ", "صواريخ", "قذيفة", "قذائف", "آلية", "آليات", "الآليات", "آلياتها", "آلياته", "آلياتهم", "الآلية",
	// gear and possessions counted after a toll ("ودمّر عدداً من آلياتها"):
	"مركبة", "مركبات", "عتاد", "أسلحة", "ذخائر", "مدافع", "راجمة", "راجمات", "منصة", "منصات",
	"سياراتهم", "سياراتها", "مواقعهم", "مواقعها", "مقراتهم", "مقراتها", "عرباتهم", "عرباتها",
	"عربة", "عربات", "مدرعة", "دبابة", "دبابات",
	"طائرة", "طائرات", "مسيرة", "مسيرات", "هدف", "أهداف", "هدفا", "غارة", "غارات", "ضربة", "ضربات",
	"موقع", "مواقع", "مقر", "مقرات", "مستودع", "مستودعات", "شاحنة", "شاحنات", "سيارة", "سيارات",
	"كيلومتر", "كم", "متر", "كيلو", "ساعة", "ساعات", "يوم", "أيام", "أسبوع", "شهر", "أشهر", "سنة", "سنوات", "عام", "أعوام",
	"دولار", "مليون دولار", "ليرة", "برميل", "طن", "نقطة", "نقاط", "بالمئة", "بالمائة", "في المئة", "في المائة",
	"عملية", "عمليات", "هجوم", "هجوما", "هجمات", "اعتداء", "اعتداءات", "استهداف", "استهدافا", "استهدافات",
	"خرق", "خرقا", "خروقات", "حادثة", "حوادث", "انفجار", "انفجارات", "كمين", "كمائن",
	"مرة", "مرات", "مستشفى", "مستشفيات", "مشفى", "مشاف", "قاعدة", "قواعد", "منزل", "منازل", "مبنى", "مباني", "رتل", "معسكر", "معسكرات", "مركز", "مراكز",
)

// targetWords characterise what was hit, as a short English phrase.
var targetWords = map[string]string{
	"مستودعات أسلحة": "weapons depots", "مستودع أسلحة": "weapons depot", "مستودعات للأسلحة": "weapons depots",
	"مستودعات ذخيرة": "ammunition depots", "مستودع ذخيرة": "ammunition depot", "مستودعات للذخيرة": "ammunition depots",
	"مستودعات صواريخ": "missile depots", "مستودع صواريخ": "missile depot", "مستودعات": "depots", "مستودع": "depot",
	"مخازن أسلحة": "weapons stores", "مخزن أسلحة": "weapons store", "مخازن ذخيرة": "ammunition stores", "مخازن": "stores",
	"مخازن تغذية": "food stores", "مخازن أغذية": "food stores", "مخازن غذائية": "food stores", "مخزن أغذية": "food store",
	"مراكز خدمات": "service centres", "مركز خدمات": "service centre", "مركز التنمية الريفية": "rural development centre",
	"مركز الحبوب": "grain centre", "مراكز الحبوب": "grain centres", "صوامع الحبوب": "grain silos", "صوامع": "grain silos",
	"معسكرات تدريب": "training camps", "معسكر تدريب": "training camp", "معسكرات": "camps", "معسكر": "camp",
	"مقر قيادة": "command headquarters", "مقرات": "headquarters", "مقر": "headquarters", "مقرات عسكرية": "military headquarters",
	"مواقع عسكرية": "military positions", "موقع عسكري": "military site", "مواقع": "positions", "موقع": "position",
	"نقاط عسكرية": "military posts", "نقطة عسكرية": "military post", "نقاط": "posts",
	"منشآت البنية التحتية": "infrastructure facilities", "منشآت": "facilities", "منشأة": "facility", "البنية التحتية": "infrastructure",
	"قاعدة عسكرية": "military base", "قاعدة": "base", "قواعد": "bases", "قاعدتي": "bases", "قاعدتين": "bases",
	"مطار": "airport", "مطار عسكري": "military airport", "مهبط": "airstrip",
	"منازل": "homes", "منزل": "home", "بيوت": "homes", "منازل المدنيين": "civilian homes", "حي سكني": "residential area",
	"أحياء سكنية": "residential areas", "منطقة سكنية": "residential area", "مناطق سكنية": "residential areas",
	"مستشفى": "hospital", "مشفى": "hospital", "مركز صحي": "health centre", "مستوصف": "clinic",
	"مدرسة": "school", "مدارس": "schools", "سوق": "market", "سوق شعبي": "market", "مسجد": "mosque", "فرن": "bakery", "مخبز": "bakery",
	"مخيم": "displacement camp", "مخيم للنازحين": "displacement camp", "مخيمات": "displacement camps",
	"سيارة": "vehicle", "سيارات": "vehicles", "شاحنة": "truck", "شاحنات": "trucks", "رتل": "military convoy", "رتلا": "military convoy",
	"قوات شعبية": "popular forces", "أبناء المنطقة": "local residents",
	"قوات موالية": "pro-government forces", "القوات الموالية": "pro-government forces",
	"مواقع قوات موالية": "pro-government forces' positions", "القوات المهاجمة": "attacking forces",
	"مدنيين": "civilians", "المدنيين": "civilians", "تجمعات": "gatherings",
	"محطة كهرباء": "power station", "محطة": "station", "شحنة أسلحة": "weapons shipment", "شحنات أسلحة": "weapons shipments",
	"منظومة دفاع جوي": "air defence system", "رادار": "radar", "مركز أبحاث": "research centre", "مركز البحوث العلمية": "scientific research centre",
	"مصنع": "factory", "معمل": "factory", "حقل": "oil field", "حقل نفط": "oil field", "بئر نفط": "oil well",
	"الفرن الآلي": "bakery", "فرن الخبز": "bakery", "فرن للخبز": "bakery", "أفران": "bakeries",
	"سيارة مدنية": "civilian vehicle", "مواطنون مدنيون": "civilians", "مدنيون": "civilians", "مدنيين أبرياء": "civilians",
	"الأعيان المدنية": "civilian objects", "مصادر الغذاء": "food sources", "مزارعين": "farmers", "المزارعين": "farmers",
	"جامعي الكمأة": "civilian truffle gatherers", "جامعو الكمأة": "civilian truffle gatherers",
	// the nominative of the plural, as a predicate names whom a strike
	// killed ("القتلى مزارعون"، "الضحايا فلاحون"), and other livelihoods
	// of the countryside: day labourers and scrap collectors
	"مزارعون": "farmers", "فلاحون": "farmers", "فلاحين": "farmers", "الفلاحين": "farmers",
	"عمال مياومون": "civilian day labourers", "عمال مياومين": "civilian day labourers", "عمالا مياومين": "civilian day labourers",
	"جامعو خردة": "civilian scrap collectors", "جامعي خردة": "civilian scrap collectors", "جامعو الخردة": "civilian scrap collectors",
	"جامعي الخردة": "civilian scrap collectors",
	"عمال":         "civilian workers", "سائقي الشاحنات": "civilian truck drivers",
	"حاجز": "checkpoint", "حاجزا": "checkpoint", "مقر قيادي": "command post", "مقرا قياديا": "command post",
	"إرهابيين": "militants", "مسلحين": "militants", "خلايا": "militant cells", "عناصر": "fighters",
	"محاور تهريب": "weapons smuggling routes", "طرق تهريب": "weapons smuggling routes", "قيادي": "militant commander",
	"قياديا": "militant commander", "تجمع": "gathering", "تجمعا": "gathering", "سوق الهال": "market", "كراج": "bus station",
	"مهجع": "barracks", "مهجعا": "barracks", "منصة إطلاق": "launch site", "منصات إطلاق": "launch sites",
	"قوافل": "convoys", "قافلة": "convoy", "جسر": "bridge", "معبر": "border crossing",
}

// singularPersons are singular nouns for one person, with the group they
// put the person in. Their duals ("مزارعان", "جنديين") count two.
var singularPersons = map[string]string{
	"مدني": "civilians", "طفل": "civilians", "طفلة": "civilians", "امرأة": "civilians", "سيدة": "civilians",
	"رجل": "civilians", "شاب": "civilians", "فتى": "civilians", "فتاة": "civilians", "مسن": "civilians", "مسنة": "civilians",
	"مواطن": "civilians", "مواطنة": "civilians", "صحفي": "civilians", "صحفية": "civilians", "مسعف": "civilians", "طبيب": "civilians",
	"ممرض": "civilians", "ممرضة": "civilians", "متطوع": "civilians", "مزارع": "civilians", "عامل": "civilians", "راع": "civilians",
	"سائق": "civilians", "معلم": "civilians", "مدرس": "civilians", "طالب": "civilians", "إعلامي": "civilians", "شقيق": "civilians",
	"جندي": "unknown", "عسكري": "unknown", "ضابط": "unknown", "ضابطة": "unknown", "مجندة": "unknown", "حارس": "unknown", "شخص": "unknown", "فرد": "unknown",
	"عنصر": "fighters", "مقاتل": "fighters", "مسلح": "fighters", "قيادي": "fighters", "قائد": "fighters", "مستشار": "unknown",
	"أمريكي": "us_forces", "متعاقد": "us_forces",
	"منتسب": "unknown", "عضو": "unknown", "مسؤول": "unknown", "مرافق": "unknown", "مهرب": "unknown",
	"راعي": "civilians", "ناشط": "civilians", "موظف": "civilians", "مختار": "civilians",
	// Feminine and other common nouns for one person; their duals
	// ("معلمتين", "شرطيان") count two.
	"معلمة": "civilians", "طالبة": "civilians", "موظفة": "civilians", "ناشطة": "civilians", "رضيع": "civilians",
	"رضيعة": "civilians", "نازح": "civilians", "نازحة": "civilians", "لاجئ": "civilians", "شرطي": "unknown",
	// One protester, one man at prayer; a wanted man is of no known side.
	"متظاهر": "civilians", "محتج": "civilians", "مصل": "civilians", "مطلوب": "unknown",
	// Officers named by rank: "مقتل جنرال روسي"، "إصابة عقيد في الجيش".
	"جنرال": "unknown", "عقيد": "unknown", "ملازم": "unknown", "رقيب": "unknown", "مجند": "unknown",
	// Feminine nouns whose masculine is listed above; their duals
	// ("طبيبتان") count two. Not "مقاتلة" nor "مدرسة" (a jet, a school),
	// nor "مسؤولة" (mostly "responsible for").
	"إعلامية": "civilians", "مسعفة": "civilians", "طبيبة": "civilians", "متطوعة": "civilians",
}

// personalOutcomes are outcome nouns with a pronoun that count one person:
// "ما أدى إلى مقتله", "وإصابة سائقه" is handled as a person noun.
var personalOutcomes = map[string]string{
	"مقتله": OutcomeKilled, "مقتلها": OutcomeKilled, "استشهاده": OutcomeKilled, "استشهادها": OutcomeKilled,
	"وفاته": OutcomeKilled, "وفاتها": OutcomeKilled,
	"اعتقاله": OutcomeCaptured, "اعتقالها": OutcomeCaptured, "اختطافه": OutcomeCaptured, "اختطافها": OutcomeCaptured,
}

// zeroCues say that nobody was hurt: a figure of zero for the outcome they
// name, which conflicts with another source's toll. "لم ترد معلومات عن
// إصابات" is not one of them: it says nothing is known (stance unknown).
var zeroCues = map[string]string{
	"دون وقوع إصابات": OutcomeWounded, "دون وقوع أي إصابات": OutcomeWounded, "دون إصابات": OutcomeWounded,
	"بدون إصابات": OutcomeWounded, "لم يسفر عن إصابات": OutcomeWounded, "لم يسفر عن أي إصابات": OutcomeWounded,
	"لم تسفر عن إصابات": OutcomeWounded, "لم تسفر عن أي إصابات": OutcomeWounded, "لم تقع إصابات": OutcomeWounded,
	"لم تقع أي إصابات": OutcomeWounded, "لا إصابات": OutcomeWounded, "لم تسجل إصابات": OutcomeWounded,
	"لم تسجل أي إصابات": OutcomeWounded, "لم يصب أي": OutcomeWounded, "لم يصب أحد": OutcomeWounded,
	"لم يتعرض أي": OutcomeWounded, "لم يسفر عن وقوع إصابات": OutcomeWounded, "لم يؤد إلى إصابات": OutcomeWounded,
	"دون وقوع ضحايا": OutcomeKilledOrWounded, "لم يسفر عن ضحايا": OutcomeKilledOrWounded, "دون خسائر بشرية": OutcomeKilledOrWounded,
	"لم تقع خسائر بشرية": OutcomeKilledOrWounded, "لا خسائر بشرية": OutcomeKilledOrWounded, "دون وقوع خسائر بشرية": OutcomeKilledOrWounded,
	"لم يسفر عن خسائر بشرية": OutcomeKilledOrWounded, "لم تسفر عن خسائر بشرية": OutcomeKilledOrWounded,
	"دون وقوع قتلى أو جرحى": OutcomeKilledOrWounded, "لم يسفر عن قتلى أو جرحى": OutcomeKilledOrWounded,
	"لم يقتل أحد": OutcomeKilled, "لم يسقط قتلى": OutcomeKilled, "دون سقوط قتلى": OutcomeKilled, "دون وقوع قتلى": OutcomeKilled,
}

// adjacentDeeds are plural active verbs that give the outcome of a count
// only right after them: "إن المسلحين قتلوا تسعة رعاة"، "خسروا أربعة من
// مقاتليهم". Further back ("5 قتلوا في البلدة ثم 3 في أخرى") they are the
// passive of other people. Folded, without و.
var adjacentDeeds = map[string]string{"قتلوا": OutcomeKilled, "خسروا": OutcomeKilled,
	// the present and subjunctive plural: "قبل أن يقتلوا خمسة رعاة"،
	// "يعدمون أسراهم"; the active dual "قتلا ثلاثة".
	"يقتلوا": OutcomeKilled, "يقتلون": OutcomeKilled, "يعدموا": OutcomeKilled, "يعدمون": OutcomeKilled,
	"اعدموا": OutcomeKilled, "يخسروا": OutcomeKilled, "يخسرون": OutcomeKilled,
	// the doers' active "أصابوا" (they hurt), apart in its spelling from
	// the passive "أُصيبوا": "أطلقوا النار وأصابوا ثلاثة من المارة".
	"اصابوا": OutcomeWounded, "اصابا": OutcomeWounded, "يصيبوا": OutcomeWounded, "يصيبون": OutcomeWounded}
