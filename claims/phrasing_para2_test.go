package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestParaphraseTolls2: tolls told in constructions found by rewriting a
// development set in other words (para2) and seen in real news pages: the
// verb of taking life far before "بحياة"، "فقد/فقدان ... حياتهم/لحياته"، a
// short aside between a verb of harm and the one person it names, "ومنهم"
// before a subset, and a participle "طالباً عدم ..." that is no student.
// Sentences written for the test.
func TestParaphraseTolls2(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"life verb past a relative clause", "أودت القذائف التي أطلقتها المدفعية صباح الأحد بحياة خمسة مزارعين في السهل.",
			[]string{"outlet killed civilians 5-5 exact"}},
		{"lost their lives", "فقد سبعة عمال من بلدة واحدة حياتهم في انفجار المستودع.",
			[]string{"outlet killed civilians 7-7 exact"}},
		{"lost lives, verbal noun", "تسبب القصف في فقدان راعٍ لحياته قرب الوادي.",
			[]string{"outlet killed civilians 1-1 exact"}},
		{"lost homes is no toll", "فقد أربعة فلاحين منازلهم في الفيضان.",
			nil},
		{"lost, not of life, stays missing", "أبلغت الأسرة عن فقدان شاب منذ أسبوع.",
			[]string{"outlet missing civilians 1-1 exact"}},
		{"aside: preposition and pronoun", "وانفجرت عبوة ناسفة قُتل فيها جندي على الطريق.",
			[]string{"outlet killed unknown 1-1 exact"}},
		{"aside: preposition and noun", "وأصيب خلال المداهمة شرطي من دورية المنطقة.",
			[]string{"outlet wounded unknown 1-1 exact"}},
		{"aside: adverb", "وتوفي لاحقاً طفل متأثراً بجراحه.",
			[]string{"outlet killed civilians 1-1 exact"}},
		{"defined person after an aside is told of, not counted", "وقُتل فيها القائد الميداني المعروف.",
			nil},
		{"of them before a subset", "نقلت فرق الإسعاف المصابين، ومنهم أربع نساء، إلى المشفى.",
			[]string{"outlet wounded civilians 4-4 exact subset"}},
		{"requesting participle", "وقال ضابط في الشرطة لإذاعة محلية، طالباً عدم ذكر اسمه، إن ثمانية عناصر لقوا مصرعهم.",
			[]string{"syria_interior killed fighters 8-8 exact"}},
	})
}

// TestParaphraseDoerPastWeapon: the party after "من" that follows an
// attack noun and the weapon it was made with ("لقصف بقذائف الهاون من
// قوات النظام"، "بقذائف الهاون من قبل ...") is the doer, as it is with no
// weapon between. A place after "من" stays no doer. Sentences written for
// the test.
func TestParaphraseDoerPastWeapon(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وتعرضت قرية الزيارة لقصف بقذائف الهاون من قوات النظام مساء الأحد.", "syria_gov"},
		{"وتعرضت القرية لقصف بالصواريخ من الجيش التركي.", "turkey"},
		{"وتعرضت قرية الزيارة لقصف مدفعي من قوات النظام مساء الأحد.", "syria_gov"},
		{"وتعرضت البلدة لقصف بالمدفعية من مواقع قريبة.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := firstActor(x, tt.text); got != tt.want {
				t.Errorf("actor %q, want %q", got, tt.want)
			}
		})
	}
}

// TestParaphraseConnectorBack: a connector that points back at what was
// told ("بالتزامن مع ذلك"، "في الوقت ذاته تقريباً") and closes with a comma
// opens the story's own clause, whose places the claim keeps; a connector
// to another deed ("وتزامن القصف مع هجوم على ...") still sets it aside.
// Sentences written for the test.
func TestParaphraseConnectorBack(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"بالتزامن مع ذلك تقريباً، قصفت قوات النظام بلدة كفرنبل جنوبي إدلب.",
		"وبالتزامن مع هذا، تعرضت بلدة كفرنبل جنوبي إدلب لقصف مدفعي.",
	} {
		c := claimHolding(t, x, text, "كفرنبل")
		if !slices.Contains(c.Places, "kafr_nabl") {
			t.Errorf("%s: places %v, want kafr_nabl", text, c.Places)
		}
	}
}

// TestEarlierCountNoRecall: "بعدما كان قد وثق/سجل/أحصى" after a rising
// toll tells the count made before, not an earlier event: no recall mark;
// a pluperfect of a deed still marks one. Sentences written for the test.
func TestEarlierCountNoRecall(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وقالت الشبكة إن عدد القتلى صعد إلى 30 بعدما كانت قد سجلت 12 صباحاً.", false},
		{"ارتفعت الحصيلة إلى تسعة بعد أن كانت الشبكة قد أحصت ستة.", false},
		{"وكانت مدفعية الجيش قد قصفت القرية قبل يومين.", true},
		{"وذلك بعدما كانت الطائرات قد استهدفت الجسر.", true},
	}
	for _, tt := range tests {
		if _, got := claims.RecallMark(tt.text); got != tt.want {
			t.Errorf("%s: recalled %v, want %v", tt.text, got, tt.want)
		}
	}
}
