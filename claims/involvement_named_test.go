package claims_test

import "testing"

// TestInvolvementNamed: involvement named by a party's nisba or name
// ("تورط أمريكي", "ضلوع الاستخبارات التركية"), a mine left behind by a
// party ("من مخلفات تنظيم داعش"), and a Ghouta faction's accusation
// (فيلق الرحمن, registered with the FSA). A war remnant of no party names
// no one. Sentences written for the test.
func TestInvolvementNamed(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وأشارت موسكو في بيانها إلى تورط أمريكي في إطلاق الطائرات المسيرة.", "us"},
		{"وتحدث مسؤول أمني عن ضلوع الاستخبارات التركية في تفجير السيارة.", "turkey"},
		{"وأصيب راعيان بانفجار لغم من مخلفات تنظيم داعش في بادية حمص.", "isis"},
		{"وقتلت طفلة بانفجار جسم غريب من مخلفات الحرب قرب منزلها.", "-"},
		{"ونفى «فيلق الرحمن» قصف الأحياء السكنية، متهماً قوات النظام بافتعال القصف.", "syria_gov"},
	}
	assertNamedActor(t, x, tests)
}
