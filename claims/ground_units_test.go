package claims_test

import (
	"slices"
	"testing"
)

// TestGroundUnitsGeneric: a generic deed word ("عملية", "استهدفت",
// "قصف") whose doer is a unit on the ground (units, a division, special
// forces, a patrol) is a ground attack, not the air raid the word defaults
// to; a word of the air beside it, a unit that only answers the deed, or
// soldiers named as the killed or hurt ("استشهد أربعة جنود") leave the
// default. The sentences are written for the test; want is the
// type of the claim holding the marker ("-": any, another rule decides)
// and whether the rule fired.
func TestGroundUnitsGeneric(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, marker, want string
		fired                    bool
	}{
		{"a division's operation",
			"أعلن الجيش أن قوات من الفرقة الخامسة نفذت فجر اليوم عملية في بلدة الصنمين.",
			"نفذت", "ground_attack", true},
		{"a patrol targets",
			"قال مصدر أمني إن دورية للجيش استهدفت سيارة للمسلحين قرب بلدة جاسم.",
			"استهدفت", "ground_attack", true},
		{"'units of the army' is the state media's word for any arm",
			"قال مصدر عسكري إن وحدات الجيش استهدفت أمس تجمعات للمسلحين في ريف إدلب.",
			"استهدفت", "airstrike", false},
		{"special forces",
			"ذكرت مصادر أن قوات خاصة نفذت عملية ليلية في بلدة أطمة.",
			"عملية", "ground_attack", true},
		{"units with the air force: the default stays",
			"قال المصدر إن وحدات الجيش بالتعاون مع سلاح الجو استهدفت مقرات المسلحين.",
			"استهدفت", "airstrike", false},
		{"soldiers killed are the harmed, not the doer",
			"استشهد أربعة جنود فجر اليوم في عدوان على مواقع قرب بلدة الصنمين.",
			"عدوان", "airstrike", false},
		{"soldiers hurt by a verbal noun",
			"أسفر الاعتداء عن إصابة ثلاثة جنود في نقطة قرب جاسم.",
			"الاعتداء", "-", false},
		{"units that answer the deed",
			"وحدات الجيش ترد فوراً على اعتداءات المسلحين في ريف حماة.",
			"اعتداءات", "-", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimSpanning(t, x, tt.text, tt.marker)
			fired := slices.Contains(c.Rules, "event_type:ground_units")
			if tt.want != "-" && c.EventType != tt.want || fired != tt.fired {
				t.Errorf("got %s (fired %v), want %s (fired %v); rules %v", c.EventType, fired, tt.want, tt.fired, c.Rules)
			}
		})
	}
}
