// Package check holds the assertions the notebooks use: a computation by hand
// is compared with the library, the result is printed, and a mismatch stops
// the notebook with a panic, so a wrong result fails the notebook runner.
//
// Each function prints one line, "✓ name: …" when the check holds. Where the
// checks of a cell are not its point, Quiet makes the checks that follow count
// silently and Summary prints one line for all of them; a failing check still
// stops the notebook, naming itself.
//
// What a check prints, and the message it stops with, follow the
// environment variable GOMLP_LANG: "en" or unset for English, "es" for
// Spanish ("✓ 3 comprobaciones", "comprobación x: da 1.1, se esperaba 1").
// The Spanish notebooks set it in their first cell, so their code stays the
// English code token for token. Any other value panics, naming it.
package check

import (
	"fmt"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// quiet is set by Quiet; passed counts the checks that held since.
var (
	quiet  bool
	passed int
)

// Quiet makes the checks that follow print nothing when they hold; Summary
// prints how many held. A GoNB cell runs as its own program, so Quiet lasts
// until the end of the cell or the next Summary.
func Quiet() {
	quiet, passed = true, 0
}

// Summary prints "✓ N checks" for the checks that held since Quiet, and
// makes the checks that follow print again.
func Summary() {
	fmt.Printf(words().Summary, passed)
	quiet, passed = false, 0
}

// pass reports a check that held: one line, or a count under Quiet.
func pass(format string, args ...any) {
	if quiet {
		passed++
		return
	}
	fmt.Printf(format, args...)
}

// Close checks that |got − want| ≤ tol·max(1, |want|): an absolute tolerance
// for values near zero, a relative one for large values. NaN never passes;
// ±Inf passes only against the same infinity. The tolerance must be a finite
// number ≥ 0: a NaN, negative or infinite tol fails the check.
func Close(name string, got, want, tol float64) {
	checkTol(name, tol)
	diff := math.Abs(got - want)
	if !validate.Close(got, want, tol) {
		panic(fmt.Sprintf(words().CloseFail, name, got, want, diff, tol))
	}
	pass(words().ClosePass, name, got, want, diff)
}

// checkTol stops the notebook unless tol is a finite number ≥ 0.
func checkTol(name string, tol float64) {
	if !validate.Tol(tol) {
		panic(fmt.Sprintf(words().BadTol, name, tol))
	}
}

// Equal checks that got == want exactly (numbers, strings, booleans).
func Equal[T comparable](name string, got, want T) {
	if got != want {
		panic(fmt.Sprintf(words().EqualFail, name, got, want))
	}
	pass("✓ %s: %v\n", name, got)
}

// True checks a condition, described by name.
func True(name string, ok bool) {
	if !ok {
		panic(fmt.Sprintf(words().TrueFail, name))
	}
	pass("✓ %s\n", name)
}

// Matrices checks that two matrices have the same shape and that every
// element differs by at most tol·max(1, |want|) (as Close: NaN never passes,
// nor a NaN, negative or infinite tol). A nil matrix fails the check.
func Matrices(name string, got, want mat.Matrix, tol float64) {
	checkTol(name, tol)
	if validate.Nil(got) || validate.Nil(want) {
		panic(fmt.Sprintf(words().NilMatrix, name, describe(got), describe(want)))
	}
	gr, gc := got.Dims()
	wr, wc := want.Dims()
	if gr != wr || gc != wc {
		panic(fmt.Sprintf(words().ShapeFail, name, gr, gc, wr, wc))
	}
	worst := 0.0
	for i := range wr {
		for j := range wc {
			g, w := got.At(i, j), want.At(i, j)
			diff := math.Abs(g - w)
			if !validate.Close(g, w, tol) {
				panic(fmt.Sprintf(words().ElementFail, name, i, j, g, w, diff, tol))
			}
			worst = math.Max(worst, diff)
		}
	}
	pass(words().MatrixPass, name, wr, wc, worst)
}

// describe names a matrix for a failed check: "nil" or its shape.
func describe(m mat.Matrix) string {
	if validate.Nil(m) {
		return words().Nil
	}
	r, c := m.Dims()
	return fmt.Sprintf(words().Shape, r, c)
}

// NoError stops the notebook with the error if there is one. A typed nil
// (a nil pointer returned as an error: an interface that is not nil, so that
// `err != nil` holds) stops it too, with a message that says so, rather
// than with a crash while printing the error.
func NoError(err error) {
	if err == nil {
		return
	}
	if validate.Nil(err) {
		panic(fmt.Sprintf(words().TypedNil, err))
	}
	panic(err)
}

// Must returns v, or stops the notebook with err: it shortens the
// `v, err := f(); if err != nil { panic(err) }` of a notebook cell to
// `v := check.Must(f())`. Only what a correct program can meet returns an
// error (training that diverges, a file: net.Train, data.LoadMNIST,
// mlp.LoadFile); a mistake in the call itself panics in the library.
func Must[T any](v T, err error) T {
	NoError(err)
	return v
}
