package pipeline_test

import "testing"

// doerAnaphora are reports of one incident that name its doer in full in
// one article and by a bare head ("التنظيم"، "الحزب") or a plural verb's
// subject in another: the same doer, so no perpetrator flag. The last one
// tells a real disagreement, which is still flagged. Reports written for
// the test.
var doerAnaphora = []scenario{
	{name: "ISIS in full, and its fighters as the organisation's", stories: []story{
		{"Syrian Observatory for Human Rights", "2023-02-17", "هجوم على رعاة في البادية\n\nقتل سبعة رعاة اليوم الجمعة بهجوم شنه مسلحون من تنظيم داعش في بادية السخنة شرقي حمص، بحسب المرصد السوري."},
		{"Enab Baladi", "2023-02-17", "مقتل رعاة في بادية السخنة\n\nينشط تنظيم داعش في البادية منذ سنوات. وقالت مصادر محلية إن مسلحي التنظيم هاجموا اليوم الجمعة رعاة أغنام في بادية السخنة وقتلوا سبعة منهم."},
	}},
	{name: "the Turkish army and its allies as the plural subject", stories: []story{
		{"Syrian Observatory for Human Rights", "2022-11-26", "قصف تركي على الشهباء\n\nقصفت القوات التركية اليوم السبت بالمدفعية قرى في ريف الشهباء شمالي حلب، بحسب المرصد السوري."},
		{"North Press", "2022-11-26", "قصف على قرى الشهباء\n\nقالت مصادر محلية إن الجيش التركي وحلفاءه قصفوا اليوم السبت بالمدفعية قرى في ريف الشهباء شمالي حلب."},
	}},
	{name: "the organisation blamed against the regime blamed", want: []string{"perpetrator"}, stories: []story{
		{"Anadolu Agency", "2021-06-12", "تفجير في عفرين\n\nحمّلت وزارة الدفاع التركية تنظيم بي كا كا مسؤولية قصف سابق على عفرين. وأكدت الوزارة أن التنظيم الانفصالي يقف خلف التفجير الذي ضرب سوق عفرين اليوم السبت."},
		{"SANA", "2021-06-12", "تفجير في عفرين\n\nقالت مصادر أهلية إن مسلحين من الفصائل الموالية لتركيا يقفون وراء التفجير الذي ضرب سوق عفرين اليوم السبت."},
	}},
}

// TestDoerAnaphoraFlagNoDoer runs doerAnaphora.
func TestDoerAnaphoraFlagNoDoer(t *testing.T) {
	runScenarios(t, doerAnaphora, nil)
}
