package plots

import (
	"testing"

	"gomlp.dev/internal/lang"
)

// TestVocabularies: every language has every word, and each word has the
// same fmt verbs in the same order in every language, so a figure shows
// the same numbers in both editions.
func TestVocabularies(t *testing.T) {
	for _, p := range lang.CheckWords(vocabularies) {
		t.Error(p)
	}
}
