package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetUnarmedForms checks the statements that the people or the
// place hit had nothing military about them, in forms beyond the bare
// singular: "ليس" for the dual and the plural, after و; arms with the
// article; "any one of them"; the nominative plural of livelihoods; and a
// correction by "بل" that names another military place, which takes the
// negation back. It also checks places named by their use in training
// and places two of which an armed body uses. Sentences written for the
// test; the first claim's target and its class.
func TestTargetUnarmedForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال أقارب القتيلين إن الشابين كانا يعملان في ورشة، وليسا عسكريين.", "civilian, unarmed", reconcile.TargetCivilian},
		{"وقال أقارب القتلى إن الغارة أصابت شبانا كانوا يعملون في المكان، وليسوا عسكريين.", "civilian, unarmed", reconcile.TargetCivilian},
		{"وقال أحد الوجهاء إن القتلى لا علاقة لهم بالسلاح.", "civilian, unarmed", reconcile.TargetCivilian},
		{"وقال أحد الوجهاء إن الغارة أصابت رعاة ليس لأي منهم صلة بالسلاح.", "civilian shepherds", reconcile.TargetCivilian},
		{"وقال الأهالي إن الضحايا مزارعون.", "farmers", reconcile.TargetCivilian},
		{"وقال الأهالي إن الضحايا فلاحون.", "farmers", reconcile.TargetCivilian},
		{"وقال شهود إن القذيفة سقطت على عمال مياومين قرب الجسر.", "civilian day labourers", reconcile.TargetCivilian},
		{"وقالت الوزارة إن الطائرات قصفت منشأتين يستخدمهما الحرس الثوري قرب الحدود.", "facilities of IRGC", reconcile.TargetMilitary},
		{"وقالت الوزارة إن الطائرات ضربت منشأة تدريب قرب الحدود.", "training facility", reconcile.TargetMilitary},
		// A correction naming a civilian place keeps the statement civilian.
		{"وقال المجلس إن الطائرات قصفت صوامع في البلدة، وهي ليست أهدافا عسكرية بل منشآت مدنية.", "civilian grain silos", reconcile.TargetCivilian},
		// Arms a force did not use say nothing of what was hit.
		{"وذكر المرصد أن القوات لم تستخدم السلاح الثقيل حين هاجمت البلدة.", "town", reconcile.TargetCivilian},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}

// TestTargetMilitaryCorrection checks that a negated military word
// corrected by "بل" with another military place does not make the target
// civilian: the correction says what the place was.
func TestTargetMilitaryCorrection(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وقالت الهيئة إن المواقع المستهدفة ليست مستودعات للسلاح، بل نقاط حراسة على الحدود.",
		"وقال الفصيل إن المبنى المقصوف ليس مخزنا للأسلحة وإنما مقر لحرس الحدود.",
	} {
		got := firstTarget(x, text)
		if cl := reconcile.TargetClass(got); cl == reconcile.TargetCivilian {
			t.Errorf("%s\ntarget %q classed civilian", text, got)
		}
	}
}

// TestTargetOwnSoldiersAbsent checks that a state saying none of its
// soldiers were in the area hit does not characterise the target: only
// "not soldiers" as the predicate right after the negation does.
func TestTargetOwnSoldiersAbsent(t *testing.T) {
	x, _ := extractor(t)
	text := "وقالت الوزارة إنه لم يكن هناك عسكريون من قواتها في القرية التي قصفتها الطائرات."
	if got := firstTarget(x, text); strings.HasPrefix(got, "civilian") {
		t.Errorf("%s\ntarget %q, want no civilian characterisation", text, got)
	}
}

// TestTargetNoTieToAnyBody checks that a denied tie to any armed body
// ("بأي تنظيم"، "بأي فصيل") characterises the people hit as civilian,
// and that a faction's hand denied in the attack ("لأي فصيل") or a
// question of whom attackers belong to ("إلى أي جماعة") does not.
func TestTargetNoTieToAnyBody(t *testing.T) {
	x, _ := extractor(t)
	civilian := []struct{ text, want string }{
		{"وقال الأهالي إن البيوت التي داهمتها القوة تعود لفلاحين لا علاقة لهم بأي تنظيم.", "civilian farmers"},
		{"وقالت عائلة القتيل إن ابنها راع لا صلة له بأي فصيل.", "civilian, unarmed"},
	}
	for _, tt := range civilian {
		assertTargetClass(t, x, tt.text, tt.want, reconcile.TargetCivilian)
	}
	for _, text := range []string{
		"وقال المصدر إن الهجوم لا علاقة لأي فصيل به.",
		"وقال شاهد إن المهاجمين كانوا ملثمين، ولم يعرف الأهالي إلى أي جماعة ينتمي هؤلاء.",
	} {
		if got := firstTarget(x, text); got != "-" {
			t.Errorf("%s\ntarget %q, want none", text, got)
		}
	}
}

// TestTargetPassiveAgentSkipped checks that the agent of a passive
// ("من قبل مسلحين") is not taken for what was hit, while a target after
// it still is.
func TestTargetPassiveAgentSkipped(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وفي حادث منفصل، تعرضت سيارة للبلدية لإطلاق النار ليلا من قبل مسلحين ملثمين.", "-"},
		{"وقال الأهالي إن قذائف أطلقت من قبل عناصر الفصيل، على منازل المدنيين في الحي.", "civilian homes"},
	}
	checkFirstTargets(t, x, tests)
}

// TestTargetPassiveSubjectOwner checks that the owner after ل of a place
// named as the subject of a passive or of تعرّض characterises it.
func TestTargetPassiveSubjectOwner(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال المصدر إن دورية للأمن العام تعرضت لإطلاق نار من مسلحين قرب القرية.", "patrol of General Security forces", reconcile.TargetMilitary},
		{"وذكر المصدر أن دورية تابعة للأمن العام استهدفت بعبوة ناسفة صباح اليوم.", "patrol of General Security forces", reconcile.TargetMilitary},
	}
	for _, tt := range tests {
		assertTargetClass(t, x, tt.text, tt.want, tt.class)
	}
}
