package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestEarlierTailAndTownAnaphora: the earlier deed a sequel cue opens
// ("... بعد ساعات من قتلهم ...") is not dated by the later deed's date
// word: hours before a dawn raid are the night before, a day before is a
// day before, and a date the next sentence tells for the deed wins (but
// not the later deed's own day told again, for a deed days earlier); "في
// المدينة" with no name of its own is the town named before it, but
// "المدينة الصناعية" is a site of its own.
func TestEarlierTailAndTownAnaphora(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string // the second claim: "type places date rules-of-interest"
	}{
		{"اعتقلت قوات الأمن فجر اليوم ثلاثة مسلحين في بلدة الصنمين، بعد ساعات من هجومهم على حاجز للشرطة في المدينة.",
			"ground_attack sanamayn,daraa 2023-03-13 places:town_anaphora date:earlier_tail"},
		{"اعتقلت قوات الأمن ظهر اليوم ثلاثة مسلحين في بلدة الصنمين، بعد ساعات من هجومهم على حاجز للشرطة في المدينة.",
			"ground_attack sanamayn,daraa 2023-03-14 places:town_anaphora date:earlier_tail"},
		{"اعتقلت قوات الأمن فجر اليوم ثلاثة مسلحين في بلدة الصنمين، بعد ساعات من هجومهم على حاجز للشرطة في المدينة. وقالت الشرطة إن المسلحين شنوا الهجوم على الحاجز مساء الأحد.",
			"ground_attack sanamayn,daraa 2023-03-12 places:town_anaphora date:earlier_tail_told"},
		{"اعتقلت قوات الأمن فجر اليوم ثلاثة مسلحين في بلدة الصنمين، بعد يومين من هجومهم على حاجز للشرطة في المدينة. وأوضحت الشرطة أن المداهمة جرت فجر اليوم.",
			"ground_attack sanamayn,daraa 2023-03-12 places:town_anaphora date:earlier_tail"},
		{"اعتقلت قوات الأمن فجر اليوم ثلاثة مسلحين في بلدة الصنمين، بعد ساعات من هجومهم على حاجز للشرطة في المدينة الصناعية.",
			"ground_attack - 2023-03-13 date:earlier_tail"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "sana", Published: "2023-03-14"})
			if len(cs) < 2 {
				t.Fatalf("got %d claims", len(cs))
			}
			c := cs[1]
			d := "-"
			if c.Date != nil {
				d = *c.Date
			}
			p := strings.Join(c.Places, ",")
			if p == "" {
				p = "-"
			}
			var rules []string
			for _, r := range c.Rules {
				if strings.HasPrefix(r, "places:town") || strings.HasPrefix(r, "date:earlier") {
					rules = append(rules, r)
				}
			}
			got := c.EventType + " " + p + " " + d + " " + strings.Join(rules, " ")
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
