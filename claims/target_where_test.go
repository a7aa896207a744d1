package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTargetWhereNotWhat checks, on sentences written for the test, that a
// town or a village is what was hit only as the object of the attack, that
// the background of other incidents and the idioms of "على" give no
// target, and that what a workshop makes, who uses a place and ISIS's
// words for its enemies characterise it: "stance target" ("-" for none).
func TestTargetWhereNotWhat(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		// The object of the attack: the village is what was hit.
		{"وقال المرصد إن قصفا مدفعيا استهدف قرية الحصن، ما أدى لمقتل مدنيين.", []string{"asserts village"}},
		{"وقال الدفاع المدني إن الطائرات أغارت على بلدات الريف الجنوبي.", []string{"asserts towns"}},
		// Where it happened: in, near, on the edge of, from a village.
		{"وقال التحالف إنه نفذ غارة في بلدة البارة، أسفرت عن مقتل ثلاثة مسلحين.", []string{"asserts -"}},
		{"وأفاد الدفاع المدني بأن القذائف طالت أطراف بلدة معرشمشة.", []string{"asserts -"}},
		{"وقال ناشطون إن قذائف أطلقت من قرى الريف الغربي سقطت في المدينة.", []string{"asserts -"}},
		{"وقال المرصد إن الطائرات قصفت على أطراف القرية مواقع للفصائل.", []string{"asserts positions of armed factions"}},
		// A front, the outskirts or the heights of a town; the area of a
		// town past its adjective; the second end of a span.
		{"وقال المصدر إن قناصاً أصاب جندياً على محور بلدة الكرك مساء أمس.", []string{"asserts -"}},
		{"وقالت القيادة إن الضربة وقعت على مشارف قرية الجديدة شمال المدينة.", []string{"asserts -"}},
		{"وقال الجيش إن طائراته أغارت على المنطقة الجبلية لبلدة الزيارة.", []string{"asserts -"}},
		{"وقال الأهالي إن مسيرة استهدفت الطريق الواصل بين المدينة وقرية التل.", []string{"asserts -"}},
		// The background of other incidents after "ويأتي ... بعد أيام من".
		{"ويأتي الهجوم بعد أيام من قصف مماثل استهدف منازل في بلدة مجاورة.", []string{"asserts -"}},
		{"وتأتي الغارة في سياق تصعيد طال مدارس ومخابز في المنطقة.", []string{"asserts -"}},
		{"وتزامنت الغارات مع هجمات شنتها الفصائل على مواقع للجيش.", []string{"asserts -"}},
		{"وجاء ذلك بعد يومين من غارات أصابت سوقا شعبيا في المدينة.", []string{"asserts -"}},
		// "على" of a cause or a doer is no preposition of attack.
		{"وقال المصدر إن الاغتيال جاء على خلفية خلاف بين العائلتين.", []string{"asserts -"}},
		{"وقال الأهالي إن الشاب قتل على يد مسلحين قرب منزله.", []string{"asserts -"}},
		// What a workshop or a plant makes says what it was.
		{"وقال المرصد إن الطائرات المسيرة استهدفت ورشات تصنيع الطائرات المسيرة في ريف إدلب.", []string{"asserts workshops making drones"}},
		{"وأكد ضابط في الجيش أن الغارة دمرت معملا لتصنيع العبوات الناسفة في الريف.", []string{"asserts factory making explosive devices"}},
		{"وأعلن المركز الروسي أن طائراته دمرت ورشتين لتعديل المسيرات قرب خط الجبهة.", []string{"asserts workshop making drones"}},
		// ... or a relative clause that says what was made in it.
		{"وقال مصدر عسكري إن الغارة دمرت ورشة كان المسلحون يصنعون فيها طائرات مسيرة.", []string{"asserts workshop making drones"}},
		{"وأكد الجيش أن الصواريخ أصابت مزرعة كان عناصر الفصيل يخزنون فيها الذخائر.", []string{"asserts farm making ammunition"}},
		{"وقالت الوزارة إن الضربة طالت معملا يتم فيه تصنيع العبوات الناسفة.", []string{"asserts factory making explosive devices"}},
		{"وقال الأهالي إن القذيفة سقطت على ورشة يعمل فيها شبان من القرية.", []string{"asserts workshop"}},
		{"وقال الضابط إن الصواريخ دمرت مستودعا كان عناصر «جبهة أنصار الدين» يخزنون فيه الذخائر.", []string{"asserts depot making ammunition"}},
		{"وأكد المركز أن الضربة أصابت ورشة كان مقاتلو \"الحزب الإسلامي التركستاني\" يجهزون فيها المسيرات.", []string{"asserts workshop making drones"}},
		{"وقال ناشطون إن الغارة أصابت ورشة للطائرات المسيرة في المنطقة الصناعية.", []string{"asserts workshop holding drones"}},
		// Who uses or travels a place, after a relative or a genitive.
		{"وقالت القيادة المركزية إن الغارات دمرت مصافي صغيرة متنقلة يستخدمها مسلحو التنظيم.", []string{"asserts oil refineries of militants"}},
		{"وقالت الوكالة إن الغارة دمرت المعابر التي يسلكها النازحون.", []string{"asserts crossings of displaced people"}},
		{"وقال ناشطون إن الطائرات قصفت حراقات بدائية يعمل فيها أبناء المنطقة.", []string{"asserts primitive oil burners"}},
		// ISIS's words for its enemies are armed forces.
		{"وقالت وكالة أعماق إن مقاتلي الدولة الإسلامية هاجموا مقرا للمرتدين شرق الفرات.", []string{"asserts headquarters of 'apostate' fighters"}},
		// A centre is characterised by its adjective only.
		{"وقالت الإدارة الذاتية إن المسيرة قصفت مركزا تعليميا للفتيات.", []string{"asserts educational centre"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		tg := "-"
		if c.Target != nil {
			tg = *c.Target
		}
		return c.Stance + " " + tg
	})
}
