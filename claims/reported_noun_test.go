package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestReportNounParty checks that a denial whose object is a noun of
// report or accusation with its party ("كذّب X ادعاءات Y عن ...") keeps the
// denier's denial and gives the party a claim asserting the same content,
// on sentences written for the test. want is "source stance event_type"
// of the party's claim, "" for none.
func TestReportNounParty(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string
	}{
		// A registered party, in quotation marks or not.
		{"وكذّب الجيش السوري ادعاءات «المرصد» بشأن مقتل مدنيين في غارة على إدلب.", "sohr asserts airstrike"},
		{"ودحضت وزارة الدفاع الروسية مزاعم المرصد السوري حول قصف سوق شعبي في معرة النعمان.", "sohr asserts airstrike"},
		// Unnamed activists and outlets.
		{"ونفت وزارة الدفاع الروسية مزاعم ناشطين عن قصف مدرسة في درعا.", "local_sources asserts airstrike"},
		{"ونفى مصدر عسكري تقارير صحف غربية عن غارة على مخيم للنازحين قرب إدلب.", "media asserts airstrike"},
		// The party in a relative clause, after "صحة".
		{"ونفى مصدر عسكري صحة الأنباء التي نشرتها صفحات محلية عن قصف مستشفى في حماة.", "media asserts airstrike"},
		// An accusation: the party asserts the act it accuses of.
		{"ونفى مصدر عسكري اتهامات المرصد السوري للجيش بقصف مستشفى في حماة.", "sohr asserts airstrike"},
		// A noun with no party, a verb that does not deny, or no content.
		{"ونفى مصدر عسكري الأنباء عن قصف مستشفى في حماة.", ""},
		{"ونقلت الوكالة أنباء عن قصف مستشفى في حماة.", ""},
		{"وتحدثت وزارة الدفاع الروسية عن مزاعم ناشطين عن قصف مدرسة في درعا.", ""},
		{"ونفت وزارة الدفاع الروسية مزاعم ناشطين، مؤكدة أن طائراتها لم تقصف درعا.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"})
			var party []claims.Claim
			for _, c := range cs {
				if c.Text != tt.text[c.Start:c.End] {
					t.Errorf("claim span %d-%d does not match its text", c.Start, c.End)
				}
				if slices.Contains(c.Rules, "attribution:report_noun") {
					party = append(party, c)
				}
			}
			if tt.want == "" {
				if len(party) > 0 {
					t.Errorf("unexpected party claim %s %s", party[0].Source.ID, party[0].Stance)
				}
				return
			}
			if len(party) != 1 {
				t.Fatalf("got %d party claims, want 1", len(party))
			}
			p := party[0]
			if got := p.Source.ID + " " + p.Stance + " " + p.EventType; got != tt.want {
				t.Errorf("party claim %q, want %q", got, tt.want)
			}
			// The denier denies the same content on the same span, with the
			// same event, places and date.
			denied := slices.ContainsFunc(cs, func(c claims.Claim) bool {
				return c.Stance == claims.StanceDenies && c.Start == p.Start && c.End == p.End && c.Source.ID != p.Source.ID &&
					c.EventType == p.EventType && slices.Equal(c.Places, p.Places) && sameDate(c, p)
			})
			if !denied {
				t.Errorf("no matching denial on the party's span %q", p.Text)
			}
		})
	}
}

// sameDate reports whether two claims carry the same date, or none.
func sameDate(a, b claims.Claim) bool {
	if a.Date == nil || b.Date == nil {
		return a.Date == b.Date
	}
	return *a.Date == *b.Date
}
