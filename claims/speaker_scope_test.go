package claims_test

import "testing"

// TestSpeakerScope checks attribution constructions that put the speaker
// somewhere other than right after a plain past verb: a pluperfect
// («وكان X قد أعلن»), a verb after «فقد», a fronted topic («أما X فقال»)
// and a body named back by a role noun in a following sentence.
func TestSpeakerScope(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وكانت وزارة الدفاع التركية قد أعلنت مقتل أربعة جنود في هجوم على قاعدة.", []string{"turkey_mod asserts"}},
		{"وكان المرصد السوري قد ذكر أن خمسة مدنيين قتلوا في القصف.", []string{"sohr asserts"}},
		{"فقد قالت وزارة الداخلية السورية إن عشرين شخصا قتلوا في التفجير.", []string{"syria_interior asserts"}},
		{"فقد أكد المرصد السوري أن ثلاثة مقاتلين قتلوا في الاشتباكات.", []string{"sohr asserts"}},
		{"أما المرصد فأحصى سبعة قتلى مدنيين في الغارة.", []string{"sohr asserts"}},
		{"أما الدفاع المدني، فأشار إلى مقتل طفلين في القصف.", []string{"white_helmets asserts"}},
		{"وقالت تنسيقيات المعارضة إن عدد القتلى بلغ أربعين.", []string{"activist asserts"}},
		{"وقال الناطق باسم التحالف إن الغارة أصابت مقرا للتنظيم.", []string{"coalition asserts"}},
		{"وذكرت التنسيقيات أن القصف تواصل حتى الفجر.", []string{"activist asserts"}},
		// A role over a body's short name is that body's, not a local role;
		// a role over a city stays local.
		{"وقال قائد قوات التحالف إن طائراته أصابت مقرا للتنظيم.", []string{"coalition asserts"}},
		{"وقال مدير مشفى دمشق إن ثمانية جرحى وصلوا.", []string{"medical_sources asserts"}},
		// An officer named back by rank goes on speaking for his body.
		{"قال ضابط في مركز المصالحة الروسي إن المسلحين قصفوا الحي. وأضاف الضابط الروسي أن القصف استمر ساعتين.",
			[]string{"russia_reconciliation asserts", "russia_reconciliation asserts"}},
		// A report datelined in a capital, from an outlet of no state's
		// side: its unqualified ministries are that state's.
		{"دمشق - لندن: «الصحيفة»\nوقالت وزارة الداخلية إن اثني عشر شخصا قتلوا في الانفجار.", []string{"outlet asserts", "syria_interior asserts"}},
		{"أنقرة - وكالات\nوأعلنت وزارة الدفاع أن جنديين قتلا في هجوم.", []string{"turkey_mod asserts"}},
		// Without a dateline the ministry stays unknown.
		{"وقالت وزارة الداخلية إن اثني عشر شخصا قتلوا في الانفجار.", []string{"outlet asserts"}},
		// A body named back before a pluperfect or after a topic «أما»
		// speaks again; with no body of that kind before, the narration
		// does not hand the words to whoever spoke last.
		{"ذكرت وزارة الدفاع التركية صباحاً أن ضرباتها مستمرة. وكانت الوزارة قد ذكرت يوم الأحد مقتل ثلاثة جنود.",
			[]string{"turkey_mod asserts", "turkey_mod asserts"}},
		{"قال المرصد السوري إن الاشتباكات تجددت. وكان المصدر قد أفاد بمقتل أربعة مقاتلين.",
			[]string{"sohr asserts", "sohr asserts"}},
		{"قالت وزارة الداخلية السورية إن الانفجار قتل عشرة. أما الوزارة، فأكدت لاحقا أن الحصيلة بلغت 14.",
			[]string{"syria_interior asserts", "syria_interior asserts"}},
		{"قال المرصد السوري إن الغارات تواصلت. وكانت الوزارة قد أعلنت مقتل خمسة.",
			[]string{"sohr asserts", "outlet asserts"}},
		// The spokesman's name after «باسم» and his body is kept, so that
		// his surname alone names him back; a time phrase set off by
		// commas after a body is no person's name.
		{"كشفت وزارة الدفاع الروسية، مساء الأحد، أن الطائرة سقطت. وبحسب الناطق باسم الوزارة سيرغي رودسكوي، فإن الطائرة أصيبت بصاروخ. وأضاف رودسكوي أن طاقمها قتل.",
			[]string{"russia_mod asserts", "russia_mod asserts", "russia_mod asserts"}},
		// The subject before «كان قد», or set off from «قد» by a comma.
		{"وتجدر الإشارة إلى أن المرصد كان قد وثق سقوط أربعة قتلى.", []string{"sohr asserts"}},
		{"وكانت وزارة الدفاع السورية، قد ذكرت ليل الأحد إصابة جنديين.", []string{"syria_mod asserts"}},
		// Expressing a feeling about the dead speaks of them.
		{"وأبدت اليونيسيف حزنها لمقتل خمسة أطفال في الغارة.", []string{"unicef asserts"}},
		// The announcer after the content, with the relative's pronoun.
		{"وسقط ثلاثة قتلى في القصف، على ما ذكره طبيب في المستشفى.", []string{"medical_sources asserts"}},
		{"وأصيب سبعة أشخاص، على ما أفادت به مصادر من الأهالي.", []string{"local_sources asserts"}},
		// The Russian air base speaks for the Russian military; as a place
		// it names no one.
		{"وأعلنت قاعدة حميميم أن دفاعاتها أسقطت طائرتين مسيرتين.", []string{"russia_mod asserts"}},
		{"وحلقت طائرات مسيرة فوق قاعدة حميميم ليلا.", []string{"outlet asserts"}},
		// Impersonal reports name no one: unnamed media, unconfirmed.
		{"وأُفيد بسقوط قتيلين في الغارة.", []string{"media unconfirmed"}},
		{"قال المرصد إن القصف تجدد، فيما أفيد عن انفجار ثان قرب الجسر.", []string{"sohr asserts", "media unconfirmed"}},
		{"وترددت أنباء عن أسر جنديين.", []string{"media unconfirmed"}},
		{"وتشير معلومات أولية إلى إصابة ستة.", []string{"media unconfirmed"}},
		// A named speaker who informs is no impersonal report.
		{"وأفادت مصادر أهلية بسقوط قتيلين.", []string{"local_sources asserts"}},
		// A capital speaking through its own ministry: the ministry speaks.
		{"وقالت موسكو عبر وزارة دفاعها إن قاذفاتها ضربت معسكرا.", []string{"russia_mod asserts"}},
		{"ونفت أنقرة من خلال خارجيتها استهداف المدنيين.", []string{"turkey_mfa denies"}},
		{"وأكد المرصد عبر موقعه سقوط ثلاثة قتلى.", []string{"sohr asserts"}},
		// The bare "السلطات": two speakers in one sentence, the second the
		// authorities named before, else the Syrian state's.
		{"وثق ناشطون سقوط 40 قتيلا، بينما تحدثت السلطات عن 31 فقط.", []string{"local_sources asserts", "syria_government asserts"}},
		{"ذكرت السلطات العراقية أن الحدود أغلقت. وأكدت السلطات أن مهربين اعتقلوا.", []string{"iraq_government asserts", "iraq_government asserts"}},
		// A topic that is a role over a body: the body speaks.
		{"أما رئيس وفد الجامعة العربية، فقال إن الوفد رأى منازل مدمرة.", []string{"arab_league asserts"}},
		// Officials by title and common spellings of their names.
		{"وقال رئيس هيئة الأركان المشتركة الأميركية إن الصواريخ أصابت أهدافها.", []string{"us_military asserts"}},
		{"وصرح ترمب بأن الضربة كانت ناجحة.", []string{"white_house asserts"}},
		// Roles in the feminine, a media officer, and a spokesman with an
		// adjective or a head word before the body.
		{"وقالت مديرة المكتب الإعلامي في الدفاع المدني إن طفلين قتلا.", []string{"white_helmets asserts"}},
		{"وقال مسؤول إعلامي في هيئة تحرير الشام إن الهجوم صد.", []string{"hts asserts"}},
		{"وقال الناطق العسكري باسم فصيل جيش العزة إن مقاتليه صدوا التقدم.", []string{"jaish_al_izza asserts"}},
		{"وقالت ناشطة من القرية إن ثلاثة قتلوا.", []string{"local_sources asserts"}},
		// The passive "يُذكر أن" opening a sentence is the outlet's note of
		// background, not the last speaker going on; with a subject it
		// is that speaker's.
		{"قال المرصد السوري إن أربعة قتلوا. ويُذكر أن الحي قُصف مرارا العام الماضي.", []string{"sohr asserts", "outlet asserts"}},
		{"تذكر الشبكة السورية في تقريرها أن أربعة قتلوا.", []string{"snhr asserts"}},
		{"قال المرصد إن أربعة قتلوا. واستدرك بأن الغارات توقفت ليلا.", []string{"sohr asserts", "sohr asserts"}},
		// Holding to one's account speaks; holding ground does not.
		{"في المقابل، تمسكت أنقرة بروايتها عن هجوم نفذه مسلحون.", []string{"turkey_government asserts"}},
		{"وتمسك المقاتلون بمواقعهم قرب الجسر.", []string{"outlet asserts"}},
		// A spokesman the registry knows by name, after his body.
		{"أكدت وزارة الدفاع الروسية صباحا أن القصف توقف. ووفق المتحدث باسم الوزارة إيغور كوناشينكوف، فالدفاعات أسقطت طائرتين. وتابع كوناشينكوف أن الهجوم فشل.",
			[]string{"russia_mod asserts", "russia_mod asserts", "russia_mod asserts"}},
		{"ونقلت رويترز عن متحدث باسم بان كي مون قوله إن فريق المراقبين رأى منازل محترقة.", []string{"un_secretary_general via reuters asserts"}},
	}
	assertLines(t, x, tests, sourceLine)
}
