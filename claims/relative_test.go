package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRelativeClauseContext: a claim opened by a relative pronoun ("...،
// والتي قال المرصد إنها ...") speaks of the noun before it, even when that
// noun was in a clause of another event ("رداً على ..."); the claim after
// it goes back to the article's own context.
func TestRelativeClauseContext(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string // per claim: "source type places"
	}{
		{"وهاجمت طائرات مسيرة قاعدة التنف مساء الأربعاء. ويعتقد أن الهجوم جاء رداً على ضربات جوية إسرائيلية على تدمر قبل أيام، والتي قال المرصد حينها إنها قتلت خمسة مسلحين.",
			[]string{"outlet drone_attack tanf", "outlet airstrike palmyra", "sohr airstrike palmyra"}},
		// Without the relative pronoun the speaker's claim follows the
		// article's context, not the answered clause.
		{"وهاجمت طائرات مسيرة قاعدة التنف مساء الأربعاء. ويعتقد أن الهجوم جاء رداً على ضربات جوية إسرائيلية على تدمر قبل أيام. وقال المرصد إن خمسة أشخاص قتلوا.",
			[]string{"outlet drone_attack tanf", "outlet drone_attack tanf", "outlet airstrike palmyra", "sohr drone_attack tanf"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-10-21"}) {
				got = append(got, c.Source.ID+" "+c.EventType+" "+strings.Join(c.Places, ","))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDescribedAntecedent: an indefinite noun takes its relative clause with
// no relative word ("وهو هجوم نفت الفصائل ..."): the clause speaks of what
// the pronoun stands for, the event just named, with its place and day.
func TestDescribedAntecedent(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       string // the last claim: "source stance type places date"
	}{
		{"denial of the answered attack",
			"وشنت طائرات حربية غارات على مواقع قرب تدمر فجر الخميس. وقال الجيش إنه ضرب رداً على استهداف قاعدة التنف بطائرة مسيرة في الثالث من هذا الشهر، وهو هجوم تنفي فصائل المقاومة العراقية مسؤوليتها عنه.",
			"islamic_resistance_iraq denies drone_attack tanf 2021-10-03"},
		{"toll of an earlier bombing",
			"وقصفت المدفعية بلدة في ريف إدلب صباح الجمعة. وأتى ذلك بعد تفجير سيارة مفخخة في مدينة عفرين يوم الأربعاء، وهو تفجير قالت الإدارة الذاتية إنه أودى بحياة ثلاثة مدنيين.",
			"aanes asserts ground_attack afrin 2021-10-20"},
		{"a defined noun is no antecedent",
			"وشنت طائرات حربية غارات على مواقع قرب تدمر فجر الخميس. وقال الجيش إنه ضرب رداً على استهداف قاعدة التنف بطائرة مسيرة في الثالث من هذا الشهر، وهي الفصائل التي تنفي أي مسؤولية عنه.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-10-21"})
			var all []string
			for _, c := range cs {
				d := "-"
				if c.Date != nil {
					d = *c.Date
				}
				all = append(all, strings.Join([]string{c.Source.ID, c.Stance, c.EventType, strings.Join(c.Places, ","), d}, " "))
			}
			t.Logf("%q", all)
			if tt.want != "" && (len(all) == 0 || all[len(all)-1] != tt.want) {
				t.Errorf("%s\n got %q\nwant last %q", tt.text, all, tt.want)
			}
		})
	}
}
