package places

import "testing"

// TestSubdistrictAndFrontlineVillages checks a sample of the subdistrict
// seats and recurring frontline villages added in session 10: each is
// found where a sentence names it, and the names that are also ordinary
// words or person names (marked ~ or +) stay silent where they are not
// places. The sentences are written for this test.
func TestSubdistrictAndFrontlineVillages(t *testing.T) {
	g := loadT(t)
	tests := []namedMentions{
		// places named bare or after a head
		{"jabal al-akrad village", "قصفت مدفعية قوات النظام أطراف قرية كبينة في جبل الأكراد.", []string{"kbeineh", "jabal_al_akrad"}},
		{"tartus subdistrict seat", "سقطت قذائف على بلدة حمام واصل بريف طرطوس.", []string{"hammam_wasel", "tartus"}},
		{"quneitra incursion", "توغلت دورية إسرائيلية في قرية صيدا الحانوت بريف القنيطرة الجنوبي.", []string{"saida_al_hanout", "quneitra"}},
		{"tal tamr village", "استهدفت مسيرة تركية قرية تل شنان غربي تل تمر.", []string{"tal_shnan", "tal_tamr"}},
		{"ghab village", "قتل مدنيان بقصف على العمقية في سهل الغاب.", []string{"amqiyah", "ghab_plain"}},
		{"left bank villages", "داهمت دورية منازل في الكشمة والبوخاطر شرقي دير الزور.", []string{"kashma", "bukhatir", "deir_ez_zor"}},
		{"manbij front", "سقطت قذائف هاون على قريتي الدندنية والعوسجلي شمال غربي منبج.", []string{"dandaniyah", "awsajli", "manbij"}},
		{"suwayda west", "اندلعت اشتباكات في كفر اللحف غربي السويداء.", []string{"kafr_al_lahf", "suwayda"}},
		{"raqqa road village", "سيطرت القوات على قرية الهيشة شمال الرقة.", []string{"hisha", "raqqa"}},
		{"lajat village", "انفجر لغم قرب بلدة عاسم في منطقة اللجاة.", []string{"asim_daraa", "lajat"}},
		{"east of qamishli", "أطلقت دورية النار على المحتجين في خربة عمو شرقي القامشلي.", []string{"khirbet_ammo", "qamishli"}},
		{"kiswah countryside", "سقطت قذائف على بلدة الدرخبية قرب الكسوة.", []string{"dirkhabiyah", "kiswah"}},
		{"hermon villages", "داهمت قوة إسرائيلية بيت تيما وبيت سابر في ريف دمشق الغربي.", []string{"beit_tima", "beit_saber", "rif_dimashq"}},
		{"sherawa village by its kurdish spelling", "سقطت قذائف مدفعية على قرية صغوناكه جنوب عفرين.", []string{"sughanakeh", "afrin"}},
		{"ikdeh by its old name", "نزح سكان مخيم أيكدة بعد الاشتباكات.", []string{"zayzafun"}},

		{"a brigade base in daraa", "استهدفت غارة مستودعات اللواء 112 قرب نوى.", []string{"brigade_112", "nawa"}},
		{"barracks in the yarmouk basin", "أقامت القوة حاجزا قرب ثكنة الجزيرة في حوض اليرموك.", []string{"jazira_barracks", "yarmouk_basin"}},
		{"kobani countryside", "أصيب مدنيون بقصف على قرية قره موغ شرقي كوباني.", []string{"qaramugh", "kobani"}},
		{"a district of hama", "دهمت دورية منازل في حي مشاع الطيار بمدينة حماة.", []string{"mashaa_al_tayyar", "hama_city"}},

		// a name shared by two subdistrict seats: the other places decide
		{"soran of hama by default", "سيطرت القوات على صوران وطيبة الإمام بعد معارك عنيفة.", []string{"soran", "taybat_al_imam"}},
		{"soran of azaz by its neighbour", "اندلعت اشتباكات في صوران قرب أعزاز.", []string{"soran_azaz", "azaz"}},

		// weak names found with a head or a locative
		{"scorpion village with its head", "قصفت قوات النظام قرية عقرب بريف حماة الجنوبي.", []string{"aqrab_hama", "hama"}},
		{"salt town with its head", "وقع انفجار في بلدة ملح بريف السويداء.", []string{"malah_suwayda", "suwayda"}},
		{"qalamoun village after a locative", "شنت الطائرات غارة على الجبة في القلمون الغربي.", []string{"jubbeh_qalamoun", "western_qalamoun"}},

		// the same letters as ordinary words or names: nothing
		{"a person named yarub", "قال يعرب الخطيب إن الوضع هادئ.", nil},
		{"a robe is not a village", "ارتدى الشيخ الجبة البيضاء.", nil},
		{"a scorpion stung", "لدغ عقرب طفلا صغيرا.", nil},
		{"the tree of zaqqum", "ذكر الخطيب شجرة الزقوم.", nil},
		{"basil in the garden", "زرعت الأسرة الريحان قرب النافذة.", nil},
		{"two palms raised", "رفع الرجل كفين نحو السماء.", nil},
		{"a man named hamo", "قال حامو إن الطريق مغلق.", nil},
		{"salt is not a town", "ارتفع سعر ملح الطعام والسكر.", nil},
		{"clouds are not a village", "مر غمام كثيف فوق الجبال.", nil},
		{"seriousness is not a village", "أكد المسؤول أنهم ينظرون بجدية إلى الشكاوى الأخيرة.", nil},
		{"the village with its head", "انفجرت عبوة ناسفة في قرية جدية غربي درعا.", []string{"jdayya", "daraa"}},
		{"ties of friendship", "توثقت عرى الصداقة بين البلدين.", nil},
	}
	checkNamedMentions(t, g, tests)
}
