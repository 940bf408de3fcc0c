package mlp

import "gomlp.dev/internal/lang"

// The environment variable GOMLP_LANG (package internal/lang) chooses the
// language of the few words this package writes itself (Network.String,
// Confusion.String): "en" (English, also when unset or empty) or "es"
// (Spanish), as in the packages plots, check and lab. The Spanish
// notebooks set it in their first cell (%env GOMLP_LANG es). Error and
// panic messages stay in English, and so do the names of activations and
// losses ("sigmoid", "mse"): they are the names ActivationByName and
// LossByName take.

// vocabulary is the words of one language; a verb stands for a value, in
// the same place in every language.
type vocabulary struct {
	LossParams string // Network.String's tail: "loss %s, %d parameters"
	Confusion  string // Confusion.String's corner: "true \ predicted"
}

var vocabularies = map[string]*vocabulary{
	"en": {LossParams: ", loss %s, %d parameters", Confusion: `true \ predicted`},
	"es": {LossParams: ", pérdida %s, %d parámetros", Confusion: `real \ predicha`},
}

// words returns the vocabulary of the language GOMLP_LANG names; any other
// value panics naming it.
func words() *vocabulary { return vocabularies[lang.Current("mlp")] }
