package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestToldThen: in the story of its own article, a toll given "at that
// time" (حينها، آنذاك، وقتها، في حينه، يومها، حينئذ) counts the victims of
// a recalled happening and disputes no other voice's toll of the story;
// the same toll without the adverb still does, "يومها" as "its day" is no
// adverb, and a then-toll in an article whose lead here recalls the
// happening ("رداً على الغارات") counts for it. Sentences written for the
// test.
func TestToldThen(t *testing.T) {
	story := mk(claims.Claim{ID: "s1", Article: "a1", Start: 0, Source: src("sohr"),
		Text: "قتل مدنيان في القصف على القرية صباح اليوم", EventType: claims.EventShelling,
		Figures: []claims.Figure{exact("killed", "civilians", 2)}})
	storyLead := "قصفت القوات القرية صباح اليوم بالمدفعية الثقيلة"
	recallLead := "وجاء الهجوم رداً على الغارات التي طالت البلدة الأسبوع الماضي"
	tests := []struct {
		name string
		lead string
		text string
		at   string // the figure's words in text
		f    claims.Figure
		want bool
	}{
		{"then after the verb", storyLead, "وأعلنت القوات حينها مقتل سبعة مدنيين في قصف مماثل", "مقتل سبعة مدنيين", exact("killed", "civilians", 7), false},
		{"at the time with alif madda", storyLead, "وكان القصف قد أوقع آنذاك تسعة قتلى مدنيين", "تسعة قتلى", exact("killed", "civilians", 9), false},
		{"fi hinihi", storyLead, "وقال ناشطون في حينه إن ستة مدنيين قتلوا", "ستة مدنيين", exact("killed", "civilians", 6), false},
		{"that day", storyLead, "وأصيب يومها عدد من المدنيين", "عدد من المدنيين", vague("wounded", "civilians", 2, 9), false},
		{"at that time, waqtaha", storyLead, "قتل أربعة مدنيين وقتها بحسب الأهالي", "أربعة مدنيين", exact("killed", "civilians", 4), false},
		{"then with waw", storyLead, "وحينها أحصى الأهالي خمسة قتلى مدنيين", "خمسة قتلى", exact("killed", "civilians", 5), false},
		{"no adverb: a toll of the story", storyLead, "وأعلنت القوات مقتل سبعة مدنيين في القصف", "مقتل سبعة مدنيين", exact("killed", "civilians", 7), true},
		{"the noun time of day is no adverb", storyLead, "قتل سبعة مدنيين في وقت مبكر صباحاً", "سبعة مدنيين", exact("killed", "civilians", 7), true},
		{"a relative clause between", storyLead, "ورفع الأهالي الحصيلة إلى سبعة قتلى مدنيين بعد القصف الذي قالت القوات حينها إنه طال مواقع", "سبعة قتلى", exact("killed", "civilians", 7), true},
		{"its first day is no adverb", storyLead, "وقالت القوات إن الحملة أوقعت في يومها الأول سبعة قتلى مدنيين", "سبعة قتلى", exact("killed", "civilians", 7), true},
		{"the article recalls this happening", recallLead, "وقال ناشطون حينها إن سبعة مدنيين قتلوا", "سبعة مدنيين", exact("killed", "civilians", 7), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lead := mk(claims.Claim{ID: "l1", Article: "a2", Start: 0, Source: src("hawar"), Text: tt.lead,
				EventType: claims.EventShelling})
			then := mk(claims.Claim{ID: "t1", Article: "a2", Start: 200, Source: src("sdf"), Text: tt.text,
				EventType: claims.EventShelling, Figures: []claims.Figure{spannedAt(tt.f, tt.text, tt.at, 200)}})
			ds := Compare(Event{}, []claims.Claim{story, lead, then}, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == KindCasualties })
			if got != tt.want {
				t.Errorf("casualties flagged = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}

// TestToldThenEarlierKept: an earlier toll of the story told "at that
// time" is still the story's own, for a revision; the claims given are
// not changed.
func TestToldThenEarlierKept(t *testing.T) {
	e := exact("killed", "civilians", 3)
	e.Earlier = true
	lead := mk(claims.Claim{ID: "l1", Article: "a1", Start: 0, Source: src("sohr"), Text: "قتل ثمانية مدنيين في القصف"})
	text := "وكان المرصد قد أحصى حينها ثلاثة قتلى وجريحاً"
	c := mk(claims.Claim{ID: "e1", Article: "a1", Start: 100, Source: src("sohr"), Text: text,
		Figures: []claims.Figure{spannedAt(e, text, "ثلاثة قتلى", 100), spannedAt(exact("wounded", "civilians", 1), text, "وجريحاً", 100)}})
	got := withoutRecalledTolls([]*claims.Claim{&lead, &c})
	if fs := got[1].Figures; len(fs) != 1 || !fs[0].Earlier {
		t.Errorf("figures kept = %+v, want the earlier toll only", fs)
	}
	if len(c.Figures) != 2 {
		t.Errorf("the claim given was changed: %+v", c.Figures)
	}
}

// spannedAt sets a figure's span to where its words stand in a claim's text
// starting at offset start.
func spannedAt(f claims.Figure, text, words string, start int) claims.Figure {
	i := strings.Index(text, words)
	if i < 0 {
		panic("figure words not in text: " + words)
	}
	f.Span = claims.Span{Start: start + i, End: start + i + len(words)}
	return f
}

// TestFollowsEarlierAttack: in the story of its own article, a clause
// that points back with a pronoun to the attack some days before, on
// which the clause just before it ends, counts that attack's dead; the
// same clause after a clause of the story itself still disputes.
// Sentences written for the test.
func TestFollowsEarlierAttack(t *testing.T) {
	story := mk(claims.Claim{ID: "s1", Article: "a1", Start: 0, Source: src("sohr"),
		Text: "قتل مدنيان في الغارة على القرية صباح اليوم", EventType: claims.EventAirstrike,
		Figures: []claims.Figure{exact("killed", "civilians", 2)}})
	lead := mk(claims.Claim{ID: "l1", Article: "a2", Start: 0, Source: src("hawar"),
		Text: "قصفت طائرات القرية صباح اليوم", EventType: claims.EventAirstrike})
	next := "وقال ناشطون إنها قتلت سبعة مدنيين"
	tests := []struct {
		name, before string
		want         bool
	}{
		{"a week after raids", "وجاء القصف بعد أسبوع من غارات على حي في المدينة،", false},
		{"four days after the attack", "ويأتي ذلك بعد أربعة أيام من الهجوم على السوق الشعبي،", false},
		{"the story's own clause", "وضرب القصف حياً سكنياً في المدينة،", true},
		{"after days of a decision, no attack", "وجاء القصف بعد يومين من قرار الهدنة،", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c1 := mk(claims.Claim{ID: "t1", Article: "a2", Start: 100, Source: src("hawar"), Text: tt.before, EventType: claims.EventAirstrike})
			c2 := mk(claims.Claim{ID: "t2", Article: "a2", Start: c1.End + 1, Source: src("local_sources"), Text: next,
				EventType: claims.EventAirstrike, Figures: []claims.Figure{spannedAt(exact("killed", "civilians", 7), next, "سبعة مدنيين", c1.End+1)}})
			ds := Compare(Event{}, []claims.Claim{story, lead, c1, c2}, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == KindCasualties })
			if got != tt.want {
				t.Errorf("casualties flagged = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}

// TestThenTollsOnce: the figures told then, read once per claim
// (thenTolls), are those toldThen finds figure by figure. Sentences
// written for the test.
func TestThenTollsOnce(t *testing.T) {
	texts := []struct{ text, at string }{
		{"وأحصى الأهالي يومها ثلاثة قتلى بين المدنيين", "ثلاثة قتلى"},
		{"قتل ثلاثة مدنيين في القصف الليلي على الحي", "ثلاثة مدنيين"},
		{"وكانت الغارة قد خلفت آنذاك عشرة جرحى، ثم قتل ثلاثة اليوم", "ثلاثة اليوم"},
	}
	var cs []*claims.Claim
	for i, x := range texts {
		f := spannedAt(exact("killed", "civilians", 3), x.text, x.at, 100*i)
		c := mk(claims.Claim{ID: "c" + string(rune('a'+i)), Article: "a1", Start: 100 * i, Text: x.text,
			Figures: []claims.Figure{f, f}})
		cs = append(cs, &c)
	}
	cs = append(cs, &claims.Claim{ID: "none", Article: "a1", Text: "بلا أرقام"})
	told := thenTolls(cs)
	for i, c := range cs {
		if len(told[i]) != len(c.Figures) {
			t.Fatalf("claim %s: %d readings for %d figures", c.ID, len(told[i]), len(c.Figures))
		}
		for k, f := range c.Figures {
			if told[i][k] != toldThen(c, f) {
				t.Errorf("claim %s figure %d: thenTolls %v, toldThen %v", c.ID, k, told[i][k], !told[i][k])
			}
		}
	}
	if !told[0][0] || told[1][0] {
		t.Errorf("told = %v, want the first claim's toll told then, the second's not", told)
	}
}
