package plots

import "gomlp.dev/internal/lang"

// The language of the words plots writes on a figure by itself is the one
// the environment variable GOMLP_LANG names (package internal/lang): "en"
// (English, also when it is unset or empty) or "es" (Spanish). The Spanish
// notebooks set it in their first cell (%env GOMLP_LANG es), so that their
// code is the English notebooks' code token for token.

// vocabulary is every word plots writes itself; a %d stands for a number,
// in the same place in every language. Words the caller passes (titles,
// axis labels, series and class names) are drawn as given; error messages
// stay in English. A logarithmic axis's "(log)" is the same in both
// languages (log is the function's name in Spanish too), so it is not here.
type vocabulary struct {
	Epoch       string // x label of GradientNorms
	HiddenLayer string // GradientNorms's series: "hidden layer %d"
	Loss        string // LossSurface's colour bar
	Path        string // an unnamed path of LossSurface's legend: "path %d"
	Class       string // a class of Scatter, DecisionRegions, … without names: "class %d"
	Data        string // Regression's legend: "data (N = %d)"
	MeanSD      string // Spread's legend: "mean ± 1 sd"
	Unit        string // WeightImages's captions: "unit %d"
	UnitScale   string // WeightImages's colour bar
	Input       string // NetworkDiagram's layer names: "input (%d)"
	Hidden      string // "hidden %d (%d)": layer, units
	Output      string // "output (%d)"
	Done        string // the button that ends Sliders
}

// vocabularies holds each language's words. The Spanish ones are the
// lecture's terms (pérdida, época, capa oculta, …).
var vocabularies = map[string]*vocabulary{
	"en": {
		Epoch:       "epoch",
		HiddenLayer: "hidden layer %d",
		Loss:        "loss",
		Path:        "path %d",
		Class:       "class %d",
		Data:        "data (N = %d)",
		MeanSD:      "mean ± 1 sd",
		Unit:        "unit %d",
		UnitScale:   "w / max |w| of the unit",
		Input:       "input (%d)",
		Hidden:      "hidden %d (%d)",
		Output:      "output (%d)",
		Done:        "Done",
	},
	"es": {
		Epoch:       "época",
		HiddenLayer: "capa oculta %d",
		Loss:        "pérdida",
		Path:        "trayectoria %d",
		Class:       "clase %d",
		Data:        "datos (N = %d)",
		MeanSD:      "media ± 1 DE", // DE: desviación estándar
		Unit:        "unidad %d",
		UnitScale:   "w / máx |w| de la unidad",
		Input:       "entrada (%d)",
		Hidden:      "oculta %d (%d)",
		Output:      "salida (%d)",
		Done:        "Listo",
	},
}

// words returns the vocabulary of the language GOMLP_LANG names
// (internal/lang: any other value panics naming it, rather than drawing
// figures in a language nobody chose).
func words() *vocabulary { return vocabularies[lang.Current("plots")] }
