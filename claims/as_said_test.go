package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// asSaidProbes are closing credits with a verb of saying after كما or
// مثلما, or after بحسب ما / وفق ما with the relative's pronoun on the verb;
// and كما as "also" before a complementizer, where the speaker before goes
// on. All written for the test.
var asSaidProbes = []attrProbe{
	// "as the source announced", closing the sentence
	{"aljazeera", "ارتفع عدد القتلى في قصف البلدة إلى 21، بينهم ستة أطفال، كما أعلن المرصد السوري الأحد.", []string{"sohr asserts"}},
	{"aljazeera", "سقط تسعة قتلى في غارة على سوق الخضار، كما أكدت مصادر طبية في المدينة للجزيرة.", []string{"medical_sources asserts"}},
	{"aljazeera", "قتل أربعة عناصر من الشرطة بانفجار عبوة، مثلما قالت وزارة الداخلية السورية في بيانها.", []string{"syria_interior asserts"}},
	{"aljazeera", "أصيب سبعة مدنيين بشظايا القذائف، كما أوضح الدفاع المدني السوري.", []string{"white_helmets asserts"}},
	// the relative's pronoun on the verb after بحسب ما / وفق ما / حسبما
	{"north_press", "قتل ثلاثة رجال في إنزال جوي على قرية شرق دير الزور، حسب ما قاله سكان القرية.", []string{"local_sources asserts"}},
	{"north_press", "أصيب خمسة أطفال بانفجار لغم قرب المدرسة، وفق ما رواه شهود عيان.", []string{"local_sources asserts"}},
	{"aljazeera", "قتل ستة جنود في هجوم على حاجز قرب تدمر، حسبما صرح به مصدر عسكري سوري.", []string{"syrian_army asserts"}},
	// كما = "also": the speaker before goes on, the body after أن is content
	{"aljazeera", "وقال المرصد إن خمسة مدنيين قتلوا في قصف البلدة، كما أكد أن الجيش السوري قصفها بالمدفعية.", []string{"sohr asserts", "sohr asserts"}},
	{"aljazeera", "وذكر الدفاع المدني في بيان مسائي أن ثلاث جثث رفعت من تحت الركام، كما أشار إلى أن القوات الروسية قصفت الطريق.", []string{"white_helmets asserts", "white_helmets asserts"}},
	// a generic speaker in the accusative after لكن / غير أن
	{"enab_baladi", "لكن مصدراً طبياً في مشفى المدينة قال إن ست جثث وصلت إليه.", []string{"medical_sources asserts"}},
	{"enab_baladi", "غير أن مصدرا محليا في البلدة أكد أن أربعة مدنيين قتلوا في القصف.", []string{"local_sources asserts"}},
}

// TestAsSaidCredit runs the as-said probes.
func TestAsSaidCredit(t *testing.T) {
	x, _ := extractor(t)
	for _, p := range asSaidProbes {
		if diff := cmp.Diff(p.want, attrProbeLines(x, p)); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", p.text, diff)
		}
	}
}
