package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestVehicleOwner checks that whose a car was says what was hit: a
// person after it in a construct, also after "أحد"، people named earlier
// in the sentence to whom a pronoun on the car or on the verb of carrying
// points back, a title kept at a distance by "ما يسمى", and feminine
// commanders. A car alone stays unclassified. Sentences written for the
// test; the first claim's target and its class.
func TestVehicleOwner(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقالت مصادر محلية إن مجهولين أطلقوا النار على سيارة مختار البلدة عند المفرق.", "vehicle of civilian notable", reconcile.TargetCivilian},
		{"وقالت مصادر محلية إن مسلحين استهدفوا سيارة الشيخ على طريق المزارع.", "vehicle of civilian notable", reconcile.TargetCivilian},
		{"وأفاد المرصد بأن مسيرة استهدفت سيارة القيادي في الفصيل على أطراف المدينة.", "vehicle of militant commander", reconcile.TargetMilitary},
		{"وأفاد ناشطون بأن ملثمين أطلقوا النار على سيارة أحد وجهاء العشيرة قرب السوق.", "vehicle of civilian notables", reconcile.TargetCivilian},
		{"وقال المرصد إن قياديين اثنين في الفصيل قتلا بعد أن قصفت مسيرة سيارتهما على طريق الحسكة.", "vehicle of militant commander", reconcile.TargetMilitary},
		{"وذكرت الشبكة أن أربع قياديات في الوحدات فقدن حياتهن بعدما ضربت طائرة سيارتهن قرب البلدة.", "vehicle of militant commander", reconcile.TargetMilitary},
		{"وقال المرصد إن ثمانية مدنيين قتلوا حين سقط صاروخ على سيارة كانت تقلهم عند مدخل القرية.", "vehicle carrying civilians", reconcile.TargetCivilian},
		{"وقالت مصادر إن مسلحين اغتالوا مختار القرية بعدما فتحوا النار على السيارة التي كانت تقله.", "civilian notable and village", reconcile.TargetCivilian},
		{"وقال المسؤول إن الطائرة ضربت حافلة صغيرة تنقل ما يسمى «قائدة القطاع» في التنظيم.", "bus carrying commander", reconcile.TargetMilitary},
		{"وقال المرصد إن قذيفة سقطت على سيارة عند مدخل القرية.", "vehicle", ""},
	}
	for _, tt := range tests {
		got := firstTarget(x, tt.text)
		if got != tt.want {
			t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
			continue
		}
		if c := reconcile.TargetClass(got); c != tt.class {
			t.Errorf("%s\nclass of %q is %q, want %q", tt.text, got, c, tt.class)
		}
	}
}
