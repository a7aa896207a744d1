package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestStanceRules checks the stance of each claim and the rule that set it,
// on sentences written for the test: "stance rule actor".
func TestStanceRules(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		// A report called false denies the event; a denied link denies a part.
		{"الوزارة: أنباء القصف على المشفى ملفقة", []string{"denies stance:denial_falsehood -"}},
		{"وقال مصدر في الفصيل إنه لا علاقة لهم بالتفجير الذي هز المدينة.", []string{"denies stance:denial_link -"}},
		// A part not taken ("لم تشارك فيها") denies the speaker's side's
		// involvement, whatever verb reports it.
		{"وأبلغت الإدارة الأمريكية بغداد أنها لم تعلم بالغارة على المقر مسبقا ولم تشارك فيها.", []string{"denies stance:denial_link us"}},
		{"وقال متحدث باسم الجيش التركي إن قواته لم تشارك في قصف البلدة.", []string{"denies stance:denial_link turkey"}},
		// The speaker's own link, denied: the actor is the speaker's side.
		{"وقوات سوريا الديمقراطية تنفي علاقتها بالتفجير", []string{"denies stance:cue sdf"}},
		// Rejecting an account or an accusation denies it; rejecting to
		// comment, or to withdraw, denies nothing.
		{"ورفضت وزارة الدفاع الروسية الرواية التي تحدثت عن مقتل مدنيين في الغارة.", []string{"denies stance:cue -"}},
		{"ورفض المتحدث باسم الجيش التعليق على الغارة.", []string{"asserts - -"}},
		// A negated description corrected at once is no denial.
		{"وقال الجيش إن ما جرى ليس هجوماً، بل تدريب روتيني بالذخيرة الحية.", []string{"asserts - -"}},
		{"وقال الجيش إن طائراته لم تقصف البلدة على الإطلاق.", []string{"denies stance:negated_event -"}},
		// "زعم" is the reporter's distance; the source asserts.
		{"وزعم المتحدث باسم الجيش أن طائراته قصفت مخازن أسلحة قرب المطار.", []string{"asserts - syria_gov"}}, // the army's own aircraft: the unqualified army is Syria's
		// A negated support verb before the event noun denies the event.
		{"وقال مسؤول أمريكي إن الولايات المتحدة لم تنفذ أي ضربات في المنطقة تلك الليلة.", []string{"denies stance:negated_event us"}},
		{"وقال قائد الفصيل إن مقاتليه لم يقوموا بأي هجوم على الحاجز.", []string{"denies stance:negated_event -"}},
		// An unconfirmed report speaking as a source.
		{"وتحدثت أنباء عن مقتل قياديين في الحرس الثوري بالغارة.", []string{"unconfirmed stance:hedged_report -"}}, // the dead are victims, not the actor
		{"وذكرت تقارير غير مؤكدة أن الغارة طالت مستودعاً للذخيرة.", []string{"unconfirmed stance:hedge -"}},
		// A party that did not comment on a strike is not its actor.
		{"ولم تعلق قوات سوريا الديمقراطية على الاستهداف حتى الآن.", []string{"asserts - -"}},
		// A count the source cannot give is no ignorance of the event.
		{"وذكرت مصادر محلية أن الغارة قتلت عدداً غير معروف من المسلحين.", []string{"asserts - -"}},
		// A pretext called false is the attacker's justification rejected:
		// the attack itself is taken as given.
		{"وقال الوزير إن الحجج الملفقة التي ساقتها تل أبيب سبقت الغارة على المطار.", []string{"asserts - -"}},
		{"ورأى المتحدث أن ذرائع واشنطن لا أساس لها.", []string{"asserts - -"}},
		{"وقال القيادي إن الاحتلال يحاول تبرير قصفه للمخيمات بأكاذيب لا تنطلي على أحد.", []string{"asserts - -"}},
		// A report called false is still a denial.
		{"وقال المصدر إن الأنباء عن قصف المخيم أكاذيب روّجتها المواقع.", []string{"denies stance:denial_falsehood -"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		rule := "-"
		for _, r := range c.Rules {
			if strings.HasPrefix(r, "stance:") {
				rule = r
			}
		}
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		return c.Stance + " " + rule + " " + a
	})
}

// TestDenialOfVictimConduct: a relative denying what the victim is said
// to have done does not deny the event.
func TestDenialOfVictimConduct(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ونفى شقيق الضحية أن يكون أخوه قد حمل السلاح أو اقترب من الجنود.", claims.StanceAsserts},
		{"ونفت والدة الشاب أن يكون ابنها قد شارك في أي اشتباك مع القوة المتوغلة.", claims.StanceAsserts},
		{"ونفى الجيش أن يكون قد قصف القرية.", claims.StanceDenies},
		{"ونفت الوزارة أن تكون طائراتها قد قصفت السوق.", claims.StanceDenies},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 || cs[0].Stance != tt.want {
				var got []string
				for _, c := range cs {
					got = append(got, c.Stance)
				}
				t.Errorf("%s\ngot %v, want %s", tt.text, got, tt.want)
			}
		})
	}
}
