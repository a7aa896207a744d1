package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGroundTargets checks the characterisations of the ground civilian
// life stands on (quarters, farmland, utilities, stops, shelters, wards),
// the armed men whose absence makes a place civilian, the nominal sentence
// that characterises a place named as hit, and what is not a target (where
// fire came from, "the sites" pointing back): "stance target" per claim.
func TestGroundTargets(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		// A quarter as the object of the attack is residential, in every
		// number and with every proclitic; after "في" it only says where.
		{"وقال مصدر في الشرطة إن قذائف هاون سقطت على حي الميدان بعد الظهر.", []string{"asserts residential quarter"}},
		{"وأفاد المرصد بأن الطيران قصف حيين سكنيين شرق المدينة.", []string{"asserts residential quarters"}},
		{"وذكرت الوكالة أن المسلحين استهدفوا حيي الشهباء والسبيل بالصواريخ.", []string{"asserts residential quarters"}},
		{"وقال ناشطون إن المروحيات ألقت براميل على أحياء المدينة القديمة.", []string{"asserts residential quarters"}},
		{"وأوضح الدفاع المدني أن المدفعية استهدفت حياً في شرق البلدة.", []string{"asserts residential quarter"}},
		{"وقال المصدر إن الطائرات قصفت مقراً للفصيل في حي الجامعة.", []string{"asserts headquarters"}},
		// Farmland, orchards and crops.
		{"وقال مراسل الوكالة إن الصواريخ سقطت على أراض زراعية غرب القرية.", []string{"asserts farmland"}},
		{"وأفاد الأهالي بأن القصف طال بساتين الزيتون على أطراف البلدة.", []string{"asserts olive orchards"}},
		{"وقالت فرق الإطفاء إن القذائف أحرقت المحاصيل الزراعية جنوب المدينة.", []string{"asserts crops"}},
		// Utilities, stops, shelters and hospital wards.
		{"وقالت الشركة إن المسيرة قصفت محطة تحويل الكهرباء في المدينة.", []string{"asserts power station"}},
		{"وذكرت الإدارة أن الطائرات استهدفت معمل الغاز شرق المدينة.", []string{"asserts gas plant"}},
		{"وقال شهود إن عبوة ناسفة انفجرت بجانب موقف للحافلات وسط المدينة.", []string{"asserts bus stop"}},
		{"وقال مدير المستشفى إن القذيفة أصابت قسم الإسعاف وغرفة العمليات.", []string{"asserts hospital emergency ward and operating theatre"}},
		{"وقالت المنظمة إن الغارة استهدفت مركز إيواء في ريف المدينة.", []string{"asserts shelter for displaced people"}},
		// A gathering named by who gathered; a facility by who runs or
		// controls it; a quarter keeps its class whoever controls it.
		{"وقالت الهيئة إن الغارة استهدفت تجمعاً لمقاتلين في المعسكر.", []string{"asserts gathering of fighters"}},
		{"وقالت الوزارة إن طائراتها ضربت منشآت يستخدمها المسلحون في الشمال.", []string{"asserts facilities of militants"}},
		{"وقال المراسل إن الطائرات دمرت منشأة طاقة يسيطر عليها التنظيم.", []string{"asserts energy facility of militants"}},
		{"وقال الأهالي إن القذائف سقطت على حي يسيطر عليه التنظيم.", []string{"asserts residential quarter"}},
		// The absence of armed men makes the place civilian.
		{"وأكد سكان المنطقة أن المدرسة لم يوجد فيها مسلح واحد ساعة القصف.", []string{"asserts civilian, unarmed"}},
		{"وقال المسؤول إن المبنى الذي قصف لا وجود لأي مقاتل فيه.", []string{"asserts civilian building"}},
		{"وأوضح المسؤول أن المنشآت المستهدفة \"كلها مدنية\" ولا سلاح فيها.", []string{"asserts civilian sites"}},
		{"وقال المسؤول إن المواقع المستهدفة جميعها مدنية.", []string{"asserts civilian sites"}},
		// A nominal sentence characterises the place named as hit.
		{"وقال مدير الدائرة إن المحطة \"منشأة خدمية\" تغذي الأحياء بالماء.", []string{"asserts service facility"}},
		{"وأكد الناطق أن المبنى مقر للمسلحين وليس مدرسة.", []string{"asserts headquarters of militants"}},
		{"وأكد الناطق أن الموقع هدف مشروع.", []string{"asserts -"}},
		// Where the fire came from is not what it hit.
		{"وقال المرصد إن القذائف أطلقت من مواقع الجيش وسقطت على سوق الخضار.", []string{"asserts market holding vegetables"}},
		{"وقال المرصد إن القذائف انطلقت من مرابض المدفعية شمال البلدة.", []string{"asserts -"}},
		// "Terrorist" agreeing with the event noun calls the deed terrorist.
		{"وقالت الوزارة إن عشرين مدنياً قتلوا بتفجيرين إرهابيين في الساحة.", []string{"asserts -"}},
		{"وأعلنت الشرطة أن هجوماً إرهابياً استهدف المدنيين في السوق.", []string{"asserts civilians"}},
		// A crowd says who was at a place or in a vehicle.
		{"وقال المصدر إن الانتحاري فجر نفسه في شارع مكتظ بالمارة قرب الجسر.", []string{"asserts place crowded with passers-by"}},
		{"وقال الدفاع المدني إن القذائف سقطت على شارع يعج بالناس.", []string{"asserts civilians"}},
		{"وقال الأهالي إن الطائرة قصفت حافلة كانت تغص بالطلاب.", []string{"asserts students"}},
		// Stores, labs, rescue and security posts; the regime as owner or
		// user of a place.
		{"وقال الأهالي إن الغارة أصابت مخزناً للحبوب على طرف القرية.", []string{"asserts store holding grain"}},
		{"وذكر المرصد أن المسيرة استهدفت مركزاً للدفاع المدني شمال البلدة.", []string{"asserts civil defence centre"}},
		{"وأعلن الفصيل أنه قصف مواقع للنظام على أطراف المدينة.", []string{"asserts positions of regime forces"}},
		{"وقالت الوزارة إن طائراتها دمرت مباني يستخدمها النظام لتخزين الذخيرة.", []string{"asserts buildings of regime forces"}},
		{"وقالت الحكومة إن الصواريخ دمرت مختبرات كلية الصيدلة.", []string{"asserts laboratory and college"}},
		// What a place is used as, and by whom, says what it was; with no
		// event word, only when the users are named.
		{"وقال المتحدث إن الطائرة قصفت المبنى لأن عناصر من التنظيم يتخذونه مقراً.", []string{"asserts building used as headquarters of militants"}},
		{"وأضاف الضابط أن المدرسة المهجورة يستخدمها مسلحو الفصيل مخزناً للسلاح.", []string{"asserts place used as store holding weapons of militants"}},
		{"وقال الأهالي إن الطائرات انطلقت من القاعدة التي تتخذها مقراً لها.", []string{"asserts -"}},
		{"وقال المسؤول إن المستوصف القديم تستخدمه عناصر جبهة أنصار الدين مخزناً للذخيرة.", []string{"asserts place used as ammunition store of fighters"}},
		{"وقالت القيادة إن الطائرات قصفت المبنى الذي تحوّل منذ عامين إلى مقر للمرتزقة.", []string{"asserts building used as headquarters of militants"}},
		{"وقال الناطق إن المدرسة تحولت منذ عامين إلى مقر للمرتزقة.", []string{"asserts -"}},
		// Strikes "on the vicinity" of a place say where; a later verb of
		// hitting names what ("أصابت إحداها ...").
		{"وقال المراسل إن الطائرات شنت غارات على محيط المعبر، أصابت إحداها معملاً لتعبئة أسطوانات الغاز.", []string{"asserts factory making household gas cylinders"}},
		{"وقال المراسل إن القذائف سقطت على محيط المستشفى الوطني.", []string{"asserts hospital"}},
		// What a building houses, past a phrase of where it lies, and what
		// a place was set aside for.
		{"وقال البيان إن صاروخاً أصاب مبنى في حي الجامعة يضم قسماً تعليمياً ومكتبة.", []string{"asserts building holding educational section"}},
		{"وقال الحارس إن الموقع المستهدف مخصص لإنتاج الأدوية منذ سنوات.", []string{"asserts place making medicine"}},
		// "The sites", bare and definite, point back to sites named before.
		{"وقالت مصادر محلية إن طائرات مجهولة حلقت فوق المدينة ثم قصفت المواقع.", []string{"asserts -"}},
		{"وقالت مصادر محلية إن الطائرات قصفت المواقع العسكرية قرب المطار.", []string{"asserts military positions"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		tg := "-"
		if c.Target != nil {
			tg = *c.Target
		}
		return c.Stance + " " + tg
	})
}

// TestCoalitionSpeakers checks that the coalition named after a role or a
// tie ("قائد قوات التحالف"، "الناطق باسم التحالف"، "مصدر في التحالف")
// speaks for the coalition, and the US joint chiefs for the US military:
// "source target" per claim.
func TestCoalitionSpeakers(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وقال قائد قوات التحالف للصحفيين إن الضربة دمرت مقراً للتنظيم.", []string{"coalition headquarters of militants"}},
		{"وأكد الناطق باسم التحالف أن الطائرات قصفت مواقع للتنظيم شرق النهر.", []string{"coalition positions of militants"}},
		{"وقال رئيس هيئة الأركان الأميركية إن الصواريخ دمرت منشأة لتخزين الأسلحة.", []string{"us_military facility making weapons"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		tg := "-"
		if c.Target != nil {
			tg = *c.Target
		}
		return c.Source.ID + " " + tg
	})
}

// TestInstitutionWithPlace checks that a place with ب after an
// institution's name ("مركز المصالحة الروسي بسوريا") does not hide the
// institution from its speaker: "source stance target" per claim.
func TestInstitutionWithPlace(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"ونفى مسؤول روسي من مركز المصالحة الروسي بسوريا قيام الطيران بقصف أي مستشفى في المنطقة.", []string{"russia_reconciliation denies hospital"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		tg := "-"
		if c.Target != nil {
			tg = *c.Target
		}
		return c.Source.ID + " " + c.Stance + " " + tg
	})
}
