package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOpensWithMeanwhile: openers that tell a deed done at the same time
// as the one before are read with or without the conjunction, hamza or ta
// marbuta; the same words inside a sentence, and openers of a related
// context, are not.
func TestOpensWithMeanwhile(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"في الأثناء، قصفت المدفعية قرية على الضفة الأخرى", true},
		{"وفي هذه الأثناء سقطت قذائف على حي آخر", true},
		{"وفي الساعات ذاتها، أغارت طائرات على بلدتين في الريف", true},
		{"في الساعات نفسها استهدفت مسيرة سيارة على الطريق", true},
		{"وفي الوقت نفسه، انفجرت عبوة قرب حاجز في المدينة", true},
		{"في الساعة ذاتها أصيب طفلان برصاص قناص", true},
		{"وفي اللحظة نفسها دوى انفجار ثان", true},
		{"وبالتزامن مع ذلك، استهدفت المدفعية أطراف البلدة", true},
		{"تزامناً مع الغارات، سقطت قذائف على حي في المدينة", true},
		{"وفي موازاة ذلك قصفت راجمات الصواريخ قرية على التلال", true},
		{"وقبل الغارة بساعات، قصفت المدفعية طرف القرية", true},
		{"قبل ذلك بيومين سقط صاروخ على مخزن قرب الطريق", true},
		{"وقبل القصف الجوي بقليل، انفجرت سيارة عند الحاجز", true},
		{"وقبل أن تصل فرق الإسعاف، سقطت قذيفة ثانية", false},
		{"وبعد الغارة بساعات، ارتفع عدد القتلى إلى خمسة", false},
		{"قتل رجل قبل الغارة بساعات في البلدة", false},
		{"وفي سياق متصل، أفاد ناشطون بأن الغارة أصابت منزلا", false},
		{"قصفت الطائرات في الأثناء بلدة أخرى", false},
		{"في حادث منفصل، قتل شاب برصاص مجهولين", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := opensWithMeanwhile(tt.text); got != tt.want {
			t.Errorf("opensWithMeanwhile(%q) = %v, want %v", tt.text, got, tt.want)
		}
		if tt.want && !opensWithTurn(tt.text) {
			t.Errorf("opensWithTurn(%q) = false, want true (a meanwhile opener is a turn)", tt.text)
		}
	}
}

// TestMeanwhileKeepsItsParagraph: after "at the same hours" an article
// tells a second strike on a near village; a rescuers' toll that follows,
// placed only at the province or at a place borrowed from the sentences
// around it, does not bridge it to the first (the borrowed place alone
// joins neither). A claim that names the first village again goes back
// to it.
func TestMeanwhileKeepsItsParagraph(t *testing.T) {
	at := func(id, place, text string, start int, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: "t1", Source: src("local_sources"), EventType: claims.EventAirstrike,
			Places: []string{place}, Date: sp("2021-06-10"), Start: start, End: start + 80, Text: text, Rules: rules})
	}
	first := at("a", "khasham", "قتل قيادي في الفصيل بغارة على مقره في القرية ظهر اليوم", 0)
	second := func(text string) claims.Claim {
		return at("b", "tabiya", text, 300)
	}
	tests := []groupCase{
		{"meanwhile, province toll after", []claims.Claim{first,
			second("وفي الساعات ذاتها، قصفت مقاتلات حياً سكنياً في البلدة المجاورة"),
			at("c", "deir_ez_zor", "فيما قال المسعفون في المحافظة إنهم انتشلوا سبع جثث", 500)},
			[][]string{{"a"}, {"b", "c"}}},
		{"meanwhile, borrowed place after", []claims.Claim{first,
			second("في الأثناء، أغارت الطائرات على منازل في البلدة المجاورة"),
			at("c", "khasham", "واتهم ناشطون الطيران الحربي بتنفيذها", 500, "places:context")},
			[][]string{{"a"}, {"b"}, {"c"}}},
		{"meanwhile, first village named again", []claims.Claim{first,
			second("في الأثناء، أغارت الطائرات على منازل في البلدة المجاورة"),
			at("c", "khasham", "وعادت الطائرات لتقصف القرية مساء", 500)},
			[][]string{{"a", "c"}, {"b"}}},
	}
	runGroupCases(t, tests)
}
