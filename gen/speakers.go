package gen

// speaker is someone an article quotes: a body, an anonymous official, a
// category of people. The names are the forms under which articles of the
// genre name it; riwaya's source registry knows them all.
type speaker struct {
	id     string   // the registry id the extractor should find
	names  []string // how an article names it first
	short  string   // how it is named again ("المرصد"); "" to leave the subject out
	fem    bool     // a singular feminine verb agrees with it
	plural bool     // a plural of people: "قالوا" after it
	side   string
	org    string   // the body in "المتحدث باسم ..."; "" when it has no spokesman
	people []string // spokesmen of org, title and name (invented people)
	anon   string   // the body in "مسؤول في ..."; "" when it has no anonymous officials
}

// speakers by key. The key is the registry id, or the id with a suffix
// when one body is named in forms of different gender.
var speakers = map[string]*speaker{
	// Syria: the government and its media
	"sana": {id: "sana", side: sideGov, fem: true, short: "الوكالة",
		names: []string{"وكالة سانا", "وكالة الأنباء الرسمية (سانا)", "الوكالة العربية السورية للأنباء", "وكالة سانا الرسمية"}},
	"syria_state_tv": {id: "syria_state_tv", side: sideGov, short: "التلفزيون",
		names: []string{"التلفزيون السوري", "التلفزيون الرسمي السوري"}},
	"military_source": {id: "syrian_army", side: sideGov, short: "المصدر",
		names: []string{"مصدر عسكري", "مصدر عسكري سوري", "مصدر ميداني في الجيش"}},
	"syrian_army": {id: "syrian_army", side: sideGov, short: "الجيش",
		names: []string{"الجيش السوري", "الجيش العربي السوري"}, anon: "الجيش السوري"},
	"army_command": {id: "syrian_army", side: sideGov, fem: true, short: "",
		names: []string{"القيادة العامة للجيش والقوات المسلحة", "القيادة العامة للجيش"}},
	"syria_mfa": {id: "syria_mfa", side: sideGov, fem: true, short: "الوزارة",
		names: []string{"وزارة الخارجية السورية", "الخارجية السورية"}},

	// monitors and people on the ground
	"sohr": {id: "sohr", side: sideOpp, short: "المرصد",
		names: []string{"المرصد السوري", "المرصد السوري المعارض", "المرصد السوري الذي يتخذ من بريطانيا مقراً"}},
	"snhr": {id: "snhr", side: sideOpp, fem: true, short: "الشبكة",
		names: []string{"الشبكة السورية لحقوق الإنسان"}},
	"white_helmets": {id: "white_helmets", side: sideOpp, short: "",
		names: []string{"الدفاع المدني السوري", "الدفاع المدني السوري (الخوذ البيضاء)"}},
	"response_coordinators": {id: "response_coordinators", side: sideOpp, short: "",
		names: []string{"فريق منسقو استجابة سوريا"}},
	"local_sources": {id: "local_sources", side: sideIndep, fem: true, short: "المصادر",
		names: []string{"مصادر محلية", "مصادر أهلية", "مصادر محلية متطابقة", "مصادر محلية في المنطقة"}},
	"medical_sources": {id: "medical_sources", side: sideIndep, fem: true, short: "المصادر",
		names: []string{"مصادر طبية", "مصادر طبية محلية"}},
	"media": {id: "media", side: sideIndep, fem: true, short: "",
		names: []string{"وسائل إعلام محلية", "وسائل إعلام معارضة", "وسائل إعلام مقربة من الحكومة"}},
	"activist": {id: "activist", side: sideOpp, short: "",
		names: []string{"الناشط الإعلامي سامر العبيد", "الناشط الميداني خالد الحمود", "الناشط الإعلامي أحمد الفراتي"}},
	"analyst": {id: "analyst", side: sideIndep, short: "",
		names: []string{"المحلل العسكري فايز الأسمر", "الخبير العسكري نادر الحلبي", "المحلل السياسي ماهر الجبوري", "الباحث في الشؤون العسكرية عمار سلوم"}},

	// the United States and the coalition
	"centcom": {id: "centcom", side: sideUS, fem: true, short: "",
		names: []string{"القيادة المركزية الأمريكية", "القيادة المركزية الأميركية (سنتكوم)"},
		org:   "القيادة المركزية الأمريكية", people: []string{"النقيب جوش ميلر", "الكابتن ديريك ووترز", "الرائد كيفن لاندري"}},
	"pentagon": {id: "pentagon", side: sideUS, fem: true, short: "الوزارة",
		names: []string{"وزارة الدفاع الأميركية", "وزارة الدفاع الأمريكية"},
		org:   "البنتاغون", people: []string{"العميد ستيفن هاركنيس", "غاري مورتون"}, anon: "وزارة الدفاع الأمريكية"},
	"pentagon_m": {id: "pentagon", side: sideUS, short: "",
		names: []string{"البنتاغون", "البنتاجون"}},
	"coalition": {id: "coalition", side: sideUS, short: "التحالف",
		names: []string{"التحالف الدولي", "التحالف الدولي ضد تنظيم داعش"},
		org:   "التحالف الدولي", people: []string{"الكولونيل جيمس بروكس", "الكولونيل ريتشارد ألين", "الكولونيل مايكل ستانتون"}, anon: "التحالف الدولي"},
	"us_official": {id: "us_government", side: sideUS, short: "المسؤول",
		names: []string{"مسؤول أمريكي", "مسؤول عسكري أمريكي", "مسؤول دفاعي أميركي"}},
	"us_officials": {id: "us_government", side: sideUS, plural: true, short: "المسؤولون",
		names: []string{"مسؤولون أمريكيون", "مسؤولون عسكريون أميركيون"}},

	// Russia
	"russia_mod": {id: "russia_mod", side: sideRussia, fem: true, short: "الوزارة",
		names: []string{"وزارة الدفاع الروسية"},
		org:   "وزارة الدفاع الروسية", people: []string{"اللواء فاديم سوكولوف", "الجنرال أوليغ بيلوف"}},
	"russia_reconciliation": {id: "russia_reconciliation", side: sideRussia, short: "",
		names: []string{"مركز المصالحة الروسي", "مركز المصالحة الروسي في حميميم"}},
	"russia_mfa": {id: "russia_mfa", side: sideRussia, fem: true, short: "الوزارة",
		names: []string{"وزارة الخارجية الروسية", "الخارجية الروسية"}},

	// Iran and its allies
	"iran_mfa": {id: "iran_mfa", side: sideIran, fem: true, short: "الوزارة",
		names: []string{"وزارة الخارجية الإيرانية", "الخارجية الإيرانية"},
		org:   "الخارجية الإيرانية", people: []string{"حسين رضائي", "مهدي كريمي"}},
	"iran_advisors": {id: "iran_advisors", side: sideIran, short: "المصدر",
		names: []string{"مصدر من المستشارين الإيرانيين"}},
	"resistance_iraq": {id: "islamic_resistance_iraq", side: sideIran, fem: true, short: "",
		names: []string{"المقاومة الإسلامية في العراق"}},

	// Turkey and the north-east
	"turkey_mod": {id: "turkey_mod", side: sideTurkey, fem: true, short: "الوزارة",
		names: []string{"وزارة الدفاع التركية"}},
	"sdf": {id: "sdf", side: sideSDF, fem: true, short: "",
		names: []string{"قوات سوريا الديمقراطية (قسد)", "قوات سوريا الديمقراطية"},
		org:   "قوات سوريا الديمقراطية", people: []string{"شيار درباسي", "جوان عفريني", "روكان ملا"}},
	"sdf_media": {id: "sdf", side: sideSDF, short: "",
		names: []string{"المركز الإعلامي لقوات سوريا الديمقراطية"}},
	"aanes": {id: "aanes", side: sideSDF, fem: true, short: "",
		names: []string{"الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"}},

	// Israel
	"idf": {id: "idf", side: sideIsrael, short: "الجيش",
		names: []string{"الجيش الإسرائيلي"},
		org:   "الجيش الإسرائيلي", people: []string{"يوآف شاحر", "إيلان بركات"}},
	"israel_media": {id: "israel_media", side: sideIsrael, fem: true, short: "",
		names: []string{"وسائل إعلام إسرائيلية", "وسائل إعلام عبرية"}},

	// the United Nations, aid bodies, other governments
	"un_envoy": {id: "un_envoy", side: sideIndep, short: "المبعوث",
		names: []string{"المبعوث الأممي إلى سوريا", "المبعوث الأممي الخاص إلى سوريا"}},
	"un": {id: "un", side: sideIndep, fem: true, short: "",
		names: []string{"الأمم المتحدة", "المنظمة الدولية"}},
	"ocha": {id: "ocha", side: sideIndep, short: "المكتب",
		names: []string{"مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)", "مكتب أوتشا"}},
	"icrc": {id: "icrc", side: sideIndep, fem: true, short: "اللجنة",
		names: []string{"اللجنة الدولية للصليب الأحمر"}},
	"us_state_dept": {id: "us_state_dept", side: sideUS, fem: true, short: "الوزارة",
		names: []string{"وزارة الخارجية الأمريكية", "الخارجية الأميركية"}},

	// armed groups
	"isis": {id: "isis", side: sideIndep, short: "التنظيم",
		names: []string{"تنظيم الدولة الإسلامية", "تنظيم داعش"}},
	"hts": {id: "hts", side: sideOpp, fem: true, short: "",
		names: []string{"هيئة تحرير الشام"}},

	// wires and papers abroad
	"reuters":  {id: "reuters", side: sideIndep, fem: true, short: "الوكالة", names: []string{"وكالة رويترز", "رويترز"}},
	"afp":      {id: "afp", side: sideIndep, fem: true, short: "الوكالة", names: []string{"وكالة فرانس برس"}},
	"ap":       {id: "ap", side: sideIndep, fem: true, short: "الوكالة", names: []string{"وكالة أسوشيتد برس"}},
	"xinhua":   {id: "xinhua", side: sideIndep, fem: true, short: "الوكالة", names: []string{"وكالة شينخوا"}},
	"sputnik":  {id: "sputnik", side: sideRussia, fem: true, short: "الوكالة", names: []string{"وكالة سبوتنيك"}},
	"tass":     {id: "tass", side: sideRussia, fem: true, short: "الوكالة", names: []string{"وكالة تاس"}},
	"anadolu":  {id: "anadolu", side: sideTurkey, fem: true, short: "الوكالة", names: []string{"وكالة الأناضول"}},
	"hawar":    {id: "hawar", side: sideSDF, fem: true, short: "الوكالة", names: []string{"وكالة هاوار"}},
	"nyt":      {id: "nyt", side: sideIndep, fem: true, short: "الصحيفة", names: []string{"صحيفة نيويورك تايمز"}},
	"wsj":      {id: "wsj", side: sideIndep, fem: true, short: "الصحيفة", names: []string{"صحيفة وول ستريت جورنال"}},
	"mayadeen": {id: "almayadeen", side: sideIran, fem: true, short: "القناة", names: []string{"قناة الميادين"}},
}

// wires are the speakers that relay others: "نقلت رويترز عن ...".
var wires = []string{"reuters", "afp", "ap", "xinhua", "sputnik", "tass", "anadolu", "nyt", "wsj"}
