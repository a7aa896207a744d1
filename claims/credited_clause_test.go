package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCreditedClauseAndEarlierToll: a clause joined by "، و" to what one
// speaker said and followed by "بحسب Y" is Y's, with the earlier toll Y
// gave after it; an earlier toll told in a relative clause on the source
// ("التي كانت قد أعلنت ... مقتل") is no earlier event and leaves the
// claim dated by its article. Sentences written for the test.
func TestCreditedClauseAndEarlierToll(t *testing.T) {
	x, _ := extractor(t)
	t.Run("clause before a credit", func(t *testing.T) {
		text := "أكد الهلال الأحمر أن طواقمه نقلت المصابين إلى مشفى باب الهوى، وارتفع عدد القتلى إلى 17 وفق المرصد السوري لحقوق الإنسان، بعد أن كان قد أحصى صباحاً مقتل عشرة."
		cs := x.Extract(claims.Article{ID: "t", Text: text, Outlet: "enab_baladi", Published: "2021-05-02"})
		var sohr *claims.Claim
		for i := range cs {
			if cs[i].Source.ID == "sohr" {
				sohr = &cs[i]
			}
			if cs[i].Source.ID != "sohr" && len(cs[i].Figures) > 0 {
				t.Errorf("%s has figures %v", cs[i].Source.ID, cs[i].Figures)
			}
		}
		if sohr == nil {
			t.Fatal("no claim of sohr")
		}
		var now, before bool
		for _, f := range sohr.Figures {
			now = now || f.Low == 17 && !f.Earlier
			before = before || f.Low == 10 && f.Earlier
		}
		if !now || !before {
			t.Errorf("sohr figures %+v, want 17 and an earlier 10", sohr.Figures)
		}
	})
	dates := []struct {
		name, text, want string
	}{
		{"earlier toll in a relative clause",
			"ارتفع عدد ضحايا الانفجار إلى 8 قتلى، حسب ما أعلنته مديرية الصحة، التي كانت قد أعلنت ليلاً عن مقتل أربعة.",
			"2021-05-02"},
		{"pluperfect of an earlier strike",
			"قال ناشطون إن الطائرات قصفت البلدة مجدداً. وكانت الطائرات قد قصفت سوق البلدة بالصواريخ.",
			"2021-04-25"},
	}
	for _, tt := range dates {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "enab_baladi", Published: "2021-05-02"})
			last := cs[len(cs)-1]
			if last.Date == nil || *last.Date != tt.want {
				t.Errorf("date %v (%v), want %s", last.Date, last.Rules, tt.want)
			}
		})
	}
}

// TestSourcesByAllegiance: "مصادر موالية"، "مصدر معارض" speak, as unnamed
// informed sources, also after "في حين" or "بينما" in a sentence where
// another source spoke first. Sentences written for the test.
func TestSourcesByAllegiance(t *testing.T) {
	x, _ := extractor(t)
	tests := []string{
		"أفاد المرصد بمقتل ستة جنود في الكمين، في حين قالت مصادر موالية إن القتلى ثلاثة.",
		"ذكرت وكالة سانا أن الجيش استعاد التلة، بينما أكد مصدر معارض أن المقاتلين ما زالوا فيها.",
	}
	for _, text := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: text, Outlet: "enab_baladi", Published: "2021-05-02"})
		if len(cs) != 2 || cs[1].Source.ID != "informed_sources" || !cs[1].Source.Anonymous {
			for _, c := range cs {
				t.Logf("%s %q", c.Source.ID, c.Text)
			}
			t.Errorf("want a second claim of anonymous informed sources in %q", text)
		}
	}
}
