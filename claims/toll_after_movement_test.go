package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTollAfterMovement checks that a toll with no event word of its own,
// told after a sentence on a movement (columns coming in, forces pulling
// out), is the toll of the attack the article told before the movement,
// with that attack's type and day, not the movement's; with no attack told
// before, it stays with the movement. Articles written for the test; the
// type and day of the claim that holds the toll.
func TestTollAfterMovement(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, wantType, wantDate string }{
		{
			name: "shelled, then columns, then the dead",
			text: "قال المرصد إن قوات النظام قصفت بلدة كفرنبل بالمدفعية مساء الأحد.\n\n" +
				"وأضاف أن رتلاً من التعزيزات العسكرية وصل إلى أطراف البلدة.\n\n" +
				"وذكرت مصادر طبية أن سبعة مدنيين قتلوا وجرح عشرة آخرون.",
			wantType: claims.EventShelling, wantDate: "2022-02-27",
		},
		{
			name: "raided, then the fighters left, then the wounded",
			text: "أفاد ناشطون بأن طائرات حربية شنت غارات على بلدة سراقب فجر الأحد.\n\n" +
				"وقالت مصادر محلية إن الفصائل انسحبت من البلدة.\n\n" +
				"وأكد الدفاع المدني أن أربعة أشخاص أصيبوا بجروح.",
			wantType: claims.EventAirstrike, wantDate: "2022-02-27",
		},
		{
			name: "no attack before the column",
			text: "قال المرصد إن رتلاً من التعزيزات العسكرية وصل إلى أطراف بلدة سراقب.\n\n" +
				"وذكرت مصادر محلية أن ثلاثة عناصر قتلوا.",
			wantType: claims.EventDeployment, wantDate: "2022-03-01",
		},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
		toll := lastToll(cs)
		if toll == nil {
			t.Errorf("%s: no claim with a toll", tt.name)
			continue
		}
		if toll.EventType != tt.wantType {
			t.Errorf("%s: type %q, want %q (%s)", tt.name, toll.EventType, tt.wantType, toll.Text)
		}
		if got := ""; toll.Date == nil || *toll.Date != tt.wantDate {
			if toll.Date != nil {
				got = *toll.Date
			}
			t.Errorf("%s: date %q, want %q (%v)", tt.name, got, tt.wantDate, toll.Rules)
		}
	}
}

// lastToll is the last of cs that carries a figure, or nil.
func lastToll(cs []claims.Claim) *claims.Claim {
	var toll *claims.Claim
	for i := range cs {
		if len(cs[i].Figures) > 0 {
			toll = &cs[i]
		}
	}
	return toll
}
