package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTargets checks the characterisation of what was hit, per claim, on
// sentences written for the test: "stance target" ("-" for none).
func TestTargets(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		// A person targeted is characterised by the body named after في;
		// with no armed body after it, the role alone stays.
		{"وادعت صحف إسرائيلية أن الضربة طالت «شخصية بارزة في الحرس الثوري» في المبنى.", []string{"asserts senior figure of IRGC"}},
		{"وقال المرصد إن المسيرة استهدفت قيادياً في الحرس الثوري قرب الحدود.", []string{"asserts militant commander of IRGC"}},
		{"وقالت القناة إن القصف استهدف شخصية معروفة في البلدة.", []string{"asserts figure"}},
		// The homes a security sweep searched are no target of an attack;
		// the homes a raid struck are.
		{"وفرضت القوات حظر تجول في الحي، وشنت حملة تفتيش داهمت خلالها منازل عدة.", []string{"asserts -"}},
		{"وقال ناشطون إن القوات داهمت منازل في الحي وقتلت ثلاثة من سكانها.", []string{"asserts homes"}},
		// The posts where checks are tightened after a blast are no target.
		{"وبعد الانفجار شددت الشرطة إجراءات التفتيش عند مداخل البلدة والنقاط المحيطة بها.", []string{"asserts -"}},
		{"وإثر الهجوم اتخذت السلطات تدابير أمنية مشددة حول النقاط القريبة من السوق.", []string{"asserts -"}},
		{"وقالت الشرطة إن الانفجار استهدف نقاط التفتيش عند مداخل البلدة.", []string{"asserts posts"}},
		// Whom the authorities hunt after an attack are not what it hit.
		{"وطوقت الشرطة موقع التفجير وبدأت بملاحقة المسلحين الفارين.", []string{"asserts -"}},
		// The suspects of the crime, with the article, are the wanted doers;
		// men an army calls suspects as it fires on them are its target.
		{"وأضاف أن دورية للشرطة اقتحمت بيتاً يختبئ فيه المشتبه بهما فجرح أحدهما.", []string{"asserts -"}},
		{"وقال الجيش إن قواته أطلقت النار على عدد من المشتبه بهم اقتربوا من السياج.", []string{"asserts suspects"}},
		{"وقال الجيش إن جنوده أطلقوا النار على مشتبه بهم اقتربوا من السياج.", []string{"asserts suspects"}},
		{"وقال قائد الشرطة إن التفجير استهدف سوقاً شعبية، وإن البحث عن المنفذين مستمر.", []string{"asserts market"}},
		// People spared ("no harm among civilians") or the roof fire came
		// from are not what was hit; harm among them is, and so is the
		// patrol the fire was aimed at.
		{"وقصفت الطائرات مساء أمس، ولم تسجل أي إصابة في صفوف المدنيين.", []string{"asserts -"}},
		{"وأغارت الطائرات دون وقوع ضحايا بين السكان.", []string{"asserts -"}},
		{"وقصفت الطائرات وأوقعت إصابات في صفوف المدنيين.", []string{"asserts civilians"}},
		{"وقتل مسلح أطلق النار على الدورية من سطح أحد المنازل.", []string{"asserts patrol"}},
		// Websites where a report was posted are not positions hit; the
		// attack the report tells of has its own target.
		// The pages that spread the report assert it; the source denies it.
		{"ونفى المصدر ما تتداوله صفحات في مواقع التواصل بشأن قصف أصاب منازل المدنيين.", []string{"asserts civilian homes", "denies civilian homes"}},
		{"وقال ناشطون على موقع إلكتروني إن الطائرات قصفت البلدة.", []string{"asserts town"}},
		{"وقالت الفصائل إنها قصفت مواقع للجيش على أطراف البلدة.", []string{"asserts positions of army forces"}},
		// A convoy is characterised by what it carried: aid is civilian,
		// a column (رتل) is military, a bare convoy is neither.
		{"وقال الهلال الأحمر إن الطائرات قصفت قافلة المساعدات قرب الجسر.", []string{"asserts aid convoy"}},
		{"وأفاد مراسلون بأن القذائف أصابت قافلة إغاثية عند مدخل الحي.", []string{"asserts aid convoy"}},
		{"وقالت الوزارة إن المسيرة استهدفت رتلا قرب الحدود.", []string{"asserts military convoy"}},
		{"وقال الشهود إن القصف أصاب القافلة عند الحاجز.", []string{"asserts convoy"}},
		// A depot joined to another target keeps what it holds.
		{"وقال المراسل إن الغارة أحرقت شاحنات ومستودعا للمواد الغذائية.", []string{"asserts trucks and depot of food supplies"}},
		// Who was aboard a vehicle says what was hit.
		{"وذكر ضابط ميداني أن المسيرة استهدفت سيارة تقل مسلحين قرب خطوط التماس.", []string{"asserts vehicle carrying militants"}},
		{"وقال الدفاع المدني إن المسيرة استهدفت سيارة تقل مزارعين قرب البلدة.", []string{"asserts vehicle carrying farmers"}},
		// A place called empty of anything military is civilian.
		{"وأكد الأهالي أن الموقع الذي قصف كان خاليا من أي سلاح.", []string{"asserts civilian position"}},
		// Who carried the attack out ("من تنفيذ"، "نفذه") is not what was hit.
		{"وقال المصدر إن الهجوم كان من تنفيذ خلايا تابعة للتنظيم.", []string{"asserts -"}},
		{"ورجح ناشطون أن القصف الذي طال المخبز نفذته مجموعات مسلحة.", []string{"unconfirmed bakery"}},
		// Fighters joined to the attacker by "و" are who struck, not what was hit.
		{"وتواصل القصف الذي يشنه الجيش التركي ومرتزقته على منازل القرية.", []string{"asserts homes and village"}},
		// The masculine plural verb of attack heads its object too.
		{"وقال المجلس إن المسلحين قصفوا منذ الصباح منازل المدنيين في البلدة بالقذائف.", []string{"asserts civilian homes"}},
		// After a preposition or verb of attack, with the owner after ل.
		{"وقال المرصد إن الطائرات قصفت مواقع للتنظيم في البادية.", []string{"asserts positions of militants"}},
		{"وأفادت مصادر محلية بأن القذائف سقطت على قرى مأهولة شمال المدينة.", []string{"asserts inhabited villages"}},
		{"وذكرت الوزارة أن طائراتها قصفت أهدافاً للإرهابيين قرب الحدود.", []string{"asserts targets of terrorists"}},
		// "على الأقل" is no preposition of attack; a subset of the toll is
		// no characterisation.
		{"وقال المرصد إن الغارة أودت بحياة 12 شخصاً على الأقل من بينهم ثلاثة مدنيين.", []string{"asserts -"}},
		// A statement that nothing military was there makes the target
		// civilian and denies nothing.
		{"وقال مصدر محلي إن الغارة أصابت مستودعات مدنية للأعلاف ليس لها أي ارتباط بنشاط عسكري.", []string{"asserts civilian depots of fodder"}},
		// What a depot holds, after ل, says what kind of depot it is.
		{"وأوضح المصدر أن صاروخاً أصاب مستودعاً للمواد الغذائية قرب الطريق.", []string{"asserts depot of food supplies"}},
		{"وقال والد الضحية إن ابنه لم يكن يحمل أي سلاح.", []string{"asserts civilian, unarmed"}},
		// A characterisation with no attack word.
		{"وقصفت طائرات مسيرة منطقة زراعية فجر اليوم. وقال صاحب الأرض إن الموقع المستهدف مجرد مزرعة دواجن.", []string{"asserts farmland", "asserts poultry farm"}},
		// What the attacker says it spared is not what was hit.
		{"وقالت الوزارة إن طائراتها قصفت مخابئ للمسلحين مع الحرص على تجنب المدنيين.", []string{"asserts hideouts of militants"}},
		// Military people and presence are not characterisations of the site.
		{"وقال المتحدث إنه لا يوجد جنود أتراك في القرية التي طالها القصف.", []string{"asserts village"}},
		// Who holds or uses a place, in a relative clause after it (also
		// after a short phrase of where), says what it was.
		{"وشنت الطائرات غارات على مبان في أطراف البلدة يتحصن فيها مسلحو التنظيم، وفق ما ذكر المرصد.", []string{"asserts buildings of militants"}},
		{"وأوضح الناطق أن الغارات طالت منشآت تستخدمها الميليشيات في شرق البلاد.", []string{"asserts facilities of militias"}},
		{"وقصفت الطائرات مدرسة في البلدة يستخدمها الأهالي ملجأ.", []string{"asserts school of local residents"}},
		{"وقصفت الطائرات مبنى في الحي يتحصن فيه قناصون.", []string{"asserts building"}},
		// The circumstantial participle names what was hit, far from the
		// event word.
		{"وذكر ضابط أن طائرات العدو شنت فجراً هجوماً جوياً انطلاقاً من فوق البحر مستهدفاً بعض المواقع العسكرية قرب حمص.", []string{"asserts military positions"}},
		// Whom an assassination took is its target.
		{"وقال مصدر في الشرطة إن دورية لاحقت الخلية المتهمة بجريمة اغتيال المواطن سعيد الأحمد قبل أيام.", []string{"asserts a civilian"}},
		{"وأعلنت الفصائل إحباط محاولة اغتيال قيادي في صفوفها قرب المعبر.", []string{"asserts militant commander"}},
		// Diplomatic premises, and facilities called civilian or military
		// by the adjective that follows them.
		{"وقال السفير إن الصواريخ سقطت على مبنى القنصلية في العاصمة.", []string{"asserts consulate building"}},
		{"ودانت الخارجية القصف الذي طال مقر بعثة دبلوماسية أجنبية.", []string{"asserts diplomatic mission"}},
		{"وقالت الوزارة إن الطائرات استهدفت منشآت مدنية في المدينة.", []string{"asserts civilian facilities"}},
		{"وأكد المتحدث أن الطائرات ضربت أهدافاً عسكرية قرب المطار.", []string{"asserts military targets"}},
		// What the target is said not to be gives way to what it is
		// said to be instead.
		{"وقال الناطق إن الموقع المستهدف ليس مدرسة ولا مستشفى بل مقر عسكري للمسلحين.", []string{"asserts military headquarters of militants"}},
		{"وقال الأهالي إن المبنى المستهدف لم يكن مقراً عسكرياً وإنما مدرسة للأطفال.", []string{"asserts school"}},
		// Citizens in the plural after an attack word are not read as a
		// target by the citizen word alone.
		{"وأضاف الناطق أنه يتابع الاعتداءات على المواطنين في المحافظة.", []string{"asserts -"}},
		// Losses that did not happen say nothing of the target.
		{"وأكد الجيش أن القصف لم يسفر عن خسائر عسكرية.", []string{"asserts -"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		tg := "-"
		if c.Target != nil {
			tg = *c.Target
		}
		return c.Stance + " " + tg
	})
}
