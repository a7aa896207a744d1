package gen

import (
	"time"

	"github.com/riwaya/riwaya/claims/places"
)

// event is one incident that several articles report.
type event struct {
	id           int
	sc           *scene
	date         time.Time
	part         string // part of the day: فجر، مساء ...
	place, other place  // where, and a second place of the same area
	actor        string // actor key (see actors)
	typ          string // event type of CONTRACT.md
	killed       int    // the dead, as a fair count would have it
	wounded      int
	n1, n2, n3   int               // small counts of things: raids, rockets, vehicles
	figs         map[string]figure // what each speaker said, so that articles agree
}

// scene is a kind of incident: where it happens, who does it, who speaks
// of it and what each says.
type scene struct {
	name    string
	govs    []string // governorates where it happens
	kinds   []places.Kind
	actors  []string
	types   []string
	killed  [2]int // range of the dead; [0 0] for none
	wounded [2]int
	title   func(w *writer, e *event) string
	lead    func(w *writer, e *event) string
	// voices lists what each speaker says of e; late is set for articles
	// published a day or more after it.
	voices     func(w *writer, e *event, late bool) []stmt
	background []func(w *writer, e *event) string
}

// actor is how articles word who carried out an attack.
type actor struct {
	adjF, adjM string // adjectives after a feminine and a masculine noun
	force      string // the force as subject of an attack
	hostile    string // how its enemies name it
	name       string // the state or group
}

// actors by key; keys are the actor ids of CONTRACT.md.
var actors = map[string]actor{
	"israel":      {"إسرائيلية", "إسرائيلي", "الطيران الحربي الإسرائيلي", "العدو الإسرائيلي", "إسرائيل"},
	"us":          {"أمريكية", "أمريكي", "القوات الأمريكية", "الاحتلال الأمريكي", "الولايات المتحدة"},
	"coalition":   {"تابعة للتحالف الدولي", "تابع للتحالف الدولي", "طيران التحالف الدولي", "قوات التحالف غير الشرعي", "التحالف الدولي"},
	"russia":      {"روسية", "روسي", "الطيران الحربي الروسي", "الاحتلال الروسي", "روسيا"},
	"syria_gov":   {"تابعة للنظام السوري", "تابع للنظام السوري", "قوات النظام السوري", "ميليشيات النظام", "النظام السوري"},
	"turkey":      {"تركية", "تركي", "الجيش التركي", "الاحتلال التركي", "تركيا"},
	"iran_backed": {"تابعة لفصائل موالية لإيران", "تابع لفصائل موالية لإيران", "فصائل مدعومة من إيران", "الميليشيات الإيرانية", "الفصائل الموالية لإيران"},
	"isis":        {"تابعة لتنظيم داعش", "تابع لتنظيم داعش", "خلايا تنظيم داعش", "فلول تنظيم داعش", "تنظيم داعش"},
}

// weapon words what an attack of e's type used: "بطائرة مسيرة".
func weapon(w *writer, e *event) string {
	switch e.typ {
	case "drone_attack":
		return pick(w.r, []string{"بطائرة مسيرة", "بطائرتين مسيرتين", "بطائرات مسيرة مفخخة", "بطائرة من دون طيار"})
	case "shelling":
		return pick(w.r, []string{"بقذائف صاروخية", "برشقة صاروخية", "بعدة صواريخ", "بقذائف الهاون"})
	}
	return pick(w.r, []string{"بغارات جوية", "بضربات جوية"})
}

// scenes are the kinds of incident, with sceneWeights their frequency.
var scenes = []*scene{sceneIsraeli, sceneUSStrike, sceneBaseAttack, sceneNorthwest, sceneTurkish, sceneShelling, sceneISIS, sceneTroops, sceneEvacuation}

var sceneWeights = []int{16, 14, 12, 16, 10, 10, 8, 8, 6}

// says lists the clauses of a statement; it keeps the scene code short.
func says(xs ...string) []string { return xs }

var sceneIsraeli = &scene{
	name:    "israeli-strike",
	govs:    []string{"damascus", "rif_dimashq", "homs", "hama", "tartus", "quneitra", "daraa", "latakia", "deir_ez_zor"},
	kinds:   []places.Kind{places.KindAirport, places.KindTown, places.KindNeighbourhood, places.KindCity, places.KindSite},
	actors:  []string{"israel"},
	types:   []string{"airstrike"},
	killed:  [2]int{0, 14},
	wounded: [2]int{0, 12},
	title: func(w *writer, e *event) string {
		return pick(w.r, []string{
			"غارات إسرائيلية على " + e.place.name,
			"عدوان إسرائيلي يستهدف " + e.place.name,
			"ضربة جوية إسرائيلية في " + e.place.gov,
			"الدفاعات السورية تتصدى لصواريخ إسرائيلية فوق " + e.place.gov,
		})
	},
	lead: func(w *writer, e *event) string {
		when := w.when(e)
		switch w.o.side {
		case sideGov, sideIran, sideRussia:
			return "تصدت وسائط الدفاع الجوي السورية " + when + " لعدوان جوي إسرائيلي استهدف عدداً من النقاط " + w.at(e) + "."
		}
		return pick(w.r, []string{
			"شنت طائرات حربية إسرائيلية " + when + " سلسلة غارات استهدفت مواقع عسكرية " + w.at(e) + ".",
			"استهدف قصف جوي إسرائيلي " + when + " مواقع " + w.at(e) + "، في أحدث ضربة من نوعها على الأراضي السورية.",
			"دوت انفجارات عنيفة " + when + " " + w.at(e) + " جراء غارات إسرائيلية طالت مواقع تتمركز فيها مجموعات موالية لإيران.",
		})
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		r := w.r
		mil := stmt{sp: "military_source", says: says(
			pick(r, []string{
				"العدو الإسرائيلي نفذ عدواناً جوياً من اتجاه " + pick(r, []string{"الجولان المحتل", "الأجواء اللبنانية", "شمال غرب بيروت", "البحر المتوسط"}) + " مستهدفاً بعض النقاط " + w.at(e),
				"طائرات العدو الإسرائيلي أطلقت رشقات من الصواريخ باتجاه " + e.place.name + " ومحيطها",
			}),
			w.toll(e, "military_source", nServiceM, true, nil),
			"وسائط دفاعنا الجوي تصدت لصواريخ العدوان وأسقطت عدداً منها قبل وصولها إلى أهدافها",
		)}
		if r.chance(0.5) {
			mil.via = "sana"
		}
		vs := []stmt{mil,
			{sp: "sohr", says: says(
				"الضربات طالت "+pick(r, []string{"مستودعات أسلحة وذخائر تعود لحزب الله اللبناني", "مقرات ومستودعات يستخدمها الحرس الثوري الإيراني", "شحنة أسلحة وصلت حديثاً إلى مستودعات الميليشيات الموالية لإيران"})+" "+w.at(e),
				w.toll(e, "sohr", nFighter.withTail(pick(r, []string{"من الميليشيات الموالية لإيران", "من حزب الله", "من الحرس الثوري"})), false, nil),
			)},
			{sp: "local_sources", says: says(
				"دوي انفجارات عنيفة سمع في أرجاء "+e.place.name+" مع تحليق مكثف للطيران",
				"أنباء تتحدث عن سقوط قتلى في صفوف الموجودين داخل الموقع المستهدف",
			)},
			{sp: "russia_reconciliation", says: says(
				w.things(e.n3+1, nJet)+" إسرائيلية أطلقت "+w.things(e.n2/2+2, nRocket)+" من فوق الأراضي اللبنانية",
				"الدفاعات الجوية السورية دمرت "+digits(max(1, e.n2/4), styleDigits)+" منها",
			)},
			{sp: "iran_mfa", says: says("الاعتداءات الإسرائيلية المتكررة على الأراضي السورية تمثل انتهاكاً صارخاً لسيادة سوريا وللقانون الدولي"), quote: true},
			{sp: "analyst", says: says("الضربات تأتي ضمن استراتيجية إسرائيلية معلنة لمنع إيران من ترسيخ وجودها العسكري قرب الجولان", "تل أبيب تستغل انشغال العالم بملفات أخرى لتوسيع بنك أهدافها في سوريا"), quote: true},
		}
		if r.chance(0.5) {
			vs = append(vs, stmt{sp: "idf", verb: []string{"امتنع", "امتنعت"}, obj: "عن التعليق على التقارير الواردة من سوريا"})
		} else {
			vs = append(vs, stmt{sp: "idf", says: says("طائراته أغارت على أهداف تابعة لفيلق القدس الإيراني "+w.at(e), "دمشق تتحمل المسؤولية عن أي نشاط يجري انطلاقاً من أراضيها")})
		}
		if r.chance(0.5) {
			vs = append(vs, stmt{sp: "israel_media", says: says("الهجوم استهدف شحنة أسلحة متطورة كانت في طريقها إلى حزب الله في لبنان")})
		}
		if late && r.chance(0.5) {
			vs = append(vs, stmt{sp: "sohr", says: says(w.revision(e, "sohr"))})
		}
		return vs
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "ويستهدف الطيران الإسرائيلي منذ سنوات مواقع داخل سوريا يقول إنها تابعة لإيران والجماعات المتحالفة معها"
		},
		func(w *writer, e *event) string {
			return "ونادراً ما تعلق إسرائيل رسمياً على الضربات التي تنفذها داخل سوريا"
		},
		func(w *writer, e *event) string {
			return "وتكررت الغارات على " + w.region(e) + " خلال الأشهر الماضية، وطالت مطارات ومراكز بحثية ومستودعات"
		},
	},
}

var sceneUSStrike = &scene{
	name:    "us-strike",
	govs:    []string{"deir_ez_zor", "raqqa", "hasakah", "homs"},
	kinds:   []places.Kind{places.KindTown, places.KindCity, places.KindVillage, places.KindAirport},
	actors:  []string{"us", "us", "coalition"},
	types:   []string{"airstrike"},
	killed:  [2]int{1, 22},
	wounded: [2]int{0, 15},
	title: func(w *writer, e *event) string {
		a := actors[e.actor]
		if w.o.side == sideGov || w.o.side == sideIran {
			return pick(w.r, []string{"عدوان جديد لـ" + a.hostile + " على " + e.place.gov, "شهداء بقصف " + a.adjM + " على " + e.place.name})
		}
		return pick(w.r, []string{"ضربات " + a.adjF + " على مواقع لفصائل موالية لإيران في " + e.place.gov, "قتلى بغارات " + a.adjF + " " + w.at(e)})
	},
	lead: func(w *writer, e *event) string {
		a := actors[e.actor]
		when := w.when(e)
		if w.o.side == sideGov || w.o.side == sideIran {
			return "شنت طائرات " + a.hostile + " " + when + " غارات " + w.at(e) + "، ما أدى إلى أضرار كبيرة في الممتلكات العامة والخاصة."
		}
		return pick(w.r, []string{
			"نفذت طائرات حربية " + a.adjF + " " + when + " ضربات جوية استهدفت مواقع لفصائل مدعومة من إيران " + w.at(e) + ".",
			"استهدفت غارات " + a.adjF + " " + when + " مواقع تتحصن فيها مجموعات مسلحة موالية لطهران " + w.at(e) + ".",
		})
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		r := w.r
		a := actors[e.actor]
		cc := stmt{sp: "centcom", says: says(
			"القوات الأمريكية نفذت ضربات "+pick(r, []string{"دقيقة", "محددة", "دفاعية"})+" ضد منشآت يستخدمها الحرس الثوري الإيراني والجماعات المرتبطة به "+w.at(e),
			"الضربات جاءت رداً على هجمات متكررة طالت أفراداً أمريكيين في سوريا خلال الأسابيع الماضية",
		)}
		if r.chance(0.5) {
			cc.says = append(cc.says, "التقييم الأولي يشير إلى "+w.deaths(w.fig(e, "centcom", e.killed), nGunman, false))
		}
		if e.actor == "coalition" {
			cc.sp = "coalition"
			cc.says[0] = "قوات التحالف" + cc.says[0][len("القوات الأمريكية"):]
		}
		off := stmt{sp: pick(r, []string{"us_official", "us_officials"}), via: pick(r, []string{"reuters", "ap", "afp", "wsj", ""}), says: says(
			w.toll(e, "us_official", nCombatant, false, nil),
			"الغارات دمرت "+w.things(e.n1, nBuilding)+" ومستودعاً للذخيرة",
		)}
		vs := []stmt{cc, off,
			{sp: "pentagon", says: says("الرئيس الأمريكي أصدر توجيهاته بتنفيذ الضربات لحماية الأفراد الأمريكيين", "الولايات المتحدة لا تسعى إلى صراع مع إيران لكنها لن تتردد في الدفاع عن قواتها")},
			{sp: "sohr", says: says(
				w.toll(e, "sohr", nFighter.withTail("من الميليشيات الموالية لإيران"), false, &noun{"عنصر", "عنصرين", "عناصر", "عنصراً", "العناصر", false, "من الجنسية العراقية"}),
				"الضربات استهدفت مستودعات للذخيرة ومقراً للقيادة "+w.at(e),
			)},
			{sp: "sana", via: pick(r, []string{"local_sources", ""}), says: says(
				"عدوان "+a.hostile+" طال منازل المدنيين ومخازن للحبوب "+w.at(e),
				w.toll(e, "sana", nCivilian, true, &nChild),
			)},
			{sp: "syria_mfa", says: says("العدوان على " + w.region(e) + " يمثل خرقاً فاضحاً للقانون الدولي ولسيادة الجمهورية العربية السورية")},
			{sp: "iran_advisors", says: says(
				"المواقع التي تعرضت للقصف هي مستودعات أغذية ومراكز خدمية لا صلة لها بأي نشاط عسكري",
				w.toll(e, "iran_advisors", nCivilian.withTail("من الأبرياء"), true, nil),
			), quote: true},
			{sp: "iran_mfa", verb: []string{"نفى", "نفت"}, obj: "أي صلة لطهران بالجماعات التي تستهدف القوات الأمريكية في سوريا"},
			{sp: "local_sources", says: says("سيارات الإسعاف هرعت إلى المواقع المستهدفة وسط استنفار في صفوف الفصائل")},
			{sp: "analyst", says: says("واشنطن تريد إيصال رسالة ردع دون الانزلاق إلى مواجهة مفتوحة"), quote: true},
		}
		// relays: the Syrian agency quotes local people
		if vs[4].via == "local_sources" {
			vs[4].sp, vs[4].via = "local_sources", "sana"
		}
		if late && r.chance(0.5) {
			vs = append(vs, stmt{sp: "sohr", says: says(w.revision(e, "sohr"))})
		}
		return vs
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "وتنتشر قوات أمريكية في قواعد عدة شرقي سوريا وشمال شرقيها في إطار مهمة التحالف ضد تنظيم داعش"
		},
		func(w *writer, e *event) string {
			return "وتتعرض القواعد الأمريكية في المنطقة بين الحين والآخر لهجمات بالصواريخ والطائرات المسيرة"
		},
		func(w *writer, e *event) string {
			return "ويشهد " + e.place.govR + " منذ سنوات انتشاراً لفصائل عراقية وأفغانية تدعمها طهران"
		},
	},
}

var sceneBaseAttack = &scene{
	name:    "base-attack",
	govs:    []string{"deir_ez_zor", "hasakah", "homs", "raqqa"},
	kinds:   []places.Kind{places.KindBase, places.KindOilField, places.KindGasField},
	actors:  []string{"iran_backed"},
	types:   []string{"drone_attack", "shelling"},
	killed:  [2]int{0, 0},
	wounded: [2]int{0, 8},
	title: func(w *writer, e *event) string {
		if e.typ == "drone_attack" {
			return "هجوم بمسيرة يستهدف " + e.place.name
		}
		return "قصف صاروخي يستهدف " + e.place.name
	},
	lead: func(w *writer, e *event) string {
		when := w.when(e)
		return pick(w.r, []string{
			"استهدف هجوم " + weapon(w, e) + " " + when + " موقع " + e.place.name + "، حيث تتمركز قوات أمريكية، وسط استنفار أمني في محيطه.",
			"تعرض موقع " + e.place.name + " ب" + e.place.govR + " " + when + " لهجوم " + weapon(w, e) + "، في استهداف جديد لمواقع التحالف الدولي.",
		})
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		r := w.r
		us := stmt{sp: pick(r, []string{"pentagon", "pentagon_m", "us_official", "centcom"})}
		if e.wounded > 0 {
			us.says = says(w.injuries(e, "us", nUSTroop), "المصابين تلقوا العلاج اللازم وعاد معظمهم إلى الخدمة")
		} else {
			us.says = says("الهجوم لم يوقع إصابات بين العسكريين الأمريكيين أو شركائهم في التحالف", "تقييم الأضرار في المعدات ما زال جارياً")
		}
		loc := stmt{sp: "local_sources", via: pick(r, []string{"sana", "sputnik", "mayadeen"}), says: says(
			w.things(e.n1, nShell)+" سقطت داخل القاعدة وتصاعدت أعمدة الدخان منها",
			"حجم الخسائر لم يتضح حتى الآن، ولا يعرف إن كان الهجوم قد أوقع إصابات بين الجنود",
			pick(r, []string{"أي جهة لم تعلن مسؤوليتها عن الهجوم حتى الآن", "الطائرة المهاجمة يرجح أنها انطلقت من البادية القريبة"}),
		)}
		return []stmt{us, loc,
			{sp: "resistance_iraq", verb: []string{"أعلن", "أعلنت"}, obj: "مسؤوليتها عن استهداف " + e.place.name + " " + weapon(w, e),
				says: says("العملية تأتي رداً على استمرار الوجود الأمريكي على الأراضي السورية")},
			{sp: "sohr", says: says(
				"انفجارات عنيفة دوت داخل القاعدة إثر سقوط "+w.things(e.n1, nRocket)+" في محيطها",
				"مروحيات تابعة للتحالف حلقت في أجواء المنطقة عقب الهجوم",
			)},
			{sp: "coalition", says: says("قوات التحالف رصدت إطلاق " + w.things(e.n1+1, nRocket) + " باتجاه القاعدة من منطقة قريبة")},
			{sp: "mayadeen", says: says("الصواريخ انطلقت من " + e.place.govR + " باتجاه القاعدة")},
		}
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "وتعد القاعدة من أبرز المواقع التي يتمركز فيها جنود أمريكيون في سوريا"
		},
		func(w *writer, e *event) string {
			return "وتشهد المنطقة تصعيداً متبادلاً بين القوات الأمريكية والفصائل المدعومة من إيران"
		},
	},
}

var sceneNorthwest = &scene{
	name:    "northwest-strike",
	govs:    []string{"idlib", "aleppo", "hama", "latakia"},
	kinds:   []places.Kind{places.KindTown, places.KindVillage, places.KindCity},
	actors:  []string{"russia", "russia", "syria_gov"},
	types:   []string{"airstrike"},
	killed:  [2]int{1, 30},
	wounded: [2]int{2, 45},
	title: func(w *writer, e *event) string {
		a := actors[e.actor]
		switch w.o.side {
		case sideGov, sideRussia, sideIran:
			return "الجيش يستهدف تجمعات الإرهابيين في " + e.place.govR
		case sideOpp:
			return "مجزرة جديدة بغارات " + a.adjF + " على " + e.place.name
		}
		return "قتلى مدنيون بغارات على " + e.place.name
	},
	lead: func(w *writer, e *event) string {
		a := actors[e.actor]
		when := w.when(e)
		switch w.o.side {
		case sideGov, sideRussia, sideIran:
			return "دمرت وحدات من الجيش العربي السوري " + when + " مقرات وتحصينات للمجموعات الإرهابية " + w.at(e) + "."
		}
		return pick(w.r, []string{
			"قتل مدنيون وأصيب آخرون " + when + " جراء غارات جوية " + a.adjF + " استهدفت " + e.place.name + " ب" + e.place.govR + ".",
			"استهدفت طائرات حربية " + a.adjF + " " + when + " أحياء سكنية " + w.at(e) + "، ما أوقع ضحايا بين المدنيين.",
		})
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		r := w.r
		a := actors[e.actor]
		vs := []stmt{
			{sp: "white_helmets", says: says(
				w.toll(e, "white_helmets", nCivilian, false, &nChild),
				"الغارات استهدفت "+pick(r, []string{"سوقاً شعبياً", "منازل سكنية", "محيط مستشفى ميداني", "مدرسة تؤوي نازحين"})+" وسط "+e.place.name,
				"فرقنا انتشلت الضحايا من تحت الأنقاض ونقلت المصابين إلى المشافي القريبة",
			)},
			{sp: "sohr", says: says(
				"طائرات حربية "+a.adjF+" نفذت "+w.things(e.n1, nRaid)+" على "+e.place.name+" ومحيطها",
				w.toll(e, "sohr", nCivilian, false, &nWoman),
			)},
			{sp: "snhr", says: says("الهجوم يرقى إلى جريمة حرب لاستهدافه منطقة مأهولة بالسكان", w.toll(e, "snhr", nCivilian, false, &nChild))},
			{sp: "activist", says: says("الطائرات قصفت المنطقة في وقت ذروة الحركة في الأسواق")},
			{sp: "response_coordinators", says: says("أكثر من " + digits(e.n2*20, styleDigits) + " عائلة نزحت من " + e.place.name + " والقرى المحيطة بها باتجاه المخيمات الحدودية")},
			{sp: "military_source", via: pick(r, []string{"sana", "", ""}), says: says(
				"وحدات الجيش استهدفت تحصينات الإرهابيين "+w.at(e)+" وكبدتهم خسائر فادحة في الأفراد والعتاد",
				w.toll(e, "military_source", nTerror, false, nil),
			)},
		}
		if e.actor == "russia" {
			if r.chance(0.5) {
				vs = append(vs, stmt{sp: "russia_mod", verb: []string{"نفى", "نفت"}, obj: "تنفيذ الطيران الروسي أي طلعات قتالية فوق " + e.place.name})
			} else {
				vs = append(vs, stmt{sp: "russia_mod", says: says("الطيران الروسي دمر مستودعاً للذخيرة ومقراً لإرهابيي هيئة تحرير الشام " + w.at(e))})
			}
		}
		if late && r.chance(0.6) {
			vs = append(vs, stmt{sp: pick(r, []string{"sohr", "white_helmets"}), says: says(w.revision(e, "white_helmets"))})
		}
		return vs
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "وتشهد مناطق شمال غربي سوريا تصعيداً عسكرياً متواصلاً رغم اتفاقات وقف إطلاق النار"
		},
		func(w *writer, e *event) string {
			return "ويقطن في " + e.place.govR + " مئات آلاف المدنيين، نسبة كبيرة منهم من النازحين"
		},
	},
}

var sceneTurkish = &scene{
	name:    "turkish-drone",
	govs:    []string{"hasakah", "raqqa", "aleppo"},
	kinds:   []places.Kind{places.KindTown, places.KindVillage, places.KindCity},
	actors:  []string{"turkey"},
	types:   []string{"drone_attack"},
	killed:  [2]int{1, 7},
	wounded: [2]int{0, 6},
	title: func(w *writer, e *event) string {
		return pick(w.r, []string{"مسيرة تركية تستهدف " + e.place.name, "قتلى بقصف تركي على " + e.place.name})
	},
	lead: func(w *writer, e *event) string {
		return "استهدفت طائرة مسيرة تركية " + w.when(e) + " سيارة على الطريق الواصل بين " + e.place.name + " و" + e.other.bare + " ب" + e.place.govR + "."
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		r := w.r
		sdf := stmt{sp: pick(r, []string{"sdf", "sdf_media"}), says: says(
			"مسيرة تابعة للاحتلال التركي استهدفت سيارة مدنية قرب "+e.place.name,
			w.toll(e, "sdf", nCivilian, true, nil),
		)}
		if r.chance(0.3) {
			sdf.via = "hawar"
		}
		return []stmt{sdf,
			{sp: "turkey_mod", verb: []string{"أعلن", "أعلنت"}, obj: "تحييد " + w.mark(w.fig(e, "turkey_mod", e.killed+r.between(0, 3)).phrase(r, nTerror)) + " من تنظيم بي كي كي في شمال سوريا"},
			{sp: "sohr", says: says(w.toll(e, "sohr", nPerson, false, nil), "السيارة المستهدفة كانت تقل قيادياً عسكرياً في قسد")},
			{sp: "aanes", says: says("الهجمات التركية المتواصلة تستهدف البنية التحتية والمدنيين في مناطق شمال وشرق سوريا"), quote: true},
			{sp: "local_sources", says: says("سيارات الإسعاف نقلت المصابين إلى مشفى " + e.other.bare)},
		}
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "وتصعد تركيا منذ أشهر هجماتها بالطائرات المسيرة على مناطق سيطرة قسد"
		},
		func(w *writer, e *event) string {
			return "وتعتبر أنقرة وحدات حماية الشعب الكردية امتداداً لحزب العمال الكردستاني المحظور"
		},
	},
}

var sceneShelling = &scene{
	name:    "shelling",
	govs:    []string{"idlib", "aleppo", "hama", "latakia"},
	kinds:   []places.Kind{places.KindTown, places.KindVillage},
	actors:  []string{"syria_gov"},
	types:   []string{"shelling"},
	killed:  [2]int{0, 9},
	wounded: [2]int{1, 14},
	title: func(w *writer, e *event) string {
		return pick(w.r, []string{"قصف مدفعي يطال " + e.place.name, "ضحايا بقصف على " + e.place.name})
	},
	lead: func(w *writer, e *event) string {
		return "تعرضت " + e.place.name + " ب" + e.place.govR + " " + w.when(e) + " لقصف مدفعي وصاروخي مصدره مواقع قوات النظام المتمركزة في محيطها."
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		r := w.r
		wh := stmt{sp: "white_helmets", says: says(w.toll(e, "white_helmets", nCivilian, false, &nChild), "فرقنا أخمدت حرائق اندلعت في أراض زراعية جراء القصف")}
		if e.killed == 0 {
			wh.says[0] = w.injuries(e, "white_helmets", nCivilian)
		}
		return []stmt{wh,
			{sp: "sohr", says: says("قوات النظام استهدفت بقذائف المدفعية والصواريخ أطراف "+e.place.name+" والقرى المجاورة لها", w.toll(e, "sohr", nCivilian, false, nil))},
			{sp: "military_source", via: pick(r, []string{"sana", ""}), says: says(
				"المجموعات الإرهابية استهدفت بالقذائف الصاروخية أحياء سكنية آمنة في "+e.other.name,
				"وحدات الجيش ردت على مصادر إطلاق القذائف ودمرتها",
			)},
			{sp: "media", says: says("أنباء عن سقوط ضحايا في صفوف المدنيين جراء القصف")},
			{sp: "activist", says: says("القذائف سقطت قرب مدرسة في " + e.place.bare + " ما أثار حالة من الذعر بين الأهالي")},
		}
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "وتتعرض قرى خطوط التماس في " + e.place.govR + " لقصف شبه يومي منذ أشهر"
		},
		func(w *writer, e *event) string {
			return "وتسبب القصف المتكرر بموجات نزوح جديدة من المنطقة نحو المخيمات"
		},
	},
}

var sceneISIS = &scene{
	name:    "isis-attack",
	govs:    []string{"homs", "deir_ez_zor", "raqqa", "hama"},
	kinds:   []places.Kind{places.KindTown, places.KindRegion, places.KindCity},
	actors:  []string{"isis"},
	types:   []string{"ground_attack"},
	killed:  [2]int{3, 28},
	wounded: [2]int{0, 20},
	title: func(w *writer, e *event) string {
		return pick(w.r, []string{"هجوم لتنظيم داعش في " + e.place.govR, "مقتل عسكريين بكمين قرب " + e.place.name})
	},
	lead: func(w *writer, e *event) string {
		return pick(w.r, []string{
			"قتل عسكريون سوريون " + w.when(e) + " في هجوم نفذته خلايا تابعة لتنظيم داعش على حافلة عسكرية " + w.at(e) + ".",
			"تعرضت حافلة تقل عسكريين " + w.when(e) + " لكمين " + w.at(e) + "، في هجوم يحمل بصمات تنظيم داعش.",
		})
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		r := w.r
		vs := []stmt{
			{sp: "sohr", says: says(
				w.toll(e, "sohr", nFighter.withTail("من قوات النظام والمسلحين الموالين لها"), false, nil),
				"عناصر التنظيم نصبوا كميناً لحافلة تقل عسكريين على الطريق بين "+e.place.bare+" و"+e.other.bare,
			)},
			{sp: "sana", says: says(
				"اعتداء إرهابي استهدف حافلة مبيت عسكرية "+w.at(e),
				w.toll(e, "sana", nServiceM, true, nil),
			)},
			{sp: "isis", says: says("مقاتليه قتلوا " + w.mark(w.fig(e, "isis", e.killed+r.between(2, 10)).phrase(r, nSoldier)) + " وأحرقوا " + w.things(e.n3, nVehicle))},
			{sp: "russia_reconciliation", says: says("الطيران الروسي لاحق المهاجمين ودمر عدداً من مخابئهم في عمق البادية")},
			{sp: "military_source", says: says("وحدات من الجيش تمشط المنطقة بحثاً عن المهاجمين")},
		}
		if late && r.chance(0.5) {
			vs = append(vs, stmt{sp: "sohr", says: says(w.revision(e, "sohr"))})
		}
		return vs
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "وتنشط خلايا تنظيم داعش في البادية السورية الممتدة حتى الحدود العراقية"
		},
		func(w *writer, e *event) string {
			return "وخسر التنظيم آخر معاقله في سوريا عام 2019، لكن خلاياه ما زالت تشن هجمات متفرقة"
		},
	},
}

var sceneTroops = &scene{
	name:   "troop-movement",
	govs:   []string{"hasakah", "deir_ez_zor", "raqqa", "aleppo"},
	kinds:  []places.Kind{places.KindBase, places.KindCrossing, places.KindTown, places.KindAirport},
	actors: []string{"us", "us", "russia"},
	types:  []string{"withdrawal", "deployment"},
	title: func(w *writer, e *event) string {
		a := actors[e.actor]
		if e.typ == "withdrawal" {
			return "رتل " + a.adjM + " يغادر " + e.place.name
		}
		return "تعزيزات " + a.adjF + " تصل إلى " + e.place.name
	},
	lead: func(w *writer, e *event) string {
		a := actors[e.actor]
		if e.typ == "withdrawal" {
			return "انسحب رتل عسكري " + a.adjM + " " + w.when(e) + " من " + e.place.name + " باتجاه " + e.other.name + "."
		}
		return "دخلت تعزيزات عسكرية " + a.adjF + " جديدة " + w.when(e) + " إلى " + e.place.name + " ب" + e.place.govR + "."
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		r := w.r
		a := actors[e.actor]
		move := "رتلاً مؤلفاً من " + w.things(e.n2, nTruck) + " و" + w.things(e.n3+1, nVehicle) + " عسكرية خرج من " + e.place.name + " باتجاه " + e.other.name
		if e.typ == "deployment" {
			move = w.things(e.n2, nTruck) + " محملة بمعدات عسكرية ولوجستية دخلت متجهة إلى " + e.place.name
		}
		vs := []stmt{
			{sp: "sohr", says: says(move)},
			{sp: "local_sources", says: says("الرتل ضم مدرعات وشاحنات نقل وصهاريج وقود ترافقها مروحيات")},
			{sp: "sana", says: says("قوات " + a.hostile + " أدخلت " + w.things(e.n2+5, nTruck) + " محملة بالأسلحة إلى قواعدها غير الشرعية في " + e.place.govR)},
			{sp: "analyst", says: says("هذه التحركات لا تعني بالضرورة انسحاباً شاملاً من المنطقة"), quote: true},
		}
		if e.actor == "us" {
			vs = append(vs,
				stmt{sp: pick(r, []string{"pentagon", "pentagon_m", "us_official"}), verb: []string{"نفى", "نفت"}, obj: "وجود أي خطط لسحب القوات الأمريكية من سوريا في الوقت الراهن"},
				stmt{sp: "coalition", says: says("تحركات القوات تندرج ضمن عمليات روتينية لإعادة التموضع وتبديل المعدات")},
				stmt{sp: "hawar", says: says("القوات الأمريكية مستمرة في دعم قوات سوريا الديمقراطية في الحرب على خلايا داعش")},
			)
		} else {
			vs = append(vs, stmt{sp: "russia_mod", says: says("وحدات الشرطة العسكرية الروسية تسير دوريات منتظمة في " + e.place.govR)})
		}
		return vs
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "ويتوزع الجنود الأمريكيون على قواعد عدة في الحسكة ودير الزور، إضافة إلى قاعدة التنف قرب الحدود الأردنية"
		},
		func(w *writer, e *event) string {
			return "وتتكرر التقارير عن تحركات عسكرية في " + e.place.govR + " دون تأكيد رسمي لأهدافها"
		},
	},
}

var sceneEvacuation = &scene{
	name:   "evacuation",
	govs:   []string{"rif_dimashq", "homs", "deir_ez_zor", "aleppo", "hama"},
	kinds:  []places.Kind{places.KindTown, places.KindCity, places.KindVillage},
	actors: []string{"iran_backed"},
	types:  []string{"evacuation"},
	title: func(w *writer, e *event) string {
		return "فصائل موالية لإيران تخلي مواقعها في " + e.place.name
	},
	lead: func(w *writer, e *event) string {
		return "أخلت فصائل مدعومة من إيران " + w.when(e) + " عدداً من مقراتها " + w.at(e) + "، خشية تعرضها لضربات جوية."
	},
	voices: func(w *writer, e *event, late bool) []stmt {
		return []stmt{
			{sp: "sohr", says: says(
				"الميليشيات نقلت أسلحتها وذخائرها من "+e.place.name+" إلى مواقع أكثر تحصيناً قرب "+e.other.bare,
				"عمليات الإخلاء جاءت بعد تحليق مكثف لطائرات استطلاع مجهولة فوق المنطقة",
			)},
			{sp: "local_sources", says: says("عشرات الشاحنات شوهدت وهي تنقل المعدات من المقرات باتجاه البادية")},
			{sp: "activist", says: says("العناصر أزالوا الأعلام والشعارات عن مداخل المقرات قبل مغادرتها")},
			{sp: "iran_advisors", verb: []string{"نفى", "نفت"}, obj: "إخلاء أي موقع، معتبراً أن ما يجري تبديل روتيني للعناصر"},
			{sp: "media", says: says("الإخلاء شمل مقرين على الأقل ونقطة مراقبة على الطريق الدولي")},
		}
	},
	background: []func(w *writer, e *event) string{
		func(w *writer, e *event) string {
			return "وتكرر الفصائل الموالية لطهران إعادة انتشارها كلما تصاعدت الضربات على مواقعها"
		},
	},
}
