package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestActors checks the actor of each claim on short articles written for
// the test ("-" for none).
func TestActors(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string
	}{
		// A generic head with a nationality after it names that party.
		{"واستهدف جيش الاحتلال التركي بالمدفعية قرى ريف الحسكة.", []string{"turkey"}},
		{"شنت طائرات الاحتلال الأمريكي غارات على ريف دير الزور.", []string{"us"}},
		// Alone, it names the party the article named so before.
		{"تواصل قوات الاحتلال الأمريكي نهب النفط السوري. وقصفت طائرات الاحتلال منازل في البلدة.", []string{"-", "us"}},
		{"شنت ميليشيا «قسد» حملة مداهمات. واقتحمت الميليشيا منازل الأهالي في القرية.", []string{"sdf", "sdf"}},
		// With no such mention, the default.
		{"قصف جيش الاحتلال مواقع في ريف القنيطرة.", []string{"israel"}},
		// A capital after a noun is where it happened; as a subject, the actor.
		{"وسمع سكان في أحياء حلب الشرقية دوي انفجارات قوية.", []string{"-"}},
		{"وقال مسؤول إن إيران دعمت الهجوم على القاعدة.", []string{"iran_backed"}},
		// "Our soldiers" hit are not the authors of the attack.
		{"وقال المتحدث العسكري: «كان هجوماً منسقاً ولم يتعرض أحد من جنودنا لأذى».", []string{"-"}},
		// Members of a party among the victims are not its forces acting.
		{"وأعلن الجيش مقتل أربعة مسلحين من عناصر داعش في عملية نفذتها قوة خاصة.", []string{"-"}},
		// The accused, written in spelled-out initials.
		{"وحمّلت الوزارة ي ب ك المسؤولية عن تفجير الشاحنة.", []string{"sdf"}},
		{"واتهمت الحكومة التركية وحدات حماية الشعب بتنفيذ الهجوم على السوق.", []string{"sdf"}},
		// The owner of the aircraft that struck, after تابعة ل, is the actor;
		// the owner of what was hit is not.
		{"وقال ناشطون إن مروحية تابعة للنظام السوري شاركت في قصف القرية.", []string{"syria_gov"}},
		{"وذكر المرصد أن مواقع تابعة للنظام تعرضت لقصف عنيف.", []string{"-"}},
		// Units of an army are not the Kurdish units.
		{"وقصفت وحدات من الجيش مواقع المسلحين.", []string{"-"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = append(got, a)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestActorContext: a claim about one party's attack, after a sentence on
// another party's, takes its date and place from that party's attack.
func TestActorContext(t *testing.T) {
	x, _ := extractor(t)
	text := "قصفت المدفعية التركية يوم السبت قرى في ريف منبج. وأفادت الدفاع التركية بأن قذائف أطلقت مساء الخميس من مناطق التنظيم وسقطت على جرابلس. " +
		"بالمقابل، أفاد المرصد بأن القصف التركي أصاب منازل مدنيين."
	cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"})
	last := cs[len(cs)-1]
	if last.Date == nil || *last.Date != *cs[0].Date {
		t.Errorf("date of the back reference = %v, want %v", last.Date, *cs[0].Date)
	}
	if diff := cmp.Diff(cs[0].Places, last.Places); diff != "" {
		t.Errorf("places of the back reference (-want +got):\n%s", diff)
	}
}

// TestSeparateEvent: a sentence that opens on a separate incident inherits
// no date or place from the event before it.
func TestSeparateEvent(t *testing.T) {
	x, _ := extractor(t)
	text := "قصفت طائرات أمريكية مواقع في البوكمال فجر السبت. وفي حادث منفصل، قتل ثلاثة مسلحين في اشتباك مع الجيش."
	cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"})
	if len(cs) != 2 {
		t.Fatalf("%d claims", len(cs))
	}
	if len(cs[1].Places) != 0 {
		t.Errorf("separate incident places = %v, want none", cs[1].Places)
	}
	if cs[1].Date != nil && cs[0].Date != nil && *cs[1].Date == *cs[0].Date {
		t.Errorf("separate incident took the date of the strike: %s", *cs[1].Date)
	}
}
