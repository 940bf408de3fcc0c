// Package gd holds the graded tests of exercises/gd.
package gd

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Step    func(w, grad []float64, alpha float64) []float64
	Descend func(grad func(w []float64) []float64, w0 []float64, alpha float64, steps int) [][]float64
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "gd", Tests(impl)) }

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	// L(w) = ½(a₁w₁² + a₂w₂²): ∇L = (a₁w₁, a₂w₂), so w_k = (1 − αa)^k w₀ per coordinate
	a := []float64{1, 4}
	grad := func(w []float64) []float64 { return []float64{a[0] * w[0], a[1] * w[1]} }
	return []grading.Test{
		{Name: "Step_hand", Run: func(c *grading.C) {
			w := impl.Step([]float64{1, -2}, []float64{0.5, -4}, 0.1)
			if len(w) != 2 {
				c.Fatalf("Step returned %d weights, want 2", len(w))
			}
			c.Close("Step((1,−2), (0.5,−4), 0.1)[0]", w[0], 0.95, 1e-14)
			c.Close("Step((1,−2), (0.5,−4), 0.1)[1]", w[1], -1.6, 1e-14)
		}},
		{Name: "Step_keeps_inputs", Run: func(c *grading.C) {
			w, g := []float64{1, 2}, []float64{3, 4}
			impl.Step(w, g, 1)
			if w[0] != 1 || w[1] != 2 || g[0] != 3 || g[1] != 4 {
				c.Errorf("Step changed its inputs: w = %v, grad = %v (return a new slice)", w, g)
			}
		}},
		{Name: "Descend_quadratic", Run: func(c *grading.C) {
			w0, alpha := []float64{2, -1}, 0.1
			path := impl.Descend(grad, w0, alpha, 30)
			if len(path) != 31 {
				c.Fatalf("Descend(…, 30 steps) returned %d points, want 31 (w0 and one per step)", len(path))
			}
			for k, w := range path {
				for j := range w0 {
					want := math.Pow(1-alpha*a[j], float64(k)) * w0[j]
					if !grading.Close(w[j], want, 1e-12) {
						c.Fatalf("path[%d][%d] = %.12g, want (1 − αa)^k·w0 = %.12g", k, j, w[j], want)
					}
				}
			}
		}},
		{Name: "Descend_path_length", Run: func(c *grading.C) {
			if n := len(impl.Descend(grad, []float64{1, 1}, 0.1, 0)); n != 1 {
				c.Errorf("Descend with 0 steps returned %d points, want 1 (just w0)", n)
			}
			w0 := []float64{1, 1}
			p := impl.Descend(grad, w0, 0.1, 3)
			if w0[0] != 1 || w0[1] != 1 {
				c.Errorf("Descend changed w0 to %v", w0)
			}
			if len(p) == 4 && fmt.Sprint(p[0]) != "[1 1]" {
				c.Errorf("path[0] = %v, want w0 = [1 1]", p[0])
			}
		}},
	}
}
