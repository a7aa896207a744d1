package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOccurrenceDenialForms: the ways a source says an attack did not
// happen. A past negation of any verb before "أي" and an attack word
// denies the deed ("لم تطلق أي قذيفة"); a negated verb of happening,
// suffering or recording denies that any attack took place, by anyone
// (stance:any_event); a report of the deed called false, or denied by
// a verb of denial, is marked stance:report_denied; a condition ("إذا
// لم تنسحب") and a warning ("لن نقبل أي اعتداء") deny nothing; the
// speaker's own forces before the negator are the actor; footage called
// old denies (an old town does not). Sentences
// written for the test; want is stance, actor and the marks the claim
// must carry ("-" for none).
func TestOccurrenceDenialForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, stance, actor string
		rules               []string
	}{
		{"وقال المتحدث باسم الفصيل إن مقاتليه لم يطلقوا أي قذيفة على البلدة أمس.", "denies", "", nil},
		{"وأكد مصدر في الشرطة أن المخفر لم يتعرض لأي هجوم خلال الليل.", "denies", "-", []string{claims.RuleAnyEventDenied}},
		{"وقال مسؤول محلي إنه لم يسجل أي قصف على القرية منذ الصباح.", "denies", "-", []string{claims.RuleAnyEventDenied}},
		{"وأوضح المكتب الإعلامي أن المنطقة لم تشهد أي غارات جوية يوم الجمعة.", "denies", "-", []string{claims.RuleAnyEventDenied}},
		{"وقال ضابط إنه لم يتم تسجيل أي استهداف للمطار.", "denies", "-", nil},
		{"وقالت الوزارة إن الأنباء المتداولة عن قصف المستشفى في البلدة عارية عن الصحة.", "denies", "", []string{claims.RuleReportDenied}},
		{"واعتبر المتحدث أن الحديث عن غارة على السوق فبركة إعلامية لا تمت للحقيقة.", "denies", "", []string{claims.RuleReportDenied}},
		{"ونفى المصدر الأخبار التي تحدثت عن هجوم على الحاجز الأمني.", "denies", "", []string{claims.RuleReportDenied}},
		// "does not reflect the truth", the Turkish ministries' phrasing
		{"وقالت مصادر عسكرية إن المزاعم عن قصف مدرسة في القرية لا تعكس الحقيقة.", "denies", "", []string{claims.RuleReportDenied}},
		{"وقال المتحدث إن الحديث عن استهداف المخبز لا يعكس الواقع.", "denies", "", []string{claims.RuleReportDenied}},
		{"وقال مصدر رسمي إن أنباء قصف المستشفى الوطني مفبركة بالكامل.", "denies", "", []string{claims.RuleReportDenied}},
		{"ونفت الوزارة تقارير استهداف السوق الشعبي بالطيران الحربي.", "denies", "", []string{claims.RuleReportDenied}},
		{"وقال مسؤول إن أنباء استخدام غازات سامة في البلدة باطلة.", "denies", "", []string{claims.RuleReportDenied}},
		{"وقال الناطق إن روايات الهجوم على الثكنة عارية عن الصحة.", "denies", "", []string{claims.RuleReportDenied}},
		{"ونفى مصدر حكومي تقارير استعمال الكلور في الحي الشرقي.", "denies", "", []string{claims.RuleReportDenied}},
		{"وأكد المتحدث أن المروحيات اكتفت بالتحليق فوق البلدة دون أن تطلق النار.", "denies", "", []string{"stance:" + claims.RuleOnlyFlew}},
		{"وقال سكان إن نشاط الطيران اقتصر على التحليق في أجواء المدينة طوال الليل.", "denies", "", []string{"stance:" + claims.RuleOnlyFlew}},
		{"وذكر الأهالي أن الأمر لم يكن مجرد تحليق، إذ قصفت الطائرات أطراف القرية.", "asserts", "", nil},
		{"وقال المتحدث باسم قوات سوريا الديمقراطية: قواتنا لم تنفذ أي هجوم على القرية، واتهامات الجيش التركي باطلة.", "denies", "sdf", nil},
		{"وهدد الوزير بضربات قاسية إذا لم تنسحب القوات من المدينة.", "asserts", "-", nil},
		{"وقالت قوات سوريا الديمقراطية إن عناصرها لم تنسحب من البلدة.", "denies", "", nil},
		{"وقال المتحدث إن الجيش لن يقبل أي اعتداء على مواقعه.", "asserts", "", nil},
		{"وأشار الناطق إلى أن المقاطع التي نشرها الناشطون عن قصف الجامع قديمة.", "denies", "", nil},
		{"وقالت مصادر محلية إن القذائف سقطت في المدينة القديمة وأصابت منزلين.", "asserts", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			c := mustFirstClaim(t, x, tt.text, "2024-05-07")
			if c.Stance != tt.stance {
				t.Errorf("%s: stance %s, want %s (%v)", tt.text, c.Stance, tt.stance, c.Rules)
			}
			if tt.actor != "" && actorOrDash(c) != tt.actor {
				t.Errorf("%s: actor %s, want %s (%v)", tt.text, actorOrDash(c), tt.actor, c.Rules)
			}
			for _, r := range tt.rules {
				if !slices.Contains(c.Rules, r) {
					t.Errorf("%s: no %s in %v", tt.text, r, c.Rules)
				}
			}
		})
	}
}

// TestReportAsObject: a definite noun of report or talk right after a
// speech verb, with "عن" or "حول" after it, is the verb's object, not an
// unknown speaker: the speaker before goes on, and calls the report false
// ("ووصف الحديث عن ... بأنه عرض مسرحي"); the pronoun after it stands for
// the report, so it names no doer. Sentences written for the test; want
// is source, stance and actor of the claim holding part.
func TestReportAsObject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, part, want string }{
		{"وقال المرصد السوري إن الطائرات قصفت المخيم. ووصف الحديث عن مقاتلين في المخيم بأنه كذب محض.", "ووصف", "sohr denies -"},
		{"وأوضحت وزارة الدفاع الروسية أن طائراتها دمرت مستودعاً للمسلحين. ووصفت الحديث عن قصف مستشفى في البلدة بأنه عرض مسرحي.", "ووصفت", "russia_mod denies -"},
		{"وأكد المرصد السوري في تقريره أن القصف طال أطراف البلدة، وكذّب الأنباء حول غارات على السوق.", "وكذ", "sohr denies -"},
	}
	for _, tt := range tests {
		t.Run(tt.part, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, tt.part)
			if got := c.Source.ID + " " + c.Stance + " " + actorOrDash(c); got != tt.want {
				t.Errorf("%s: got %s, want %s (%v)", tt.text, got, tt.want, c.Rules)
			}
		})
	}
}

// TestReportOfVictimsNotDeed: a report noun with victims annexed to it
// ("أنباء مقتل مدنيين") denies the toll, not the deed: no
// denial:report_of_deed mark. Sentences written for the test.
func TestReportOfVictimsNotDeed(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"ونفى المصدر العسكري أنباء مقتل مدنيين في القرية.",
		"وقال المسؤول إن تقارير سقوط جرحى بين العمال غير صحيحة.",
	} {
		c := mustFirstClaim(t, x, text, "2024-05-07")
		if slices.Contains(c.Rules, claims.RuleReportDenied) {
			t.Errorf("%s: %v marks a denied deed", text, c.Rules)
		}
	}
}
