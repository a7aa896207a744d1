package claims_test

import (
	"testing"
)

// TestBombedBeside checks that a bomb set off beside a post of an armed
// side (a headquarters, a checkpoint, a base) characterises the target by
// that post, even when no event word types the claim, and that beside a
// civilian place or a town the locative word only says where; what a
// bomb went off against (ب) or inside (داخل) was hit. Sentences
// written for the test; the first claim's target.
func TestBombedBeside(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال المرصد إن انتحارياً فجر شاحنة مفخخة قرب مقري الشرطة والاستخبارات في البلدة.", "headquarters"},
		{"وقالت الشرطة إن مهاجماً فجر نفسه أمام مقر أمني عند مدخل المدينة.", "security headquarters"},
		{"وذكر شهود أن رجلاً فجر حزامه الناسف عند حاجز للجيش شرق البلدة.", "checkpoint of army forces"},
		{"وقالت الشرطة إن مهاجماً فجر نفسه أمام مبنى المحافظة صباحاً.", "-"},
		{"وأفاد سكان بأن رجلاً فجر نفسه قرب بلدة صغيرة في الريف.", "-"},
		// beside or amid a place people gather in: what the bomber aimed at
		{"وقال الدفاع المدني إن عبوة ناسفة انفجرت أمام مطعم شعبي ظهر اليوم.", "popular restaurant"},
		{"وذكرت الشرطة أن دراجة مفخخة انفجرت قرب مدرسة ابتدائية عند خروج التلاميذ.", "school"},
		{"وأفاد ناشطون بأن سيارة ملغمة انفجرت وسط سوق الخضار في البلدة.", "market holding vegetables"},
		{"وقالت المصادر إن شاحنة مفخخة انفجرت في المنطقة الصناعية بالمدينة.", "industrial zone"},
		{"وقال شهود إن انتحارياً فجر نفسه بين حافلات المهجرين عند المعبر.", "buses of displaced people"},
		// armed men inside say what was aimed at, not the place
		{"وقالت المصادر إن انتحارياً فجر نفسه أمام مقهى أثناء وجود مقاتلين من الفصيل بداخله.", "-"},
		{"وأفاد شهود بأن عبوة انفجرت قرب مطعم صغير كان فيه عسكريون أجانب وعناصر من الشرطة.", "-"},
		// a rank opens a name: the officer, not a brigade
		{"وقالت المصادر إن انتحارياً فجر نفسه قرب اللواء سليم قائد المنطقة.", "-"},
		// what the bomb went off against or inside was hit
		{"وذكر المرصد أن لغماً قديماً انفجر بسيارة تقل مدنيين على طريق المزارع.", "vehicle carrying civilians"},
		{"وأوضحت مصادر أن قنبلة يدوية انفجرت داخل سوق شعبي مساء أمس.", "market"},
		{"وأوضحت مصادر أن قنبلة يدوية انفجرت بالمدينة مساء أمس.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := firstTarget(x, tt.text)
			if got != tt.want {
				t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
