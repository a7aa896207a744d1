package claims_test

import (
	"testing"
)

// TestPatronOfFighters: fighters named with a link of belonging to a party
// ("موالون لـ", "مرتبطة بـ", "محسوبة على", "تابعة لـ") and then acting make
// that party the actor; fighters counted, hit, owning a site or accusing
// do not. Sentences written for the test.
func TestPatronOfFighters(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وقالت مصادر محلية إن مسلحين موالين لإيران هاجموا الحاجز قرب البلدة.", "iran_backed"},
		{"وذكر المرصد السوري أن خلايا مرتبطة بتنظيم داعش نفذت الهجوم على الحاجز.", "isis"},
		{"وقال ناشطون إن عناصر محسوبة على قوات النظام قاموا بتفجير العبوة.", "syria_gov"},
		{"وقال ناشطون إن مجموعات محلية موالية للنظام قصفت القرية بالهاون.", "syria_gov"},
		// The fighters were struck or counted: their patron did not strike.
		{"وقال المرصد السوري إن عشرة مسلحين موالين لإيران قتلوا بقصف على البادية.", "-"},
		{"وأفاد ناشطون بمقتل عناصر تابعة لقوات النظام في هجوم على الحاجز.", "-"},
		// Whose camps were hit, and who accuses.
		{"وقال المرصد إن معسكرات للمقاتلين الموالين لإيران استهدفت بغارات.", "-"},
		{"وقال المرصد السوري إن مواقع تابعة لقوات النظام تعرضت لقصف مدفعي.", "-"},
	}
	assertNamedActor(t, x, tests)
}

// TestPatronAsSubject: a relative verb whose object pronoun is the force
// and whose subject is a party ("فصائل تدعمها إيران"، "خلايا يديرها
// الحرس الثوري") names that party as the force's patron, for a force that
// acts and for one an accuser blames; a force struck by another is no
// doer. Sentences written for the test.
func TestPatronAsSubject(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وقال الناشطون إن فصائل تدعمها إيران هاجمت الرعاة في البادية.", "iran_backed"},
		{"وقال المرصد إن خلايا يديرها الحرس الثوري زرعت العبوة.", "iran_backed"},
		{"وقال المرصد إن مقاتلين تدعمهم تركيا قصفوا القرية.", "turkey"},
		{"واتهم الجيش فصائل تدعمها تركيا بقصف القرية.", "turkey"},
		{"وقال المرصد إن طائرات روسية قصفت فصائل تدعمها تركيا.", "russia"},
	}
	assertNamedActor(t, x, tests)
}

// TestMarksOfParty: a deed said to bear a party's marks ("بصمات") is laid
// at that party's door. Sentences written for the test.
func TestMarksOfParty(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وقالت مصادر محلية إن التفجير يحمل بصمات تنظيم داعش.", "isis"},
		{"ورأى ناشطون أن الاغتيال يحمل بصمات النظام.", "syria_gov"},
		{"وأشارت مصادر مطلعة إلى بصمات إسرائيلية واضحة في عملية الاغتيال.", "israel"},
	}
	assertNamedActor(t, x, tests)
}

// TestAscribedDeed: "عزا/يعزو X الفعل إلى Y" lays the deed at Y's door; a
// cause that is no party names no one. Sentences written for the test.
func TestAscribedDeed(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وعزا المرصد السوري الهجوم على الحاجز إلى تنظيم داعش.", "isis"},
		{"ويعزو الجيش التركي القصف على البلدة إلى الوحدات الكردية.", "sdf"},
		{"وعزت وزارة الداخلية السورية الانفجار إلى خلل فني في المستودع.", "-"},
	}
	assertNamedActor(t, x, tests)
}
