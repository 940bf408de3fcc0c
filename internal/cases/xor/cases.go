// Package xor holds the graded tests of exercises/xor: the weights are
// graded on behaviour, through the test's own threshold network.
package xor

import (
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Weights func() (W1 [][]float64, b1 []float64, w2 []float64, b2 float64)
	XOR     func(x1, x2 float64) float64
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "xor", Tests(impl)) }

func step(z float64) float64 {
	if z >= 0 {
		return 1
	}
	return 0
}

var table = [][3]float64{{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 0}}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	shape := func(c *grading.C) ([][]float64, []float64, []float64, float64) {
		W1, b1, w2, b2 := impl.Weights()
		if len(W1) < 2 || len(b1) != len(W1) || len(w2) != len(W1) {
			c.Fatalf("Weights: W1 has %d rows, b1 %d, w2 %d: want one row, one bias and one output weight per hidden unit (at least 2)", len(W1), len(b1), len(w2))
		}
		for j, r := range W1 {
			if len(r) != 2 {
				c.Fatalf("Weights: W1 row %d has %d weights, want 2 (one per input)", j, len(r))
			}
		}
		return W1, b1, w2, b2
	}
	return []grading.Test{
		{Name: "Weights_shape", Run: func(c *grading.C) { shape(c) }},
		{Name: "Weights_compute_XOR", Run: func(c *grading.C) {
			W1, b1, w2, b2 := shape(c)
			for _, r := range table {
				z := b2
				for j := range W1 {
					z += w2[j] * step(b1[j]+W1[j][0]*r[0]+W1[j][1]*r[1])
				}
				if got := step(z); got != r[2] {
					c.Errorf("your weights answer %g for (%g, %g), want %g", got, r[0], r[1], r[2])
				}
			}
		}},
		{Name: "XOR_function", Run: func(c *grading.C) {
			for _, r := range table {
				if got := impl.XOR(r[0], r[1]); got != r[2] {
					c.Errorf("XOR(%g, %g) = %g, want %g", r[0], r[1], got, r[2])
				}
			}
		}},
	}
}
