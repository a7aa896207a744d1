package claims_test

import "testing"

// TestHedgedAircraftOwner: aircraft that a source guesses belong to a
// party ("يُرجّح أنها تابعة لـ"، "يُعتقد أنها تعود إلى") make that party the
// hedged doer, whether the guess is the claim's cue or stands inside it;
// definite aircraft with a word of belonging for predicate name their
// owner too. Sites guessed to belong to a party are what was hit, not who
// struck. Sentences written for the test; want is the last claim.
func TestHedgedAircraftOwner(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2024-02-01", true, []textWant{
		{"وأفاد ناشطون بأن طائرة مسيرة يعتقد أنها تابعة لقوات التحالف قصفت دراجة نارية قرب سرمدا.", "unconfirmed coalition"},
		{"وقصفت طائرات مسيرة يرجح أنها تابعة لإسرائيل سيارة على طريق القنيطرة.", "unconfirmed israel"},
		{"وقال المرصد إن الطائرات المسيرة يعتقد أنها تعود للقوات الروسية.", "unconfirmed russia"},
		{"هاجمت مسيرات مطار الحسكة ليلاً. ورجح المرصد أن تكون الطائرات تابعة للجيش التركي.", "unconfirmed turkey"},
		{"وأفاد ناشطون بأن طائرة مسيرة قصفت مستودعات يرجح أنها تعود إلى ميليشيات إيرانية قرب الميادين.", "unconfirmed -"},
	}, stanceActor)
}

// TestSpeakerNotDoer: the party that reports a deed in a clause with its
// own subject ("ذكرت القيادة الأميركية أن الهجوم نُفّذ") is not its doer,
// unless the clause points back to it ("أن قواتها قتلت"); forces put in
// danger ("تعرّض قواتنا وشركاءنا للخطر") and forces that shot the drones
// down ("أسقطت اثنتين من المسيّرات") are no doers either. Sentences
// written for the test; want is the last claim.
func TestSpeakerNotDoer(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2023-03-01", true, []textWant{
		{"وكانت القيادة الوسطى الأميركية قد ذكرت أن الهجوم نفذ بأربع مسيرات.", "asserts -"},
		{"وأكدت القيادة المركزية في بيانها أن الهجوم نفذ بطائرتين مسيرتين.", "asserts -"},
		{"وأعلن الجيش الأمريكي أن قواته قتلت قيادياً في التنظيم بغارة.", "asserts us"},
		{"وقالت القيادة المركزية الأمريكية إن \"هذه الهجمات مرفوضة لأنها تعرض قواتنا وشركاءنا للخطر\".", "asserts -"},
		{"هاجمت مسيرات قاعدة التنف. وقالت القيادة المركزية إن قوات التحالف أسقطت ثلاث طائرات منها قبل وصولها.", "asserts -"},
		{"وقال ناشطون إن مروحيات النظام أسقطت براميل متفجرة على البلدة.", "asserts syria_gov"},
	}, stanceActor)
}
