package mlp

import (
	"testing"

	"gomlp.dev/internal/lang"
)

// TestVocabularies: every edition has every word, with the English one's
// fmt verbs in the same order.
func TestVocabularies(t *testing.T) {
	for _, p := range lang.CheckWords(vocabularies) {
		t.Error(p)
	}
}
