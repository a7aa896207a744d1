package claims

// targetCrowdWords widen the characterisations of what was hit with the
// people that a shooting or a raid is said to have been aimed at, as
// reports on protests, funerals and incursions name them: protesters and
// their demonstrations and sit-ins, mourners and funerals, unarmed people;
// and, on the other side, the "suspects" an army says approached its
// troops and the armed cells a security service says it struck. Each names who was fired on in any report of the war,
// whoever speaks, so that "أطلقوا النار على المتظاهرين" against "أطلقوا
// النار على مشتبه بهم" can be compared.
var targetCrowdWords = map[string]string{
	// protesters and their gatherings
	"متظاهرين": "protesters", "المتظاهرين": "protesters", "متظاهرا": "protesters", "=متظاهر": "protesters",
	"محتجين": "protesters", "المحتجين": "protesters", "محتجا": "protesters",
	"معتصمين": "protesters", "المعتصمين": "protesters",
	"مظاهرة": "demonstration", "المظاهرة": "demonstration", "مظاهرات": "demonstrations", "المظاهرات": "demonstrations",
	"تظاهرة": "demonstration", "التظاهرة": "demonstration", "تظاهرات": "demonstrations", "التظاهرات": "demonstrations",
	"وقفة احتجاجية": "demonstration", "مسيرة احتجاجية": "demonstration", "مسيرة سلمية": "demonstration",
	"=اعتصام": "sit-in of protesters", "=الاعتصام": "sit-in of protesters", "خيمة الاعتصام": "sit-in of protesters",
	// mourners and funerals
	"مشيعين": "mourners", "المشيعين": "mourners", "المعزين": "mourners", "معزين": "mourners",
	"=جنازة": "funeral procession", "=الجنازة": "funeral procession", "موكب تشييع": "funeral procession",
	"موكب التشييع": "funeral procession", "مجلس عزاء": "funeral gathering", "خيمة عزاء": "funeral gathering",
	// unarmed people (the bare residents of a place are not listed: they
	// are as often a party to a clash or the audience of a claim)
	"=عزل": "unarmed civilians", "=العزل": "unarmed civilians", "أهال عزل": "unarmed residents",
	// civilians called unarmed stay civilians: the adjective is not a second target
	"مدنيين عزل": "civilians", "المدنيين العزل": "civilians",
	// whom an army says it fired on as a threat
	"مشتبه بهم": "suspects", "المشتبه بهم": "suspects", "مشتبها بهم": "suspects", "مشتبه به": "suspects",
	"المشتبه به": "suspects", "المشتبه بهما": "suspects",
	// armed cells, which only armed men form
	"=خلية": "militant cell", "=الخلية": "militant cell", "=خلايا": "militant cells", "=الخلايا": "militant cells",
}
