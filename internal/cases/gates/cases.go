// Package gates holds the graded tests of exercises/gates: the weights are
// graded on behaviour (any weights computing the gate pass).
package gates

import (
	"fmt"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	AND, OR, NAND, NOR, NOT func() ([]float64, float64)
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "gates", Tests(impl)) }

// unit is the test's own threshold unit: φ(b + wᵀx), φ(z) = 1 if z ≥ 0.
func unit(w []float64, b float64, x []float64) float64 {
	z := b
	for i := range w {
		z += w[i] * x[i]
	}
	if z >= 0 {
		return 1
	}
	return 0
}

// gate checks a gate's weights against its truth table.
func gate(c *grading.C, name string, f func() ([]float64, float64), truth func(x []float64) float64, inputs int) {
	w, b := f()
	if len(w) != inputs {
		c.Fatalf("%s returned %d weights, want %d (one per input)", name, len(w), inputs)
	}
	var rows [][]float64
	if inputs == 1 {
		rows = [][]float64{{0}, {1}}
	} else {
		rows = [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	}
	for _, x := range rows {
		if got, want := unit(w, b, x), truth(x); got != want {
			c.Errorf("%s with w = %v, b = %g answers %g for x = %v, want %g", name, w, b, got, fmt.Sprint(x), want)
		}
	}
}

func b2f(v bool) float64 {
	if v {
		return 1
	}
	return 0
}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	and := func(x []float64) bool { return x[0] == 1 && x[1] == 1 }
	or := func(x []float64) bool { return x[0] == 1 || x[1] == 1 }
	return []grading.Test{
		{Name: "AND", Run: func(c *grading.C) {
			gate(c, "AND", impl.AND, func(x []float64) float64 { return b2f(and(x)) }, 2)
		}},
		{Name: "OR", Run: func(c *grading.C) {
			gate(c, "OR", impl.OR, func(x []float64) float64 { return b2f(or(x)) }, 2)
		}},
		{Name: "NAND", Run: func(c *grading.C) {
			gate(c, "NAND", impl.NAND, func(x []float64) float64 { return b2f(!and(x)) }, 2)
		}},
		{Name: "NOR", Run: func(c *grading.C) {
			gate(c, "NOR", impl.NOR, func(x []float64) float64 { return b2f(!or(x)) }, 2)
		}},
		{Name: "NOT", Run: func(c *grading.C) {
			gate(c, "NOT", impl.NOT, func(x []float64) float64 { return 1 - x[0] }, 1)
		}},
	}
}
