package claims_test

import "testing"

// TestReportedSpeakerContext: who speaks a reported-speech sentence. An unnamed
// security source speaking to a state's own medium is that state's
// security; a colon headline with the medium spoken to in one word still
// credits the speaker; a plural verb of saying after a group that "gave
// an account" is the group's; a village notable is a local source; "the
// administration" never names back a monitor; a relay verb carrying a
// statement ascribed to someone relays that one; a subject-less verb
// in a clause of contrast is said by the party that clause names. Sentences written for the
// test; want is the source of each claim that carries a figure.
func TestReportedSpeakerContext(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureSourceCase{
		{"security source speaking to the state agency, in a neutral outlet", "aljazeera", "2019-04-02",
			"قال مصدر أمني لوكالة سانا إن أربعة عناصر قتلوا في هجوم على حاجز قرب حماة.",
			[]string{"syria_interior"}},
		{"security source speaking to a private medium stays informed", "aljazeera", "2019-04-02",
			"قال مصدر أمني لقناة الجزيرة إن أربعة عناصر قتلوا في هجوم على حاجز قرب حماة.",
			[]string{"informed_sources"}},
		{"colon headline with the channel in one word, in the state channel", "syria_state_tv", "2025-05-03",
			"مصدر أمني للقناة: مقتل ثلاثة عناصر بهجوم على حاجز\n\nنص الخبر.",
			[]string{"syria_interior"}},
		{"plural verb after villagers who gave an account", "alquds_alarabi", "2025-02-03",
			"قتلت دورية شاباً في الحي بحسب المرصد السوري.\n\nلكن أهالي في الحي قدموا رواية أخرى للصحيفة، إذ قالوا إن الدورية اعتقلت أكثر من ثلاثين شاباً.",
			[]string{"local_sources"}},
		{"a village notable", "sana", "2018-02-08",
			"وأوضح أحد وجهاء القرية أن خمسة من سكانها أصيبوا بجروح.",
			[]string{"local_sources"}},
		{"the administration after a monitor spoke is not the monitor", "alquds_alarabi", "2025-02-03",
			"قال المرصد السوري إن دورية تعرضت لكمين قرب القرية. وذكرت الإدارة لاحقاً أن عناصرها اعتقلوا 9 مطلوبين.",
			[]string{"unidentified"}},
		{"the administration after the ministry spoke is the ministry", "alquds_alarabi", "2025-02-03",
			"قالت وزارة الداخلية السورية إن دورية تعرضت لكمين قرب القرية. وذكرت الإدارة لاحقاً أن عناصرها اعتقلوا 9 مطلوبين.",
			[]string{"syria_interior"}},
		{"a relay of a statement ascribed to a source needs no عن", "france24", "2022-04-12",
			"ونقلت سانا حديثاً منسوباً إلى مصدر عسكري يقول إن تسعة عسكريين قتلوا في الكمين.",
			[]string{"syrian_army"}},
		{"carrying the wounded is no relay", "france24", "2022-04-12",
			"ونقلت سيارات الإسعاف ستة جرحى إلى مستشفى قريب.",
			[]string{"france24"}},
		{"a contrast clause names the speaker of a subject-less verb", "enab_baladi", "2021-08-04",
			"وأفادت مصادر محلية بأن قذيفة أصابت الحافلة، بينما حصرت وسائل الإعلام الرسمية الحديث في \"هجوم إرهابي\" قالت إنه خلف 7 قتلى.",
			[]string{"syria_state_media"}},
		{"a subject-less verb after a clause of its own keeps the speaker", "enab_baladi", "2021-08-04",
			"قال المرصد السوري إن الطائرات قصفت البلدة، بينما كانت فصائل المعارضة تنسحب منها، وأضاف أن 4 مدنيين قتلوا.",
			[]string{"sohr"}},
	}
	assertFigureSources(t, x, tests)
}
