package check

import (
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// panics runs f and returns its panic message, or "" if it did not panic.
func panics(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(toString(r), "\n", " "), "  ", " "))
		}
	}()
	f()
	return ""
}

func toString(r any) string {
	if err, ok := r.(error); ok {
		return err.Error()
	}
	s, _ := r.(string)
	return s
}

func TestChecks(t *testing.T) {
	a := mat.NewDense(1, 2, []float64{1, 2})
	cases := []struct {
		name string
		f    func()
		want string // "" when the check holds
	}{
		{"close holds", func() { Close("x", 1.0000001, 1, 1e-6) }, ""},
		{"close relative", func() { Close("x", 1e6+0.5, 1e6, 1e-6) }, ""},
		{"close fails", func() { Close("x", 1.1, 1, 1e-6) }, "check x: got 1.1, want 1"},
		{"close NaN", func() { Close("x", 0, nan(), 1) }, "check x: got 0, want NaN"},
		{"equal holds", func() { Equal("n", 3, 3) }, ""},
		{"equal fails", func() { Equal("s", "a", "b") }, "check s: got a, want b"},
		{"true fails", func() { True("converged", false) }, "check converged: does not hold"},
		{"matrices hold", func() { Matrices("m", a, a, 0) }, ""},
		{"matrices shape", func() { Matrices("m", a, mat.NewDense(2, 1, nil), 0) }, "got a 1×2 matrix, want 2×1"},
		{"matrices element", func() { Matrices("m", a, mat.NewDense(1, 2, []float64{1, 3}), 1e-9) }, "element (0,1) is 2, want 3"},
		{"must", func() { Must(0, errors.New("boom")) }, "boom"},
		// Issue 9, item 10: no check passes with a NaN, negative or infinite
		// tolerance, or on infinities of opposite sign; nil matrices fail with
		// a check message.
		{"close NaN tolerance", func() { Close("x", 1, 100, nan()) }, "check x: tolerance NaN, want a finite tolerance ≥ 0"},
		{"close negative tolerance", func() { Close("x", 1, 1, -1) }, "check x: tolerance -1"},
		{"close infinite tolerance", func() { Close("x", 1, 100, math.Inf(1)) }, "check x: tolerance +Inf"},
		{"close +Inf against −Inf", func() { Close("x", math.Inf(1), math.Inf(-1), 1) }, "check x: got +Inf, want -Inf"},
		{"close 5 against +Inf", func() { Close("x", 5, math.Inf(1), 1) }, "check x: got 5, want +Inf"},
		{"close +Inf against itself", func() { Close("x", math.Inf(1), math.Inf(1), 0) }, ""},
		{"matrices NaN tolerance", func() { Matrices("m", a, mat.NewDense(1, 2, []float64{5, 9}), nan()) }, "check m: tolerance NaN"},
		{"matrices negative tolerance", func() { Matrices("m", a, a, -1e-9) }, "check m: tolerance -1e-09"},
		{"matrices nil got", func() { Matrices("m", nil, a, 0) }, "check m: got nil, want a 1×2 matrix: a nil matrix"},
		{"matrices typed-nil want", func() { var none *mat.Dense; Matrices("m", a, none, 0) }, "check m: got a 1×2 matrix, want nil"},
		{"matrices Inf element", func() {
			Matrices("m", mat.NewDense(1, 1, []float64{math.Inf(1)}), mat.NewDense(1, 1, []float64{3}), 1)
		}, "element (0,0) is +Inf, want 3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := panics(c.f)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("panic %q, want %q", got, c.want)
			}
		})
	}
	if got := Must(7, nil); got != 7 {
		t.Errorf("Must = %v, want 7", got)
	}
}

func nan() float64 { var z float64; return z / z }
