package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParticipleAgreement: a participle of speech after a relayed quote
// goes to the relaying medium when its gender is the medium's and not the
// quoted party's; else the quoted party goes on. Sentences written for
// the test.
func TestParticipleAgreement(t *testing.T) {
	x, _ := extractor(t)
	cases := []attrProbe{
		// feminine participle, feminine agency, masculine source: the agency
		{"", "ونقلت وكالة سانا صباحاً عن مصدر في الجيش تأكيده أن المدفعية دمرت مخزناً، مشيرة إلى مقتل ستة مسلحين.",
			[]string{"syrian_army via sana asserts", "sana asserts"}},
		{"", "ونقلت صحيفة الوطن عن مصدر في الجيش تأكيده أن المدفعية دمرت مخزناً، لافتة إلى أن الطيران شارك.",
			[]string{"syrian_army via alwatan asserts", "alwatan asserts"}},
		// masculine participle agrees with the source: it goes on
		{"", "ونقلت وكالة سانا صباحاً عن مصدر في الجيش تأكيده أن المدفعية دمرت مخزناً، مضيفاً أن ستة مسلحين قتلوا.",
			[]string{"syrian_army via sana asserts", "syrian_army asserts"}},
		// both heads of one gender: the source goes on
		{"", "ونقل موقع عنب بلدي عن الدفاع المدني قوله إن القصف دمر منزلين، مضيفاً أن ثلاثة أطفال قتلوا.",
			[]string{"white_helmets via enab_baladi asserts", "white_helmets asserts"}},
		// a medium addressed with لـ is no relay: the speaker goes on
		{"", "وقال المتحدث باسم الجبهة الوطنية للتحرير لتلفزيون سوريا إن الرواية ملفقة، داعياً إلى تحقيق دولي.",
			[]string{"nlf via syria_tv denies", "nlf asserts"}},
	}
	for _, p := range cases {
		if diff := cmp.Diff(p.want, attrProbeLines(x, p)); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", p.text, diff)
		}
	}
}
