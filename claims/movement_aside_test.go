package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestMovementAside checks that a word of movement does not type a claim
// when the movement is not what the claim tells: a column struck by the
// deed before it, "نشر" meaning to publish footage or a statement, and the
// attackers' leaving after their deed. A column on the move, forces
// deployed and a withdrawal told alone keep their movement type.
// Sentences written for the test; the type of the first claim.
func TestMovementAside(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال المرصد إن طائرات حربية نفذت غارات على رتل للفصائل قرب الحدود.", claims.EventAirstrike},
		{"وأفادت مصادر محلية بمقتل عشرة عناصر بقصف رتل لقوات النظام في البادية.", claims.EventAirstrike},
		{"وقالت الوزارة إن مسلحين نصبوا كميناً لرتل عسكري على طريق البلدة.", claims.EventGroundAttack},
		{"وقال المرصد إن رتلاً من التعزيزات العسكرية وصل إلى أطراف المدينة.", claims.EventDeployment},
		{"وقالت مصادر إن الجيش نشر قواته في محيط البلدة بعد الاشتباكات.", claims.EventDeployment},
		{"وقال المرصد إن الطيران الحربي قصف البلدة، ونشر ناشطون صوراً تظهر الدمار في السوق.", claims.EventAirstrike},
		// a medium as the subject publishes, whatever it published and
		// however far that stands
		{"وقالت مصادر إن عبوة انفجرت بسيارة عسكرية، ثم نشر موقع محلي مقرب من الفصيل خبراً عن مقتل ثلاثة.", claims.EventGroundAttack},
		{"وقال المرصد إن مسلحين هاجموا حاجزاً للجيش، ونشرت حسابات مقربة من التنظيم مساء اليوم تسجيلاً للهجوم.", claims.EventGroundAttack},
		{"وأفاد مراسلنا بأن مسلحين هاجموا حاجزاً للشرطة ثم انسحبوا إلى بساتين قريبة.", claims.EventGroundAttack},
		{"وذكر المرصد أن ملثمين اقتحموا المنزل وقتلوا صاحبه قبل أن ينسحبوا من القرية.", claims.EventGroundAttack},
		{"وقالت وزارة الدفاع إن قواتها انسحبت من القرية بعد أيام من المعارك.", claims.EventWithdrawal},
	}
	assertFirstClaimType(t, x, tests)
}

// TestLeavingNoTarget checks that where the attackers went after their
// deed is not taken as what they hit. Sentences written for the test.
func TestLeavingNoTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, bad string }{
		{"وأفاد ناشطون بأن مسلحين أطلقوا النار على المارة ثم فروا باتجاه مقر تابع للفصيل.", "headquarters"},
		{"وقالت مصادر إن المهاجمين استهدفوا الحاجز وأن المنفذين انسحبوا نحو مقر الفصيل.", "headquarters"},
	}
	for _, tt := range tests {
		if got := firstTarget(x, tt.text); got == tt.bad || len(got) > len(tt.bad) && got[:len(tt.bad)] == tt.bad {
			t.Errorf("%s\ntarget %q, where they went", tt.text, got)
		}
	}
}

// TestLaunchVessel checks that the sea or coast a warship lay off when it
// launched its missiles is not the scene of the strike, while the town
// the missiles fell on is. Sentences written for the test.
func TestLaunchVessel(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"وقال المرصد إن القذائف الصاروخية أطلقت من بوارج حربية قبالة الساحل السوري.", nil},
		{"وذكرت الوزارة أن صواريخ مجنحة أطلقت من سفن حربية قرب طرطوس وسقطت على مدينة إدلب.", []string{"idlib_city"}},
		{"وقال المرصد إن القذائف الصاروخية أطلقت من مواقع الجيش داخل طرطوس.", nil},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
		if len(cs) == 0 {
			t.Errorf("%s\nno claim", tt.text)
			continue
		}
		for _, p := range cs[0].Places {
			if p == "tartus" || p == "syrian_coast" {
				t.Errorf("%s\nplaces %v hold where the fire came from", tt.text, cs[0].Places)
			}
		}
		for _, w := range tt.want {
			if !slices.Contains(cs[0].Places, w) {
				t.Errorf("%s\nplaces %v, want %s among them", tt.text, cs[0].Places, w)
			}
		}
	}
}

// TestStateMovement checks that leaving or entering a state is no troop
// movement: a hospital or an airport put out of service by a strike keeps
// the strike's type, and a truce coming into force types no deployment,
// while forces leaving a town or entering it still do. Sentences written
// for the test; the type of the first claim.
func TestStateMovement(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قال الدفاع المدني إن غارة جوية أصابت المشفى الوطني وتسببت بخروجه كلياً من الخدمة.", claims.EventAirstrike},
		{"شهيدان بعدوان على مطار المدينة وخروجه من الخدمة", claims.EventAirstrike},
		{"وقالت مصادر محلية إن الهدنة التي أعلنتها الأطراف دخلت حيز التنفيذ وسط خروقات وقصف متقطع.", claims.EventAirstrike},
		{"وقالت وزارة الدفاع إن قواتها انسحبت من القرية بعد أيام من المعارك.", claims.EventWithdrawal},
		{"وقال المرصد إن قوات النظام دخلت البلدة بعد اشتباكات.", claims.EventDeployment},
	}
	assertFirstClaimType(t, x, tests)
}

// TestMovementDemanded checks that a movement demanded, called for or
// prevented is no movement told: the claim keeps the type of
// the deed it tells, or none. A movement told outright keeps its type.
// Sentences written for the test; the type of the first claim.
func TestMovementDemanded(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ونددت الوزارة بالغارات على البلدة، مطالبةً بانسحاب القوات الأجنبية من البلاد.", claims.EventAirstrike},
		{"وأدان المجلس القصف على الحي، داعياً إلى خروج المسلحين من المدينة.", claims.EventAirstrike},
		{"وقال البيان إن المسلحين يمنعون المدنيين من المغادرة.", claims.EventOther},
		{"وقال المرصد إن قوات النظام انسحبت من البلدة فجر اليوم.", claims.EventWithdrawal},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
		got := claims.EventOther
		if len(cs) > 0 {
			got = cs[0].EventType
		}
		if got != tt.want {
			t.Errorf("%s\ntype %q, want %q", tt.text, got, tt.want)
		}
	}
}

// assertFirstClaimType extracts each test text and checks the event type
// of its first claim against want; a text with no claim is an error.
func assertFirstClaimType(t *testing.T, x *claims.Extractor, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
		if len(cs) == 0 {
			t.Errorf("%s\nno claim", tt.text)
			continue
		}
		if got := cs[0].EventType; got != tt.want {
			t.Errorf("%s\ntype %q, want %q", tt.text, got, tt.want)
		}
	}
}
