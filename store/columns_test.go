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

// TestJSONList_Strings: lists of strings encode as json.Marshal encodes
// them, through the fast path (plainList) or not.
func TestJSONList_Strings(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		fast bool
	}{
		{[]string{}, true},
		{[]string{""}, true},
		{[]string{"deir_ez_zor", "syria"}, true},
		{[]string{"frame.qala", "date:published", "a,b", "x y"}, true},
		{[]string{"دير الزور"}, true},
		{[]string{`say "no"`}, false},
		{[]string{`back\slash`}, false},
		{[]string{"a<b"}, false},
		{[]string{"a>b"}, false},
		{[]string{"a&b"}, false},
		{[]string{"tab\there"}, false},
		{[]string{"line\u2028sep"}, false},
		{[]string{"para\u2029sep"}, false},
		{[]string{"ok", "\xff"}, false},
	} {
		_, fast := plainList(tt.in)
		if fast != tt.fast {
			t.Errorf("plainList(%q) ok = %v, want %v", tt.in, fast, tt.fast)
		}
		want, err := json.Marshal(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		got, err := jsonList(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("jsonList(%q) = %s, json.Marshal gives %s", tt.in, got, want)
		}
	}
}
