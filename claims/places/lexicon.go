package places

import "github.com/riwaya/riwaya/claims/arabic"

// Qualifiers of a mention (Mention.Qualifier).
const (
	QualCountryside = "countryside" // ريف X: the rural area of X
	QualDesert      = "desert"      // بادية X: the desert around X
	QualNear        = "near"        // قرب، محيط، أطراف، ضواحي X
	QualCenter      = "center"      // وسط X
	QualDirection   = "direction"   // شرق X، شمالي شرقي X: in or towards that part of X
)

// number of a head noun: singular, dual or plural.
const (
	numOne = iota + 1
	numTwo
	numMany
)

// headDef describes a head noun: the kinds of place it introduces, in
// order of preference (nil: any kind), its number, and the qualifier it
// gives (ريف → countryside).
type headDef struct {
	name   string // the singular, for Mention.Head
	kinds  []Kind
	number int
	qual   string
}

// headGroup lists the written forms of one head noun. Forms are matcher
// phrases: "=" fixes the article state and turns suffix tolerance off.
type headGroup struct {
	name           string
	one, two, many []string
	kinds          []Kind
	qual           string
}

// headGroups are the head nouns that introduce a place name.
var headGroups = []headGroup{
	{"مدينة", []string{"=مدينة"}, []string{"=مدينتي", "=مدينتا", "=مدينتين", "=مدينتان"}, []string{"=مدن"},
		[]Kind{KindCity, KindTown, KindGovernorate}, ""},
	{"بلدة", []string{"=بلدة"}, []string{"=بلدتي", "=بلدتا", "=بلدتين", "=بلدتان"}, []string{"=بلدات"},
		[]Kind{KindTown, KindVillage, KindCity}, ""},
	{"قرية", []string{"=قرية"}, []string{"=قريتي", "=قريتا", "=قريتين", "=قريتان"}, []string{"=قرى"},
		[]Kind{KindVillage, KindTown}, ""},
	{"ناحية", []string{"=ناحية"}, []string{"=ناحيتي"}, []string{"=نواحي"},
		[]Kind{KindSubdistrict, KindTown, KindCity}, ""},
	{"مخيم", []string{"=مخيم"}, []string{"=مخيمي"}, []string{"=مخيمات"},
		[]Kind{KindSite, KindNeighbourhood, KindTown, KindVillage}, ""},
	{"حي", []string{"=حي"}, []string{"=حيي"}, []string{"=أحياء"},
		[]Kind{KindNeighbourhood}, ""},
	{"ضاحية", []string{"=ضاحية"}, nil, nil, []Kind{KindNeighbourhood, KindTown}, ""},
	{"منطقة", []string{"=منطقة"}, []string{"=منطقتي", "=منطقتين"}, []string{"=مناطق"}, nil, ""},
	{"محافظة", []string{"=محافظة"}, []string{"=محافظتي", "=محافظتين", "=محافظتا"}, []string{"=محافظات"},
		[]Kind{KindGovernorate}, ""},
	{"ولاية", []string{"=ولاية"}, nil, nil, []Kind{KindGovernorate}, ""},
	{"إقليم", []string{"=إقليم"}, nil, nil, []Kind{KindRegion, KindGovernorate}, ""},
	{"العاصمة", []string{"=العاصمة"}, nil, nil, []Kind{KindGovernorate, KindCity}, ""},
	{"ريف", []string{"=ريف", "=الريف"}, []string{"=ريفي", "=الريفين", "=ريفا"}, []string{"=أرياف", "=الأرياف"},
		[]Kind{KindGovernorate, KindCity, KindTown, KindVillage, KindRegion, KindDistrict}, QualCountryside},
	{"بادية", []string{"=بادية"}, nil, nil,
		[]Kind{KindGovernorate, KindCity, KindTown, KindRegion}, QualDesert},
	{"قاعدة", []string{"=قاعدة"}, []string{"=قاعدتي", "=قاعدتا", "=قاعدتين", "=قاعدتان"}, []string{"=قواعد"},
		[]Kind{KindBase, KindAirport, KindOilField, KindGasField, KindSite}, ""},
	{"مطار", []string{"=مطار"}, []string{"=مطاري", "=مطارا", "=مطارين"}, []string{"=مطارات"},
		[]Kind{KindAirport, KindBase}, ""},
	{"حقل", []string{"=حقل", "=حقل =نفط", "=حقل =غاز"}, []string{"=حقلي", "=حقلا", "=حقلين", "=حقلي =نفط", "=حقلي =غاز"},
		[]string{"=حقول", "=حقول =نفط", "=حقول =غاز"}, []Kind{KindOilField, KindGasField}, ""},
	{"معمل", []string{"=معمل", "=معمل =غاز"}, nil, nil, []Kind{KindGasField, KindOilField, KindSite}, ""},
	{"معبر", []string{"=معبر", "=منفذ"}, []string{"=معبري", "=معبرا", "=معبرين"}, []string{"=معابر"},
		[]Kind{KindCrossing}, ""},
	{"نهر", []string{"=نهر"}, []string{"=نهري"}, nil, []Kind{KindRiver}, ""},
	{"سد", []string{"=سد"}, nil, nil, []Kind{KindSite}, ""},
	{"سجن", []string{"=سجن"}, nil, nil, []Kind{KindSite}, ""},
	{"مستودعات", []string{"=مستودع", "=مستودعات"}, nil, nil, []Kind{KindSite}, ""},
	{"معسكر", []string{"=معسكر"}, nil, []string{"=معسكرات"}, []Kind{KindBase, KindSite}, ""},
	{"مجمع", []string{"=مجمع"}, nil, nil, []Kind{KindBase, KindSite}, ""},
	{"ميناء", []string{"=ميناء", "=مرفأ"}, nil, nil, []Kind{KindSite}, ""},
	{"مصفاة", []string{"=مصفاة"}, nil, nil, []Kind{KindSite}, ""},
}

// containerKinds are the kinds a single name takes after a plural head
// of settlements or quarters when no other name is coordinated with it:
// the name is then where the towns or quarters lie, not one of them
// ("بلدات دير الزور" → the governorate, "أحياء حلب" → the city). The
// head's singular names the entry.
var containerKinds = map[string][]Kind{
	"مدينة": {KindGovernorate, KindRegion, KindDistrict},
	"بلدة":  {KindGovernorate, KindRegion, KindDistrict, KindSubdistrict, KindCity},
	"قرية":  {KindGovernorate, KindRegion, KindDistrict, KindSubdistrict, KindCity, KindTown},
	"حي":    {KindCity, KindTown},
}

// cueClass is a set of roles a context word plays.
type cueClass uint16

const (
	cueLocative    cueClass = 1 << iota // a preposition or locative noun before a place
	cueNear                             // قرب، محيط ...: a "near" qualifier
	cueCenter                           // وسط
	cueDirection                        // شرق، شمالي ...: a direction before a place
	cueMedia                            // قناة، مراسل ...: an outlet's name follows
	cueSpeech                           // قالت، أفادت ...: a speaker follows
	cueAttrib                           // بحسب، وفق، نقلا: a source follows
	cueCredit                           // المصدر (in a credit line "المصدر: X")
	cueDirAdj                           // الشرقي ...: a direction adjective after a place
	cueAdj                              // الدولي، النفطي، الأمريكية ...: an adjective after a place
	cueAffiliation                      // موالية، التابعة، المدعومة ...: a patron follows, not a place
	cueStreet                           // شارع: a street named after a place follows, not the place
)

// cueWord is one context word or phrase.
type cueWord struct {
	phrase string
	class  cueClass
	dir    string // for directions: east, west, north, south
}

// cueWords are the context words the mention rules look at.
var cueWords = func() []cueWord {
	var w []cueWord
	add := func(c cueClass, dir string, phrases ...string) {
		for _, p := range phrases {
			w = append(w, cueWord{p, c, dir})
		}
	}
	add(cueLocative, "", "=في", "=من", "=إلى", "=على", "=نحو", "=اتجاه", "=داخل", "=بين", "=عند",
		"=حتى", "=عبر", "=مدخل", "=طريق", "=أوتوستراد", "=أهالي", "=سكان", "=أبناء", "=تجاه", "=خارج")
	add(cueLocative|cueNear, "", "=قرب", "=القرب =من", "=مقربة =من", "=محيط", "=أطراف", "=ضواحي",
		"=مشارف", "=تخوم", "=جوار", "=حول")
	add(cueLocative|cueCenter, "", "=وسط")
	add(cueLocative|cueDirection, "east", "=شرق", "=شرقي")
	add(cueLocative|cueDirection, "west", "=غرب", "=غربي")
	add(cueLocative|cueDirection, "north", "=شمال", "=شمالي")
	add(cueLocative|cueDirection, "south", "=جنوب", "=جنوبي")
	add(cueDirAdj, "east", "=الشرقي", "=الشرقية")
	add(cueDirAdj, "west", "=الغربي", "=الغربية")
	add(cueDirAdj, "north", "=الشمالي", "=الشمالية")
	add(cueDirAdj, "south", "=الجنوبي", "=الجنوبية")
	add(cueAdj, "", "=الدولي", "=العسكري", "=العسكرية", "=المدني", "=الجوي", "=الجوية", "=البحري",
		"=البحرية", "=النفطي", "=النفطية", "=النفطيين", "=النفطيان", "=الغازي", "=الغازية",
		"=الحدودي", "=الحدودية", "=الحدوديين", "=المحتل", "=المحتلة", "=الأثرية",
		"=الأمريكية", "=الأميركية", "=الأمريكي", "=الأميركي", "=الأمريكيتين", "=الأمريكيين",
		"=الروسية", "=الروسي", "=التركية", "=التركي", "=الإيرانية", "=الإيراني",
		"=السورية", "=السوري", "=العراقية", "=العراقي", "=اللبنانية", "=اللبناني", "=الأردنية", "=الأردني")
	add(cueMedia, "", "قناة", "فضائية", "تلفزيون", "شبكة", "صحيفة", "جريدة", "وكالة", "إذاعة", "مراسل",
		"=مراسلو", "مراسلة", "منصة", "شاشة", "مجلة", "معلومات", "تقرير", "كاميرا")
	add(cueSpeech, "", "=قال", "=قالت", "=قالوا", "=أفاد", "=أفادت", "=ذكر", "=ذكرت", "=نقل", "=نقلت",
		"=أكد", "=أكدت", "=أشار", "=أشارت", "=أوضح", "=أوضحت", "=كشف", "=كشفت", "=أورد", "=أوردت",
		"=بث", "=بثت", "=نشر", "=نشرت", "=أعلن", "=أعلنت", "=نفى", "=نفت", "=زعم", "=زعمت", "=رأى",
		"=رأت", "=تابع", "=تابعت", "=أضاف", "=أضافت", "=لفت", "=لفتت", "=حذر", "=حذرت", "=اعتبر",
		"=اعتبرت", "=تحدث", "=تحدثت", "=أفادته", "=بحسبما", "=حسبما", "=عرضت", "=عرض")
	add(cueAttrib, "", "=حسب", "=وفق", "=وفقا", "=نقلا", "=طبقا", "=مصدر", "=مصادر")
	add(cueCredit, "", "=المصدر")
	add(cueStreet, "", "=شارع")
	add(cueAffiliation, "", "موال*", "تابع*", "مدعوم*", "حليف*", "حلفاء", "مقرب*", "داعم*", "ولاء*",
		"متحالف*", "تدعم*", "يدعم*")
	return w
}()

// lexicon holds the compiled heads and context words.
type lexicon struct {
	heads    *arabic.Matcher
	headDefs []headDef
	cues     *arabic.Matcher
	cueDefs  []cueWord
}

// newLexicon compiles the head nouns and context words. Phrases that
// occur in several roles are merged.
func newLexicon() *lexicon {
	lx := &lexicon{}
	var hp []string
	for _, hg := range headGroups {
		for n, forms := range [][]string{hg.one, hg.two, hg.many} {
			for _, f := range forms {
				hp = append(hp, f)
				lx.headDefs = append(lx.headDefs, headDef{name: hg.name, kinds: hg.kinds, number: n + 1, qual: hg.qual})
			}
		}
	}
	lx.heads = arabic.NewMatcher(hp)
	at := make(map[string]int)
	var cp []string
	for _, c := range cueWords {
		if i, ok := at[c.phrase]; ok {
			lx.cueDefs[i].class |= c.class
			continue
		}
		at[c.phrase] = len(cp)
		cp = append(cp, c.phrase)
		lx.cueDefs = append(lx.cueDefs, c)
	}
	lx.cues = arabic.NewMatcher(cp)
	return lx
}

// fits reports the rank of kind k for a head with the given kinds: 0 is
// the most preferred; -1 means the head does not introduce that kind.
func fits(kinds []Kind, k Kind) int {
	if kinds == nil {
		return 0
	}
	for i, hk := range kinds {
		if hk == k {
			return i
		}
	}
	return -1
}

// compassPoint joins one or two directions: north + east → north_east.
func compassPoint(a, b string) string {
	if b == "" || a == b {
		return a
	}
	if (a == "north" || a == "south") && (b == "east" || b == "west") {
		return a + "_" + b
	}
	return a
}
