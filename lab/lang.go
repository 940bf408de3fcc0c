package lab

import "gomlp.dev/internal/lang"

// summaryFormats holds Summary.Format's sentence per language: the median,
// the range's ends and the number of seeds, in that order in each.
var summaryFormats = map[string]string{
	"en": "median %s (range %s–%s over %d seeds)",
	"es": "mediana %s (rango %s–%s en %d semillas)",
}

// summaryFormat returns the sentence of the language the environment
// variable GOMLP_LANG names (internal/lang: "en", also when unset, or "es",
// which the Spanish notebooks set in their first cell); any other value
// panics naming it.
func summaryFormat() string { return summaryFormats[lang.Current("lab")] }
