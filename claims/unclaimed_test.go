package claims_test

import "testing"

// TestNoClaimClauses: a negated clause with "any party" (or "no one") for
// its subject that speaks of claiming the deed leaves the doer unknown,
// whatever its verb ("صدر"، "خرج"، "ظهر") and whether the claim is a
// verb or its verbal noun; the doer noun that carries the deed's pronoun
// ("منفذه"، "فاعلها") said to be unknown does too. A party named in the
// claim is kept; a named party that did not claim, a speaker that blamed
// no one, and the feminine adjective "منفذة" leave no unknown doer.
// Sentences written for the test; want is "stance actor" of the first
// claim.
func TestNoClaimClauses(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2022-05-01", false, []textWant{
		{"انفجرت عبوة بدورية للشرطة في ريف حمص، ولم تنشر أي جماعة بياناً تتبنى به التفجير.", "asserts unknown"},
		{"قتل عنصران بتفجير استهدف حاجزاً قرب الصنمين، ولم يخرج أي فصيل ليتبنى التفجير حتى المساء.", "asserts unknown"},
		{"انفجرت دراجة مفخخة في سوق المدينة، ولم يصدر حتى المساء أي تبنٍّ للانفجار.", "asserts unknown"},
		{"سقطت قذيفتان على حارة شرق البلدة، ولا جهة تتبنى القصف حتى الآن.", "asserts unknown"},
		{"قتل مختار القرية بهجوم على منزله، ولم تعلن أية جماعة تبنيها للهجوم.", "asserts unknown"},
		{"اغتيل عنصر سابق في الفصائل برصاص أمام منزله، ولا يزال منفذه مجهولاً.", "unknown unknown"},
		{"انفجرت سيارة مفخخة قرب دوار المدينة، وقالت الشرطة إن فاعلها ما زال مجهولاً.", "asserts -"},
		{"وأفاد المرصد بأن مقاتلين من تنظيم داعش هاجموا نقطة للجيش قرب السخنة، ولم يصدر عن أي جهة أخرى بيان بتبني الهجوم.", "asserts isis"},
		{"انفجرت عبوة بسيارة مدنية في المدينة، ولم يعلن الجيش مسؤوليته عن تفكيك عبوة ثانية.", "asserts -"},
		{"قتل طفلان بقصف على بلدة في ريف إدلب، ولم يحمّل المبعوث الأممي أي طرف مسؤولية القصف.", "asserts -"},
		{"انفجرت عبوة في شارع رئيسي، وقالت الشرطة إن الجهة المنفذة ما زالت مجهولة.", "asserts -"},
	}, stanceActor)
}

// TestAccuserUnregistered: when the accuser of "اتهم"/"حمّل" is a party
// the registry does not know, told in plain words after the verb or
// before it, the registered party right before the charge or the word of
// responsibility is the accused, not the speaker. A registered accuser
// and a known group word keep their ways. Sentences written for the
// test; want is "source actor" of the first claim.
func TestAccuserUnregistered(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2022-05-01", false, []textWant{
		{"واتهمت الفصائل المحلية تنظيم داعش بالوقوف وراء تفجير الحافلة.", "unidentified isis"},
		{"وحمّلت فصائل محلية تنظيم داعش مسؤولية الكمين على الطريق.", "unidentified isis"},
		{"والمعارضة تتهم النظام بتدبير الانفجار في السوق.", "unidentified syria_gov"},
		{"واتهمت وزارة الدفاع التركية قسد بقصف بلدة حدودية.", "turkey_mod sdf"},
		{"وحمّلت الخارجية السورية إسرائيل المسؤولية الكاملة عن العدوان على المطار.", "syria_mfa israel"},
		{"واتهم ناشطون أجهزة النظام الأمنية بتدبير الاغتيال.", "local_sources syria_gov"},
	}, sourceActor)
}

// TestLaidByAndMembersOf: after an event word, a relative verb of laying
// or setting off with the pronoun of the thing laid ("نصبه"، "زرعها"،
// "فجّرها") is passed over to the party that did it, and a nominative
// plural of fighters followed by "من" ("مقاتلون من") gives the party after
// "من"; a place after "من" ("من البلدة") is whence they came, and the
// accusative plural ("مقاتلين") stays whom the deed hit. Sentences written
// for the test; want is the actor of the first claim.
func TestLaidByAndMembersOf(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2022-05-01", false, []textWant{
		{"قتل أربعة جنود بكمين نصبه تنظيم داعش لرتل عسكري في البادية.", "isis"},
		{"قتل مدنيان بعبوة زرعها تنظيم داعش على طريق ترابي قرب الميادين.", "isis"},
		{"قتل ثلاثة عسكريين بهجوم شنه مقاتلون من تنظيم داعش على نقطة في البادية.", "isis"},
		{"استهدفت غارة مقاتلين من قسد قرب الطبقة.", "-"},
		{"سقطت قذائف أطلقها إرهابيون من حرستا على حارة شرق العاصمة.", "unknown"},
	}, actorOrDash)
}
