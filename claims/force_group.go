package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// forceBodies name the forces and bodies whose members a toll counts, with
// the group their members make: "جريحان من الشرطة"، "ثلاثة قتلى من الأمن
// العام"، "تسعة من عناصر الأسايش"، "جريح من قوى الأمن الداخلي". They are
// read only where a partitive or a member noun points at them (see
// forceGroupAt), never anywhere after a count: "أصيب خمسة قرب مخفر الشرطة"
// counts no policemen. In a Syrian article the police, the security
// services and the army without a nationality are the state's forces; the
// Asayish and the SDF's councils are the SDF's; the National Defence is
// pro-government; the Free or National Army, the factions and the
// jihadist groups are fighters; another state's army is no group of ours.
var forceBodies = newLexicon(map[string]string{
	// the state's police, security and army
	"الشرطة": "syrian_army", "شرطة": "syrian_army", "قيادة الشرطة": "syrian_army", "الشرطة العسكرية": "syrian_army",
	"الأمن": "syrian_army", "الأمن الداخلي": internalSecurity, "قوى الأمن الداخلي": internalSecurity,
	"قوى الأمن": "syrian_army", "قوات الأمن": "syrian_army", "قوات الأمن الداخلي": internalSecurity,
	"الأمن العام": "syrian_army", "إدارة الأمن العام": "syrian_army", "جهاز الأمن العام": "syrian_army",
	"الأمن السوري": "syrian_army", "قوات الأمن السورية": "syrian_army", "قوى الأمن السورية": "syrian_army",
	"الأمن الوطني": "syrian_army", "الأمن العسكري": "syrian_army", "الأمن الجنائي": "syrian_army",
	"الأجهزة الأمنية": "syrian_army", "حفظ النظام": "syrian_army", "حفظ الأمن والنظام": "syrian_army",
	"الجيش": "syrian_army", "الجيش السوري": "syrian_army", "الجيش العربي السوري": "syrian_army",
	"الجيش الجديد": "syrian_army", "قوات الجيش": "syrian_army", "القوات المسلحة": "syrian_army",
	"القوات الحكومية": "syrian_army", "قوات الحكومة": "syrian_army", "القوات السورية": "syrian_army",
	"وزارة الدفاع": "syrian_army", "وزارة الداخلية": "syrian_army", "قوات وزارة الدفاع": "syrian_army",
	"قوات النظام": "syrian_army", "جيش النظام": "syrian_army", "النظام": "syrian_army",
	"الحرس الجمهوري": "syrian_army", "الفرقة الرابعة": "syrian_army",
	"حرس الحدود": "syrian_army", "الجمارك": "syrian_army",
	// the SDF and its security
	"الأسايش": "sdf", "الآسايش": "sdf", "أسايش": "sdf", "قوات الأسايش": "sdf", "قسد": "sdf",
	"قوات سوريا الديمقراطية": "sdf", "وحدات حماية الشعب": "sdf", "وحدات حماية المرأة": "sdf",
	"المقاتلين الأكراد": "sdf", "القوات الكردية": "sdf", "قوات الأمن الكردية": "sdf",
	// pro-government militias, Iran's allies, the US
	"الدفاع الوطني": "pro_government", "قوات الدفاع الوطني": "pro_government", "القوات الرديفة": "pro_government",
	"الدفاع الشعبي": "pro_government", "قوات الدفاع الشعبي": "pro_government",
	"حزب الله": "iran_backed", "الحرس الثوري": "iran_backed", "الميليشيات الإيرانية": "iran_backed",
	"القوات الأمريكية": "us_forces", "الجيش الأمريكي": "us_forces", "قوات التحالف": "us_forces", "التحالف الدولي": "us_forces",
	// armed opposition and jihadist groups
	"الجيش الحر": "fighters", "الجيش السوري الحر": "fighters", "الجيش الوطني": "fighters", "الجيش الوطني السوري": "fighters",
	"الفصائل": "fighters", "فصائل المعارضة": "fighters", "المعارضة المسلحة": "fighters", "المعارضة": "fighters",
	"التنظيم": "fighters", "داعش": "fighters", "تنظيم داعش": "fighters", "تنظيم الدولة": "fighters",
	"هيئة تحرير الشام": "fighters", "الهيئة": "fighters", "المسلحين": "fighters", "المهاجمين": "fighters",
	// other states' armies and forces: people, of no group here
	"الجيش الإسرائيلي": "unknown", "جيش الاحتلال": "unknown", "الجيش التركي": "unknown", "القوات التركية": "unknown",
	"الجيش اللبناني": "unknown", "الجيش العراقي": "unknown", "الجيش الأردني": "unknown", "الجيش الروسي": "pro_government",
	"القوات الروسية": "pro_government", "الشرطة العسكرية الروسية": "pro_government", "القوات الإسرائيلية": "unknown",
	// people who are no force: civilians by trade or state
	"المدنيين": "civilians", "الأطفال": "civilians", "النساء": "civilians", "العمال": "civilians",
	"الصحفيين": "civilians", "الإعلاميين": "civilians", "المزارعين": "civilians", "الرعاة": "civilians",
	"المصلين": "civilians", "المتظاهرين": "civilians", "المحتجين": "civilians", "الأهالي": "civilians", "السكان": "civilians", "المسعفين": "civilians",
	"الدفاع المدني": "civilians", "الخوذ البيضاء": "civilians", "الكوادر الطبية": "civilians", "الطلاب": "civilians",
})

// forceMemberNouns name members of a force in a construct before it: "عناصر
// الشرطة"، "أفراد الأمن"، "منتسبي الأمن العام"، "رجال الأمن".
var forceMemberNouns = foldedSet("عناصر", "عنصر", "افراد", "فرد", "رجال", "منتسبي", "منتسب", "اعضاء", "عضو",
	"مقاتلي", "جنود", "عسكريي", "ضباط", "مرتب", "صفوف", "كوادر", "موظفي", "عمال")

// forceGroupAt reads the force or body at k that a partitive "من" or a
// member noun right before it points at ("قتيلان من الشرطة"، "جريحين من
// الأمن الداخلي"، "عناصر الأسايش"، "في صفوف الجيش"). It returns the group
// of its members and the end of the match. The Interior's forces called
// "قوى الأمن الداخلي" are the SDF's Asayish when the name follows them.
func forceGroupAt(d *doc, k, hi int) (string, int, bool) {
	if k < 1 || k >= hi {
		return "", 0, false
	}
	prev := d.toks[k-1]
	if prev.Kind != arabic.TokWord || prev.Norm != "من" && !forceMemberNouns[prev.Stem] && !forceMemberNouns[prev.Norm] {
		return "", 0, false
	}
	g, m, ok := forceBodies.at(d.toks, k)
	if !ok || m.Clitics != "" || m.Lead > 0 {
		return "", 0, false
	}
	return resolveForce(d, g, m), m.Last, true
}

// internalSecurity marks the name "(قوى) الأمن الداخلي", which both the
// Syrian Interior and the SDF's Asayish bear (see resolveForce).
const internalSecurity = "internal_security"

// resolveForce gives the group of a force matched by forceBodies at m:
// the internal security forces are the SDF's when the Asayish or the SDF
// are named in the same stretch of text ("عشرة قتلى من قسد ومن قوى الأمن
// الداخلي"، "قوى الأمن الداخلي (الأسايش)"), else the state's.
func resolveForce(d *doc, g string, m arabic.Match) string {
	if g != internalSecurity {
		return g
	}
	for k := max(0, m.First-40); k < len(d.toks) && k < m.Last+6; k++ {
		if sdfNameStems[d.toks[k].Stem] {
			return "sdf"
		}
	}
	return "syrian_army"
}

// sdfNameStems are folded stems that name the SDF or its Asayish.
var sdfNameStems = foldedSet("قسد", "اسايش", "اساييش", "الديمقراطيه", "ديمقراطيه", "ذاتيه")

// pronounMembers are member nouns with a third-person possessive suffix
// (folded stems): "عناصرها"، "أفراده"، "كوادرهم". Counted after "من" they
// are the members of a body named before; when that body is a rescue,
// relief or peacekeeping one they are no fighters (see civilBodyBefore).
var pronounMembers = foldedSet(
	"عناصرها", "عناصره", "عناصرهم", "عناصرهما", "افرادها", "افراده", "افرادهم",
	"اعضائها", "اعضائه", "اعضائهم", "منتسبيها", "منتسبيه", "كوادرها", "كوادره", "كوادرهم",
	"طواقمها", "فرقها")

// civilBodies are rescue, relief and peacekeeping bodies whose members
// counted as "من عناصرها" are not combatants.
var civilBodies = newLexicon(words("civil body",
	"الدفاع المدني", "الخوذ البيضاء", "فرق الإسعاف", "الإسعاف", "سيارات الإسعاف", "الهلال الأحمر",
	"الصليب الأحمر", "فرق الإطفاء", "الإطفاء", "الأمم المتحدة", "اليونيفيل", "قوات حفظ السلام",
	"المنظمة", "منظمة", "الفرق الطبية", "الطواقم الطبية", "الكوادر الطبية", "فرق الإنقاذ"))

// pronounMembersAt reports whether the token at k is such a member noun
// right after the partitive "من", with a civil body named shortly before.
func pronounMembersAt(d *doc, k int) bool {
	if k < 1 || d.toks[k].Kind != arabic.TokWord || d.toks[k-1].Norm != "من" || !pronounMembers[d.toks[k].Stem] {
		return false
	}
	return civilBodyBefore(d, k)
}

// civilBodyBefore reports whether a civil body is named in the thirty
// tokens before k.
func civilBodyBefore(d *doc, k int) bool {
	for j := max(0, k-30); j < k; j++ {
		if _, _, ok := civilBodies.at(d.toks, j); ok {
			return true
		}
	}
	return false
}

// combatantGroup reports whether g is the group of one armed force.
func combatantGroup(g string) bool {
	switch g {
	case "syrian_army", "sdf", "pro_government", "iran_backed", "us_forces":
		return true
	}
	return false
}
