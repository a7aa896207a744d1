package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpreadingParty checks that a denial naming whose report it denies
// ("نفى X ما تبثه قنوات ... عن ...") gives the named party a claim of its
// own that asserts the denied content, on sentences written for the test.
// want is "source stance event_type" of the party's claim, "" for none.
func TestSpreadingParty(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string
	}{
		// Unnamed channels, pages and activist networks.
		{"ونفت وزارة الدفاع الروسية ما تبثه قنوات معارضة عن قصف مستشفى في ريف إدلب.", "media asserts airstrike"},
		{"وكذّب مصدر عسكري ما نشرته صفحات محلية عن استهداف مدرسة بقذائف الهاون في درعا.", "media asserts shelling"},
		{"ونفى مصدر عسكري ما روجت له التنسيقيات عن غارة على سوق في حلب.", "activist asserts airstrike"},
		{"وأضاف مصدر عسكري أن ما تتداوله «الفضائيات المغرضة» حول قصف الحي أكاذيب لا أساس لها.", "media asserts airstrike"},
		// A registered party after the verb.
		{"ونفى مصدر عسكري ما زعمه المرصد السوري عن غارة على سوق في حلب.", "sohr asserts airstrike"},
		// What "came" in a named body's statement or report: the body
		// asserts it, not the speaker before it.
		{"ونفت قسد ما جاء في تصريحات وزارة الدفاع السورية عن قصف قرية قرب منبج.", "syria_mod asserts airstrike"},
		{"وقال المتحدث إن الهدوء عاد. وكذّب الجيش التركي ما جاء في تقرير الخارجية السورية عن قصف قرية قرب منبج بطائرة مسيرة.", "syria_mfa asserts drone_attack"},
		{"ونفت الحركة ما ورد في تقرير المرصد السوري حول غارة على سوق في حلب.", "sohr asserts airstrike"},
		{"وجاء في بيان الجيش السوري أن غارة استهدفت مواقع في حلب.", ""},
		// No relative "ما", no content after "عن", or no one denying: no party claim.
		{"وقالت صفحات محلية إن غارة استهدفت سوقاً في حلب.", ""},
		{"ونفى مصدر عسكري ما تبثه قنوات معارضة، مؤكداً أن الجيش لم يقصف حلب.", ""},
		{"ما نشرته صفحات محلية عن غارة على سوق في حلب لم يتأكد بعد.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"})
			// The party's claim is the one on the span of the denier's
			// embedded report that is not the denier's.
			var spread []claims.Claim
			for _, c := range cs {
				if c.Text != tt.text[c.Start:c.End] {
					t.Errorf("claim span %d-%d does not match its text", c.Start, c.End)
				}
				embeds := slices.ContainsFunc(cs, func(o claims.Claim) bool {
					return o.Start == c.Start && o.End == c.End && o.Source.ID != c.Source.ID &&
						slices.Contains(o.Rules, "attribution:embedded_report")
				})
				if embeds && !slices.Contains(c.Rules, "attribution:embedded_report") {
					spread = append(spread, c)
				}
			}
			if tt.want == "" {
				if len(spread) > 0 {
					t.Errorf("unexpected party claim %s %s", spread[0].Source.ID, spread[0].Stance)
				}
				return
			}
			if len(spread) != 1 {
				t.Fatalf("got %d party claims, want 1", len(spread))
			}
			p := spread[0]
			if got := p.Source.ID + " " + p.Stance + " " + p.EventType; got != tt.want {
				t.Errorf("party claim %q, want %q", got, tt.want)
			}
			// The denier denies the same content on the same span.
			denied := slices.ContainsFunc(cs, func(c claims.Claim) bool {
				return c.Stance == claims.StanceDenies && c.Start == p.Start && c.End == p.End && c.Source.ID != p.Source.ID
			})
			if !denied {
				t.Errorf("no denial on the party's span %q", p.Text)
			}
		})
	}
}
