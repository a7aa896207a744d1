package pipeline_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDumpEvents prints every event of RIWAYA_DUMP (a gold set directory)
// with its claims, for studying grouping. Never on a sealed set.
func TestDumpEvents(t *testing.T) {
	dir := os.Getenv("RIWAYA_DUMP")
	if dir == "" || sealed[filepath.Base(filepath.Clean(dir))] {
		t.Skip("set RIWAYA_DUMP")
	}
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g eventGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	db, keyOfID := ingestGold(t, dir, g)
	evs, cs := storedAll(t, db)
	byID := map[string]claims.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	s := func(p *string) string {
		if p == nil {
			return "-"
		}
		return *p
	}
	sort.Slice(evs, func(i, j int) bool {
		ai, aj := keyOfID[byID[evs[i].Claims[0]].Article], keyOfID[byID[evs[j].Claims[0]].Article]
		return ai < aj
	})
	filter := os.Getenv("RIWAYA_DUMP_ART")
	for _, ev := range evs {
		arts := map[string]bool{}
		for _, id := range ev.Claims {
			arts[keyOfID[byID[id].Article]] = true
		}
		if filter != "" {
			ok := false
			for _, f := range strings.Split(filter, ",") {
				if arts[f] {
					ok = true
				}
			}
			if !ok {
				continue
			}
		}
		fmt.Printf("=== %s %s %s %v arts=%v\n", ev.ID, ev.EventType, s(ev.Date), ev.Places, keys(arts))
		for _, d := range ev.Discrepancies {
			fmt.Printf("  !! %s: %s\n", d.Kind, d.Summary)
		}
		for _, id := range ev.Claims {
			c := byID[id]
			txt := []rune(strings.ReplaceAll(c.Text, "\n", " "))
			if len(txt) > 110 {
				txt = txt[:110]
			}
			var fs []string
			for _, f := range c.Figures {
				e := ""
				if f.Earlier {
					e = "/E"
				}
				if f.Subset {
					e += "/S"
				}
				fs = append(fs, fmt.Sprintf("%s/%s/%d%s", f.Outcome, f.Group, f.Low, e))
			}
			fmt.Printf("  %s@%d %s %s %s a=%s t=%s %v %s %v resp=%v %v | %s\n", keyOfID[c.Article], c.Start, c.Source.ID, c.Stance, c.EventType, s(c.Actor), s(c.Target), c.Places, s(c.Date), fs, c.Response, c.Rules, string(txt))
		}
	}
	if os.Getenv("RIWAYA_DUMP_LOOSE") != "" {
		fmt.Println("=== claims in no event")
		for _, c := range cs {
			if c.Event != nil && *c.Event != "" {
				continue
			}
			k := keyOfID[c.Article]
			if filter != "" && !strings.Contains(","+filter+",", ","+k+",") {
				continue
			}
			txt := []rune(strings.ReplaceAll(c.Text, "\n", " "))
			if len(txt) > 110 {
				txt = txt[:110]
			}
			fmt.Printf("  %s@%d %s %s %s a=%s t=%s %v %s | %s\n", k, c.Start, c.Source.ID, c.Stance, c.EventType, s(c.Actor), s(c.Target), c.Places, s(c.Date), string(txt))
		}
	}
}
