package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpreadSpeechVerb: a report named after the relative "ما" with a verb
// that is also a verb of speech ("ما أوردته"، "ما ذكرته"، "ما نشرته") is
// the spreading party's account, which it asserts, while the speaker who
// calls it false denies it; a plain verb of speech with its subject still
// frames its speaker. A party named back by the head word of a body named
// earlier ("الهيئة" after "هيئة تحرير الشام") spreads the report too.
func TestSpreadSpeechVerb(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       map[string]string // source → stance that must appear
	}{
		{"awrada called a fabrication",
			"سقطت قذائف على مطار حميميم. ووصفت وزارة الدفاع الروسية ما أوردته وسائل إعلام عن احتراق مروحيات في المطار بأنه افتراء.",
			map[string]string{"media": claims.StanceAsserts, "russia_mod": claims.StanceDenies}},
		{"after an admission, a pronoun subject",
			"سقطت قذائف على مطار حميميم. وأقرت وزارة الدفاع الروسية بمقتل جندي، لكنها وصفت ما أوردته وكالات أجنبية عن تدمير طائرات في القصف بأنه كذب.",
			map[string]string{"media": claims.StanceAsserts}},
		{"dhakara denied by a source",
			"قصفت فصائل مواقع للجيش قرب سراقب. ونفى مصدر عسكري ما ذكرته صفحات معارضة عن مقتل جنود في القصف.",
			map[string]string{"media": claims.StanceAsserts, "syrian_army": claims.StanceDenies}},
		{"feminine plural pronoun",
			"انفجرت سيارة في سوق المدينة. وكذبت وزارة الداخلية السورية ما أوردتها مواقع إخبارية عن سقوط عشرات القتلى بأنها أرقام مبالغ فيها.",
			map[string]string{"media": claims.StanceAsserts}},
		{"party named back by its head word",
			"قصفت هيئة تحرير الشام مواقع للجيش قرب سراقب. ونفى مصدر عسكري سقوط قتلى بين الجنود، مكذباً ما تبثه الهيئة بشأن سقوط قتلى من الجنود في القصف.",
			map[string]string{"hts": claims.StanceAsserts, "syrian_army": claims.StanceDenies}},
		{"organisation named back after a claim",
			"تبنى تنظيم داعش تفجير عبوة بدورية في الميادين. ونفت قوات سوريا الديمقراطية ما زعمه التنظيم عن مقتل عناصر من الدورية.",
			map[string]string{"isis": claims.StanceAsserts, "sdf": claims.StanceDenies}},
		{"plain speech verb keeps its speaker",
			"أغارت طائرات على مستودع قرب حمص. وذكرت وكالة سانا أن الغارة دمرت المستودع.",
			map[string]string{"sana": claims.StanceAsserts}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
			for src, st := range tt.want {
				found := false
				for _, c := range cs[1:] {
					found = found || (c.Source.ID == src && c.Stance == st)
				}
				if !found {
					for _, c := range cs {
						t.Logf("%s %s %v | %s", c.Source.ID, c.Stance, c.Rules, c.Text)
					}
					t.Errorf("no claim of %s that %s", src, st)
				}
			}
		})
	}
}
