package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// filler sets every field of a value to something non-zero and distinct,
// so that a field the store forgets to keep shows up as a difference.
type filler struct{ n int }

func (f *filler) fill(v reflect.Value) {
	f.n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("v%d", f.n))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(f.n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		f.fill(p.Elem())
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			f.fill(s.Index(i))
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			f.fill(k)
			f.fill(e)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				f.fill(v.Field(i))
			}
		}
	default:
		panic(fmt.Sprintf("filler: cannot fill a %s", v.Type()))
	}
}

// TestRoundTrip_EveryField fills every field of Article, Claim, Figure,
// Event, Discrepancy (and whatever they hold) by reflection, so that a field
// added to package claims or reconcile and not stored here fails this test.
func TestRoundTrip_EveryField(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	f := &filler{}

	var a claims.Article
	f.fill(reflect.ValueOf(&a).Elem())
	a.Text = "قالَ مصدرٌ: " + a.Text
	cs := make([]claims.Claim, 3)
	for i := range cs {
		c := &cs[i]
		f.fill(reflect.ValueOf(c).Elem())
		c.Article = a.ID
		c.Start, c.End = i, len(a.Text)-i
		c.Event = nil // written by ReplaceEvents
		for j := range c.Figures {
			*c.Figures[j].High = c.Figures[j].Low + 1
		}
	}
	if _, err := db.SaveArticle(ctx, a, cs); err != nil {
		t.Fatal(err)
	}

	var e reconcile.Event
	f.fill(reflect.ValueOf(&e).Elem())
	e.Claims = []string{cs[2].ID, cs[0].ID}
	if err := db.ReplaceEvents(ctx, nil, []reconcile.Event{e}); err != nil {
		t.Fatal(err)
	}

	gotA, err := db.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, gotA); diff != "" {
		t.Errorf("Article (-want +got):\n%s", diff)
	}
	cs[0].Event, cs[2].Event = &e.ID, &e.ID
	gotCs, err := db.ClaimsOf(ctx, ClaimFilter{Article: a.ID})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(cs, gotCs); diff != "" {
		t.Errorf("Claims (-want +got):\n%s", diff)
	}
	gotE, err := db.Event(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(e, gotE); diff != "" {
		t.Errorf("Event (-want +got):\n%s", diff)
	}
}
