package plots

import (
	"reflect"
	"regexp"
	"slices"
	"testing"
)

// verbRE matches a fmt verb such as %d or %.3g.
var verbRE = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?(\d+|\*)?(\.(\d+|\*)?)?[a-zA-Z%]`)

// TestVocabularies: every language has every word, and each word has the
// same fmt verbs in the same order in every language, so a figure shows
// the same numbers in both editions.
func TestVocabularies(t *testing.T) {
	en := reflect.ValueOf(*vocabularies["en"])
	for lang, v := range vocabularies {
		rv := reflect.ValueOf(*v)
		for i := range rv.NumField() {
			name := rv.Type().Field(i).Name
			got, want := rv.Field(i).String(), en.Field(i).String()
			if got == "" {
				t.Errorf("%s: %s has no word", lang, name)
			}
			if g, w := verbRE.FindAllString(got, -1), verbRE.FindAllString(want, -1); !slices.Equal(g, w) {
				t.Errorf("%s: %s is %q with verbs %q, English %q has %q", lang, name, got, g, want, w)
			}
		}
	}
}
