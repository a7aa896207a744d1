package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// habitProbe is a mini-article whose last sentence is tested: whether it
// keeps the doer it names (keep) or tells a habit and keeps none.
type habitProbe struct {
	text string
	keep bool
}

// habitProbes are written for the test, modelled on how outlets close a
// story with what a party does again and again: an imperfect of a deed
// with "بين الحين والآخر"، "من حين لآخر"، "بين فترة وأخرى"، "بشكل دوري"،
// "باستمرار"، "قصف متكرر"، or opened by "عادة ما"/"غالباً ما". A sentence
// that dates a deed of the day, or tells it in the perfect, keeps its doer.
var habitProbes = []habitProbe{
	{"قتل ثلاثة عناصر بغارة على موقع قرب البوكمال فجر اليوم. وتشن الطائرات الأمريكية بين الحين والآخر ضربات على مواقع الفصائل في المنطقة.", false},
	{"سقطت قذائف على قرية في ريف إدلب صباح اليوم. ويقصف الجيش السوري القرى المحاذية لخطوط التماس من حين لآخر.", false},
	{"انفجرت سيارة في مدينة الباب ظهر اليوم. وتنفذ القوات التركية بين فترة وأخرى عمليات قصف على قرى في ريف منبج.", false},
	{"أصيب مدنيان بقذيفة في بلدة كنصفرة اليوم. وتتعرض قرى جبل الزاوية لقصف متكرر من القوات الروسية رغم اتفاق التهدئة.", false},
	{"قتل شاب بانفجار لغم قرب دير الزور اليوم. وعادة ما تستهدف الطائرات المسيرة الأمريكية قادة التنظيم في البادية.", false},
	{"استهدفت مسيرة سيارة قرب القامشلي اليوم. وتشن المسيرات التركية بشكل دوري هجمات على مواقع قوات سوريا الديمقراطية.", false},
	{"قصفت طائرات حربية مواقع في ريف حماة اليوم. ويشن الطيران الروسي غارات متكررة على قرى سهل الغاب.", false},
	{"سقطت صواريخ على أطراف مدينة درعا اليوم. وغالباً ما تقصف قوات النظام الأحياء الجنوبية من المدينة.", false},
	// a deed of the day, or told in the perfect, keeps its doer
	{"سقطت قذائف على بلدة في ريف حلب. ويقصف الجيش السوري القرى من حين لآخر، وقد قصف فجر اليوم بلدة الأتارب.", true},
	{"قتل مدنيان في بلدة سرمين. وشنت الطائرات الروسية غارات متكررة على البلدة صباح الثلاثاء.", true},
	{"قتل مدنيان في بلدة سرمين. وتشن الطائرات الروسية غارات على البلدة منذ صباح اليوم.", true},
}

func TestHabitualDeed(t *testing.T) {
	x, _ := extractor(t)
	for _, p := range habitProbes {
		cs := x.Extract(claims.Article{ID: "t", Text: p.text, Published: "2023-11-20"})
		if len(cs) == 0 {
			t.Errorf("%s\n  no claims", p.text)
			continue
		}
		last := cs[len(cs)-1]
		got := last.Actor != nil && *last.Actor != "" && *last.Actor != "unknown"
		if got != p.keep {
			actor := "<nil>"
			if last.Actor != nil {
				actor = *last.Actor
			}
			t.Errorf("%s\n  last claim %q: actor %s, want kept=%v (rules %v)", p.text, last.Text, actor, p.keep, last.Rules)
		}
		if !p.keep && last.Target != nil {
			t.Errorf("%s\n  habit keeps target %s", p.text, *last.Target)
		}
	}
}

// airOperationProbes are written for the test: a toll taken "بعملية جوية"
// or "في عمليات جوية" is a strike from the air; "عملية جوية" with no toll
// (a sortie, a base of air operations) types nothing.
var airOperationProbes = []struct {
	text string
	want string
}{
	{"أعلنت وزارة الدفاع أنها حيدت 5 مسلحين بعملية جوية في ريف حلب الشمالي.", claims.EventAirstrike},
	{"قال الجيش إنه قتل 4 عناصر من التنظيم في عمليات جوية بالبادية.", claims.EventAirstrike},
	{"وتعد القاعدة مركزا للعمليات الجوية في المنطقة منذ سنوات.", claims.EventOther},
}

func TestAirOperation(t *testing.T) {
	x, _ := extractor(t)
	for _, p := range airOperationProbes {
		cs := x.Extract(claims.Article{ID: "t", Text: p.text, Published: "2023-11-20"})
		if len(cs) == 0 {
			t.Errorf("%s\n  no claims", p.text)
			continue
		}
		if got := cs[0].EventType; got != p.want {
			t.Errorf("%s\n  type %s, want %s (rules %v)", p.text, got, p.want, cs[0].Rules)
		}
	}
}
