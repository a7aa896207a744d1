package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestMediumSinceAndAnswer checks, on sentences written for the test,
// four readings: a body after "عبر" is the channel of a statement, not its
// speaker; a group that adopts "العملية" is its actor though no event word
// names it; a date closing a "منذ" phrase with a deed dates that deed, not
// the claim; and a party that reserves the right to answer an attack did
// not make it. Each row gives the claim's index and "source actor date".
func TestMediumSinceAndAnswer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name string
		text string
		idx  int
		want string
	}{
		{"the agency after عبر relays the claiming group",
			"وكان تنظيم داعش قد تبنى الهجوم عبر وكالة أعماق.",
			0, "isis isis 2023-04-24"}, // pluperfect: the week before publication (see recalled.go)
		{"the channel after من خلال relays too",
			"وكان تنظيم داعش قد تبنى الهجوم من خلال وكالة أعماق.",
			0, "isis isis 2023-04-24"}, // pluperfect: the week before publication (see recalled.go)
		{"adopting the operation names the actor",
			"قتل موظف في البلدية بانفجار لغم. وتبنى تنظيم داعش العملية.",
			1, "isis isis -"},
		{"a group said to adopt the operation is not the speaker",
			"وتبنت جماعة مجهولة العملية.",
			0, "outlet - -"},
		{"a date closing a since-phrase with a deed is that deed's",
			"قتل موظف في البلدية بانفجار لغم صباح الأحد في الرقة. ويأتي التفجير ضمن سلسلة هجمات منذ خروج التنظيم من المدينة في حزيران الماضي.",
			1, "outlet - 2023-04-30"},
		{"a date right after منذ still dates what goes on",
			"ويتواصل القصف منذ فجر اليوم على البلدة.",
			0, "outlet - 2023-05-01"},
		{"reserving the right to answer attacks is no deed of the speaker",
			"وشددت الحكومة السورية على أنها تملك حق الرد على تلك الغارات.",
			0, "syria_government - 2023-05-01"},
		{"vowing to answer the aggression is no deed either",
			"وأكدت دمشق أنها سترد على العدوان.",
			0, "syria_government - 2023-05-01"},
		{"striking in answer to an attack is the speaker's deed",
			"وأعلنت أنقرة أنها قصفت مواقع الوحدات.",
			0, "turkey_government turkey 2023-05-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01", Outlet: "outlet"})
			if tt.idx >= len(cs) {
				t.Fatalf("got %d claims, want claim %d", len(cs), tt.idx)
			}
			c := cs[tt.idx]
			a, dt := "-", "-"
			if c.Actor != nil {
				a = *c.Actor
			}
			if c.Date != nil {
				dt = *c.Date
			}
			if got := c.Source.ID + " " + a + " " + dt; got != tt.want {
				t.Errorf("got %q, want %q (rules %v)", got, tt.want, c.Rules)
			}
		})
	}
}
