package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
)

// TestMartyrVerbsAndPartitiveNoun checks the verb of martyrdom before and
// after its count ("ارتقى أربعة مدنيين"، "ثلاثة شبان ارتقوا"), and that a
// vague count "of the wounded" after another outcome's verb keeps the
// outcome its noun names ("استشهد ... وسقط عدد من الجرحى"), while a verb
// of dying right before it makes the wounded who died part of the dead.
// Sentences written for the test.
func TestMartyrVerbsAndPartitiveNoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"martyrdom verb before the count",
			"ارتقى أربعة مدنيين، بينهم طفلة، بقصف مدفعي على الحي الشرقي.",
			[]string{"outlet killed civilians 4-4 exact", "outlet killed civilians 1-1 exact subset"}},
		{"martyrdom verb after the count",
			"وقال ناشطون إن ثلاثة شبان ارتقوا برصاص قناص على الطريق.",
			[]string{"local_sources killed civilians 3-3 exact"}},
		{"a word of rising that is no death",
			"وارتقى مستوى التنسيق بين الفصيلين خلال الأشهر الثلاثة الماضية.",
			nil},
		{"vague wounded after a verb of the dead",
			"وذكر الجيش السوري أن الطائرات ضربت المطار، فاستشهد خمسة جنود وسقط عدد من الجرحى.",
			[]string{"syrian_army killed syrian_army 5-5 exact", "syrian_army wounded unknown 2-9 vague"}},
		{"wounded who died are of the dead",
			"وأعلنت مديرية الصحة أن حصيلة القتلى ارتفعت إلى 23، بعدما فارق عدد من المصابين الحياة في المشفى.",
			[]string{"syria_health killed unknown 23-23 exact"}},
	}
	assertFigureLines(t, x, tests)
}

// TestOfficialSourceOfStateOutlet checks that an unnamed official source
// of no named body ("مصدر مسؤول"، "مصدر رسمي") speaks for the government of
// a state outlet's own side, and stays an informed source elsewhere; and
// that a governor named back by "محافظ المدينة" is the government.
// Sentences written for the test.
func TestOfficialSourceOfStateOutlet(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		outlet, text, want string
	}{
		{"sana", "وصرح مصدر مسؤول بأن مسلحين هاجموا قرية في ريف حماة وقتلوا فيها تسعة مواطنين.", "syria_government"},
		{"anadolu", "وقال مصدر رسمي إن أربعة من عناصر الأمن أصيبوا في الهجوم على المخفر.", "turkey_government"},
		{"aljazeera", "وقال مصدر مسؤول إن أربعة من عناصر الأمن أصيبوا في الهجوم على المخفر.", "informed_sources"},
		{"sana", "وارتفع عدد الشهداء إلى 17، وفق ما أعلنه محافظ المدينة للصحفيين.", "syria_government"},
	}
	for _, tt := range tests {
		t.Run(tt.outlet+" "+tt.want, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-03-02", OutletID: tt.outlet}) {
				if len(c.Figures) > 0 {
					got = append(got, c.Source.ID)
				}
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
