package plots

import (
	"reflect"
	"slices"
	"testing"

	"gomlp.dev/internal/lang"
)

// TestVocabularies: every language has every word, and each word has the
// same fmt verbs in the same order in every language, so a figure shows
// the same numbers in both editions.
func TestVocabularies(t *testing.T) {
	en := reflect.ValueOf(*vocabularies["en"])
	for l, v := range vocabularies {
		rv := reflect.ValueOf(*v)
		for i := range rv.NumField() {
			name := rv.Type().Field(i).Name
			got, want := rv.Field(i).String(), en.Field(i).String()
			if got == "" {
				t.Errorf("%s: %s has no word", l, name)
			}
			if g, w := lang.Verbs(got), lang.Verbs(want); !slices.Equal(g, w) {
				t.Errorf("%s: %s is %q with verbs %q, English %q has %q", l, name, got, g, want, w)
			}
		}
	}
}
