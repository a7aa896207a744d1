package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeedWordTypes checks, on sentences written for the test, the deeds
// of gunmen and ground forces in their many persons and voices:
// executions, abductions, storming, gunfire by its rounds, fire opened
// with the doer between the verb and "النار"; and what is no deed: a death
// sentence, settling accounts, an arrest campaign "launched".
func TestDeedWordTypes(t *testing.T) {
	x, _ := extractor(t)
	tests := []textWant{
		// executions
		{"وأقدمت المجموعة على إعدام شابين ميدانيا عند أطراف الحي.", claims.EventGroundAttack},
		{"وجرى إعدام الأسرى رميا بالرصاص قرب المزرعة.", claims.EventGroundAttack},
		{"ويعدم التنظيم كل من يتهمه بالتخابر مع خصومه.", claims.EventGroundAttack},
		{"وقالت العائلة إن عناصر الحاجز اعتقلوا ابنها ثم أعدموه.", claims.EventGroundAttack},
		{"وتتهم العائلة الدورية بتصفيتهم بعد توقيفهم.", claims.EventGroundAttack},
		{"وقتل الشاب ذبحا على يد مسلحين في المزرعة.", claims.EventGroundAttack},
		{"ووثقت الشبكة 12 إعداماً نفذته الميليشيا في الحي.", claims.EventGroundAttack},
		{"وأصدرت المحكمة أحكام إعدام بحق ثلاثة متهمين.", claims.EventOther},
		{"وحذر الوزير من تحويل القرى إلى ساحة لتصفية الحسابات.", claims.EventOther},
		// abductions
		{"وقال ناشطون إن مسلحين مجهولين اختطفوا شابا على الطريق بين البلدتين.", claims.EventGroundAttack},
		{"واختطف مجهولون طبيبا من أمام عيادته في المدينة.", claims.EventGroundAttack},
		{"وأفادت مصادر باختطاف ثلاثة عمال على طريق البادية.", claims.EventGroundAttack},
		{"وخطفت مجموعة مسلحة سائقا عند مدخل القرية.", claims.EventGroundAttack},
		// storming and raiding
		{"واقتحم مسلحون منزل المختار وقتلوه.", claims.EventGroundAttack},
		{"وقال السكان إن الجنود يقتحمون البيوت كل ليلة.", claims.EventGroundAttack},
		{"وشنت القوات حملة دهم في القرى المحيطة.", claims.EventGroundAttack},
		{"وشنت قوات الأمن حملة اعتقالات في البلدة طالت عشرين شابا.", claims.EventOther},
		// gunfire
		{"وقتل شاب بنيران مجهولة المصدر في حي الميدان.", claims.EventGroundAttack},
		{"وأصيب طفل بطلق ناري في رأسه قرب المدرسة.", claims.EventGroundAttack},
		{"وتوفي رجل متأثرا بإصابته بأعيرة نارية أمام منزله.", claims.EventGroundAttack},
		{"وأطلق مجهولون النار على سيارة المختار.", claims.EventGroundAttack},
		{"وقال شاهد إن المسلحين أطلقوا عليهم النار من مسافة قريبة.", claims.EventGroundAttack},
		{"وفتح عنصر في الدورية النار على المارة.", claims.EventGroundAttack},
		{"وأطلق الناشطون حملة للتبرع بالدم.", claims.EventOther},
	}
	checkFirstEventTypes(t, x, "2023-05-01", tests)
}

// TestMovementTypesInContext: an entry or exit that only dates a deed
// ("بعد دخولهم") types nothing, and a definite word of an attack by any
// means ("المجزرة") never takes the type of a context of movement.
func TestMovementTypesInContext(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		last string
	}{
		{"انسحبت القوات من البلدة صباح الأحد. وحمّل الأهالي الميليشيا مسؤولية المجزرة.", claims.EventGroundAttack},
		{"دخلت الوحدات القرية فجرا. وأدان الناشطون الهجوم على السكان.", claims.EventGroundAttack},
		{"وقال الأهالي إن المسلحين أحرقوا البيوت بعد دخولهم القرية.", claims.EventOther},
		{"وأكد الشهود أن الجثث وجدت في الأقبية بعد انسحاب العناصر.", claims.EventOther},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 || cs[len(cs)-1].EventType != tt.last {
				var got []string
				for _, c := range cs {
					got = append(got, c.EventType)
				}
				t.Errorf("%s\ngot %v, want last %s", tt.text, got, tt.last)
			}
		})
	}
}

// TestSweepAndExecutionsDefinite: sweeping into a town, and the definite
// executions carried out ("نُفذت الإعدامات", which the verb of carrying out
// alone would type an air raid), are ground attacks.
func TestSweepAndExecutionsDefinite(t *testing.T) {
	x, _ := extractor(t)
	checkFirstEventTypes(t, x, "2023-05-01", []textWant{
		{"واجتاح عناصر التنظيم البلدة في ساعات الفجر الأولى.", claims.EventGroundAttack},
		{"وقال السكان إن اجتياح القرية جرى من ثلاثة محاور.", claims.EventGroundAttack},
		{"وأوضح الناشطون أن الإعدامات نفذت في ساحة عامة.", claims.EventGroundAttack},
	})
}

// TestCoTimedLead: a deed named in an opening "بالتزامن مع ..." phrase is
// another event told beside the claim's; the clause after the comma
// types the claim.
func TestCoTimedLead(t *testing.T) {
	x, _ := extractor(t)
	checkFirstEventTypes(t, x, "2023-05-01", []textWant{
		{"وبالتزامن مع الغارة، قصفت القوات الحكومية بالمدفعية تلة قرب القرية.", claims.EventShelling},
		{"وتزامناً مع الضربات الجوية، قصفت وحدات الجيش بالمدفعية مواقع على أطراف البلدة.", claims.EventShelling},
	})
}

// TestEarlierLead: a lead that names the deed a claim came before
// ("وقبل القصف بساعات") does not type the claim, which tells the earlier
// deed; without the stretch of time the lead is no such phrase.
func TestEarlierLead(t *testing.T) {
	x, _ := extractor(t)
	tests := []textWant{
		{"وقبل القصف المدفعي بساعات، أغارت مقاتلات على أطراف القرية.", claims.EventAirstrike},
		{"وقبل الغارة بيوم، سقطت قذائف هاون على السوق.", claims.EventShelling},
		{"وقبل أن يبدأ القصف المدفعي، غادر الأهالي القرية.", claims.EventShelling},
	}
	checkFirstEventTypes(t, x, "2023-05-01", tests)
}
