package gen

// Sides of the war, as far as who speaks leans: they decide which sources
// an outlet quotes first and how it words what happened.
const (
	sideGov    = "gov"    // the Syrian government and its media
	sideIran   = "iran"   // Iran and the groups it backs
	sideRussia = "russia" // Russia
	sideOpp    = "opp"    // the opposition and its media
	sideSDF    = "sdf"    // the SDF and the autonomous administration
	sideTurkey = "turkey" // Turkey
	sideUS     = "us"     // the United States and the coalition
	sideIsrael = "israel" // Israel
	sideIndep  = "indep"  // wires, Gulf and Western media, monitors abroad
)

// outlet is a publication that articles appear in.
type outlet struct {
	name   string // the name riwaya is given (--outlet): English
	ar     string // the Arabic name, for credit lines
	id     string // registry id: the outlet does not quote itself as another
	side   string
	self   string // how the outlet refers to itself: "المنصة"، "الوكالة"
	domain string // for URLs
}

// outlets are the publications of the corpus: 40 of them, from every side.
var outlets = []outlet{
	{"SANA", "سانا", "sana", sideGov, "الوكالة", "sana.sy"},
	{"Al-Watan", "صحيفة الوطن", "alwatan", sideGov, "الصحيفة", "alwatan.sy"},
	{"Al-Ikhbariya", "الإخبارية السورية", "syria_state_tv", sideGov, "القناة", "alikhbaria.sy"},
	{"Athr Press", "أثر برس", "athr_press", sideGov, "الموقع", "athrpress.com"},
	{"Tishreen", "صحيفة تشرين", "tishreen", sideGov, "الصحيفة", "tishreen.news.sy"},
	{"Al Mayadeen", "الميادين نت", "almayadeen", sideIran, "القناة", "almayadeen.net"},
	{"Al-Alam", "قناة العالم", "alalam", sideIran, "القناة", "alalam.ir"},
	{"Al-Manar", "قناة المنار", "almanar", sideIran, "القناة", "almanar.com.lb"},
	{"Tasnim News Agency", "وكالة تسنيم", "tasnim", sideIran, "الوكالة", "tasnimnews.com"},
	{"Ansar Allah", "موقع أنصار الله", "ansarallah", sideIran, "الموقع", "ansarollah.com.ye"},
	{"Al-Akhbar", "صحيفة الأخبار", "al_akhbar", sideIran, "الصحيفة", "al-akhbar.com"},
	{"RT Arabic", "روسيا اليوم", "rt_arabic", sideRussia, "القناة", "arabic.rt.com"},
	{"Sputnik", "سبوتنيك", "sputnik", sideRussia, "الوكالة", "sputnikarabic.ae"},
	{"TASS", "تاس", "tass", sideRussia, "الوكالة", "tass.ru"},
	{"Syria TV", "تلفزيون سوريا", "syria_tv", sideOpp, "الموقع", "syria.tv"},
	{"Enab Baladi", "عنب بلدي", "enab_baladi", sideOpp, "الصحيفة", "enabbaladi.net"},
	{"Orient News", "أورينت نت", "orient", sideOpp, "الموقع", "orient-news.net"},
	{"Step News", "وكالة ستيب الإخبارية", "step_news", sideOpp, "الوكالة", "stepagency-sy.net"},
	{"SY24", "منصة SY24", "sy24", sideOpp, "المنصة", "sy-24.com"},
	{"DeirEzzor 24", "شبكة دير الزور 24", "deirezzor24", sideOpp, "الشبكة", "deirezzor24.net"},
	{"Nedaa Syria", "نداء سوريا", "nedaa_syria", sideOpp, "الموقع", "nedaa-sy.com"},
	{"Hawar News Agency (ANHA)", "وكالة هاوار", "hawar", sideSDF, "الوكالة", "hawarnews.com"},
	{"North Press Agency", "نورث برس", "north_press", sideSDF, "الوكالة", "npasyria.com"},
	{"Rudaw", "روداو", "rudaw", sideSDF, "الشبكة", "rudaw.net"},
	{"Anadolu Agency", "الأناضول", "anadolu", sideTurkey, "الوكالة", "aa.com.tr"},
	{"TRT Arabi", "تي آر تي عربي", "trt_arabi", sideTurkey, "القناة", "trtarabi.com"},
	{"Al Arabiya", "العربية.نت", "alarabiya", sideIndep, "الموقع", "alarabiya.net"},
	{"Al Hadath", "الحدث", "alhadath", sideIndep, "القناة", "alhadath.net"},
	{"Sky News Arabia", "سكاي نيوز عربية", "skynews_arabia", sideIndep, "الموقع", "skynewsarabia.com"},
	{"Asharq Al-Awsat", "الشرق الأوسط", "asharq_alawsat", sideIndep, "الصحيفة", "aawsat.com"},
	{"Al Jazeera", "الجزيرة نت", "aljazeera", sideIndep, "الموقع", "aljazeera.net"},
	{"BBC Arabic", "بي بي سي عربي", "bbc_arabic", sideIndep, "الموقع", "bbc.com/arabic"},
	{"France 24", "فرانس 24", "france24", sideIndep, "القناة", "france24.com/ar"},
	{"Independent Arabia", "إندبندنت عربية", "independent_arabia", sideIndep, "الموقع", "independentarabia.com"},
	{"Al-Quds Al-Arabi", "القدس العربي", "alquds_alarabi", sideIndep, "الصحيفة", "alquds.co.uk"},
	{"Alhurra", "الحرة", "alhurra", sideUS, "القناة", "alhurra.com"},
	{"Shafaq News", "شفق نيوز", "shafaq", sideIndep, "الوكالة", "shafaq.com"},
	{"Xinhua", "شينخوا", "xinhua", sideIndep, "الوكالة", "arabic.news.cn"},
	{"Asharq News", "الشرق للأخبار", "asharq_news", sideIndep, "الموقع", "asharq.com"},
	{"An-Nahar", "النهار العربي", "annahar", sideIndep, "الصحيفة", "annahar.com"},
}
