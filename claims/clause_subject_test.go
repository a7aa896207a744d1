package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// claimWith is the first claim whose text contains part.
func claimWith(t *testing.T, cs []claims.Claim, part string) claims.Claim {
	t.Helper()
	for _, c := range cs {
		if strings.Contains(c.Text, part) {
			return c
		}
	}
	t.Fatalf("no claim holds %q", part)
	return claims.Claim{}
}

// TestClauseSubjectCredit checks who is credited with a sentence whose main
// verb is not a verb of saying but whose participle goes on speaking, with
// relays named in an aside, bare ministry names and the topic construction
// أما ... فـ, on sentences written for the test.
func TestClauseSubjectCredit(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, outlet, part, want, via string
	}{
		// The participle describes the subject of the main verb, not the
		// speaker of the sentence before.
		{"condemned", "قال مصدر طبي إن المشفى استقبل عشرة جرحى. واستنكرت وزارة الخارجية الروسية القصف، معتبرة أنه خرق للهدنة.", "", "واستنكرت", "russia_mfa", ""},
		{"raised toll", "وقال مدير المشفى إن الجرحى نقلوا إلى حلب. من جهته، رفع المرصد السوري عدد القتلى إلى 12، مشيراً إلى أن بينهم أطفالاً.", "", "رفع المرصد", "sohr", ""},
		{"after phrase", "قال ناشطون إن القصف طال السوق. وفي سياق متصل، طالبت الأمم المتحدة بوقف الغارات، مؤكدة أن ثمانية مدنيين قتلوا.", "", "طالبت", "un", ""},
		// With a speaker of its own in the sentence, the participle goes on
		// with that speaker.
		{"own speaker", "قال المرصد السوري إن الغارات قتلت خمسة، مضيفاً أن الحصيلة قد ترتفع.", "", "مضيفاً", "sohr", ""},
		// New participles: calling for, renewing, deeming likely.
		{"calling", "أعلنت وزارة الدفاع التركية مقتل جنديين، داعية إلى ضبط النفس.", "", "داعية", "turkey_mod", ""},
		// The medium through which a monitor reached the article relays it.
		{"aside relay", "وأفاد المرصد السوري، بحسب ما نقلت عنه وكالة الصحافة الفرنسية، بأن الغارات قتلت تسعة مقاتلين.", "", "تسعة", "sohr", "afp"},
		{"toll relay", "وذكر المرصد، في حصيلة محدثة نقلتها وكالة الصحافة الفرنسية، أن عدد القتلى بلغ عشرين.", "", "عشرين", "sohr", "afp"},
		// A bare ministry name refers back to the ministry of that role
		// named before, else stands for the outlet's own state's.
		{"bare mfa back", "دانت وزارة الخارجية الروسية الغارة. وأوضحت الخارجية، في رسالة إلى مجلس الأمن، أن القصف طال مدرسة.", "سانا", "وأوضحت", "russia_mfa", ""},
		{"bare interior headline", "الداخلية: 4 قتلى بانفجار عبوة في حمص", "سانا", "الداخلية", "syria_interior", ""},
		// The topic construction with no comma.
		{"topic", "قال المرصد إن القصف قتل ستة. أما لجان التنسيق المحلية فقالت إن القتلى تسعة.", "", "القتلى تسعة", "activist", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: tt.outlet, OutletID: outletID(tt.outlet), Published: "2021-05-04"})
			c := claimWith(t, cs, tt.part)
			if c.Source.ID != tt.want {
				t.Errorf("source %q, want %q", c.Source.ID, tt.want)
			}
			if tt.via != "" && (len(c.Via) == 0 || c.Via[0].ID != tt.via) {
				t.Errorf("via %+v, want %q", c.Via, tt.via)
			}
		})
	}
}

// outletID is the registry id of the few outlets the tests name.
func outletID(name string) string {
	switch name {
	case "سانا":
		return "sana"
	case "بترا":
		return "petra"
	case "تسنيم":
		return "tasnim"
	}
	return ""
}

// TestOwnStateInstitutions checks unqualified institutions and spokesmen
// of them, read as the outlet's own state's, and anonymous residents and
// church sources, on sentences written for the test.
func TestOwnStateInstitutions(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, outlet, part, want string
	}{
		{"armed forces headline", "القوات المسلحة: إحباط محاولة تسلل وقتل ثلاثة مهربين", "بترا", "إحباط", "jordan_army"},
		{"army command", "قالت القيادة العامة للجيش في بيان إن صواريخ معادية استهدفت مطاراً عسكرياً.", "سانا", "صواريخ", "syrian_army"},
		{"no state outlet", "قالت القيادة العامة للجيش في بيان إن صواريخ معادية استهدفت مطاراً عسكرياً.", "", "صواريخ", "outlet"},
		{"health ministry", "قال المرصد إن القتلى أربعة، قبل أن تعلن وزارة الصحة ارتفاع العدد إلى ستة.", "سانا", "ارتفاع العدد", "syria_health"},
		{"spokesman of ministry", "من جهته، قال المتحدث باسم وزارة الخارجية إن الهجوم على السفارة انتهاك للقانون الدولي.", "تسنيم", "السفارة", "iran_mfa"},
		{"manner of speaking", "قال الدفاع المدني إن سبعة قتلوا. واكتفت وزارة الدفاع التركية في بيانها بالإشارة إلى مقتل اثنين.", "", "مقتل اثنين", "turkey_mod"},
		{"residents tanween", "قصفت الطائرات الحي. وقال أهالٍ من القرية للمراسل إن المسلحين أحرقوا بيوتهم.", "", "أحرقوا", "local_sources"},
		{"present headline", "قصف على ريف حماة..\nوالمرصد يتحدث عن خمسة قتلى من المدنيين", "", "خمسة قتلى", "sohr"},
		{"talking about", "وقال التحالف الدولي في بيان إن الانسحاب بدأ، ولم يبين ما إذا كان يتحدث عن الجنود الأمريكيين فقط.", "", "الجنود الأمريكيين", "coalition"},
		{"church sources", "أفادت مصادر كنسية بأن عدد قتلى التفجير بلغ عشرة.", "", "عشرة", "local_sources"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: tt.outlet, OutletID: outletID(tt.outlet), Published: "2021-05-04"})
			c := claimWith(t, cs, tt.part)
			got := c.Source.ID
			if got == outletID(tt.outlet) && got != "" {
				got = "outlet"
			}
			if c.Source.ID != tt.want && got != tt.want {
				t.Errorf("source %q, want %q", c.Source.ID, tt.want)
			}
		})
	}
}

// TestOwnPeopleAreVictims checks that a first-person word naming the
// speaker's own people ("من كوادرنا") does not make the speaker the doer.
func TestOwnPeopleAreVictims(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وزارة الدفاع: ثلاثة شهداء من كوادرنا بغارة على المطار",
		"قالت الوزارة إن الغارة أدت إلى مقتل اثنين من منتسبينا.",
	} {
		for _, c := range x.Extract(claims.Article{ID: "t", Text: text, OutletID: "sana", Published: "2021-05-04"}) {
			if c.Actor != nil && *c.Actor == "syria_gov" {
				t.Errorf("%q: actor syria_gov from the speaker's own people", text)
			}
		}
	}
}
