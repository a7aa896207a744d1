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
	out, err := os.ReadFile(os.Getenv("CLAIMS"))
	if err != nil {
		t.Fatal(err)
	}
	_ = exec.Command
	var cs []claims.Claim
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var c claims.Claim
		json.Unmarshal([]byte(l), &c)
		cs = append(cs, c)
	}
	gaz, _ := places.Load()
	for _, p := range strings.Fields(os.Getenv("PLACES")) {
		t.Logf("%s anc=%v", p, gaz.Ancestors(p))
	}
	k := reconcile.Knowledge{Places: gaz}
	evs := reconcile.Group(cs, k)
	byID := map[string]claims.Claim{}
	for _, c := range cs { byID[c.ID] = c }
	for _, e := range evs {
		if w := os.Getenv("EV"); w != "" && !strings.Contains(w, e.ID) {
			continue
		}
		t.Logf("EVENT %s %s %v", e.ID, e.EventType, e.Places)
		for _, id := range e.Claims {
			c := byID[id]
			a := ""
			if c.Actor != nil { a = *c.Actor }
			d := ""
			if c.Date != nil { d = *c.Date }
			t.Logf("   %s %s %5d %s %s %s %s %v %s %v %v", id[:10], c.Article[:6], c.Start, c.Source.ID, c.Stance, c.EventType, a, c.Places, d, c.Response, c.Figures)
		}
	}
	_ = os.Stdout
}
