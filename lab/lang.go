package lab

import (
	"fmt"
	"os"
)

// langEnv names the environment variable that chooses the language of the
// words lab writes itself (Summary.Format): "en" (English, also when unset
// or empty) or "es" (Spanish), as in packages plots and check. The Spanish
// notebooks set it in their first cell (%env GOMLP_LANG es).
const langEnv = "GOMLP_LANG"

// summaryFormats holds Summary.Format's sentence per language: the median,
// the range's ends and the number of seeds, in that order in each.
var summaryFormats = map[string]string{
	"en": "median %s (range %s–%s over %d seeds)",
	"es": "mediana %s (rango %s–%s en %d semillas)",
}

// summaryFormat returns the sentence of the language GOMLP_LANG names; any
// other value panics naming it.
func summaryFormat() string {
	lang := os.Getenv(langEnv)
	if lang == "" {
		lang = "en"
	}
	f, ok := summaryFormats[lang]
	if !ok {
		panic(fmt.Sprintf("lab: %s is %q, want \"en\" or \"es\"", langEnv, lang))
	}
	return f
}
