package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestEventTypeWords checks the event type of sentences written for the
// test: assassinations, shootings and raids are ground attacks, an "air
// attack" is an airstrike even when definite, and a ceasefire is no
// shooting.
func TestEventTypeWords(t *testing.T) {
	x, _ := extractor(t)
	tests := []textWant{
		{"اغتال مسلحون مساء أمس قياديا محليا عند مدخل البلدة.", claims.EventGroundAttack},
		{"وقتل الشاب بإطلاق نار من سيارة عابرة قرب السوق.", claims.EventGroundAttack},
		{"وقالت الشرطة إن دورية داهمت منزلا في الحي الشرقي فجرا.", claims.EventGroundAttack},
		{"وأعلن الفصيل تنفيذ عملية انغماسية على نقطة للجيش شرقي القرية.", claims.EventGroundAttack},
		{"وارتفع عدد قتلى الهجوم الجوي الذي شنته الطائرات على القرية إلى عشرة.", claims.EventAirstrike},
		{"ونفذت مروحيات التحالف عملية إنزال جوي قرب القرية واعتقلت مطلوبين.", claims.EventGroundAttack},
		{"وقال المصدر إن الوحدات ردت على مصادر إطلاق النار واستهدفت مواقع المسلحين بالمدفعية.", claims.EventShelling},
		{"ودعا الوسطاء الطرفين إلى احترام وقف إطلاق النار في المنطقة.", claims.EventOther},
		{"قتلى مدنيون ببراميل متفجرة على حي سكني شرقي المدينة", claims.EventAirstrike},
		{"وأسقطت مروحية برميلا متفجرا على مبنى المستوصف صباح السبت فقتلت ثلاثة.", claims.EventAirstrike},
		{"وقتل طفلان في قصف للطيران المروحي على أطراف البلدة.", claims.EventAirstrike},
		{"وتتعرض أحياء المدينة منذ أشهر لقصف بالبراميل أوقع مئات القتلى.", claims.EventAirstrike},
		{"وقالت القيادة إن طائرات معادية أطلقت عدة صواريخ على موقع عسكري قرب المطار.", claims.EventAirstrike},
		{"وقال سكان إن طائرة استطلاع حلقت فوق البلدة طوال الليل.", claims.EventOther},
		{"وأوضح الضابط، الذي فضّل عدم نشر اسمه، أن التقييم ما زال جاريا.", claims.EventOther},
		// Publishing is no deployment; deploying forces is.
		{"وذكرت المنظمة في بيان نشرته مساء أمس أن فرقها تعمل في المنطقة.", claims.EventOther},
		{"وكان المكتب قد نشر حصيلة أولية صباح اليوم.", claims.EventOther},
		{"ونشرت القوات الروسية نقاطا جديدة قرب البلدة.", claims.EventDeployment},
		{"وقال مسؤول إن طائرة مسيرة أطلقت صاروخين على سيارة عند الحاجز.", claims.EventDroneAttack},
		// Drones or rockets made or kept in the place hit are not the means.
		{"وقال الجيش إن غاراته دمرت ورشة كان المسلحون يجمعون فيها الطائرات المسيرة.", claims.EventAirstrike},
		{"وأكد المصدر أن الطيران أصاب مزرعة يخزن بها عناصر الفصيل صواريخ غراد.", claims.EventAirstrike},
		{"وقالت الوزارة إن الغارة طالت معملا يتم فيه تصنيع المسيرات.", claims.EventAirstrike},
		{"وقال مسؤول إن مسيرة أطلقت فيها صاروخا على السوق.", claims.EventDroneAttack},
		{"وانسحبت القوة من الموقع بعد إزالة البراميل والسواتر الترابية عند مدخله.", claims.EventWithdrawal},
		{"وقال أحد السكان إن الجنود وصلوا على متن مروحيات وداهموا منزلين في القرية.", claims.EventGroundAttack},
		// Rockets fired by aircraft are an air raid; rockets alone, or
		// fired by a drone, are not.
		{"وقال شهود إن المقاتلات حامت فوق الحي ثم أطلقت ثلاثة صواريخ على مبنى.", claims.EventAirstrike},
		{"وأفاد الأهالي بأن مروحية ألقت صاروخين على أطراف القرية.", claims.EventAirstrike},
		{"وسقطت أربعة صواريخ على أطراف القرية مساء أمس.", claims.EventShelling},
		{"وقال الفصيل إن عناصره تعرضوا لقصف صاروخي شنته مروحيات حربية قرب التلة.", claims.EventAirstrike},
		{"وقال الفصيل إن عناصره تعرضوا لقصف صاروخي قرب التلة.", claims.EventShelling},
		{"وقتل مدنيان في قصف صاروخي شنته مروحيات على أطراف البلدة.", claims.EventAirstrike},
		{"وقتل مدنيان في قصف صاروخي نفذته طائرات النظام على أطراف البلدة.", claims.EventAirstrike},
		{"وسقط مدنيان جراء قصف صاروخي مصدره قوات النظام طال أطراف البلدة.", claims.EventShelling},
		// Clashing and opening fire, as verbs, are ground attacks, also
		// beside a generic word of aggression.
		{"واشتبكت وحدات الأمن صباح اليوم مع مسلحين تحصنوا في مزرعة قرب البلدة.", claims.EventGroundAttack},
		{"اشتبك عناصر الحاجز مع مجموعة حاولت التسلل ليلا واعتقلوا اثنين منهم.", claims.EventGroundAttack},
		{"وقال ناشطون إن الحراس فتحوا النار على المحتجين أمام المبنى فأصابوا أربعة.", claims.EventGroundAttack},
		{"وأفاد شهود بأن دورية فتحت النار على سيارة رفضت التوقف عند الحاجز.", claims.EventGroundAttack},
		{"وتشتبك الفصائل منذ الصباح مع القوات المهاجمة على أطراف الحي بعد اعتداء على نقطة لها.", claims.EventGroundAttack},
		{"وأصيب ستة متظاهرين بالرصاص الحي في ساحة المدينة.", claims.EventGroundAttack},
		{"وقالت المصادر إن طائرة مسيرة أطلقت صاروخا على سيارة قرب الجسر.", claims.EventDroneAttack},
		// A generic strike word fired by a ground weapon (tanks, guns,
		// heavy machine guns, forces stationed somewhere) is shelling:
		// as instrument, as subject told before it, or right after the
		// finite verb. Aircraft named keep it an air raid, and a weapon
		// after the noun or after استهدف may be what was hit.
		{"وقال ناشط إن دبابتين حاصرتا القرية عصرا ثم قصفتها بكثافة.", claims.EventShelling},
		{"وقصفت الدبابات أطراف البلدة صباح الأحد.", claims.EventShelling},
		{"واستهدفت قوات النظام بالرشاشات الثقيلة منازل في القرية.", claims.EventShelling},
		{"وتعرض الحي لقصف بالمدافع الثقيلة من التلال المحيطة.", claims.EventShelling},
		{"واستهدفت القوات المتمركزة عند الحاجز أطراف البلدة فجرا.", claims.EventShelling},
		{"وأفاد مراسل بأن المدرعات قصفت المزارع المحيطة بالقرية.", claims.EventShelling},
		{"وقصفت الطائرات الحربية دبابات ومدافع للقوات المتقدمة شرقي البلدة.", claims.EventAirstrike},
		{"وقال المصدر إن المروحيات والدبابات قصفت البلدة طوال الليل.", claims.EventAirstrike},
		{"وتحدث الجيش عن قصف دبابات للمسلحين قرب الطريق الدولي.", claims.EventAirstrike},
		{"واستهدف المقاتلون دبابة للجيش على أطراف القرية.", claims.EventAirstrike},
		// Missiles fired from warships, and cruise missiles by name,
		// strike from the air; rockets alone stay shelling.
		{"وقالت الوزارة إن مدمرتين في البحر أطلقتا عشرات الصواريخ على القاعدة الجوية فجرا.", claims.EventAirstrike},
		{"وأطلقت البوارج الروسية صواريخ على مواقع التنظيم في البادية.", claims.EventAirstrike},
		{"واستهدفت صواريخ توماهوك المطار العسكري قبيل الفجر.", claims.EventAirstrike},
		{"وسقطت صواريخ أطلقت من البلدات المجاورة على أطراف المدينة.", claims.EventShelling},
		// Surface-to-surface missiles are fired from the ground, vacuum
		// missiles dropped by jets, whatever the generic verb.
		{"واستهدفت القوات الحي الشرقي بصواريخ أرض-أرض مساء أمس.", claims.EventShelling},
		{"واستهدف الجيش المدينة بصاروخين من طراز \"أرض - أرض\" فجرا.", claims.EventShelling},
		{"وقتل ثلاثة مدنيين في استهداف البلدة بالصواريخ الفراغية ظهر اليوم.", claims.EventAirstrike},
		// Clashes a force is sent to end ("لفض الاشتباكات"), a
		// disengagement line ("فك الاشتباك") or a call to stop the
		// fighting do not make a ground attack of the sentence's strike;
		// clashes that broke out still do.
		{"استهدف طيران العدو صباح اليوم آليات للجيش قرب البلدة خلال تقدمها لفض الاشتباكات بين العشائر، فقتل جنديان.", claims.EventAirstrike},
		{"قصفت مدفعية الجيش مواقع قرب خط فك الاشتباك في الجولان.", claims.EventShelling},
		{"ودعا الوسطاء إلى وقف القتال في المدينة.", claims.EventOther},
		{"اندلعت اشتباكات عنيفة بين الطرفين في المدينة.", claims.EventGroundAttack},
	}
	checkFirstEventTypes(t, x, "2023-05-01", tests)
}

// TestGenericTypeRule: an attack named only by a generic word is marked
// event_type:generic, one named by a word of its type is not.
func TestGenericTypeRule(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"وارتفع عدد ضحايا القصف على البلدة إلى تسعة.", true},
		{"وقتل أربعة مدنيين في قصف مدفعي على البلدة.", false},
		{"وقتل أربعة مدنيين في غارة على البلدة.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 || slices.Contains(cs[0].Rules, "event_type:generic") != tt.want {
				var got [][]string
				for _, c := range cs {
					got = append(got, c.Rules)
				}
				t.Errorf("%s\nrules %v, want generic=%v", tt.text, got, tt.want)
			}
		})
	}
}

// TestAnaphoricAttackSkipsInterception: a definite generic word for the
// attack ("العدوان", "الهجوم") after a sentence on the air defences refers
// back to the attack they met, with its place, not to the interception.
func TestAnaphoricAttackSkipsInterception(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text       string
		wantType   string
		wantPlaces []string
	}{
		{"قصفت مقاتلات معادية مستودعات قرب الكسوة بعد منتصف الليل. وتصدت المضادات الأرضية لعدد من الصواريخ. وأسفر العدوان عن جرح عسكريين.",
			claims.EventAirstrike, []string{"kiswah"}},
		{"استهدفت مسيرات مستودعا قرب الميادين. واعترضت الدفاعات الجوية إحداها. وأدانت الحكومة الهجوم بشدة.",
			claims.EventDroneAttack, []string{"mayadin"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			last := cs[len(cs)-1]
			if last.EventType != tt.wantType || !slices.Equal(last.Places, tt.wantPlaces) {
				t.Errorf("%s\nlast claim: %s %v, want %s %v", tt.text, last.EventType, last.Places, tt.wantType, tt.wantPlaces)
			}
		})
	}
}
