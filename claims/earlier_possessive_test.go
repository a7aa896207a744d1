package claims_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestEarlierPossessiveAndUpFrom checks two ways outlets give the toll a
// source put out before: the first or former figures with the source's
// pronoun ("أرقامه الأولى", "حصيلتها السابقة", "تقديراته الأولية") as the
// subject of a report verb, and "up from N" ("ارتفاعاً من 12", "صعوداً من
// 7") after the current toll.
func TestEarlierPossessiveAndUpFrom(t *testing.T) {
	x, _ := extractor(t)
	// The former toll after "كان" may open a claim of its own; it keeps
	// the outcome of the toll its sentence gave before.
	assertLines(t, x, []lineCase{
		{"وقال المرصد إن عدد القتلى في القصف على البلدة بلغ 30، بينما كانت أرقامه الأولى تتحدث عن 18.", []string{"killed/30 ", "killed/18/E "}},
		{"وأعلن الدفاع المدني مقتل 14 مدنياً في الغارة، وكانت حصيلته السابقة تشير إلى تسعة.", []string{"killed/14 ", "killed/9/E "}},
		{"وقالت المنظمة إن 40 شخصاً لقوا حتفهم جراء التفجير، في حين كانت تقديراتها الأولية تشير إلى 25.", []string{"killed/40 ", "killed/25/E "}},
		{"وأفاد المرصد بأن 33 عنصراً من قوات النظام لقوا حتفهم خلال الهجوم، ارتفاعاً من 12 أحصاها صباحاً.", []string{"killed/33 killed/12/E "}},
		{"وأفاد ناشطون بأن 21 مدنياً قُتلوا في القصف، صعوداً من سبعة في الساعات الأولى.", []string{"killed/21 killed/7/E "}},
		// Not a toll: a count of something else after "ارتفاعاً من".
		{"وقال المرصد إن 15 شخصاً قُتلوا في الغارة، وإن أسعار الخبز زادت ارتفاعاً من 200 ليرة.", []string{"killed/15 "}},
	}, earlierFigs)
}

// TestEarlierTurnedOut checks that a toll followed by "it turned out"
// ("قبل أن يتبين"، "ثم اتضح") is an earlier one.
func TestEarlierTurnedOut(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وكانت الشبكة قد أحصت 12 قتيلاً في الغارة، قبل أن يتبين أن بعض من عُدّوا بينهم ما زالوا أحياء.", []string{"killed/12/E "}},
		{"وأعلن المجلس المحلي مقتل عشرة مدنيين، ثم اتضح أن بين الأسماء مكررة.", []string{"killed/10/E "}},
		{"وقال المرصد إن سبعة مدنيين قُتلوا في القصف على السوق.", []string{"killed/7 "}},
	}, earlierFigs)
}

// earlierFigs renders a claim's figures as "outcome/low" each, marked "/E"
// when the figure is an earlier toll.
func earlierFigs(c claims.Claim) string {
	s := ""
	for _, f := range c.Figures {
		e := ""
		if f.Earlier {
			e = "/E"
		}
		s += fmt.Sprintf("%s/%d%s ", f.Outcome, f.Low, e)
	}
	return s
}
