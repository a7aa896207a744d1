package claims_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestWhoIsNotTheDoer: words that name a party without making it the doer
// of the claim's event. A disguise ("يرتدون زي X"، "بزي X"، "لباس X") says
// the attackers were not X; a charge of abetting ("متهماً X بغض الطرف"،
// "بتسهيل"، "بحماية") names X with the rule actor:abettor, and X's own
// denial right after ("وهو ما نفته X") denies X's part, not the event; the
// subject of a clause telling what a struck place served for, with no
// relative word after an indefinite noun ("مقراً كان التنظيم يستخدمه لشن
// هجمات"), is the place's user; armed men in the construct after a deed
// ("مجزرة مسلحي ...") or after stealing in ("تسلل المسلحون") are who did it,
// not what was hit. Each line is "source actor target [rule]". Sentences
// written for the test.
func TestWhoIsNotTheDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		// Disguises.
		{"وقالت مصادر محلية إن مسلحين متنكرين بزي الجيش السوري هاجموا حاجزاً في القرية.",
			[]string{"local_sources - checkpoint"}},
		{"وأفاد ناشطون بأن عناصر من داعش يرتدون لباس قسد اقتحموا البلدة.",
			[]string{"local_sources isis town"}},
		{"وأفاد ناشطون بأن مقاتلين يرتدون الزي العسكري لقوات النظام اقتحموا البلدة.",
			[]string{"local_sources - town"}},
		// Without a disguise the party is the doer.
		{"وقال المرصد إن قوات النظام اقتحمت البلدة.",
			[]string{"sohr syria_gov town"}},
		// Abetting, and the abettor's denial.
		{"وقال مسؤول محلي إن المسلحين عبروا من جهة الحدود، متهماً الحكومة التركية بغض الطرف عن المسلحين، وهو ما نفته أنقرة لاحقاً.",
			[]string{"local_sources - -", "local_sources turkey - actor:abettor", "turkey_government turkey - actor:denies_involvement"}},
		{"واتهمت الخارجية السورية واشنطن بتسهيل مرور المسلحين الذين هاجموا البلدة.",
			[]string{"syria_mfa us town actor:abettor"}},
		{"واتهمت الخارجية السورية التحالف بقصف البلدة.",
			[]string{"syria_mfa coalition town actor:accused"}},
		// The accused is not the denier's party: the denial keeps no actor.
		{"واتهمت أنقرة الوحدات الكردية بتفخيخ الشاحنة، وهو ما نفته قوات سوريا الديمقراطية.",
			[]string{"turkey_government sdf - actor:accused", "sdf - -"}},
		// What the struck place served for.
		{"قال التحالف إن ضربته الجوية على البلدة يوم الخميس أصابت مقراً كان التنظيم يستخدمه لشن هجمات على القوات الحليفة.",
			[]string{"coalition - town"}},
		{"وقال المرصد إن الطائرات الروسية قصفت مقراً تتخذه الفصائل لشن هجمات على مواقع الجيش.",
			[]string{"sohr russia headquarters"}},
		// Armed men after a deed or after stealing in.
		{"ارتفاع حصيلة مجزرة مسلحي التنظيم في القرية إلى 40 قتيلاً",
			[]string{"outlet - -"}},
		{"حصيلة مجزرة مرتزقة الفصائل في البلدة ترتفع إلى 25 قتيلاً",
			[]string{"outlet - -"}},
		{"وبحسب شهادات الأهالي، تسلل المسلحون إلى البلدة قبيل الفجر ثم انتشروا في الأحياء.",
			[]string{"local_sources unknown town"}},
		// A strike on armed men keeps them as its target; they are the
		// object of the verb whose subject is the strikes, no unnamed
		// doer (deed_subject.go).
		{"وشنت الطائرات غارات استهدفت المسلحين في القرية",
			[]string{"outlet - militants"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		a, tg := "-", "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		if c.Target != nil {
			tg = *c.Target
		}
		line := c.Source.ID + " " + a + " " + tg
		for _, r := range []string{"actor:abettor", "actor:denies_involvement", "actor:accused"} {
			if slices.Contains(c.Rules, r) {
				line += " " + r
			}
		}
		return line
	})
}

// TestAttackersKilledCounted: the attackers or infiltrators that those who
// fought them off killed are counted as fighters, and the claim carries
// claims.RuleAttackersKilled; a strike's toll of fighters does not. Residents'
// testimonies and accounts ("بحسب شهادات الأهالي"، "روايات السكان") are
// local sources. Each line is "source figures [rule]". Sentences written for
// the test.
func TestAttackersKilledCounted(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وأعلنت قسد أن مقاتليها تصدوا لهجوم على بلدة في الريف الشرقي وقتلوا 9 من المتسللين.",
			[]string{"sdf killed/fighters/9 attackers"}},
		{"وقال قائد الشرطة في المدينة إن عناصره قتلوا 12 من المهاجمين بعد الهجوم على المخفر.",
			[]string{"syria_interior killed/fighters/12 attackers", "syria_interior"}},
		{"وأكد مصدر أمني أن عناصر المخفر ردوا على المهاجمين وأوقعوا 7 قتلى في صفوف المهاجمين.",
			[]string{"informed_sources killed/fighters/7 attackers"}},
		{"وقال المرصد إن الغارات قتلت 9 من عناصر التنظيم.",
			[]string{"sohr killed/fighters/9"}},
		{"وبحسب روايات السكان، فإن القذائف سقطت على السوق وقتلت أربعة مدنيين.",
			[]string{"local_sources killed/civilians/4"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		line := c.Source.ID
		for _, f := range c.Figures {
			line += " " + f.Outcome + "/" + f.Group + "/" + strconv.Itoa(f.Low)
		}
		if slices.Contains(c.Rules, claims.RuleAttackersKilled) {
			line += " attackers"
		}
		return line
	})
}

// TestPartAndNoCount: the wounded taken somewhere ("نُقلوا ... إلى
// مستشفيات") are a part of the wounded (Subset), while a toll whose
// description follows a comma is the whole; "مقتلة" (a slaughter, or a
// quarter's name) counts no one, unlike "مقتله" (his killing). Each line is
// "figures", with "/S" on a subset. Sentences written for the test.
func TestPartAndNoCount(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وانتشر المسلحون في حي مقتلة شرق البلدة.", []string{""}},
		{"وأكد ناشطون أن القصف أدى إلى مقتله على الفور.", []string{"killed/1"}},
		{"وقال مدير المشفى إن 40 جريحاً نُقلوا من القرية عبر المعبر إلى مستشفيات المدينة المجاورة.", []string{"wounded/40/S"}},
		{"وأصيب 12 مدنياً، نقلوا إلى مستشفى البلدة.", []string{"wounded/12"}},
		{"وقال المرصد إن القصف أسفر عن إصابة 20 شخصاً بجروح.", []string{"wounded/20"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		var fs []string
		for _, f := range c.Figures {
			s := f.Outcome + "/" + strconv.Itoa(f.Low)
			if f.Subset {
				s += "/S"
			}
			fs = append(fs, s)
		}
		return strings.Join(fs, " ")
	})
}

// TestPlacesBeforeTimeApart: places named after a phrase that sets another
// incident apart by a length of time ("بعد ساعات من"، "قبل يومين من")
// belong to that incident, not to the claim, when the claim has a place of
// its own before it. Each line is "places". Sentences written for the test.
func TestPlacesBeforeTimeApart(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"طائرات حربية تعطل مستوصف كفرنبل بعد يوم من تدمير مخبز في شنان", []string{"kafr_nabl"}},
		// No place before the phrase: the places after it are all there is.
		{"ويأتي القصف بعد أسابيع من هدوء عم محافظتي إدلب وحلب معاً.", []string{"idlib aleppo"}},
		{"وقال المرصد إن الطائرات قصفت بعد ساعات من منتصف الليل بلدة كفرنبل.", []string{"kafr_nabl"}},
		{"واستهدف القصف بلدتي كفرنبل وشنان في جبل الزاوية.", []string{"shanan kafr_nabl jabal_al_zawiya"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string { return strings.Join(c.Places, " ") })
}
