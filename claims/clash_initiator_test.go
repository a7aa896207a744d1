package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// clashDoerProbes are accounts of clashes, exchanges of fire and ambushes,
// written for the test after the phrasing of real reports: the side that
// took the first step ("بادر"، "أقدم على") is the doer, so is the party
// whose attack the speaker's side repelled ("تصدت لهجوم شنه ...") and the
// party behind the hands that acted ("بأوامر من"، "يديرها ضباط ..."); fire
// "toward our forces" names what was fired at, not who fired. want is
// "source actor" of the report's last claim ("-" when it has none).
var clashDoerProbes = []doerProbe{
	// the first step
	{"وقال المرصد إن مسلحاً من الدفاع الوطني بادر بإطلاق النار على الجنود عند الحاجز.", "sohr syria_gov"},
	{"وأكدت الوزارة أن قسد هي التي بادرت بالهجوم على نقاط الجيش قرب السد.", "outlet sdf"},
	{"وقالت مصادر محلية إن عناصر من قوات النظام بادروا إلى الاشتباك مع أبناء البلدة.", "local_sources syria_gov"},
	{"وذكر الجيش أن العدو الإسرائيلي أقدم ليل أمس على قصف مواقع قرب القنيطرة.", "outlet israel"},
	{"وقال المرصد إن مسلحين أقدموا على إطلاق النار على سيارة مدنية في ريف درعا.", "sohr unknown"},
	// what the speaker's side repelled
	{"وقالت قسد إن قواتها تصدت لهجوم شنته فصائل حكومة دمشق على حاجز في الحي.", "sdf syria_gov"},
	{"وقالت قسد إن مقاتليها تصدوا لمحاولة تسلل نفذتها مجموعات تابعة لقوات النظام.", "sdf syria_gov"},
	{"وقال مصدر عسكري إن وحدات الجيش تصدت لعناصر من تنظيم داعش حاولوا اقتحام قرى في البادية.", "syrian_army isis"},
	{"وقالت قسد إن مقاتليها أحبطوا محاولة تسلل للجيش التركي على محور القرية.", "sdf turkey"},
	// an attempt to flee foiled names no attacker
	{"وقالت قسد إن قواتها أحبطت محاولة فرار لعناصر من داعش من أحد السجون.", "sdf -"},
	// the side that repelled, named before what it repelled, is no doer
	{"وقالت قسد إن قواتها تصدت لهجوم على حاجز في الحي.", "sdf -"},
	// ... and so is a side named some words before the verb, with its allies
	{"وقال مصدر عسكري إن سرية من الجيش بمؤازرة مجموعات الدفاع الوطني وأهالي البلدة تصدت للهجوم فجراً.", "syrian_army unknown"},
	{"وأفاد المرصد أن فصائل المعارضة مع مقاتلين محليين تصدوا لهجوم على القرية ليلاً.", "sohr -"},
	// the party behind the hands that acted
	{"وقالت الأسايش إن الخلية التي نفذت الاغتيال تعمل بأوامر من الاستخبارات التركية.", "asayish turkey"},
	{"وقال ناشطون إن راجمات يديرها ضباط روس قصفت البلدة من تلة مجاورة.", "local_sources russia"},
	{"وقالت الأسايش إن الخلية تتلقى تعليماتها من ضباط في المخابرات التركية.", "asayish turkey"},
	// a prison or a headquarters a party runs is no hand of the deed
	{"وقال المرصد إن انفجاراً استهدف مقراً أمنياً تديره فصائل موالية لتركيا في الباب.", "sohr -"},
	// fire toward the speaker's forces: unnamed gunmen fired
	{"وقال الجيش الإسرائيلي إن عدة مسلحين أطلقوا النار باتجاه قواته في ريف درعا.", "idf unknown"},
	{"وقال الجيش الإسرائيلي إن مخربين أطلقوا النار نحو قواتنا قرب القرية.", "idf unknown"},
}

// TestClashDoer asserts clashDoerProbes.
func TestClashDoer(t *testing.T) {
	x, _ := extractor(t)
	pass := checkProbes(t, clashDoerProbes, nil, func(text string) string { return lastPerpLine(x, text) })
	t.Logf("%d of %d pass", pass, len(clashDoerProbes))
}

// TestFirstDeedNotResponse checks that a claim telling one side's attack
// and then the other side's answer tells the attack, by its doer, and is
// no response; the answer alone is one.
func TestFirstDeedNotResponse(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text     string
		actor    string
		response bool
	}{
		{"وقالت وزارة الدفاع السورية إن قسد هاجمت موقعين للجيش شرق المدينة، وإن المدفعية ردت لاحقاً على مصادر النيران.", "sdf", false},
		{"وقالت وزارة الدفاع التركية إن مسلحي الوحدات الكردية قصفوا مخفراً حدودياً، وإن القوات التركية ردت بالمثل.", "sdf", false},
		{"وقالت وزارة الدفاع السورية إن قوات الجيش ردت بالمدفعية الثقيلة على مصادر القذائف شرق المدينة.", "syria_gov", true},
	}
	for _, tc := range tests {
		cs := x.Extract(claims.Article{ID: "p", Text: tc.text, Published: "2025-12-22"})
		if len(cs) == 0 {
			t.Errorf("%s: no claim", tc.text)
			continue
		}
		c := cs[len(cs)-1]
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		if a != tc.actor || c.Response != tc.response {
			t.Errorf("%s\n got actor %s response %v, want %s %v", tc.text, a, c.Response, tc.actor, tc.response)
		}
	}
}
