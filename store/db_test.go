package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// MustOpenDB opens a new database in a temporary directory and closes it
// when the test ends.
func MustOpenDB(tb testing.TB) *DB {
	tb.Helper()
	return MustOpenDBAt(tb, filepath.Join(tb.TempDir(), "riwaya.db"))
}

// MustOpenDBAt opens the database at path and closes it when the test ends.
func MustOpenDBAt(tb testing.TB, path string) *DB {
	tb.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

// rawDB opens path with the driver directly, bypassing Open.
func rawDB(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	w, _ := dsns(path)
	raw, err := sql.Open("sqlite3", w)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { raw.Close() })
	return raw
}

// arabic is a paragraph with diacritics (harakat, shadda, tanwin), a
// tatweel, a zero-width non-joiner, Arabic-Indic digits and a CRLF, all of
// which must come back byte for byte.
const arabic = "قالَ المرصدُ السوريُّ لحقوقِ الإنسانِ إنَّ ١٢ مدنيّاً قُتِلوا في غارةٍ جويّةٍ على ريفِ ديرِ الزُّورِ الشـرقيّ،\u200c بحسبِ مصادرَ أهليّة.\r\n"

// testArticle returns the i-th article of a deterministic family named
// prefix: 1 + i%10 claims, the j-th of which has (i+j)%3 figures. Writers in
// other processes save the same articles, so that a reader can tell whether
// an article is whole (see wantCounts).
func testArticle(prefix string, i int) (claims.Article, []claims.Claim) {
	id := fmt.Sprintf("%s-%05d", prefix, i)
	n := 1 + i%10
	var text strings.Builder
	var cs []claims.Claim
	sources := []claims.Source{
		{ID: "sohr", Name: "Syrian Observatory for Human Rights", NameAr: "المرصد السوري لحقوق الإنسان", Kind: "monitor"},
		{ID: "sana", Name: "SANA", NameAr: "سانا", Kind: "state_media"},
		{ID: "local_sources", Name: "local sources", NameAr: "مصادر أهلية", Kind: "anonymous", Anonymous: true},
	}
	for j := range n {
		start := text.Len()
		fmt.Fprintf(&text, "[%d/%d] ", i, j)
		text.WriteString(arabic)
		end := text.Len()
		date := fmt.Sprintf("2019-01-%02d", 1+(i+j)%28)
		c := claims.Claim{
			ID:        fmt.Sprintf("%s#%d", id, j),
			Article:   id,
			Start:     start,
			End:       end,
			Text:      text.String()[start:end],
			Source:    sources[(i+j)%len(sources)],
			Stance:    claims.StanceAsserts,
			EventType: claims.EventAirstrike,
			Places:    []string{"deir_ez_zor"},
			Date:      &date,
			Rules:     []string{"frame.qala"},
		}
		for k := range (i + j) % 3 {
			f := claims.Figure{
				Outcome:   claims.OutcomeKilled,
				Group:     "civilians",
				Low:       10 + k,
				Qualifier: claims.QualAtLeast,
				Span:      claims.Span{Start: start, End: start + 1},
			}
			if k%2 == 0 {
				high := 12 + k
				f.High, f.Qualifier = &high, claims.QualRange
			}
			c.Figures = append(c.Figures, f)
		}
		cs = append(cs, c)
	}
	a := claims.Article{ID: id, Text: text.String(), Outlet: "SY24", OutletID: "sy24", Published: "2019-01-12"}
	return a, cs
}

// wantCounts returns how many claims and figures testArticle(_, i) has.
func wantCounts(i int) (nClaims, nFigures int) {
	nClaims = 1 + i%10
	for j := range nClaims {
		nFigures += (i + j) % 3
	}
	return nClaims, nFigures
}

func TestOpen_Migrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "riwaya.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if db.applied != len(ms) {
		t.Errorf("first open applied %d migrations, want %d", db.applied, len(ms))
	}
	if len(ms) != SchemaVersion {
		t.Errorf("%d migrations, SchemaVersion %d", len(ms), SchemaVersion)
	}
	if v, err := db.Version(ctx); err != nil || v != SchemaVersion {
		t.Errorf("Version = %d, %v; want %d", v, err, SchemaVersion)
	}
	var stamps []string
	rows, err := db.ro.QueryContext(ctx, `SELECT applied_at FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		stamps = append(stamps, s)
	}
	rows.Close()
	if len(stamps) != len(ms) {
		t.Fatalf("schema_migrations has %d rows, want %d", len(stamps), len(ms))
	}
	a, cs := testArticle("m", 1)
	if _, err := db.SaveArticle(ctx, a, cs); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// Re-opening applies nothing and keeps the data.
	db = MustOpenDBAt(t, path)
	if db.applied != 0 {
		t.Errorf("re-open applied %d migrations, want 0", db.applied)
	}
	var again []string
	rows, err = db.ro.QueryContext(ctx, `SELECT applied_at FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		again = append(again, s)
	}
	rows.Close()
	if strings.Join(again, ",") != strings.Join(stamps, ",") {
		t.Errorf("schema_migrations changed on re-open: %v, then %v", stamps, again)
	}
	if ok, err := db.HasArticle(ctx, a.ID); err != nil || !ok {
		t.Errorf("HasArticle after re-open = %v, %v", ok, err)
	}
	for _, pragma := range []struct{ name, want string }{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"synchronous", "1"}, // NORMAL
		{"busy_timeout", "10000"},
	} {
		var got string
		if err := db.rw.QueryRowContext(ctx, "PRAGMA "+pragma.name).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != pragma.want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma.name, got, pragma.want)
		}
	}
}

func TestOpen_NewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "riwaya.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	known := db.applied
	db.Close()

	raw := rawDB(t, path)
	if _, err := raw.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, 'later')`, known+2); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err = Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("Open of a newer database succeeded")
	}
	if !errors.Is(err, ErrNewerSchema) {
		t.Errorf("error %v is not ErrNewerSchema", err)
	}
	want := fmt.Sprintf("%s was written by a newer riwaya (schema %d, this build knows %d); upgrade riwaya", path, known+2, known)
	if err.Error() != want {
		t.Errorf("error = %q\nwant    %q", err, want)
	}
}

func TestOpen_Memory(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDBAt(t, ":memory:")
	a, cs := testArticle("mem", 3)
	if created, err := db.SaveArticle(ctx, a, cs); err != nil || !created {
		t.Fatalf("SaveArticle = %v, %v", created, err)
	}
	got, err := db.ClaimsOf(ctx, ClaimFilter{Article: a.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(cs) {
		t.Errorf("%d claims, want %d", len(got), len(cs))
	}
}

func TestOpen_Paths(t *testing.T) {
	// Characters that mean something in a URI must stay part of the path.
	for _, name := range []string{"plain", "with space", "a?b", "c#d", "e%20f", "عربي"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), name)
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "riwaya.db")
			db := MustOpenDBAt(t, path)
			a, cs := testArticle("p", 1)
			if _, err := db.SaveArticle(context.Background(), a, cs); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("database not at %s: %v", path, err)
			}
		})
	}
}

func TestOpen_EmptyPath(t *testing.T) {
	if _, err := Open(context.Background(), ""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	if s, err := db.Stats(ctx); err != nil || s != (Stats{}) {
		t.Fatalf("Stats of an empty database = %+v, %v", s, err)
	}
	want := Stats{Sources: 3}
	for i := range 5 {
		a, cs := testArticle("s", i)
		if _, err := db.SaveArticle(ctx, a, cs); err != nil {
			t.Fatal(err)
		}
		c, f := wantCounts(i)
		want.Articles, want.Claims, want.Figures = want.Articles+1, want.Claims+c, want.Figures+f
	}
	if s, err := db.Stats(ctx); err != nil || s != want {
		t.Errorf("Stats = %+v, %v; want %+v", s, err, want)
	}
}

// TestMeta: facts about the store read back as set, "" when unset, and a
// second SetMeta replaces the first.
func TestMeta(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	if v, err := db.Meta(ctx, "reconcile_rules"); err != nil || v != "" {
		t.Fatalf("Meta of an unset key = %q, %v; want \"\", nil", v, err)
	}
	for _, want := range []string{"v1", "v2"} {
		if err := db.SetMeta(ctx, "reconcile_rules", want); err != nil {
			t.Fatal(err)
		}
		if v, err := db.Meta(ctx, "reconcile_rules"); err != nil || v != want {
			t.Errorf("Meta = %q, %v; want %q", v, err, want)
		}
	}
}
