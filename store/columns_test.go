package store

import (
	"database/sql"
	"encoding/json"
	"reflect"
	"testing"
)

// TestDecodeJSON_Strings: lists of strings decode as json.Unmarshal
// decodes them, through the fast path (plainStrings) or not.
func TestDecodeJSON_Strings(t *testing.T) {
	for _, tt := range []struct {
		in   string
		fast bool
	}{
		{`[]`, true},
		{`["deir_ez_zor"]`, true},
		{`["mayadin","deir_ez_zor","syria"]`, true},
		{`["frame.qala","date:published",""]`, true},
		{`["دير الزور","ريف حلب"]`, true},
		{`["a,b","c"]`, true},
		{`null`, false},
		{`[ "a" ]`, false},
		{`["a", "b"]`, false},
		{`["say \"no\"","b"]`, false},
		{`["\u003cb\u003e"]`, false},
		{`["a\nb"]`, false},
		{"[\"\xff\"]", false},
		{`["a",]`, false},
		{`["a"`, false},
		{`[1,2]`, false},
	} {
		t.Run(tt.in, func(t *testing.T) {
			_, fast := plainStrings(tt.in)
			if fast != tt.fast {
				t.Errorf("plainStrings(%s) ok = %v, want %v", tt.in, fast, tt.fast)
			}
			var want []string
			wantErr := json.Unmarshal([]byte(tt.in), &want)
			var got []string
			gotErr := decodeJSON("c", sql.NullString{String: tt.in, Valid: true}, &got)
			if (gotErr != nil) != (wantErr != nil) || !reflect.DeepEqual(got, want) {
				t.Errorf("decodeJSON(%s) = %#v, %v; json.Unmarshal gives %#v, %v", tt.in, got, gotErr, want, wantErr)
			}
		})
	}
}

// TestDecodeJSON_StringsRoundTrip: whatever jsonList writes reads back
// unchanged, nil and empty lists apart.
func TestDecodeJSON_StringsRoundTrip(t *testing.T) {
	for _, in := range [][]string{nil, {}, {""}, {"x"}, {"a", "b<c", `q"d`, "e\\f", "\t", "قصف", "\u2028"}} {
		enc, err := jsonList(in)
		if err != nil {
			t.Fatal(err)
		}
		var ns sql.NullString
		if enc != nil {
			ns = sql.NullString{String: enc.(string), Valid: true}
		}
		var got []string
		if err := decodeJSON("c", ns, &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, in) {
			t.Errorf("%#v read back as %#v", in, got)
		}
	}
}
