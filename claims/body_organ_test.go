package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBodyOrganSpeaks: a body's organ ("القيادة العامة لـ"، "المديرية
// العامة لـ"، "الدائرة الإعلامية لـ") or a member of it speaks for the
// body, also when an outlet of the body's side quotes it; a person so named
// is named back by the last word of the name.
func TestBodyOrganSpeaks(t *testing.T) {
	x, _ := extractor(t)
	tests := []sourceCase{
		{"hawar", "قالت القيادة العامة لقوات سوريا الديمقراطية في بيان إن مسيّرة تركية أصابت سيارة قرب عامودا وقتلت مدنيَّين.",
			"مسيّرة تركية", "sdf"},
		{"hawar", "استهدف قصف مدفعي قرية في ريف الدرباسية.\n\nوأفادت القيادة العامة لقوى الأمن الداخلي ببيان أن القذائف أصابت بيتاً وجرحت طفلاً.",
			"أصابت بيتاً", "asayish"},
		{"", "وأوضحت المديرية العامة للدفاع المدني السوري أن فرقها أخرجت خمس جثث من تحت الركام.",
			"خمس جثث", "white_helmets"},
		{"", "ونقلت وسائل إعلام عن الدائرة الإعلامية لحزب الله قولها إن مقاتليه لم يكونوا في الموقع.\n\nوذكرت الدائرة الإعلامية لحزب الله أن الغارة دمرت مخزناً فارغاً.",
			"مخزناً فارغاً", "hezbollah"},
		{"rudaw", "صرّح عضو القيادة العامة لقوات سوريا الديمقراطية، سيبان حمو، بأن القصف طال منزلاً.\n\nوأضاف حمو، في لقاء أجرته معه روداو، أن ثلاثة مدنيين جرحوا.",
			"ثلاثة مدنيين", "sdf"},
		{"rudaw", "وقال القيادي شيار علي، عضو القيادة العامة لمجلس منبج العسكري، في حديث لروداو إن الهجوم صُدّ.\n\nوتابع علي أن اثنين من المهاجمين قتلا.",
			"اثنين من المهاجمين", "manbij_military_council"},
	}
	assertSources(t, x, tests)
}

// TestTurnToSpeak: a verb of returning, hastening or contenting oneself,
// then the speech with لـ or بـ ("عادت المصادر لتؤكد"، "سارعت الوزارة
// لتنفي"، "اكتفى البيان بالحديث عن"): the subject of the first verb is the
// speaker, also when it is an anaphor that names back a source.
func TestTurnToSpeak(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, marker, want, stance string
	}{
		{"قالت مصادر محلية إن قذائف سقطت على السوق.\n\nوعادت المصادر ذاتها لتؤكد مساءً أن عدد القتلى بلغ ستة.",
			"بلغ ستة", "local_sources", claims.StanceAsserts},
		{"قُتل أربعة مدنيين في قصف على قرية بريف عفرين.\n\nمن جهتها، اكتفت \"الأسايش\" في بيانها بذكر قتيلين.",
			"قتيلين", "asayish", claims.StanceAsserts},
		{"اتهم ناشطون الطيران التركي بقصف المخبز.\n\nوسارعت وزارة الدفاع التركية لتنفي أن تكون طائراتها حلقت فوق المنطقة.",
			"طائراتها حلقت", "turkey_mod", claims.StanceDenies},
		{"أعلن المرصد السوري مقتل خمسة عناصر في الهجوم.\n\nثم عاد المرصد ليرفع الحصيلة إلى ثمانية قتلى.",
			"ثمانية قتلى", "sohr", claims.StanceAsserts},
	}
	for _, tt := range tests {
		t.Run(tt.marker, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
			c := claimWith(t, cs, tt.marker)
			if c.Source.ID != tt.want || c.Stance != tt.stance {
				t.Errorf("%s: got %+v %s, want source %s %s", tt.marker, c.Source, c.Stance, tt.want, tt.stance)
			}
		})
	}
}
