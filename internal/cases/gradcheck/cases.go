// Package gradcheck holds the graded tests of exercises/gradcheck.
package gradcheck

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	CentralDiff func(f func(w []float64) float64, w []float64, h float64) []float64
	RelError    func(a, b []float64) float64
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "gradcheck", Tests(impl)) }

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "CentralDiff_quadratic", Run: func(c *grading.C) {
			// f = w₀² + 3w₀w₁ − w₁²: central differences are exact for quadratics
			f := func(w []float64) float64 { return w[0]*w[0] + 3*w[0]*w[1] - w[1]*w[1] }
			g := impl.CentralDiff(f, []float64{1, 2}, 1e-3)
			if len(g) != 2 {
				c.Fatalf("CentralDiff returned %d components, want 2", len(g))
			}
			c.Close("∂f/∂w₀ at (1,2) (= 2·1 + 3·2)", g[0], 8, 1e-8)
			c.Close("∂f/∂w₁ at (1,2) (= 3·1 − 2·2)", g[1], -1, 1e-8)
		}},
		{Name: "CentralDiff_keeps_w", Run: func(c *grading.C) {
			w := []float64{0.5, -1.25, 3}
			impl.CentralDiff(func(w []float64) float64 { return w[0] * w[1] * w[2] }, w, 1e-4)
			if w[0] != 0.5 || w[1] != -1.25 || w[2] != 3 {
				c.Errorf("CentralDiff left w = %v, want (0.5, −1.25, 3) restored exactly", w)
			}
		}},
		{Name: "CentralDiff_order_h2", Run: func(c *grading.C) {
			// d/dw sin(w) at 1 is cos 1; the central error is ≈ h²/6·cos 1, a forward one ≈ h/2·sin 1
			f := func(w []float64) float64 { return math.Sin(w[0]) }
			for _, h := range []float64{1e-2, 1e-3} {
				g := impl.CentralDiff(f, []float64{1}, h)
				if len(g) != 1 {
					c.Fatalf("CentralDiff returned %d components, want 1", len(g))
				}
				if err := math.Abs(g[0] - math.Cos(1)); err > h*h/3 {
					c.Errorf("h = %g: error %.3g > h²/3 = %.3g (central, not forward, differences?)", h, err, h*h/3)
				}
			}
		}},
		{Name: "RelError_hand", Run: func(c *grading.C) {
			// ‖(3,4) − (0,0)‖ / (5 + 0) = 1; ‖(1,0) − (0,1)‖ / (1 + 1) = √2/2
			c.Close("RelError((3,4), (0,0))", impl.RelError([]float64{3, 4}, []float64{0, 0}), 1, 1e-14)
			c.Close("RelError((1,0), (0,1))", impl.RelError([]float64{1, 0}, []float64{0, 1}), math.Sqrt2/2, 1e-14)
			c.Close("RelError((2,2), (2,2))", impl.RelError([]float64{2, 2}, []float64{2, 2}), 0, 1e-15)
			got := impl.RelError([]float64{1, 2, 3}, []float64{1, 2, 3.003})
			want := 0.003 / (math.Sqrt(14) + math.Sqrt(1+4+3.003*3.003))
			c.Close(fmt.Sprintf("RelError((1,2,3), (1,2,3.003)) = %.3g", want), got, want, 1e-9)
		}},
		{Name: "RelError_zero", Run: func(c *grading.C) {
			if got := impl.RelError([]float64{0, 0}, []float64{0, 0}); got != 0 {
				c.Errorf("RelError of two zero gradients = %v, want 0 (not NaN)", got)
			}
		}},
	}
}
