package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestKinOfTheDeadSpeak checks that the relatives and neighbours of the
// dead ("ذوو القتيل", "شقيق الضحية", "جيران القتيل") speak as local
// sources, also after a person's name, and do not continue the previous
// speaker.
func TestKinOfTheDeadSpeak(t *testing.T) {
	x, _ := extractor(t)
	source := func(c claims.Claim) string { return c.Source.ID }
	assertLines(t, x, []lineCase{
		{"وقال ذوو القتيل إن الشاب كان يعمل في الزراعة ولم يحمل السلاح يوما.", []string{"local_sources"}},
		{"وأكدت أسرة الضحية أن ابنها خرج لرعي الأغنام قبل الغارة بساعة.", []string{"local_sources", "local_sources"}},
		{"وأعلن الجيش الأمريكي أنه قتل قياديا في التنظيم. في المقابل، قال أحمد الخالد، شقيق القتيل، للموقع إن ما قيل عن أخيه كذب.",
			[]string{"us_military", "local_sources"}},
	}, source)
}
