package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestStateAgencyMediaSource: a "media source" quoted by a state agency is
// its government's information office, and the anaphora after it ("المصدر"،
// "المصدر الإعلامي") stay with it rather than with an earlier local
// source; in an outlet of no state's side the phrase names no body.
// Sentences written for the test.
func TestStateAgencyMediaSource(t *testing.T) {
	x, _ := extractor(t)
	text := "اشتبكت وحدات الجيش أمس مع مسلحين في قرية بريف حماة. وأفاد مصدر أهلي بأن المسلحين أحرقوا منازل في القرية. " +
		"وقال مصدر إعلامي للوكالة إن قنوات معادية شاركت في تلفيق الرواية. وأشار المصدر إلى أن المسلحين أنفسهم قتلوا مدنيين قبل شهر. " +
		"وأكد المصدر الإعلامي أن الجيش سيتعقب الفارين."
	tests := []struct {
		outlet string
		want   []string
	}{
		{"sana", []string{"sana", "local_sources", "syria_government", "syria_government", "syria_government"}},
		{"aljazeera", []string{"aljazeera", "local_sources", "local_sources", "local_sources", "local_sources"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2013-06-02", OutletID: tt.outlet}) {
			got = append(got, c.Source.ID)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %v, want %v", tt.outlet, got, tt.want)
			continue
		}
		for i := range got {
			if tt.want[i] == "syria_government" && got[i] != "syria_government" {
				t.Errorf("%s: claim %d from %s, want %s (all %v)", tt.outlet, i, got[i], tt.want[i], got)
			}
			if tt.outlet == "aljazeera" && got[i] == "syria_government" {
				t.Errorf("%s: claim %d given to the Syrian government (all %v)", tt.outlet, i, got)
			}
		}
	}
}

// TestSuicideBomberVerb: "فجّر" with the bomber as its subject or with the
// reflexive object is a bombing on its own, with no event word around it
// (bare "فجر" is also the dawn). Sentences written for the test.
func TestSuicideBomberVerb(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وبعد ساعة، فجّر انتحاري ثانٍ نفسه داخل مقهى في الحي.",
		"وقال شهود إن امرأة فجّرت نفسها عند مدخل السوق.",
		"فجّرت انتحارية حزامها قرب حاجز للشرطة صباح اليوم.",
		"وأضاف المصدر أن ثلاثة مسلحين فجّروا أنفسهم عند اقتراب الدورية.",
		"وقال شاهد إن انتحارياً فجّر حزامه الناسف وسط المصلين.",
		"وبعد دقائق فجّر مهاجم ثانٍ نفسه قرب البوابة.",
		"وفجّرت امرأة حزامها عند مدخل السوق المسقوف.",
	} {
		cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2017-03-15", OutletID: "aljazeera"})
		if len(cs) == 0 || cs[len(cs)-1].EventType != claims.EventGroundAttack {
			var got []string
			for _, c := range cs {
				got = append(got, c.EventType)
			}
			t.Errorf("%s: want a ground attack, got %v", text, got)
		}
	}
	cs := x.Extract(claims.Article{ID: "t", Text: "وصل الوفد فجر اليوم إلى المدينة.", Published: "2017-03-15", OutletID: "aljazeera"})
	for _, c := range cs {
		if c.EventType == claims.EventGroundAttack {
			t.Errorf("the dawn is no bombing: %+v", c)
		}
	}
}

// TestDoubtSpeaks: casting doubt on an account ("شكّك"، "يشككون") is a
// hedged claim of whoever doubts, which a plural hedge after it goes on
// ("ورجّحوا أن ..."). A vow to retaliate is no account of the deed, so
// "توعّد" stays no verb of saying. Sentences written for the test.
func TestDoubtSpeaks(t *testing.T) {
	x, _ := extractor(t)
	lead := "انفجرت سيارة مفخخة قرب مبنى حكومي في حمص صباح اليوم. "
	tests := []struct {
		text, src, stance, actor string
	}{
		{"وشكّك ناشطون معارضون في الرواية الرسمية، ورجّحوا أن تقف قوات النظام خلف الانفجار.", "local_sources", claims.StanceUnconfirmed, "syria_gov"},
		{"وناشطون يشككون في رواية الحكومة عن الانفجار.", "local_sources", claims.StanceUnconfirmed, ""},
		{"وتوعّد الجيش بالرد بقوة، في حين قالت وسائل إعلام أن الانفجار نجم عن عبوة.", "media", claims.StanceAsserts, ""},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: lead + tt.text, Published: "2021-10-20", OutletID: "aljazeera"})
		c := cs[len(cs)-1]
		if c.Source.ID != tt.src || c.Stance != tt.stance {
			t.Errorf("%s: got %s/%s, want %s/%s", tt.text, c.Source.ID, c.Stance, tt.src, tt.stance)
		}
		if tt.actor != "" && (c.Actor == nil || *c.Actor != tt.actor) {
			t.Errorf("%s: actor %v, want %s", tt.text, c.Actor, tt.actor)
		}
	}
}

// TestCommittingYieldsToItsObject: the verb of committing (ارتكب) types a
// massacre's attack only when no event word of its object says more: "ارتكب
// العدو فجر اليوم عدواناً على المطار" is an aggression (an air raid by
// default), "ارتكبت الميليشيا مجزرة" still a ground attack by any means.
// Sentences written for the test.
func TestCommittingYieldsToItsObject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, typ string }{
		{"وقالت القيادة إن العدو ارتكب فجر اليوم عدواناً جديداً استهدف مطاراً عسكرياً.", claims.EventAirstrike},
		{"وأكد المصدر أن العدو ارتكب اعتداء جديدا على مستودع في ريف المدينة.", claims.EventAirstrike},
		{"وقال ناشطون إن الميليشيا ارتكبت مجزرة بحق عائلات القرية.", claims.EventGroundAttack},
		{"وأدانت الوزارة المجزرة التي ارتكبها المسلحون في البلدة.", claims.EventGroundAttack},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2017-04-07", OutletID: "aljazeera"})
		if len(cs) == 0 || cs[len(cs)-1].EventType != tt.typ {
			var got []string
			for _, c := range cs {
				got = append(got, c.EventType)
			}
			t.Errorf("%s: got %v, want %s", tt.text, got, tt.typ)
		}
	}
}

// TestFamiliesSpeakAsLocals: a family or families of the place speak as
// local sources, as relatives do. Sentences written for the test.
func TestFamiliesSpeakAsLocals(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"اقتحم مسلحون البلدة فجر الأربعاء. وأكدت عائلات من البلدة أن المهاجمين خطفوا 12 شخصاً.",
		"قتل شابان على طريق القرية. وقالت عائلة أحدهما إن دورية أمنية اعتقلتهما قبل يومين.",
	} {
		cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2018-07-26", OutletID: "enab_baladi"})
		if got := cs[len(cs)-1].Source.ID; got != "local_sources" {
			t.Errorf("%s: source %s, want local_sources", text, got)
		}
	}
}
