package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/pipeline"
	"github.com/riwaya/riwaya/reconcile"
	"github.com/riwaya/riwaya/store"
)

// eventGold is the event part of a gold file.
type eventGold struct {
	Articles []struct {
		File string `json:"file"`
		Key  string `json:"key"`
	} `json:"articles"`
	Dates []struct {
		Article string `json:"article"`
		Event   string `json:"event"`
	} `json:"dates"`
	Places []struct {
		Article string `json:"article"`
		Event   string `json:"event"`
	} `json:"places"`
	Figures []struct {
		Article string `json:"article"`
		Event   string `json:"event"`
		Source  string `json:"source"`
		Outcome string `json:"outcome"`
		Low     int    `json:"low"`
		High    *int   `json:"high"`
		Text    string `json:"text"`
		Zero    bool   `json:"zero"`
		Earlier bool   `json:"earlier"`
	} `json:"figures"`
	Actors        []goldRow `json:"actors"`
	Targets       []goldRow `json:"targets"`
	Discrepancies []struct {
		Event   string   `json:"event"`
		Kind    string   `json:"kind"`
		Sources []string `json:"sources"`
	} `json:"discrepancies"`
}

// goldRow is a gold doer or target row: where it stands, whose it is and
// the words that carry it.
type goldRow struct {
	Article string `json:"article"`
	Event   string `json:"event"`
	Source  string `json:"source"`
	Text    string `json:"text"`
}

type pair struct{ a, b string }

func mkPair(a, b string) pair {
	if a > b {
		a, b = b, a
	}
	return pair{a, b}
}

// evalEvents ingests a gold set through the real pipeline and scores
// cross-article event pairs and discrepancy recall against the gold.
func evalEvents(t *testing.T, dir string) {
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Skipf("no gold: %v", err)
	}
	var g eventGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	db, keyOfID := ingestGold(t, dir, g)
	// Gold: the articles of each event.
	goldArts := map[string]map[string]bool{}
	add := func(ev, art string) {
		if ev == "" {
			return
		}
		if goldArts[ev] == nil {
			goldArts[ev] = map[string]bool{}
		}
		goldArts[ev][art] = true
	}
	for _, d := range g.Dates {
		add(d.Event, d.Article)
	}
	for _, d := range g.Places {
		add(d.Event, d.Article)
	}
	for _, d := range g.Figures {
		add(d.Event, d.Article)
	}
	for _, d := range g.Actors {
		add(d.Event, d.Article)
	}
	for _, d := range g.Targets {
		add(d.Event, d.Article)
	}
	goldPairs := map[pair]bool{}
	for _, arts := range goldArts {
		list := keys(arts)
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				goldPairs[mkPair(list[i], list[j])] = true
			}
		}
	}
	// Predicted: the articles of each event's claims.
	evs, predArts := eventArticles(t, db, keyOfID)
	_, stored := storedAll(t, db)
	claimOf := make(map[string]claims.Claim, len(stored))
	for _, c := range stored {
		claimOf[c.ID] = c
	}
	predPairs := map[pair]bool{}
	for _, ev := range evs {
		list := keys(predArts[ev.ID])
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				predPairs[mkPair(list[i], list[j])] = true
			}
		}
	}
	tp := 0
	for pp := range predPairs {
		if goldPairs[pp] {
			tp++
		}
	}
	prec, rec := ratio(tp, len(predPairs)), ratio(tp, len(goldPairs))
	f1 := 0.0
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	t.Logf("%s event pairs: P=%.2f R=%.2f F1=%.2f (pred %d, gold %d, events %d)", filepath.Base(dir), prec, rec, f1, len(predPairs), len(goldPairs), len(evs))
	if testing.Verbose() && !sealed[filepath.Base(dir)] {
		logPairErrors(t, goldPairs, predPairs, goldArts)
	}
	evalCoEvent(t, dir, db, g, keyOfID)

	// Discrepancy recall: a gold discrepancy is found when an event holding
	// claims of its articles carries a discrepancy of the same kind naming
	// at least two of its sources (one, for a revision).
	// The gold's "outlet" is the outlet's own voice, which the engine
	// credits to the outlet's registry id: any outlet of the event's
	// articles stands for it.
	outletOfKey := articleOutlets(t, db, keyOfID)
	found, total := 0, 0
	for _, gd := range g.Discrepancies {
		total++
		want := map[string]bool{}
		for _, s := range gd.Sources {
			want[s] = true
		}
		need := 2
		if gd.Kind == "revision" || len(want) < 2 {
			need = 1
		}
		if want["outlet"] {
			for art := range goldArts[gd.Event] {
				if id := outletOfKey[art]; id != "" && !want[id] {
					want[id] = true
				}
			}
		}
		hit := false
		for _, ev := range evs {
			if !overlaps(predArts[ev.ID], goldArts[gd.Event]) {
				continue
			}
			for _, pd := range ev.Discrepancies {
				if pd.Kind != gd.Kind {
					continue
				}
				n := 0
				for _, s := range pd.Sources {
					if want[s] {
						n++
					}
				}
				if n >= need {
					hit = true
				}
			}
		}
		if hit {
			found++
		} else if testing.Verbose() && !sealed[filepath.Base(dir)] {
			over := func(ev reconcile.Event) bool { return overlaps(predArts[ev.ID], goldArts[gd.Event]) }
			t.Logf("  missed discrepancy %s %s %v: %s", gd.Event, gd.Kind, gd.Sources, missLayer(gd.Kind, want, need, evs, over, claimOf, rowsOf(g, gd.Event, gd.Kind, keyOfID)))
		}
	}
	t.Logf("%s discrepancies: recall %.2f (%d of %d)", filepath.Base(dir), ratio(found, total), found, total)

	// False flags: conflicts (not notes) on events where the gold marks no
	// conflict of that kind for any event of the same articles.
	flags, false_ := 0, 0
	for _, ev := range evs {
		for _, pd := range ev.Discrepancies {
			if pd.Kind == "revision" || pd.Kind == "gap" {
				continue
			}
			flags++
			ok := false
			for _, gd := range g.Discrepancies {
				if gd.Kind == pd.Kind && overlaps(predArts[ev.ID], goldArts[gd.Event]) {
					ok = true
				}
			}
			if !ok {
				false_++
				if testing.Verbose() && !sealed[filepath.Base(dir)] {
					t.Logf("  unexpected %s on %s: %s", pd.Kind, ev.ID, pd.Summary)
				}
			}
		}
	}
	t.Logf("%s conflicts flagged: %d, of which %d match no gold conflict", filepath.Base(dir), flags, false_)

	// Floors a little under the measured scores, so that a regression fails
	// the build while noise does not; a conflict flagged where the gold sees
	// none always fails it.
	fl := eventFloors[filepath.Base(dir)]
	if f1 < fl.pairs {
		t.Errorf("%s event pairs F1 %.2f below floor %.2f", filepath.Base(dir), f1, fl.pairs)
	}
	if r := ratio(found, total); r < fl.recall {
		t.Errorf("%s discrepancy recall %.2f below floor %.2f", filepath.Base(dir), r, fl.recall)
	}
	if false_ > fl.flags {
		t.Errorf("%s: %d conflicts flagged where the gold sees none (%d known)", filepath.Base(dir), false_, fl.flags)
	}
}

// sealed are the sets whose per-item lines are never printed: the held-out
// set and dev7, and dev57 to dev60 until the next session. dev12 to dev56
// were unsealed after their first contact (recorded in their notes.md), as
// dev9 to dev11 were before them.
var sealed = map[string]bool{"heldout": true, "dev7": true, "dev57": true, "dev58": true, "dev59": true, "dev60": true}

// eventFloors are the event-eval floors per set: pairs F1, discrepancy
// recall, set about 0.04 under what each set measured when they were last
// raised (at the end of session 13 for every set whose score had risen, sessions 12, 11, 10, 9 and 7 before;
// earlier values below) (dev 1.00/0.90, dev2 1.00/0.90, dev3 0.93/0.75, dev4 0.96/0.85,
// dev5 0.97/0.65, dev6 0.96/1.00, dev7 0.96/0.70, dev8 0.97/0.83, dev9
// 1.00/0.67, dev10 0.95/0.69, dev11 1.00/0.81, dev12 0.89/0.61, dev13
// 1.00/0.65, held-out 0.91/0.78; at first contact dev9 0.97/0.38, dev10
// 0.95/0.55, dev11 0.88/0.33, dev12 0.82/0.30, dev13 1.00/0.40, dev14
// 0.96/0.65, dev15 0.92/0.44, dev16 1.00/0.77, dev17 0.88/0.31, dev18
// 0.76/0.45, dev19 0.67/0.44), and flags,
// the conflicts flagged where the gold sees none that a set is known to
// draw (its first contact's, lowered as they are fixed): one more fails
// the build.
var eventFloors = map[string]struct {
	pairs, recall float64
	flags         int
}{
	"dev":     {0.96, 0.91, 0},
	"dev2":    {0.96, 0.93, 0},
	"dev3":    {0.89, 0.85, 0},
	"dev4":    {0.96, 0.85, 0},
	"dev5":    {0.93, 0.68, 0},
	"dev6":    {0.96, 0.96, 0},
	"dev7":    {0.92, 0.66, 0},
	"dev8":    {0.96, 0.83, 0},
	"dev9":    {0.96, 0.96, 0},
	"dev10":   {0.96, 0.82, 0},
	"dev11":   {0.96, 0.96, 0},
	"dev12":   {0.91, 0.87, 0},
	"dev13":   {0.96, 0.86, 0},
	"dev14":   {0.96, 0.83, 0},
	"dev15":   {0.96, 0.88, 0},
	"dev16":   {0.96, 0.96, 0},
	"dev17":   {0.96, 0.73, 0},
	"dev18":   {0.96, 0.96, 1},
	"dev19":   {0.88, 0.9, 0},
	"dev20":   {0.96, 0.92, 0},
	"dev21":   {0.96, 0.92, 0},
	"dev22":   {0.96, 0.82, 0},
	"dev23":   {0.96, 0.96, 0},
	"dev24":   {0.86, 0.96, 0},
	"dev25":   {0.92, 0.72, 0},
	"dev26":   {0.96, 0.91, 0},
	"dev27":   {0.96, 0.84, 0},
	"dev28":   {0.96, 0.91, 0},
	"dev29":   {0.88, 0.72, 0},
	"dev30":   {0.93, 0.88, 0},
	"dev31":   {0.84, 0.72, 0},
	"dev32":   {0.96, 0.84, 0},
	"para1":   {0.96, 0.77, 1},
	"para2":   {0.9, 0.65, 0},
	"dev33":   {0.96, 0.86, 0},
	"dev34":   {0.96, 0.75, 0},
	"dev35":   {0.88, 0.9, 1},
	"dev36":   {0.96, 0.75, 0},
	"dev37":   {0.88, 0.65, 2},
	"dev38":   {0.88, 0.7, 0},
	"dev39":   {0.88, 0.75, 0},
	"dev40":   {0.84, 0.67, 0},
	"dev41":   {0.84, 0.76, 0},
	"dev42":   {0.96, 0.68, 0},
	"dev43":   {0.96, 0.67, 0},
	"dev44":   {0.88, 0.64, 0},
	"dev45":   {0.88, 0.52, 0},
	"dev46":   {0.79, 0.71, 0},
	"dev47":   {0.96, 0.46, 0},
	"dev48":   {0.96, 0.57, 0},
	"dev49":   {0.84, 0.63, 1},
	"dev50":   {0.92, 0.61, 0},
	"dev51":   {0.93, 0.66, 0},
	"dev52":   {0.92, 0.5, 0},
	"dev53":   {0.96, 0.68, 2},
	"dev54":   {0.69, 0.39, 2},
	"dev55":   {0.96, 0.71, 0},
	"dev56":   {0.92, 0.63, 1},
	"dev57":   {0.96, 0.84, 1},
	"dev58":   {0.92, 0.68, 1},
	"dev59":   {0.88, 0.56, 1},
	"dev60":   {0.93, 0.73, 2},
	"heldout": {0.87, 0.79, 0},
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		if k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func TestEvalEventsDev(t *testing.T)   { evalEvents(t, "../testdata/dev") }
func TestEvalEventsDev2(t *testing.T)  { evalEvents(t, "../testdata/dev2") }
func TestEvalEventsDev3(t *testing.T)  { evalEvents(t, "../testdata/dev3") }
func TestEvalEventsDev4(t *testing.T)  { evalEvents(t, "../testdata/dev4") }
func TestEvalEventsDev5(t *testing.T)  { evalEvents(t, "../testdata/dev5") }
func TestEvalEventsDev6(t *testing.T)  { evalEvents(t, "../testdata/dev6") }
func TestEvalEventsDev7(t *testing.T)  { evalEvents(t, "../testdata/dev7") }
func TestEvalEventsDev8(t *testing.T)  { evalEvents(t, "../testdata/dev8") }
func TestEvalEventsDev9(t *testing.T)  { evalEvents(t, "../testdata/dev9") }
func TestEvalEventsDev10(t *testing.T) { evalEvents(t, "../testdata/dev10") }
func TestEvalEventsDev11(t *testing.T) { evalEvents(t, "../testdata/dev11") }
func TestEvalEventsDev12(t *testing.T) { evalEvents(t, "../testdata/dev12") }
func TestEvalEventsDev13(t *testing.T) { evalEvents(t, "../testdata/dev13") }
func TestEvalEventsDev14(t *testing.T) { evalEvents(t, "../testdata/dev14") }
func TestEvalEventsDev15(t *testing.T) { evalEvents(t, "../testdata/dev15") }
func TestEvalEventsDev16(t *testing.T) { evalEvents(t, "../testdata/dev16") }
func TestEvalEventsDev17(t *testing.T) { evalEvents(t, "../testdata/dev17") }
func TestEvalEventsDev18(t *testing.T) { evalEvents(t, "../testdata/dev18") }
func TestEvalEventsDev19(t *testing.T) { evalEvents(t, "../testdata/dev19") }
func TestEvalEventsDev20(t *testing.T) { evalEvents(t, "../testdata/dev20") }
func TestEvalEventsDev21(t *testing.T) { evalEvents(t, "../testdata/dev21") }
func TestEvalEventsDev22(t *testing.T) { evalEvents(t, "../testdata/dev22") }
func TestEvalEventsDev23(t *testing.T) { evalEvents(t, "../testdata/dev23") }
func TestEvalEventsDev24(t *testing.T) { evalEvents(t, "../testdata/dev24") }
func TestEvalEventsDev25(t *testing.T) { evalEvents(t, "../testdata/dev25") }
func TestEvalEventsDev26(t *testing.T) { evalEvents(t, "../testdata/dev26") }
func TestEvalEventsDev27(t *testing.T) { evalEvents(t, "../testdata/dev27") }
func TestEvalEventsDev28(t *testing.T) { evalEvents(t, "../testdata/dev28") }
func TestEvalEventsDev29(t *testing.T) { evalEvents(t, "../testdata/dev29") }
func TestEvalEventsDev30(t *testing.T) { evalEvents(t, "../testdata/dev30") }
func TestEvalEventsDev31(t *testing.T) { evalEvents(t, "../testdata/dev31") }
func TestEvalEventsDev32(t *testing.T) { evalEvents(t, "../testdata/dev32") }

// para1 is dev31 rewritten in other words (see claims/eval_test.go).
func TestEvalEventsPara1(t *testing.T) { evalEvents(t, "../testdata/para1") }

// para2 is dev30 rewritten in other words (see claims/eval_test.go).
func TestEvalEventsPara2(t *testing.T) { evalEvents(t, "../testdata/para2") }

// dev33 to dev36 were written unseen in session 10, scored once after every
// rule of its two improvement rounds (see their notes.md), then unsealed.
func TestEvalEventsDev33(t *testing.T) { evalEvents(t, "../testdata/dev33") }
func TestEvalEventsDev34(t *testing.T) { evalEvents(t, "../testdata/dev34") }
func TestEvalEventsDev35(t *testing.T) { evalEvents(t, "../testdata/dev35") }
func TestEvalEventsDev36(t *testing.T) { evalEvents(t, "../testdata/dev36") }

// dev37 to dev40 were written unseen in session 11, scored once after every
// rule of its two improvement rounds (see their notes.md), then unsealed.
func TestEvalEventsDev37(t *testing.T) { evalEvents(t, "../testdata/dev37") }
func TestEvalEventsDev38(t *testing.T) { evalEvents(t, "../testdata/dev38") }
func TestEvalEventsDev39(t *testing.T) { evalEvents(t, "../testdata/dev39") }
func TestEvalEventsDev40(t *testing.T) { evalEvents(t, "../testdata/dev40") }

// dev41 to dev44 were written unseen in session 12, scored once after every
// rule of its improvement round (see their notes.md), then unsealed.
func TestEvalEventsDev41(t *testing.T) { evalEvents(t, "../testdata/dev41") }
func TestEvalEventsDev42(t *testing.T) { evalEvents(t, "../testdata/dev42") }
func TestEvalEventsDev43(t *testing.T) { evalEvents(t, "../testdata/dev43") }
func TestEvalEventsDev44(t *testing.T) { evalEvents(t, "../testdata/dev44") }

// dev45 to dev48 were written unseen in session 13, scored once after every
// rule of its improvement rounds (see their notes.md), then unsealed.
func TestEvalEventsDev45(t *testing.T) { evalEvents(t, "../testdata/dev45") }
func TestEvalEventsDev46(t *testing.T) { evalEvents(t, "../testdata/dev46") }
func TestEvalEventsDev47(t *testing.T) { evalEvents(t, "../testdata/dev47") }
func TestEvalEventsDev48(t *testing.T) { evalEvents(t, "../testdata/dev48") }

// dev49 to dev52 were written unseen in session 14, scored once after every
// rule of its improvement rounds (see their notes.md), then unsealed.
func TestEvalEventsDev49(t *testing.T) { evalEvents(t, "../testdata/dev49") }
func TestEvalEventsDev50(t *testing.T) { evalEvents(t, "../testdata/dev50") }
func TestEvalEventsDev51(t *testing.T) { evalEvents(t, "../testdata/dev51") }
func TestEvalEventsDev52(t *testing.T) { evalEvents(t, "../testdata/dev52") }

// dev53 to dev56 were written unseen in session 15 and first scored at its
// end, after every rule of it (see their notes.md); then unsealed.
func TestEvalEventsDev53(t *testing.T) { evalEvents(t, "../testdata/dev53") }
func TestEvalEventsDev54(t *testing.T) { evalEvents(t, "../testdata/dev54") }
func TestEvalEventsDev55(t *testing.T) { evalEvents(t, "../testdata/dev55") }
func TestEvalEventsDev56(t *testing.T) { evalEvents(t, "../testdata/dev56") }

// dev57 to dev60 were written unseen in session 16 and first scored at its
// end (see their notes.md); sealed until the next session reads them.
func TestEvalEventsDev57(t *testing.T)   { evalEvents(t, "../testdata/dev57") }
func TestEvalEventsDev58(t *testing.T)   { evalEvents(t, "../testdata/dev58") }
func TestEvalEventsDev59(t *testing.T)   { evalEvents(t, "../testdata/dev59") }
func TestEvalEventsDev60(t *testing.T)   { evalEvents(t, "../testdata/dev60") }
func TestEvalEventsHeldout(t *testing.T) { evalEvents(t, "../testdata/heldout") }

// ingestGold ingests the articles of a gold set through the real pipeline
// into a new store, failing the test on a bad article, and returns the
// store and the gold key of each stored article id.
func ingestGold(t *testing.T, dir string, g eventGold) (*store.DB, map[string]string) {
	t.Helper()
	ctx := context.Background()
	db, p := mustPipeline(t, "eval.db")
	var r ingest.Reader
	keyOfID := map[string]string{}
	var files []string
	keyOfFile := map[string]string{}
	for _, a := range g.Articles {
		files = append(files, filepath.Join(dir, a.File))
		keyOfFile[filepath.Join(dir, a.File)] = a.Key
	}
	err := p.Ingest(ctx, r.Items(ctx, files), func(res pipeline.Result) {
		if res.Item.Err != nil {
			t.Errorf("%v", res.Item.Err)
			return
		}
		keyOfID[res.Item.Article.ID] = keyOfFile[res.Item.Input]
	})
	if err != nil {
		t.Fatal(err)
	}
	return db, keyOfID
}

// storedAll reads every stored event and claim.
func storedAll(t *testing.T, db *store.DB) ([]reconcile.Event, []claims.Claim) {
	t.Helper()
	ctx := context.Background()
	evs, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := db.ClaimsOf(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return evs, cs
}

// eventArticles reads the stored events and, for each, the set of what
// name gives the articles of its claims (an article id to its gold key,
// its set, ...).
func eventArticles(t *testing.T, db *store.DB, name map[string]string) ([]reconcile.Event, map[string]map[string]bool) {
	t.Helper()
	evs, cs := storedAll(t, db)
	articleOf := make(map[string]string, len(cs))
	for _, c := range cs {
		articleOf[c.ID] = c.Article
	}
	arts := make(map[string]map[string]bool, len(evs))
	for _, ev := range evs {
		m := map[string]bool{}
		for _, id := range ev.Claims {
			m[name[articleOf[id]]] = true
		}
		arts[ev.ID] = m
	}
	return evs, arts
}

// logPairErrors lists the gold pairs no predicted event holds (with the gold
// events they come from) and the predicted pairs the gold does not hold.
func logPairErrors(t *testing.T, gold, pred map[pair]bool, goldArts map[string]map[string]bool) {
	t.Helper()
	var lines []string
	for p := range gold {
		if pred[p] {
			continue
		}
		var evs []string
		for ev, arts := range goldArts {
			if arts[p.a] && arts[p.b] {
				evs = append(evs, ev)
			}
		}
		sort.Strings(evs)
		lines = append(lines, "  missed pair "+p.a+" "+p.b+" "+strings.Join(evs, ","))
	}
	for p := range pred {
		if !gold[p] {
			lines = append(lines, "  extra pair "+p.a+" "+p.b)
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
}

// articleOutlets returns the outlet registry id of each stored article,
// by its gold key.
func articleOutlets(t *testing.T, db *store.DB, keyOfID map[string]string) map[string]string {
	t.Helper()
	arts, err := db.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string, len(arts))
	for _, a := range arts {
		out[keyOfID[a.ID]] = a.OutletID
	}
	return out
}
