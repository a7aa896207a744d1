package claims_test

import "testing"

// TestOwnMemberActs checks that an armed body telling what one of its own
// fighters did ("أحد عناصره فجّر") claims the deed, while its fighters
// killed or hit, or counted, are not doers.
func TestOwnMemberActs(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src, want string
	}{
		{"one of its men blew up a car",
			"وأعلن تنظيم داعش عبر معرفاته أن أحد مقاتليه فجّر سيارة مفخخة قرب مقر أمني في المدينة.", "isis", "isis"},
		{"its men, plural verb",
			"وذكر تنظيم الدولة الإسلامية أن عناصره فجروا عبوة ناسفة بدورية عسكرية على طريق البادية.", "isis", "isis"},
		{"one of her fighters targeted",
			"وأعلنت قسد أن أحد مقاتليها استهدف بقذيفة تجمعا للمسلحين قرب القرية.", "sdf", "sdf"},
		{"verb before the member",
			"وقال تنظيم داعش إن هجوما نفذه أحد انغماسييه استهدف حاجزا للجيش في البادية.", "isis", "isis"},
		{"one of its men killed is no doer",
			"وأعلن تنظيم داعش مقتل أحد عناصره بقصف جوي على البلدة.", "isis", "-"},
		{"one of its men wounded is no doer: the unnamed gunmen are",
			"وقالت قسد إن مسلحين هاجموا نقطة لها في القرية وإن أحد مقاتليها أصيب بجروح.", "sdf", "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actorOfSource(x, tt.text, "2019-05-06", tt.src)
			if got != tt.want {
				t.Errorf("actor = %q, want %q", got, tt.want)
			}
		})
	}
}
