package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// zero builds an exact zero count.
func zero(outcome, group string) claims.Figure { return exact(outcome, group, 0) }

func TestCivilianHarmDenied(t *testing.T) {
	russia := sp("russia")
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{
			name: "the accused ministry denies hurting civilians, monitors count dead civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Actor: russia, Text: "قالت الوزارة إن مقاتلاتها دمرت مواقع للمسلحين"}),
				mk(claims.Claim{ID: "c2", Source: src("russia_mod"), Stance: claims.StanceDenies,
					Text: "ونفت الوزارة سقوط أي ضحايا مدنيين في الغارات"}),
				mk(claims.Claim{ID: "c3", Source: src("sohr"), Actor: russia, Text: "قتل 12 مدنياً بغارات روسية على البلدة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 12)}}),
			),
			want: true,
		},
		{
			name: "a zero of civilians hurt, with the images called fabricated",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syrian_army"), Actor: sp("syria_gov"),
					Text:    "أكد المصدر أن الطيران لم يصب أي مواطن في القصف",
					Figures: []claims.Figure{zero(claims.OutcomeWounded, "civilians")}}),
				mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Stance: claims.StanceDenies,
					Text: "واعتبر أن المقاطع المنشورة ملفقة", Rules: []string{"stance:denial_falsehood"}}),
				mk(claims.Claim{ID: "c3", Source: src("white_helmets"), Text: "انتشلت فرقنا جثث تسعة مدنيين من تحت الأنقاض",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 9)}}),
			),
			want: true,
		},
		{
			name: "a routine line of an operation's statement is a toll, not a rebuttal",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("coalition"), Actor: sp("coalition"),
					Text:    "لم تسجل أي إصابة بين المدنيين أثناء العملية",
					Figures: []claims.Figure{zero(claims.OutcomeWounded, "civilians")}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Text: "أصيب مدنيان برصاص القوة المهاجمة",
					Figures: []claims.Figure{exact(claims.OutcomeWounded, "civilians", 2)}}),
			),
			want: false,
		},
		{
			name: "a side nobody accuses says its men were not hurt",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Stance: claims.StanceDenies,
					Text: "نفى المصدر وقوع إصابات بين المدنيين في المدينة"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Actor: sp("israel"), Text: "قتل مدنيان بالغارة الإسرائيلية",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}}),
			),
			want: false,
		},
		{
			name: "a campaign toll is not the toll of this attack",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Actor: russia, Stance: claims.StanceDenies,
					Text: "نفت موسكو مقتل أي مدني في ضرباتها"}),
				mk(claims.Claim{ID: "c2", Source: src("white_helmets"), Text: "قتل 300 مدني منذ بداية الحملة الجوية",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 300)}}),
			),
			want: false,
		},
		{
			name: "the civil defence is not civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Actor: russia, Stance: claims.StanceDenies,
					Text: "نفت الوزارة أرقام القتلى التي نشرها الدفاع المدني"}),
				mk(claims.Claim{ID: "c2", Source: src("white_helmets"), Text: "قتل ثمانية مدنيين في القصف",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 8)}}),
			),
			want: false,
		},
		{
			name: "a count of fighters does not meet a zero of civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Actor: russia, Stance: claims.StanceDenies,
					Text: "نفت الوزارة إصابة أي مدنيين"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Text: "قتل عشرة مسلحين في الغارات",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 10)}}),
			),
			want: false,
		},
		{
			name: "the accused side counts the dead as gunmen: their status is disputed, not the raid",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Actor: russia, Text: "قالت الوزارة إن الغارات قتلت ثلاثين مسلحاً",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 30)}}),
				mk(claims.Claim{ID: "c2", Source: src("russia_mod"), Stance: claims.StanceDenies,
					Text: "ونفت الوزارة سقوط أي ضحايا مدنيين في الغارات"}),
				mk(claims.Claim{ID: "c3", Source: src("sohr"), Actor: russia, Text: "قتل 12 مدنياً بغارات روسية على البلدة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 12)}}),
			),
			want: false,
		},
		{
			name: "a side that counts gunmen but rejects the massacre the channels spread denies it",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Actor: russia, Text: "قالت الوزارة إن الغارات قتلت ثلاثين مسلحاً",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 30)}}),
				mk(claims.Claim{ID: "c2", Source: src("russia_mod"), Stance: claims.StanceDenies,
					Text: "ونفت الوزارة ما تروجه القنوات عن سقوط ضحايا مدنيين"}),
				mk(claims.Claim{ID: "c3", Source: src("sohr"), Actor: russia, Text: "قتل 12 مدنياً بغارات روسية على البلدة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 12)}}),
			),
			want: true,
		},
		{
			name: "an earlier count of gunmen does not tell who this raid's dead were",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Actor: russia, Text: "قالت الوزارة إن مقاتلاتها دمرت مواقع للمسلحين",
					Figures: []claims.Figure{{Outcome: claims.OutcomeKilled, Group: "fighters", Low: 30, Earlier: true}}}),
				mk(claims.Claim{ID: "c2", Source: src("russia_mod"), Stance: claims.StanceDenies,
					Text: "ونفت الوزارة سقوط أي ضحايا مدنيين في الغارات"}),
				mk(claims.Claim{ID: "c3", Source: src("sohr"), Actor: russia, Text: "قتل 12 مدنياً بغارات روسية على البلدة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 12)}}),
			),
			want: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, l := range compareLines(t, tt.cs) {
				if strings.HasPrefix(l, "occurrence civilian_harm ") {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("civilian harm flagged = %v, want %v: %v", got, tt.want, compareLines(t, tt.cs))
			}
		})
	}
}

func TestChemicalDenied(t *testing.T) {
	gov := sp("syria_gov")
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{
			name: "the army owns the strike and denies toxic agents",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syrian_army"), Actor: gov, Text: "استهدف الجيش مقرات للمسلحين في البلدة"}),
				mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Actor: gov, Stance: claims.StanceDenies,
					Text: "نفى المصدر استخدام الجيش أي غازات سامة"}),
				mk(claims.Claim{ID: "c3", Source: src("white_helmets"), Actor: gov, Text: "ألقت مروحية برميلاً محملاً بالكلور على المشفى"}),
			),
			want: true,
		},
		{
			name: "a chemical play that denies the event itself is left to the event denial",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Stance: claims.StanceDenies,
					Text: "وصفت الوزارة ما جرى بأنه مسرحية كيماوية مفبركة"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Text: "أصيب العشرات بحالات اختناق جراء غاز سام"}),
			),
			want: false,
		},
		{
			name: "nobody tells of toxic agents",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syrian_army"), Actor: gov, Stance: claims.StanceDenies,
					Text: "نفى المصدر استخدام أي أسلحة كيميائية"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Actor: gov, Text: "قصفت قوات النظام البلدة بالمدفعية"}),
			),
			want: false,
		},
		{
			name: "gas of a city name, and a denial without toxic words",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syrian_army"), Actor: gov, Stance: claims.StanceDenies,
					Text: "نفى المصدر قصف المشفى"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Text: "نقل الجرحى إلى مشافي غازي عنتاب"}),
			),
			want: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, l := range compareLines(t, tt.cs) {
				if strings.HasPrefix(l, "occurrence chemical ") {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("chemical flagged = %v, want %v: %v", got, tt.want, compareLines(t, tt.cs))
			}
		})
	}
}

func TestCumulativeToll(t *testing.T) {
	for text, want := range map[string]bool{
		"قتل 40 مدنياً منذ مطلع الشهر":           true,
		"وثق الفريق مقتل 25 مدنياً خلال الأسبوع": true,
		"قتل خمسة مدنيين في الغارة صباح اليوم":   false,
		"قتل ثلاثة خلال الغارة":                  false,
	} {
		c := &claims.Claim{Text: text}
		if got := cumulativeToll(c); got != want {
			t.Errorf("cumulativeToll(%q) = %v, want %v", text, got, want)
		}
	}
}
