package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpeakerHeads15 checks speakers found through an addressee that is a
// body named back, a relay described by its patron, a director named back,
// a state establishment, a Turkish military source, factions of the Free
// Syrian Army and the bare name of the National Defence, on sentences
// written for the test.
func TestSpeakerHeads15(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, outletID, text, part, want, via string
	}{
		{"agency as addressee", "sputnik",
			"تناقلت صفحات معارضة خبر قصف المرفأ. لكن مصدراً في الميناء أكد للوكالة أن الأرصفة سليمة تماماً.",
			"الأرصفة سليمة", "unidentified", ""},
		{"relay described by its patron", "",
			"ونقلت صحيفة \"الوطن\" الموالية للحكومة السورية عن مصادر طبية أن المصابين أربعة عشر شخصاً.",
			"أربعة عشر", "medical_sources", "alwatan"},
		{"relay close to a government", "",
			"ونقل موقع \"سبوتنيك\" القريب من الحكومة الروسية عن مصادر أهلية أن الحريق التهم ثلاثة منازل.",
			"ثلاثة منازل", "local_sources", "sputnik"},
		{"dam director in state media", "sana",
			"أكد مدير سد تشرين أن القذائف أصابت غرفة المولدات. وأضاف المدير أن ورشات الصيانة لم تتمكن من الوصول.",
			"ورشات الصيانة", "syria_government", ""},
		{"general establishment", "sana",
			"قال مدير عام المؤسسة العامة لمياه الشرب إن محطة الضخ توقفت عن العمل بعد الاستهداف.",
			"محطة الضخ", "syria_government", ""},
		{"director with none before", "",
			"سقطت قذيفتان قرب المدرسة. وأوضح المدير أن الطلاب كانوا في الباحة.",
			"في الباحة", "unidentified", ""},
		{"Turkish military source", "",
			"وقال مصدر عسكري تركي إن المدفعية ردت على مصادر النيران فقط.",
			"مصادر النيران", "turkey_army", ""},
		{"southern front spokesman", "",
			"وقال المتحدث باسم \"الجبهة الجنوبية\" إن مقاتليها دخلوا البلدة بعد ظهر اليوم.",
			"دخلوا البلدة", "fsa", ""},
		{"Yarmouk army commander", "",
			"من جهته، أكد قائد \"جيش اليرموك\" أن عناصره أسقطوا طائرة استطلاع.",
			"طائرة استطلاع", "fsa", ""},
		{"bare National Defence", "",
			"ونفى الدفاع الوطني في البلدة أن يكون عناصره قد أطلقوا النار على المتظاهرين.",
			"أطلقوا النار", "national_defence", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, OutletID: tt.outletID, Published: "2017-06-01"})
			c := claimWith(t, cs, tt.part)
			if c.Source.ID != tt.want {
				t.Errorf("source %q, want %q", c.Source.ID, tt.want)
			}
			var via []string
			for _, v := range c.Via {
				via = append(via, v.ID)
			}
			if got := strings.Join(via, ","); got != tt.via {
				t.Errorf("via %q, want %q", got, tt.via)
			}
		})
	}
}

// TestLebaneseSecuritySource checks that an unnamed Lebanese security
// source is the Lebanese government's, as the Turkish one is Ankara's.
func TestLebaneseSecuritySource(t *testing.T) {
	x, _ := extractor(t)
	cs := x.Extract(claims.Article{ID: "t", Text: "وأفاد مصدر أمني لبناني بأن دورية ضبطت شاحنة محملة بالذخائر عند المعبر.", Published: "2016-03-01"})
	if c := claimWith(t, cs, "شاحنة"); c.Source.ID != "lebanon_government" {
		t.Errorf("source %q, want lebanon_government", c.Source.ID)
	}
}
