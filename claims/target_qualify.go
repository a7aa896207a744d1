package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// targetAdjectives are the relational adjectives (nisba) that say what
// kind of place or thing was hit when they follow its noun: "مبانٍ سكنية",
// "الكلية الحربية", "منشآت صناعية", "الحاويات التجارية", "مواقع إيرانية".
// One entry covers the feminine, the plurals and the accusative tanween
// by suffix tolerance; three-letter stems list their feminine.
var targetAdjectives = map[string]string{
	"عسكري": "military", "حربي": "military", "أمني": "security", "قتالي": "combat", "تدريبي": "training",
	"مدني": "civilian", "سكني": "residential", "صناعي": "industrial", "تجاري": "commercial",
	"حكومي": "government", "خدمي": "service", "تعليمي": "educational", "زراعي": "agricultural",
	"أثري": "archaeological", "ديني": "religious", "إنساني": "humanitarian", "إغاثي": "relief",
	"طبي": "medical", "طبية": "medical", "صحي": "health", "صحية": "health",
	"إيراني": "Iranian", "دولي": "international", "شعبي": "popular", "مدرسي": "school",
	// adjectives whose first letter is ب ك ل of the root, read whole by
	// adjectiveAt although a proclitic could be guessed in them
	"بحثي": "research", "علمي": "scientific", "بحري": "naval", "بلدي": "municipal", "بيئي": "environmental",
	"كيميائي": "chemical", "كيماوي": "chemical", "كهربائي": "electrical", "لوجستي": "logistics",
	"نفطي": "oil", "ثقافي": "cultural", "رياضي": "sports", "خيري": "charity", "إعلامي": "media",
}

// contentVerbs say what a place or a load holds: "حاويات تضم أسلحة",
// "مستودع يحتوي على ذخائر", "شاحنة محمّلة بالخضار".
var contentVerbs = map[string]bool{
	"تضم": true, "يضم": true, "تحوي": true, "يحوي": true, "تحتوي": true, "يحتوي": true, "تحتويان": true,
	"محمله": true, "محمل": true, "محملا": true, "محملات": true, "المحمله": true, "المحمل": true,
	"مليئه": true, "مليء": true, "ممتلئه": true, "مملوءه": true, "مخزنه": true, "تخزن": true, "يخزن": true,
	"فيها": true, "فيه": true, "تحمل": true, "يحمل": true, "تنقل": true, "ينقل": true,
}

// heldContents are what a depot, a container, a shipment or a truck holds;
// the content, not the box, says whether it was military.
var heldContents = map[string]string{
	"أسلحة": "weapons", "سلاح": "weapons", "أسلحة وذخائر": "weapons and ammunition", "ذخائر": "ammunition",
	"ذخيرة": "ammunition", "صواريخ": "missiles", "متفجرات": "explosives", "عتاد عسكري": "military equipment",
	"طائرات مسيرة": "drones", "مسيرات": "drones", "قذائف": "shells", "الطائرات المسيرة": "drones", "طائرات مسيّرة": "drones",
	"عبوات ناسفة": "explosive devices", "عبوات": "explosive devices", "مفخخات": "car bombs", "سيارات مفخخة": "car bombs",
	"ألغام": "mines", "طائرات بدون طيار": "drones", "عتاد": "military equipment", "معدات عسكرية": "military equipment",
	"مواد غذائية": "food", "أغذية": "food", "غذاء": "food", "طحين": "flour", "قمح": "wheat", "حبوب": "grain",
	"ملابس": "clothes", "ألبسة": "clothes", "أقمشة": "fabrics", "أدوية": "medicine", "مواد طبية": "medical supplies",
	"مساعدات": "aid supplies", "مساعدات إنسانية": "humanitarian aid", "قطع غيار": "spare parts", "قطع تبديل": "spare parts",
	"زيوت": "oils", "خضار": "vegetables", "خضراوات": "vegetables", "فواكه": "fruit", "بضائع": "goods",
	"أسطوانات الغاز": "household gas cylinders", "أسطوانات غاز": "household gas cylinders", "الغاز المنزلي": "household gas",
	"غاز الطهي": "household gas", "مواد بناء": "building materials",
	// what a building houses: teaching, research, treatment
	"قسم تعليمي": "educational section", "قسما تعليميا": "educational section", "أقسام تعليمية": "educational sections",
	"قاعات تدريس": "educational classrooms", "صفوف دراسية": "educational classrooms", "قاعات دراسية": "educational classrooms",
	"عيادات": "medical clinics", "عيادة": "medical clinic", "حليب": "milk", "سكر": "sugar", "أعلاف": "fodder", "أسمدة": "fertiliser",
}

// qualify extends the characterisation t matched at m with the
// relational adjectives that follow it ("مبنى سكني" → "residential
// building"), at most two. A definite adjective may be separated from an
// indefinite head by one word, its genitive ("مطار دمشق الدولي",
// "ميناء اللاذقية التجاري"); a definite adjective never qualifies an
// indefinite head directly, and an adjective with a proclitic starts
// something else.
func (x *Extractor) qualify(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, arabic.Match) {
	if people(t) || isForces(t) || m.Last <= m.First {
		return t, m
	}
	headDef := d.toks[m.First].Article
	for n := 0; n < 2; n++ {
		j := m.Last
		adj, am, ok := x.adjectiveAt(d, r, in, j)
		if !ok && n == 0 && !headDef && j+1 < r.hi && in(j) && d.toks[j].Kind == arabic.TokWord && !d.toks[j].Article && d.toks[j].Clitics == "" {
			// "مطار دمشق الدولي": the adjective after a genitive name (not
			// after a definite genitive: in "قاعدة التحالف الدولي" the
			// adjective is the genitive's).
			if a2, am2, ok2 := x.adjectiveAt(d, r, in, j+1); ok2 && d.toks[j+1].Article {
				adj, am, ok = a2, am2, true
			}
		}
		if !ok && n == 0 && !headDef {
			// "مطار المزة العسكري"، "مطار "التيفور" العسكري": a definite
			// place name is no body the adjective could qualify, so it
			// qualifies the head before the name.
			if after, named := x.definitePlaceAt(d, r, in, j); named {
				if a2, am2, ok2 := x.adjectiveAt(d, r, in, after); ok2 && d.toks[after].Article {
					adj, am, ok = a2, am2, true
				}
			}
		}
		if !ok {
			break
		}
		if d.toks[am.First].Article && !headDef && am.First == m.Last {
			break // "مبنى العسكري…": not an adjective of this head
		}
		if strings.Contains(t, adj) {
			m.Last = am.Last
			continue
		}
		t = adj + " " + t
		m.Last = am.Last
	}
	return t, m
}

// adjectiveAt matches a target adjective at j, in the claim, without a
// proclitic. The tokenizer's guess of a proclitic does not decide: the
// matcher's reading of the whole word does, so that an adjective whose
// root starts with ب ك ل ("بحثية"، "كهربائية"، "لوجستية") qualifies its
// noun, while "وعسكرية" or "بمدنية" (with a real proclitic) do not.
func (x *Extractor) adjectiveAt(d *doc, r region, in func(int) bool, j int) (string, arabic.Match, bool) {
	if j >= r.hi || !in(j) || d.toks[j].Kind != arabic.TokWord {
		return "", arabic.Match{}, false
	}
	if c := d.toks[j].Clitics; c != "" && c != "ب" && c != "ك" && c != "ل" {
		return "", arabic.Match{}, false
	}
	a, am, ok := x.targetAdj.at(d.toks, j)
	if !ok || am.Clitics != "" || am.Lead != 0 {
		return "", arabic.Match{}, false
	}
	return a, am, true
}

// contentOf is what a target holds, told by a content verb ("حاويات
// تضم أسلحة") or by a genitive content right after it ("حاويات غذاء").
func (x *Extractor) contentOf(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, bool) {
	if people(t) || isForces(t) {
		return "", false
	}
	j := m.Last
	if j >= r.hi || !in(j) {
		return "", false
	}
	if c, cm, ok := x.contents.at(d.toks, j); ok && (cm.Clitics == "" || cm.Clitics == "ل") {
		return c, true
	}
	j = pastWherePhrase(d, r, in, j)
	if j >= r.hi || !contentVerbs[d.toks[j].Norm] && !contentVerbs[d.toks[j].Stem] {
		return "", false
	}
	for k := j + 1; k < r.hi && k <= j+3 && in(k); k++ {
		u := d.toks[k]
		if u.Kind != arabic.TokWord && !u.IsQuote() {
			break
		}
		if c, _, ok := x.contents.at(d.toks, k); ok {
			return c, true
		}
		if u.Norm != "علي" && !u.IsQuote() {
			break
		}
	}
	return "", false
}

// targetLifeWords widen targetWords with the places, loads and people that
// news on strikes in Syria names as hit: trade and transport (a port, its
// container yard, runways, shops, a bus or a taxi), worship and study,
// crowds by who they are (pilgrims, worshippers, passers-by), and on the
// military side command rooms, units and launch or air-defence sites.
// Adjectives after them are read by qualify ("مبنى سكني", "مهبط عسكري").
var targetLifeWords = map[string]string{
	"حاويات": "containers", "حاوية": "container", "الحاويات": "containers",
	"ساحة الحاويات": "container yard", "ساحة حاويات": "container yard", "ساحة تخزين الحاويات": "container yard",
	"محطة الحاويات": "container terminal", "مرفأ": "port", "ميناء": "port", "موانئ": "ports", "مرافئ": "ports",
	// a quay of a port; bare, "رصيف" is a city pavement, which says where
	"رصيف الميناء": "port quay", "رصيف المرفأ": "port quay", "أرصفة الميناء": "port quays", "أرصفة المرفأ": "port quays",
	"رصيف بحري": "port quay", "الرصيف البحري": "port quay",
	"مدرج": "runway", "مدارج": "runways", "مهابط": "runways", "مدرج المطار": "runway", "برج المراقبة": "control tower",
	"صالة المسافرين": "passenger terminal", "بنى تحتية": "infrastructure", "بنية تحتية": "infrastructure", "البنى التحتية": "infrastructure",
	"منطقة صناعية": "industrial zone", "المنطقة الصناعية": "industrial zone", "المدينة الصناعية": "industrial city",
	"شقة": "apartment", "شقق": "apartments", "عمارة": "building", "بناية": "building", "مجمع": "complex", "مجمعات": "complexes", "مجمع سكني": "residential complex", "مجمع مدارس": "school complex",
	"تجمعات سكنية": "residential clusters", "محال تجارية": "shops", "محلات تجارية": "shops", "محال": "shops", "محلات": "shops",
	"متاجر": "shops", "متجر": "shop", "دكان": "shop", "صيدلية": "pharmacy", "مطعم": "restaurant", "مطاعم": "restaurants",
	"مقهى": "cafe", "كنيسة": "church", "كنائس": "churches", "مساجد": "mosques", "=جامع": "mosque", "=الجامع": "mosque", "مرقد": "shrine",
	"مقام": "shrine", "دور عبادة": "places of worship", "حافلة": "bus", "حافلات": "buses", "باص": "bus",
	"حافلة ركاب": "passenger bus", "حافلة نقل ركاب": "passenger bus", "سيارة أجرة": "taxi", "سيارات أجرة": "taxis",
	// a staff shuttle ("حافلة مبيت") takes soldiers or workers to their
	// post: it names no side until an adjective or its load does
	"حافلة مبيت": "shuttle bus", "حافلات مبيت": "shuttle buses", "باص مبيت": "shuttle bus",
	"حافلة مبيت عسكرية": "military shuttle bus", "حافلة مبيت عسكري": "military shuttle bus",
	"حافلات مبيت عسكرية": "military shuttle buses", "باص مبيت عسكري": "military shuttle bus",
	"تكسي": "taxi", "مرافق مدنية": "civilian facilities", "ممتلكات المدنيين": "civilian property",
	"زوار": "pilgrims", "الزوار": "pilgrims", "زائرين": "pilgrims", "مصلين": "worshippers", "المصلين": "worshippers",
	"مارة": "passers-by", "المارة": "passers-by", "متسوقين": "shoppers", "المتسوقين": "shoppers",
	"طلاب": "students", "الطلاب": "students", "تلاميذ": "pupils", "صحفيين": "journalists", "نازحين": "displaced people",
	"النازحين": "displaced people", "لاجئين": "refugees",
	"غرفة عمليات": "operations room", "غرف عمليات": "operations rooms", "مركز قيادة": "command centre",
	"مراكز قيادة": "command centres", "مقرات قيادة": "command headquarters", "مراكز القيادة والسيطرة": "command and control centres",
	"كتيبة": "battalion", "كتيبة دفاع جوي": "air defence battalion", "فوج": "regiment", "مرابض": "artillery positions",
	"مربض": "artillery position", "آليات عسكرية": "military vehicles",
	"منظومات دفاع جوي": "air defence systems", "بطاريات دفاع جوي": "air defence batteries", "منظومة الدفاع الجوي": "air defence system",
	"محطة رادار": "radar station", "رادارات": "radars", "منظومة الإنذار المبكر": "early warning system",
	"مستودعات ذخائر": "ammunition depots", "مخزن ذخيرة": "ammunition store", "مخزنا للذخيرة": "ammunition store",
	"مستودع للأسلحة": "weapons depot", "شحنة أسلحة إيرانية": "Iranian weapons shipment", "أهداف إيرانية": "Iranian targets",
	"أهدافا إيرانية": "Iranian targets", "مواقع إيرانية": "Iranian positions",
	// oil worked by hand or in small plants, which locals live on and
	// which a belligerent may say an armed group uses ("يستخدمها التنظيم")
	"مصفاة": "oil refinery", "مصافي": "oil refineries", "مصاف": "oil refineries", "مصفاة نفط": "oil refinery",
	"مصافي نفط": "oil refineries", "حراقات": "oil burners", "حراقة": "oil burner", "حراقات النفط": "oil burners",
	"حراقات بدائية": "primitive oil burners", "مصافي بدائية": "primitive oil refineries",
	// fuel carried by sea or road and the merchant ships that carry trade:
	// civilian unless a source names an armed owner ("صهاريج نفط للتنظيم");
	// a troop carrier ("ناقلة جند") is an armoured vehicle
	"ناقلة نفط": "oil tanker", "ناقلة النفط": "oil tanker", "ناقلات نفط": "oil tankers", "ناقلات النفط": "oil tankers",
	"ناقلة وقود": "fuel tanker", "ناقلات وقود": "fuel tankers", "صهريج وقود": "fuel tanker", "صهاريج وقود": "fuel tankers",
	"صهريج نفط": "oil tanker", "صهاريج نفط": "oil tankers", "صهريج محروقات": "fuel tanker", "صهاريج محروقات": "fuel tankers",
	"صهاريج": "tankers", "سفينة تجارية": "merchant ship", "سفن تجارية": "merchant ships", "سفينة شحن": "cargo ship",
	"سفن شحن": "cargo ships", "ناقلة جند": "armoured personnel carrier", "ناقلات جند": "armoured personnel carriers",
	"ناقلة جنود": "armoured personnel carrier", "ناقلات جنود": "armoured personnel carriers",
	// a centre names no side until its adjective does ("مركز تعليمي",
	// "مركز طبي", "مركز أمني")
	"مركز": "centre", "مراكز": "centres", "معابر": "crossings",
	"ورشات": "workshops", "ورش": "workshops", "ورشتين": "workshops", "ورشتي": "workshops", "مصفاتين": "oil refineries",
}

// bareOnly are nouns that name no side until something qualifies them
// ("مجمع سكني", "حافلة ركاب", "حافلة تقل عمالاً"): bare, they are skipped
// so that a characterisation later in the clause may be found.
var bareOnly = map[string]bool{"complex": true, "complexes": true, "bus": true, "buses": true, "centre": true, "centres": true,
	"shuttle bus": true, "shuttle buses": true}

// vehicleCarryVerbs say that a vehicle carries people: "تقل"، "تنقل"، "تحمل".
var vehicleCarryVerbs = map[string]bool{
	"تقل": true, "يقل": true, "تنقل": true, "ينقل": true, "تحمل": true, "يحمل": true, "تقلان": true, "كانت": true,
}

// carried reads who a vehicle carried, told right after it, possibly in a
// relative clause: "سيارة تقل مسلحين"، "حافلة كانت تقل عمالاً"، "الحافلة
// التي كانت تنقل زواراً".
func (x *Extractor) carried(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, bool) {
	if people(t) {
		return "", false
	}
	j := m.Last
	for n := 0; n < 3 && j < r.hi && in(j); n++ {
		switch d.toks[j].Norm {
		case "التي", "الذي", "كانت", "كان", "صغيره", "صغير", "كبيره", "كبير":
			// "حافلة صغيرة كانت تقل": a relative or a size between
			j++
			continue
		}
		break
	}
	if j < r.hi && in(j) {
		if carriedPronoun(d.toks[j].Stem) {
			// "على حافلة كانت تقلّهم"، "السيارة التي كانت تقله": whom the
			// pronoun points back at.
			return x.peopleInSentence(d, r, in, m.First)
		}
	}
	if j+1 >= r.hi || !in(j) || !in(j+1) || !vehicleCarryVerbs[d.toks[j].Stem] {
		return "", false
	}
	j++
	// "تقل عدداً من"، "تقل نحو عشرة"، "تقل أكثر من عشرين": a count
	// before whom it carried
	for n := 0; n < 4 && j+1 < r.hi && in(j+1) && (counted(d.toks[j]) || countWords[d.toks[j].Stem] || soCalledWords[d.toks[j].Stem] || d.toks[j].IsQuote()); n++ {
		if _, _, ok := x.targets.at(d.toks, j); ok {
			break // a dual counts itself: "تقل قائدين"
		}
		j++
	}
	if t2, _, ok := x.targets.at(d.toks, j); ok && people(t2) {
		return t2, true
	}
	if p, ok := aboard[d.toks[j].Stem]; ok {
		if p == "civilian clerics" && (j+1 >= r.hi || d.toks[j+1].Stem != "دين") {
			return "", false // "رجال" alone names no side
		}
		return p, true
	}
	return "", false
}

// countWords are the words of an approximate count before the people a
// vehicle carried: "نحو"، "قرابة"، "حوالي"، "أكثر من". Folded stems.
var countWords = foldedSet("عددا", "نحو", "قرابة", "حوالي", "زهاء", "أكثر", "اكثر", "من", "ما", "يزيد", "على")

// aboard are the people a vehicle carried (folded stems, accusative
// tanween and plurals) that the target lexicon does not name as such:
// soldiers say a military load, workers, passengers and clerics a civilian
// one.
var aboard = map[string]string{
	"جنود": "military personnel", "جنودا": "military personnel", "عسكريين": "military personnel", "عسكريون": "military personnel",
	"مجندين": "military personnel", "ضباط": "military personnel", "ضباطا": "military personnel",
	"جنديا": "military personnel",
	"عمالا": "civilian workers", "عاملات": "civilian workers", "عامله": "civilian workers", "عاملا": "civilian workers", "موظفين": "civilian workers", "موظفات": "civilian workers",
	"ركاب": "civilian passengers", "ركابا": "civilian passengers", "مسافرين": "civilian passengers", "مسافرون": "civilian passengers",
	"رجال": "civilian clerics", "زوار": "pilgrims", "زوارا": "pilgrims",
}

// peopleBefore finds the nearest people named before token j in the
// clause ("قتل 37 عنصراً ... في هجوم على حافلة كانت تقلهم"), whom a
// pronoun after j points back at.
func (x *Extractor) peopleBefore(d *doc, r region, in func(int) bool, j int) (string, bool) {
	for k := j - 1; k >= r.lo; k-- {
		if !in(k) {
			break
		}
		if carriedOutBy(d, k) {
			continue // "هجوم شنه عناصر من التنظيم": the doers
		}
		if t, _, ok := x.targets.at(d.toks, k); ok && people(t) {
			return t, true
		}
		if d.counted[k] {
			// "قتل 37 عنصراً": the counted dead, by their group
			if g, _, ok := x.groups.at(d.toks, k); ok && (g == "fighters" || g == "civilians") {
				return g, true
			}
		}
	}
	return "", false
}

// definitePlaceAt reports whether a one-word definite place name the
// gazetteer knows ("المزة"، "الشعيرات"), possibly in quotes, stands at j;
// it returns the token after the name and its closing quote.
func (x *Extractor) definitePlaceAt(d *doc, r region, in func(int) bool, j int) (int, bool) {
	quoted := j < r.hi && in(j) && d.toks[j].IsQuote()
	if quoted {
		j++
	}
	if j+1 >= r.hi || !in(j) || d.toks[j].Kind != arabic.TokWord || d.toks[j].Clitics != "" {
		return 0, false
	}
	if !d.toks[j].Article && !quoted {
		return 0, false // a bare genitive name is read by the case above
	}
	named := false
	for _, p := range d.places {
		if p.Name.Start == d.toks[j].Start && p.Name.End == d.toks[j].End {
			named = true
			break
		}
	}
	if !named {
		return 0, false
	}
	j++
	if quoted {
		if !d.toks[j].IsQuote() {
			return 0, false
		}
		j++
	}
	return j, j < r.hi
}
