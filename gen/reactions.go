package gen

// reactions are what speakers far from an incident say of it: worries,
// calls for calm, condemnations. They fit every scene.
func reactions(w *writer, e *event) []stmt {
	region := w.region(e)
	return []stmt{
		{sp: "un_envoy", says: says("التصعيد الأخير في "+region+" يهدد بتقويض الجهود الرامية إلى خفض العنف في البلاد", "الحل السياسي يبقى المخرج الوحيد من الأزمة")},
		{sp: "ocha", says: says("العمليات العسكرية تفاقم الأوضاع الإنسانية الصعبة أصلاً في "+region, "فرق الإغاثة تواجه صعوبات في الوصول إلى المتضررين")},
		{sp: "icrc", says: says("القانون الإنساني الدولي يلزم جميع الأطراف بحماية المدنيين والمنشآت المدنية")},
		{sp: "russia_mfa", says: says("موسكو تتابع بقلق التطورات الميدانية وتدعو الأطراف كافة إلى ضبط النفس")},
		{sp: "us_state_dept", says: says("واشنطن تدعو إلى خفض التصعيد وتطالب بضمان سلامة المدنيين")},
		{sp: "un", says: says("الأمين العام يتابع التقارير الواردة من " + region + " ويدعو إلى تحقيق مستقل وشفاف")},
		{sp: "media", says: says("مقاطع مصورة تداولها ناشطون أظهرت النيران وأعمدة الدخان في موقع الحادثة")},
		{sp: "analyst", says: says("المشهد الميداني مرشح لمزيد من التعقيد في ظل تضارب مصالح القوى الفاعلة", "الأطراف تتبادل الرسائل بالنار دون رغبة في حرب واسعة"), quote: true},
	}
}

// contexts are sentences in the outlet's own voice that set an incident in
// its background; they fit every scene.
var contexts = []func(w *writer, e *event) string{
	func(w *writer, e *event) string {
		return "وتتقاسم السيطرة على الأراضي السورية أطراف محلية وإقليمية ودولية متعددة"
	},
	func(w *writer, e *event) string {
		return "ولم يصدر حتى ساعة إعداد هذا التقرير أي تعليق رسمي من الجهات المعنية"
	},
	func(w *writer, e *event) string {
		return "ويتابع مراسلو " + w.o.self + " تطورات الحدث، وستُنشر المستجدات تباعاً"
	},
	func(w *writer, e *event) string {
		return "وتعيش " + w.region(e) + " على وقع توتر أمني متصاعد منذ مطلع العام"
	},
	func(w *writer, e *event) string {
		return "ويصعب التحقق من المعلومات الواردة من المنطقة بشكل مستقل بسبب القيود المفروضة على عمل الصحفيين"
	},
}
