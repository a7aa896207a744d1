package claims_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// sourcesOf returns "source [via a,b] stance" for every claim of a text.
func sourcesOf(t *testing.T, x *claims.Extractor, outlet, text string) []string {
	t.Helper()
	var got []string
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01", OutletID: outlet}) {
		got = append(got, sourceLine(c))
	}
	return got
}

// TestAttributionCues checks cues that tie a figure to its speaker:
// asides between a subject and its verb, a name in brackets after a
// describing head, verbs that raise or detail a toll.
func TestAttributionCues(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string
	}{
		// An aside between the subject and its verb.
		{"وقال ناشطون إن القصف طال السوق. الدفاع المدني، من جهته، أعلن انتشال 8 جثث من تحت الأنقاض.", []string{"local_sources asserts", "white_helmets asserts"}},
		{"وزارة الصحة السورية، بدورها، أحصت 14 مصاباً في المشافي.", []string{"syria_health asserts"}},
		{"أما المرصد السوري، هو الآخر، فقد وثّق مقتل 5 عناصر.", []string{"sohr asserts"}},
		// A comma alone does not make an aside: the narration stays the outlet's.
		{"سقطت القذائف على المرصد، ثم أحصى السكان 3 قتلى.", []string{"outlet asserts"}},
		// A describing head with the name in brackets.
		{"وقال الجيش الإسرائيلي إنه قصف مواقع. في المقابل، ذكرت الوكالة الرسمية (سانا) أن 4 مدنيين قتلوا.", []string{"idf asserts", "sana asserts"}},
		// Raising or lowering a toll names whose toll it is.
		{"رفعت وزارة الصحة حصيلة ضحايا القصف إلى 17 قتيلاً.", []string{"syria_health asserts"}},
		{"وخفّض المرصد السوري عدد القتلى إلى 9 بعد التدقيق.", []string{"sohr asserts"}},
		// Without a toll, raising is no speech.
		{"ورفعت الفصائل السواتر الترابية حول البلدة.", []string{"outlet asserts"}},
		// Detailing who the dead were.
		{"وفصّل المرصد السوري القتلى بأنهم أربعة جنود وستة مسلحين.", []string{"sohr asserts"}},
		// "لم ... إلا": a restriction asserts what it admits.
		{"ولم تقر وسائل الإعلام الرسمية السورية إلا بمقتل جنديين في الكمين.", []string{"syria_state_media asserts"}},
		{"وقال المرصد إن الطائرات قصفت البلدة، بينما لا تنفي الوزارة ذلك.", []string{"sohr asserts"}},
		// A governor named by role, then "الوالي".
		{"وقال والي غازي عنتاب إن 3 قذائف سقطت قرب المدرسة. وأوضح الوالي أن 5 أطفال أصيبوا.", []string{"turkey_interior asserts", "turkey_interior asserts"}},
		// A credit ending the correspondent's sentence is the source of
		// what the correspondent reports; a credit mid-sentence is not.
		{"وأفاد مراسلنا في حلب بأن قذيفة سقطت على المدرسة وقتلت 3 تلاميذ، بحسب مصدر طبي.", []string{"medical_sources asserts"}},
		{"وذكرت مصادر محلية أن الاشتباكات توقفت، بحسب المرصد السوري.", []string{"local_sources asserts", "sohr asserts"}},
		// "عبر بيان نشرته X": the agency publishes, the group speaks.
		{"وأعلن تنظيم داعش مسؤوليته عن الهجوم ببيان نشرته أعماق، زاعماً أن 12 جندياً قتلوا.", []string{"isis via amaq asserts", "isis unconfirmed"}},
		{"وقال محافظ حمص إن الطريق مفتوح. وأكد المحافظ أن 4 عمال أصيبوا بالانفجار.", []string{"syria_government asserts", "syria_government asserts"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sourcesOf(t, x, "", tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestFieldSources checks that a "field source" is the Syrian army's in
// Syrian state and Russian media, and a local source elsewhere.
func TestFieldSources(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		outlet, text, want string
	}{
		{"sana", "وأفاد مصدر ميداني بأن وحدات الجيش صدت هجوماً وقتلت 6 مسلحين.", "syrian_army"},
		{"enab_baladi", "وأفاد مصدر ميداني بأن الفصائل صدت هجوماً وقتلت 6 عناصر.", "local_sources"},
		{"syria_tv", "وقال مصدر ميداني لوكالة سبوتنيك إن الجيش استعاد التلة.", "syrian_army"},
	}
	for _, tt := range tests {
		got := sourcesOf(t, x, tt.outlet, tt.text)
		if len(got) == 0 || !strings.HasPrefix(got[0], tt.want+" ") {
			t.Errorf("%s (%s): got %v, want %s", tt.text, tt.outlet, got, tt.want)
		}
	}
}
