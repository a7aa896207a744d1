package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestClaimingAndAnswering checks, on sentences written for the test, the
// source, type, actor and response flag of claims in which a group claims
// an attack ("تبنت"), a party is said to comment about an attack, drones
// are named as an arm ("الطيران المسير"), and a party answers fire
// ("ردت بقصف"): "source type actor response".
func TestClaimingAndAnswering(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"claiming group speaks and is the actor",
			"وفي وقت لاحق، تبنّت \"المقاومة الإسلامية في العراق\" الهجوم بطائرات مسيرة على القاعدة الأمريكية قرب الشدادي.",
			[]string{"islamic_resistance_iraq drone_attack iran_backed false"}},
		{"pluperfect claim, source before the verb",
			"وكانت \"المقاومة الإسلامية في العراق\" قد تبنّت الهجوم على قاعدة التنف مساء الأحد.",
			[]string{"islamic_resistance_iraq ground_attack iran_backed false"}},
		{"a relative clause of claiming is narration",
			"وهي الضربة الرابعة التي تبنتها الفصائل هذا الشهر.",
			[]string{"outlet airstrike - false"}},
		{"a party that did not comment about the attack did not make it",
			"ولم يصدر أي رد من الجيش الأمريكي بشأن الهجوم على القاعدة.",
			[]string{"outlet ground_attack - false"}},
		{"drones named as an arm",
			"وقال المرصد إن الفصائل استهدفت حقل العمر بالطيران المسيّر فجر اليوم.",
			[]string{"sohr drone_attack - false"}},
		{"answering fire with shelling is a response",
			"وأضاف المصدر أن القوات التركية ردّت بقصف مدفعي على مصادر النيران.",
			[]string{"outlet shelling turkey true"}},
		{"the answering party between the verb and the fire",
			"وفي المقابل، ردّ مقاتلو \"الفصائل\" بقصف صاروخي على مواقع الجيش.",
			// the factions' fighters: a doer of no actor value, "unknown"
			[]string{"outlet shelling unknown true"}},
		{"answering the attack, then the fire with ب",
			"وقال المصدر إن المدفعية ردّت على الهجوم بقصف مواقع المسلحين شرق البلدة.",
			[]string{"outlet shelling - true"}},
		{"pounding the sources of the fire answers it",
			"وأكد المصدر أن الجيش دكّ مصادر إطلاق القذائف في الحي.",
			[]string{"outlet airstrike - true"}},
		{"sources of water are no fire",
			"وقال المصدر إن الطائرات قصفت مصادر المياه في البلدة.",
			[]string{"outlet airstrike - false"}},
		{"after the verbal noun, the attack answered is no answer",
			"وقالت الوزارة إن الطائرات قصفت المواقع رداً على هجوم بصواريخ على القاعدة.",
			[]string{"outlet airstrike - true", "outlet ground_attack - false"}},
		{"answering an accusation is no response",
			"وردّ الجيش التركي على الاتهامات ببيان مقتضب.",
			[]string{"turkey_army other - false"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01", Outlet: "outlet"}) {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				r := "false"
				if c.Response {
					r = "true"
				}
				got = append(got, c.Source.ID+" "+c.EventType+" "+a+" "+r)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
