package mlp

import (
	"reflect"
	"slices"
	"testing"

	"gomlp.dev/internal/lang"
)

// TestVocabularies: every edition has every word, with the English one's
// fmt verbs in the same order.
func TestVocabularies(t *testing.T) {
	en := reflect.ValueOf(*vocabularies["en"])
	for _, l := range lang.Editions {
		v, ok := vocabularies[l]
		if !ok {
			t.Fatalf("no vocabulary for %q", l)
		}
		rv := reflect.ValueOf(*v)
		for i := range rv.NumField() {
			got, want := rv.Field(i).String(), en.Field(i).String()
			if got == "" || !slices.Equal(lang.Verbs(got), lang.Verbs(want)) {
				t.Errorf("%s: %s is %q, English %q", l, rv.Type().Field(i).Name, got, want)
			}
		}
	}
}
