package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnknownDoerPhrasing: more of the ways Arabic reports say that who
// did it is not known, each giving the first claim actor "unknown":
//
//   - a verb of remaining opening the sentence, its subject the doer and
//     its predicate "مجهول" or "غير معروف" last, past a relative clause set
//     off by commas;
//   - "من أي جهة" or "أي طرف" after a negated verb of becoming clear, also
//     past "على الفور";
//   - unknown people ("مجهولون"، "مجهولين") as the only doer of an attack:
//     after the verb that placed the bomb, after "من قبل", as the subject
//     of a clause after "قبل أن";
//   - "دون أن يعرف مصدرها" of a bomb or shells.
//
// A claim that says no one claimed it and that who did it is not known
// takes the stronger: stance "unknown"; no claim alone stays asserted (the
// majority of the sets). The unknown dead are not doers: "جثث لأشخاص
// مجهولين" names no one, nor does not naming whom the strike hit ("هوية
// الشخص المستهدف"). Want is the actor, with the stance when given.
// Sentences written for the test from the phrasing of Arabic news pages.
func TestUnknownDoerPhrasing(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ولا يزال منفذو الاعتداءين، اللذين وقعا في ساعة الذروة، مجهولين حتى اللحظة.", "unknown"},
		{"وما زالت الجهة التي فجرت الحافلة، وهي الثالثة هذا الشهر، غير معروفة.", "unknown"},
		{"وبقيت هوية الطائرات التي أغارت على الجسر، بحسب الأهالي، غامضة.", "unknown"},
		{"ولم يتضح فوراً من أي جهة انطلقت الصواريخ التي سقطت على الميناء.", "unknown"},
		{"ولم يتضح من أي طرف جاء قصف المعبر الحدودي ليل الأحد.", "unknown"},
		{"وقتل عنصران من الشرطة بانفجار دراجة مفخخة تركها مجهولون أمام المخفر.", "unknown"},
		{"وقتل حارس المعمل بإطلاق نار من قبل مجهولين على مدخله.", "unknown"},
		{"وقال الناطق إن القافلة تعرضت لإطلاق نار عند الجسر بعد أن أطلق «رجال مجهولون» النار عليها.", "unknown"},
		{"وقال المرصد إن قذيفتين سقطتا على المدرسة، من دون أن يعرف مصدرهما.", "unknown"},
		{"ولم تعلن أي جماعة مسؤوليتها عن تفجير المقهى، ولا تزال هوية الفاعلين مجهولة.", "unknown unknown"},
		{"ولم تعلن جماعة مسؤوليتها عن تفجير المقهى حتى الآن.", "unknown asserts"},
		{"وعثر الأهالي على ثلاث جثث لأشخاص مجهولين قرب مكب النفايات بعد القصف.", "-"},
		{"ولا يزال القصف على الحي متواصلاً منذ الصباح.", "-"},
		{"وقتل رجل بغارة على سيارته قرب سراقب، ولم يذكر البيان هوية الشخص المستهدف.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"}) {
				if c.Actor != nil {
					got = *c.Actor
					if strings.Contains(tt.want, " ") {
						got += " " + c.Stance
					}
				}
				break
			}
			if got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestUnknownDoerClauseEvent: a clause that says who did it is not known,
// with no event word of its own ("ولم يحدد الجهة المسؤولة عن إطلاقها"،
// "التحقيقات جارية لتحديد من يقف وراءه"), tells of the event the article
// told just before: it takes that event's type, with actor "unknown" and,
// for a doer not determined, stance "unknown". Articles written for the
// test.
func TestUnknownDoerClauseEvent(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, event, stance string }{
		{"أفاد المرصد بمقتل أربعة مدنيين بقصف صاروخي على بلدة كفرنبل يوم الأحد، ولم يحدد الجهة المسؤولة عن إطلاقها.",
			claims.EventShelling, claims.StanceUnknown},
		{"انفجرت سيارة مفخخة قرب مخفر مدينة الميادين مساء الأحد. وقال مصدر في الشرطة إن التحقيقات جارية لمعرفة من يقف وراء هذا العمل.",
			claims.EventGroundAttack, claims.StanceUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			found := false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-05"}) {
				if c.Actor == nil || *c.Actor != "unknown" {
					continue
				}
				found = true
				if c.EventType != tt.event || c.Stance != tt.stance {
					t.Errorf("%s: got %s %s, want %s %s", c.Text, c.EventType, c.Stance, tt.event, tt.stance)
				}
			}
			if !found {
				t.Errorf("%s: no claim with actor unknown", tt.text)
			}
		})
	}
}

// TestUnknownWeaponStance: a weapon or strike of unknown owner ("مسيّرة
// مجهولة"، "قذائف مجهولة المصدر") says whose it was is not known: actor
// "unknown", stance "unknown", as "لم تعرف هويتها" does; so do unknown gunmen
// ("مسلحون مجهولون"), and so does a weapon that also takes a toll.
// Sentences written for the test.
func TestUnknownWeaponStance(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"واستهدفت طائرة مسيرة مجهولة الهوية شاحنة على طريق البوكمال.", "unknown unknown"},
		{"وسقطت قذائف مجهولة المصدر على أطراف بلدة الهبيط.", "unknown unknown"},
		{"واغتال مسلحون مجهولون رئيس البلدية أمام منزله في بلدة نوى.", "unknown unknown"},
		{"وقتلت مسيرة مجهولة الهوية ثلاثة عناصر على طريق البوكمال.", "unknown unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"}) {
				if c.Actor != nil {
					got = *c.Actor + " " + c.Stance
				}
				break
			}
			if got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}
