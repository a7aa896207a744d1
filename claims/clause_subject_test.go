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
		{"raised toll", "وذكر مدير المستوصف أن المصابين أسعفوا إلى إدلب. بدوره، رفع المرصد السوري حصيلة الضحايا إلى 15، مشيراً إلى أن بينهم نساء.", "", "رفع المرصد", "sohr", ""},
		{"after phrase", "قال ناشطون إن القصف طال السوق. وفي سياق متصل، طالبت الأمم المتحدة بوقف الغارات، مؤكدة أن ثمانية مدنيين قتلوا.", "", "طالبت", "un", ""},
		// With a speaker of its own in the sentence, the participle goes on
		// with that speaker.
		{"own speaker", "قال المرصد السوري إن الغارات قتلت خمسة، مضيفاً أن الحصيلة قد ترتفع.", "", "مضيفاً", "sohr", ""},
		// New participles: calling for, renewing, deeming likely.
		{"calling", "أعلنت وزارة الدفاع التركية مقتل جنديين، داعية إلى ضبط النفس.", "", "داعية", "turkey_mod", ""},
		// The medium through which a monitor reached the article relays it.
		{"aside relay", "وأفاد المرصد لحقوق الإنسان، بحسب ما نقلت عنه رويترز، بأن الضربات قتلت سبعة مسلحين.", "", "سبعة", "sohr", "reuters"},
		{"toll relay", "وذكر المرصد، في آخر حصيلة نقلتها وكالة الصحافة الفرنسية مساء، أن الضحايا صاروا ثلاثين.", "", "ثلاثين", "sohr", "afp"},
		// A bare ministry name refers back to the ministry of that role
		// named before, else stands for the outlet's own state's.
		{"bare mfa back", "دانت وزارة الخارجية الروسية الغارة. وأوضحت الخارجية، في رسالة بعثتها إلى الأمين العام، أن الغارة أصابت مستوصفاً.", "سانا", "وأوضحت", "russia_mfa", ""},
		{"bare interior headline", "الداخلية: 4 قتلى بانفجار عبوة في حمص", "سانا", "الداخلية", "syria_interior", ""},
		// The topic construction with no comma.
		{"topic", "قال المرصد إن القصف قتل ستة. أما لجان التنسيق المحلية في حماة فقالت إن الضحايا أحد عشر.", "", "الضحايا أحد عشر", "activist", ""},
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
		{"army command", "أعلنت القيادة العامة للجيش مساء أمس أن صواريخ معادية أصابت قاعدة جوية.", "سانا", "صواريخ", "syrian_army"},
		{"no state outlet", "أعلنت القيادة العامة للجيش مساء أمس أن صواريخ معادية أصابت قاعدة جوية.", "", "صواريخ", "outlet"},
		{"health ministry", "ذكر المرصد أن القتلى خمسة، قبل أن تؤكد وزارة الصحة وصول الحصيلة إلى ثمانية.", "سانا", "وصول الحصيلة", "syria_health"},
		{"spokesman of ministry", "بدوره، صرح المتحدث باسم وزارة الخارجية بأن استهداف القنصلية خرق للأعراف الدولية.", "تسنيم", "القنصلية", "iran_mfa"},
		{"manner of speaking", "أحصى الدفاع المدني تسعة قتلى. واكتفت وزارة الدفاع التركية، في بيان مقتضب، بالإشارة إلى مقتل ثلاثة.", "", "مقتل ثلاثة", "turkey_mod"},
		{"topic with a relative clause", "قالت لجان التنسيق إن 50 قتلوا. أما المرصد السوري المعارض، وهو الذي ينشط من بريطانيا منذ سنوات طويلة، فقال لوكالة رويترز إنه أحصى 34 قتيلاً.", "", "أحصى 34", "sohr"},
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
