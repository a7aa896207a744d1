package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

func BenchmarkSaveArticle(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		// Article 9 of every family has ten claims, with nine figures.
		a, cs := testArticle(fmt.Sprintf("b%d", i), 9)
		if created, err := db.SaveArticle(ctx, a, cs); err != nil || !created {
			b.Fatal(created, err)
		}
	}
}

// BenchmarkSaveArticles saves batches of 256 articles of ten claims in one
// transaction each, as the pipeline does; ns/article is the cost of one.
func BenchmarkSaveArticles(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	const batch = 256
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		arts := make([]ArticleClaims, batch)
		for j := range arts {
			a, cs := testArticle(fmt.Sprintf("b%d-%d", i, j), 9)
			arts[j] = ArticleClaims{a, cs}
		}
		b.StartTimer()
		if _, err := db.SaveArticles(ctx, arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*batch), "ns/article")
}

// mustSeedEvents fills db with 1000 articles of ten claims and 2500
// events of four claims, two discrepancies and two estimates each: seven
// events a day over a year, at one of five places. It returns the events.
func mustSeedEvents(b *testing.B, db *DB) []reconcile.Event {
	const nArticles, nEvents = 1000, 2500
	ctx := context.Background()
	places := []string{"deir_ez_zor", "idlib", "aleppo", "homs", "daraa"}
	dateOf := func(e int) string {
		return time.Date(2019, 1, 1+e*365/nEvents, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	}
	var ids []string
	for i := range nArticles {
		a, cs := testArticle("e", 9+10*i) // 9+10i has ten claims
		for j := range cs {
			e := len(ids) / 4 // the event this claim will be in
			date := dateOf(e)
			cs[j].Date, cs[j].Places = &date, []string{places[e%len(places)]}
			ids = append(ids, cs[j].ID)
		}
		if _, err := db.SaveArticle(ctx, a, cs); err != nil {
			b.Fatal(err)
		}
	}
	put := make([]reconcile.Event, nEvents)
	for e := range put {
		members := ids[4*e : 4*e+4]
		date := dateOf(e)
		put[e] = reconcile.Event{
			ID: fmt.Sprintf("ev%05d", e), EventType: claims.EventAirstrike, Date: &date,
			Places: []string{places[e%len(places)]}, Claims: members, Grade: reconcile.GradeFair,
			Estimates: map[string]reconcile.Estimate{
				"killed":  {Low: 10, Best: 12, High: ip(15), Sources: []string{"sana", "sohr"}},
				"wounded": {Low: 3, Best: 3, Sources: []string{"sohr"}},
			},
			Discrepancies: []reconcile.Discrepancy{
				{Kind: "casualties", Field: "killed", Claims: members[:2], Sources: []string{"sana", "sohr"},
					Values: []string{"10", "15"}, Summary: "SANA says 10; SOHR says 15."},
				{Kind: "gap", Field: "actor", Claims: members[2:], Sources: []string{"sohr", "sana"},
					Values: []string{"us", "unknown"}, Summary: "SOHR names the US; SANA does not know."},
			},
		}
	}
	if err := db.ReplaceEvents(ctx, nil, put); err != nil {
		b.Fatal(err)
	}
	return put
}

func BenchmarkEvent(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	put := mustSeedEvents(b, db)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		e, err := db.Event(ctx, put[(i*7919)%len(put)].ID)
		if err != nil {
			b.Fatal(err)
		}
		if len(e.Discrepancies) != 2 || len(e.Claims) != 4 {
			b.Fatalf("event %s: %d discrepancies, %d claims", e.ID, len(e.Discrepancies), len(e.Claims))
		}
	}
}

func BenchmarkCandidateEvents(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	mustSeedEvents(b, db)
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		// A claim's block: the day before to the day after, and its places.
		day := time.Date(2019, 1, 1+(i*37)%365, 0, 0, 0, 0, time.UTC)
		from, to := day.AddDate(0, 0, -1).Format(time.DateOnly), day.AddDate(0, 0, 1).Format(time.DateOnly)
		es, err := db.CandidateEvents(ctx, from, to, []string{"idlib", "syria"})
		if err != nil {
			b.Fatal(err)
		}
		n += len(es)
	}
	b.ReportMetric(float64(n)/float64(b.N), "events/op")
}
