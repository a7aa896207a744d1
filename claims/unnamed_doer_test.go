package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnnamedDoer: attackers blamed by what they are said to be
// ("إرهابيون", "مجموعة مسلحة", "انتحاري", "التكفيريون") make the actor
// "unknown" asserted, unless the claim names a party elsewhere, the word
// is tied to a named party, it is counted among the victims or it only
// qualifies the manner of the attack or another noun. Sentences written
// for the test; want is the actor ("-" for none).
func TestUnnamedDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, actor string }{
		// The plural noun as subject before and after the verb.
		{"وقال مصدر في الشرطة إن إرهابيين زرعوا العبوة تحت جسر القرية.", "unknown"},
		{"وذكرت الوكالة أن الإرهابيين فجّروا سيارتين قرب المدرسة.", "unknown"},
		{"وأفاد مصدر أمني بأن قذائف هاون أطلقها مسلحون سقطت على الحي.", "unknown"},
		// A group called terrorist or armed, as agent of a verbal noun or subject.
		{"وقال المحافظ إن جماعة مسلحة اقتحمت البلدة فجر اليوم.", "unknown"},
		{"وأعلن مصدر رسمي مقتل أربعة مدنيين جراء اعتداء عصابات إرهابية على القرية.", "unknown"},
		{"وحمّل البيان التنظيمات الإرهابية مسؤولية القصف على الأحياء.", "unknown"},
		// The adjective of the attack itself.
		{"وأكدت الوزارة سقوط ضحايا في تفجير إرهابي استهدف حافلة للركاب.", "unknown"},
		// A party named next to the word: that party did it.
		{"وقال مصدر عسكري إن مجموعة إرهابية من فلول تنظيم داعش هاجمت الحاجز.", "isis"},
		{"وأعلنت أنقرة أن حزب العمال الكردستاني نفذ الهجوم الإرهابي على المخفر.", "sdf"},
		// A party named by another event word of the claim wins.
		{"وتبنت وحدات حماية الشعب أمس هجوماً انتحارياً على مخفر حدودي.", "sdf"},
		// A headline's doers over a dateline: the capital that opens the
		// next line is where the outlet writes from, not their patron.
		{"حلب: 3 شهداء جراء قصف إرهابي\n\nدمشق - الوكالة\n\nوقال المراسل إن القصف وقع صباح اليوم.", "unknown"},
		// A suicide attack names its manner, not who carried it out.
		{"وقالت الوكالة إن هجوماً انتحارياً استهدف مركزاً للشرطة.", "-"},
		// Counted gunmen are the victims.
		{"وقال المرصد إن غارة قتلت عشرة مسلحين قرب الحدود.", "-"},
		// Whose hideouts were struck, not who struck them.
		{"وذكر المرصد أن القصف المدفعي طال أوكار المسلحين في الجبل.", "-"},
		// Gunmen who withdrew carried out no attack.
		{"وقال مصدر محلي إن المسلحين انسحبوا من القرية بعد الظهر.", "-"},
		// Pages called terrorist spread a report; they did not strike.
		{"وتحدثت صفحات إرهابية عن قصف المدينة بالمدفعية.", "-"},
		// The speaker's own forces, named in the first person, struck the gunmen.
		{"وأكد بيان لوزارة الدفاع الروسية أن طائراتنا قصفت مواقع المسلحين في الجبل.", "russia"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"}) {
				if c.Actor != nil {
					got = *c.Actor
					break
				}
			}
			if got != tt.actor {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.actor)
			}
		})
	}
}

// TestMassacreWords: committing a massacre is an attack whose subject is
// its doer, typed a ground attack unless a word of the means says more
// ("طيران" is aircraft). Sentences written for the test; want is the
// event type and actor of the first claim.
func TestMassacreWords(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, typ, actor string }{
		{"وقال مصدر رسمي إن مجموعة مسلحة ارتكبت مجزرة بحق عائلتين في القرية.", claims.EventGroundAttack, "unknown"},
		{"واتهم ناشطون قوات النظام بارتكاب مجزرة في البلدة.", claims.EventGroundAttack, "syria_gov"},
		{"وأكد المرصد أن الجنود ارتكبوا مجازر في الحي قبل انسحابهم.", claims.EventGroundAttack, "-"},
		{"وقالت الوكالة إن طيران التحالف ارتكب مجزرة جديدة في المدينة.", claims.EventAirstrike, "coalition"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			got := "-"
			if cs[0].Actor != nil {
				got = *cs[0].Actor
			}
			if cs[0].EventType != tt.typ || got != tt.actor {
				t.Errorf("%s: got %s %s, want %s %s", tt.text, cs[0].EventType, got, tt.typ, tt.actor)
			}
		})
	}
}
