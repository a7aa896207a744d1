package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCreditBeforeParticiple checks that a credit closing a toll ("وفق ما
// أعلنته الوزارة") still credits the clause before it when the credited
// body goes on in an adverbial participle after a comma ("، مشيرةً إلى"),
// also when an earlier toll's own report verb stands in that clause, and
// that "the first figures" mark the toll they gave as an earlier one.
func TestCreditBeforeParticiple(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src string
		earlier         []int
	}{
		{"credit then participle, earlier figures in the clause",
			"ارتفع عدد ضحايا التفجير قرب الجامع إلى 27 قتيلاً، علماً أن الأرقام الأولى أشارت إلى 12 قتيلاً، وفق ما أعلنته مديرية الصحة، مضيفةً أن عدداً من الجرحى في حال حرجة.",
			"syria_health", []int{12}},
		{"credit then participle, one toll",
			"وقُتل تسعة مدنيين بقصف على السوق الشعبي، بحسب ما ذكرته وزارة الصحة، مشيرةً إلى أن الحصيلة قابلة للارتفاع.",
			"syria_health", nil},
		{"the former figures, after the current toll",
			"وأكد المرصد السوري لحقوق الإنسان مقتل 18 شخصاً، فيما كانت الأرقام السابقة قد تحدثت عن 11 قتيلاً.",
			"sohr", []int{11}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-05-06"})
			var got []int
			found := false
			for _, c := range cs {
				for _, f := range c.Figures {
					if c.Source.ID != tt.src {
						t.Errorf("figure %d credited to %s, want %s", f.Low, c.Source.ID, tt.src)
					}
					found = true
					if f.Earlier {
						got = append(got, f.Low)
					}
				}
			}
			if !found {
				t.Fatalf("no figures in %q", tt.text)
			}
			if len(got) != len(tt.earlier) || len(got) > 0 && got[0] != tt.earlier[0] {
				t.Errorf("earlier tolls = %v, want %v", got, tt.earlier)
			}
		})
	}
}

// TestCountedAsCredit checks that "كما أحصاها ناشطون" (as activists
// counted it) credits the toll before it, like "بحسب ما أحصاه", and that a
// plural pluperfect after "بعد أن" ("بعد أن كانوا قد سجّلوا") marks the
// count it gives as an earlier toll.
func TestCountedAsCredit(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src string
		earlier         int
	}{
		{"as activists counted it, after a plural pluperfect",
			"قُتل 33 مدنياً في قصف على البلدة، كما أحصاها ناشطون من الريف، بعد أن كانوا قد سجلوا 15 قتيلاً صباحاً.",
			"local_sources", 15},
		{"as the observatory documented it",
			"سقط 12 قتيلاً في الانفجار، كما وثقه المرصد السوري لحقوق الإنسان.",
			"sohr", 0},
		{"as counted, after bi-hasab",
			"قضى 19 شخصاً في الغارات، بحسب ما أحصاه ناشطون في المنطقة.",
			"local_sources", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			earlier, n := 0, 0
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2016-03-04"}) {
				for _, f := range c.Figures {
					n++
					if c.Source.ID != tt.src {
						t.Errorf("figure %d credited to %s, want %s", f.Low, c.Source.ID, tt.src)
					}
					if f.Earlier {
						earlier = f.Low
					}
				}
			}
			if n == 0 {
				t.Fatalf("no figures in %q", tt.text)
			}
			if earlier != tt.earlier {
				t.Errorf("earlier toll = %d, want %d", earlier, tt.earlier)
			}
		})
	}
}

// TestInsteadOfEarlier checks that a toll replaced by a corrected one
// ("عدّلت حصيلتها إلى 8 بدلاً من 13") is the earlier toll, and the new one
// the current.
func TestInsteadOfEarlier(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وصححت المديرية حصيلة القتلى إلى 8 بدلاً من 13 قتيلاً أعلنتها صباحاً.",
		"وخفّض المرصد عدد القتلى إلى 8 عوضاً عن 13 في حصيلته الأولى.",
	} {
		var earlier, now []int
		for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2021-01-02"}) {
			for _, f := range c.Figures {
				if f.Earlier {
					earlier = append(earlier, f.Low)
				} else {
					now = append(now, f.Low)
				}
			}
		}
		if len(earlier) != 1 || earlier[0] != 13 || len(now) != 1 || now[0] != 8 {
			t.Errorf("%s: earlier %v, current %v; want [13], [8]", text, earlier, now)
		}
	}
}
