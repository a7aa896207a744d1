package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestConfinedToMilitary: a strike said to be confined to a military target
// (perfect, verbal noun or "حصراً"), read by the head of what follows;
// a rule of conduct in the imperfect, damage confined to material losses
// and strikes confined to homes do not count.
func TestConfinedToMilitary(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وشدد على أن الغارات اقتصرت على تجمعات المسلحين في أطراف البلدة", true},
		{"مؤكداً أن القصف انحصر في مواقع تمركز الإرهابيين بعيداً عن المدنيين", true},
		{"وأكد أن الطائرات استهدفت حصراً مقرات التنظيم ومستودعات ذخيرته", true},
		{"مع اقتصار الضربات على مرابض المدفعية التابعة للفصائل", true},
		{"فيما اقتصرت الأضرار على الماديات ولم يصب أحد", false},
		{"وتقول الوزارة إن عملياتها تقتصر على مواقع الإرهابيين", false},
		{"وقال الأهالي إن القصف اقتصر على المنازل والمدرسة", false},
		{"وأوضح أن الضربات لم تطل سوى مخابئ المسلحين في التلال", true},
		{"مشيراً إلى أن الطائرات ما قصفت إلا نقاط التنظيم", true},
		{"وقال إن الغارات لم تصب سوى بيوت الفلاحين", false},
		{"لم يصدر تعليق عن الجيش، إلا أن مصادر في الفصائل أكدت الخبر", false},
		{"وتقول الوزارة إن طائراتها لا تستهدف إلا مواقع الإرهابيين", false},
		{"وأكد أن عملياته تستهدف المسلحين فقط", false},
	}
	for _, tt := range tests {
		if got := confinedToMilitary(tt.text); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRestrictedToMilitary: besides the confinement of the past, a rule
// of conduct by exception after any negation or by "فقط" beside a military
// phrase says what the speaker's strikes keep to; a restriction to homes,
// "إلا أن" and "فقط" beside a civilian phrase do not.
func TestRestrictedToMilitary(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وتقول الوزارة إن طائراتها لا تستهدف إلا مواقع الإرهابيين", true},
		{"وأكد أن عملياته تستهدف المسلحين فقط", true},
		{"وأكد أن المدفعية قصفت فقط تحصينات الفصائل", true},
		{"وأوضح أن الضربات لم تطل سوى مخابئ المسلحين في التلال", true},
		{"وقال الأهالي إن القذائف سقطت على المنازل فقط", false},
		{"لم يصدر تعليق عن الجيش، إلا أن مصادر في الفصائل أكدت الخبر", false},
		{"وقال إن المنطقة لا تضم إلا بيوت المزارعين", false},
	}
	for _, tt := range tests {
		if got := restrictedToMilitary(tt.text); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestConfinedDenialIsTargetDispute: an army voice that denies the homes
// were hit while saying its strikes were confined to the militants' posts
// disputes what was hit, not whether the strike happened nor who struck;
// a denial of the homes beside a plain claim of the posts hit, without
// confinement, still denies that the homes were hit.
func TestConfinedDenialIsTargetDispute(t *testing.T) {
	accuse := mk(claims.Claim{ID: "c1", Source: src("white_helmets"), Actor: sp("syria_gov"), Target: sp("residential quarters"),
		Text: "قصفت قوات النظام الأحياء السكنية في البلدة"})
	tests := []struct {
		name       string
		denial     claims.Claim
		occurrence bool
	}{
		{"denial with confinement in the same sentence", mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Stance: claims.StanceDenies,
			Target: sp("homes"), Rules: []string{"stance:cue"},
			Text: "نفى المصدر قصف بيوت الأهالي، وقال إن الرمايات اقتصرت على نقاط المسلحين"}), false},
		{"denial beside a plain claim of militants hit", mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Stance: claims.StanceDenies,
			Target: sp("homes"), Rules: []string{"stance:cue"},
			Text: "ونفى المصدر قصف بيوت الأهالي"}), true},
		{"denial with a rule of conduct from a voice that tells its strikes", mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Stance: claims.StanceDenies,
			Target: sp("homes"), Rules: []string{"stance:cue"},
			Text: "ونفى المصدر قصف بيوت الأهالي، مؤكداً أن الوحدات لا تستهدف إلا المسلحين"}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			own := mk(claims.Claim{ID: "c3", Source: src("syrian_army"), Target: sp("militants"),
				Text: "وقال المصدر إن وحدات الجيش ضربت أوكار المسلحين"})
			cs := scene(accuse, tt.denial, own)
			if got := len(onlyKind(compareLines(t, cs), KindOccurrence)) > 0; got != tt.occurrence {
				t.Errorf("occurrence flagged %v, want %v", got, tt.occurrence)
			}
			if got := onlyKind(compareLines(t, cs), KindPerpetrator); len(got) > 0 {
				t.Errorf("unexpected perpetrator: %v", got)
			}
		})
	}
}

// TestConfinedStrikesOwnTheDeed: an army that says its strikes were
// confined to the militants' posts owns that it struck; its blame of
// unnamed terrorists for the attack its strikes answered clears no one
// of the shelling another side lays on it.
func TestConfinedStrikesOwnTheDeed(t *testing.T) {
	for _, confined := range []bool{false, true} {
		text := "ونفى المصدر صحة ما يتداول عن قصف المنازل"
		if confined {
			text = "ونفى المصدر صحة ما يتداول عن قصف المنازل، مؤكداً أن الرمايات اقتصرت على مقرات المسلحين"
		}
		cs := scene(
			mk(claims.Claim{ID: "c1", Source: src("white_helmets"), Actor: sp("syria_gov"), EventType: claims.EventShelling,
				Text: "قصفت قوات النظام البلدة"}),
			mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Actor: sp("unknown"), EventType: claims.EventShelling,
				Target: sp("posts"), Rules: []string{"actor:unnamed_doer"}, Text: "وقال المصدر إن الإرهابيين هاجموا النقاط العسكرية"}),
			mk(claims.Claim{ID: "c3", Source: src("syrian_army"), EventType: claims.EventShelling, Text: text}),
		)
		got := len(onlyKind(compareLines(t, cs), KindPerpetrator)) > 0
		if got == confined {
			t.Errorf("confined=%v: perpetrator flagged %v", confined, got)
		}
	}
}

// TestNoTraceDeniesOccurrence: a voice that says no trace of a strike was
// found denies that it happened, even while it denies its own jets struck
// and says its drone watched the convoy; the word for hitting in "أثر
// لإصابة الشاحنات" is no toll.
func TestNoTraceDeniesOccurrence(t *testing.T) {
	cs := scene(
		mk(claims.Claim{ID: "c1", Source: src("white_helmets"), Actor: sp("russia"), Target: sp("aid convoy"),
			Text: "قصفت طائرات روسية قافلة المساعدات"}),
		mk(claims.Claim{ID: "c2", Source: src("russia_mod"), Actor: sp("russia"), Stance: claims.StanceDenies, Rules: []string{"stance:cue"},
			Text: "نفت الوزارة أن تكون طائراتها قصفت القافلة"}),
		mk(claims.Claim{ID: "c3", Source: src("russia_mod"), Stance: claims.StanceDenies, Target: sp("trucks"), Rules: []string{"stance:no_trace"},
			Text: "لم يجد الخبراء أي أثر لإصابة الشاحنات بقنابل جوية"}),
		mk(claims.Claim{ID: "c4", Source: src("russia_mod"), Actor: sp("russia"), EventType: claims.EventDroneAttack, Target: sp("convoy"),
			Text: "تابعت طائرة مسيرة روسية سير القافلة"}),
	)
	if got := onlyKind(compareLines(t, cs), KindOccurrence); len(got) == 0 {
		t.Errorf("no occurrence flag; lines: %v", compareLines(t, cs))
	}
}
