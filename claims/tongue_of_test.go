package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestThroughTheMouthOf: "جاء/ورد على لسان X أن ..." credits X, and a
// hospital's administration after "بحسب ما أفادت به" is a medical source,
// not the outlet. Sentences in our own words.
func TestThroughTheMouthOf(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وجاء على لسان الناطق باسم الخارجية التركية أن أنقرة لن تتراجع عن العملية.", "turkey_mfa"},
		{"وورد على لسان مصدر عسكري سوري أن الصواريخ سقطت في أرض خالية.", "syrian_army"},
		{"وجاء ذلك على لسان مدير الدفاع المدني في حلب الذي قال إن خمسة مدنيين قتلوا.", "white_helmets"},
		{"وبحسب ما أفادت به إدارة المشفى، فإن عدد الجرحى بلغ خمسة عشر.", "medical_sources"},
		{"وقالت إدارة مستشفى الشهيد إن القصف أخرج قسم الإسعاف عن الخدمة.", "medical_sources"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01", Outlet: "alarabiya"})
		if len(cs) == 0 || cs[0].Source.ID != tt.want {
			got := ""
			if len(cs) > 0 {
				got = cs[0].Source.ID
			}
			t.Errorf("%s: source %q, want %q", tt.text, got, tt.want)
		}
	}
}
