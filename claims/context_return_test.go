package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestContextAfterDigression: what a store holds is no event ("مستودع
// للطائرات المسيرة" is a target of the raid); "ذلك الهجوم" speaks of the
// event told just before, also one the raids answer; and a toll with no
// event word that names a place of the article's main event, not of the
// digression, goes back to the main event and its date.
func TestContextAfterDigression(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string // per claim: "source type places date"
	}{
		{"شنت مقاتلات روسية غارات على ريف إدلب صباح الثلاثاء. وذكر مصدر عسكري أن الأهداف كانت مخزناً للقذائف والطائرات المسيرة.",
			// the store characterises the raids' target, so the claim
			// speaks of them (no drone attack of its own) and takes their day
			[]string{"outlet airstrike idlib 2021-10-19", "syrian_army airstrike idlib 2021-10-19"}},
		{"شنت مقاتلات روسية غارات على ريف إدلب صباح الثلاثاء. وذكر مصدر عسكري أن الغارات دمرت مستودعات للصواريخ قرب سراقب.",
			[]string{"outlet airstrike idlib 2021-10-19", "syrian_army airstrike saraqib 2021-10-19"}},
		{"شنت طائرات أمريكية غارات على مواقع في دير الزور مساء الخميس، رداً على ضربة بطائرة مسيرة استهدف قاعدة التنف يوم الاثنين. وحمّلت واشنطن ميليشيات تدعمها طهران مسؤولية ذلك الهجوم.",
			[]string{"outlet airstrike deir_ez_zor 2021-10-21", "outlet drone_attack tanf 2021-10-18", "us_government drone_attack tanf 2021-10-18"}},
		{"شنت طائرات أمريكية غارات على مواقع في دير الزور مساء الخميس، رداً على ضربة بطائرة مسيرة استهدف قاعدة التنف يوم الاثنين. وحمّلت واشنطن ميليشيات تدعمها طهران مسؤولية ذلك الهجوم. وقال مسؤول أمريكي إنه لا توجد مؤشرات على سقوط ضحايا مدنيين في دير الزور.",
			[]string{"outlet airstrike deir_ez_zor 2021-10-21", "outlet drone_attack tanf 2021-10-18", "us_government drone_attack tanf 2021-10-18", "us_government airstrike deir_ez_zor 2021-10-21"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-10-22"}) {
				d := "-"
				if c.Date != nil {
					d = *c.Date
				}
				got = append(got, c.Source.ID+" "+c.EventType+" "+strings.Join(c.Places, ",")+" "+d)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestLaterEventAfterTimePhrase: "وبعد ساعات من الهجوم، قصفت ..." tells
// the later bombardment, not the attack it names for time; ground forces
// that bombard ("قصفت قوات النظام") shell, aircraft named or not.
func TestLaterEventAfterTimePhrase(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string // type of the last claim
	}{
		{"هاجم مسلحون حاجزاً للجيش قرب سراقب فجر الأحد. وبعد ساعتين من الكمين، قصفت الطائرات الحربية بلدة سرمين.", "airstrike"},
		{"هاجم مسلحون حاجزاً للجيش قرب سراقب فجر الأحد. وبعد ساعات من الكمين، قصفت قوات الحكومة بلدة سرمين.", "shelling"},
		{"قال ناشطون إن قوات النظام قصفت بلدة سرمين صباح اليوم. وقالوا إن الطائرات الحربية قصفت سراقب.", "airstrike"},
		{"قال ناشطون إن قوات روسية قصفت بلدة سرمين. وتقصف فصائل المعارضة مواقع في سراقب.", "shelling"},
		{"وتقصف قوات التحالف مواقع التنظيم قرب هجين.", "airstrike"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-10-22"})
			if len(cs) == 0 || cs[len(cs)-1].EventType != tt.want {
				var got []string
				for _, c := range cs {
					got = append(got, c.EventType)
				}
				t.Errorf("%s\n got %q, want last %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestCulpritPhraseDate: a date inside the phrase that names who did an
// earlier deed ("المجموعة المسؤولة عن تفجير ... ليل الجمعة") dates the
// deed, not the arrest or raid the claim tells.
func TestCulpritPhraseDate(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string // date of the first claim
	}{
		{"وقال مصدر أمني إن دورية داهمت منزلاً في بلدة الصنمين واعتقلت عناصر المجموعة المسؤولة عن تفجير عبوة بسيارة ضابط ليل الأربعاء.", "2021-10-22"},
		{"وقال مصدر أمني إن دورية داهمت منزلاً في بلدة الصنمين ليل الأربعاء واعتقلت ثلاثة مطلوبين.", "2021-10-20"},
		{"وقال مصدر أمني إن دورية اعتقلت الأشخاص المتورطين في اغتيال رئيس البلدية مساء الأربعاء، بعد مداهمة منزل في الصنمين.", "2021-10-22"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-10-22"})
			if len(cs) == 0 || cs[0].Date == nil || *cs[0].Date != tt.want {
				var got []string
				for _, c := range cs {
					if c.Date != nil {
						got = append(got, *c.Date)
					}
				}
				t.Errorf("%s\n got %q, want %s", tt.text, got, tt.want)
			}
		})
	}
}
