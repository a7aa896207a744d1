package claims_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFiguresFormerMember checks that a person counted as a former member
// of a force ("عنصر سابق", "قيادي سابق", "مقاتلين سابقين") is of no
// group, while a serving one keeps the force's group.
func TestFiguresFormerMember(t *testing.T) {
	x, _ := extractor(t)
	groups := func(c claims.Claim) string {
		s := ""
		for _, f := range c.Figures {
			s += fmt.Sprintf("%s/%s/%d ", f.Outcome, f.Group, f.Low)
		}
		return s
	}
	assertLines(t, x, []lineCase{
		{"وقال ناشطون إن عنصراً سابقاً في الفصائل قُتل برصاص مجهولين قرب البلدة.", []string{"killed/unknown/1 "}},
		{"وأفاد المرصد بمقتل قيادي سابق في المعارضة برصاص مجهولين في ريف درعا.", []string{"killed/unknown/1 "}},
		{"وقال المرصد إن ثلاثة مقاتلين سابقين قتلوا في انفجار عبوة على الطريق.", []string{"killed/unknown/3 "}},
		{"وقال المرصد إن ثلاثة مقاتلين قتلوا في انفجار عبوة على الطريق.", []string{"killed/fighters/3 "}},
	}, groups)
}
