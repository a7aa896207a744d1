package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSecondSpeaker: a clause after "في حين"، "بينما" or a comma that a
// verb of condemning in its bare form ("دانت"، "دان") or a verb of
// hastening to speak ("سارع X إلى اتهام/تحميل/وصف/نفي") opens belongs to
// the party it names, not to the speaker of the clause before; a
// participle after a condemnation speaks of the condemned deed, not of
// the speaker ("دانت الوزارة العدوان، مؤكدة أنه ..."). Hastening to help
// the wounded says nothing.
func TestSecondSpeaker(t *testing.T) {
	x, _ := extractor(t)
	type want struct{ src, stance, actor, text string } // text: a word of the claim
	tests := []struct {
		name, text string
		want       []want
		notActor   map[string]string // source → actor that must not appear
	}{
		{"bare daanat after fi hin",
			"ووصف رئيس الوزراء الأردني القصف على المخيم بأنه جريمة، في حين دانت واشنطن استهداف المدرسة، محمّلة النظام السوري المسؤولية.",
			[]want{{"us_government", claims.StanceAsserts, "syria_gov", "محمّلة"}}, nil},
		{"bare daan after baynama",
			"ولم تعلّق الفصائل على الضربة حتى المساء، بينما دان وزير الخارجية الإيراني الغارة.",
			[]want{{"iran_mfa", claims.StanceAsserts, "", "الغارة"}}, nil},
		{"hastened to blame",
			"وقال سكان من الحي إن دوريات الشرطة أغلقت الشوارع فور الانفجار، في حين سارعت وسائل الإعلام الرسمية إلى تحميل المسلحين مسؤولية التفجير.",
			[]want{{"syria_state_media", claims.StanceAsserts, "unknown", "سارعت"}}, nil},
		{"hastened to accuse a named party",
			"وكان التلفزيون الرسمي قد سارع إلى اتهام التحالف بالغارة على الجسر، ونقل عن مصدر في الجيش قوله إن الضربة دمرت نقطة للجيش.",
			[]want{{"syria_state_tv", claims.StanceAsserts, "coalition", "سارع"}, {"syrian_army", claims.StanceAsserts, "", "نقطة"}}, nil},
		{"hastened to deny",
			"وبادرت وزارة الدفاع الروسية إلى نفي مشاركة طائراتها في الغارة على السوق.",
			[]want{{"russia_mod", claims.StanceDenies, "russia", "نفي"}}, nil},
		{"hastened to describe with a pronoun",
			"وانفجرت عبوة قرب الجامع، في حين سارع التلفزيون الرسمي إلى وصفه بالاعتداء الإرهابي.",
			[]want{{"syria_state_tv", claims.StanceAsserts, "", "وصفه"}}, nil},
		{"condemned deed named by the participle",
			"ودانت الخارجية السورية العدوان الجديد على ريف حمص، مؤكدة أنه \"خرق فاضح لسيادة الجمهورية العربية السورية\".",
			nil, map[string]string{"syria_mfa": "syria_gov"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
			dump := func() {
				for _, c := range cs {
					a := "-"
					if c.Actor != nil {
						a = *c.Actor
					}
					t.Logf("%s %s %s %v | %s", c.Source.ID, c.Stance, a, c.Rules, c.Text)
				}
			}
			for _, w := range tt.want {
				found := false
				for _, c := range cs {
					if c.Source.ID != w.src || c.Stance != w.stance || !strings.Contains(c.Text, w.text) {
						continue
					}
					found = found || w.actor == "" || c.Actor != nil && *c.Actor == w.actor
				}
				if !found {
					dump()
					t.Errorf("no claim of %s (%s, actor %q) with %q", w.src, w.stance, w.actor, w.text)
				}
			}
			for src, a := range tt.notActor {
				for _, c := range cs {
					if c.Source.ID == src && c.Actor != nil && *c.Actor == a {
						dump()
						t.Errorf("%s must not be credited with actor %s", src, a)
					}
				}
			}
		})
	}
}

// TestHasteningSaysNothing: hastening to help or to flee, and the
// accelerating of events, open no speaker.
func TestHasteningSaysNothing(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وسارع الأهالي إلى إسعاف الجرحى بعد سقوط القذيفة على السوق.",
		"وتسارعت المعارك في ريف إدلب بعد الغارة على البلدة.",
		"وبادر الدفاع المدني إلى إخماد الحريق الذي اندلع في المستودع.",
	} {
		cs := x.Extract(enabArticle(text))
		for _, c := range cs {
			if c.Source.ID != "enab_baladi" {
				t.Errorf("%q: claim of %s (%v) | %s", text, c.Source.ID, c.Rules, c.Text)
			}
		}
	}
}

// TestPresentTalkOf: a generic or guarded speaker after the present
// "يتحدث/تتحدث" and after the bare "دانت" is named by the verb, as
// after the past forms: "ويتحدث ناشطون عن ..."، "إذ يتحدث أهالٍ عن ..."،
// "تتحدث موسكو عن ...".
func TestPresentTalkOf(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, word, want string }{
		{"ويتحدث ناشطون في البلدة عن مسلحين ملثمين نفذوا الهجوم على الحاجز.", "ناشطون", "local_sources"},
		{"وقتل رجلان في الهجوم على المزرعة، إذ يتحدث أهالٍ عن مسلحين من فصيل قريب.", "أهالٍ", "local_sources"},
		{"وتتحدث موسكو عن هدنة إنسانية في المدينة منذ أيام.", "موسكو", "russia_government"},
		{"ولم تصدر الفصائل أي تعليق، بينما دانت دمشق القصف واعتبرته عدواناً.", "دمشق", "syria_government"},
	}
	for _, tt := range tests {
		assertEnabClaimOf(t, x, tt.text, tt.word, tt.want)
	}
}
