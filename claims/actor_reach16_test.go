package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestActorReach16 checks the doer read past what stands between a party
// and its verb: a quotation mark, a phrase set between commas; a bare
// organisation head before a verb of killing; a party that is said to be
// no side in the deed.
func TestActorReach16(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src, want string
	}{
		{"quoted party before a verb of killing",
			"وقال المرصد إن عناصر «داعش» قتلوا خمسة رعاة قرب البئر.", "sohr", "isis"},
		{"quoted name after its head before the verb",
			"وقال المرصد إن مسلحي تنظيم \"داعش\" أعدموا ستة شبان عند مدخل القرية.", "sohr", "isis"},
		{"unquoted party still read",
			"وقال المرصد إن عناصر داعش قتلوا خمسة رعاة قرب البئر.", "sohr", "isis"},
		{"quoted predicate after the bare army",
			"وقال رئيس الوزراء الإسرائيلي إن الجيش \"ضرب أهدافاً\" قرب العاصمة السورية.", "israel_pm", "israel"},
		{"aside between the army and its verb",
			"وذكر مصدر في الجيش السوري أن وحدات الجيش، بدعم من المدفعية، استهدفت أوكاراً للمسلحين شرق البلدة.", "syrian_army", "syria_gov"},
		{"aside between the air force and its verb",
			"وذكر مصدر عسكري سوري أن سلاح الجو، صباح اليوم، دمّر أوكاراً للمسلحين شرق البلدة.", "syrian_army", "syria_gov"},
		{"bare organisation head before a verb of killing",
			"وقال المرصد إن تنظيم داعش دخل البلدة فجراً. وأضاف أن التنظيم أعدم تسعة رجال في ساحتها.", "sohr", "isis"},
		{"an organisation's bare head before another verb is not read here",
			"وقال المرصد إن تنظيم داعش دخل البلدة فجراً. وأضاف أن التنظيم نشر حواجز في ساحتها.", "sohr", "-"},
		{"the speaker's own men kill counted people",
			"وقال تنظيم داعش في بيان إن مقاتليه قتلوا تسعة جنود قرب الجسر.", "isis", "isis"},
		{"the speaker's own men killed are no doers",
			"وأعلن تنظيم داعش أن ثلاثة من مقاتليه قتلوا في الاشتباك قرب الجسر.", "isis", "-"},
		{"the verb first, the party's men in construct, a day between",
			"وأعدم مسلحو تنظيم «داعش» أمس الخميس ثلاثة رعاة قرب البئر، وفق المرصد.", "sohr", "isis"},
		{"the fire's source as a pronoun on the noun after it",
			"وقال الدفاع المدني إن القذائف مصدرها مواقع \"قسد\" شمال المدينة.", "white_helmets", "sdf"},
		{"an indefinite fire with its source after it",
			"وقال الدفاع المدني إن طفلاً قتل بقصف مصدره مناطق سيطرة قوات النظام.", "white_helmets", "syria_gov"},
		{"members of the party the bare head points back to",
			"اتهم الجيش حزب الله بخرق الهدنة. وأفاد مصدر عسكري بأن قذيفة أطلقتها عناصر من الحزب أصابت المعبر.", "syrian_army", "iran_backed"},
		{"the speaker's own party is no side",
			"وقال حزب الله في بيان إن الحزب لم يكن طرفاً في المواجهة التي دارت قرب المعبر.", "hezbollah", "iran_backed"},
		{"another party is no side",
			"وقال مسؤول سوري إن إيران ليست طرفاً في الهجوم على المعبر.", "syria_government", "iran_backed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lastActorOfSource(x, tt.text, "2019-05-06", tt.src)
			if got != tt.want {
				t.Errorf("actor = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNoSideIsDenial checks that "ليس طرفاً في" denies a part in the deed.
func TestNoSideIsDenial(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وقال حزب الله في بيان إن الحزب لم يكن طرفاً في المواجهة التي دارت قرب المعبر.",
		"وأكدت الحركة في بيان أنها لم تكن طرفاً في الاشتباك عند المعبر.",
	} {
		cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2019-05-06"})
		if len(cs) == 0 || cs[0].Stance != "denies" {
			t.Errorf("%s: want a denial, got %+v", text, cs)
		}
	}
}

// lastActorOfSource is the actor of the last claim of source src in text,
// "-" when it names none, "?" when src makes no claim.
func lastActorOfSource(x *claims.Extractor, text, published, src string) string {
	got := "?"
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: published}) {
		if c.Source.ID == src {
			got = actorOrDash(c)
		}
	}
	return got
}

// TestJihadistArmyName checks that the jihadists' name for the Syrian
// army counts its soldiers: the dead a group says it killed are then
// comparable with another voice's count of soldiers.
func TestJihadistArmyName(t *testing.T) {
	x, _ := extractor(t)
	text := "وقال تنظيم داعش في بيان إن جنوده قتلوا 30 فرداً من الجيش النصيري عند الجسر."
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2019-05-06"}) {
		for _, f := range c.Figures {
			if f.Low == 30 && f.Group != "syrian_army" {
				t.Errorf("group = %q, want syrian_army", f.Group)
			}
			if f.Low == 30 {
				return
			}
		}
	}
	t.Errorf("no figure of 30 in %q", text)
}
