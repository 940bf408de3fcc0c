package mlp

import (
	"fmt"
	"os"
)

// langEnv names the environment variable that chooses the language of the
// few words this package writes itself (Network.String, Confusion.String):
// "en" (English, also when unset or empty) or "es" (Spanish), as in the
// packages plots, check and lab. The Spanish notebooks set it in their first
// cell (%env GOMLP_LANG es). Error and panic messages stay in English, and
// so do the names of activations and losses ("sigmoid", "mse"): they are
// the names ActivationByName and LossByName take.
const langEnv = "GOMLP_LANG"

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
func words() *vocabulary {
	lang := os.Getenv(langEnv)
	if lang == "" {
		lang = "en"
	}
	v, ok := vocabularies[lang]
	if !ok {
		panic(fmt.Sprintf("mlp: %s is %q, want \"en\" or \"es\"", langEnv, lang))
	}
	return v
}
