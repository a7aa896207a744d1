package reconcile

import (
	"github.com/riwaya/riwaya/claims"
)

// Hand-built claims mirroring the seed articles' situations.

// strikes2022 is the US strikes in Deir ez-Zor of 2022-08-24 as told by
// Xinhua (published that day, "Wednesday") and SY24 (published the next
// day, "yesterday Wednesday"; CENTCOM announced "on Tuesday"), plus the
// rocket attack on the Omar and Conoco bases and Hezbollah's evacuation of
// Qara, which are other events.
func strikes2022() []claims.Claim {
	return []claims.Claim{
		// Xinhua, 2022-08-24
		mk(claims.Claim{ID: "x1", Article: "xinhua22", Start: 0, Source: src("sohr"),
			Text:      "يوم الأربعاء ضربت قوات أمريكية متمركزة بسوريا مخازن للسلاح ومعسكرات يتدرب فيها مسلحون",
			EventType: claims.EventAirstrike, Actor: sp("us"), Target: sp("weapons depots and training camps"),
			Places: []string{"deir_ez_zor"}, Date: sp("2022-08-24")}),
		mk(claims.Claim{ID: "x2", Article: "xinhua22", Start: 400, Source: src("local_sources"),
			Via:       []claims.Relay{{ID: "sana", Name: "SANA"}},
			Text:      "سقط اليوم عدد من القذائف الصاروخية على قاعدتين تتمركز فيهما قوات أمريكية",
			EventType: claims.EventShelling, Places: []string{"omar_field", "conoco_field"}, Date: sp("2022-08-24")}),
		mk(claims.Claim{ID: "x3", Article: "xinhua22", Start: 600, Source: src("local_sources"),
			Via:  []claims.Relay{{ID: "sana", Name: "SANA"}},
			Text: "ولم يعرف بعد هل أوقع القصف جرحى أو قتلى", Stance: claims.StanceUnknown}),
		mk(claims.Claim{ID: "x4", Article: "xinhua22", Start: 800, Source: src("sana"),
			Text:      "ولم تسمِّ (سانا) من يقف وراء القصف",
			EventType: claims.EventShelling, Actor: sp("unknown"), Places: []string{"deir_ez_zor"}}),
		mk(claims.Claim{ID: "x5", Article: "xinhua22", Start: 1100, Source: src("sohr"),
			Text:      "قتلت الغارات الأمريكية ستة مقاتلين",
			EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"deir_ez_zor"}, Date: sp("2022-08-24"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 6)}}),
		mk(claims.Claim{ID: "x6", Article: "xinhua22", Start: 1300, Source: src("sohr"), Response: true,
			Text:      "وكانت غارات واشنطن التي نفذت مع الفجر ردا على مسيرة ضربت قاعدة التنف قبل أيام",
			EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"deir_ez_zor"}, Date: sp("2022-08-24")}),
		mk(claims.Claim{ID: "x7", Article: "xinhua22", Start: 1900, Source: src("sohr"),
			Text:      "انفجارات عنيفة سمعت في الميادين ... ويرجح أن طائرات التحالف الدولي نفذتها",
			EventType: claims.EventAirstrike, Actor: sp("coalition"), Stance: claims.StanceUnconfirmed,
			Places: []string{"mayadin"}, Date: sp("2022-08-24")}),
		mk(claims.Claim{ID: "x8", Article: "xinhua22", Start: 2200, Source: src("centcom"),
			Text:      "طالت الغارات مرافق تعتمد عليها فصائل مرتبطة بالحرس الثوري",
			EventType: claims.EventAirstrike, Actor: sp("us"), Target: sp("infrastructure used by IRGC-affiliated groups"),
			Places: []string{"deir_ez_zor"}, Date: sp("2022-08-24")}),
		mk(claims.Claim{ID: "x9", Article: "xinhua22", Start: 2500, Source: src("iran_mfa"), Stance: claims.StanceDenies,
			Text:      "ونفت طهران عبر خارجيتها أي رابط لها بالفصائل المقصودة بالغارات",
			EventType: claims.EventAirstrike, Target: sp("groups linked to Iran")}),
		// SY24, 2022-08-25
		mk(claims.Claim{ID: "s1", Article: "sy24_22", Start: 0, Source: src("sy24"),
			Text:      "أخلت ميليشيا حزب الله مواقع عسكرية عدة لها في المنطقة",
			EventType: claims.EventEvacuation, Actor: sp("iran_backed"), Places: []string{"qara"}, Date: sp("2022-08-24")}),
		mk(claims.Claim{ID: "s2", Article: "sy24_22", Start: 900, Source: src("sy24"),
			Text:      "هزت انفجارات كبيرة ديرالزور مع فجر الأربعاء الماضي إثر غارات شنتها طائرات أمريكية",
			EventType: claims.EventAirstrike, Actor: sp("us"), Target: sp("ammunition depots and IRGC camp"),
			Places: []string{"deir_ez_zor"}, Date: sp("2022-08-24")}),
		mk(claims.Claim{ID: "s3", Article: "sy24_22", Start: 1500, Source: src("analyst"),
			Text: "في تقديري هذه الغارات رسالة تبعث بها واشنطن إلى طهران من الجو"}),
		mk(claims.Claim{ID: "s4", Article: "sy24_22", Start: 2600, Source: src("centcom"),
			Text:      "وكانت القيادة المركزية قد قالت الثلاثاء إنها شنت غارات محددة الأهداف",
			EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"deir_ez_zor"}, Date: sp("2022-08-23")}),
	}
}

// withdrawal2019 is the January 2019 withdrawal (coalition asserts it
// began, an anonymous Pentagon official denies any troop withdrawal, SOHR
// counts 150 soldiers) and the Israeli strikes on Damascus told in the
// same article.
func withdrawal2019() []claims.Claim {
	return []claims.Claim{
		mk(claims.Claim{ID: "w1", Article: "arabiya19", Start: 300, Source: src("coalition"),
			Text:      "شرع في سحب قواته من سوريا بشكل منظم",
			EventType: claims.EventWithdrawal, Actor: sp("coalition"), Places: []string{"syria"}, Date: sp("2019-01-11")}),
		mk(claims.Claim{ID: "w2", Article: "arabiya19", Start: 420, Source: claims.Source{ID: "pentagon", Name: "Pentagon", Anonymous: true},
			Text:      "«لم نسحب أيا من جنودنا إلى اليوم»",
			EventType: claims.EventWithdrawal, Actor: sp("us"), Stance: claims.StanceDenies}),
		mk(claims.Claim{ID: "w3", Article: "arabiya19", Start: 600, Source: src("sohr"),
			Text:      "أن 150 عسكرياً أميركياً انسحبوا بدورهم",
			EventType: claims.EventWithdrawal, Actor: sp("us"), Places: []string{"rmeilan"}, Date: sp("2019-01-11")}),
		mk(claims.Claim{ID: "w4", Article: "arabiya19", Start: 1500, Source: src("sana"),
			Text:      "تصدت دفاعات الجيش الجوية لهجوم جوي إسرائيلي استهدف دمشق",
			EventType: claims.EventAirstrike, Actor: sp("israel"), Places: []string{"damascus"}, Date: sp("2019-01-11")}),
		mk(claims.Claim{ID: "w5", Article: "arabiya19", Start: 1700, Source: src("syrian_army"),
			Text:      "وإن صواريخ العدو واجهتها الدفاعات الجوية",
			EventType: claims.EventInterception, Actor: sp("syria_gov"), Places: []string{"damascus"}, Date: sp("2019-01-11")}),
		mk(claims.Claim{ID: "w6", Article: "arabiya19", Start: 1900, Source: src("syrian_army"),
			Text:      "أصاب القصف الإسرائيلي مستودعا داخل مطار دمشق الدولي",
			EventType: claims.EventAirstrike, Actor: sp("israel"), Places: []string{"damascus_airport"}, Date: sp("2019-01-11"),
			Target: sp("a depot at Damascus airport")}),
		mk(claims.Claim{ID: "w7", Article: "arabiya19", Start: 2300, Source: src("sohr"),
			Text:      "طالت الضربات مخازن لصواريخ «حزب الله» قرب الكسوة",
			EventType: claims.EventAirstrike, Actor: sp("israel"), Places: []string{"kiswah", "damascus_airport"},
			Date: sp("2019-01-11"), Target: sp("Hezbollah missile depots")}),
	}
}

// khasham2018 is the coalition strikes between Khasham and al-Tabiya of
// 2018-02-07, and the Israeli strike on the Damascus countryside the day
// before, from one article.
func khasham2018() []claims.Claim {
	return []claims.Claim{
		mk(claims.Claim{ID: "k1", Article: "k18", Start: 100, Source: src("syria_state_tv"),
			Text:      "إن طائرات التحالف الدولي ضربت مقاتلين شعبيين يحاربون \"داعش\"",
			EventType: claims.EventAirstrike, Actor: sp("coalition"), Target: sp("popular forces fighting ISIS and the SDF"),
			Places: []string{"khasham", "tabiya", "deir_ez_zor"}, Date: sp("2018-02-07")}),
		mk(claims.Claim{ID: "k2", Article: "k18", Start: 500, Source: src("russia_mod"),
			Text:      "جرح 25 عنصرا من قوات تساند الجيش السوري جراء غارات شنها التحالف في دير الزور",
			EventType: claims.EventAirstrike, Actor: sp("coalition"), Places: []string{"deir_ez_zor"}, Date: sp("2018-02-07"),
			Figures: []claims.Figure{exact(claims.OutcomeWounded, "pro_government", 25)}}),
		mk(claims.Claim{ID: "k3", Article: "k18", Start: 900, Source: src("coalition"), Response: true,
			Text:      "جاءت الغارة ردّاً على اعتداء بلا مسوغ نفذه الجيش السوري ضد مقر لقوات سوريا الديمقراطية",
			EventType: claims.EventAirstrike, Actor: sp("coalition"), Target: sp("pro-regime forces attacking SDF headquarters"),
			Places: []string{"deir_ez_zor"}, Date: sp("2018-02-07")}),
		mk(claims.Claim{ID: "k4", Article: "k18", Start: 1400, Source: src("syrian_army"),
			Text:      "استهدف طيران العدو من الأجواء اللبنانية بعدد من الصواريخ موقعا للجيش بريف دمشق",
			EventType: claims.EventAirstrike, Actor: sp("israel"), Places: []string{"rif_dimashq"}, Date: sp("2018-02-07")}),
		mk(claims.Claim{ID: "k5", Article: "k18", Start: 2200, Source: src("us_government"),
			Via:       []claims.Relay{{ID: "reuters", Name: "Reuters"}},
			Text:      "قُتل ما يزيد على 100 مسلح من حلفاء الرئيس بشار الأسد",
			EventType: claims.EventAirstrike, Actor: sp("coalition"), Places: []string{"deir_ez_zor"}, Date: sp("2018-02-07"),
			Figures: []claims.Figure{atLeast(claims.OutcomeKilled, "pro_government", 100)}}),
	}
}

// strikes2023 is the drone attack near Hasakah (2023-03-23) and the US
// strikes in Deir ez-Zor that answered it (2023-03-24), from one article.
func strikes2023() []claims.Claim {
	return []claims.Claim{
		mk(claims.Claim{ID: "a1", Article: "ansar23", Start: 1000, Source: src("iran_advisors"),
			Text:      "ما قصف ليس سوى مخازن للأغذية ومراكز تقدم الخدمات",
			EventType: claims.EventAirstrike, Actor: sp("us"), Target: sp("food stores and service centres"),
			Places: []string{"deir_ez_zor"}, Date: sp("2023-03-24"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 7), exact(claims.OutcomeWounded, "unknown", 7)}}),
		mk(claims.Claim{ID: "a2", Article: "ansar23", Start: 1500, Source: src("pentagon"), Response: true,
			Text:      "شنّت قواتها غارات داخل الأراضي السورية «رداً» على مسيّرات هاجمت وأوقعت «قتيلا»",
			EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"syria"}, Date: sp("2023-03-24")}),
		mk(claims.Claim{ID: "a3", Article: "ansar23", Start: 1700, Source: src("pentagon"),
			Text:      "مسيرة ضربت قاعدة للتحالف بجوار الحسكة فقتلت أميركيّا وجرحت 6 غيره",
			EventType: claims.EventDroneAttack, Places: []string{"hasakah"}, Date: sp("2023-03-23"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "us_forces", 1), exact(claims.OutcomeWounded, "us_forces", 6)}}),
		mk(claims.Claim{ID: "a4", Article: "ansar23", Start: 2600, Source: src("almayadeen"),
			Text:      "غارات طالت مبنى للتنمية الريفية وآخر للحبوب بجوار المطار العسكري في دير الزور",
			EventType: claims.EventAirstrike, Target: sp("rural development centre and grain centre"),
			Places: []string{"deir_ez_zor_airport"}}),
	}
}
