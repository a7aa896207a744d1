package claims_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// bgProbe is one probe of the background and aside places: a short text,
// the places some claim must carry (the story's event, or a recalled
// event that is an event of its own) and the places no claim may carry
// (the places of a background statement, of an aside on other events or
// of a war-wide tally).
type bgProbe struct {
	text       string
	want, none []string
}

// backgroundProbes are sentences and mini-articles written for the test,
// modelled on how outlets end a story with context: "ويأتي ذلك بعد/في ظل/
// في وقت/رغم/فيما ..."، "وتزامن ذلك مع ..."، an ongoing campaign or a
// presence of forces told in the imperfect with "منذ"، a tally of the war
// since 2011. The pluperfect recall of an earlier strike keeps its places:
// it is an event of its own.
var backgroundProbes = []bgProbe{
	// asides after "يأتي/تأتي/جاء" + the story's event
	{"قصفت طائرات حربية بلدة كفرنبل بريف إدلب صباح اليوم. ويأتي القصف بعد أيام من تهديدات أعلنها سياسيون في دمشق بشأن الوضع في لبنان.",
		[]string{"kafr_nabl"}, []string{"lebanon"}},
	{"استهدفت غارات إسرائيلية مواقع قرب القنيطرة فجر اليوم. وتأتي الغارات في وقت تعيش فيه المنطقة توتراً بسبب الحرب في غزة.",
		[]string{"quneitra"}, []string{"gaza"}},
	{"انفجرت عبوة ناسفة في سوق مدينة تل أبيض ظهر الأحد. ويأتي التفجير في ظل تصعيد متواصل في محيط بلدة تل تمر.",
		[]string{"tal_abyad"}, []string{"tal_tamr"}},
	{"قتل ثلاثة مدنيين بقصف مدفعي على مدينة أريحا مساء أمس. وجاء القصف رغم اتفاق التهدئة الذي يشمل مدينة سراقب وبلدات أخرى.",
		[]string{"ariha"}, []string{"saraqib"}},
	{"شنت طائرات التحالف ضربات على مواقع في الميادين ليل الجمعة. وتأتي الضربات، في ظل هجمات تتعرض لها القواعد الأمريكية في العراق.",
		[]string{"mayadin"}, []string{"iraq"}},
	{"استهدفت طائرة مسيرة سيارة قرب مدينة القامشلي اليوم. ويأتي ذلك فيما تحشد الفصائل قواتها قرب مدينة منبج.",
		[]string{"qamishli"}, []string{"manbij"}},
	{"استهدفت المدفعية التركية قرى بريف عفرين مساء السبت. ويأتي هذا الهجوم بينما تجتمع وفود أطراف النزاع في تركيا.",
		[]string{"afrin"}, []string{"turkey"}},
	{"قتل خمسة عناصر بهجوم على حاجز قرب مدينة تدمر اليوم. ويأتي الهجوم قبل أيام من زيارة مرتقبة لوفد روسي إلى حمص.",
		[]string{"palmyra"}, []string{}},
	{"قصف الطيران الحربي أحياء في مدينة دوما اليوم. وتزامن القصف مع اشتباكات عنيفة على أطراف مدينة حمص.",
		[]string{"douma"}, []string{"homs"}},
	{"سقطت قذائف على حي سكني في مدينة حلب ظهر اليوم. وتزامن ذلك مع تحليق مكثف للطيران فوق ريف إدلب.",
		[]string{"aleppo_city"}, []string{"idlib"}},
	// ongoing campaigns and presence, told in the imperfect
	{"قتل طفلان بقصف على بلدة كفرنبل اليوم. وتتعرض مدن وبلدات ريف حماة منذ أسابيع لقصف يومي تقريباً.",
		[]string{"kafr_nabl"}, []string{"hama"}},
	{"استهدفت طائرة مسيرة سيارة في ريف درعا اليوم. وتشهد أرياف القنيطرة منذ أشهر توغلات متكررة.",
		[]string{"daraa"}, []string{"quneitra"}},
	{"سقطت صواريخ على قاعدة في حقل العمر فجر اليوم. وتتعرض قواعد أمريكية في سوريا والعراق منذ عدة أسابيع لهجمات بطائرات مسيرة.",
		nil, []string{"iraq"}},
	{"انفجرت سيارة مفخخة في مدينة أعزاز اليوم. وتسيطر فصائل تدعمها أنقرة منذ أعوام على مدينة الباب.",
		nil, []string{"al_bab"}},
	{"قصفت طائرات مجهولة مواقع قرب البوكمال ليلاً. وتنتشر ميليشيات إيرانية في مدن الميادين ودير الزور.",
		nil, []string{"mayadin"}},
	{"قتل شاب برصاص مجهولين في مدينة جاسم اليوم. وينتشر مقاتلون من فصائل التسوية في بلدات ريف القنيطرة.",
		nil, []string{"quneitra"}},
	{"شن الطيران غارة على أطراف مدينة سراقب اليوم. ويشن الطيران الروسي منذ مطلع العام مئات الغارات على ريف حماة.",
		[]string{"saraqib"}, []string{"hama"}},
	// war-wide tallies
	{"قتل أربعة مدنيين بقصف على مدينة معرة النعمان اليوم. وقتل أكثر من نصف مليون شخص في سوريا منذ اندلاع النزاع في حلب ودمشق عام 2011.",
		[]string{"maarat_al_numan"}, []string{"damascus"}},
	// a recalled deed told by its toll or kind is an event of its own
	{"قصفت طائرات حربية مدينة أريحا اليوم. ويأتي القصف بعد يومين من مقتل ثلاثة أطفال بغارة على بلدة كفرنبل.",
		[]string{"ariha", "kafr_nabl"}, nil},
	{"استهدفت مسيرة سيارة قرب القامشلي اليوم. وتأتي الضربة بعد شهر على إنزال جوي نفذته قوات التحالف قرب مدينة الميادين.",
		[]string{"qamishli", "mayadin"}, nil},
	{"انفجرت عبوة في سوق مدينة أعزاز اليوم. ويتزامن ذلك مع مقتل مدنيين اثنين بقصف على بلدة تل تمر.",
		[]string{"azaz", "tal_tamr"}, nil},
	// a superlative far before "منذ" compares the deed with the war
	{"هزت تفجيرات متزامنة مدينة سراقب أمس، في أعنف هجوم تشهده محافظة إدلب بأكملها منذ اندلاع الحرب.",
		[]string{"saraqib"}, nil},
	// a comma closes the connector: the clause after it is the story's
	{"ويأتي ذلك في وقت، أعلن فيه مسؤول محلي أن القصف على مدينة دوما خلف دماراً واسعاً.",
		[]string{"douma"}, nil},
	// a calm the event broke was in the event's place
	{"ويأتي القصف بعد أشهر من هدوء ساد مدينة أريحا وريفها.", []string{"ariha"}, nil},
	// negative probes: the story's own place stays
	{"ويأتي الهجوم على بلدة تل تمر بعد أيام من قصف مماثل.", []string{"tal_tamr"}, nil},
	{"وتأتي الغارة على مدينة سراقب في ظل تصعيد متواصل.", []string{"saraqib"}, nil},
	{"وقصفت الطائرات الحربية منذ صباح اليوم بلدة كفرنبل بريف إدلب.", []string{"kafr_nabl"}, nil},
	{"وكانت طائرات حربية قد قصفت الأسبوع الماضي سوقاً في مدينة أريحا.", []string{"ariha"}, nil},
	{"وكانت البلدة قد شهدت في عام 2016 هجوماً بالغازات على مدينة دوما.", []string{"douma"}, nil},
	{"ويذكر أن طائرات مجهولة قصفت في الشهر الماضي مواقع قرب مدينة الميادين.", []string{"mayadin"}, nil},
}

// TestBackgroundPlaces checks the probe table: the places of the story's
// event (and of a recalled event) stay on its claims, those of asides and
// background statements on none.
func TestBackgroundPlaces(t *testing.T) {
	x, _ := extractor(t)
	for _, p := range backgroundProbes {
		cs := x.Extract(claims.Article{ID: "t", Text: p.text, Published: "2023-11-20"})
		if msg := bgProbeFails(cs, p); msg != "" {
			t.Errorf("%s\n  %s", p.text, msg)
		}
	}
}

// bgProbeFails says what a probe misses, or "".
func bgProbeFails(cs []claims.Claim, p bgProbe) string {
	var msgs []string
	for _, w := range p.want {
		if !slices.ContainsFunc(cs, func(c claims.Claim) bool { return slices.Contains(c.Places, w) }) {
			msgs = append(msgs, "missing "+w)
		}
	}
	for _, n := range p.none {
		for _, c := range cs {
			if slices.Contains(c.Places, n) {
				msgs = append(msgs, "extra "+n+" on «"+c.Text+"»")
			}
		}
	}
	return strings.Join(msgs, "; ")
}
