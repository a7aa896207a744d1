package claims_test

import (
	"testing"
)

// TestAttackersDeedAndJoinedOutcomes checks a plural active verb before
// the count of those it killed ("إن المسلحين قتلوا ستة ..."), a side's
// count of its own lost fighters ("خسروا ثلاثة من عناصرهم"), and the
// martyrs' verbal noun joined to the wounded ("استشهاد وإصابة العشرات")
// as one killed-or-wounded toll; a singular "lost" of a place makes no
// figure. Sentences written for the test.
func TestAttackersDeedAndJoinedOutcomes(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"plural active verb before the count",
			"وقال ناشطون إن المسلحين قتلوا ستة رعاة قرب البلدة.",
			[]string{"local_sources killed civilians 6-6 exact"}},
		{"words of time between the deed and its count",
			"وقالت مصادر محلية إن عناصر الحاجز قتلوا فجر اليوم ثمانية مزارعين.",
			[]string{"local_sources killed civilians 8-8 exact"}},
		{"a passive of others, another place between",
			"وقال ناشطون إن أربعة قتلوا في البلدة ثم اثنين في القرية المجاورة.",
			[]string{"local_sources killed unknown 4-4 exact"}},
		{"a side's lost fighters",
			"وذكرت مصادر أهلية أن المهاجمين خسروا ثلاثة من عناصرهم في الاشتباك.",
			[]string{"local_sources killed fighters 3-3 exact"}},
		{"killed and wounded joined before a vague count",
			"وأفاد ناشطون بأن الغارة أدت إلى استشهاد وإصابة العشرات من سكان الحي.",
			[]string{"local_sources killed_or_wounded unknown 20-99 vague"}},
		{"a singular loss of a place",
			"وقال المرصد إن التنظيم خسر آخر مواقعه في الريف الشرقي.",
			nil},
	}
	assertFigureLines(t, x, tests)
}
