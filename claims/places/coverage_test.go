package places

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// namedMentions is a named sentence written for a test and the place ids
// its mentions must give, in order (nil for none).
type namedMentions struct {
	name string
	text string
	want []string
}

// checkNamedMentions finds the mentions of each case's text and compares
// their place ids with the case's want.
func checkNamedMentions(t *testing.T, g *Gazetteer, tests []namedMentions) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.Mentions(tc.text, arabic.Tokenize(tc.text))
			var got []string
			for _, m := range ms {
				got = append(got, m.PlaceID)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("%s\ngot %v, want %v%s", tc.text, got, tc.want, describe(tc.text, ms))
			}
		})
	}
}

// TestCoverageVillages checks a sample of the towns, villages and sites
// added for broad coverage: each must be found where it names a place,
// and the weak (~) and head-only (+) ones must stay silent where the same
// letters are an ordinary word. The sentences are written for this test.
func TestCoverageVillages(t *testing.T) {
	g := loadT(t)
	tests := []namedMentions{
		// plain names found bare
		{"jabal al-zawiya village", "قصفت المدفعية قرية بليون في ريف إدلب الجنوبي.", []string{"balyun", "idlib"}},
		{"west aleppo village", "سقطت قذائف قرب ميزناز غربي حلب.", []string{"mizanaz", "aleppo"}},
		{"camps near idlib", "استهدف القصف مخيمات كفرجالس شمال غربي إدلب.", []string{"kafr_jales", "idlib"}},
		{"kafr spelled apart", "دارت اشتباكات على أطراف كفر جالس مساء الأحد.", []string{"kafr_jales"}},
		{"yarmouk basin village", "توغلت قوة إسرائيلية في قرية كويا بريف درعا الغربي.", []string{"koya", "daraa"}},
		{"foua and kafraya", "خرجت الحافلات من الفوعة وكفريا صباحا.", []string{"foua", "kafraya"}},
		{"sarmin", "قتل ثلاثة مدنيين بغارة على سرمين.", []string{"sarmin"}},
		{"suwayda village", "انفجرت عبوة في بلدة ذيبين جنوبي السويداء.", []string{"dhibin", "suwayda"}},
		{"hasakah water station", "توقف ضخ المياه من محطة علوك منذ أيام.", []string{"alouk_station"}},
		{"deir ez-zor left bank", "داهمت دورية منازل في الحوايج وذيبان.", []string{"hawaij", "diban"}},
		{"lebanese border town", "سقطت صواريخ على بلدة حوش السيد علي الحدودية.", []string{"hawsh_al_sayyed_ali"}},
		{"iraqi border town", "عبرت الشاحنات من حصيبة نحو الأراضي السورية.", []string{"husaybah", "syria"}},
		{"turkish border town", "سقطت قذيفة في بلدة قرقميش التركية.", []string{"karkamis"}},
		{"jordanian camp", "يقيم آلاف اللاجئين في مخيم الزعتري شمال الأردن.", []string{"zaatari_camp", "jordan"}},
		{"aleppo district head-only", "سقطت قذائف على حي الجميلية وسط حلب.", []string{"jamiliyah", "aleppo"}},
		{"two villages coordinated", "طالت الغارات بلدتي أورم الصغرى وكفر داعل.", []string{"urum_al_sughra", "kafr_dael"}},
		{"weak name after a locative", "قتل عنصر في هجوم على حاجز في الطيبة بريف درعا.", []string{"tayba_daraa", "daraa"}},
		{"head-only site with its head", "قصفت الطائرات بلدة الخيام جنوبي لبنان.", []string{"khiam", "lebanon"}},

		{"a wadi in anbar is not hawran", "قصفت الطائرات مواقع في وادي حوران غرب الأنبار.", []string{"wadi_horan", "anbar"}},
		{"a hospital named with its town", "سقطت قذائف على مشفى الشفاء في عفرين مساء السبت.", []string{"shifa_hospital_afrin"}},
		{"a crossing by its own name", "جرى تسليم الجثث عبر معبر أبو الزندين.", []string{"abu_al_zandin_crossing"}},
		{"a gas plant by its short name", "توقف معمل السويدية عن العمل بعد الضربة.", []string{"suwaydiyah_gas"}},
		{"gas plants by their short name", "تضررت معامل السويدية في ريف ديريك.", []string{"suwaydiyah_gas", "malikiyah"}},

		// the same letters as ordinary words: nothing, or only the real places
		{"a party is not a district", "اتهمت أنقرة حزب العمال الكردستاني بالوقوف وراء الهجوم.", []string{"ankara"}},
		{"ministries are not districts", "أصدرت وزارة الزراعة ووزارة الصناعة ووزارة التجارة قرارا مشتركا.", nil},
		{"freedom is not a village", "قال المتحدث إن الحرية والكرامة حق للجميع.", nil},
		{"another al-shifa hospital", "حاصرت القوات مشفى الشفاء في غزة.", []string{"gaza"}},
		{"a street of another city", "تظاهر المئات في شارع الاستقلال وسط المدينة.", nil},
		{"tents are not al-khiam", "نصبت الخيام للنازحين على عجل.", nil},
		{"recent is not haditha", "لا تظهر الصور آثار ضربة جوية حديثة.", nil},
		{"good is not al-tayba", "تحدث عن الطيبة والكرم في أهل القرية.", nil},
		{"the pool is not al-bahra", "غرق طفل في البحرة خلف المنزل.", nil},
		{"the wheat is not a village", "ارتفع سعر القمح في الأسواق.", nil},
		{"a proper name is not kelly", "قال المحلل كللي إن الوضع معقد.", nil},
		{"the flowers are not a district", "زينت الزهور مدخل المدرسة.", nil},
		{"the nightingale sang", "غنى بلبل على الشجرة.", nil},
	}
	checkNamedMentions(t, g, tests)
}
