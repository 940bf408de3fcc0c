package check

import "gomlp.dev/internal/lang"

// The language of what check prints is the one the environment variable
// GOMLP_LANG names (package internal/lang): "en" (also when unset) or "es".
// The Spanish notebooks set it in their first cell (%env GOMLP_LANG es), so
// that their code is the English notebooks' code token for token.

// vocabulary holds the format of every line a check prints and of every
// message a failing check stops with. Each language has the same fmt verbs
// in the same order, so a check prints the same numbers in every language.
type vocabulary struct {
	Summary     string // "✓ %d checks"
	ClosePass   string // name, got, want, |diff|
	CloseFail   string // name, got, want, |diff|, tol
	BadTol      string // name, tol
	EqualFail   string // name, got, want
	TrueFail    string // name
	NilMatrix   string // name, got, want (each "nil" or a shape)
	ShapeFail   string // name, got rows, cols, want rows, cols
	ElementFail string // name, i, j, got, want, |diff|, tol
	MatrixPass  string // name, rows, cols, max |diff|
	Nil         string // a nil matrix in a message
	Shape       string // "a %d×%d matrix"
	TypedNil    string // NoError on a typed-nil error: its type
}

var vocabularies = map[string]*vocabulary{
	"en": {
		Summary:     "✓ %d checks\n",
		ClosePass:   "✓ %s: %.6g (want %.6g, |diff| = %.2g)\n",
		CloseFail:   "check %s: got %v, want %v (|diff| = %.3g > tolerance %.3g)",
		BadTol:      "check %s: tolerance %v, want a finite tolerance ≥ 0",
		EqualFail:   "check %s: got %v, want %v",
		TrueFail:    "check %s: does not hold",
		NilMatrix:   "check %s: got %s, want %s: a nil matrix",
		ShapeFail:   "check %s: got a %d×%d matrix, want %d×%d",
		ElementFail: "check %s: element (%d,%d) is %v, want %v (|diff| = %.3g > tolerance %.3g)",
		MatrixPass:  "✓ %s: %d×%d, max |diff| = %.2g\n",
		Nil:         "nil",
		Shape:       "a %d×%d matrix",
		TypedNil:    "check: got a nil %T as a non-nil error (a function returned a typed nil pointer as its error: return a literal nil instead)",
	},
	"es": {
		Summary:     "✓ %d comprobaciones\n",
		ClosePass:   "✓ %s: %.6g (esperado %.6g, |dif.| = %.2g)\n",
		CloseFail:   "comprobación %s: da %v, se esperaba %v (|dif.| = %.3g > tolerancia %.3g)",
		BadTol:      "comprobación %s: tolerancia %v; hace falta una tolerancia finita ≥ 0",
		EqualFail:   "comprobación %s: da %v, se esperaba %v",
		TrueFail:    "comprobación %s: no se cumple",
		NilMatrix:   "comprobación %s: da %s, se esperaba %s: una matriz nula (nil)",
		ShapeFail:   "comprobación %s: da una matriz %d×%d, se esperaba %d×%d",
		ElementFail: "comprobación %s: el elemento (%d,%d) vale %v, se esperaba %v (|dif.| = %.3g > tolerancia %.3g)",
		MatrixPass:  "✓ %s: %d×%d, máx. |dif.| = %.2g\n",
		Nil:         "nil",
		Shape:       "una matriz %d×%d",
		TypedNil:    "check: un %T nulo llegó como error distinto de nil (una función devolvió como error un puntero nil con tipo: devuelva un nil literal)",
	},
}

// words returns the vocabulary of the language GOMLP_LANG names
// (internal/lang); any other value stops the notebook, naming it.
func words() *vocabulary { return vocabularies[lang.Current("check")] }
