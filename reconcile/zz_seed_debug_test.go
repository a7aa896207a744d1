package reconcile_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/reconcile"
)

func TestZZSeedDebug(t *testing.T) {
	out, err := exec.Command("/tmp/rw/riwaya", "claims", "--db", "/tmp/rw/seeds.db", "--format", "json").Output()
	if err != nil {
		t.Fatal(err)
	}
	var cs []claims.Claim
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var c claims.Claim
		json.Unmarshal([]byte(l), &c)
		cs = append(cs, c)
	}
	gaz, _ := places.Load()
	for _, p := range []string{"conoco_field", "hasakah", "omar_field", "green_village", "deir_ez_zor_airport", "syria", "east_of_euphrates", "deir_ez_zor"} {
		t.Logf("%s anc=%v", p, gaz.Ancestors(p))
	}
	t.Logf("nearby conoco hasakah 10: %v 25: %v", gaz.Nearby("conoco_field", "hasakah", 10), gaz.Nearby("conoco_field", "hasakah", 25))
	k := reconcile.Knowledge{Places: gaz}
	evs := reconcile.Group(cs, k)
	byID := map[string]claims.Claim{}
	for _, c := range cs { byID[c.ID] = c }
	for _, e := range evs {
		t.Logf("EVENT %s %s %v", e.ID, e.EventType, e.Places)
		for _, id := range e.Claims {
			c := byID[id]
			a := ""
			if c.Actor != nil { a = *c.Actor }
			d := ""
			if c.Date != nil { d = *c.Date }
			t.Logf("   %s %s %s %s %s %v %s", id[:10], c.Article[:6], c.Source.ID, c.EventType, a, c.Places, d)
		}
	}
	_ = os.Stdout
}
