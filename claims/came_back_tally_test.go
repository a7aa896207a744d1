package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// figuresLine renders every figure of every claim of a text as
// "outcome low earlier" joined by ";", with the source of the claim that
// carries each.
func figuresLine(t *testing.T, x *claims.Extractor, text string) string {
	t.Helper()
	var parts []string
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Outlet: "Enab Baladi", Published: "2022-04-10"}) {
		for _, f := range c.Figures {
			if f.Subset {
				continue
			}
			e := ""
			if f.Earlier {
				e = " earlier"
			}
			parts = append(parts, fmt.Sprintf("%s:%s %d%s", c.Source.ID, f.Outcome, f.Low, e))
		}
	}
	return strings.Join(parts, "; ")
}

// TestCameBackTally: a source that "came back" with a new tally, or that
// then raised or corrected it, makes its toll of the same outcome before
// the cue an earlier one; a toll of another outcome not counted again,
// and a second deed after "ثم عادت", stay as they are. Sentences written
// for the test.
func TestCameBackTally(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وكانت المنظمة قد أحصت ظهراً مقتل اثنين من الرعاة وإصابة أربعة آخرين، ثم عادت ووثّقت مساءً سبعة قتلى من أهالي القرية.",
			"outlet:killed 2 earlier; outlet:wounded 4; outlet:killed 7"},
		{"ذكرت الشبكة أن ثلاثة مدنيين قتلوا في القصف، ثم رفعت الحصيلة ليلاً إلى خمسة قتلى.",
			"outlet:killed 3 earlier; outlet:killed 5"},
		{"قُتل راعيان في الغارة الأولى على الوادي، ثم عادت الطائرات وقصفت القرية فقتل ثلاثة من أهلها.",
			"outlet:killed 2; outlet:killed 3"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			if got := figuresLine(t, x, tt.text); got != tt.want {
				t.Errorf("%s\nfigures %q\nwant    %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFrontedRiseHeadAtOnce: "ارتفع إلى N" with the toll's head right
// after the count counts the head's outcome. Sentences written for the
// test.
func TestFrontedRiseHeadAtOnce(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ارتفع إلى ستة عدد ضحايا القذيفة التي أصابت سوق الخضار مساء الخميس.", "outlet:killed 6"},
		{"وارتفعت إلى 11 حصيلة قتلى التفجير الذي ضرب السوق الشعبي.", "outlet:killed 11"},
		{"وارتفع إلى ستة عدد المدارس المغلقة في البلدة.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			if got := figuresLine(t, x, tt.text); got != tt.want {
				t.Errorf("%s\nfigures %q\nwant    %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestRaisedTollSpeaker: "صعّد" with a toll after it raises the named
// speaker's toll, in a clause of its own after "فيما". Sentence written
// for the test.
func TestRaisedTollSpeaker(t *testing.T) {
	x, _ := extractor(t)
	text := "وتحدثت القوات الحكومية عن قتل نحو 40 من المهاجمين، فيما صعّدت الشبكة السورية لحقوق الإنسان حصيلة الضحايا لديها إلى 63 قتيلاً بعدما كانت قد وثقت 37 قبل يومين."
	got := figuresLine(t, x, text)
	if !strings.Contains(got, "snhr:killed 63") || !strings.Contains(got, "snhr:killed 37 earlier") {
		t.Errorf("%s\nfigures %q, want the network's 63 and its earlier 37", text, got)
	}
}

// TestLikeIsNoNegator: "كما" (also) before an attack verb is no negation;
// "لم" is. Sentences written for the test.
func TestLikeIsNoNegator(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"كما أغارت الطائرات على أطراف البلدة، فجُرح أربعة من المزارعين.", claims.StanceAsserts},
		{"كما قصف المسلحون بالهاون حياً مأهولاً في المدينة.", claims.StanceAsserts},
		{"ولم تقصف المدفعية أي حي في المدينة.", claims.StanceDenies},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "Enab Baladi", Published: "2022-04-10"})
			if len(cs) == 0 || cs[0].Stance != tt.want {
				t.Errorf("%s\nclaims %v, want first stance %s", tt.text, cs, tt.want)
			}
		})
	}
}
