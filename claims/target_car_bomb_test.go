package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetCarBombIsMeans checks that a booby-trapped vehicle after a
// word of a blast or as its means with ب, and the vehicle that is the
// object of the verb of setting it off, are the bomb, so that what it
// went off at or aimed at is read instead; and that a vehicle hit by a
// bomb, or a car bomb destroyed by strikes, stays what was hit.
func TestTargetCarBombIsMeans(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"واستهدف هجومان بسيارتين مفخختين صباح الأحد مقرين أمنيين في المدينة.", "security headquarters", reconcile.TargetMilitary},
		{"وقال المصدر إن المهاجمين فجّروا السيارة عند حاجز للجيش على مدخل البلدة.", "checkpoint of army forces", reconcile.TargetMilitary},
		{"قتل عشرة أشخاص بانفجار سيارة مفخخة قرب سوق شعبي وسط المدينة.", "market", reconcile.TargetCivilian},
		// the bomb shook a named quarter: who most of the victims were
		// says more than the bare quarter
		{"قضى ثلاثون شخصاً معظمهم من المدنيين بتفجير سيارة مفخخة ضرب ظهر اليوم حي الميدان.", "victims mostly civilians", reconcile.TargetCivilian},
		// a bomb in a car: the car was hit
		{"وأفاد الأهالي بأن عبوة زرعها مجهولون انفجرت بسيارة مدنية قرب القرية.", "civilian vehicle", reconcile.TargetCivilian},
		{"وقال المصدر إن مجهولين فجروا عبوة ناسفة بسيارة عسكرية قرب الحاجز.", "military vehicle", reconcile.TargetMilitary},
	}
	for _, tt := range tests {
		assertTargetClass(t, x, tt.text, tt.want, tt.class)
	}
}
