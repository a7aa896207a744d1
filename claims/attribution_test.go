package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAttribution checks who each claim is attributed to, with its relay
// chain, on sentences written for the test: one attribution pattern each.
func TestAttribution(t *testing.T) {
	x, _ := extractor(t)
	// per claim: "source [via a,b] stance"
	tests := []lineCase{
		{"وقالت المتحدثة باسم الخارجية الروسية إن الغارات الأمريكية قتلت مدنيين.", []string{"russia_mfa asserts"}},
		{"وزارة الدفاع التركية قالت من جهتها إن طائراتها دمرت 12 هدفاً.", []string{"turkey_mod asserts"}},
		{"سقطت قذيفتان على حي سكني، بحسب المرصد السوري.", []string{"sohr asserts"}},
		{"ونقلت صحيفة الشرق الأوسط عن وكالة رويترز عن مصدر عسكري قوله إن 7 جنود قتلوا.", []string{"syrian_army via reuters,asharq_alawsat asserts"}},
		{"وقالت مصادر محلية لوكالة سبوتنيك إن الانفجارات هزت القاعدة.", []string{"local_sources via sputnik asserts"}},
		{"وقال رئيس المجلس المحلي في البلدة إن 4 أشخاص قتلوا.", []string{"local_sources asserts"}},
		{"وقال قائد ميداني في الجيش الوطني إن الهجوم أوقع 6 قتلى.", []string{"sna asserts"}},
		{"وأكد شهود عيان أن طائرة مسيرة استهدفت سيارة قرب القامشلي.", []string{"local_sources asserts"}},
		{"المرصد السوري: مقتل 9 من قوات النظام بهجوم في البادية", []string{"sohr asserts"}},
		{"وقد نفت وزارة الخارجية الإيرانية بشدة أي صلة لها بالهجوم.", []string{"iran_mfa denies"}},
		// "متحدث باسمها" is a spokesman of the body just named, and the
		// medium after his verb is his, not the first verb's; the head word
		// of a body that spoke before names it back.
		{"نفت قوات سوريا الديمقراطية قصف القرية، وقال متحدث باسمها لوكالة رويترز إن قواتها ترد على مصادر النيران فقط.",
			[]string{"sdf denies", "sdf via reuters asserts"}},
		{"نفت قوات سوريا الديمقراطية قصف القرية، وقال المتحدث باسم القوات إن الاتهامات باطلة.", []string{"sdf denies", "sdf asserts"}},
		// A denial of someone's accusation or account: the denier is named
		// before the verb, the party after the noun is the accuser.
		{"انفجار في السوق والوحدات الكردية تنفي اتهامات دمشق", []string{"ypg denies"}},
		{"قصف على البلدة والجيش السوري ينفي مزاعم المرصد", []string{"syrian_army denies"}},
		// A denial whose words are only the relative before the report
		// it denies makes no claim of its own: it speaks of that report.
		{"ونفى مصدر في قوات سوريا الديمقراطية لوكالتنا ما تتداوله صفحات النظام عن قصف المدرسة.", []string{"media asserts", "sdf denies"}},
		// Who a body denies was there is not who speaks.
		{"الخارجية الروسية تدين القصف وتنفي وجود مستشارين إيرانيين في القاعدة", []string{"russia_mfa asserts"}},
		// A second complement after a denying one, with a verb that does
		// not deny, is asserted: the denial does not spill over.
		{"وقال وزير الخارجية الروسي إن القصف جرى ليلاً، مؤكداً أنه «لا صحة لما نشرته المواقع»، وأن القصف أصاب منازل للمدنيين.",
			[]string{"russia_mfa asserts", "russia_mfa denies", "russia_mfa asserts"}},
		{"ونفى الجيش السوري أن تكون قواته قصفت السوق، وأن يكون مدنيون قد قتلوا.", []string{"syrian_army denies"}},
		// Iran's national security council speaks for its government; the
		// bare "مجلس الأمن" stays the UN's.
		{"ونفى المتحدث باسم مجلس الأمن القومي الإيراني أي دور لبلاده في الهجوم.", []string{"iran_government denies"}},
		{"وقال أمين المجلس الأعلى للأمن القومي الإيراني إن الرد سيأتي.", []string{"iran_government asserts"}},
		{"وقال مجلس الأمن في بيان إن الهجوم مدان.", []string{"un_security_council asserts"}},
		// Unnamed Turkish security sources speak for the Turkish state, as
		// Kurdish ones do for the Asayish.
		{"وأكدت مصادر أمنية تركية أن المهاجمين تسللوا من ريف الرقة.", []string{"turkey_government asserts"}},
		{"وأفادت وسائل إعلام محلية بأنباء عن سقوط قتلى.", []string{"media unconfirmed"}},
		{"وقال المرصد إن الطائرات يرجح أنها روسية. وأضاف أن القصف استمر ساعة.", []string{"sohr unconfirmed", "sohr asserts"}},
		{"وقالت مصادر أهلية إن القوات انسحبت، ولم يعرف ما إذا كان الانسحاب نهائياً.", []string{"local_sources asserts", "local_sources unknown"}},
		{"وقال مسؤول في وزارة الدفاع الأمريكية، طلب عدم ذكر اسمه: «لم نسحب أي جندي». وتابع: «القوات باقية».", []string{"pentagon denies", "pentagon asserts"}},
		{"وأعلن التحالف بقيادة واشنطن أنه شرع في سحب قواته.", []string{"coalition asserts"}},
		{"بحسب المرصد ومصادر محلية، قتل ثلاثة مدنيين في القصف.", []string{"sohr asserts", "local_sources asserts"}},
		// "وكالة الأنباء" is a head before the agency's name, not unnamed reports.
		{"ونقلت وكالة الأنباء الحكومية (سانا) عن مديرية الصحة في طرطوس أن 6 أشخاص أصيبوا.", []string{"syria_health via sana asserts"}},
		// A condemnation is the body's statement; "وقالت" goes on with it.
		{"استنكرت وزارة الخارجية السورية القصف، وقالت إن 3 مدنيين قتلوا فيه.", []string{"syria_mfa asserts", "syria_mfa asserts"}},
		// A mourning announcement names its dead.
		{"الحشد الشعبي ينعى اثنين من مقاتليه سقطا بغارة قرب الحدود", []string{"pmf asserts"}},
		// The outlet following sources: the sources speak, and later
		// references to them find them.
		{"وارتفع عدد القتلى إلى 12، وفق متابعة المنصة لمصادر طبية في البلدة. وأوضحت المصادر أن 20 جريحاً نقلوا إلى المشافي.", []string{"medical_sources asserts", "medical_sources asserts"}},
		{"وبلغ عدد القتلى 7 بحسب ما نقلته وكالة سانا لمصادر أهلية.", []string{"local_sources via sana asserts"}},
		// A province named for its governor, then referred back to.
		{"وقالت ولاية هطاي إن 4 مدنيين أصيبوا. وأضافت الولاية أن القذائف جاءت من خارج الحدود.", []string{"hatay_governor asserts", "hatay_governor asserts"}},
		// A name after the role, then the name alone, then the role word
		// alone: all the same body, even when a medium is named in between.
		{"قال المتحدث باسم قوات سوريا الديمقراطية، سامر الحسن، إن القصف طال قرية زراعية. وأضاف الحسن، في حديث مع قناة الجزيرة، أن طفلين أصيبا. وأردف القيادي أن الطائرات عادت مساءً.",
			[]string{"sdf asserts", "sdf asserts", "sdf asserts"}},
		{"وقالت المتحدثة باسم الخارجية الروسية إن الغارة استهدفت مستودعاً. وأضافت المتحدثة أن المعلومات مضللة.", []string{"russia_mfa asserts", "russia_mfa asserts"}},
		// The denier speaks of the report it denies; the report is the media's.
		{"ونفت وزارة الدفاع التركية ما تداولته مواقع إخبارية عن انسحاب القوات. وأضافت أن الوضع مستقر.",
			[]string{"media unconfirmed", "turkey_mod denies", "turkey_mod asserts"}},
		// A relay described before عن.
		{"ونقلت صحيفة الشرق الأوسط اللندنية الصادرة بالعربية عن المرصد السوري أن 5 جنود أصيبوا.", []string{"sohr via asharq_alawsat asserts"}},
		// Sources new to the registry, a correspondent named by a short
		// form, a police command, and an anaphor by the body's head word.
		{"وأكد مراسل ستيب في البلدة أن دورية اعتقلت شابين.", []string{"step_news asserts"}},
		{"وقال مصدر في قيادة شرطة اللاذقية إن حريقاً اندلع في مستودع.", []string{"syria_interior asserts"}},
		{"ذكر تجمع أحرار حوران أن اشتباكاً وقع ليلاً. وانتهى الاشتباك، وفق التجمع، بانسحاب المهاجمين.", []string{"ahrar_horan asserts", "ahrar_horan asserts"}},
		{"ويحصي ناشطون في المنطقة عشرات الحوادث المماثلة منذ الربيع.", []string{"local_sources asserts"}},
		// "بيان قالت فيه": the body that opened the sentence speaks.
		{"ولم تعلّق هيئة تحرير الشام على الاتهامات، واكتفت ببيان قالت فيه إن مقاتليها صدوا الهجوم.", []string{"hts asserts", "hts asserts"}},
		// A name right after an anaphoric role word is the speaker's name.
		{"وقال المتحدث باسم الدفاع المدني إن فرقه انتشلت جثتين. وأوضح المتحدث سامي الخطيب، في اتصال هاتفي، أن البحث مستمر. وتابع الخطيب أن ثلاثة أشخاص ما زالوا مفقودين.",
			[]string{"white_helmets asserts", "white_helmets asserts", "white_helmets asserts"}},
		// "المتحدث" refers back to the last speaker named as a spokesman,
		// over a source cited in between; a spokesman of a body the
		// registry does not know is a new speaker; "باسم" + an anaphor
		// names the body back.
		{"وقال المتحدث باسم وزارة الخارجية الإيرانية إن الغارة التي خلفت بحسب وزارة الصحة عشرة قتلى عدوان. وقال المتحدث إن الغارات طالت منازل للمدنيين.",
			[]string{"iran_mfa asserts", "syria_health asserts", "iran_mfa asserts"}},
		{"وقالت مصادر محلية إن الطائرات قصفت البلدة. وقال المتحدث إن الغارات طالت منازل.", []string{"local_sources asserts", "local_sources asserts"}},
		{"قال المرصد إن الغارات قتلت خمسة. ووصف الناطق باسم قائد الشرطة العراقية الضربة بأنها اعتداء.", []string{"sohr asserts", "unidentified asserts"}},
		{"نفت وحدات حماية الشعب صلتها بالتفجير. وقالت مصادر محلية إن الانفجار وقع ظهراً. وقال المتحدث باسم الوحدات إن قواتها لا تعمل في المدينة.",
			[]string{"ypg denies", "local_sources asserts", "ypg asserts"}},
		// "في بيان بثته X": X relays the group's statement; "التنظيم" is
		// the group named before. Claiming the attack ("تبنى") is the
		// group's own announcement.
		{"وتبنى تنظيم داعش التفجير مساء السبت. وذكر التنظيم في بيان بثته وكالة أعماق أن عناصره قتلوا ثمانية جنود.",
			[]string{"isis asserts", "isis via amaq asserts"}},
		{"تشهد المنطقة هدوءاً حذراً منذ الصباح.", []string{"outlet asserts"}},
		// Witnesses are local sources.
		{"وقال شهود إن طائرة حربية حلقت فوق البلدة طويلا صباح اليوم.", []string{"local_sources asserts"}},
		// With no armed group named before, "التنظيم" is not the ministry
		// quoted in between: who it is the text does not say.
		{"وقال وزير الخارجية التركي إن المهاجمين تسللوا من سوريا. وأعلن التنظيم لاحقاً تبنيه الهجوم على المديرية.",
			[]string{"turkey_mfa asserts", "unidentified asserts"}},
		// "المصدر العسكري" refers back to the military source, not to the
		// provincial official who spoke in between.
		{"وأفاد مصدر عسكري بأن الطائرات قتلت أربعة مسلحين. ونقلت سانا عن مصدر في محافظة إدلب أن مدنيين أصيبا. ونفى المصدر العسكري سقوط قتلى بين الجنود.",
			[]string{"syrian_army asserts", "syria_government via sana asserts", "syrian_army denies"}},
		// The interim government is the opposition's: its defence ministry
		// commands the National Army, not the government in Damascus.
		{"وقالت الحكومة السورية المؤقتة في بيان إن خلايا مرتبطة بالنظام نفذت التفجير.", []string{"sna asserts"}},
		// A toll headed with its source after لـ and a colon is that
		// source's; a toll headed with the event is not.
		{"حصيلة أولية للمرصد السوري: أربعة قتلى بقصف على السوق.", []string{"sohr asserts"}},
		{"حصيلة غير نهائية للدفاع المدني: تسعة قتلى تحت الأنقاض.", []string{"white_helmets asserts"}},
		{"حصيلة القصف: تسعة قتلى في البلدة.", []string{"outlet asserts"}},
	}
	assertLines(t, x, tests, sourceLine)
}

// TestOwnStateBodies checks that an unqualified ministry or "security
// sources" belong to the state of an outlet on a state's side, and to no
// one in particular elsewhere.
func TestOwnStateBodies(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		outlet, text, want string
	}{
		{"sana", "وقالت وزارة الدفاع في بيان مساء الأحد إن دفاعاتها أسقطت طائرتين مسيرتين.", "syria_mod"},
		{"anadolu", "وذكرت مصادر أمنية أن العملية استهدفت مخبأ في الجبال.", "turkey_government"},
		{"enab_baladi", "وذكرت مصادر أمنية أن العملية استهدفت مخبأ في الجبال.", "informed_sources"},
		// A security source is the state's security services: in Syria the
		// interior ministry, not the army that a military source is.
		{"sana", "وذكر مصدر أمني لمراسل الوكالة أن دورية اعتقلت مطلوبين.", "syria_interior"},
		{"reuters", "وقال مصدر أمني سوري إن الغارات طالت مخازن للمسلحين.", "syria_interior"},
		{"reuters", "وقال مصدر عسكري سوري إن الغارات طالت مخازن للمسلحين.", "syrian_army"},
		{"afp", "وأكد مصدر أمني تركي أن الجنود كانوا في نقطة معروفة.", "turkey_government"},
		{"sana", "وأكدت وزارة الدفاع الروسية في موسكو أن الحدود مؤمنة.", "russia_mod"},
		{"syria_tv", "وقالت وزارة الدفاع في الحكومة المؤقتة إن الحدود مؤمنة.", "syria_tv"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01", OutletID: tt.outlet})
		if len(cs) == 0 || cs[0].Source.ID != tt.want {
			var got []string
			for _, c := range cs {
				got = append(got, c.Source.ID)
			}
			t.Errorf("%s (%s): got %v, want %s", tt.text, tt.outlet, got, tt.want)
		}
	}
}
