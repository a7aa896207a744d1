package claims

// targetFireWords widen targetWords with how armies name what they hit
// when they answer fire or raid a front: the "sources of fire" or of the
// shells ("ردت على مصادر النيران"، "استهدفت مصادر إطلاق القذائف"), and
// the posts where fighters are stationed, entrenched or deployed ("نقاط
// تمركز"، "نقاط ارتكاز"، "نقاط انتشار"، "دشم"). Each names a military
// target in any war statement, whoever speaks.
var targetFireWords = map[string]string{
	// sources of fire and of shells, in the plural and the singular
	"مصادر النيران": "sources of fire", "مصدر النيران": "sources of fire", "مصادر النار": "sources of fire",
	"مصدر النار": "sources of fire", "مصادر إطلاق النار": "sources of fire", "مصدر إطلاق النار": "sources of fire",
	"مصادر إطلاق النيران": "sources of fire", "مصادر القذائف": "sources of fire", "مصدر القذائف": "sources of fire",
	"مصادر إطلاق القذائف": "sources of fire", "مصدر إطلاق القذائف": "sources of fire",
	"مصادر إطلاق الصواريخ": "sources of fire", "مصدر إطلاق الصواريخ": "sources of fire",
	"مصادر الصواريخ": "sources of fire",
	"مصادر الاعتداء": "sources of fire", "مصادر الاعتداءات": "sources of fire",
	"مواقع إطلاق القذائف": "launch sites", "مواقع إطلاق الصواريخ": "launch sites", "منصات إطلاق القذائف": "launch sites",
	"منصات إطلاق الصواريخ": "launch sites", "منصات صواريخ": "launch sites", "منصات الصواريخ": "launch sites",
	// where fighters are stationed, entrenched or deployed
	"نقاط تمركز": "military posts", "نقطة تمركز": "military post", "نقاط ارتكاز": "military posts",
	"نقطة ارتكاز": "military post", "نقاط انتشار": "military posts", "نقاط تحصن": "fortified posts",
	"نقاط محصنة": "fortified posts", "نقاط تواجد": "military posts", "نقاط وجود": "military posts",
	"دشم": "fortifications", "دشمة": "fortifications", "=متاريس": "fortifications",
	"نقطة مراقبة": "observation post", "نقاط مراقبة": "observation posts", "نقاط المراقبة": "observation posts",
	// a post, which its owner or adjective characterises ("نقطة للجيش
	// التركي"، "نقطة عسكرية")
	"=نقطة": "post", "=النقطة": "post", "=نقطتين": "posts", "=نقطتي": "posts",
	// patrols, in every state (exact: "دورياً" is "periodically")
	"=دورية": "patrol", "=الدورية": "patrol", "=دوريات": "patrols", "=الدوريات": "patrols", "=دوريتين": "patrols",
	"دورية أمنية": "security patrol", "دورية عسكرية": "military patrol", "دوريات أمنية": "security patrols",
	"دوريات عسكرية": "military patrols", "الدورية الأمنية": "security patrol", "الدورية العسكرية": "military patrol",
	// the branches and seats of the security services and of the staff
	"فرع المخابرات": "intelligence branch", "فرع للمخابرات": "intelligence branch", "فروع المخابرات": "intelligence branches",
	"مبنى المخابرات": "intelligence building", "مقر المخابرات": "intelligence headquarters",
	"فرع الأمن": "security branch", "فرع أمني": "security branch", "فرعا أمنيا": "security branch", "فروع أمنية": "security branches",
	"الفروع الأمنية": "security branches", "مفرزة أمنية": "security detachment", "مفارز أمنية": "security detachments",
	"مركز أمني": "security centre", "مركزا أمنيا": "security centre", "مقر أمني": "security headquarters", "مقرا أمنيا": "security headquarters",
	"هيئة الأركان": "General Staff headquarters", "مبنى هيئة الأركان": "General Staff headquarters",
	"رئاسة الأركان": "General Staff headquarters", "الأركان العامة": "General Staff headquarters",
	// a meeting of commanders, which a strike is said to have aimed at
	// ("استهدفت اجتماعاً لقادة في الفصيل"); a bare meeting names no side
	"اجتماع لقادة": "meeting of commanders", "اجتماعا لقادة": "meeting of commanders",
	"اجتماع قادة": "meeting of commanders", "اجتماع لقياديين": "meeting of commanders",
	"اجتماعا لقياديين": "meeting of commanders", "اجتماع لقيادات": "meeting of commanders",
	"اجتماعا لقيادات": "meeting of commanders",
	// fighters in construct with their group, as the object of an attack
	// ("ضد مقاتلي التنظيم"، "قصف تجمعات إرهابيي الفصيل"); the nominative
	// "مقاتلو" is the doer and is not listed
	"=مقاتلي": "fighters", "=إرهابيي": "militants",
	// army units by their rank in the order of battle ("استهدفت اللواء
	// المدرع"، "مقر الفوج")
	"لواء": "brigade", "ألوية": "brigades", "فوج": "regiment", "أفواج": "regiments",
	// but a fire brigade is a civil service
	"فوج إطفاء": "fire brigade", "فوج الإطفاء": "fire brigade", "فوج للإطفاء": "fire brigade",
	// a military vehicle (not the bare "آلية", which folds to the article
	// and "يه" and so would match "فيه")
	"آلية عسكرية": "military vehicle", "آلية للجيش": "vehicle of army forces",
	// tunnels dug under a front or a town (the plural: a single "نفق" may
	// be a road underpass)
	"أنفاق": "tunnels", "أنفاقا": "tunnels", "شبكة أنفاق": "tunnel network",
	// where civilian life buys fuel and receives guests
	"محطة وقود": "fuel station", "محطة محروقات": "fuel station", "محطات وقود": "fuel stations",
	"محطات محروقات": "fuel stations", "كازية": "fuel station", "مضافة": "guesthouse", "مضافات": "guesthouses",
}

// constructHeads are the characterisations that a construct with people
// or forces completes without ل: "حافلات المهجرين"، "قافلة أهالي
// البلدتين"، "مقرات جبهة النصرة"، "تجمعات إرهابيي الفصيل".
var constructHeads = map[string]bool{
	"bus": true, "buses": true, "convoy": true, "convoys": true, "vehicle": true, "vehicles": true,
	"gathering": true, "gatherings": true, "building": true, "buildings": true, "facility": true, "facilities": true,
	"headquarters": true, "positions": true, "position": true, "depot": true, "depots": true, "post": true,
	"posts": true, "patrol": true, "patrols": true, "targets": true, "target": true,
}

// targetArmedOwners widen targetOwners with the armed bodies that news on
// Syria names as whose a place was, after ل ("نقطة للجيش التركي"،
// "أهدافاً للوحدات الكردية"، "مواقع لهيئة تحرير الشام"), or as who uses
// it ("مخازن يستخدمها حزب العمال الكردستاني"): armies, militias and
// armed factions by name. The English names carry a word TargetClass
// reads as military (forces, militants, militia).
var targetArmedOwners = map[string]string{
	// state armies and their forces
	"جيش النظام": "regime forces", "قوات الأسد": "regime forces", "جيش الأسد": "regime forces",
	"النظام السوري": "regime forces", "قوات النظام السوري": "regime forces", "الجيش العربي السوري": "army forces",
	"القوات الحكومية": "government forces", "القوات السورية": "army forces", "قوات الجيش": "army forces",
	"الجيش التركي": "Turkish army forces", "القوات التركية": "Turkish army forces",
	"القوات الروسية": "Russian army forces", "الجيش الروسي": "Russian army forces",
	"القوات الأمريكية": "US army forces", "القوات الأميركية": "US army forces", "الجيش الأمريكي": "US army forces",
	"الجيش الأميركي": "US army forces", "القوات الإيرانية": "Iranian forces", "فيلق القدس": "IRGC Quds Force",
	"الحشد الشعبي": "PMF militia",
	// the regime's auxiliaries, as the opposition and its factions name
	// them ("تجمعاً للشبيحة"، "مقراً للجان الشعبية"، "حاجزاً للدفاع الوطني")
	"الشبيحة": "shabiha militia", "شبيحة": "shabiha militia", "شبيحة النظام": "shabiha militia",
	"اللجان الشعبية": "popular committees militia", "لجان شعبية": "popular committees militia",
	"الدفاع الوطني": "National Defence militia", "قوات الدفاع الوطني": "National Defence militia",
	"ميليشيا الدفاع الوطني": "National Defence militia",
	// armed factions and organisations by name
	"الوحدات الكردية": "Kurdish YPG militia", "وحدات حماية الشعب": "Kurdish YPG militia",
	"ي ب ك": "Kurdish YPG militia", "حزب العمال الكردستاني": "PKK militants", "بي كا كا": "PKK militants",
	"العمال الكردستاني": "PKK militants", "بي كي كي": "PKK militants",
	"قوات سوريا الديمقراطية": "sdf forces", "هيئة تحرير الشام": "HTS militants", "تحرير الشام": "HTS militants",
	"جبهة النصرة": "Nusra militants", "النصرة": "Nusra militants", "تنظيم جبهة النصرة": "Nusra militants",
	"جيش الإسلام": "Jaish al-Islam militants", "فيلق الرحمن": "Faylaq al-Rahman militants",
	"أحرار الشام": "Ahrar al-Sham militants", "الجيش الوطني": "SNA armed factions", "الجيش الوطني السوري": "SNA armed factions",
	"الجيش الحر": "FSA armed factions", "فصائل المعارضة": "opposition armed factions",
	"الفصائل المعارضة": "opposition armed factions", "المعارضة المسلحة": "opposition armed factions",
	// fighters named as such, in construct with their group ("مواقع
	// لإرهابيي النصرة")
	"إرهابيي": "terrorists", "أهالي": "local residents",
	// security services, whose posts and patrols are armed ("دورية لقوات
	// الأمن"، "حاجز للأمن العام")
	"قوات الأمن": "security forces", "قوات الأمن العام": "General Security forces", "قوى الأمن الداخلي": "internal security forces",
	"الأسايش": "Asayish security forces", "الأمن الداخلي": "internal security forces",
	"الأمن العام": "General Security forces", "إدارة الأمن العام": "General Security forces",
	// forces of any name the lexicon lacks ("نقطة لقوات البيشمركة"،
	// "موقع لقوات التحالف"); the popular, local and tribal forces that
	// speakers set apart from armies keep their own words
	"قوات": "forces", "القوات": "forces", "قوات شعبية": "popular forces", "القوات الشعبية": "popular forces",
	"قوات محلية": "local forces", "القوات المحلية": "local forces", "قوات العشائر": "tribal forces",
	"قوات عشائرية": "tribal forces", "القوات العشائرية": "tribal forces",
}
