package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestActorSiteOwner checks that a party named as the owner of a site
// (its adjective or its construct partner) before an attack word is not
// read as who attacked, while the party of aircraft or forces still is.
func TestActorSiteOwner(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		// sites owned by a party that undergo attacks
		{"وتتعرض القواعد الأمريكية في البلدين لهجمات متكررة منذ أيام.", []string{"-"}},
		{"وقال ناشطون إن مقرات قسد في الريف الشرقي تعرضت لقصف عنيف ليلا.", []string{"-"}},
		{"وذكرت مصادر أهلية أن مستودعات الحرس الثوري قرب المدينة شهدت انفجارات متتالية.", []string{"-"}},
		// the nationality of aircraft or forces before the attack word
		{"وقالت مصادر محلية إن الطائرات الأمريكية شنت غارات على أطراف المدينة.", []string{"us"}},
		{"وأفاد ناشطون بأن القوات التركية قصفت قرية قرب الحدود.", []string{"turkey"}},
	}, actorOrDash)
}

// TestActorAppealAddressee checks that a party called upon to stop an
// attack ("دعا ... التحالف إلى وضع حد للهجمات") is not read as who made
// it, while a party that announces stopping its own shelling still is.
func TestActorAppealAddressee(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وناشد المجلس المحلي روسيا إلى التدخل ووقف القصف على القرى.", []string{"-"}},
		{"ودعا رئيس المجلس واشنطن إلى وضع حد للغارات على المنطقة.", []string{"-"}},
		{"وطالب الأهالي التحالف الدولي بوقف الضربات على بلداتهم.", []string{"-"}},
		{"وحث الوسيط روسيا على منع الهجمات على المدنيين.", []string{"-"}},
	}, actorOrDash)
}

// TestActorLinkDeniedQuotedName checks that a denial of any link or part
// names the party whose link it denies, also after a negation that
// carries its conjunction ("ولا صلة لتنظيم «الدولة» بالكمين") and with the
// party's name in quotes.
func TestActorLinkDeniedQuotedName(t *testing.T) {
	x, _ := extractor(t)
	line := func(c claims.Claim) string {
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		return string(c.Stance) + " " + a
	}
	assertLines(t, x, []lineCase{
		{"ونفى قيادي في الفصيل أي صلة لتنظيم \"الدولة\" بالتفجير قرب الحاجز.", []string{"denies isis"}},
		{"وقال أهالي البلدة إن الهجوم على الدورية نفذه مسلحون من العشائر، ولا دور لداعش فيه.", []string{"denies isis"}},
		{"وقال ناشطون إن الكمين نصبه شبان من القرية، ولا صلة لتنظيم «الدولة» بالكمين.", []string{"denies isis"}},
	}, line)
}

// TestActorCondemner checks that a party that condemns an attack, named
// before the verb of condemning, is not read as its doer.
func TestActorCondemner(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وكانت الخارجية التركية قد أدانت الهجوم على القافلة في بيان مقتضب.", []string{"-"}},
		{"وقال ناشطون إن الحكومة الروسية استنكرت القصف على المدينة.", []string{"-"}},
		// the condemnation and the participle after it: two claims, and
		// neither names the condemner as the doer
		{"وكان الناطق باسم الحكومة الأردنية قد دان الاعتداء، واصفا إياه بأنه خرق للقانون الدولي.", []string{"-", "-"}},
		{"وسبق أن ندد مسؤول في وزارة الخارجية الإيرانية بالهجمات على الأراضي السورية.", []string{"-"}},
		{"وكانت وزارة الخارجية الأمريكية قد دانت التفجير الذي ضرب السوق.", []string{"-"}},
		{"وذكر المرصد أن الطائرات الروسية قصفت المدينة فجرا.", []string{"russia"}},
	}, actorOrDash)
}

// actorOfSource extracts text and returns the actor of the first claim of
// source src ("-" when it names none, "?" when src makes no claim).
func actorOfSource(x *claims.Extractor, text, published, src string) string {
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: published}) {
		if c.Source.ID == src {
			return actorOrDash(c)
		}
	}
	return "?"
}

// actorOrDash is a claim's actor, or "-" when it names none.
func actorOrDash(c claims.Claim) string {
	if c.Actor == nil {
		return "-"
	}
	return *c.Actor
}
