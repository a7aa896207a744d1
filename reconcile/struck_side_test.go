package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

func TestTargetOwner(t *testing.T) {
	tests := []struct{ target, want string }{
		{"posts of sdf forces", "sdf"},
		{"a patrol of the SDF", "sdf"},
		{"militant commander of ISIS militants", "isis"},
		{"pro-government forces", "syria_gov"},
		{"positions of government forces", "syria_gov"},
		{"a base of US forces", "us"},
		{"Turkish army forces", "turkey"},
		{"homes", ""},
		{"militants", ""},
		{"positions of the SDF and the regime", ""},
	}
	for _, tt := range tests {
		if got := targetOwner(tt.target); got != tt.want {
			t.Errorf("targetOwner(%q) = %q, want %q", tt.target, got, tt.want)
		}
	}
}

// TestStruckSideIsNoRivalDoer: a voice that says its side struck the
// party another voice names as the doer tells the counter-strike, not a
// rival author of the deed; a claim whose doer is the side it says was
// struck names no doer. Rival doers of one deed still clash.
func TestStruckSideIsNoRivalDoer(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "a massacre blamed on ISIS and a raid on an ISIS leader",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventGroundAttack,
					Text: "قتل مسلحو التنظيم عشرات الرعاة في البادية", Actor: sp("isis"), Target: sp("shepherds")}),
				mk(claims.Claim{ID: "c2", Source: src("centcom"), EventType: claims.EventGroundAttack,
					Text: "قالت القيادة إن جنودها قتلوا مسؤولاً في التنظيم بعملية إنزال", Actor: sp("us"),
					Target: sp("senior official of ISIS militants")}),
			),
			want: nil,
		},
		{
			name: "the struck forces named as doers in a relative clause",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("coalition"), EventType: claims.EventAirstrike,
					Text: "قصفنا قوات حكومية كانت تتقدم نحو مواقع حلفائنا", Actor: sp("syria_gov"),
					Target: sp("government forces")}),
				mk(claims.Claim{ID: "c2", Source: src("syria_mfa"), EventType: claims.EventAirstrike, Stance: claims.StanceDenies,
					Text: "نفت الوزارة أن تكون قواتها قد تقدمت نحو أي موقع", Actor: sp("syria_gov")}),
			),
			want: nil,
		},
		{
			name: "rival doers of one strike on homes still clash",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventAirstrike,
					Text: "قصفت طائرات التحالف منازل في البلدة", Actor: sp("coalition"), Target: sp("homes")}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Text: "قصفت طائرات روسية منازل في البلدة", Actor: sp("russia"), Target: sp("homes")}),
			),
			want: []string{"perpetrator actor sana,sohr"},
		},
		{
			name: "rival doers of a strike on one side's posts still clash",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("hawar"), EventType: claims.EventDroneAttack,
					Text: "استهدفت مسيرة تركية نقطة لقوات سوريا الديمقراطية", Actor: sp("turkey"), Target: sp("post of sdf forces")}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), EventType: claims.EventDroneAttack,
					Text: "استهدفت مسيرة مجهولة يعتقد أنها للتحالف نقطة للميليشيا", Actor: sp("coalition"), Target: sp("post of sdf forces")}),
			),
			want: []string{"perpetrator actor hawar,sana"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kindHeads(t, tt.cs, KindPerpetrator)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
