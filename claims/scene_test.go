package claims_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestArticleScene: a claim of an attack that names no place happened
// where the article's opening (headline, dateline, lead) says the story
// is, when the opening names one place (with its governorate), the claim
// is of a kind of attack the opening tells of there, or the opening names
// the place outside any claim (a dateline). The articles are written for
// the test; want is "places rule" of the first claim whose text holds
// the marker.
func TestArticleScene(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, marker, want string
	}{
		{"dateline names the town",
			"سراقب – مراسلنا\n\nتواصلت المعارك على أطراف المدينة منذ الصباح.\n\nوقال ناشطون إن طائرات حربية شنت أربع غارات بعد الظهر دمرت منزلين.",
			"أربع غارات", "saraqib places:article_scene"},
		{"the lead names the city and its governorate",
			"اشتباكات وغارات جنوب إدلب\n\nاندلعت اشتباكات عنيفة في مدينة معرة النعمان بريف إدلب منذ فجر اليوم.\n\nوقال الدفاع المدني إن غارات جوية أسفرت عن مقتل خمسة مدنيين.",
			"خمسة مدنيين", "maarat_al_numan,idlib places:article_scene"},
		{"the dateline and the lead apart: no scene",
			"دمشق – الوكالة\n\nاندلعت اشتباكات عنيفة في مدينة معرة النعمان منذ فجر اليوم.\n\nوقال الدفاع المدني إن غارات جوية أسفرت عن مقتل خمسة مدنيين.",
			"خمسة مدنيين", "- -"},
		{"a river in an operation's name is no place apart",
			"«درع الفرات» تتقدم في سراقب\n\nسراقب – مراسلنا\n\nتواصلت المعارك على أطراف المدينة منذ الصباح.\n\nوقال قائد ميداني إن طيران التحالف نفذ ثلاث غارات ليلاً على تجمعات للمسلحين.",
			"ثلاث غارات", "saraqib places:article_scene"},
		{"the opening tells of another kind of attack there",
			"غارات على خان شيخون\n\nشنت طائرات حربية غارات على خان شيخون فجر اليوم.\n\nوفي سياق آخر، قال مصدر إن مسلحين هاجموا حاجزاً بالأسلحة الخفيفة ليلاً.",
			"هاجموا حاجزاً", "- -"},
		{"an opening of no attack names the town: any kind of attack there",
			"نزوح واسع من سراقب\n\nقال ناشطون إن مئات العائلات غادرت مدينة سراقب أمس خوفاً من تجدد المعارك.\n\nوأضافوا أن طائرة مسيّرة استهدفت سيارة تقل نازحين على الطريق.",
			"طائرة مسيّرة", "saraqib places:article_scene"},
		{"a gathering near the dam in the lead, the strike later",
			"مصادر: المسلحون يحشدون الأهالي قرب سد تشرين\n\nقالت مصادر أمنية إن المسلحين جمعوا عشرات الأهالي قرب سد تشرين بريف حلب أمس.\n\nوأوضحت المصادر أن المدفعية قصفت مركبة تنقل ذخائر بعيداً عن التجمع.",
			"قصفت مركبة", "tishrin_dam,aleppo places:article_scene"},
		{"a claim whose own place was left out takes none",
			"سراقب – مراسلنا\n\nتواصلت المعارك على أطراف المدينة منذ الصباح.\n\nوقال ناشطون إن طائرات حربية أقلعت من مطار حماة العسكري شنت أربع غارات.",
			"أربع غارات", "- -"},
		{"a killing on a river bank happened at the scene",
			"سراقب – مراسلنا\n\nتواصلت المعارك على أطراف المدينة منذ الصباح.\n\nوقال ناشطون إن مسلحين قتلوا ستة رجال على ضفة نهر العاصي ليلاً.",
			"ستة رجال", "saraqib places:river_at_scene"},
		{"the Euphrates bank in a town's story",
			"الرقة – مراسلنا\n\nتجددت الاشتباكات في المدينة منذ الفجر.\n\nوأفاد مصدر محلي بأن قذائف سقطت على ضفاف نهر الفرات وأصابت ثلاثة صيادين.",
			"ثلاثة صيادين", "raqqa places:river_at_scene"},
		{"a river beside a town keeps the town",
			"سراقب – مراسلنا\n\nتواصلت المعارك على أطراف المدينة منذ الصباح.\n\nوقال ناشطون إن مسلحين قتلوا ستة رجال قرب نهر العاصي في مدينة جسر الشغور.",
			"ستة رجال", "jisr_al_shughur,orontes -"},
		{"a river with no scene stays a river",
			"تقرير عن أوضاع النازحين\n\nقال ناشطون إن مسلحين قتلوا ستة رجال على ضفة نهر العاصي ليلاً.",
			"ستة رجال", "orontes -"},
		{"a response may have happened anywhere",
			"سراقب – مراسلنا\n\nتواصلت المعارك على أطراف المدينة منذ الصباح.\n\nوقال ناشطون إن طائرات حربية شنت أربع غارات رداً على الهجوم.",
			"أربع غارات", "- -"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimSpanning(t, x, tt.text, tt.marker)
			p, rule := strings.Join(c.Places, ","), "-"
			if p == "" {
				p = "-"
			}
			for _, r := range []string{"places:article_scene", "places:river_at_scene"} {
				if slices.Contains(c.Rules, r) {
					rule = r
				}
			}
			if got := p + " " + rule; got != tt.want {
				t.Errorf("got  %q\nwant %q (rules %v, type %s)", got, tt.want, c.Rules, c.EventType)
			}
		})
	}
}

// claimSpanning extracts text (an Al Jazeera article of 2024-02-10) and
// returns the claim whose span holds the first occurrence of marker (by
// offsets, where claimHolding looks in claim texts of another article).
func claimSpanning(t *testing.T, x *claims.Extractor, text, marker string) claims.Claim {
	t.Helper()
	cs := x.Extract(claims.Article{ID: "t", Text: text, Outlet: "aljazeera", Published: "2024-02-10"})
	at := strings.Index(text, marker)
	i := slices.IndexFunc(cs, func(c claims.Claim) bool { return c.Start <= at && at < c.End })
	if i < 0 {
		t.Fatalf("no claim holds %q", marker)
	}
	return cs[i]
}
