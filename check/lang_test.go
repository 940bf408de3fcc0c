package check

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"gomlp.dev/internal/lang"
	"gonum.org/v1/gonum/mat"
)

// TestMain runs the tests in English whatever the caller's environment: the
// English messages are the English notebooks' outputs.
func TestMain(m *testing.M) {
	os.Unsetenv(lang.Env)
	os.Exit(m.Run())
}

// TestVocabularies: every language has every line, with the fmt verbs of
// the English one in the same order (so the same numbers in the same
// order), and a printed line starts with "✓" and ends its line in every
// language.
func TestVocabularies(t *testing.T) {
	for _, p := range lang.CheckWords(vocabularies) {
		t.Error(p)
	}
	en := reflect.ValueOf(*vocabularies["en"])
	for l, v := range vocabularies {
		rv := reflect.ValueOf(*v)
		for i := range rv.NumField() {
			got, want := rv.Field(i).String(), en.Field(i).String()
			if strings.HasPrefix(want, "✓") != strings.HasPrefix(got, "✓") ||
				strings.HasSuffix(want, "\n") != strings.HasSuffix(got, "\n") {
				t.Errorf("%s: %s is %q, want it to start with ✓ and end a line as %q does",
					l, rv.Type().Field(i).Name, got, want)
			}
		}
	}
}

// TestSpanish: under GOMLP_LANG=es a failing check stops with a Spanish
// message carrying the same numbers as the English one.
func TestSpanish(t *testing.T) {
	t.Setenv(lang.Env, "es")
	a := mat.NewDense(1, 2, []float64{1, 2})
	cases := []struct {
		name string
		f    func()
		want string
	}{
		{"close", func() { Close("x", 1.1, 1, 1e-6) }, "comprobación x: da 1.1, se esperaba 1 (|dif.| = 0.1 > tolerancia 1e-06)"},
		{"tolerance", func() { Close("x", 1, 1, -1) }, "comprobación x: tolerancia -1; hace falta una tolerancia finita ≥ 0"},
		{"equal", func() { Equal("s", "a", "b") }, "comprobación s: da a, se esperaba b"},
		{"true", func() { True("converge", false) }, "comprobación converge: no se cumple"},
		{"shape", func() { Matrices("m", a, mat.NewDense(2, 1, nil), 0) }, "comprobación m: da una matriz 1×2, se esperaba 2×1"},
		{"nil", func() { Matrices("m", nil, a, 0) }, "comprobación m: da nil, se esperaba una matriz 1×2: una matriz nula (nil)"},
		{"element", func() { Matrices("m", a, mat.NewDense(1, 2, []float64{1, 3}), 1e-9) },
			"comprobación m: el elemento (0,1) vale 2, se esperaba 3 (|dif.| = 1 > tolerancia 1e-09)"},
		{"typed nil", func() { NoError(mayFail()) },
			"check: un *check.nilPointerError nulo llegó como error distinto de nil (una función devolvió como error un puntero nil con tipo: devuelva un nil literal)"},
	}
	for _, c := range cases {
		if got := panics(c.f); got != c.want {
			t.Errorf("%s: panic %q, want %q", c.name, got, c.want)
		}
	}
}

// TestUnknownLanguage: a language the course does not have stops the check
// with a message naming the variable and its value.
func TestUnknownLanguage(t *testing.T) {
	t.Setenv(lang.Env, "fr")
	want := `check: GOMLP_LANG is "fr", want "en" or "es"`
	if got := panics(func() { Close("x", 1, 1, 0) }); got != want {
		t.Errorf("panic %q, want %q", got, want)
	}
}
