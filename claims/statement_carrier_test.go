package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStatementCarrier: a medium named after the verb that carried a
// statement ("في بيان نقلته"، "في بيانها الذي نشرته"، "في تقرير بثه")
// relays the speaker; it is not a speaker of its own, whether the
// speaker is named before the aside or goes on from the sentence before.
// Sentences written for the test.
func TestStatementCarrier(t *testing.T) {
	x, _ := extractor(t)
	cases := []attrProbe{
		// the statement with its pronoun and a relative, between commas
		{"", "وقالت وزارة الداخلية السورية في بيانها، الذي بثته وكالة سانا مساء، إن أربعة مسلحين قتلوا في الاشتباك.",
			[]string{"syria_interior via sana asserts"}},
		// the same with no commas
		{"", "وأكد المرصد السوري في تقريره الذي نشرته وكالة الأناضول أن سبعة مقاتلين قتلوا قرب البلدة.",
			[]string{"sohr via anadolu asserts"}},
		// the plain aside still relays
		{"", "وقالت وزارة الداخلية السورية، في بيان نقلته وكالة سانا، إن أربعة مسلحين قتلوا في الاشتباك.",
			[]string{"syria_interior via sana asserts"}},
		// the speaker goes on from the sentence before: the medium relays it
		{"", "وقالت وزارة الداخلية السورية إن أربعة مسلحين قتلوا. وأضافت في بيان نقلته وكالة سانا أن عنصرين أصيبا بجروح.",
			[]string{"syria_interior asserts", "syria_interior via sana asserts"}},
		{"", "وأشار المرصد السوري إلى مقتل خمسة عناصر. وأضاف في تقرير نشرته وكالة الأناضول أن الاشتباكات استمرت حتى الفجر.",
			[]string{"sohr asserts", "sohr via anadolu asserts"}},
		// a medium that speaks for itself stays the speaker
		{"", "وذكرت وكالة سانا أن أربعة مسلحين قتلوا في الاشتباك.",
			[]string{"sana asserts"}},
	}
	for _, p := range cases {
		if diff := cmp.Diff(p.want, attrProbeLines(x, p)); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", p.text, diff)
		}
	}
}

// TestRevolutionCommission: the activist network of the early uprising
// is a local source, not the outlet nor the state daily whose name its
// own contains.
func TestRevolutionCommission(t *testing.T) {
	x, _ := extractor(t)
	cases := []attrProbe{
		{"", "وذكرت الهيئة العامة للثورة السورية مساء أمس أن القذائف سقطت على سوق شعبي.",
			[]string{"local_sources asserts"}},
		{"anadolu", "وتحدثت الهيئة العامة للثورة السورية ظهراً عن قتلى في القصف.",
			[]string{"local_sources asserts"}},
		// the daily itself still speaks
		{"", "وذكرت صحيفة الثورة أن ثمانية أشخاص قتلوا في القصف.",
			[]string{"althawra asserts"}},
	}
	for _, p := range cases {
		if diff := cmp.Diff(p.want, attrProbeLines(x, p)); diff != "" {
			t.Errorf("%s [outlet %q]\n(-want +got):\n%s", p.text, p.outlet, diff)
		}
	}
}
