package claims_test

import "testing"

// doerProbes13 are doers named inside a noun phrase, in sentences written
// for the test after the phrasing of real reports: the shooters of the
// fire a victim fell to, the verbal noun of opening fire with its subject,
// the owner of the aircraft or force that acted (with or without "تابعة",
// as a predicate too), the agent of a passive, and the party that
// launched a raid or a security campaign. want is "source actor" of the
// report's last claim ("-" when it has none).
var doerProbes13 = []doerProbe{
	// the shooters after "برصاص"، "بنيران"، "لنيران": men, then their party
	{"وقال المرصد إن شاباً قتل برصاص جنود أمريكيين قرب القامشلي.", "sohr us"},
	{"وأفاد ناشطون بأن راعياً أصيب برصاص الجنود الأتراك قرب الحدود.", "local_sources turkey"},
	{"وقال المرصد إن امرأتين قتلتا برصاص جنديين إسرائيليين في ريف القنيطرة.", "sohr israel"},
	{"وقال المرصد إن طفلاً قتل بنيران قوات النظام في ريف درعا.", "sohr syria_gov"},
	{"وقال المرصد إن رجلاً قتل بنيران حرس الحدود التركي قرب خربة الجوز.", "sohr turkey"},
	{"وقال المرصد إن شاباً قتل برصاص الجندرما أثناء محاولته عبور الحدود.", "sohr turkey"},
	{"وقال المرصد إن مزارعاً أصيب بعد تعرضه لنيران عناصر من الفرقة الرابعة.", "sohr syria_gov"},
	{"وقال المرصد إن شاباً أصيب بإطلاق نار من جانب حرس الحدود التركي.", "sohr turkey"},
	// the speaker's own forces fired ("لنيران قواتنا"), and a state's
	// intelligence by its nisba
	{"وأكدت الدفاع التركية أن مواقع المسلحين تعرضت لنيران قواتنا المدفعية.", "turkey_mod turkey"},
	{"وقالت قسد إن طائرة مسيرة للاستخبارات التركية قصفت سيارة قرب القامشلي.", "sdf turkey"},
	// the verbal noun of opening fire, its subject before "النار"
	{"وقال المرصد إن مدنياً قتل بعد إطلاق قوات أمريكية النار على سيارته في ريف الحسكة.", "sohr us"},
	{"وقالت مصادر محلية إن شاباً أصيب بعد إطلاق عناصر الجندرما النار على مجموعة من الشبان.", "local_sources turkey"},
	// the owner of the aircraft or the force before its verb, with ل alone
	{"وقال المرصد إن مروحية للنظام ألقت برميلين متفجرين على بلدة كفرزيتا.", "sohr syria_gov"},
	{"وقال المرصد إن طائرات حربية لقوات النظام قصفت أطراف مدينة أريحا.", "sohr syria_gov"},
	{"وقال المرصد إن دورية لقوات النظام داهمت منزلاً في مدينة الصنمين.", "sohr syria_gov"},
	// the owned force was what the attack hit
	{"وقال المرصد إن دورية لقوات النظام تعرضت لهجوم قرب الصنمين.", "sohr -"},
	// a force qualified by its arms or role before its owner
	{"وقالت مصادر محلية إن عشرات الشبان اعتقلوا في مداهمات نفذتها مجموعات مسلحة تابعة لوزارة الدفاع.", "local_sources syria_gov"},
	{"وقال المرصد إن قوات خاصة تابعة للنظام اقتحمت بلدة في ريف درعا.", "sohr syria_gov"},
	// and as the predicate of a definite noun
	{"وقال ناشطون إن المقاتلات تابعة للقوات الحكومية.", "local_sources syria_gov"},
	{"وقال المرصد إن المسيرات التي قصفت القافلة تابعة للقوات الأمريكية.", "sohr us"},
	{"وقال ناشطون إن المقاتلات التي أغارت على البلدة روسية.", "local_sources russia"},
	{"وقال ناشطون إن الطائرات روسية.", "local_sources russia"},
	{"وقال ناشطون إن المقاتلات التي قصفت مواقع روسية انطلقت من قاعدة قريبة.", "local_sources -"},
	{"وقال ناشطون إن المسيرات التي استهدفت قافلة تابعة للقوات الأمريكية انطلقت من العراق.", "local_sources -"},
	{"وقال ناشطون إن المقاتلات التي قصفت البلدة روسية الصنع.", "local_sources -"},
	// the agent of a passive, men then their party
	{"وقال المرصد إن شاباً قتل على أيدي جنود روس في ريف حماة.", "sohr russia"},
	{"وقال المرصد إن لاجئاً قتل من قبل حرس الحدود التركي قرب دركوش.", "sohr turkey"},
	// "من قبل" is the agent's phrase, not "before" a second deed; armed
	// men by the patron they are loyal to
	{"وقال المرصد إن القرية استهدفت بغارات من قبل الطيران الروسي.", "sohr russia"},
	{"وقال المرصد إن شاباً قتل على أيدي مسلحين موالين لإيران في البوكمال.", "sohr iran_backed"},
	{"وقال المرصد إن راعياً قتل برصاص عناصر موالين للنظام في البادية.", "sohr syria_gov"},
	// a raid or a security campaign and who launched it
	{"وقال المرصد إن قسد أطلقت حملة أمنية في بلدة الشحيل واعتقلت عشرة أشخاص.", "sohr sdf"},
	{"وقال المرصد إن قوات سوريا الديمقراطية شنت حملة دهم واعتقال في بلدة الشحيل.", "sohr sdf"},
	{"وقال المرصد إن حملة أمنية واسعة لقسد في ريف دير الزور أسفرت عن اعتقال عشرين شخصاً.", "sohr sdf"},
	{"وقال المرصد إن قوات النظام بدأت حملة تمشيط في بادية حمص.", "sohr syria_gov"},
	// none of these names a doer: a blaze, a ceasefire, the victims'
	// nationality, the struck aircraft's owner
	{"وقال المرصد إن النيران اندلعت في مستودع للوقود.", "sohr -"},
	{"وقال المرصد إن الهدوء يسود المنطقة منذ بدء وقف إطلاق النار الأمريكي التركي في المنطقة.", "sohr -"},
	{"وقال المرصد إن ثلاثة جنود أتراك قتلوا خلال معارك الليلة.", "sohr -"},
	{"وقال المرصد إن النيران التي اندلعت في الحقل امتدت إلى منازل القرية.", "sohr -"},
}

// doerProbes13Weak still fail; TestDoerProbe13 logs them only.
var doerProbes13Weak = []doerProbe{
	// a hedge whose predicate follows a relative clause, the hedging verb
	// first
	{"ويرجح ناشطون أن الطائرات التي قصفت البلدة روسية.", "local_sources russia"},
	// the bare security forces, whose side only the region tells
	{"وقال المرصد إن قوات الأمن داهمت منازل في بلدة ذيبان واعتقلت ثلاثة شبان.", "sohr syria_gov"},
}

// TestDoerProbe13 asserts doerProbes13 and logs doerProbes13Weak.
func TestDoerProbe13(t *testing.T) {
	x, _ := extractor(t)
	pass := checkProbes(t, doerProbes13, doerProbes13Weak, func(text string) string { return lastPerpLine(x, text) })
	t.Logf("%d of %d pass", pass, len(doerProbes13))
}
